#pragma once

#include "sandbox/GatewaySimulator.h"
#include "sandbox/JsonWriter.h"
#include "sandbox/SandboxRandom.h"
#include "sandbox/bucksbus/BucksbusFormat.h"

#include <QHash>
#include <QJsonObject>

#include <array>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

namespace paydesk::sandbox {

// Gateway v10.2 ("Crypto Payment Gateway" Integration API; reference deployment BucksBus) under /bucksbus/int
// (specs/gateway-v10.2.md, API-NOTES.md). One test store; HTTP Basic api key : api secret; 422 {code,message}
// business errors; payments (fixed / open amount, fiat variant, dedicated addresses), their blockchain
// transactions, withdrawals, dedicated addresses, transfers, conversions, balances; webhooks signed with
// X-Webhook-HMAC-SHA256. Choices made where the spec is silent are listed in docs/sandbox.md.
class BucksbusSimulator final : public GatewaySimulator
{
public:
    static constexpr QLatin1StringView kApiKey{"bb_sandbox_api_key"};
    static constexpr QLatin1StringView kApiSecret{"bb_sandbox_api_secret"};
    static constexpr QLatin1StringView kWebhookSecret{"demo_webhook_secret"};
    static constexpr QLatin1StringView kStoreId{"5b1d9c36-8f0e-4c52-9a57-0d3b6f1e2a41"};
    static constexpr QLatin1StringView kStoreName{"Sandbox Store"};
    static constexpr QLatin1StringView kOtherStoreId{"7c2e4d10-3a9b-4f6e-8b21-9e5f0a4c7d83"};
    static constexpr QLatin1StringView kOtherStoreName{"Sandbox Savings"};
    // Webhook retries: up to 10, the interval growing to the spec's maximum of one hour (sandbox seconds).
    static constexpr std::array<qint64, 10> kRetryDelays{60, 120, 300, 600, 900, 1800, 3600, 3600, 3600, 3600};

    explicit BucksbusSimulator(const SandboxEnvironment& environment);
    ~BucksbusSimulator() override;

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
    // Payments, withdrawals (key: custom1; parentId: custom2, where Paydesk puts the refunded payment's id) and
    // dedicated addresses (key: custom1).
    QList<SimulatedRecord> records() const override;

private:
    using Uuid = bucksbus::Uuid;
    using UuidHash = bucksbus::UuidHash;

    enum class Status : quint8 { Open, Complete, Cancel, Closing };
    enum class PaymentType : quint8 { Fixed, Open };
    enum class DedicateType : quint8 { Uses, Assign };
    enum class StatusFields : quint8 { Status, StatusType, Both };

    // Free-form fields of objects created through the API (generated ones derive theirs from their index).
    struct Extra
    {
        QString payerEmail;
        QString payerName;
        QString payerLang;
        QString description;
        QString custom;
        std::array<QString, 9> customN; // custom1 … custom9
        QString webhookUrl;
        QString successUrl;
        QString cancelUrl;
        QString fiatProvider;
        QString fiatAssetId;
        QString address; // withdrawals: destination
    };
    struct Payment
    {
        Uuid id;
        Decimal amount; // in `asset`
        Decimal paymentAmount; // in `payAsset`
        Decimal ipAmount; // received so far, in `payAsset`
        qint64 start = 0;
        qint64 end = 0;
        qint64 complete = 0; // 0: not closed
        qint32 extra = -1;
        qint32 dedicate = -1;
        qint32 lastTx = -1; // newest transaction; each links to its predecessor
        qint32 number = 0;
        quint16 timeout = 0; // minutes, as requested (0: the asset's default)
        quint8 asset = 0;
        quint8 payAsset = 0;
        quint8 generatedPayer = 0; // generated payments: 0 none, else index + 1 in the payer table
        PaymentType type = PaymentType::Fixed;
        Status status = Status::Open;
    };
    struct Transaction
    {
        Decimal amount;
        qint64 time = 0;
        qint32 payment = 0;
        qint32 previous = -1;
    };
    struct Withdrawal
    {
        Uuid id;
        Decimal amount; // in `asset` (crypto)
        Decimal fee;
        qint64 start = 0;
        qint64 end = 0;
        qint64 due = 0; // completes at
        qint64 complete = 0;
        qint32 extra = -1;
        qint32 number = 0;
        quint16 timeout = 0;
        quint8 asset = 0;
        Status status = Status::Open;
    };
    struct Dedicate
    {
        Uuid id;
        std::uint64_t addressSeed = 0;
        qint64 start = 0;
        qint64 end = 0;
        qint32 extra = -1;
        qint32 number = 0;
        quint8 asset = 0;
        DedicateType type = DedicateType::Uses;
        qint32 payment = -1; // ASSIGN: the open payment that holds the address
        bool pool = false;
        Status status = Status::Open; // Open, or Complete once released
    };
    struct Transfer
    {
        Uuid id;
        Decimal amount;
        qint64 time = 0;
        qint32 number = 0;
        qint32 extra = -1;
        quint8 asset = 0;
        quint8 toStore = 1; // 1: kOtherStoreId
    };
    struct Account
    {
        Decimal balance;
        Decimal onHold;
    };
    // Every record; list replies stream from a shared_ptr to it, so a reset during a stream is harmless.
    struct Data
    {
        std::vector<Payment> payments; // creation order = start_date order
        std::vector<Transaction> transactions;
        std::vector<Withdrawal> withdrawals;
        std::vector<Dedicate> dedicates;
        std::vector<Transfer> transfers;
        std::vector<Extra> extras;
        std::unordered_map<Uuid, qint32, UuidHash> paymentIndex;
        std::unordered_map<Uuid, qint32, UuidHash> withdrawalIndex;
        std::unordered_map<Uuid, qint32, UuidHash> dedicateIndex;
        QHash<QString, qint32> dedicateByAddress;
        std::vector<Account> accounts; // per asset index (fiat rows stay zero)
        std::vector<std::uint64_t> freeAddressPool[8]; // released dedicate addresses per asset
    };
    // Settings of the test store (POST /_sandbox/bucksbus/store).
    struct Settings
    {
        QString webhookSecret;
        StatusFields statusFields = StatusFields::Status;
        QString completeEvent; // "payment.complete"
        qint64 withdrawSeconds = 600;
        qint64 closingSeconds = 600;
    };
    // POST /_sandbox/bucksbus/timeout500: the next `count` creating calls commit, then answer 500 after delayMs.
    struct TimeoutFault
    {
        int count = 0;
        int delayMs = 30000;
        bool cancel = false; // payments and withdrawals are cancelled after the commit ("it will try to cancel")
    };
    enum class DeadlineKind : quint8 { PaymentEnd, PaymentClosing, WithdrawalDue };
    struct Deadline
    {
        DeadlineKind kind;
        qint32 index;
    };
    // What a writer needs besides the record: the base URL and the status field style, fixed per reply.
    struct WriteContext
    {
        const Data* data = nullptr;
        QString base; // sandbox base URL, no trailing slash
        StatusFields statusFields = StatusFields::Status;
    };

