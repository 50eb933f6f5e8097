#include "providers/cryptomus/CryptomusProvider.h"
#include "providers/webhooks/WebhookVerifier.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

Q_DECLARE_METATYPE(paydesk::ProviderError::Kind)

namespace {

template<typename T>
QString why(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().message;
}

Money money(const char* amount, const char* currency)
{
    return {*Decimal::fromString(QString::fromLatin1(amount)), QString::fromLatin1(currency)};
}

} // namespace

// The Cryptomus provider end to end against the in-process sandbox over loopback HTTP: every operation, the cursor
// list and its throttle, the gateway's errors, and creating calls whose reply is lost after the gateway committed.
class TstCryptomusProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testConnection();
    void wrongKeysAreAuthErrors();
    void invoiceLifecycle();
    void listFollowsTheCursorOverSeveralPages();
    void listWindowIsInTheGatewaysClock();
    void listThrottleIsRateLimited();
    void refundLifecycle();
    void lostRefundReplyIsFoundThroughThePayment();
    void balancesAfterAPayment();
    void staticWalletCreateAndBlock();
    void payoutLifecycle();
    void payoutNeedsThePayoutKey();
    void validationErrorsKeepFieldAndMessage();
    void lostInvoiceReplyIsFoundByKey_data();
    void lostInvoiceReplyIsFoundByKey();
    void lostPayoutReplyIsFoundByKey_data();
    void lostPayoutReplyIsFoundByKey();
    void lostWalletReplyIsFoundByItsOrderId_data();
    void lostWalletReplyIsFoundByItsOrderId();
    void webhooksVerifyWithTheAccountKeys();
    void unsupportedOperationsSaySo();

private:
    template<typename T>
    Result<T> wait(const std::function<void(QObject*, Provider::Callback<T>)>& call)
    {
        return m_fixture->wait<T>(this, call);
    }
    QJsonObject control(const QString& path, const QJsonObject& body) { return m_fixture->control(path, body); }
    void configure(const QJsonObject& settings) { control(u"/_sandbox/cryptomus/config"_s, settings); }
    void advanceClock(int seconds) { control(u"/_sandbox/clock"_s, {{u"advance"_s, seconds}}); }
    void addFault(const QString& path, const QString& kind);
    QJsonArray webhookDeliveries();
    int posts(const QString& route) const { return m_fixture->received("POST", u"/cryptomus/v1"_s + route); }
    QByteArray lastBodyOf(const QString& route) const;

    std::unique_ptr<CryptomusProvider> makeProvider(const QByteArray& paymentKey, const QByteArray& payoutKey);
    CreatingCallPermit begin(JournalKind kind, const QString& key);
    Result<Payment> createInvoice(const QString& key, const Money& amount = money("20", "USDT"));
    Result<Payment> createPaidInvoice(const QString& key, const Money& amount = money("20", "USDT"));
    Result<Withdrawal> createPayout(const QString& key, const WithdrawalDraft& draft);
    Result<InvoicePage> list(const InvoiceListRequest& request)
    {
        return wait<InvoicePage>([&](QObject* c, auto done) { m_provider->listInvoices(request, c, done); });
    }

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<CryptomusProvider> m_provider;
    Account m_account;
    Journal* m_journal = nullptr;
    QByteArray m_paymentKey;
    QByteArray m_payoutKey;
    QNetworkAccessManager m_network;
};

std::unique_ptr<CryptomusProvider> TstCryptomusProvider::makeProvider(
    const QByteArray& paymentKey, const QByteArray& payoutKey)
{
    AccountCredentials credentials;
    credentials.apiKey = paymentKey;
    credentials.payoutKey = payoutKey;
    return std::make_unique<CryptomusProvider>(m_account, credentials, &m_fixture->http());
}

void TstCryptomusProvider::init()
{
    m_fixture = std::make_unique<test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_journal = &m_fixture->journal();
    m_account = m_fixture->addAccount(u"acc-cm"_s, Gateway::Cryptomus, u"/cryptomus"_s);
    m_account.merchantId = m_fixture->demoCredential(u"cryptomus"_s, u"merchant"_s);
    m_paymentKey = m_fixture->demoCredential(u"cryptomus"_s, u"payment key"_s).toUtf8();
    m_payoutKey = m_fixture->demoCredential(u"cryptomus"_s, u"payout key"_s).toUtf8();
    QVERIFY(!m_account.merchantId.isEmpty() && !m_paymentKey.isEmpty() && !m_payoutKey.isEmpty());
    QVERIFY(m_paymentKey != m_payoutKey);
    m_provider = makeProvider(m_paymentKey, m_payoutKey);
    configure({{u"list_interval_ms"_s, 0}}); // the throttle has its own test
}

void TstCryptomusProvider::cleanup()
{
    m_provider.reset();
    m_fixture.reset();
}

CreatingCallPermit TstCryptomusProvider::begin(JournalKind kind, const QString& key)
{
    auto started
        = m_journal->begin({.accountId = m_account.id, .kind = kind, .idempotencyKey = key, .requestJson = "{}"});
    if (!started.ok() || !started.value().isNew())
        qFatal("the journal refused a new entry");
    return std::move(*started.value().permit);
}

