#include "core/Decimal.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace paydesk {

namespace {

// GCC/Clang 128-bit integer; __extension__ keeps -Wpedantic quiet about the non-standard type.
__extension__ typedef unsigned __int128 U128;

constexpr int kWideLimbs = 6; // 384 bits: holds 10^114 (a 38-digit coefficient scaled by 10^76)

constexpr std::array<U128, 39> makePowersOfTen()
{
    std::array<U128, 39> powers{};
    U128 value = 1;
    for (auto& power : powers) {
        power = value;
        value *= 10;
    }
    return powers;
}

constexpr std::array<U128, 39> kPow10 = makePowersOfTen();
constexpr U128 kLimit = kPow10[38]; // coefficients are strictly below 10^38
constexpr std::uint64_t kPow10u64[20]
    = {1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL, 1000000000ULL,
        10000000000ULL, 100000000000ULL, 1000000000000ULL, 10000000000000ULL, 100000000000000ULL, 1000000000000000ULL,
        10000000000000000ULL, 100000000000000000ULL, 1000000000000000000ULL, 10000000000000000000ULL};

// What was discarded by a rounding division, relative to half a unit of the last kept digit.
enum class Tail { Zero, BelowHalf, Half, AboveHalf };

// Unsigned fixed-width integer of kWideLimbs 64-bit limbs (little endian) for products and scaled dividends.
struct Wide
{
    std::array<std::uint64_t, kWideLimbs> limb{};

    static Wide from(U128 value)
    {
        Wide w;
        w.limb[0] = static_cast<std::uint64_t>(value);
        w.limb[1] = static_cast<std::uint64_t>(value >> 64);
        return w;
    }

    bool isZero() const
    {
        return std::all_of(limb.begin(), limb.end(), [](std::uint64_t l) { return l == 0; });
    }

    // True and *out set when the value is a valid coefficient (< 10^38).
    bool toCoefficient(U128* out) const
    {
        for (int i = 2; i < kWideLimbs; ++i) {
            if (limb[i] != 0)
                return false;
        }
        const U128 value = (static_cast<U128>(limb[1]) << 64) | limb[0];
        if (value >= kLimit)
            return false;
        *out = value;
        return true;
    }

    // Multiplies in place; the callers' bounds (≤ 10^114) never overflow kWideLimbs.
    void multiply(std::uint64_t factor)
    {
        std::uint64_t carry = 0;
        for (auto& l : limb) {
            const U128 product = static_cast<U128>(l) * factor + carry;
            l = static_cast<std::uint64_t>(product);
            carry = static_cast<std::uint64_t>(product >> 64);
        }
    }

    void multiplyByPow10(int exponent)
    {
        while (exponent > 0) {
            const int step = std::min(exponent, 19);
            multiply(kPow10u64[step]);
            exponent -= step;
        }
    }

    // Divides in place and returns the remainder.
    std::uint64_t divide(std::uint64_t divisor)
    {
        U128 remainder = 0;
        for (int i = kWideLimbs - 1; i >= 0; --i) {
            const U128 current = (remainder << 64) | limb[i];
            limb[i] = static_cast<std::uint64_t>(current / divisor);
            remainder = current % divisor;
        }
        return static_cast<std::uint64_t>(remainder);
    }

    // Divides in place by a divisor below 2^127 and returns the remainder (shift-subtract long division).
    U128 divide(U128 divisor)
    {
        if ((divisor >> 64) == 0)
            return divide(static_cast<std::uint64_t>(divisor));
        U128 remainder = 0;
        Wide quotient;
        for (int bit = kWideLimbs * 64 - 1; bit >= 0; --bit) {
            remainder = (remainder << 1) | ((limb[bit / 64] >> (bit % 64)) & 1U);
            if (remainder >= divisor) {
                remainder -= divisor;
                quotient.limb[bit / 64] |= std::uint64_t{1} << (bit % 64);
            }
        }
        limb = quotient.limb;
        return remainder;
    }

