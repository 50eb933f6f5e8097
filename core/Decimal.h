#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

namespace paydesk {

// Exact decimal number: a signed coefficient of up to 38 decimal digits and a scale (number of fractional digits)
// of 0 to 38. Parses and prints the gateways' forms without loss; never goes through double.
//
// Arithmetic that would need more than 38 significant digits fails (returns std::nullopt) instead of rounding
// silently; the caller decides the rounding explicitly through rescaled() / multipliedBy().
class Decimal final
{
public:
    static constexpr int kMaxDigits = 38;
    static constexpr int kMaxScale = 38;

    enum class Rounding {
        HalfEven, // banker's rounding: ties to the even neighbour
        HalfUp, // ties away from zero
        Down, // toward zero (truncate)
        Up, // away from zero
        Floor, // toward negative infinity
        Ceiling, // toward positive infinity
    };

    enum class ParseError {
        None,
        Empty, // "" or only a sign
        InvalidCharacter, // anything but digits, one '.', and a leading sign ("1,5", "NaN", "1e5", " 1"), or a
                          // misplaced sign or point ("1.", ".5", "1.2.3", "--1"); also a negative minor-unit exponent
        TooManyDigits, // more than kMaxDigits significant digits, or a scale (exponent) above kMaxScale
    };

    Decimal() = default; // zero, scale 0

    // Plain decimal text: optional leading '-' or '+', ASCII digits, optional '.' followed by at least one digit
    // (digits are required before the '.' too). Trailing fractional zeros are kept in the scale ("15.00" has
    // scale 2) so that printing round-trips. Leading integer zeros are accepted but not significant: "007.50"
    // parses as 7.50 and prints "7.50". "-0" and "-0.00" are zero and print without a sign. Never returns a
    // silent zero: on failure std::nullopt and *error (if given) says why.
    static std::optional<Decimal> fromString(QStringView text, ParseError* error = nullptr);
    // What a person types (paydesk-cli --amount, the dialogs' amount fields): as fromString, but a leading '+' is
    // refused (InvalidCharacter): "+5" is a typo more often than a sign, and nothing shows an amount that way.
    static std::optional<Decimal> fromUserInput(QStringView text, ParseError* error = nullptr);
    // Integer minor units ("100000000000000000000") with the given exponent (18 for CRO): the value is
    // units × 10^-exponent at scale `exponent`. Units beyond 64 bits are fine; the units must be an integer with an
    // optional sign (a '.' is InvalidCharacter), otherwise the same validation as fromString applies. The exponent
    // must be 0..kMaxScale (negative: InvalidCharacter, too large: TooManyDigits).
    static std::optional<Decimal> fromMinorUnits(QStringView units, int exponent, ParseError* error = nullptr);
    static Decimal fromInt(std::int64_t value);

    // Canonical text: no exponent, no grouping, '.' as separator, '-' for negatives, exactly scale() fractional digits.
    QString toString() const;
    // Integer minor units at the given exponent ("-" for negatives, "0" for zero); std::nullopt if that would lose
    // digits (use rescaled() first) or the exponent is outside 0..kMaxScale. The text may exceed 38 digits.
    std::optional<QString> toMinorUnits(int exponent) const;
    // Same value with trailing fractional zeros removed ("15.00" → "15").
    Decimal normalized() const;

    bool isZero() const { return m_coefficientLow == 0 && m_coefficientHigh == 0; }
    bool isNegative() const { return m_negative && !isZero(); }
    int scale() const { return m_scale; }
    int signum() const { return isZero() ? 0 : (m_negative ? -1 : 1); }
    Decimal negated() const;
    Decimal abs() const;

    // Exact operations at the larger of the two scales; std::nullopt when the result (at that scale) needs more
    // than kMaxDigits digits, even if a smaller scale would fit (1e37 + 0.0 fails: 39 digits at scale 1).
    // An operand that needs more than 38 digits once aligned is fine if the result fits (0.33…(38 digits) − 1.2).
    std::optional<Decimal> plus(const Decimal& other) const;
    std::optional<Decimal> minus(const Decimal& other) const;
    // Product rounded to resultScale fractional digits with the given rounding (amount × rate). The exact product
    // (up to 76 digits) is formed first, so there is a single rounding. std::nullopt on overflow or a resultScale
    // outside 0..kMaxScale.
    std::optional<Decimal> multipliedBy(const Decimal& factor, int resultScale, Rounding rounding) const;
    // Quotient rounded to resultScale fractional digits (single rounding of the exact quotient); std::nullopt on
    // division by zero, overflow or a resultScale outside 0..kMaxScale.
    std::optional<Decimal> dividedBy(const Decimal& divisor, int resultScale, Rounding rounding) const;
    // Same value at another scale: exact when growing (std::nullopt if that needs more than kMaxDigits digits),
    // rounded when shrinking; std::nullopt for a newScale outside 0..kMaxScale.
    std::optional<Decimal> rescaled(int newScale, Rounding rounding) const;

    // Numeric comparison: 15.00 == 15 and 1.5 < 1.50001.
    friend bool operator==(const Decimal& a, const Decimal& b) { return compare(a, b) == 0; }
    friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) { return compare(a, b) <=> 0; }

    // Same digits, sign and scale ("15.00" and "15" are equal but not identical; zero is never negative).
    bool isIdenticalTo(const Decimal& other) const;

    // A translated plain-words message for the user ("" for None).
    static QString parseErrorText(ParseError error);

private:
    struct Access; // 128-bit helpers, defined in Decimal.cpp
    friend struct Access;

    static int compare(const Decimal& a, const Decimal& b);

    // Coefficient as two 64-bit halves (unsigned 128-bit magnitude, always < 10^38) so the header needs no
    // compiler extension; the .cpp works on unsigned __int128 where available.
    std::uint64_t m_coefficientLow = 0;
    std::uint64_t m_coefficientHigh = 0;
    std::int8_t m_scale = 0;
    bool m_negative = false;
};

} // namespace paydesk
