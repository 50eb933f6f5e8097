#include "providers/cryptocom/CryptoComProvider.h"
#include "providers/webhooks/WebhookVerifier.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The Crypto.com Pay provider end to end against the in-process sandbox over loopback HTTP: every operation, the
// gateway's errors, and a creating call whose connection drops after the gateway committed it.
class TstCryptoComProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testConnection();
    void wrongKeyIsAnAuthError();
    void invoiceLifecycle();
    void cancelOnlyWhenPending();
    void validationErrorNamesTheField();
    void droppedConnectionAfterCommitIsReconciledOnce();

private:
    template<typename T>
    Result<T> wait(const std::function<void(QObject*, Provider::Callback<T>)>& call)
    {
        return m_fixture->wait<T>(this, call);
    }
    QJsonObject control(const QString& path, const QJsonObject& body) { return m_fixture->control(path, body); }
    std::unique_ptr<CryptoComProvider> makeProvider(const QByteArray& key);
    int postsTo(const QString& path) const { return m_fixture->received("POST", path); }

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<CryptoComProvider> m_provider;
    Account m_account;
    Journal* m_journal = nullptr;
    Ledger* m_ledger = nullptr;
};

std::unique_ptr<CryptoComProvider> TstCryptoComProvider::makeProvider(const QByteArray& key)
{
    AccountCredentials credentials;
    credentials.apiKey = key;
    credentials.webhookSecret = m_fixture->demoCredential(u"cryptocom"_s, u"webhook signature secret"_s).toUtf8();
    return std::make_unique<CryptoComProvider>(m_account, credentials, &m_fixture->http());
}

void TstCryptoComProvider::init()
{
    m_fixture = std::make_unique<test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_journal = &m_fixture->journal();
    m_ledger = &m_fixture->ledger();
    m_account = m_fixture->addAccount(u"acc-cc"_s, Gateway::CryptoCom, u"/cryptocom/api"_s);
    const QString key = m_fixture->demoCredential(u"cryptocom"_s, u"secret key"_s);
    QVERIFY(key.startsWith(u"sk_test_"_s));
    m_provider = makeProvider(key.toUtf8());
}

void TstCryptoComProvider::cleanup()
{
    m_provider.reset();
    m_fixture.reset();
}