    void add(const Wide& other)
    {
        std::uint64_t carry = 0;
        for (int i = 0; i < kWideLimbs; ++i) {
            const U128 sum = static_cast<U128>(limb[i]) + other.limb[i] + carry;
            limb[i] = static_cast<std::uint64_t>(sum);
            carry = static_cast<std::uint64_t>(sum >> 64);
        }
    }

    // Requires *this >= other.
    void subtract(const Wide& other)
    {
        std::uint64_t borrow = 0;
        for (int i = 0; i < kWideLimbs; ++i) {
            const std::uint64_t subtrahend = other.limb[i] + borrow;
            const bool wraps = subtrahend < borrow; // other.limb[i] == max and borrow == 1
            borrow = (wraps || limb[i] < subtrahend) ? 1 : 0;
            limb[i] -= subtrahend;
        }
    }

    void increment()
    {
        for (auto& l : limb) {
            if (++l != 0)
                break;
        }
    }

    bool isOdd() const { return (limb[0] & 1U) != 0; }

    friend bool operator==(const Wide&, const Wide&) = default;
    friend std::strong_ordering operator<=>(const Wide& a, const Wide& b)
    {
        for (int i = kWideLimbs - 1; i >= 0; --i) {
            if (a.limb[i] != b.limb[i])
                return a.limb[i] <=> b.limb[i];
        }
        return std::strong_ordering::equal;
    }
};

// Divides `value` by 10^exponent (exponent ≥ 1) and classifies the discarded part. `sticky` says whether something
// non-zero was already discarded below this value (the remainder of an earlier division).
Tail divideByPow10(Wide& value, int exponent, bool sticky)
{
    int rest = exponent - 1;
    while (rest > 0) {
        const int step = std::min(rest, 19);
        if (value.divide(kPow10u64[step]) != 0)
            sticky = true;
        rest -= step;
    }
    const std::uint64_t digit = value.divide(std::uint64_t{10});
    if (digit == 0)
        return sticky ? Tail::BelowHalf : Tail::Zero;
    if (digit < 5)
        return Tail::BelowHalf;
    if (digit == 5)
        return sticky ? Tail::AboveHalf : Tail::Half;
    return Tail::AboveHalf;
}

Tail classifyRemainder(U128 remainder, U128 divisor)
{
    if (remainder == 0)
        return Tail::Zero;
    // remainder < divisor < 2^127, so doubling cannot overflow.
    const U128 doubled = remainder << 1;
    if (doubled < divisor)
        return Tail::BelowHalf;
    return doubled == divisor ? Tail::Half : Tail::AboveHalf;
}

// Whether the truncated magnitude must be increased by one unit to honour the rounding mode.
bool roundsAway(Tail tail, bool negative, bool odd, Decimal::Rounding rounding)
{
    if (tail == Tail::Zero)
        return false;
    switch (rounding) {
    case Decimal::Rounding::HalfEven:
        return tail == Tail::AboveHalf || (tail == Tail::Half && odd);
    case Decimal::Rounding::HalfUp:
        return tail != Tail::BelowHalf;
    case Decimal::Rounding::Down:
        return false;
    case Decimal::Rounding::Up:
        return true;
    case Decimal::Rounding::Floor:
        return negative;
    case Decimal::Rounding::Ceiling:
        return !negative;
    }
    return false;
}

bool isValidScale(int scale)
{
    return scale >= 0 && scale <= Decimal::kMaxScale;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Decimal digits of a magnitude, most significant first, without leading zeros ("0" for zero).
QString digitsOf(U128 value)
{
    char buffer[40];
    int pos = sizeof buffer;
    do {
        // Peel off 19 digits at a time so that most of the work is 64-bit division.
        std::uint64_t chunk = static_cast<std::uint64_t>(value % kPow10u64[19]);
        value /= kPow10u64[19];
        for (int i = 0; i < 19 && (chunk != 0 || value != 0); ++i) {
            buffer[--pos] = static_cast<char>('0' + chunk % 10);
            chunk /= 10;
        }
    } while (value != 0);
    if (pos == static_cast<int>(sizeof buffer))
        buffer[--pos] = '0';
    return QString::fromLatin1(buffer + pos, static_cast<qsizetype>(sizeof buffer) - pos);
}

} // namespace

struct Decimal::Access
{
    static U128 coefficient(const Decimal& d)
    {
        return (static_cast<U128>(d.m_coefficientHigh) << 64) | d.m_coefficientLow;
    }

