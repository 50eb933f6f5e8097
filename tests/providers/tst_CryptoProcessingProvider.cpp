#include "providers/cryptoprocessing/CryptoProcessingProvider.h"
#include "providers/webhooks/WebhookVerifier.h"
#include "sandbox/WebhookDispatcher.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

const QString kRequests = u"/cryptoprocessing/api/payments/v1/requests"_s;
const QString kTake = u"/cryptoprocessing/api/v2/addresses/take"_s;
const QString kWithdraw = u"/cryptoprocessing/api/v2/withdrawal/crypto"_s;
const QString kInfo = u"/cryptoprocessing/api/v2/transactions/info"_s;
const QString kPayoutAddress = u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s;

Decimal dec(const char* text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

QString describe(const ProviderError& error)
{
    return u"%1 (field %2, HTTP %3)"_s.arg(error.message, error.field).arg(error.httpStatus);
}

} // namespace

// The CryptoProcessing provider end to end against the in-process sandbox over loopback HTTP: every operation, the
// gateway's errors, the lookups it has (and plain words where it has none), and creating calls that fail after the
// gateway committed them.
class TstCryptoProcessingProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testConnection();
    void wrongKeyOrSecretIsAnAuthError();
    void invoiceLifecycle();
    void invoiceLookupsInPlainWords();
    void unpaidInvoiceExpiresOnRefresh();
    void balances();
    void dedicatedAddress();
    void withdrawalLifecycle();
    void validationErrorKeepsFieldAndMessage();
    void invoice500AfterCommitIsUnknown();
    void droppedInvoiceIsProvenButNeverDuplicated();
    void withdrawal500AfterCommitIsFoundByKey();
    void droppedAddressIsTakenAgain();
    void callbacksVerify();

private:
    template<typename T>
    Result<T> wait(const std::function<void(QObject*, Provider::Callback<T>)>& call)
    {
        return m_fixture->wait<T>(this, call);
    }
    QJsonObject control(const QString& path, const QJsonObject& body) { return m_fixture->control(path, body); }
    int posts(const QString& path) const { return m_fixture->received("POST", path); }
    std::unique_ptr<CryptoProcessingProvider> makeProvider(const QByteArray& key, const QByteArray& secret);
    CreatingCallPermit begin(JournalKind kind, const QString& key);
    void fault(const QString& path, const QString& kind);
    Result<Payment> createInvoice(const CreatingCallPermit& permit, const QString& amount);
    Result<Withdrawal> createWithdrawal(const CreatingCallPermit& permit, const QString& amount);

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<CryptoProcessingProvider> m_provider;
    Account m_account;
    QByteArray m_key;
    QByteArray m_secret;
    Journal* m_journal = nullptr;
};

std::unique_ptr<CryptoProcessingProvider> TstCryptoProcessingProvider::makeProvider(
    const QByteArray& key, const QByteArray& secret)
{
    AccountCredentials credentials;
    credentials.apiKey = key;
    credentials.apiSecret = secret;
    return std::make_unique<CryptoProcessingProvider>(m_account, credentials, &m_fixture->http());
}

CreatingCallPermit TstCryptoProcessingProvider::begin(JournalKind kind, const QString& key)
{
    auto started = m_journal->begin(
        {.accountId = m_account.id, .kind = kind, .idempotencyKey = key, .requestJson = R"({"test":true})"});
    if (!started.ok() || !started.value().isNew())
        qFatal("the journal did not start a new entry");
    return std::move(*started.value().permit);
}

void TstCryptoProcessingProvider::fault(const QString& path, const QString& kind)
{
    QJsonObject rule{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"kind"_s, kind}, {u"count"_s, 1}};
    if (kind == u"dropConnection"_s)
        rule.insert(u"afterCommit"_s, true);
    control(u"/_sandbox/faults"_s, {{u"rules"_s, QJsonArray{rule}}});
}

