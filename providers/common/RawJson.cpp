#include "providers/common/RawJson.h"

#include "core/Decimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

constexpr int kMaxExponent = 400; // far beyond what Decimal holds; keeps a hostile "1e999999999" from allocating

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView json, qsizetype pos)
{
    while (pos < json.size() && isSpace(json[pos]))
        ++pos;
    return pos;
}

// End (one past) of the string starting at pos (json[pos] == '"'), or -1.
qsizetype stringEnd(QByteArrayView json, qsizetype pos)
{
    for (qsizetype i = pos + 1; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i;
        else if (json[i] == '"')
            return i + 1;
    }
    return -1;
}

// End (one past) of the value starting at pos, or -1.
qsizetype valueEnd(QByteArrayView json, qsizetype pos)
{
    if (pos >= json.size())
        return -1;
    const char first = json[pos];
    if (first == '"')
        return stringEnd(json, pos);
    if (first == '{' || first == '[') {
        int depth = 0;
        for (qsizetype i = pos; i < json.size(); ++i) {
            const char c = json[i];
            if (c == '"') {
                i = stringEnd(json, i);
                if (i < 0)
                    return -1;
                --i;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }
    qsizetype i = pos;
    while (i < json.size() && json[i] != ',' && json[i] != '}' && json[i] != ']' && !isSpace(json[i]))
        ++i;
    return i == pos ? -1 : i;
}

std::optional<QString> decodeString(QByteArrayView quoted)
{
    QByteArray wrapped;
    wrapped.reserve(quoted.size() + 2);
    wrapped.append('[').append(quoted).append(']');
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || !document.array().at(0).isString())
        return std::nullopt;
    return document.array().at(0).toString();
}

QByteArrayView trimmed(QByteArrayView view)
{
    qsizetype begin = 0;
    qsizetype end = view.size();
    while (begin < end && isSpace(view[begin]))
        ++begin;
    while (end > begin && isSpace(view[end - 1]))
        --end;
    return view.sliced(begin, end - begin);
}

} // namespace

std::optional<QList<RawJson::Member>> RawJson::members(QByteArrayView json)
{
    json = trimmed(json);
    if (json.isEmpty() || json.front() != '{' || json.back() != '}')
        return std::nullopt;
    QList<Member> result;
    qsizetype pos = skipSpace(json, 1);
    if (pos < json.size() && json[pos] == '}')
        return result;
    while (pos < json.size()) {
        if (json[pos] != '"')
            return std::nullopt;
        const qsizetype keyEnd = stringEnd(json, pos);
        if (keyEnd < 0)
            return std::nullopt;
        const std::optional<QString> key = decodeString(json.sliced(pos, keyEnd - pos));
        if (!key)
            return std::nullopt;
        pos = skipSpace(json, keyEnd);
        if (pos >= json.size() || json[pos] != ':')
            return std::nullopt;
        pos = skipSpace(json, pos + 1);
        const qsizetype end = valueEnd(json, pos);
        if (end < 0)
            return std::nullopt;
        result.append({*key, json.sliced(pos, end - pos)});
        pos = skipSpace(json, end);
        if (pos >= json.size())
            return std::nullopt;
        if (json[pos] == '}')
            return result;
        if (json[pos] != ',')
            return std::nullopt;
        pos = skipSpace(json, pos + 1);
    }
    return std::nullopt;
}

std::optional<QList<QByteArrayView>> RawJson::elements(QByteArrayView json)
{
    json = trimmed(json);
    if (json.isEmpty() || json.front() != '[' || json.back() != ']')
        return std::nullopt;
    QList<QByteArrayView> result;
    qsizetype pos = skipSpace(json, 1);
    if (pos < json.size() && json[pos] == ']')
        return result;
    while (pos < json.size()) {
        const qsizetype end = valueEnd(json, pos);
        if (end < 0)
            return std::nullopt;
        result.append(json.sliced(pos, end - pos));
        pos = skipSpace(json, end);
        if (pos >= json.size())
            return std::nullopt;
        if (json[pos] == ']')
            return result;
        if (json[pos] != ',')
            return std::nullopt;
        pos = skipSpace(json, pos + 1);
    }
    return std::nullopt;
}

std::optional<QByteArrayView> RawJson::member(QByteArrayView object, QStringView key)
{
    const auto all = members(object);
    if (!all)
        return std::nullopt;
    for (const Member& entry : *all) {
        if (QStringView(entry.key).trimmed() == key)
            return entry.value;
    }
    return std::nullopt;
}

std::optional<QString> RawJson::plainNumberText(QByteArrayView number)
{
    const QByteArrayView text = trimmed(number);
    qsizetype exponentAt = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == 'e' || text[i] == 'E') {
            exponentAt = i;
            break;
        }
    }
    if (exponentAt < 0)
        return QString::fromLatin1(text);

    QByteArrayView mantissa = text.first(exponentAt);
    bool exponentOk = false;
    const int exponent = text.sliced(exponentAt + 1).toByteArray().toInt(&exponentOk);
    if (!exponentOk || exponent > kMaxExponent || exponent < -kMaxExponent)
        return std::nullopt;
    QString sign;
    if (!mantissa.isEmpty() && (mantissa.front() == '-' || mantissa.front() == '+')) {
        if (mantissa.front() == '-')
            sign = u"-"_s;
        mantissa = mantissa.sliced(1);
    }
    QByteArray digits;
    qsizetype integerDigits = -1;
    for (qsizetype i = 0; i < mantissa.size(); ++i) {
        const char c = mantissa[i];
        if (c == '.' && integerDigits < 0 && i > 0) {
            integerDigits = digits.size();
        } else if (c >= '0' && c <= '9') {
            digits.append(c);
        } else {
            return std::nullopt;
        }
    }
    if (integerDigits < 0)
        integerDigits = digits.size();
    if (digits.isEmpty() || (integerDigits == digits.size() && mantissa.endsWith('.')))
        return std::nullopt;

    const qsizetype point = integerDigits + exponent;
    QString plain;
    if (point <= 0)
        plain = u"0."_s + QString(-point, u'0') + QString::fromLatin1(digits);
    else if (point >= digits.size())
        plain = QString::fromLatin1(digits) + QString(point - digits.size(), u'0');
    else
        plain = QString::fromLatin1(digits.first(point)) + u'.' + QString::fromLatin1(digits.sliced(point));
    return sign + plain;
}

std::optional<Decimal> RawJson::decimal(QByteArrayView token)
{
    token = trimmed(token);
    QByteArray text;
    if (!token.isEmpty() && token.front() == '"') {
        const std::optional<QString> decoded = decodeString(token);
        if (!decoded)
            return std::nullopt;
        text = decoded->trimmed().toLatin1();
    } else {
        text = token.toByteArray();
    }
    const std::optional<QString> plain = plainNumberText(text);
    if (!plain || plain->isEmpty())
        return std::nullopt;
    return Decimal::fromString(*plain);
}

QDateTime RawJson::utcFromIso(const QString& text)
{
    QString iso = text.trimmed();
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime) // no 'Z' and no offset: the gateways mean UTC
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    return time.toUTC();
}

QDateTime RawJson::utcFromUnix(QByteArrayView token)
{
    token = trimmed(token);
    QByteArray text = token.toByteArray();
    if (!token.isEmpty() && token.front() == '"') {
        const std::optional<QString> decoded = decodeString(token);
        if (!decoded)
            return {};
        text = decoded->trimmed().toLatin1();
    }
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (!ok || seconds <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

} // namespace paydesk
