#include "sandbox/HttpRequest.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

QString decodeComponent(const QByteArray& part)
{
    QByteArray bytes = part;
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString& name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QList<std::pair<QString, QString>> HttpRequest::formFields() const
{
    return parseFormUrlEncoded(body);
}

std::optional<std::pair<QString, QString>> HttpRequest::basicCredentials() const
{
    const QByteArray value = header("authorization").trimmed();
    if (!value.startsWith("Basic ") && !value.startsWith("basic "))
        return std::nullopt;
    const auto decoded
        = QByteArray::fromBase64Encoding(value.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray& text = *decoded;
    const qsizetype colon = text.indexOf(':');
    if (colon < 0)
        return std::pair{QString::fromUtf8(text), QString()};
    return std::pair{QString::fromUtf8(text.left(colon)), QString::fromUtf8(text.mid(colon + 1))};
}

std::optional<QString> HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    if (!value.startsWith("Bearer ") && !value.startsWith("bearer "))
        return std::nullopt;
    return QString::fromUtf8(value.mid(7).trimmed());
}

bool HttpRequest::wantsClose() const
{
    const QByteArray connection = header("connection").toLower();
    if (connection.contains("close"))
        return true;
    return version == "HTTP/1.0" && !connection.contains("keep-alive");
}

QList<std::pair<QString, QString>> parseFormUrlEncoded(QByteArrayView body)
{
    QList<std::pair<QString, QString>> fields;
    const QByteArray all = body.toByteArray();
    for (const QByteArray& part : all.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            fields.append({decodeComponent(part), QString()});
        else
            fields.append({decodeComponent(part.left(eq)), decodeComponent(part.mid(eq + 1))});
    }
    return fields;
}

} // namespace paydesk::sandbox