Result<Payment> TstCryptomusProvider::createInvoice(const QString& key, const Money& amount)
{
    const CreatingCallPermit permit = begin(JournalKind::Invoice, key);
    // The draft's own order id is ignored: the permit's key is what Cryptomus sees.
    const InvoiceDraft draft{
        .accountId = m_account.id, .amount = amount, .network = u"tron"_s, .orderId = u"ignored"_s};
    return wait<Payment>([&](QObject* c, auto done) { m_provider->createInvoice(*m_journal, permit, draft, c, done); });
}

Result<Payment> TstCryptomusProvider::createPaidInvoice(const QString& key, const Money& amount)
{
    const auto created = createInvoice(key, amount);
    if (!created.ok())
        return created;
    control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptomus"_s}, {u"id"_s, created.value().id}});
    const QString id = created.value().id;
    return wait<Payment>([&](QObject* c, auto done) { m_provider->fetchInvoice(id, c, done); });
}

Result<Withdrawal> TstCryptomusProvider::createPayout(const QString& key, const WithdrawalDraft& draft)
{
    const CreatingCallPermit permit = begin(JournalKind::Withdrawal, key);
    return wait<Withdrawal>(
        [&](QObject* c, auto done) { m_provider->createWithdrawal(*m_journal, permit, draft, c, done); });
}

void TstCryptomusProvider::addFault(const QString& path, const QString& kind)
{
    QJsonObject rule{{u"method"_s, u"POST"_s}, {u"path"_s, path}, {u"count"_s, 1}};
    if (kind == u"dropAfterCommit"_s) {
        rule.insert(u"kind"_s, u"dropConnection"_s);
        rule.insert(u"afterCommit"_s, true);
    } else {
        rule.insert(u"kind"_s, kind);
    }
    control(u"/_sandbox/faults"_s, {{u"rules"_s, QJsonArray{rule}}});
}

QJsonArray TstCryptomusProvider::webhookDeliveries()
{
    QNetworkReply* reply
        = m_network.get(QNetworkRequest(m_fixture->sandbox().baseUrl().resolved(QUrl(u"/_sandbox/webhooks"_s))));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    reply->deleteLater();
    if (!finished)
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"deliveries"_s).toArray();
}

QByteArray TstCryptomusProvider::lastBodyOf(const QString& route) const
{
    QByteArray body;
    for (const auto& entry : m_fixture->sandbox().requestLog().entries()) {
        if (entry.path == u"/cryptomus/v1"_s + route)
            body = entry.body;
    }
    return body;
}

void TstCryptomusProvider::testConnection()
{
    const auto result = wait<void>([&](QObject* c, auto done) { m_provider->testConnection(c, done); });
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QCOMPARE(posts(u"/balance"_s), 1);
}

void TstCryptomusProvider::wrongKeysAreAuthErrors()
{
    auto wrong = makeProvider("not_the_payment_key", "not_the_payout_key");
    const auto test = wait<void>([&](QObject* c, auto done) { wrong->testConnection(c, done); });
    QVERIFY(!test.ok());
    QCOMPARE(test.error().kind, ProviderError::Kind::Auth);
    QCOMPARE(test.error().httpStatus, 401);
    QCOMPARE(test.error().message, u"Invalid Sign."_s); // the gateway's words, not its JSON
    QVERIFY(!test.error().message.contains(u'{'));

    // The payout key signs payouts: a wrong one is refused even when the payment key is right.
    auto wrongPayout = makeProvider(m_paymentKey, "not_the_payout_key");
    const auto payout = wait<std::optional<Withdrawal>>(
        [&](QObject* c, auto done) { wrongPayout->findWithdrawalByKey(u"W-1"_s, c, done); });
    QVERIFY(!payout.ok());
    QCOMPARE(payout.error().kind, ProviderError::Kind::Auth);
}

