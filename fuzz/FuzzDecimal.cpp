// Decimal parsing and arithmetic on arbitrary text.
//
// The whole input as text: whatever fromString() parses prints back to text that parses to the same value and scale;
// fromUserInput() agrees with fromString() except that it refuses a leading '+'; fromMinorUnits() of the input (with
// an exponent from the input's length) is the same integer shifted by the exponent, and toMinorUnits() gives it back.
//
// The input split on ';' as "a;b[;k]": when a and b both parse and are small (at most 18 digits, scale at most 9),
// plus, minus, the comparison, multipliedBy and rescaled (to resultScale k % 20 with rounding mode k / 20 % 6) must
// agree with exact integer arithmetic on __int128 at a common scale.
#include "core/Decimal.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

using paydesk::Decimal;
__extension__ typedef __int128 Int;
__extension__ typedef unsigned __int128 UInt;

// An invariant: when it breaks, say where (the line of the call) and abort, so libFuzzer keeps the input.
void check(bool condition, int line = __builtin_LINE())
{
    if (!condition) {
        std::fprintf(stderr, "%s:%d: invariant broken\n", __FILE__, line);
        std::abort();
    }
}

Int pow10(int n)
{
    Int r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

// The canonical text of value × 10^-scale (what Decimal::toString() prints).
QString format(Int value, int scale)
{
    const bool negative = value < 0;
    auto magnitude = static_cast<UInt>(negative ? -value : value);
    QString digits;
    do {
        digits.prepend(QChar(u'0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude != 0);
    while (digits.size() <= scale)
        digits.prepend(u'0');
    if (scale > 0)
        digits.insert(digits.size() - scale, u'.');
    if (negative)
        digits.prepend(u'-');
    return digits;
}

struct Small
{
    Int coefficient = 0;
    int scale = 0;
};

// The exact coefficient of a decimal with at most 18 digits and scale at most 9, read back from its text.
std::optional<Small> small(const Decimal& d)
{
    if (d.scale() > 9)
        return std::nullopt;
    const QString text = d.toString();
    Small s;
    s.scale = d.scale();
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit()) {
            s.coefficient = s.coefficient * 10 + (c.unicode() - u'0');
            if (++digits > 18)
                return std::nullopt;
        }
    }
    if (d.isNegative())
        s.coefficient = -s.coefficient;
    return s;
}

// value × 10^-from rounded to `to` fractional digits (to <= from) with the mode, as an integer at scale `to`.
Int roundDown(Int value, int from, int to, Decimal::Rounding rounding)
{
    const Int divisor = pow10(from - to);
    const Int quotient = value / divisor; // truncates toward zero
    const Int remainder = value % divisor;
    if (remainder == 0)
        return quotient;
    const Int away = value < 0 ? -1 : 1;
    const Int twice = (remainder < 0 ? -remainder : remainder) * 2;
    switch (rounding) {
    case Decimal::Rounding::Down:
        return quotient;
    case Decimal::Rounding::Up:
        return quotient + away;
    case Decimal::Rounding::Floor:
        return value < 0 ? quotient - 1 : quotient;
    case Decimal::Rounding::Ceiling:
        return value > 0 ? quotient + 1 : quotient;
    case Decimal::Rounding::HalfUp:
        return twice >= divisor ? quotient + away : quotient;
    case Decimal::Rounding::HalfEven:
        if (twice != divisor)
            return twice > divisor ? quotient + away : quotient;
        return quotient % 2 != 0 ? quotient + away : quotient;
    }
    std::abort();
}

// Checks a rounded or exact result: value × 10^-from brought to scale `to`.
void checkScaled(const std::optional<Decimal>& result, Int value, int from, int to, Decimal::Rounding rounding)
{
    Int expected = 0;
    if (to >= from) {
        expected = value * pow10(to - from); // the callers keep this below 10^38
    } else {
        expected = roundDown(value, from, to, rounding);
    }
    check(result.has_value());
    check(result->scale() == to);
    check(result->toString() == format(expected, to));
}

void checkRoundTrip(const QString& text)
{
    Decimal::ParseError error = Decimal::ParseError::None;
    const auto parsed = Decimal::fromString(text, &error);
    check(parsed.has_value() == (error == Decimal::ParseError::None));
    Decimal::ParseError userError = Decimal::ParseError::None;
    const auto typed = Decimal::fromUserInput(text, &userError);
    if (text.startsWith(u'+')) {
        check(!typed && userError == Decimal::ParseError::InvalidCharacter);
    } else {
        check(typed.has_value() == parsed.has_value());
        check(userError == error);
        if (typed)
            check(typed->isIdenticalTo(*parsed));
    }
    if (!parsed)
        return;
    const QString printed = parsed->toString();
    const auto again = Decimal::fromString(printed);
    check(again && again->isIdenticalTo(*parsed) && again->toString() == printed);
    check(parsed->normalized() == *parsed && parsed->negated().negated().isIdenticalTo(*parsed));
    check(parsed->abs().signum() == (parsed->isZero() ? 0 : 1));
}

void checkMinorUnits(const QString& text, int exponent)
{
    const auto units = Decimal::fromMinorUnits(text, exponent);
    const auto integer = Decimal::fromString(text);
    const bool isInteger = integer && integer->scale() == 0;
    // Units are an integer as fromString reads it; the value has 38 digits at most either way.
    check(units.has_value() == isInteger);
    if (!units)
        return;
    check(units->scale() == exponent);
    const auto back = units->toMinorUnits(exponent);
    check(back && *back == integer->toString());
}

void checkArithmetic(const QString& left, const QString& right, int k)
{
    const auto a = Decimal::fromString(left);
    const auto b = Decimal::fromString(right);
    if (!a || !b)
        return;
    const auto sa = small(*a);
    const auto sb = small(*b);
    if (!sa || !sb)
        return;
    const int common = std::max(sa->scale, sb->scale);
    const Int x = sa->coefficient * pow10(common - sa->scale);
    const Int y = sb->coefficient * pow10(common - sb->scale);

    checkScaled(a->plus(*b), x + y, common, common, Decimal::Rounding::Down);
    checkScaled(a->minus(*b), x - y, common, common, Decimal::Rounding::Down);
    check((*a <=> *b) == (x <=> y));
    check((*a == *b) == (x == y));

    const int resultScale = k % 20;
    const auto rounding = static_cast<Decimal::Rounding>(k / 20 % 6);
    const Int product = sa->coefficient * sb->coefficient; // < 10^36
    const int productScale = sa->scale + sb->scale;
    // Growing the scale multiplies by up to 10^20: only check what fits in 38 digits.
    if (resultScale <= productScale
        || (product < pow10(18) && product > -pow10(18) && resultScale - productScale <= 19))
        checkScaled(a->multipliedBy(*b, resultScale, rounding), product, productScale, resultScale, rounding);
    checkScaled(a->rescaled(resultScale, rounding), sa->coefficient, sa->scale, resultScale, rounding);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    checkRoundTrip(text);
    checkMinorUnits(text, static_cast<int>(size % (Decimal::kMaxScale + 1)));

    const QStringList parts = text.split(u';');
    if (parts.size() < 2)
        return 0;
    for (const QString& part : parts)
        checkRoundTrip(part);
    int k = 0;
    if (parts.size() > 2) {
        bool ok = false;
        k = parts.at(2).toInt(&ok);
        if (!ok || k < 0)
            k = 0;
    }
    checkArithmetic(parts.at(0), parts.at(1), k);
    return 0;
}
