#pragma once

#include "core/Decimal.h"
#include "sandbox/GatewaySimulator.h"
#include "sandbox/SandboxRandom.h"

#include <QHash>
#include <QJsonObject>

#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace paydesk::sandbox {

class CryptomusJson;

// Cryptomus (https://api.cryptomus.com/v1) simulated under /cryptomus/v1: invoices, payment history with cursor
// paging and a paging throttle, refunds, webhook resend, services, balances, static wallets (block, refund of
// blocked funds), test webhooks, payouts, exchange rates. Auth: headers merchant + sign = md5(base64(body) + key),
// payment key or payout key. Webhooks carry their own "sign" field over the PHP json_encode of the rest.
// docs/sandbox.md, section "Cryptomus", lists routes, choices and the /_sandbox/pay semantics.
class CryptomusSimulator final : public GatewaySimulator
{
public:
    static constexpr auto kMerchant = "3f8a9c2e-7d41-4b6a-9e1f-5c2d8b0a7e13";
    static constexpr auto kPaymentKey = "demo_payment_key";
    static constexpr auto kPayoutKey = "demo_payout_key";

    enum class Status : quint8 {
        Check,
        Process,
        ConfirmCheck,
        WrongAmountWaiting,
        Paid,
        PaidOver,
        WrongAmount,
        Fail,
        Cancel,
        SystemFail,
        RefundProcess,
        RefundFail,
        RefundPaid,
        Locked,
    };
    enum class PayoutStatus : quint8 { Process, Check, Paid, Fail, Cancel, SystemFail };

    explicit CryptomusSimulator(const SandboxEnvironment& environment);

    QString id() const override;
    QString displayName() const override;
    QString pathPrefix() const override;
    QString accountBasePath() const override;
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
    // Invoices, refunds (an invoice in a refund_* status: id and parentId are the invoice's uuid, the amount what
    // was paid), static wallets and payouts.
    QList<SimulatedRecord> records() const override;

    static QLatin1StringView statusName(Status status);
    static bool isFinal(Status status);
    static QLatin1StringView payoutStatusName(PayoutStatus status);
    static bool isFinal(PayoutStatus status);

private:
    struct Uuid
    {
        quint64 hi = 0;
        quint64 lo = 0;
        bool operator==(const Uuid&) const = default;
    };
    struct Invoice
    {
        Uuid uuid;
        QString orderId; // null for generated invoices: "hist-<n>"
        QString additionalData;
        QString urlCallback;
        Decimal amount; // in `currency`
        Decimal payerAmount; // due, in `payerCurrency` (when set)
        Decimal paid; // received so far, in `payerCurrency`
        Decimal pending; // seen on chain, awaiting confirmation (confirm_check)
        Decimal commission; // charged on what was received
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        qint64 expiredAt = 0;
        qint32 wallet = -1; // static wallet payment: index into m_wallets
        qint16 discountPercent = kNoDiscount;
        quint16 accuracyHundredths = 0; // accuracy_payment_percent × 100
        quint8 currency = 0;
        quint8 payerCurrency = 0xff;
        quint8 network = 0xff;
        quint8 resends = 0;
        quint8 addressGeneration = 0; // is_refresh gives a new address
        Status status = Status::Check;
        bool multiple = true;
        bool generated = false;
        bool notified = false; // a webhook was sent for it
    };
    struct Wallet
    {
        Uuid uuid;
        Uuid walletUuid;
        QString orderId;
        QString urlCallback;
        qint64 createdAt = 0;
        quint8 currency = 0;
        quint8 network = 0;
        bool blocked = false;
        bool forceRefund = false;
        bool refunded = false;
    };
    struct Payout
    {
        Uuid uuid;
        QString orderId;
        QString address;
        QString urlCallback;
        Decimal amount; // in `currency`
        Decimal payerAmount; // in `payerCurrency`
        Decimal commission;
        Decimal balanceAfter; // payer currency balance after the debit
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        quint8 currency = 0;
        quint8 payerCurrency = 0;
        quint8 network = 0;
        PayoutStatus status = PayoutStatus::Process;
        bool subtract = true;
        bool generated = false;
    };
    enum class EventKind : quint8 { Expire, Confirm, RefundDone, PayoutDone };
    using Event = std::tuple<qint64, EventKind, qint32>;
    using Errors = std::vector<std::pair<QLatin1StringView, QLatin1StringView>>; // field → validation key