    static Decimal make(U128 coefficient, int scale, bool negative)
    {
        Decimal d;
        d.m_coefficientLow = static_cast<std::uint64_t>(coefficient);
        d.m_coefficientHigh = static_cast<std::uint64_t>(coefficient >> 64);
        d.m_scale = static_cast<std::int8_t>(scale);
        d.m_negative = negative && coefficient != 0;
        return d;
    }

    // Coefficient × 10^exponent when it stays below 10^38.
    static std::optional<U128> scaledUp(U128 coefficient, int exponent)
    {
        if (exponent > Decimal::kMaxDigits)
            return coefficient == 0 ? std::optional<U128>(0) : std::nullopt;
        if (coefficient > (kLimit - 1) / kPow10[exponent])
            return std::nullopt;
        return coefficient * kPow10[exponent];
    }

    // Rounds a non-negative wide magnitude whose tail has been classified, and packs it.
    static std::optional<Decimal> finish(Wide magnitude, Tail tail, int scale, bool negative, Rounding rounding)
    {
        if (roundsAway(tail, negative, magnitude.isOdd(), rounding))
            magnitude.increment();
        U128 coefficient = 0;
        if (!magnitude.toCoefficient(&coefficient))
            return std::nullopt;
        return make(coefficient, scale, negative);
    }

    // Shared parser; `allowPoint` is false for minor units, whose scale is `extraScale`.
    static std::optional<Decimal> parse(QStringView text, bool allowPoint, int extraScale, ParseError* error)
    {
        auto fail = [error](ParseError e) -> std::optional<Decimal> {
            if (error)
                *error = e;
            return std::nullopt;
        };
        qsizetype begin = 0;
        bool negative = false;
        if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
            negative = text.front() == u'-';
            begin = 1;
        }
        if (begin == text.size())
            return fail(ParseError::Empty);

        // Syntax first, so that a malformed text is InvalidCharacter whatever its length.
        qsizetype point = -1;
        for (qsizetype pos = begin; pos < text.size(); ++pos) {
            const QChar c = text.at(pos);
            if (c == u'.' && allowPoint && point < 0)
                point = pos;
            else if (!isAsciiDigit(c))
                return fail(ParseError::InvalidCharacter);
        }
        if (point == begin || point == text.size() - 1)
            return fail(ParseError::InvalidCharacter); // ".5", "1."
        const int fractionDigits = point < 0 ? 0 : static_cast<int>(text.size() - point - 1);
        if (fractionDigits + extraScale > kMaxScale)
            return fail(ParseError::TooManyDigits);

        U128 coefficient = 0;
        int significant = 0;
        for (qsizetype pos = begin; pos < text.size(); ++pos) {
            if (pos == point)
                continue;
            const unsigned digit = text.at(pos).unicode() - u'0';
            if (significant == 0 && digit == 0)
                continue; // leading zeros are not significant
            if (++significant > kMaxDigits)
                return fail(ParseError::TooManyDigits);
            coefficient = coefficient * 10 + digit;
        }
        if (error)
            *error = ParseError::None;
        return make(coefficient, fractionDigits + extraScale, negative);
    }
};

std::optional<Decimal> Decimal::fromString(QStringView text, ParseError* error)
{
    return Access::parse(text, true, 0, error);
}

std::optional<Decimal> Decimal::fromUserInput(QStringView text, ParseError* error)
{
    if (text.startsWith(u'+')) {
        if (error)
            *error = ParseError::InvalidCharacter;
        return std::nullopt;
    }
    return fromString(text, error);
}

std::optional<Decimal> Decimal::fromMinorUnits(QStringView units, int exponent, ParseError* error)
{
    if (exponent < 0 || exponent > kMaxScale) {
        if (error)
            *error = exponent < 0 ? ParseError::InvalidCharacter : ParseError::TooManyDigits;
        return std::nullopt;
    }
    return Access::parse(units, false, exponent, error);
}

