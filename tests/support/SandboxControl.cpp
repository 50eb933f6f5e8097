#include "tests/support/SandboxControl.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace paydesk::test {

QJsonObject postToSandboxControl(
    QNetworkAccessManager& network, const QUrl& baseUrl, const QString& path, const QJsonObject& body)
{
    QNetworkRequest request(baseUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    reply->deleteLater();
    if (!finished)
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace paydesk::test
