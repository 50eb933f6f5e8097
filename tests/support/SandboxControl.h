#pragma once

#include <QJsonObject>
#include <QUrl>

class QNetworkAccessManager;

namespace paydesk::test {

// POSTs `body` to the sandbox's control API (`path` under `baseUrl`, e.g. "/_sandbox/pay") and returns the JSON
// reply, spinning the event loop meanwhile (10 s at most; an empty object on a timeout).
QJsonObject postToSandboxControl(
    QNetworkAccessManager& network, const QUrl& baseUrl, const QString& path, const QJsonObject& body);

} // namespace paydesk::test