Result<Payment> TstCryptoProcessingProvider::createInvoice(const CreatingCallPermit& permit, const QString& amount)
{
    const InvoiceDraft draft{.accountId = m_account.id,
        .amount = {*Decimal::fromString(amount), u"EUR"_s},
        .orderId = permit.idempotencyKey(),
        .description = u"Two tees"_s,
        .lifetime = std::chrono::seconds(3600),
        .payerEmail = u"payer@example.com"_s};
    return wait<Payment>([&](QObject* c, auto done) { m_provider->createInvoice(*m_journal, permit, draft, c, done); });
}

Result<Withdrawal> TstCryptoProcessingProvider::createWithdrawal(
    const CreatingCallPermit& permit, const QString& amount)
{
    const WithdrawalDraft draft{.accountId = m_account.id,
        .amount = {*Decimal::fromString(amount), u"BTC"_s},
        .address = kPayoutAddress,
        .foreignId = permit.idempotencyKey()};
    return wait<Withdrawal>(
        [&](QObject* c, auto done) { m_provider->createWithdrawal(*m_journal, permit, draft, c, done); });
}

void TstCryptoProcessingProvider::init()
{
    m_fixture = std::make_unique<test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_journal = &m_fixture->journal();
    // The base URL is the host: the provider's paths carry /api/….
    m_account = m_fixture->addAccount(u"acc-cp"_s, Gateway::CryptoProcessing, u"/cryptoprocessing"_s);
    m_key = m_fixture->demoCredential(u"cryptoprocessing"_s, u"API key (X-Processing-Key)"_s).toUtf8();
    m_secret = m_fixture->demoCredential(u"cryptoprocessing"_s, u"API secret (HMAC-SHA512 of the body)"_s).toUtf8();
    QVERIFY(!m_key.isEmpty() && !m_secret.isEmpty());
    m_provider = makeProvider(m_key, m_secret);
}

void TstCryptoProcessingProvider::cleanup()
{
    m_provider.reset();
    m_fixture.reset();
}

