#pragma once

#include "sandbox/GatewaySimulator.h"
#include "sandbox/cryptoprocessing/CryptoprocessingState.h"

#include <QJsonObject>

namespace paydesk::sandbox {

// CryptoProcessing by CoinsPaid (specs/cryptoprocessing.txt, API-NOTES.md "CryptoProcessing"), below
// /cryptoprocessing/api:
//   POST /payments/v1/requests                     payment request → 200 {"data":{…}}
//   GET  /v2/ping                                  unsigned, "OK"
//   POST /v2/accounts/list, /v2/currencies/list    {"data":[…]}
//   POST /v2/addresses/take                        dedicated deposit address → 201
//   POST /v2/withdrawal/crypto                     → 201, pending → confirmed after kWithdrawalSecs
//   POST /v2/transactions/info                     exactly one of id, foreign_id, txid
//   GET  /pay/request/{id}                         the payment_link page (sandbox only)
// Every signed call: X-Processing-Key = kApiKey, X-Processing-Signature = hex HMAC-SHA512(kApiSecret, body).
// Callbacks carry the same two headers over the callback body. Choices: docs/sandbox.md, "CryptoProcessing".
class CryptoprocessingSimulator final : public GatewaySimulator
{
public:
    static constexpr QLatin1StringView kApiKey{"cp_test_paydesk_sandbox_key"};
    static constexpr QLatin1StringView kApiSecret{"AbCdEfG123456"}; // the vendor's example secret
    // Callback retries after a reply other than 200, in sandbox seconds.
    static QList<qint64> callbackRetryDelays();

    explicit CryptoprocessingSimulator(const SandboxEnvironment& environment);

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
    QList<SimulatedRecord> records() const override { return m_state.records(); }

private:
    qint64 now() const;
    void refreshLinkBase();
    std::optional<HttpResponse> authenticate(const HttpRequest& request) const;
    HttpResponse createPaymentRequest(const QJsonObject& body);
    HttpResponse takeAddress(const QJsonObject& body);
    HttpResponse withdrawCrypto(const QJsonObject& body);
    HttpResponse transactionInfo(const QJsonObject& body);
    HttpResponse currencies() const;
    HttpResponse balances() const;
    HttpResponse paymentPage(const QString& id) const;
    HttpResponse requestReply(qint32 index, int status, CryptoprocessingState::RequestView view) const;
    HttpResponse transactionReply(qint32 index, int status) const;
    void sendCallback(const QString& event, const QByteArray& body);

    SandboxEnvironment m_environment;
    CryptoprocessingState m_state;
};

} // namespace paydesk::sandbox