void TstCryptomusProvider::invoiceLifecycle()
{
    const auto created = createInvoice(u"ORDER-1001"_s);
    QVERIFY2(created.ok(), qPrintable(why(created)));
    const Payment invoice = created.value();
    QCOMPARE(invoice.accountId, m_account.id);
    QCOMPARE(invoice.gateway, Gateway::Cryptomus);
    QCOMPARE(invoice.orderId, u"ORDER-1001"_s); // the permit's key, not the draft's order id
    QCOMPARE(invoice.status, PaymentStatus::Pending);
    QCOMPARE(invoice.rawStatus, u"check"_s);
    QCOMPARE(invoice.amount.amount, *Decimal::fromString(u"20"));
    QCOMPARE(invoice.network, u"tron"_s);
    QVERIFY(!invoice.address.isEmpty());
    QVERIFY(invoice.paymentUrl.contains(invoice.id));
    QVERIFY(invoice.created.isValid() && invoice.created.timeSpec() == Qt::UTC);
    QCOMPARE(posts(u"/payment"_s), 1);
    // The payer currency is known at creation: merchant_amount is already given, below payer_amount.
    QVERIFY(invoice.credited.isValid());
    QCOMPARE(invoice.credited.currency, invoice.payAmount.currency);
    QVERIFY(invoice.credited.amount < invoice.payAmount.amount);

    const auto paid = [&] {
        control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptomus"_s}, {u"id"_s, invoice.id}});
        return wait<Payment>([&](QObject* c, auto done) { m_provider->fetchInvoice(invoice.id, c, done); });
    }();
    QVERIFY2(paid.ok(), qPrintable(why(paid)));
    QCOMPARE(paid.value().status, PaymentStatus::Paid);
    QCOMPARE(paid.value().paid.amount, *Decimal::fromString(u"20"));
    QCOMPARE(paid.value().accountId, m_account.id);
    // merchant_amount: what Cryptomus credits after its commission, in the payer currency, less than what was paid.
    QVERIFY(paid.value().credited.isValid());
    QCOMPARE(paid.value().credited.currency, paid.value().paid.currency);
    QVERIFY(paid.value().credited.amount.signum() > 0);
    QVERIFY(paid.value().credited.amount < paid.value().paid.amount);
    QVERIFY(!paid.value().fee.isValid()); // the invoice reply has no commission field: never computed
    QVERIFY(!paid.value().exchangeRate.has_value());

    const auto found = wait<std::optional<Payment>>(
        [&](QObject* c, auto done) { m_provider->findInvoiceByKey(u"ORDER-1001"_s, c, done); });
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->id, invoice.id);
    QCOMPARE(found.value()->status, PaymentStatus::Paid);

    // "Payment not found" is no invoice, not an error.
    const auto missing = wait<std::optional<Payment>>(
        [&](QObject* c, auto done) { m_provider->findInvoiceByKey(u"NO-SUCH-ORDER"_s, c, done); });
    QVERIFY2(missing.ok(), qPrintable(why(missing)));
    QVERIFY(!missing.value().has_value());

    // A 404 is a wrong address, not a missing invoice: reconciliation must not conclude "never created".
    Account misplaced = m_account;
    misplaced.baseUrl = m_fixture->sandbox().baseUrl().resolved(QUrl(u"/cryptomus-typo"_s));
    AccountCredentials keys;
    keys.apiKey = m_paymentKey;
    CryptomusProvider lost(misplaced, keys, &m_fixture->http());
    const auto nowhere
        = wait<std::optional<Payment>>([&](QObject* c, auto done) { lost.findInvoiceByKey(u"ORDER-1001"_s, c, done); });
    QVERIFY(!nowhere.ok());
    QCOMPARE(nowhere.error().kind, ProviderError::Kind::NotFound);
    QCOMPARE(nowhere.error().httpStatus, 404);

    // An unknown uuid is NotFound when fetched directly.
    const auto unknown = wait<Payment>(
        [&](QObject* c, auto done) { m_provider->fetchInvoice(u"00000000-0000-4000-8000-000000000000"_s, c, done); });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, ProviderError::Kind::NotFound);
    QCOMPARE(posts(u"/payment"_s), 1); // lookups never create
}

void TstCryptomusProvider::listFollowsTheCursorOverSeveralPages()
{
    configure({{u"per_page"_s, 3}});
    QStringList created; // oldest first
    for (int i = 1; i <= 7; ++i) {
        const auto invoice = createInvoice(u"LIST-%1"_s.arg(i));
        QVERIFY2(invoice.ok(), qPrintable(why(invoice)));
        created.prepend(invoice.value().id); // the list is newest first
    }
    QStringList listed;
    QList<qsizetype> sizes;
    InvoiceListRequest request;
    for (int pages = 0; pages < 10; ++pages) {
        const auto page = list(request);
        QVERIFY2(page.ok(), qPrintable(why(page)));
        sizes.append(page.value().payments.size());
        for (const Payment& payment : page.value().payments) {
            QCOMPARE(payment.accountId, m_account.id);
            listed.append(payment.id);
        }
        if (page.value().nextCursor.isEmpty())
            break;
        QVERIFY(page.value().nextCursor != request.cursor);
        request.cursor = page.value().nextCursor;
    }
    QCOMPARE(sizes, (QList<qsizetype>{3, 3, 1}));
    QCOMPARE(listed, created);
    // The cursor travels in the query string, never in the signed body.
    const auto entries = m_fixture->sandbox().requestLog().entries();
    int withCursor = 0;
    for (const auto& entry : entries) {
        if (entry.path == u"/cryptomus/v1/payment/list"_s && entry.query.startsWith(u"cursor="_s)) {
            ++withCursor;
            QVERIFY(!entry.body.contains("cursor"));
        }
    }
    QCOMPARE(withCursor, 2);
}

void TstCryptomusProvider::listWindowIsInTheGatewaysClock()
{
    // Three invoices an hour apart (sandbox clock); the window [second, third) must hold only the second. The
    // gateway reads dates in UTC+3 and includes date_to: a wrong zone or an inclusive `to` picks other invoices.
    QList<Payment> invoices;
    for (int i = 1; i <= 3; ++i) {
        const auto invoice = createInvoice(u"WIN-%1"_s.arg(i));
        QVERIFY2(invoice.ok(), qPrintable(why(invoice)));
        invoices.append(invoice.value());
        advanceClock(3600);
    }
    const auto middle = list({.from = invoices[1].created, .to = invoices[2].created});
    QVERIFY2(middle.ok(), qPrintable(why(middle)));
    QCOMPARE(middle.value().payments.size(), 1);
    QCOMPARE(middle.value().payments.first().id, invoices[1].id);

    const auto fromSecond = list({.from = invoices[1].created});
    QVERIFY2(fromSecond.ok(), qPrintable(why(fromSecond)));
    QCOMPARE(fromSecond.value().payments.size(), 2);
    QCOMPARE(fromSecond.value().payments.first().id, invoices[2].id);

    const auto beforeSecond = list({.to = invoices[1].created});
    QVERIFY2(beforeSecond.ok(), qPrintable(why(beforeSecond)));
    QCOMPARE(beforeSecond.value().payments.size(), 1);
    QCOMPARE(beforeSecond.value().payments.first().id, invoices[0].id);

    // A window within one second is that second (the gateway counts whole seconds), not a refusal.
    const auto withinASecond
        = list({.from = invoices[1].created.addMSecs(200), .to = invoices[1].created.addMSecs(800)});
    QVERIFY2(withinASecond.ok(), qPrintable(why(withinASecond)));
    QCOMPARE(withinASecond.value().payments.size(), 1);
    QCOMPARE(withinASecond.value().payments.first().id, invoices[1].id);

    // An empty window is an empty page, without asking the gateway.
    const int before = posts(u"/payment/list"_s);
    const auto empty = list({.from = invoices[1].created, .to = invoices[1].created});
    QVERIFY2(empty.ok(), qPrintable(why(empty)));
    QVERIFY(empty.value().payments.isEmpty() && empty.value().nextCursor.isEmpty());
    QCOMPARE(posts(u"/payment/list"_s), before);
}

