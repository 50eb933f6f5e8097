#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace paydesk::sandbox {

// One parsed HTTP/1.1 request as the sandbox received it. Header names are kept lower-cased.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QByteArray target; // raw request target: path and query as sent
    QString path; // percent-decoded path, no query
    QUrlQuery query;
    QByteArray version; // "HTTP/1.1"
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // First value of a header (name compared case-insensitively), or an empty array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // Query parameter, fully decoded ("" when absent).
    QString queryValue(const QString& name) const;
    // Fields of an application/x-www-form-urlencoded body, in order, decoded ('+' is a space).
    QList<std::pair<QString, QString>> formFields() const;
    // The Basic user name and password, when the Authorization header is "Basic …".
    std::optional<std::pair<QString, QString>> basicCredentials() const;
    // The token of "Authorization: Bearer <token>".
    std::optional<QString> bearerToken() const;
    bool wantsClose() const; // Connection: close, or HTTP/1.0 without keep-alive
};

// Decodes an application/x-www-form-urlencoded string.
QList<std::pair<QString, QString>> parseFormUrlEncoded(QByteArrayView body);

} // namespace paydesk::sandbox