void TstCryptoComProvider::testConnection()
{
    const auto result = wait<void>([&](QObject* c, auto done) { m_provider->testConnection(c, done); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
}

void TstCryptoComProvider::wrongKeyIsAnAuthError()
{
    auto wrong = makeProvider("sk_test_not_the_right_key");
    const auto result = wait<void>([&](QObject* c, auto done) { wrong->testConnection(c, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ProviderError::Kind::Auth);
    QCOMPARE(result.error().httpStatus, 401);
    QVERIFY(!result.error().message.isEmpty());
}

void TstCryptoComProvider::invoiceLifecycle()
{
    InvoiceDraft draft{.accountId = m_provider->account().id,
        .amount = {*Decimal::fromString(u"25.00"), u"USD"_s},
        .orderId = u"ORDER-1001"_s,
        .description = u"Two tees"_s};
    auto started = m_journal->begin({.accountId = draft.accountId,
        .kind = JournalKind::Invoice,
        .idempotencyKey = draft.orderId,
        .requestJson = R"({"amount":"25.00","currency":"USD"})"});
    QVERIFY(started.ok() && started.value().isNew());
    const CreatingCallPermit& permit = *started.value().permit;

    const auto created
        = wait<Payment>([&](QObject* c, auto done) { m_provider->createInvoice(*m_journal, permit, draft, c, done); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const Payment invoice = created.value();
    QCOMPARE(invoice.status, PaymentStatus::Pending);
    QCOMPARE(invoice.orderId, u"ORDER-1001"_s);
    QCOMPARE(invoice.amount.amount, *Decimal::fromString(u"25"));
    QCOMPARE(invoice.amount.currency, u"USD"_s);
    QVERIFY(!invoice.paymentUrl.isEmpty());
    QCOMPARE(m_journal->entry(permit.entryId()).value().state, JournalState::Sent);
    QVERIFY(m_journal->confirm(permit, invoice.id).ok());

    // The payer pays; the invoice turns paid.
    const QJsonObject paid = control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptocom"_s}, {u"id"_s, invoice.id}});
    QCOMPARE(paid.value(u"status"_s).toString(), u"succeeded"_s);
    const auto fetched = wait<Payment>([&](QObject* c, auto done) { m_provider->fetchInvoice(invoice.id, c, done); });
    QVERIFY(fetched.ok());
    QCOMPARE(fetched.value().status, PaymentStatus::Paid);
    QCOMPARE(fetched.value().rawStatus, u"succeeded"_s);

    // A partial refund.
    auto refundStart = m_journal->begin({.accountId = draft.accountId,
        .kind = JournalKind::Refund,
        .idempotencyKey = u"refund-1"_s,
        .requestJson = R"({"amount":"5.00"})"});
    QVERIFY(refundStart.ok());
    RefundDraft refundDraft{.accountId = draft.accountId,
        .paymentId = invoice.id,
        .amount = {*Decimal::fromString(u"5.00"), u"USD"_s},
        .reason = u"requested_by_customer"_s};
    const auto refund = wait<Refund>([&](QObject* c, auto done) {
        m_provider->createRefund(*m_journal, *refundStart.value().permit, refundDraft, c, done);
    });
    QVERIFY2(refund.ok(), qPrintable(refund.ok() ? QString() : refund.error().message));
    QCOMPARE(refund.value().paymentId, invoice.id);
    QCOMPARE(refund.value().amount.amount, *Decimal::fromString(u"5"));
    const auto afterRefund
        = wait<Payment>([&](QObject* c, auto done) { m_provider->fetchInvoice(invoice.id, c, done); });
    QCOMPARE(afterRefund.value().status, PaymentStatus::PartiallyRefunded);
    QCOMPARE(afterRefund.value().refunded.amount, *Decimal::fromString(u"5"));

    // More than what is left to refund is the gateway's error, in plain words.
    RefundDraft tooMuch = refundDraft;
    tooMuch.amount.amount = *Decimal::fromString(u"30.00");
    auto tooMuchStart = m_journal->begin({.accountId = draft.accountId,
        .kind = JournalKind::Refund,
        .idempotencyKey = u"refund-2"_s,
        .requestJson = R"({"amount":"30.00"})"});
    const auto rejected = wait<Refund>([&](QObject* c, auto done) {
        m_provider->createRefund(*m_journal, *tooMuchStart.value().permit, tooMuch, c, done);
    });
    QVERIFY(!rejected.ok());
    QVERIFY(!rejected.error().outcomeUnknown);
    QVERIFY(!rejected.error().message.isEmpty());

    // Listing and finding by order id.
    const auto page = wait<InvoicePage>([&](QObject* c, auto done) { m_provider->listInvoices({}, c, done); });
    QVERIFY(page.ok());
    QVERIFY(!page.value().payments.isEmpty());
    QCOMPARE(page.value().payments.first().id, invoice.id);
    const auto found = wait<std::optional<Payment>>(
        [&](QObject* c, auto done) { m_provider->findInvoiceByKey(u"ORDER-1001"_s, c, done); });
    QVERIFY(found.ok() && found.value().has_value());
    QCOMPARE(found.value()->id, invoice.id);
    const auto missing = wait<std::optional<Payment>>(
        [&](QObject* c, auto done) { m_provider->findInvoiceByKey(u"NO-SUCH-ORDER"_s, c, done); });
    QVERIFY(missing.ok() && !missing.value().has_value());

    QVERIFY(m_provider->webhookVerifier());
}

void TstCryptoComProvider::cancelOnlyWhenPending()
{
    auto start = [&](const QString& key) {
        return std::move(*m_journal
                              ->begin({.accountId = m_provider->account().id,
                                  .kind = JournalKind::Invoice,
                                  .idempotencyKey = key,
                                  .requestJson = "{}"})
                              .value()
                              .permit);
    };
    const InvoiceDraft draft{.accountId = m_provider->account().id, .amount = {*Decimal::fromString(u"3"), u"EUR"_s}};
    const CreatingCallPermit first = start(u"C-1"_s);
    const auto pending
        = wait<Payment>([&](QObject* c, auto done) { m_provider->createInvoice(*m_journal, first, draft, c, done); });
    QVERIFY(pending.ok());
    const auto cancelled
        = wait<Payment>([&](QObject* c, auto done) { m_provider->cancelInvoice(pending.value().id, c, done); });
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled.value().status, PaymentStatus::Cancelled);

    const CreatingCallPermit second = start(u"C-2"_s);
    const auto toPay
        = wait<Payment>([&](QObject* c, auto done) { m_provider->createInvoice(*m_journal, second, draft, c, done); });
    control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptocom"_s}, {u"id"_s, toPay.value().id}});
    const auto refused
        = wait<Payment>([&](QObject* c, auto done) { m_provider->cancelInvoice(toPay.value().id, c, done); });
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().kind == ProviderError::Kind::Conflict
        || refused.error().kind == ProviderError::Kind::Validation);
}

void TstCryptoComProvider::validationErrorNamesTheField()
{
    auto permit = std::move(*m_journal
                                 ->begin({.accountId = m_provider->account().id,
                                     .kind = JournalKind::Invoice,
                                     .idempotencyKey = u"V-1"_s,
                                     .requestJson = "{}"})
                                 .value()
                                 .permit);
    const InvoiceDraft draft{.accountId = m_provider->account().id, .amount = {*Decimal::fromString(u"-1"), u"USD"_s}};
    const auto result
        = wait<Payment>([&](QObject* c, auto done) { m_provider->createInvoice(*m_journal, permit, draft, c, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(result.error().field, u"amount"_s);
    QCOMPARE(postsTo(u"/cryptocom/api/payments"_s), 0); // refused before anything was sent
}

void TstCryptoComProvider::droppedConnectionAfterCommitIsReconciledOnce()
{
    // The gateway commits the invoice, then the connection drops before any reply byte.
    const QJsonObject rules{{u"rules"_s,
        QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/cryptocom/api/payments"_s},
            {u"kind"_s, u"dropConnection"_s}, {u"afterCommit"_s, true}, {u"count"_s, 1}}}}};
    control(u"/_sandbox/faults"_s, rules);

    const InvoiceDraft draft{.accountId = m_provider->account().id,
        .amount = {*Decimal::fromString(u"9.99"), u"USD"_s},
        .orderId = u"DROP-1"_s};
    auto started = m_journal->begin({.accountId = draft.accountId,
        .kind = JournalKind::Invoice,
        .idempotencyKey = draft.orderId,
        .requestJson = R"({"amount":"9.99"})"});
    const CreatingCallPermit& permit = *started.value().permit;
    const auto result
        = wait<Payment>([&](QObject* c, auto done) { m_provider->createInvoice(*m_journal, permit, draft, c, done); });
    QVERIFY(!result.ok());
    QVERIFY(result.error().outcomeUnknown);
    QVERIFY(m_journal->markUnknown(permit).ok());

    // Sent exactly once: Qt 6.4 would have re-sent the POST on a new connection without the one-shot body.
    QCOMPARE(postsTo(u"/cryptocom/api/payments"_s), 1);

    // Reconciliation finds the committed invoice by its order id and settles the entry.
    const auto found = wait<std::optional<Payment>>(
        [&](QObject* c, auto done) { m_provider->findInvoiceByKey(draft.orderId, c, done); });
    QVERIFY(found.ok() && found.value().has_value());
    QVERIFY(m_journal->settleFound(permit.entryId(), found.value()->id).ok());
    QVERIFY(m_ledger->upsertPayments({*found.value()}).ok());
    QCOMPARE(m_ledger->payments({}).value().size(), 1);
    QCOMPARE(postsTo(u"/cryptocom/api/payments"_s), 1);
}

QTEST_GUILESS_MAIN(TstCryptoComProvider)
#include "tst_CryptoComProvider.moc"