void TstCryptoProcessingProvider::testConnection()
{
    const auto result = wait<void>([&](QObject* c, auto done) { m_provider->testConnection(c, done); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
    QCOMPARE(posts(u"/cryptoprocessing/api/v2/accounts/list"_s), 1); // signed, not the unsigned ping
}

void TstCryptoProcessingProvider::wrongKeyOrSecretIsAnAuthError()
{
    auto wrongKey = makeProvider("cp_not_the_key", m_secret);
    const auto byKey = wait<void>([&](QObject* c, auto done) { wrongKey->testConnection(c, done); });
    QVERIFY(!byKey.ok());
    QCOMPARE(byKey.error().kind, ProviderError::Kind::Auth);
    QCOMPARE(byKey.error().httpStatus, 403);
    QCOMPARE(byKey.error().providerCode, u"bad_header_key"_s);
    QCOMPARE(byKey.error().message, u"Bad key header"_s); // the gateway's words, not its JSON

    auto wrongSecret = makeProvider(m_key, "not-the-secret");
    const auto bySecret = wait<QList<Balance>>([&](QObject* c, auto done) { wrongSecret->fetchBalances(c, done); });
    QVERIFY(!bySecret.ok());
    QCOMPARE(bySecret.error().kind, ProviderError::Kind::Auth);
    QCOMPARE(bySecret.error().providerCode, u"bad_header_signature"_s);
    QVERIFY(!bySecret.error().message.contains(u'{'));
}

void TstCryptoProcessingProvider::invoiceLifecycle()
{
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"CP-ORDER-1"_s);
    const auto created = createInvoice(permit, u"50.00"_s);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    const Payment invoice = created.value();
    QCOMPARE(invoice.accountId, m_account.id);
    QCOMPARE(invoice.gateway, Gateway::CryptoProcessing);
    QCOMPARE(invoice.orderId, u"CP-ORDER-1"_s); // the permit's key is the foreign id
    QCOMPARE(invoice.status, PaymentStatus::Pending);
    QCOMPARE(invoice.rawStatus, u"created"_s);
    QCOMPARE(invoice.amount, (Money{dec("50"), u"EUR"_s}));
    QVERIFY(invoice.paymentUrl.endsWith(invoice.id));
    QVERIFY(invoice.expires > QDateTime::currentDateTimeUtc());
    QVERIFY(invoice.created.isValid());
    QCOMPARE(m_journal->entry(permit.entryId()).value().state, JournalState::Sent);
    QVERIFY(m_journal->confirm(permit, invoice.id).ok());
    QCOMPARE(posts(kRequests), 1);

    // Nothing paid: no deposit yet, the request stays as it is.
    const auto unpaid = wait<Payment>([&](QObject* c, auto done) { m_provider->refreshInvoice(invoice, c, done); });
    QVERIFY2(unpaid.ok(), qPrintable(unpaid.ok() ? QString() : describe(unpaid.error())));
    QCOMPARE(unpaid.value(), invoice);
    QVERIFY(!invoice.fee.isValid() && !invoice.credited.isValid()); // nothing deposited, nothing charged
    const auto noTxs = wait<QList<BlockchainTx>>(
        [&](QObject* c, auto done) { m_provider->fetchInvoiceTransactions(invoice, c, done); });
    QVERIFY(noTxs.ok() && noTxs.value().isEmpty());

    // Paid in part: processing.
    const QJsonObject part = control(u"/_sandbox/pay"_s,
        {{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, invoice.id}, {u"amount"_s, u"20.00"_s},
            {u"currency"_s, u"BTC"_s}});
    QCOMPARE(part.value(u"data"_s).toObject().value(u"status"_s).toString(), u"processing"_s);
    const auto processing = wait<Payment>([&](QObject* c, auto done) { m_provider->refreshInvoice(invoice, c, done); });
    QVERIFY(processing.ok());
    QCOMPARE(processing.value().status, PaymentStatus::Processing);
    QCOMPARE(processing.value().rawStatus, u"processing"_s);
    QCOMPARE(processing.value().paid, (Money{dec("20"), u"EUR"_s}));
    QVERIFY(!processing.value().address.isEmpty());

    // The rest: paid.
    const QJsonObject rest
        = control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, invoice.id}});
    QCOMPARE(rest.value(u"data"_s).toObject().value(u"status"_s).toString(), u"paid"_s);
    const qint64 transactionId = rest.value(u"data"_s).toObject().value(u"transaction_id"_s).toInteger();
    QVERIFY(transactionId > 0);
    const auto paid = wait<Payment>([&](QObject* c, auto done) { m_provider->refreshInvoice(invoice, c, done); });
    QVERIFY(paid.ok());
    QCOMPARE(paid.value().status, PaymentStatus::Paid);
    QCOMPARE(paid.value().paid, (Money{dec("50"), u"EUR"_s}));
    QCOMPARE(paid.value().id, invoice.id);
    // The deposit's fees and what is credited after them, in the received currency: they add up to what was paid.
    QVERIFY(paid.value().fee.isValid());
    QCOMPARE(paid.value().fee.currency, u"EUR"_s);
    QVERIFY(paid.value().fee.amount.signum() > 0);
    QCOMPARE(paid.value().credited.currency, u"EUR"_s);
    const std::optional<Decimal> sum = paid.value().fee.amount.plus(paid.value().credited.amount);
    QVERIFY(sum.has_value());
    QCOMPARE(*sum, paid.value().paid.amount);
    QVERIFY(!paid.value().exchangeRate.has_value()); // CryptoProcessing gives no rate

    // Its two blockchain transactions, through the foreign id or the transaction id of the callback.
    const auto txs = wait<QList<BlockchainTx>>(
        [&](QObject* c, auto done) { m_provider->fetchInvoiceTransactions(invoice, c, done); });
    QVERIFY(txs.ok());
    QCOMPARE(txs.value().size(), 2);
    for (const BlockchainTx& tx : txs.value()) {
        QCOMPARE(tx.paymentId, invoice.id);
        QCOMPARE(tx.accountId, m_account.id);
        QCOMPARE(tx.txHash.size(), 64);
        QCOMPARE(tx.amount.currency, u"BTC"_s);
    }
    const QString txId = QString::number(transactionId);
    const auto byId
        = wait<QList<BlockchainTx>>([&](QObject* c, auto done) { m_provider->fetchTransactions(txId, c, done); });
    QVERIFY2(byId.ok(), qPrintable(byId.ok() ? QString() : describe(byId.error())));
    QCOMPARE(byId.value().size(), 2);
    QCOMPARE(byId.value().first().txHash, txs.value().first().txHash);
    const auto byUuid
        = wait<QList<BlockchainTx>>([&](QObject* c, auto done) { m_provider->fetchTransactions(invoice.id, c, done); });
    QVERIFY(!byUuid.ok());
    QCOMPARE(byUuid.error().kind, ProviderError::Kind::Unsupported);
    QVERIFY(!byUuid.error().message.isEmpty());

    QCOMPARE(posts(kRequests), 1); // reads never re-send the creating call
}

