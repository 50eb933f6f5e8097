#pragma once

#include "core/Decimal.h"
#include "sandbox/HttpRequest.h"
#include "sandbox/HttpResponse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <functional>
#include <optional>

namespace paydesk::sandbox {

class SandboxClock;
class WebhookDispatcher;

// What every gateway simulator gets from the server: the shared clock, the webhook dispatcher and the server's
// base URL (known once it listens). Pointers stay valid for the simulator's lifetime.
struct SandboxEnvironment
{
    SandboxClock* clock = nullptr;
    WebhookDispatcher* webhooks = nullptr;
    std::function<QUrl()> baseUrl;
};

// Seeded history for one gateway: `count` payments spread over the `days` days that end at `end`. The same plan
// must give the same data, byte for byte in every reply (ids included).
struct GenerationPlan
{
    qint64 count = 0;
    int days = 30;
    std::uint64_t seed = 1; // already derived for this gateway (from --seed, the gateway id and `end`)
    QDateTime end;
};

// POST /_sandbox/pay for one gateway: the payer pays invoice `id`. No amount: exactly what is due.
struct PayRequest
{
    QString id;
    std::optional<Decimal> amount; // in the invoice's pay currency (gateway-defined; see docs/sandbox.md)
    QString currency{}; // optional: the asset paid in
    QJsonObject raw; // the whole control request, for gateway-specific fields (network, txid…)
};

// A credential printed at start-up and shown by GET /_sandbox/ ("secret key", "sk_test_…").
struct DemoCredential
{
    QString name;
    QString value;
};

// One record of a simulated gateway as a client's books should show it: what the fault campaign (bench/faults,
// docs/journal.md "Fault campaign") compares with Paydesk's ledger and journal. Read in-process only; no route.
struct SimulatedRecord
{
    enum class Kind : quint8 { Invoice, Refund, Address, Withdrawal };
    Kind kind = Kind::Invoice;
    QString id{}; // the id the API shows
    QString key{}; // the merchant's key the request carried (order id, foreign id, customer reference), if any
    QString parentId{}; // refunds: the id of the invoice refunded
    Decimal amount{}; // in `currency` (addresses: zero)
    QString currency{};
    QString status{}; // the status word the API writes
};

// The plug-in point of the sandbox: one simulated gateway. The server owns it, routes every request whose path
// starts with pathPrefix() to handle(), and calls advanceTo() before each request and on a timer, so state
// changes that depend on time (expiry, refund completion, webhooks) happen on the sandbox clock.
//
// Rules for implementations (docs/sandbox.md, "Adding a gateway"):
// - Replies are shaped exactly like the gateway's documentation: status codes, envelopes, field names and order.
// - Signature and auth checks are implemented here from the spec, never with paydesk_providers.
// - Records are compact (integers, enums, Decimal); 250,000 payments must generate in well under 15 s, and a
//   list reply over many records must be built page by page or streamed (HttpResponse::stream).
// - advanceTo() must cost O(changes), not O(records): keep deadlines in an ordered structure.
class GatewaySimulator
{
public:
    virtual ~GatewaySimulator() = default;

    virtual QString id() const = 0; // "cryptocom", "cryptoprocessing", "bucksbus", "cryptomus"
    virtual QString displayName() const = 0;
    virtual QString pathPrefix() const = 0; // "/cryptocom/api", no trailing slash
    // What an account's base URL ends with: the path the gateway's production API root stands for, so that a client
    // adding the documented endpoint paths lands below pathPrefix() ("/cryptoprocessing" for CryptoProcessing, whose
    // endpoints are "/api/v2/…"; "/cryptomus" for Cryptomus, whose endpoints are "/v1/…").
    virtual QString accountBasePath() const { return pathPrefix(); }

    // A request below pathPrefix(); subPath is the rest of the decoded path ("/payments/abc"), never empty.
    virtual HttpResponse handle(const HttpRequest& request, const QString& subPath) = 0;

    virtual void reset() = 0; // forget every record
    virtual void generate(const GenerationPlan& plan) = 0; // add seeded history (called after reset())
    virtual HttpResponse pay(const PayRequest& request) = 0; // reply of POST /_sandbox/pay
    virtual void advanceTo(const QDateTime& now) = 0;
    virtual QList<DemoCredential> demoCredentials() const = 0;

    virtual qint64 paymentCount() const = 0;
    // Lower-case hex SHA-256 over a canonical dump of every record: equal digests mean equal data.
    virtual QByteArray stateDigest() const = 0;

    // Every invoice, refund, dedicated address and withdrawal the gateway holds (history included), for in-process
    // checks such as the fault campaign. Default: none.
    virtual QList<SimulatedRecord> records() const { return {}; }

    // The gateway's body for a 5xx / 429 injected by the fault injector. Defaults: a small JSON error.
    virtual HttpResponse serverErrorResponse(int status) const;
    virtual HttpResponse rateLimitResponse(int retryAfterSeconds) const;

    // Gateway-specific control routes: POST /_sandbox/<id>/<action> (nullopt: unknown action → 404).
    virtual std::optional<HttpResponse> control(const QString& action, const QJsonObject& body);
};

} // namespace paydesk::sandbox
