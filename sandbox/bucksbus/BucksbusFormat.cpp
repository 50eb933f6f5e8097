#include "sandbox/bucksbus/BucksbusFormat.h"

#include "sandbox/SandboxRandom.h"

#include <QLocale>

#include <cmath>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox::bucksbus::format {

namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr char kBech32[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr char kBase58[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Days since 1970-01-01 → civil date (H. Hinnant's algorithm).
void civilFromDays(qint64 days, int* year, int* month, int* day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    *month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *year = static_cast<int>(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

} // namespace

std::uint64_t mix(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

Uuid randomUuid(SandboxRandom& random)
{
    Uuid id;
    id.hi = (random.next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    id.lo = (random.next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    return id;
}

Uuid derivedUuid(const Uuid& from, std::uint64_t salt)
{
    Uuid id;
    id.hi = (mix(from.hi ^ mix(salt)) & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    id.lo = (mix(from.lo + salt * 0x2545f4914f6cdd1dULL) & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    return id;
}

QByteArray uuidText(const Uuid& id)
{
    QByteArray text(36, Qt::Uninitialized);
    int pos = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            text[pos++] = '-';
        const std::uint64_t word = i < 16 ? id.hi : id.lo;
        text[pos++] = kHex[(word >> (60 - 4 * (i % 16))) & 0xf];
    }
    return text;
}

std::optional<Uuid> parseUuid(QStringView text)
{
    if (text.size() != 36)
        return std::nullopt;
    Uuid id;
    int digits = 0;
    for (qsizetype i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != u'-')
                return std::nullopt;
            continue;
        }
        const int value = hexValue(text[i]);
        if (value < 0)
            return std::nullopt;
        std::uint64_t& word = digits < 16 ? id.hi : id.lo;
        word = (word << 4) | static_cast<std::uint64_t>(value);
        ++digits;
    }
    return id;
}

QByteArray isoTime(qint64 unixSecs)
{
    qint64 days = unixSecs / 86400;
    qint64 rest = unixSecs % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    char buffer[32];
    const int length = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
        static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
    return QByteArray(buffer, length);
}

QByteArray floatToken(double value)
{
    if (!std::isfinite(value))
        return "0";
    const double magnitude = std::fabs(value);
    if (magnitude != 0.0 && (magnitude < 1e-4 || magnitude >= 1e16))
        return QByteArray::number(value, 'e', QLocale::FloatingPointShortest);
    return QByteArray::number(value, 'f', QLocale::FloatingPointShortest);
}

double toDouble(const Decimal& value)
{
    return value.toString().toDouble();
}

QString amountText(const Decimal& value)
{
    return value.normalized().toString();
}

QString address(AddressKind kind, std::uint64_t seed)
{
    std::uint64_t state = mix(seed ^ static_cast<std::uint64_t>(kind) * 0x51ed2701ULL);
    auto next = [&state] {
        state = mix(state);
        return state;
    };
    QString text;
    switch (kind) {
    case AddressKind::None:
        return {};
    case AddressKind::Bech32:
        text = u"bc1q"_s;
        for (int i = 0; i < 38; ++i)
            text += QLatin1Char(kBech32[next() % 32]);
        return text;
    case AddressKind::Litecoin:
        text = u"ltc1q"_s;
        for (int i = 0; i < 38; ++i)
            text += QLatin1Char(kBech32[next() % 32]);
        return text;
    case AddressKind::Hex0x: {
        text = u"0x"_s;
        // EIP-55 style mixed case (not a real checksum: the sandbox never validates it).
        for (int i = 0; i < 40; ++i) {
            const std::uint64_t r = next();
            char c = kHex[r % 16];
            if (c >= 'a' && (r >> 8) % 2 == 1)
                c = static_cast<char>(c - 'a' + 'A');
            text += QLatin1Char(c);
        }
        return text;
    }
    case AddressKind::Tron:
        text = u"T"_s;
        for (int i = 0; i < 33; ++i)
            text += QLatin1Char(kBase58[next() % 58]);
        return text;
    }
    return text;
}

QString transactionHash(AddressKind kind, std::uint64_t seed)
{
    QString text = kind == AddressKind::Hex0x ? u"0x"_s : QString();
    std::uint64_t state = mix(seed ^ 0x7478686173680000ULL);
    for (int word = 0; word < 4; ++word) {
        state = mix(state);
        for (int shift = 60; shift >= 0; shift -= 4)
            text += QLatin1Char(kHex[(state >> shift) & 0xf]);
    }
    return text;
}

QString link(QLatin1StringView linkTemplate, QLatin1StringView placeholder, const QString& value)
{
    QString text(linkTemplate);
    text.replace(placeholder, value);
    return text;
}

} // namespace paydesk::sandbox::bucksbus::format