void TstCryptoProcessingProvider::invoiceLookupsInPlainWords()
{
    const int before = posts(kInfo);
    const auto fetched = wait<Payment>(
        [&](QObject* c, auto done) { m_provider->fetchInvoice(u"0196f6a1-cab2-76fb-84c7-7e9ee9ddf6b4"_s, c, done); });
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().kind, ProviderError::Kind::Unsupported);
    QVERIFY(fetched.error().message.contains(u"CryptoProcessing"_s));
    const auto address = wait<std::optional<DedicatedAddress>>(
        [&](QObject* c, auto done) { m_provider->findAddress({.customerReference = u"CUST-1"_s}, c, done); });
    QCOMPARE(address.error().kind, ProviderError::Kind::Unsupported);
    QVERIFY(!address.error().message.isEmpty());
    const auto list = wait<QList<DedicatedAddress>>([&](QObject* c, auto done) { m_provider->listAddresses(c, done); });
    QCOMPARE(list.error().kind, ProviderError::Kind::Unsupported);
    // Capabilities CryptoProcessing does not have keep the capability table's reason.
    const auto cancelled = wait<Payment>([&](QObject* c, auto done) { m_provider->cancelInvoice(u"x"_s, c, done); });
    QCOMPARE(cancelled.error().message, unsupportedReason(Gateway::CryptoProcessing, Capability::CancelInvoice));
    QCOMPARE(posts(kInfo), before); // none of these went to the gateway
}

