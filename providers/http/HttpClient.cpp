#include "providers/http/HttpClient.h"

#include "core/journal/CreatingCallPermit.h"
#include "core/journal/Journal.h"
#include "providers/http/HttpOperation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_userAgent(QByteArrayLiteral("Paydesk"))
{
    // Qt 6's default redirect policy (NoLessSafeRedirectPolicy) stays: never follow https → http.
    m_network->setAutoDeleteReplies(false);
}

HttpClient::~HttpClient()
{
    // Operations are children: deleting them aborts their replies. Their callbacks are not called.
    const auto operations = m_operations;
    m_operations.clear();
    qDeleteAll(operations);
}

HttpClient::RequestId HttpClient::send(HttpRequest request, QObject* context, Callback done)
{
    QString refusal;
    if (!request.isIdempotent()) {
        refusal = u"refused: a request that creates or changes something needs a journal permit (sendCreating)"_s;
    }
    return start(std::move(request), context, std::move(done), refusal);
}

HttpClient::RequestId HttpClient::sendCreating(
    Journal& journal, const CreatingCallPermit& permit, HttpRequest request, QObject* context, Callback done)
{
    QString refusal;
    if (request.method == HttpRequest::Method::Get || request.idempotent) {
        refusal = u"refused: a read or an idempotent change is not a creating call"_s;
    } else if (!isAllowedUrl(request.url)) {
        refusal = u"refused: only https:// URLs, or http:// to a loopback host, are allowed"_s;
    } else if (!permit.isValid()) {
        refusal = u"refused: the journal permit is not valid"_s;
    } else if (const auto sent = journal.markSent(permit); !sent.ok()) {
        refusal = u"refused: the journal entry cannot be marked sent: "_s + sent.error().message;
    }
    request.idempotent = false;
    return start(std::move(request), context, std::move(done), refusal);
}

HttpClient::RequestId HttpClient::start(HttpRequest request, QObject* context, Callback done, const QString& refusal)
{
    const RequestId id = m_nextId++;
    if (m_timeoutCap.count() > 0)
        request.timeout = std::min(request.timeout, m_timeoutCap);
    const bool hasAgent = std::any_of(request.headers.cbegin(), request.headers.cend(),
        [](const auto& header) { return header.first.compare("User-Agent", Qt::CaseInsensitive) == 0; });
    if (!hasAgent && !m_userAgent.isEmpty())
        request.headers.append({QByteArrayLiteral("User-Agent"), m_userAgent});
    auto* operation = new HttpOperation(this, id, std::move(request), context, std::move(done));
    m_operations.insert(id, operation);
    operation->start(refusal);
    return id;
}

void HttpClient::cancel(RequestId id)
{
    if (HttpOperation* operation = m_operations.value(id))
        operation->cancel();
}

void HttpClient::operationFinished(RequestId id)
{
    if (HttpOperation* operation = m_operations.take(id))
        operation->deleteLater();
}

QString HttpClient::urlRefusal(const QUrl& url)
{
    if (isAllowedUrl(url))
        return {};
    if (url.scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0 && !url.host().isEmpty())
        return QCoreApplication::translate("HttpClient",
            "Plain http:// is refused for %1: the keys and the answers would cross the network unencrypted. Use "
            "https:// (http:// is only for this computer: localhost, 127.0.0.1, ::1).")
            .arg(url.host());
    return QCoreApplication::translate(
        "HttpClient", "Only https:// URLs are allowed (http:// for this computer only).");
}

bool HttpClient::isAllowedUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    if (scheme != u"http")
        return false;
    const QString host = url.host().toLower();
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace paydesk
