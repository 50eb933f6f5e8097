// TEMPORARY stand-in so the ledger branch links before the real Decimal lands. Drop this file on merge.
// Implements only what the ledger uses (fromString, fromInt, toString, compare, isIdenticalTo, normalized, negated,
// abs, isZero...), on unsigned __int128 magnitudes. No arithmetic.
#include "core/Decimal.h"

namespace paydesk {

namespace {

__extension__ typedef unsigned __int128 Magnitude;

Magnitude magnitudeOf(std::uint64_t low, std::uint64_t high)
{
    return (static_cast<Magnitude>(high) << 64) | low;
}

Magnitude pow10(int n)
{
    Magnitude p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

} // namespace

std::optional<Decimal> Decimal::fromString(QStringView text, ParseError* error)
{
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
    Magnitude value = 0;
    int digits = 0;
    int scale = 0;
    bool seenPoint = false;
    bool anyDigit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenPoint || !anyDigit)
                return fail(ParseError::InvalidCharacter);
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return fail(ParseError::InvalidCharacter);
        anyDigit = true;
        if (value != 0 || c != u'0')
            ++digits;
        if (digits > kMaxDigits)
            return fail(ParseError::TooManyDigits);
        value = value * 10 + static_cast<unsigned>(c.unicode() - u'0');
        if (seenPoint)
            ++scale;
    }
    if (!anyDigit || text.back() == u'.')
        return fail(ParseError::InvalidCharacter);
    if (scale > kMaxScale)
        return fail(ParseError::TooManyDigits);
    Decimal d;
    d.m_coefficientLow = static_cast<std::uint64_t>(value);
    d.m_coefficientHigh = static_cast<std::uint64_t>(value >> 64);
    d.m_scale = static_cast<std::int8_t>(scale);
    d.m_negative = negative && value != 0;
    return d;
}

Decimal Decimal::fromInt(std::int64_t value)
{
    Decimal d;
    d.m_negative = value < 0;
    d.m_coefficientLow = value < 0 ? static_cast<std::uint64_t>(0) - static_cast<std::uint64_t>(value)
                                   : static_cast<std::uint64_t>(value);
    return d;
}

QString Decimal::toString() const
{
    Magnitude v = magnitudeOf(m_coefficientLow, m_coefficientHigh);
    QString digits;
    do {
        digits.prepend(QChar(u'0' + static_cast<char16_t>(v % 10)));
        v /= 10;
    } while (v != 0);
    while (digits.size() <= m_scale)
        digits.prepend(u'0');
    if (m_scale > 0)
        digits.insert(digits.size() - m_scale, u'.');
    if (isNegative())
        digits.prepend(u'-');
    return digits;
}

Decimal Decimal::normalized() const
{
    Decimal d = *this;
    Magnitude v = magnitudeOf(m_coefficientLow, m_coefficientHigh);
    while (d.m_scale > 0 && v % 10 == 0) {
        v /= 10;
        --d.m_scale;
    }
    d.m_coefficientLow = static_cast<std::uint64_t>(v);
    d.m_coefficientHigh = static_cast<std::uint64_t>(v >> 64);
    return d;
}

Decimal Decimal::negated() const
{
    Decimal d = *this;
    d.m_negative = !m_negative && !isZero();
    return d;
}

Decimal Decimal::abs() const
{
    Decimal d = *this;
    d.m_negative = false;
    return d;
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
    // Same sign: compare magnitudes at a common scale (no overflow check: stand-in only).
    const int scale = a.m_scale > b.m_scale ? a.m_scale : b.m_scale;
    const Magnitude ma = magnitudeOf(a.m_coefficientLow, a.m_coefficientHigh) * pow10(scale - a.m_scale);
    const Magnitude mb = magnitudeOf(b.m_coefficientLow, b.m_coefficientHigh) * pow10(scale - b.m_scale);
    const int magnitudeOrder = ma < mb ? -1 : (ma > mb ? 1 : 0);
    return a.isNegative() ? -magnitudeOrder : magnitudeOrder;
}

QString Decimal::parseErrorText(ParseError error)
{
    return QString::number(static_cast<int>(error));
}

} // namespace paydesk
