// TEMPORARY stand-in so the sandbox branch links before the real Decimal lands. Drop this file on merge.
// Implements the declared API on unsigned __int128 magnitudes, without the care of the real one.
#include "core/Decimal.h"

#include <QCoreApplication>

namespace paydesk {

namespace {

__extension__ typedef unsigned __int128 Magnitude;

Magnitude pow10(int n)
{
    Magnitude p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

const Magnitude kLimit = pow10(Decimal::kMaxDigits); // exclusive

} // namespace

// Decimal.h declares no friend, so private fields are reached from inside member functions only, through these.
#define PD_MAG(d) ((static_cast<Magnitude>((d).m_coefficientHigh) << 64) | (d).m_coefficientLow)
#define PD_DECIMAL_MAKE                                                                                                \
    auto make = [](Magnitude m, int scale, bool negative) -> std::optional<Decimal> {                                  \
        if (m >= kLimit || scale < 0 || scale > Decimal::kMaxScale)                                                    \
            return std::nullopt;                                                                                       \
        Decimal d;                                                                                                     \
        d.m_coefficientLow = static_cast<std::uint64_t>(m);                                                            \
        d.m_coefficientHigh = static_cast<std::uint64_t>(m >> 64);                                                     \
        d.m_scale = static_cast<std::int8_t>(scale);                                                                   \
        d.m_negative = negative && m != 0;                                                                             \
        return d;                                                                                                      \
    }

namespace {
// Rounds magnitude m divided by 10^drop.
Magnitude roundDiv(Magnitude m, Magnitude divisor, bool negative, Decimal::Rounding rounding)
{
    const Magnitude q = m / divisor;
    const Magnitude r = m % divisor;
    if (r == 0)
        return q;
    const Magnitude twice = r * 2;
    bool up = false;
    switch (rounding) {
    case Decimal::Rounding::HalfEven:
        up = twice > divisor || (twice == divisor && (q % 2) == 1);
        break;
    case Decimal::Rounding::HalfUp:
        up = twice >= divisor;
        break;
    case Decimal::Rounding::Down:
        up = false;
        break;
    case Decimal::Rounding::Up:
        up = true;
        break;
    case Decimal::Rounding::Floor:
        up = negative;
        break;
    case Decimal::Rounding::Ceiling:
        up = !negative;
        break;
    }
    return up ? q + 1 : q;
}

} // namespace

std::optional<Decimal> Decimal::fromString(QStringView text, ParseError* error)
{
    PD_DECIMAL_MAKE;
    auto fail = [error](ParseError e) -> std::optional<Decimal> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = ParseError::None;
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    if (i >= text.size())
        return fail(ParseError::Empty);
    Magnitude m = 0;
    int digits = 0;
    int scale = 0;
    bool seenDot = false;
    bool seenDigit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenDot || !seenDigit)
                return fail(ParseError::InvalidCharacter);
            seenDot = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return fail(ParseError::InvalidCharacter);
        seenDigit = true;
        if (m != 0 || c != u'0')
            ++digits;
        if (digits > kMaxDigits)
            return fail(ParseError::TooManyDigits);
        m = m * 10 + static_cast<unsigned>(c.unicode() - u'0');
        if (seenDot)
            ++scale;
    }
    if (!seenDigit)
        return fail(ParseError::Empty);
    if (seenDot && scale == 0)
        return fail(ParseError::InvalidCharacter);
    if (scale > kMaxScale)
        return fail(ParseError::TooManyDigits);
    return make(m, scale, negative);
}

std::optional<Decimal> Decimal::fromMinorUnits(QStringView units, int exponent, ParseError* error)
{
    PD_DECIMAL_MAKE;
    if (units.contains(u'.')) {
        if (error)
            *error = ParseError::InvalidCharacter;
        return std::nullopt;
    }
    const auto whole = fromString(units, error);
    if (!whole || exponent < 0 || exponent > kMaxScale)
        return std::nullopt;
    return make(PD_MAG(*whole), exponent, whole->isNegative());
}

Decimal Decimal::fromInt(std::int64_t value)
{
    PD_DECIMAL_MAKE;
    const bool negative = value < 0;
    const Magnitude m = negative ? static_cast<Magnitude>(-(value + 1)) + 1 : static_cast<Magnitude>(value);
    return *make(m, 0, negative);
}

QString Decimal::toString() const
{
    Magnitude m = PD_MAG(*this);
    char buffer[64];
    int n = 0;
    do {
        buffer[n++] = static_cast<char>('0' + static_cast<int>(m % 10));
        m /= 10;
    } while (m != 0);
    while (n <= m_scale)
        buffer[n++] = '0';
    QString out;
    out.reserve(n + 2);
    if (isNegative())
        out += u'-';
    for (int i = n - 1; i >= 0; --i) {
        out += QLatin1Char(buffer[i]);
        if (i == m_scale && i != 0)
            out += u'.';
    }
    return out;
}

std::optional<QString> Decimal::toMinorUnits(int exponent) const
{
    PD_DECIMAL_MAKE;
    if (exponent < m_scale) {
        const auto r = rescaled(exponent, Rounding::Down);
        if (!r || *r != *this)
            return std::nullopt;
        return r->toMinorUnits(exponent);
    }
    const auto d = rescaled(exponent, Rounding::Down);
    if (!d)
        return std::nullopt;
    return make(PD_MAG(*d), 0, d->isNegative())->toString();
}

