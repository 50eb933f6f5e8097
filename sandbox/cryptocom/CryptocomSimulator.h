#pragma once

#include "sandbox/GatewaySimulator.h"
#include "sandbox/JsonWriter.h"
#include "sandbox/SandboxRandom.h"

#include <QHash>

#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

namespace paydesk::sandbox {

// Crypto.com Pay Checkout under /cryptocom/api (specs/cryptocom-pay.txt, API-NOTES.md; behaviour chosen where the
// spec is silent is listed in docs/sandbox.md, "Crypto.com Pay"). Test mode only: the sk_test_ demo key.
class CryptocomSimulator final : public GatewaySimulator
{
public:
    static constexpr QLatin1StringView kSecretKey{"sk_test_paydesk_sandbox"};
    static constexpr QLatin1StringView kPublishableKey{"pk_test_paydesk_sandbox"};
    static constexpr QLatin1StringView kSignatureSecret{"paydesk_sandbox_signature_secret"};

    explicit CryptocomSimulator(const SandboxEnvironment& environment);
    ~CryptocomSimulator() override;

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
    HttpResponse serverErrorResponse(int status) const override;
    HttpResponse rateLimitResponse(int retryAfterSeconds) const override;
    std::optional<HttpResponse> control(const QString& action, const QJsonObject& body) override;
    QList<SimulatedRecord> records() const override; // payments and refunds

private:
    enum class PaymentStatus : quint8 { Pending, Succeeded, Cancelled };
    enum class RefundStatus : quint8 { Pending, Succeeded };
    struct Uuid
    {
        std::uint64_t hi = 0;
        std::uint64_t lo = 0;
        friend bool operator==(const Uuid&, const Uuid&) = default;
    };
    struct UuidHash
    {
        size_t operator()(const Uuid& u) const noexcept { return static_cast<size_t>(u.hi ^ (u.lo * 31)); }
    };
    // Free-form fields of payments created through the API (generated ones derive theirs from their index).
    struct PaymentExtra
    {
        QString description;
        QString orderId;
        QString returnUrl;
        QString cancelUrl;
        QList<std::pair<QString, QString>> metadata;
    };
    struct Payment
    {
        Uuid id;
        Decimal amount; // major units at the currency's exponent
        Decimal amountRefunded;
        Decimal paid; // paid by the payer so far (sandbox-internal)
        qint64 created = 0;
        qint64 expiresAt = 0;
        qint32 extra = -1; // index in m_extras, -1 for generated payments
        quint8 currency = 0;
        quint8 description = 0; // generated payments: index in the description table
        PaymentStatus status = PaymentStatus::Pending;
    };
    struct Refund
    {
        Uuid id;
        quint32 payment = 0;
        Decimal amount;
        qint64 created = 0;
        qint64 completesAt = 0;
        qint32 description = -1; // index in m_refundDescriptions
        quint8 reason = 0; // 0: none, 1 duplicate, 2 fraudulent, 3 requested_by_customer
        RefundStatus status = RefundStatus::Pending;
    };

    // routes (CryptocomSimulator.cpp)
    HttpResponse createPayment(const HttpRequest& request);
    HttpResponse retrievePayment(const QString& id) const;
    HttpResponse cancelPayment(const QString& id);
    HttpResponse listPayments(const HttpRequest& request) const;
    HttpResponse createRefund(const HttpRequest& request);
    HttpResponse retrieveRefund(const QString& id) const;
    std::optional<HttpResponse> authenticate(const HttpRequest& request) const;

    // objects and events
    void writePayment(const Payment& payment, JsonWriter& writer) const;
    void writeRefund(const Refund& refund, JsonWriter& writer) const;
    QByteArray paymentJson(const Payment& payment) const;
    QByteArray refundJson(const Refund& refund) const;
    void emitEvent(const char* type, const QByteArray& objectJson);
    void completeRefund(quint32 index);

    static HttpResponse error(
        int status, QLatin1StringView type, QLatin1StringView code, QLatin1StringView param, const QString& message);
    static QString uuidText(const Uuid& id);
    static std::optional<Uuid> parseUuid(QStringView text);
    Uuid newUuid();
    Payment* findPayment(QStringView id);
    const Payment* findPayment(QStringView id) const;
    qint64 now() const;

    struct CurrencyInfo
    {
        QLatin1StringView code;
        int exponent;
        QLatin1StringView croPerUnit; // sandbox exchange rate, for crypto_amount
    };
    static const CurrencyInfo kCurrencies[];
    static const int kCurrencyCount;
    static std::optional<quint8> currencyIndex(QStringView code);
    static const QLatin1StringView kReasons[];

    // generation (CryptocomGeneration.cpp)
    static QString generatedDescription(const Payment& payment);
    static QString generatedOrderId(const Payment& payment);

    SandboxEnvironment m_environment;
    std::vector<Payment> m_payments; // in creation order: index order is time order
    std::vector<PaymentExtra> m_extras;
    std::vector<Refund> m_refunds;
    std::vector<QString> m_refundDescriptions;
    std::unordered_map<Uuid, quint32, UuidHash> m_paymentIndex;
    std::unordered_map<Uuid, quint32, UuidHash> m_refundIndex;
    QHash<QString, quint32> m_orderIds; // order ids of API-created payments
    std::multimap<qint64, quint32> m_expiries; // expiresAt → pending payment
    std::multimap<qint64, quint32> m_refundsDue; // completesAt → pending refund
    SandboxRandom m_random;
    qint64 m_defaultLifetime = 3600;
    qint64 m_refundDelay = 60;
    // List behaviours a real gateway may have (its paging is unpublished): at most this many payments per page
    // whatever `limit` asks (0: as asked), and `starting_after` ignored (every page is the first one).
    int m_listPageCap = 0;
    bool m_listIgnoresCursor = false;
};

} // namespace paydesk::sandbox