Decimal Decimal::fromInt(std::int64_t value)
{
    const bool negative = value < 0;
    // Negate in unsigned arithmetic so that INT64_MIN is fine.
    const std::uint64_t magnitude
        = negative ? ~static_cast<std::uint64_t>(value) + 1 : static_cast<std::uint64_t>(value);
    return Access::make(magnitude, 0, negative);
}

QString Decimal::toString() const
{
    QString digits = digitsOf(Access::coefficient(*this));
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale + 1 - digits.size(), u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (isNegative())
        digits.prepend(u'-');
    return digits;
}

std::optional<QString> Decimal::toMinorUnits(int exponent) const
{
    if (!isValidScale(exponent))
        return std::nullopt;
    U128 coefficient = Access::coefficient(*this);
    QString digits;
    if (exponent >= m_scale) {
        digits = digitsOf(coefficient);
        if (coefficient != 0)
            digits.append(QString(exponent - m_scale, u'0'));
    } else {
        const U128 divisor = kPow10[m_scale - exponent];
        if (coefficient % divisor != 0)
            return std::nullopt;
        digits = digitsOf(coefficient / divisor);
    }
    if (isNegative())
        digits.prepend(u'-');
    return digits;
}

Decimal Decimal::normalized() const
{
    U128 coefficient = Access::coefficient(*this);
    int scale = m_scale;
    while (scale > 0 && coefficient % 10 == 0) {
        coefficient /= 10;
        --scale;
    }
    return Access::make(coefficient, scale, m_negative);
}

Decimal Decimal::negated() const
{
    return Access::make(Access::coefficient(*this), m_scale, !m_negative);
}

Decimal Decimal::abs() const
{
    return Access::make(Access::coefficient(*this), m_scale, false);
}

std::optional<Decimal> Decimal::plus(const Decimal& other) const
{
    const int scale = std::max<int>(m_scale, other.m_scale);
    const bool negativeA = isNegative();
    const bool negativeB = other.isNegative();
    const auto a = Access::scaledUp(Access::coefficient(*this), scale - m_scale);
    const auto b = Access::scaledUp(Access::coefficient(other), scale - other.m_scale);
    if (a && b) {
        // Fast path: both aligned operands are coefficients.
        if (negativeA == negativeB) {
            const U128 sum = *a + *b; // both < 10^38: no wrap-around
            if (sum >= kLimit)
                return std::nullopt;
            return Access::make(sum, scale, negativeA);
        }
        if (*a >= *b)
            return Access::make(*a - *b, scale, negativeA);
        return Access::make(*b - *a, scale, negativeB);
    }
    // An aligned operand needs more than 38 digits (0.33…(38 digits) + 1.2); the result may still fit.
    Wide wideA = Wide::from(Access::coefficient(*this));
    wideA.multiplyByPow10(scale - m_scale);
    Wide wideB = Wide::from(Access::coefficient(other));
    wideB.multiplyByPow10(scale - other.m_scale);
    Wide result;
    bool negative = negativeA;
    if (negativeA == negativeB) {
        result = wideA;
        result.add(wideB);
    } else if (wideA >= wideB) {
        result = wideA;
        result.subtract(wideB);
    } else {
        result = wideB;
        result.subtract(wideA);
        negative = negativeB;
    }
    U128 coefficient = 0;
    if (!result.toCoefficient(&coefficient))
        return std::nullopt;
    return Access::make(coefficient, scale, negative);
}

std::optional<Decimal> Decimal::minus(const Decimal& other) const
{
    return plus(other.negated());
}