void TstCryptoProcessingProvider::unpaidInvoiceExpiresOnRefresh()
{
    // A request Paydesk holds whose life time ended: nothing under its foreign id, so it expired unpaid.
    Payment known;
    known.accountId = m_account.id;
    known.gateway = Gateway::CryptoProcessing;
    known.id = u"0196f6a1-cab2-76fb-84c7-7e9ee9ddf6b4"_s;
    known.orderId = u"NEVER-PAID"_s;
    known.status = PaymentStatus::Pending;
    known.rawStatus = u"created"_s;
    known.expires = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const auto expired = wait<Payment>([&](QObject* c, auto done) { m_provider->refreshInvoice(known, c, done); });
    QVERIFY2(expired.ok(), qPrintable(expired.ok() ? QString() : describe(expired.error())));
    QCOMPARE(expired.value().status, PaymentStatus::Expired);
    QCOMPARE(expired.value().rawStatus, u"expired"_s);

    known.expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    const auto open = wait<Payment>([&](QObject* c, auto done) { m_provider->refreshInvoice(known, c, done); });
    QVERIFY(open.ok());
    QCOMPARE(open.value().status, PaymentStatus::Pending);
    QCOMPARE(posts(kInfo), 2);

    known.orderId.clear();
    const auto noKey = wait<Payment>([&](QObject* c, auto done) { m_provider->refreshInvoice(known, c, done); });
    QCOMPARE(noKey.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(noKey.error().field, u"orderId"_s);
}

void TstCryptoProcessingProvider::balances()
{
    const auto result = wait<QList<Balance>>([&](QObject* c, auto done) { m_provider->fetchBalances(c, done); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
    QCOMPARE(result.value().size(), 9);
    bool sawEur = false;
    for (const Balance& balance : result.value()) {
        QCOMPARE(balance.accountId, m_account.id);
        QVERIFY(balance.asOf.isValid());
        if (balance.currency == u"EUR"_s) {
            sawEur = true;
            QCOMPARE(balance.total, dec("10000"));
            QCOMPARE(balance.available, dec("10000"));
        }
    }
    QVERIFY(sawEur);
}

void TstCryptoProcessingProvider::dedicatedAddress()
{
    const CreatingCallPermit permit = begin(JournalKind::DedicatedAddress, u"CUST-1"_s);
    const AddressDraft draft{.accountId = m_account.id, .currency = u"BTC"_s, .customerReference = u"CUST-1"_s};
    const auto created = wait<DedicatedAddress>(
        [&](QObject* c, auto done) { m_provider->createAddress(*m_journal, permit, draft, c, done); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    const DedicatedAddress address = created.value();
    QCOMPARE(address.accountId, m_account.id);
    QCOMPARE(address.customerReference, u"CUST-1"_s);
    QCOMPARE(address.currency, u"BTC"_s);
    QCOMPARE(address.status, AddressStatus::Active);
    QVERIFY(address.address.startsWith(u"bc1q"_s));
    QVERIFY(m_journal->confirm(permit, address.id).ok());
    QCOMPARE(posts(kTake), 1);

    // A deposit to it, and its blockchain transaction by transaction id.
    const QJsonObject deposit = control(
        u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, address.id}, {u"amount"_s, u"0.01"_s}});
    const QString txId = QString::number(deposit.value(u"data"_s).toObject().value(u"id"_s).toInteger());
    const auto txs
        = wait<QList<BlockchainTx>>([&](QObject* c, auto done) { m_provider->fetchTransactions(txId, c, done); });
    QVERIFY2(txs.ok(), qPrintable(txs.ok() ? QString() : describe(txs.error())));
    QCOMPARE(txs.value().size(), 1);
    QCOMPARE(txs.value().first().toAddress, address.address);
    QCOMPARE(txs.value().first().addressId, address.id);
    QCOMPARE(txs.value().first().amount, (Money{dec("0.01"), u"BTC"_s}));
}

void TstCryptoProcessingProvider::withdrawalLifecycle()
{
    const CreatingCallPermit permit = begin(JournalKind::Withdrawal, u"WD-1"_s);
    const auto created = createWithdrawal(permit, u"0.01"_s);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    const Withdrawal withdrawal = created.value();
    QCOMPARE(withdrawal.foreignId, u"WD-1"_s);
    QCOMPARE(withdrawal.rawStatus, u"processing"_s);
    QCOMPARE(withdrawal.status, TransferStatus::Processing);
    QCOMPARE(withdrawal.amount, (Money{dec("0.01"), u"BTC"_s}));
    QCOMPARE(withdrawal.address, kPayoutAddress);
    QCOMPARE(withdrawal.accountId, m_account.id);
    QVERIFY(m_journal->confirm(permit, withdrawal.id).ok());
    QCOMPARE(posts(kWithdraw), 1);

    const auto found = wait<std::optional<Withdrawal>>(
        [&](QObject* c, auto done) { m_provider->findWithdrawalByKey(u"WD-1"_s, c, done); });
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : describe(found.error())));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->id, withdrawal.id);
    QCOMPARE(found.value()->status, TransferStatus::Pending);
    QCOMPARE(found.value()->fee, (Money{dec("0.00005"), u"BTC"_s}));
    const auto missing = wait<std::optional<Withdrawal>>(
        [&](QObject* c, auto done) { m_provider->findWithdrawalByKey(u"WD-NONE"_s, c, done); });
    QVERIFY(missing.ok());
    QVERIFY(!missing.value().has_value());

    // 300 sandbox seconds later it is confirmed on chain.
    control(u"/_sandbox/clock"_s, {{u"advance"_s, 301}});
    const auto confirmed
        = wait<Withdrawal>([&](QObject* c, auto done) { m_provider->fetchWithdrawal(withdrawal.id, c, done); });
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.ok() ? QString() : describe(confirmed.error())));
    QCOMPARE(confirmed.value().status, TransferStatus::Succeeded);
    QCOMPARE(confirmed.value().rawStatus, u"confirmed"_s);
    QCOMPARE(confirmed.value().txHash.size(), 64);
    const auto txs = wait<QList<BlockchainTx>>(
        [&](QObject* c, auto done) { m_provider->fetchTransactions(withdrawal.id, c, done); });
    QVERIFY(txs.ok());
    QCOMPARE(txs.value().size(), 1);
    QCOMPARE(txs.value().first().txHash, confirmed.value().txHash);

    const auto unknown
        = wait<Withdrawal>([&](QObject* c, auto done) { m_provider->fetchWithdrawal(u"999999999"_s, c, done); });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, ProviderError::Kind::NotFound);

    // A deposit is not a withdrawal, even under a withdrawal-looking key.
    const CreatingCallPermit addressPermit = begin(JournalKind::DedicatedAddress, u"SHARED-KEY"_s);
    const AddressDraft draft{.accountId = m_account.id, .currency = u"LTC"_s};
    const auto address = wait<DedicatedAddress>(
        [&](QObject* c, auto done) { m_provider->createAddress(*m_journal, addressPermit, draft, c, done); });
    QVERIFY(address.ok());
    control(u"/_sandbox/pay"_s,
        {{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, address.value().address}, {u"amount"_s, u"1"_s}});
    const auto deposit = wait<std::optional<Withdrawal>>(
        [&](QObject* c, auto done) { m_provider->findWithdrawalByKey(u"SHARED-KEY"_s, c, done); });
    QVERIFY(!deposit.ok());
    QCOMPARE(deposit.error().kind, ProviderError::Kind::Conflict);
}

