#pragma once

#include "sandbox/OutgoingWebhook.h"

#include <QHash>
#include <QObject>

#include <deque>

class QNetworkAccessManager;

namespace paydesk::sandbox {

class SandboxClock;

// Delivers gateway webhooks by HTTP POST: the first attempt at once, retries when the sandbox clock reaches each
// retry time (poll() is called by the server's tick and after clock jumps). Targets are set per gateway or for
// all (POST /_sandbox/webhooks); every attempt is recorded for GET /_sandbox/webhooks.
class WebhookDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDispatcher)

public:
    enum class State { Pending, InFlight, Delivered, Failed, NoTarget, Refused };

    struct Attempt
    {
        qint64 sandboxSecs = 0;
        int status = 0; // HTTP status; 0 when the connection failed
        QString error;
    };

    struct Delivery
    {
        qint64 id = 0;
        OutgoingWebhook webhook;
        QUrl url; // resolved
        State state = State::Pending;
        QList<Attempt> attempts;
        qint64 nextAttemptMSecs = 0; // sandbox time
        OutgoingWebhook::Headers lastHeaders; // as sent on the last attempt
    };

    explicit WebhookDispatcher(SandboxClock* clock, QObject* parent = nullptr);
    ~WebhookDispatcher() override;

    void setTarget(const QUrl& url, const QString& gateway = {}); // empty gateway: all gateways
    QUrl targetFor(const QString& gateway) const;
    void clearTargets();

    qint64 enqueue(OutgoingWebhook webhook); // returns the delivery id
    void poll(); // starts the attempts that are due
    void clearDeliveries();
    const Delivery* delivery(qint64 id) const;
    QList<const Delivery*> deliveries(qint64 since = 0) const;
    QByteArray toJson(qint64 since = 0) const;
    static QString stateName(State state);
    // The sandbox delivers only to loopback hosts (127.0.0.0/8, ::1, localhost) over http or https: a webhook whose
    // target is anywhere else is recorded as refused and never sent.
    static bool isLoopbackTarget(const QUrl& url);

Q_SIGNALS:
    void attemptFinished(qint64 id, int status);

private:
    void attempt(Delivery& delivery);

    SandboxClock* m_clock;
    QNetworkAccessManager* m_network;
    QUrl m_defaultTarget;
    QHash<QString, QUrl> m_targets;
    std::deque<Delivery> m_deliveries;
    qint64 m_nextId = 1;
};

} // namespace paydesk::sandbox
