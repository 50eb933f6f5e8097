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

// One gateway id as a percent-encoded path segment; std::nullopt for an empty id or one with control characters,
// "." or ".." (which would change the path rather than name an object).
std::optional<QString> pathSegment(QStringView id);

} // namespace paydesk::endpoint
