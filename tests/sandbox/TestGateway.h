#pragma once

#include "sandbox/GatewaySimulator.h"
#include "sandbox/JsonWriter.h"

#include <vector>

namespace paydesk::sandbox::test {

// A minimal gateway for the framework tests, and a worked example of the plug-in interface:
//   POST /test/api/items {"amount":"1.50","lifetime":60}  → 201 item; webhook "item.created" signed with
//        X-Test-Signature = hex HMAC-SHA256("test_secret", body), retried after 5 s and 5 s
//   GET  /test/api/items/{id} → item or 404;  GET /test/api/items → every item, streamed
// Items expire on the sandbox clock; pay marks them paid.
class TestGateway final : public GatewaySimulator
{
public:
    explicit TestGateway(const SandboxEnvironment& environment);

    QString id() const override;
    QString displayName() const override;
    QString pathPrefix() const override;
    HttpResponse handle(const HttpRequest& request, const QString& subPath) override;
    void reset() override;
    void generate(const GenerationPlan& plan) override;
    HttpResponse pay(const PayRequest& request) override;
    void advanceTo(const QDateTime& now) override;
    QList<DemoCredential> demoCredentials() const override;
    qint64 paymentCount() const override;
    QByteArray stateDigest() const override;

private:
    enum class Status : quint8 { Pending, Paid, Expired };
    struct Item
    {
        qint64 number = 0;
        Decimal amount;
        qint64 created = 0;
        qint64 expiresAt = 0;
        Status status = Status::Pending;
    };
    void writeItem(const Item& item, JsonWriter& writer) const;
    const Item* find(const QString& id) const;

    SandboxEnvironment m_environment;
    std::vector<Item> m_items;
};

} // namespace paydesk::sandbox::test