void TstCryptoProcessingProvider::validationErrorKeepsFieldAndMessage()
{
    // Below the currency's minimum (BTC 0.0002): the gateway's 400 names the field.
    const CreatingCallPermit permit = begin(JournalKind::Withdrawal, u"WD-SMALL"_s);
    const auto refused = createWithdrawal(permit, u"0.0001"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(refused.error().httpStatus, 400);
    QCOMPARE(refused.error().field, u"amount"_s);
    QCOMPARE(refused.error().message, u"The amount must be at least 0.0002."_s);
    QVERIFY(!refused.error().outcomeUnknown);
    QCOMPARE(posts(kWithdraw), 1);

    // A draft the gateway cannot take is refused before anything is sent.
    const CreatingCallPermit second = begin(JournalKind::Withdrawal, u"WD-NET"_s);
    const WithdrawalDraft withNetwork{.accountId = m_account.id,
        .amount = {dec("0.01"), u"BTC"_s},
        .address = kPayoutAddress,
        .network = u"bitcoin"_s};
    const auto local = wait<Withdrawal>(
        [&](QObject* c, auto done) { m_provider->createWithdrawal(*m_journal, second, withNetwork, c, done); });
    QCOMPARE(local.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(local.error().field, u"network"_s);
    QCOMPARE(posts(kWithdraw), 1);
}

void TstCryptoProcessingProvider::invoice500AfterCommitIsUnknown()
{
    fault(u"/cryptoprocessing/api/payments/v1/requests"_s, u"error500AfterCommit"_s);
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"CP-500"_s);
    const auto result = createInvoice(permit, u"10"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ProviderError::Kind::Server);
    QVERIFY(result.error().outcomeUnknown);
    QVERIFY(!result.error().message.contains(u'{'));
    QVERIFY(m_journal->markUnknown(permit).ok());
    QCOMPARE(posts(kRequests), 1); // a creating call is never retried by the client
}

void TstCryptoProcessingProvider::droppedInvoiceIsProvenButNeverDuplicated()
{
    fault(u"/cryptoprocessing/api/payments/v1/requests"_s, u"dropConnection"_s);
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"CP-DROP"_s);
    const auto result = createInvoice(permit, u"12.50"_s);
    QVERIFY(!result.ok());
    QVERIFY(result.error().outcomeUnknown);
    QVERIFY(m_journal->markUnknown(permit).ok());
    QCOMPARE(posts(kRequests), 1);

    // The lookup by foreign id (transactions/info) finds only a paid request: nothing yet …
    const int infoBefore = posts(kInfo);
    const auto found = wait<std::optional<Payment>>(
        [&](QObject* c, auto done) { m_provider->findInvoiceByKey(u"CP-DROP"_s, c, done); });
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : describe(found.error())));
    QVERIFY(!found.value().has_value());
    QCOMPARE(posts(kInfo), infoBefore + 1);
    // … but sending again under the same key cannot make a second one: the gateway refuses a taken foreign id,
    // which proves the request exists.
    auto resumed = m_journal->resumeAfterNotFound(permit.entryId());
    QVERIFY(resumed.ok());
    const auto again = createInvoice(resumed.value(), u"12.50"_s);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ProviderError::Kind::Conflict);
    QCOMPARE(again.error().field, u"foreign_id"_s);
    QCOMPARE(posts(kRequests), 2);
    InvoiceDraft draft;
    draft.orderId = u"CP-DROP"_s;
    draft.amount = {*Decimal::fromString(u"12.50"), u"eur"_s};
    const std::optional<Payment> held = m_provider->invoiceHeldUnderKey(draft, again.error());
    QVERIFY(held.has_value());
    QCOMPARE(held->id, CryptoProcessingProvider::heldInvoiceId(u"CP-DROP"_s));
    QCOMPARE(held->orderId, u"CP-DROP"_s);
    QCOMPARE(held->amount.currency, u"EUR"_s);
    QCOMPARE(held->status, PaymentStatus::Pending);
    QVERIFY(held->paymentUrl.isEmpty());
    // Any other refusal proves nothing.
    QVERIFY(!m_provider->invoiceHeldUnderKey(draft, ProviderError::validation(u"amount"_s, u"x"_s)).has_value());

    // Paid: its deposit is found under the key, and the request with it.
    const QJsonObject request
        = control(u"/_sandbox/cryptoprocessing/payment_request"_s, {{u"foreign_id"_s, u"CP-DROP"_s}});
    const QString id = request.value(u"data"_s).toObject().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, id}});
    const auto paid = wait<std::optional<Payment>>(
        [&](QObject* c, auto done) { m_provider->findInvoiceByKey(u"CP-DROP"_s, c, done); });
    QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : describe(paid.error())));
    QVERIFY(paid.value().has_value());
    QCOMPARE(paid.value()->id, u"foreign:CP-DROP"_s);
    QCOMPARE(paid.value()->status, PaymentStatus::Paid);
    QVERIFY(paid.value()->paid.isValid());
}