    // routes (BucksbusRoutes.cpp)
    HttpResponse route(const HttpRequest& request, const QString& subPath);
    HttpResponse getAssets() const;
    HttpResponse getAccounts() const;
    HttpResponse convert(const QJsonObject& body) const;
    HttpResponse createPayment(const QJsonObject& body);
    HttpResponse getPayment(const QString& id) const;
    HttpResponse getPaymentTransactions(const QString& id) const;
    HttpResponse listPayments(const HttpRequest& request) const;
    HttpResponse createWithdrawal(const QJsonObject& body);
    HttpResponse getWithdrawal(const QString& id) const;
    HttpResponse createDedicate(const QJsonObject& body);
    HttpResponse releaseDedicate(const QString& id);
    HttpResponse createTransfer(const QJsonObject& body);
    std::optional<HttpResponse> readExtra(const QJsonObject& body, Extra* extra, bool withLanguage) const;

    // objects (BucksbusObjects.cpp)
    // `typed`: the spec's table names this object's status status_type (lists, withdrawals, dedicates, transfers,
    // transactions); the examples say status. Settings::statusFields picks what is written for those.
    static void writeStatus(
        JsonWriter& w, const WriteContext& context, Status status, bool typed, QLatin1StringView completeName);
    void writePayment(JsonWriter& w, const WriteContext& context, qint32 index, bool listItem) const;
    void writeTransaction(JsonWriter& w, const WriteContext& context, qint32 index) const;
    void writeWithdrawal(JsonWriter& w, const WriteContext& context, qint32 index) const;
    void writeDedicate(JsonWriter& w, const WriteContext& context, qint32 index) const;
    void writeTransfer(JsonWriter& w, const WriteContext& context, qint32 index) const;
    QByteArray paymentJson(qint32 index) const;
    WriteContext context() const;
    Decimal paidAmount(const Payment& payment) const;
    static std::optional<Decimal> convertAmount(const Decimal& amount, quint8 from, quint8 to);
    static double rate(quint8 from, quint8 to);

    // state (BucksbusState.cpp)
    void receive(qint32 paymentIndex, const Decimal& amount, qint64 time);
    void closePayment(qint32 index, Status status, qint64 time);
    void completeWithdrawal(qint32 index, Status status, qint64 time);
    void sendPaymentWebhook(qint32 index, QLatin1StringView event);
    qint32 addPayment(Payment payment);
    qint32 addExtra(Extra extra);
    Decimal available(quint8 asset) const;
    HttpResponse applyTimeoutFault(HttpResponse committed, QLatin1StringView kind, qint32 index);

    // generation (BucksbusGeneration.cpp)
    QString generatedDescription(const Payment& payment) const;
    static QLatin1StringView generatedPayerName(quint8 payer);
    static QLatin1StringView generatedPayerEmail(quint8 payer);

    // shared helpers (BucksbusSimulator.cpp)
    static HttpResponse error(int status, QLatin1StringView code, const QString& message);
    static HttpResponse objectReply(int status, QByteArray json);
    std::optional<HttpResponse> authenticate(const HttpRequest& request) const;
    qint64 now() const;
    Uuid newUuid();

    SandboxEnvironment m_environment;
    std::shared_ptr<Data> m_data;
    Settings m_settings;
    TimeoutFault m_timeoutFault;
    std::multimap<qint64, Deadline> m_deadlines;
    SandboxRandom m_random;
    std::uint64_t m_seed = 1;
};

} // namespace paydesk::sandbox
