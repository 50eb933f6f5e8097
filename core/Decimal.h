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
        InvalidCharacter, // anything but digits, one '.', and a leading sign ("1,5", "NaN", "1e5", " 1")
        TooManyDigits, // more than kMaxDigits significant digits, or a scale above kMaxScale
    };

    Decimal() = default; // zero, scale 0

    // Plain decimal text: optional leading '-' or '+', digits, optional '.' followed by at least one digit.
    // Leading and trailing zeros are kept in the scale ("15.00" has scale 2) so that printing round-trips.
    static std::optional<Decimal> fromString(QStringView text, ParseError* error = nullptr);
    // Integer minor units ("100000000000000000000") with the given exponent (18 for CRO): the value is
    // units × 10^-exponent. Units beyond 64 bits are fine; the same validation as fromString applies.
    static std::optional<Decimal> fromMinorUnits(QStringView units, int exponent, ParseError* error = nullptr);
    static Decimal fromInt(std::int64_t value);

    // Canonical text: no exponent, no grouping, '.' as separator, '-' for negatives, exactly scale() fractional digits.
    QString toString() const;
    // Integer minor units at the given exponent; std::nullopt if that would lose digits (use rescaled() first).
    std::optional<QString> toMinorUnits(int exponent) const;
    // Same value with trailing fractional zeros removed ("15.00" → "15").
    Decimal normalized() const;

    bool isZero() const { return m_coefficientLow == 0 && m_coefficientHigh == 0; }
    bool isNegative() const { return m_negative && !isZero(); }
    int scale() const { return m_scale; }
    int signum() const { return isZero() ? 0 : (m_negative ? -1 : 1); }
    Decimal negated() const;
    Decimal abs() const;

    // Exact operations; std::nullopt on overflow beyond kMaxDigits.
    std::optional<Decimal> plus(const Decimal& other) const;
    std::optional<Decimal> minus(const Decimal& other) const;
    // Product rounded to resultScale fractional digits with the given rounding (amount × rate).
    std::optional<Decimal> multipliedBy(const Decimal& factor, int resultScale, Rounding rounding) const;
    // Quotient rounded to resultScale fractional digits; std::nullopt on division by zero or overflow.
    std::optional<Decimal> dividedBy(const Decimal& divisor, int resultScale, Rounding rounding) const;
    // Same value at another scale: exact when growing, rounded when shrinking.
    std::optional<Decimal> rescaled(int newScale, Rounding rounding) const;

    // Numeric comparison: 15.00 == 15 and 1.5 < 1.50001.
    friend bool operator==(const Decimal& a, const Decimal& b) { return compare(a, b) == 0; }
    friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) { return compare(a, b) <=> 0; }

    // Same digits and same scale ("15.00" and "15" are equal but not identical).
    bool isIdenticalTo(const Decimal& other) const;

    static QString parseErrorText(ParseError error);

private:
    static int compare(const Decimal& a, const Decimal& b);

    // Coefficient as two 64-bit halves (unsigned 128-bit magnitude, always < 10^38) so the header needs no
    // compiler extension; the .cpp works on unsigned __int128 where available.
    std::uint64_t m_coefficientLow = 0;
    std::uint64_t m_coefficientHigh = 0;
    std::int8_t m_scale = 0;
    bool m_negative = false;
};

} // namespace paydesk
