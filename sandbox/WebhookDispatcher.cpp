#include "sandbox/WebhookDispatcher.h"

#include "sandbox/JsonWriter.h"
#include "sandbox/SandboxClock.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

constexpr int kTransferTimeoutMs = 10000;
constexpr size_t kMaxDeliveries = 10000;

} // namespace

WebhookDispatcher::WebhookDispatcher(SandboxClock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{
}

WebhookDispatcher::~WebhookDispatcher() = default;

void WebhookDispatcher::setTarget(const QUrl& url, const QString& gateway)
{
    if (gateway.isEmpty())
        m_defaultTarget = url;
    else
        m_targets.insert(gateway, url);
}

QUrl WebhookDispatcher::targetFor(const QString& gateway) const
{
    return m_targets.value(gateway, m_defaultTarget);
}

void WebhookDispatcher::clearTargets()
{
    m_defaultTarget = QUrl();
    m_targets.clear();
}

qint64 WebhookDispatcher::enqueue(OutgoingWebhook webhook)
{
    Delivery delivery;
    delivery.id = m_nextId++;
    delivery.url = webhook.url.isEmpty() ? targetFor(webhook.gateway) : webhook.url;
    delivery.webhook = std::move(webhook);
    delivery.nextAttemptMSecs = m_clock->nowMSecs();
    if (!delivery.url.isValid() || delivery.url.isEmpty())
        delivery.state = State::NoTarget;
    else
        delivery.state = isLoopbackTarget(delivery.url) ? State::Pending : State::Refused;
    m_deliveries.push_back(std::move(delivery));
    while (m_deliveries.size() > kMaxDeliveries && m_deliveries.front().state != State::InFlight)
        m_deliveries.pop_front();
    const qint64 id = m_deliveries.back().id;
    QMetaObject::invokeMethod(this, &WebhookDispatcher::poll, Qt::QueuedConnection);
    return id;
}

void WebhookDispatcher::poll()
{
    const qint64 now = m_clock->nowMSecs();
    for (Delivery& delivery : m_deliveries) {
        if (delivery.state == State::Pending && delivery.nextAttemptMSecs <= now)
            attempt(delivery);
    }
}

void WebhookDispatcher::attempt(Delivery& delivery)
{
    delivery.state = State::InFlight;
    const qint64 nowSecs = m_clock->nowSecs();
    QNetworkRequest request(delivery.url);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, delivery.webhook.contentType);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("paydesk-sandbox-webhooks"));
    OutgoingWebhook::Headers headers = delivery.webhook.headers;
    if (delivery.webhook.sign)
        headers += delivery.webhook.sign(delivery.webhook.body, nowSecs);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    delivery.lastHeaders = headers;
    QNetworkReply* reply = m_network->post(request, delivery.webhook.body);
    const qint64 id = delivery.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, nowSecs] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        auto it
            = std::find_if(m_deliveries.begin(), m_deliveries.end(), [id](const Delivery& d) { return d.id == id; });
        if (it == m_deliveries.end())
            return;
        Delivery& delivery = *it;
        delivery.attempts.append(
            {nowSecs, status, reply->error() == QNetworkReply::NoError ? QString() : reply->errorString()});
        if (delivery.webhook.successStatuses.contains(status)) {
            delivery.state = State::Delivered;
        } else {
            const qsizetype retry = delivery.attempts.size() - 1; // retries used so far
            if (retry < delivery.webhook.retryDelaysSecs.size()) {
                delivery.state = State::Pending;
                delivery.nextAttemptMSecs = m_clock->nowMSecs() + delivery.webhook.retryDelaysSecs.at(retry) * 1000;
            } else {
                delivery.state = State::Failed;
            }
        }
        Q_EMIT attemptFinished(id, status);
    });
}

bool WebhookDispatcher::isLoopbackTarget(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return false;
    const QString host = url.host().toLower();
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void WebhookDispatcher::clearDeliveries()
{
    std::erase_if(m_deliveries, [](const Delivery& d) { return d.state != State::InFlight; });
    for (Delivery& delivery : m_deliveries)
        delivery.webhook.retryDelaysSecs.clear(); // in flight: finish this attempt, no retries
}

const WebhookDispatcher::Delivery* WebhookDispatcher::delivery(qint64 id) const
{
    for (const Delivery& d : m_deliveries) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QList<const WebhookDispatcher::Delivery*> WebhookDispatcher::deliveries(qint64 since) const
{
    QList<const Delivery*> out;
    for (const Delivery& d : m_deliveries) {
        if (d.id > since)
            out.append(&d);
    }
    return out;
}

QString WebhookDispatcher::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::InFlight:
        return u"in_flight"_s;
    case State::Delivered:
        return u"delivered"_s;
    case State::Failed:
        return u"failed"_s;
    case State::NoTarget:
        return u"no_target"_s;
    case State::Refused:
        return u"refused"_s;
    }
    return {};
}

QByteArray WebhookDispatcher::toJson(qint64 since) const
{
    JsonWriter w;
    w.beginObject().key("targets"_L1).beginObject();
    w.field("*"_L1, m_defaultTarget.toString());
    for (auto it = m_targets.begin(); it != m_targets.end(); ++it)
        w.field(QLatin1StringView(it.key().toLatin1()), it.value().toString());
    w.endObject().key("deliveries"_L1).beginArray();
    for (const Delivery* d : deliveries(since)) {
        w.beginObject()
            .field("id"_L1, d->id)
            .field("gateway"_L1, d->webhook.gateway)
            .field("event"_L1, d->webhook.event)
            .field("url"_L1, d->url.toString())
            .field("state"_L1, stateName(d->state))
            .field("body"_L1, QString::fromUtf8(d->webhook.body))
            .key("headers"_L1)
            .beginObject();
        for (const auto& [name, value] : d->lastHeaders)
            w.field(QLatin1StringView(name), QString::fromLatin1(value));
        w.endObject().key("attempts"_L1).beginArray();
        for (const Attempt& a : d->attempts)
            w.beginObject()
                .field("time"_L1, a.sandboxSecs)
                .field("status"_L1, a.status)
                .field("error"_L1, a.error)
                .endObject();
        w.endArray().endObject();
    }
    w.endArray().endObject();
    return w.take();
}

} // namespace paydesk::sandbox