void TstCryptomusProvider::listThrottleIsRateLimited()
{
    configure({{u"per_page"_s, 1}, {u"list_interval_ms"_s, 60'000}});
    QVERIFY(createInvoice(u"T-1"_s).ok());
    QVERIFY(createInvoice(u"T-2"_s).ok());
    m_fixture->http().setRetryPolicy({.maxAttempts = 1}); // see the gateway's answer, not the client's retry

    const auto first = list({});
    QVERIFY2(first.ok(), qPrintable(why(first)));
    QVERIFY(!first.value().nextCursor.isEmpty());
    const InvoiceListRequest next{.cursor = first.value().nextCursor};
    const auto refused = list(next);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ProviderError::Kind::RateLimited);
    QCOMPARE(refused.error().httpStatus, 429);
    QVERIFY(refused.error().isTransient());
    QVERIFY2(refused.error().message.contains(u"60"_s), qPrintable(refused.error().message)); // Retry-After: 60
    QVERIFY(!refused.error().message.contains(u'{'));

    // After the pause the same cursor gives the next page.
    advanceClock(60);
    const auto second = list(next);
    QVERIFY2(second.ok(), qPrintable(why(second)));
    QCOMPARE(second.value().payments.size(), 1);
    QVERIFY(second.value().payments.first().id != first.value().payments.first().id);

    // A short throttle is waited out by HttpClient, which honours Retry-After (1 s here).
    configure({{u"list_interval_ms"_s, 500}});
    m_fixture->http().setRetryPolicy({.maxAttempts = 2, .baseDelay = std::chrono::milliseconds(10)});
    QVERIFY(list({}).ok());
    const auto waited = list({});
    QVERIFY2(waited.ok(), qPrintable(why(waited)));
}

void TstCryptomusProvider::refundLifecycle()
{
    // The merchant needs more than one payment's net on its balance to refund a payment in full.
    QVERIFY(createPaidInvoice(u"FUNDS-1"_s).ok());
    const auto paid = createPaidInvoice(u"REFUND-1"_s);
    QVERIFY2(paid.ok(), qPrintable(why(paid)));
    const Payment payment = paid.value();

    // The journal key is ours only: Cryptomus never sees it, the lookup goes through the payment.
    const RefundDraft draft{.accountId = m_account.id,
        .paymentId = payment.id,
        .address = u"TDD97yguPESTpcrJMqU6h2ozZbibv4Vaqm"_s,
        .feeFromRefund = true,
        .idempotencyKey = u"refund-key-1"_s};
    const auto none = wait<std::optional<Refund>>([&](QObject* c, auto cb) { m_provider->findRefund(draft, c, cb); });
    QVERIFY2(none.ok(), qPrintable(why(none)));
    QVERIFY(!none.value().has_value()); // paid, no refund asked for

    const CreatingCallPermit permit = begin(JournalKind::Refund, draft.idempotencyKey);
    const auto refund
        = wait<Refund>([&](QObject* c, auto cb) { m_provider->createRefund(*m_journal, permit, draft, c, cb); });
    QVERIFY2(refund.ok(), qPrintable(why(refund)));
    QCOMPARE(refund.value().id, payment.id); // one refund per payment: the payment's uuid
    QCOMPARE(refund.value().paymentId, payment.id);
    QCOMPARE(refund.value().accountId, m_account.id);
    QCOMPARE(refund.value().gateway, Gateway::Cryptomus);
    QCOMPARE(refund.value().address, draft.address);
    QCOMPARE(refund.value().status, TransferStatus::Processing);
    QCOMPARE(refund.value().rawStatus, u"refund_process"_s);
    QCOMPARE(refund.value().amount, money("20", "USDT"));
    QCOMPARE(posts(u"/payment/refund"_s), 1);
    const QByteArray sent = lastBodyOf(u"/payment/refund"_s);
    QVERIFY(sent.contains("\"is_subtract\":false")); // the fee comes off the refund
    QVERIFY(!sent.contains("refund-key-1"));

    // Ten sandbox minutes later the refund is paid out.
    advanceClock(600);
    const auto paidOut
        = wait<std::optional<Refund>>([&](QObject* c, auto cb) { m_provider->findRefund(draft, c, cb); });
    QVERIFY2(paidOut.ok(), qPrintable(why(paidOut)));
    QVERIFY(paidOut.value().has_value());
    QCOMPARE(paidOut.value()->status, TransferStatus::Succeeded);
    QCOMPARE(paidOut.value()->address, draft.address);
    const auto refunded = wait<Payment>([&](QObject* c, auto cb) { m_provider->fetchInvoice(payment.id, c, cb); });
    QCOMPARE(refunded.value().status, PaymentStatus::Refunded);

    // A payment is refunded once: the gateway says so in its words, and nothing about it is unknown.
    const CreatingCallPermit again = begin(JournalKind::Refund, u"refund-key-2"_s);
    const auto twice
        = wait<Refund>([&](QObject* c, auto cb) { m_provider->createRefund(*m_journal, again, draft, c, cb); });
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(twice.error().message, u"Refund has already been requested"_s);
    QVERIFY(!twice.error().outcomeUnknown);

    RefundDraft unknownPayment = draft;
    unknownPayment.paymentId = u"00000000-0000-4000-8000-000000000000"_s;
    const auto nothing
        = wait<std::optional<Refund>>([&](QObject* c, auto cb) { m_provider->findRefund(unknownPayment, c, cb); });
    QVERIFY2(nothing.ok(), qPrintable(why(nothing)));
    QVERIFY(!nothing.value().has_value());

    // A refund the gateway cannot send shows as failed at once.
    const auto other = createPaidInvoice(u"REFUND-2"_s);
    QVERIFY2(other.ok(), qPrintable(why(other)));
    RefundDraft toFail = draft;
    toFail.paymentId = other.value().id;
    toFail.address = u"FAIL-address-0001"_s;
    const CreatingCallPermit failing = begin(JournalKind::Refund, u"refund-key-3"_s);
    const auto failed
        = wait<Refund>([&](QObject* c, auto cb) { m_provider->createRefund(*m_journal, failing, toFail, c, cb); });
    QVERIFY2(failed.ok(), qPrintable(why(failed)));
    QCOMPARE(failed.value().status, TransferStatus::Failed);
    QCOMPARE(failed.value().rawStatus, u"refund_fail"_s);
}

void TstCryptomusProvider::lostRefundReplyIsFoundThroughThePayment()
{
    QVERIFY(createPaidInvoice(u"FUNDS-2"_s).ok());
    const auto paid = createPaidInvoice(u"RL-1"_s);
    QVERIFY2(paid.ok(), qPrintable(why(paid)));
    const auto open = createInvoice(u"RL-2"_s);
    QVERIFY2(open.ok(), qPrintable(why(open)));

    // Not paid: the gateway's refusal, with its message, and the outcome is known.
    const RefundDraft unpaid{
        .accountId = m_account.id, .paymentId = open.value().id, .address = u"TDD97yguPESTpcrJMqU6h2ozZbibv4Vaqm"_s};
    const CreatingCallPermit first = begin(JournalKind::Refund, u"rl-key-1"_s);
    const auto notPaid
        = wait<Refund>([&](QObject* c, auto cb) { m_provider->createRefund(*m_journal, first, unpaid, c, cb); });
    QVERIFY(!notPaid.ok());
    QCOMPARE(notPaid.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(notPaid.error().message, u"The invoice is not paid"_s);
    QVERIFY(!notPaid.error().outcomeUnknown);

    // The gateway commits the refund, then answers 500: unknown, and found through the payment.
    addFault(u"/cryptomus/v1/payment/refund"_s, u"error500AfterCommit"_s);
    RefundDraft draft = unpaid;
    draft.paymentId = paid.value().id;
    const CreatingCallPermit second = begin(JournalKind::Refund, u"rl-key-2"_s);
    const auto lost
        = wait<Refund>([&](QObject* c, auto cb) { m_provider->createRefund(*m_journal, second, draft, c, cb); });
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().kind, ProviderError::Kind::Server);
    QVERIFY(lost.error().outcomeUnknown);
    QCOMPARE(posts(u"/payment/refund"_s), 2);
    QVERIFY(m_journal->markUnknown(second).ok());
    const auto found = wait<std::optional<Refund>>([&](QObject* c, auto cb) { m_provider->findRefund(draft, c, cb); });
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->paymentId, paid.value().id);
    QCOMPARE(found.value()->status, TransferStatus::Processing);
    QVERIFY(m_journal->settleFound(second.entryId(), found.value()->id).ok());
    QCOMPARE(posts(u"/payment/refund"_s), 2);
}

void TstCryptomusProvider::balancesAfterAPayment()
{
    QVERIFY(createPaidInvoice(u"BAL-1"_s).ok());
    const auto balances = wait<QList<Balance>>([&](QObject* c, auto done) { m_provider->fetchBalances(c, done); });
    QVERIFY2(balances.ok(), qPrintable(why(balances)));
    QVERIFY(!balances.value().isEmpty());
    std::optional<Balance> usdt;
    for (const Balance& balance : balances.value()) {
        QCOMPARE(balance.accountId, m_account.id);
        QCOMPARE(balance.gateway, Gateway::Cryptomus);
        if (balance.currency == u"USDT"_s)
            usdt = balance;
    }
    QVERIFY(usdt.has_value());
    QCOMPARE(usdt->total, *Decimal::fromString(u"19.6")); // 20 paid, 2 % commission
    QCOMPARE(usdt->available, usdt->total);
}

void TstCryptomusProvider::staticWalletCreateAndBlock()
{
    const CreatingCallPermit permit = begin(JournalKind::DedicatedAddress, u"wallet-cust-42"_s);
    const AddressDraft draft{
        .accountId = m_account.id, .currency = u"USDT"_s, .network = u"tron"_s, .customerReference = u"ignored"_s};
    const auto created = wait<DedicatedAddress>(
        [&](QObject* c, auto done) { m_provider->createAddress(*m_journal, permit, draft, c, done); });
    QVERIFY2(created.ok(), qPrintable(why(created)));
    const DedicatedAddress wallet = created.value();
    QVERIFY(!wallet.id.isEmpty() && !wallet.address.isEmpty());
    QCOMPARE(wallet.customerReference, u"wallet-cust-42"_s);
    QCOMPARE(wallet.currency, u"USDT"_s);
    QCOMPARE(wallet.network, u"tron"_s);
    QCOMPARE(wallet.status, AddressStatus::Active);
    QCOMPARE(wallet.accountId, m_account.id);
    QCOMPARE(posts(u"/wallet"_s), 1);
    const QJsonObject sent = QJsonDocument::fromJson(lastBodyOf(u"/wallet"_s)).object();
    QCOMPARE(sent.value(u"order_id"_s).toString(), u"wallet-cust-42"_s);

    const auto blocked
        = wait<DedicatedAddress>([&](QObject* c, auto done) { m_provider->releaseAddress(wallet.id, c, done); });
    QVERIFY2(blocked.ok(), qPrintable(why(blocked)));
    QCOMPARE(blocked.value().id, wallet.id);
    QCOMPARE(blocked.value().status, AddressStatus::Released);
    QCOMPARE(blocked.value().rawStatus, u"blocked"_s);
    // Blocking again changes nothing more: the request is idempotent.
    QVERIFY(
        wait<DedicatedAddress>([&](QObject* c, auto done) { m_provider->releaseAddress(wallet.id, c, done); }).ok());

    // Cryptomus publishes no wallet info and no wallet list; asking for a wallet under the same order_id gives back
    // the one it holds, as it is now, and creates no other.
    AddressDraft again = draft;
    again.customerReference = u"wallet-cust-42"_s;
    const auto find = wait<std::optional<DedicatedAddress>>(
        [&](QObject* c, auto done) { m_provider->findAddress(again, c, done); });
    QVERIFY2(find.ok(), qPrintable(why(find)));
    QVERIFY(find.value().has_value());
    QCOMPARE(find.value()->id, wallet.id);
    QCOMPARE(find.value()->address, wallet.address);
    QCOMPARE(posts(u"/wallet"_s), 2);
    const auto all = wait<QList<DedicatedAddress>>([&](QObject* c, auto done) { m_provider->listAddresses(c, done); });
    QVERIFY(!all.ok());
    QCOMPARE(all.error().kind, ProviderError::Kind::Unsupported);
}

void TstCryptomusProvider::payoutLifecycle()
{
    QVERIFY(createPaidInvoice(u"PAYIN-1"_s, money("50", "USDT")).ok()); // 49 USDT on the balance
    const WithdrawalDraft draft{.accountId = m_account.id,
        .amount = money("10", "USDT"),
        .address = u"TJ4SCzCx3dMDi1gm8LWDPYQ8yYMKpY8w3G"_s,
        .network = u"tron"_s,
        .foreignId = u"ignored"_s};
    const auto created = createPayout(u"PAYOUT-1"_s, draft);
    QVERIFY2(created.ok(), qPrintable(why(created)));
    const Withdrawal payout = created.value();
    QCOMPARE(payout.foreignId, u"PAYOUT-1"_s);
    QCOMPARE(payout.amount.amount, *Decimal::fromString(u"10"));
    QCOMPARE(payout.address, draft.address);
    QCOMPARE(payout.status, TransferStatus::Processing);
    QCOMPARE(payout.accountId, m_account.id);
    QCOMPARE(posts(u"/payout"_s), 1);

    const auto found = wait<std::optional<Withdrawal>>(
        [&](QObject* c, auto done) { m_provider->findWithdrawalByKey(u"PAYOUT-1"_s, c, done); });
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->id, payout.id);
    QCOMPARE(found.value()->foreignId, u"PAYOUT-1"_s);
    const auto missing = wait<std::optional<Withdrawal>>(
        [&](QObject* c, auto done) { m_provider->findWithdrawalByKey(u"PAYOUT-404"_s, c, done); });
    QVERIFY2(missing.ok(), qPrintable(why(missing)));
    QVERIFY(!missing.value().has_value());

    advanceClock(300); // the sandbox pays it out after five minutes
    const auto fetched
        = wait<Withdrawal>([&](QObject* c, auto done) { m_provider->fetchWithdrawal(payout.id, c, done); });
    QVERIFY2(fetched.ok(), qPrintable(why(fetched)));
    QCOMPARE(fetched.value().status, TransferStatus::Succeeded);
    QVERIFY(!fetched.value().txHash.isEmpty());
    QCOMPARE(posts(u"/payout"_s), 1);
}