    static constexpr qint16 kNoDiscount = -32768;

    // Routes (CryptomusRoutes.cpp)
    HttpResponse createPayment(const QJsonObject& body);
    HttpResponse paymentInfo(const QJsonObject& body);
    HttpResponse paymentList(const HttpRequest& request, const QJsonObject& body, bool payouts);
    HttpResponse refund(const QJsonObject& body);
    HttpResponse resend(const QJsonObject& body);
    HttpResponse services() const;
    HttpResponse balance() const;
    HttpResponse createWallet(const QJsonObject& body);
    HttpResponse blockWallet(const QJsonObject& body);
    HttpResponse refundBlocked(const QJsonObject& body);
    HttpResponse testWebhook(const QJsonObject& body, bool wallet);
    HttpResponse createPayout(const QJsonObject& body);
    HttpResponse payoutInfo(const QJsonObject& body);
    HttpResponse exchangeRates(const QString& currency) const;

    // Records and replies (CryptomusSimulator.cpp)
    Uuid newUuid(SandboxRandom& random) const;
    static QString formatUuid(const Uuid& uuid);
    static std::optional<Uuid> parseUuid(QStringView text);
    static QString formatTime(qint64 secs); // "2023-07-11T20:23:52+03:00"
    QString orderIdOf(qint32 index) const;
    qint32 findInvoiceByUuid(QStringView uuid) const;
    qint32 findInvoiceByOrderId(const QString& orderId) const;
    QString addressOf(const Invoice& invoice) const;
    void writeInvoice(const Invoice& invoice, CryptomusJson& w) const;
    void writePayout(const Payout& payout, CryptomusJson& w, bool withTimes) const;
    void writeBalanceEntry(int currency, bool user, CryptomusJson& w) const;
    void appendInvoice(Invoice invoice);
    qint32 findWallet(const QString& uuid, const QString& orderId) const;
    void writeWallet(const Wallet& wallet, CryptomusJson& w) const;
    HttpResponse payWallet(qint32 wallet, const PayRequest& request);
    void schedule(qint64 when, EventKind kind, qint32 index);
    void choosePayerCurrency(Invoice& invoice, int currency, int network);
    void applyPayment(qint32 index, const Decimal& amount, qint64 now);
    void credit(int currency, const Decimal& amount);
    void sendPaymentWebhook(qint32 index);
    void sendPayoutWebhook(qint32 index);
    void enqueueSigned(const QString& event, const QString& url, QByteArray unsignedBody, const char* key);
    qint64 now() const;

    static HttpResponse ok(const QByteArray& resultJson);
    static HttpResponse message(int status, QLatin1StringView text);
    static HttpResponse message(int status, const QString& text);
    static HttpResponse validation(const Errors& errors);

    SandboxEnvironment m_environment;
    SandboxRandom m_random{1};
    std::vector<Invoice> m_invoices;
    std::vector<Wallet> m_wallets;
    std::vector<Payout> m_payouts;
    std::vector<Decimal> m_balances; // merchant balance per currency index
    QHash<QString, qint32> m_orderIds; // API-created invoices
    QHash<quint64, qint32> m_uuids; // invoice uuid.hi → index
    QHash<QString, qint32> m_walletOrders;
    QHash<QString, qint32> m_payoutOrders;
    std::set<Event> m_events;
    qint64 m_generatedInvoices = 0;
    std::map<int, qint64> m_lastListMs; // 0 payments, 1 payouts: sandbox ms of the last accepted list call

    // Settable through POST /_sandbox/cryptomus/config.
    qint64 m_listIntervalMs = 1000;
    int m_perPage = 15;
    qint64 m_refundDelaySecs = 600;
    qint64 m_payoutDelaySecs = 300;
    bool m_paymentsBlocked = false; // invoice creation answers "You are forbidden"
};

} // namespace paydesk::sandbox