void TstCryptoProcessingProvider::withdrawal500AfterCommitIsFoundByKey()
{
    fault(u"/cryptoprocessing/api/v2/withdrawal/crypto"_s, u"error500AfterCommit"_s);
    const CreatingCallPermit permit = begin(JournalKind::Withdrawal, u"WD-500"_s);
    const auto result = createWithdrawal(permit, u"0.001"_s);
    QVERIFY(!result.ok());
    QVERIFY(result.error().outcomeUnknown);
    QVERIFY(m_journal->markUnknown(permit).ok());
    QCOMPARE(posts(kWithdraw), 1);

    const auto found = wait<std::optional<Withdrawal>>(
        [&](QObject* c, auto done) { m_provider->findWithdrawalByKey(u"WD-500"_s, c, done); });
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : describe(found.error())));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->foreignId, u"WD-500"_s);
    QCOMPARE(found.value()->amount, (Money{dec("0.001"), u"BTC"_s}));
    QVERIFY(m_journal->settleFound(permit.entryId(), found.value()->id).ok());
    QCOMPARE(m_journal->entry(permit.entryId()).value().state, JournalState::Confirmed);

    // The same after a dropped connection, where the drop hides the reply.
    fault(u"/cryptoprocessing/api/v2/withdrawal/crypto"_s, u"dropConnection"_s);
    const CreatingCallPermit dropped = begin(JournalKind::Withdrawal, u"WD-DROP"_s);
    const auto lost = createWithdrawal(dropped, u"0.002"_s);
    QVERIFY(!lost.ok());
    QVERIFY(lost.error().outcomeUnknown);
    QCOMPARE(posts(kWithdraw), 2);
    const auto recovered = wait<std::optional<Withdrawal>>(
        [&](QObject* c, auto done) { m_provider->findWithdrawalByKey(u"WD-DROP"_s, c, done); });
    QVERIFY(recovered.ok() && recovered.value().has_value());
    QCOMPARE(recovered.value()->amount, (Money{dec("0.002"), u"BTC"_s}));
}