void TstCryptomusProvider::payoutNeedsThePayoutKey()
{
    auto noPayoutKey = makeProvider(m_paymentKey, {});
    const CreatingCallPermit permit = begin(JournalKind::Withdrawal, u"NOKEY-1"_s);
    const WithdrawalDraft draft{.accountId = m_account.id,
        .amount = money("1", "USDT"),
        .address = u"TJ4SCzCx3dMDi1gm8LWDPYQ8yYMKpY8w3G"_s,
        .network = u"tron"_s};
    const auto refused = wait<Withdrawal>(
        [&](QObject* c, auto done) { noPayoutKey->createWithdrawal(*m_journal, permit, draft, c, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ProviderError::Kind::Refused); // a missing credential: not sent
    QVERIFY2(refused.error().message.contains(u"payout key"_s), qPrintable(refused.error().message));
    QVERIFY(!refused.error().outcomeUnknown);
    QCOMPARE(posts(u"/payout"_s), 0);
    QCOMPARE(m_journal->entry(permit.entryId()).value().state, JournalState::Pending); // never sent
    // The lookups need it too.
    const auto find = wait<std::optional<Withdrawal>>(
        [&](QObject* c, auto done) { noPayoutKey->findWithdrawalByKey(u"NOKEY-1"_s, c, done); });
    QVERIFY(!find.ok());
    QCOMPARE(find.error().kind, ProviderError::Kind::Refused);
    QCOMPARE(posts(u"/payout/info"_s), 0);
}

void TstCryptomusProvider::validationErrorsKeepFieldAndMessage()
{
    // The gateway's 422 {"errors":{"network":["validation.required"]}}: the field and the gateway's words.
    QVERIFY(createPaidInvoice(u"PAYIN-V"_s).ok());
    const WithdrawalDraft noNetwork{
        .accountId = m_account.id, .amount = money("1", "USDT"), .address = u"TJ4SCzCx3dMDi1gm8LWDPYQ8yYMKpY8w3G"_s};
    const auto refused = createPayout(u"V-1"_s, noNetwork);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(refused.error().httpStatus, 422);
    QCOMPARE(refused.error().field, u"network"_s);
    QCOMPARE(refused.error().message, u"network: validation.required"_s);
    QVERIFY(!refused.error().outcomeUnknown);
    QCOMPARE(posts(u"/payout"_s), 1);

    // A business refusal without a field keeps the message.
    const auto tooSmall = createInvoice(u"V-2"_s, money("0.01", "USDT"));
    QVERIFY(!tooSmall.ok());
    QCOMPARE(tooSmall.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(tooSmall.error().message, u"Minimum amount 0.5 USDT"_s);

    // A key Cryptomus would not take as order_id (the journal takes it: ':' is no trouble in a URL or a body) is
    // refused before anything is sent.
    const int before = posts(u"/payment"_s);
    const auto badKey = createInvoice(u"order:7"_s);
    QVERIFY(!badKey.ok());
    QCOMPARE(badKey.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(badKey.error().field, u"orderId"_s);
    QCOMPARE(posts(u"/payment"_s), before);
}

void TstCryptomusProvider::lostInvoiceReplyIsFoundByKey_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ProviderError::Kind>("kind");
    QTest::newRow("500-after-commit") << u"error500AfterCommit"_s << ProviderError::Kind::Server;
    QTest::newRow("dropped-after-commit") << u"dropAfterCommit"_s << ProviderError::Kind::Network;
}

void TstCryptomusProvider::lostInvoiceReplyIsFoundByKey()
{
    QFETCH(QString, fault);
    QFETCH(ProviderError::Kind, kind);
    addFault(u"/cryptomus/v1/payment"_s, fault);
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"LOST-1"_s);
    const InvoiceDraft draft{.accountId = m_account.id, .amount = money("20", "USDT"), .network = u"tron"_s};
    const auto result
        = wait<Payment>([&](QObject* c, auto done) { m_provider->createInvoice(*m_journal, permit, draft, c, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, kind);
    QVERIFY(result.error().outcomeUnknown);
    QVERIFY(!result.error().message.contains(u'{'));
    QCOMPARE(posts(u"/payment"_s), 1); // sent exactly once, never retried
    QVERIFY(m_journal->markUnknown(permit).ok());

    const auto found = wait<std::optional<Payment>>(
        [&](QObject* c, auto done) { m_provider->findInvoiceByKey(u"LOST-1"_s, c, done); });
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->orderId, u"LOST-1"_s);
    QVERIFY(m_journal->settleFound(permit.entryId(), found.value()->id).ok());
    QCOMPARE(m_journal->entry(permit.entryId()).value().state, JournalState::Confirmed);
    QCOMPARE(posts(u"/payment"_s), 1);
}

void TstCryptomusProvider::lostWalletReplyIsFoundByItsOrderId_data()
{
    lostInvoiceReplyIsFoundByKey_data();
}

void TstCryptomusProvider::lostWalletReplyIsFoundByItsOrderId()
{
    QFETCH(QString, fault);
    QFETCH(ProviderError::Kind, kind);
    addFault(u"/cryptomus/v1/wallet"_s, fault);
    const CreatingCallPermit permit = begin(JournalKind::DedicatedAddress, u"LOST-W1"_s);
    const AddressDraft draft{
        .accountId = m_account.id, .currency = u"USDT"_s, .network = u"tron"_s, .customerReference = u"LOST-W1"_s};
    const auto result = wait<DedicatedAddress>(
        [&](QObject* c, auto done) { m_provider->createAddress(*m_journal, permit, draft, c, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, kind);
    QVERIFY(result.error().outcomeUnknown);
    QCOMPARE(posts(u"/wallet"_s), 1);
    QVERIFY(m_journal->markUnknown(permit).ok());

    const auto found = wait<std::optional<DedicatedAddress>>(
        [&](QObject* c, auto done) { m_provider->findAddress(draft, c, done); });
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->customerReference, u"LOST-W1"_s);
    // The wallet the lost reply described, not a second one: a wallet under another order_id comes next.
    const CreatingCallPermit other = begin(JournalKind::DedicatedAddress, u"LOST-W2"_s);
    const auto next = wait<DedicatedAddress>(
        [&](QObject* c, auto done) { m_provider->createAddress(*m_journal, other, draft, c, done); });
    QVERIFY2(next.ok(), qPrintable(why(next)));
    QVERIFY(next.value().id != found.value()->id);
    const auto foundAgain = wait<std::optional<DedicatedAddress>>(
        [&](QObject* c, auto done) { m_provider->findAddress(draft, c, done); });
    QVERIFY(foundAgain.ok() && foundAgain.value().has_value());
    QCOMPARE(foundAgain.value()->id, found.value()->id);
    QVERIFY(m_journal->settleFound(permit.entryId(), found.value()->id).ok());
    QCOMPARE(posts(u"/wallet"_s), 4);
}

void TstCryptomusProvider::lostPayoutReplyIsFoundByKey_data()
{
    lostInvoiceReplyIsFoundByKey_data();
}

void TstCryptomusProvider::lostPayoutReplyIsFoundByKey()
{
    QFETCH(QString, fault);
    QFETCH(ProviderError::Kind, kind);
    QVERIFY(createPaidInvoice(u"PAYIN-L"_s).ok());
    addFault(u"/cryptomus/v1/payout"_s, fault);
    const WithdrawalDraft draft{.accountId = m_account.id,
        .amount = money("5", "USDT"),
        .address = u"TJ4SCzCx3dMDi1gm8LWDPYQ8yYMKpY8w3G"_s,
        .network = u"tron"_s};
    const CreatingCallPermit permit = begin(JournalKind::Withdrawal, u"LOST-P1"_s);
    const auto result = wait<Withdrawal>(
        [&](QObject* c, auto done) { m_provider->createWithdrawal(*m_journal, permit, draft, c, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, kind);
    QVERIFY(result.error().outcomeUnknown);
    QCOMPARE(posts(u"/payout"_s), 1);
    QVERIFY(m_journal->markUnknown(permit).ok());

    const auto found = wait<std::optional<Withdrawal>>(
        [&](QObject* c, auto done) { m_provider->findWithdrawalByKey(u"LOST-P1"_s, c, done); });
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->foreignId, u"LOST-P1"_s);
    QCOMPARE(found.value()->amount.amount, *Decimal::fromString(u"5"));
    QVERIFY(m_journal->settleFound(permit.entryId(), found.value()->id).ok());
    QCOMPARE(posts(u"/payout"_s), 1);
}

void TstCryptomusProvider::webhooksVerifyWithTheAccountKeys()
{
    QVERIFY(createPaidInvoice(u"HOOK-1"_s).ok());
    const WithdrawalDraft draft{.accountId = m_account.id,
        .amount = money("2", "USDT"),
        .address = u"TJ4SCzCx3dMDi1gm8LWDPYQ8yYMKpY8w3G"_s,
        .network = u"tron"_s};
    QVERIFY(createPayout(u"HOOK-P1"_s, draft).ok());

    const QJsonArray deliveries = webhookDeliveries();
    const auto verifier = m_provider->webhookVerifier();
    const auto wrong = makeProvider("not_the_payment_key", "not_the_payout_key")->webhookVerifier();
    QSet<QString> types;
    for (const QJsonValue& value : deliveries) {
        const QJsonObject delivery = value.toObject();
        if (delivery.value(u"gateway"_s).toString() != u"cryptomus"_s)
            continue;
        const QByteArray body = delivery.value(u"body"_s).toString().toUtf8();
        types.insert(QJsonDocument::fromJson(body).object().value(u"type"_s).toString());
        const WebhookVerification verdict = verifier->verify({.body = body});
        QVERIFY2(verdict.isValid(), qPrintable(verdict.detail + u": "_s + QString::fromUtf8(body)));
        QCOMPARE(wrong->verify({.body = body}).status, WebhookVerification::Status::Invalid);
    }
    QVERIFY(types.contains(u"payment"_s)); // signed with the payment key
    QVERIFY(types.contains(u"payout"_s)); // signed with the payout key
}

void TstCryptomusProvider::unsupportedOperationsSaySo()
{
    const auto cancel = wait<Payment>([&](QObject* c, auto done) { m_provider->cancelInvoice(u"any"_s, c, done); });
    QVERIFY(!cancel.ok());
    QCOMPARE(cancel.error().kind, ProviderError::Kind::Unsupported);
    QCOMPARE(cancel.error().message, unsupportedReason(Gateway::Cryptomus, Capability::CancelInvoice));
    const auto txs
        = wait<QList<BlockchainTx>>([&](QObject* c, auto done) { m_provider->fetchTransactions(u"any"_s, c, done); });
    QVERIFY(!txs.ok());
    QCOMPARE(txs.error().kind, ProviderError::Kind::Unsupported);
    QCOMPARE(m_fixture->sandbox().requestLog().size(), 0); // nothing was asked of the gateway
}

QTEST_GUILESS_MAIN(TstCryptomusProvider)
#include "tst_CryptomusProvider.moc"
