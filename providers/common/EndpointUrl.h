#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>
#include <utility>

namespace paydesk::endpoint {

// The account's base URL plus an endpoint path: "https://pay.crypto.com/api" + "/payments" →
// "https://pay.crypto.com/api/payments". The base's own path is kept; a trailing '/' on it is ignored. `path` must
// already be encoded (build id segments with pathSegment()). Query items are percent-encoded here (also '+', which
// QUrlQuery would leave as is and servers would read as a space), in the order given.
using QueryItems = QList<std::pair<QString, QString>>;
QUrl join(const QUrl& base, QStringView path, const QueryItems& query = {});

// Whether an account's base URL can take endpoint paths: valid, absolute, with a host, http or https (plain http is
// refused later by HttpClient for non-loopback hosts).
bool isHttpBase(const QUrl& base);

// Which ids pathSegment() takes. AnyEncoded: any text, percent-encoded ("a/b c" → "a%2Fb%20c"). UnreservedOnly:
// only letters, digits, '-', '.', '_' and '~', for gateways whose servers decode "%2F" before routing.
enum class IdChars { AnyEncoded, UnreservedOnly };

// One gateway id as a path segment; std::nullopt for an empty id or one with control characters, "." or ".."
// (which would change the path rather than name an object), or, with UnreservedOnly, any other character.
std::optional<QString> pathSegment(QStringView id, IdChars chars = IdChars::AnyEncoded);

} // namespace paydesk::endpoint