void TstCryptoProcessingProvider::droppedAddressIsTakenAgain()
{
    fault(u"/cryptoprocessing/api/v2/addresses/take"_s, u"dropConnection"_s);
    const CreatingCallPermit permit = begin(JournalKind::DedicatedAddress, u"CUST-DROP"_s);
    const AddressDraft draft{.accountId = m_account.id, .currency = u"ETH"_s};
    const auto lost = wait<DedicatedAddress>(
        [&](QObject* c, auto done) { m_provider->createAddress(*m_journal, permit, draft, c, done); });
    QVERIFY(!lost.ok());
    QVERIFY(lost.error().outcomeUnknown);
    QVERIFY(m_journal->markUnknown(permit).ok());
    QCOMPARE(posts(kTake), 1);
    const auto found = wait<std::optional<DedicatedAddress>>(
        [&](QObject* c, auto done) { m_provider->findAddress({.customerReference = u"CUST-DROP"_s}, c, done); });
    QCOMPARE(found.error().kind, ProviderError::Kind::Unsupported);

    // Taking it again under the same key and currency gives the one the lost reply held, not a second one.
    auto resumed = m_journal->resumeAfterNotFound(permit.entryId());
    QVERIFY(resumed.ok());
    const auto first = wait<DedicatedAddress>(
        [&](QObject* c, auto done) { m_provider->createAddress(*m_journal, resumed.value(), draft, c, done); });
    QVERIFY(first.ok());
    const CreatingCallPermit other = begin(JournalKind::DedicatedAddress, u"CUST-OTHER"_s);
    const auto second = wait<DedicatedAddress>(
        [&](QObject* c, auto done) { m_provider->createAddress(*m_journal, other, draft, c, done); });
    QVERIFY(second.ok());
    QCOMPARE(first.value().id, QString::number(second.value().id.toLongLong() - 1)); // the dropped one came first
    QCOMPARE(posts(kTake), 3);
}

void TstCryptoProcessingProvider::callbacksVerify()
{
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"CP-HOOK"_s);
    const auto invoice = createInvoice(permit, u"5"_s);
    QVERIFY(invoice.ok());
    control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, invoice.value().id}});
    const auto deliveries = m_fixture->sandbox().webhooks().deliveries();
    QVERIFY(!deliveries.isEmpty());
    const auto& sent = deliveries.constLast()->webhook;
    QCOMPARE(sent.gateway, u"cryptoprocessing"_s);

    const auto verifier = m_provider->webhookVerifier();
    QVERIFY(verifier);
    WebhookMessage message{.headers = sent.headers, .body = sent.body, .receivedAt = QDateTime::currentDateTimeUtc()};
    QVERIFY(verifier->verify(message).isValid());
    message.body.replace("paid", "PAID");
    QCOMPARE(verifier->verify(message).status, WebhookVerification::Status::Invalid);
}

QTEST_GUILESS_MAIN(TstCryptoProcessingProvider)
#include "tst_CryptoProcessingProvider.moc"