std::optional<Decimal> Decimal::multipliedBy(const Decimal& factor, int resultScale, Rounding rounding) const
{
    if (!isValidScale(resultScale))
        return std::nullopt;
    const U128 a = Access::coefficient(*this);
    const U128 b = Access::coefficient(factor);
    // Exact product a × b: a × b_low + (a × b_high) << 64.
    Wide product = Wide::from(a);
    product.multiply(static_cast<std::uint64_t>(b));
    Wide high = Wide::from(a);
    high.multiply(static_cast<std::uint64_t>(b >> 64));
    std::uint64_t carry = 0;
    for (int i = 1; i < kWideLimbs; ++i) {
        const U128 sum = static_cast<U128>(product.limb[i]) + high.limb[i - 1] + carry;
        product.limb[i] = static_cast<std::uint64_t>(sum);
        carry = static_cast<std::uint64_t>(sum >> 64);
    }
    const bool negative = isNegative() != factor.isNegative();
    const int productScale = m_scale + factor.m_scale;
    Tail tail = Tail::Zero;
    if (resultScale >= productScale)
        product.multiplyByPow10(resultScale - productScale);
    else
        tail = divideByPow10(product, productScale - resultScale, false);
    return Access::finish(product, tail, resultScale, negative, rounding);
}

std::optional<Decimal> Decimal::dividedBy(const Decimal& divisor, int resultScale, Rounding rounding) const
{
    if (divisor.isZero() || !isValidScale(resultScale))
        return std::nullopt;
    const U128 b = Access::coefficient(divisor);
    const bool negative = isNegative() != divisor.isNegative();
    // quotient coefficient = a × 10^(resultScale + scale_b − scale_a) / b
    const int exponent = resultScale + divisor.m_scale - m_scale;
    Wide quotient = Wide::from(Access::coefficient(*this));
    Tail tail = Tail::Zero;
    if (exponent >= 0) {
        quotient.multiplyByPow10(exponent);
        const U128 remainder = quotient.divide(b);
        tail = classifyRemainder(remainder, b);
    } else {
        const bool sticky = quotient.divide(b) != 0;
        tail = divideByPow10(quotient, -exponent, sticky);
    }
    return Access::finish(quotient, tail, resultScale, negative, rounding);
}

std::optional<Decimal> Decimal::rescaled(int newScale, Rounding rounding) const
{
    if (!isValidScale(newScale))
        return std::nullopt;
    if (newScale >= m_scale) {
        const auto coefficient = Access::scaledUp(Access::coefficient(*this), newScale - m_scale);
        if (!coefficient)
            return std::nullopt;
        return Access::make(*coefficient, newScale, m_negative);
    }
    Wide magnitude = Wide::from(Access::coefficient(*this));
    const Tail tail = divideByPow10(magnitude, m_scale - newScale, false);
    return Access::finish(magnitude, tail, newScale, isNegative(), rounding);
}

bool Decimal::isIdenticalTo(const Decimal& other) const
{
    return m_coefficientLow == other.m_coefficientLow && m_coefficientHigh == other.m_coefficientHigh
        && m_scale == other.m_scale && isNegative() == other.isNegative();
}

int Decimal::compare(const Decimal& a, const Decimal& b)
{
    if (a.signum() != b.signum())
        return a.signum() < b.signum() ? -1 : 1;
    if (a.signum() == 0)
        return 0;
    const int scale = std::max<int>(a.m_scale, b.m_scale);
    Wide left = Wide::from(Access::coefficient(a));
    left.multiplyByPow10(scale - a.m_scale);
    Wide right = Wide::from(Access::coefficient(b));
    right.multiplyByPow10(scale - b.m_scale);
    if (left == right)
        return 0;
    const int magnitudeOrder = left < right ? -1 : 1;
    return a.signum() < 0 ? -magnitudeOrder : magnitudeOrder;
}

QString Decimal::parseErrorText(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QCoreApplication::translate("Decimal", "The amount is empty.");
    case ParseError::InvalidCharacter:
        return QCoreApplication::translate("Decimal",
            "The amount is not a plain decimal number: use digits and at most one '.' with digits on both sides "
            "(for example 1234.50).");
    case ParseError::TooManyDigits:
        return QCoreApplication::translate(
            "Decimal", "The amount has too many digits: at most 38 digits in total and 38 after the decimal point.");
    }
    return {};
}

} // namespace paydesk