Decimal Decimal::normalized() const
{
    PD_DECIMAL_MAKE;
    Magnitude m = PD_MAG(*this);
    int scale = m_scale;
    while (scale > 0 && m % 10 == 0) {
        m /= 10;
        --scale;
    }
    return *make(m, scale, m_negative);
}

Decimal Decimal::negated() const
{
    PD_DECIMAL_MAKE;
    return *make(PD_MAG(*this), m_scale, !m_negative);
}

Decimal Decimal::abs() const
{
    PD_DECIMAL_MAKE;
    return *make(PD_MAG(*this), m_scale, false);
}

std::optional<Decimal> Decimal::plus(const Decimal& other) const
{
    PD_DECIMAL_MAKE;
    const int scale = std::max<int>(m_scale, other.m_scale);
    const auto a = rescaled(scale, Rounding::Down);
    const auto b = other.rescaled(scale, Rounding::Down);
    if (!a || !b)
        return std::nullopt;
    const Magnitude ma = PD_MAG(*a);
    const Magnitude mb = PD_MAG(*b);
    if (a->isNegative() == b->isNegative())
        return make(ma + mb, scale, a->isNegative());
    if (ma >= mb)
        return make(ma - mb, scale, a->isNegative());
    return make(mb - ma, scale, b->isNegative());
}

std::optional<Decimal> Decimal::minus(const Decimal& other) const
{
    return plus(other.negated());
}

std::optional<Decimal> Decimal::multipliedBy(const Decimal& factor, int resultScale, Rounding rounding) const
{
    PD_DECIMAL_MAKE;
    Magnitude product = 0;
    if (__builtin_mul_overflow(PD_MAG(*this), PD_MAG(factor), &product))
        return std::nullopt;
    const bool negative = isNegative() != factor.isNegative();
    const int scale = m_scale + factor.m_scale;
    if (resultScale >= scale) {
        const Magnitude p = pow10(resultScale - scale);
        Magnitude widened = 0;
        if (__builtin_mul_overflow(product, p, &widened))
            return std::nullopt;
        return make(widened, resultScale, negative);
    }
    return make(roundDiv(product, pow10(scale - resultScale), negative, rounding), resultScale, negative);
}

std::optional<Decimal> Decimal::dividedBy(const Decimal& divisor, int resultScale, Rounding rounding) const
{
    PD_DECIMAL_MAKE;
    if (divisor.isZero())
        return std::nullopt;
    // this / divisor = (a / 10^sa) / (b / 10^sb); result coefficient = a * 10^(rs + sb - sa) / b.
    const int shift = resultScale + divisor.m_scale - m_scale;
    Magnitude numerator = PD_MAG(*this);
    Magnitude denominator = PD_MAG(divisor);
    if (shift >= 0) {
        if (__builtin_mul_overflow(numerator, pow10(shift), &numerator))
            return std::nullopt;
    } else {
        if (__builtin_mul_overflow(denominator, pow10(-shift), &denominator))
            return std::nullopt;
    }
    const bool negative = isNegative() != divisor.isNegative();
    return make(roundDiv(numerator, denominator, negative, rounding), resultScale, negative);
}

std::optional<Decimal> Decimal::rescaled(int newScale, Rounding rounding) const
{
    PD_DECIMAL_MAKE;
    if (newScale < 0 || newScale > kMaxScale)
        return std::nullopt;
    const Magnitude m = PD_MAG(*this);
    if (newScale >= m_scale) {
        Magnitude widened = 0;
        if (__builtin_mul_overflow(m, pow10(newScale - m_scale), &widened))
            return std::nullopt;
        return make(widened, newScale, m_negative);
    }
    return make(roundDiv(m, pow10(m_scale - newScale), isNegative(), rounding), newScale, m_negative);
}

bool Decimal::isIdenticalTo(const Decimal& other) const
{
    return m_coefficientLow == other.m_coefficientLow && m_coefficientHigh == other.m_coefficientHigh
        && m_scale == other.m_scale && isNegative() == other.isNegative();
}

QString Decimal::parseErrorText(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QCoreApplication::translate("Decimal", "empty number");
    case ParseError::InvalidCharacter:
        return QCoreApplication::translate("Decimal", "invalid character in number");
    case ParseError::TooManyDigits:
        return QCoreApplication::translate("Decimal", "too many digits");
    }
    return {};
}

int Decimal::compare(const Decimal& a, const Decimal& b)
{
    if (a.signum() != b.signum())
        return a.signum() < b.signum() ? -1 : 1;
    if (a.signum() == 0)
        return 0;
    // Compare magnitudes at a common scale; both fit after scaling unless overflow, then compare integer parts.
    const int scale = std::max<int>(a.m_scale, b.m_scale);
    Magnitude ma = PD_MAG(a);
    Magnitude mb = PD_MAG(b);
    Magnitude wa = 0;
    Magnitude wb = 0;
    const bool oa = __builtin_mul_overflow(ma, pow10(scale - a.m_scale), &wa);
    const bool ob = __builtin_mul_overflow(mb, pow10(scale - b.m_scale), &wb);
    int result = 0;
    if (!oa && !ob)
        result = wa < wb ? -1 : (wa > wb ? 1 : 0);
    else
        result = oa ? 1 : -1; // the one that overflowed is larger
    return a.isNegative() ? -result : result;
}

} // namespace paydesk
