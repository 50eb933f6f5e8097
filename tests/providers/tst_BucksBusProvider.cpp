#include "providers/bucksbus/BucksBusJson.h"
#include "providers/bucksbus/BucksBusProvider.h"
#include "providers/bucksbus/BucksBusRequests.h"
#include "providers/webhooks/WebhookVerifier.h"
#include "sandbox/WebhookDispatcher.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

const QString kPayment = u"/bucksbus/int/payment"_s;
const QString kPayments = u"/bucksbus/int/payments"_s;
const QString kWithdraw = u"/bucksbus/int/withdraw"_s;
const QString kDedicate = u"/bucksbus/int/dedicate"_s;
const QString kPayerAddress = u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s;

Decimal dec(const char* text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

QString describe(const ProviderError& error)
{
    return u"%1 (code %2, HTTP %3)"_s.arg(error.message, error.providerCode).arg(error.httpStatus);
}

} // namespace

// The Gateway v10.2 (BucksBus) provider end to end against the in-process sandbox over loopback HTTP: every
// operation, the gateway's errors, listing by date windows, the key in custom1 as the only lookup, and creating
// calls that fail after the gateway committed them.
class TstBucksBusProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testConnection();
    void wrongKeyIsAnAuthError();
    void invoiceLifecycle();
    void fiatInvoiceCarriesRateAndPaidValue();
    void listInvoicesSplitsTheWindow();
    void listInvoicesCutsTheEdges();
    void listInvoicesRefusesABadPeriod();
    void refundIsAWithdrawalToThePayer();
    void balances();
    void dedicatedAddress();
    void withdrawalLifecycle();
    void validationErrorKeepsCodeAndMessage();
    void invoice500AfterCommitIsFoundByKey();
    void droppedInvoiceIsFoundByKey();
    void droppedWithdrawalStaysUnknown();
    void transactionsFallBackToTxs();
    void webhooksVerify();

private:
    template<typename T>
    Result<T> wait(const std::function<void(QObject*, Provider::Callback<T>)>& call)
    {
        return m_fixture->wait<T>(this, call);
    }
    QJsonObject control(const QString& path, const QJsonObject& body) { return m_fixture->control(path, body); }
    int received(const QByteArray& method, const QString& path) const { return m_fixture->received(method, path); }
    AccountCredentials credentials(const QByteArray& key = {}) const;
    std::unique_ptr<BucksBusProvider> makeProvider(const QByteArray& key = {});
    CreatingCallPermit begin(JournalKind kind, const QString& key);
    void fault(const QString& method, const QString& path, const QString& kind, int status = 0, int count = 1);
    Result<Payment> createInvoice(const CreatingCallPermit& permit, const QString& btc);
    QJsonObject pay(const QString& id, const QString& amount = {});
    Result<Withdrawal> createWithdrawal(const CreatingCallPermit& permit, const QString& btc, const QString& address);

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<BucksBusProvider> m_provider;
    Account m_account;
    Journal* m_journal = nullptr;
};

AccountCredentials TstBucksBusProvider::credentials(const QByteArray& key) const
{
    AccountCredentials credentials;
    credentials.apiKey
        = key.isEmpty() ? m_fixture->demoCredential(u"bucksbus"_s, u"API key (Basic user)"_s).toUtf8() : key;
    credentials.apiSecret = m_fixture->demoCredential(u"bucksbus"_s, u"API secret (Basic password)"_s).toUtf8();
    credentials.webhookSecret
        = m_fixture->demoCredential(u"bucksbus"_s, u"webhook secret (X-Webhook-HMAC-SHA256)"_s).toUtf8();
    return credentials;
}

std::unique_ptr<BucksBusProvider> TstBucksBusProvider::makeProvider(const QByteArray& key)
{
    return std::make_unique<BucksBusProvider>(m_account, credentials(key), &m_fixture->http());
}

CreatingCallPermit TstBucksBusProvider::begin(JournalKind kind, const QString& key)
{
    auto started = m_journal->begin(
        {.accountId = m_account.id, .kind = kind, .idempotencyKey = key, .requestJson = R"({"test":true})"});
    if (!started.ok() || !started.value().isNew())
        qFatal("the journal did not start a new entry");
    return std::move(*started.value().permit);
}

void TstBucksBusProvider::fault(const QString& method, const QString& path, const QString& kind, int status, int count)
{
    QJsonObject rule{{u"method"_s, method}, {u"path"_s, path}, {u"kind"_s, kind}, {u"count"_s, count}};
    if (kind == u"dropConnection"_s)
        rule.insert(u"afterCommit"_s, true);
    if (status != 0)
        rule.insert(u"status"_s, status);
    control(u"/_sandbox/faults"_s, {{u"rules"_s, QJsonArray{rule}}});
}

Result<Payment> TstBucksBusProvider::createInvoice(const CreatingCallPermit& permit, const QString& btc)
{
    const InvoiceDraft draft{.accountId = m_account.id,
        .amount = {*Decimal::fromString(btc), u"BTC"_s},
        .orderId = permit.idempotencyKey(),
        .description = u"Desk lamp"_s,
        .lifetime = std::chrono::seconds(3600),
        .payerEmail = u"payer@example.com"_s};
    return wait<Payment>([&](QObject* c, auto done) { m_provider->createInvoice(*m_journal, permit, draft, c, done); });
}

QJsonObject TstBucksBusProvider::pay(const QString& id, const QString& amount)
{
    QJsonObject body{{u"gateway"_s, u"bucksbus"_s}, {u"id"_s, id}};
    if (!amount.isEmpty())
        body.insert(u"amount"_s, amount);
    return control(u"/_sandbox/pay"_s, body);
}

Result<Withdrawal> TstBucksBusProvider::createWithdrawal(
    const CreatingCallPermit& permit, const QString& btc, const QString& address)
{
    const WithdrawalDraft draft{
        .accountId = m_account.id, .amount = {*Decimal::fromString(btc), u"BTC"_s}, .address = address};
    return wait<Withdrawal>(
        [&](QObject* c, auto done) { m_provider->createWithdrawal(*m_journal, permit, draft, c, done); });
}

void TstBucksBusProvider::init()
{
    m_fixture = std::make_unique<test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_journal = &m_fixture->journal();
    m_account = m_fixture->addAccount(u"acc-bb"_s, Gateway::BucksBus, u"/bucksbus/int"_s);
    QVERIFY(!credentials().apiKey.isEmpty() && !credentials().apiSecret.isEmpty());
    m_provider = makeProvider();
}

void TstBucksBusProvider::cleanup()
{
    m_provider.reset();
    m_fixture.reset();
}

void TstBucksBusProvider::testConnection()
{
    const auto result = wait<void>([&](QObject* c, auto done) { m_provider->testConnection(c, done); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
    QCOMPARE(received("GET", u"/bucksbus/int/accounts"_s), 1);
}

void TstBucksBusProvider::wrongKeyIsAnAuthError()
{
    auto wrong = makeProvider("bb_not_the_key");
    const auto result = wait<void>([&](QObject* c, auto done) { wrong->testConnection(c, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ProviderError::Kind::Auth);
    QCOMPARE(result.error().httpStatus, 401);
    QCOMPARE(result.error().providerCode, u"ERR_UNAUTHORIZED"_s);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY2(!result.error().message.contains(u'{'), qPrintable(result.error().message)); // words, not the JSON
}

void TstBucksBusProvider::invoiceLifecycle()
{
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"BB-ORDER-1"_s);
    const auto created = createInvoice(permit, u"0.001"_s);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    const Payment invoice = created.value();
    QCOMPARE(invoice.accountId, m_account.id);
    QCOMPARE(invoice.gateway, Gateway::BucksBus);
    QCOMPARE(invoice.orderId, u"BB-ORDER-1"_s); // custom1 = the permit's key
    QCOMPARE(invoice.status, PaymentStatus::Pending);
    QCOMPARE(invoice.amount, (Money{dec("0.001"), u"BTC"_s}));
    QCOMPARE(invoice.payAmount, (Money{dec("0.001"), u"BTC"_s}));
    QVERIFY(!invoice.address.isEmpty());
    QVERIFY(!invoice.paymentUrl.isEmpty());
    QCOMPARE(invoice.expires, invoice.created.addSecs(3600));
    // Priced and paid in BTC: the gateway's rate is 1, taken when the payment was created.
    QVERIFY(invoice.exchangeRate.has_value());
    QCOMPARE(*invoice.exchangeRate, dec("1"));
    QCOMPARE(invoice.exchangeRateTime, invoice.created);
    QCOMPARE(invoice.paidValue, (Money{dec("0"), u"BTC"_s}));
    QCOMPARE(m_journal->entry(permit.entryId()).value().state, JournalState::Sent);
    QVERIFY(m_journal->confirm(permit, invoice.id).ok());
    QCOMPARE(received("POST", kPayment), 1);

    // Part paid: still OPEN, so underpaid; then the rest: COMPLETE.
    pay(invoice.id, u"0.0004"_s);
    const auto part = wait<Payment>([&](QObject* c, auto done) { m_provider->fetchInvoice(invoice.id, c, done); });
    QVERIFY2(part.ok(), qPrintable(part.ok() ? QString() : describe(part.error())));
    QCOMPARE(part.value().status, PaymentStatus::Underpaid);
    QCOMPARE(part.value().paid, (Money{dec("0.0004"), u"BTC"_s}));
    QCOMPARE(part.value().paidValue, (Money{dec("0.0004"), u"BTC"_s})); // paid_amount, in asset_id
    pay(invoice.id);
    const auto paid = wait<Payment>([&](QObject* c, auto done) { m_provider->fetchInvoice(invoice.id, c, done); });
    QVERIFY(paid.ok());
    QCOMPARE(paid.value().status, PaymentStatus::Paid);
    QCOMPARE(paid.value().rawStatus, u"COMPLETE"_s);
    QCOMPARE(paid.value().paidValue, (Money{dec("0.001"), u"BTC"_s}));

    const auto txs
        = wait<QList<BlockchainTx>>([&](QObject* c, auto done) { m_provider->fetchTransactions(invoice.id, c, done); });
    QVERIFY2(txs.ok(), qPrintable(txs.ok() ? QString() : describe(txs.error())));
    QCOMPARE(txs.value().size(), 2);
    QCOMPARE(txs.value().at(0).amount, (Money{dec("0.0004"), u"BTC"_s}));
    QCOMPARE(txs.value().at(1).amount, (Money{dec("0.0006"), u"BTC"_s}));
    for (const BlockchainTx& tx : txs.value()) {
        QCOMPARE(tx.paymentId, invoice.id);
        QCOMPARE(tx.accountId, m_account.id);
        QVERIFY(!tx.txHash.isEmpty());
    }
    QCOMPARE(received("GET", kPayment + u"/"_s + invoice.id + u"/trxs"_s), 1);
    QCOMPARE(received("GET", kPayment + u"/"_s + invoice.id + u"/txs"_s), 0);

    // The key finds it; another key finds nothing (after scanning kFindDays in kWindowDays windows).
    const auto found = wait<std::optional<Payment>>(
        [&](QObject* c, auto done) { m_provider->findInvoiceByKey(u"BB-ORDER-1"_s, c, done); });
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : describe(found.error())));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->id, invoice.id);
    const int listsBefore = received("GET", kPayments);
    const auto missing = wait<std::optional<Payment>>(
        [&](QObject* c, auto done) { m_provider->findInvoiceByKey(u"NO-SUCH-ORDER"_s, c, done); });
    QVERIFY(missing.ok());
    QVERIFY(!missing.value().has_value());
    const int windows = (BucksBusProvider::kFindDays + 2 + BucksBusProvider::kWindowDays - 1)
        / BucksBusProvider::kWindowDays; // kFindDays back to tomorrow, both days inclusive
    QCOMPARE(received("GET", kPayments) - listsBefore, windows);

    // The first page of the default list holds it.
    const auto page = wait<InvoicePage>([&](QObject* c, auto done) { m_provider->listInvoices({}, c, done); });
    QVERIFY(page.ok());
    QCOMPARE(page.value().payments.size(), 1);
    QCOMPARE(page.value().payments.first().id, invoice.id);
    QVERIFY(!page.value().nextCursor.isEmpty());

    // No cancel on v10.2: the capability table's reason.
    const auto cancelled
        = wait<Payment>([&](QObject* c, auto done) { m_provider->cancelInvoice(invoice.id, c, done); });
    QCOMPARE(cancelled.error().kind, ProviderError::Kind::Unsupported);
    QCOMPARE(cancelled.error().message, unsupportedReason(Gateway::BucksBus, Capability::CancelInvoice));
    QCOMPARE(received("POST", kPayment), 1);
}

void TstBucksBusProvider::fiatInvoiceCarriesRateAndPaidValue()
{
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"BB-FIAT-1"_s);
    const InvoiceDraft draft{.accountId = m_account.id,
        .amount = {dec("52.09"), u"USD"_s},
        .payCurrency = u"BTC"_s,
        .orderId = permit.idempotencyKey(),
        .lifetime = std::chrono::seconds(3600)};
    const auto created
        = wait<Payment>([&](QObject* c, auto done) { m_provider->createInvoice(*m_journal, permit, draft, c, done); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    const Payment invoice = created.value();
    QCOMPARE(invoice.payAmount.currency, u"BTC"_s);
    // rate: BTC per USD, as the spec defines it (payment_amount = amount × rate, to the asset's 8 decimals).
    QVERIFY(invoice.exchangeRate.has_value());
    QVERIFY(invoice.exchangeRate->signum() > 0);
    QVERIFY(*invoice.exchangeRate < dec("0.001"));
    const auto expected = invoice.amount.amount.multipliedBy(*invoice.exchangeRate, 8, Decimal::Rounding::HalfUp);
    QVERIFY(expected);
    const auto gap = expected->minus(invoice.payAmount.amount);
    QVERIFY2(gap && gap->abs() <= dec("0.00000001"),
        qPrintable(u"%1 × %2 vs %3"_s.arg(
            invoice.amount.amount.toString(), invoice.exchangeRate->toString(), invoice.payAmount.amount.toString())));
    QVERIFY(invoice.exchangeRateTime.isValid());
    QCOMPARE(invoice.paidValue, (Money{dec("0"), u"USD"_s}));

    pay(invoice.id);
    const auto paid = wait<Payment>([&](QObject* c, auto done) { m_provider->fetchInvoice(invoice.id, c, done); });
    QVERIFY(paid.ok());
    QCOMPARE(paid.value().status, PaymentStatus::Paid);
    // The fiat value at payment time: paid_amount in asset_id.
    QCOMPARE(paid.value().paidValue, (Money{dec("52.09"), u"USD"_s}));
    QCOMPARE(*paid.value().exchangeRate, *invoice.exchangeRate);
    QVERIFY(!paid.value().fee.isValid());
    QVERIFY(!paid.value().credited.isValid());
}

void TstBucksBusProvider::listInvoicesSplitsTheWindow()
{
    // Generated history over the 20 days before the clock's start.
    control(u"/_sandbox/reset"_s, {{u"payments"_s, 400}, {u"days"_s, 20}, {u"seed"_s, 11}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from(now.date().addDays(-17), QTime(13, 0), Qt::UTC);
    const QDateTime to = now.addSecs(-10 * 3600);

    // What one unsplit request over the same days holds, cut to the instants.
    std::optional<HttpResult> whole;
    m_fixture->http().send(BucksBusRequests::listInvoices(m_account, credentials(), from.date(), to.date()).value(),
        this, [&whole](const HttpResult& r) { whole = r; });
    QVERIFY(QTest::qWaitFor([&] { return whole.has_value(); }, 20'000));
    const auto all = BucksBusJson::payments(whole->body, true);
    QVERIFY(all.ok());
    QSet<QString> expected;
    for (const Payment& p : all.value()) {
        if (p.created >= from && p.created < to)
            expected.insert(p.id);
    }
    QVERIFY(expected.size() > 50);

    const int before = received("GET", kPayments);
    QSet<QString> seen;
    InvoiceListRequest request{.from = from, .to = to};
    int pages = 0;
    QDateTime previousOldest;
    do {
        const auto page = wait<InvoicePage>([&](QObject* c, auto done) { m_provider->listInvoices(request, c, done); });
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : describe(page.error())));
        ++pages;
        for (const Payment& p : page.value().payments) {
            QVERIFY2(!seen.contains(p.id), "a payment came twice");
            seen.insert(p.id);
            QCOMPARE(p.accountId, m_account.id);
            QVERIFY(p.created >= from && p.created < to);
            if (previousOldest.isValid())
                QVERIFY(p.created <= previousOldest); // newest first, across pages too
            previousOldest = p.created;
        }
        request.cursor = page.value().nextCursor;
    } while (!request.cursor.isEmpty() && pages < 20);
    QCOMPARE(seen, expected);
    const int days = int(from.date().daysTo(to.date())) + 1;
    QCOMPARE(pages, (days + BucksBusProvider::kWindowDays - 1) / BucksBusProvider::kWindowDays);
    QCOMPARE(received("GET", kPayments) - before, pages);
}

void TstBucksBusProvider::listInvoicesCutsTheEdges()
{
    // The gateway lists whole days; the provider keeps only [from, to).
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"BB-EDGE"_s);
    const auto invoice = createInvoice(permit, u"0.001"_s);
    QVERIFY(invoice.ok());
    const QDateTime created = invoice.value().created;
    QVERIFY(created.isValid());
    const auto count = [&](const QDateTime& from, const QDateTime& to) {
        const auto page = wait<InvoicePage>(
            [&](QObject* c, auto done) { m_provider->listInvoices({.from = from, .to = to}, c, done); });
        return page.ok() ? page.value().payments.size() : -1;
    };
    QCOMPARE(count(created.addSecs(-60), created), 0); // to is exclusive
    QCOMPARE(count(created.addSecs(-60), created.addSecs(1)), 1);
    QCOMPARE(count(created.addSecs(1), created.addSecs(60)), 0); // from is inclusive, and after it
    QCOMPARE(count(created, created.addSecs(60)), 1);
}

void TstBucksBusProvider::listInvoicesRefusesABadPeriod()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto reversed = wait<InvoicePage>(
        [&](QObject* c, auto done) { m_provider->listInvoices({.from = now, .to = now.addDays(-3)}, c, done); });
    QCOMPARE(reversed.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(reversed.error().field, u"from"_s);
    for (const QString& cursor : {u"yesterday"_s, now.date().addDays(-400).toString(Qt::ISODate)}) {
        const auto bad = wait<InvoicePage>([&](QObject* c, auto done) {
            m_provider->listInvoices({.from = now.addDays(-10), .cursor = cursor}, c, done);
        });
        QCOMPARE(bad.error().kind, ProviderError::Kind::Validation);
        QCOMPARE(bad.error().field, u"cursor"_s);
    }
    QCOMPARE(received("GET", kPayments), 0);
}

void TstBucksBusProvider::refundIsAWithdrawalToThePayer()
{
    const CreatingCallPermit invoicePermit = begin(JournalKind::Invoice, u"BB-REFUND-ME"_s);
    const auto invoice = createInvoice(invoicePermit, u"0.001"_s);
    QVERIFY(invoice.ok());
    pay(invoice.value().id);

    const CreatingCallPermit permit = begin(JournalKind::Refund, u"RF-1"_s);
    const RefundDraft draft{.accountId = m_account.id,
        .paymentId = invoice.value().id,
        .amount = {dec("0.0005"), u"BTC"_s},
        .reason = u"Returned lamp"_s,
        .address = kPayerAddress};
    const auto refund
        = wait<Refund>([&](QObject* c, auto done) { m_provider->createRefund(*m_journal, permit, draft, c, done); });
    QVERIFY2(refund.ok(), qPrintable(refund.ok() ? QString() : describe(refund.error())));
    QCOMPARE(refund.value().paymentId, invoice.value().id); // custom2, echoed
    QCOMPARE(refund.value().amount, (Money{dec("0.0005"), u"BTC"_s}));
    QCOMPARE(refund.value().address, kPayerAddress);
    QCOMPARE(refund.value().reason, u"Returned lamp"_s);
    QCOMPARE(refund.value().status, TransferStatus::Processing);
    QCOMPARE(refund.value().accountId, m_account.id);
    QVERIFY(m_journal->confirm(permit, refund.value().id).ok());
    QCOMPARE(received("POST", kWithdraw), 1);

    // It is a withdrawal carrying the refund's key in custom1.
    const auto asWithdrawal
        = wait<Withdrawal>([&](QObject* c, auto done) { m_provider->fetchWithdrawal(refund.value().id, c, done); });
    QVERIFY(asWithdrawal.ok());
    QCOMPARE(asWithdrawal.value().foreignId, u"RF-1"_s);
    QCOMPARE(asWithdrawal.value().fee, (Money{dec("0.0001"), u"BTC"_s}));

    // No list of withdrawals, and the payment does not show its refunds: a refund cannot be looked up.
    RefundDraft sent = draft;
    sent.idempotencyKey = u"RF-1"_s;
    const auto found
        = wait<std::optional<Refund>>([&](QObject* c, auto done) { m_provider->findRefund(sent, c, done); });
    QCOMPARE(found.error().kind, ProviderError::Kind::Unsupported);
    QVERIFY(found.error().message.contains(u"Gateway v10.2"_s));
}

void TstBucksBusProvider::balances()
{
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"BB-FUND"_s);
    const auto invoice = createInvoice(permit, u"0.002"_s);
    QVERIFY(invoice.ok());
    pay(invoice.value().id);
    const auto result = wait<QList<Balance>>([&](QObject* c, auto done) { m_provider->fetchBalances(c, done); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
    QVERIFY(!result.value().isEmpty());
    bool sawBtc = false;
    for (const Balance& balance : result.value()) {
        QCOMPARE(balance.accountId, m_account.id);
        QCOMPARE(balance.gateway, Gateway::BucksBus);
        QVERIFY(balance.asOf.isValid());
        if (balance.currency == u"BTC"_s) {
            sawBtc = true;
            QCOMPARE(balance.total, dec("0.002"));
            QCOMPARE(balance.available, dec("0.002"));
            QCOMPARE(balance.fiatEquivalent.currency, u"USD"_s);
        }
    }
    QVERIFY(sawBtc);
}

void TstBucksBusProvider::dedicatedAddress()
{
    const CreatingCallPermit permit = begin(JournalKind::DedicatedAddress, u"CUST-BB-1"_s);
    const AddressDraft draft{.accountId = m_account.id, .currency = u"BTC"_s, .label = u"VIP customer"_s};
    const auto created = wait<DedicatedAddress>(
        [&](QObject* c, auto done) { m_provider->createAddress(*m_journal, permit, draft, c, done); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    QCOMPARE(created.value().customerReference, u"CUST-BB-1"_s);
    QCOMPARE(created.value().label, u"VIP customer"_s);
    QCOMPARE(created.value().status, AddressStatus::Active);
    QCOMPARE(created.value().accountId, m_account.id);
    QVERIFY(m_journal->confirm(permit, created.value().id).ok());
    QCOMPARE(received("POST", kDedicate), 1);

    const auto released = wait<DedicatedAddress>(
        [&](QObject* c, auto done) { m_provider->releaseAddress(created.value().id, c, done); });
    QVERIFY2(released.ok(), qPrintable(released.ok() ? QString() : describe(released.error())));
    QCOMPARE(released.value().id, created.value().id);
    QCOMPARE(released.value().status, AddressStatus::Released);
    QCOMPARE(released.value().rawStatus, u"COMPLETE"_s);
    const auto again = wait<DedicatedAddress>(
        [&](QObject* c, auto done) { m_provider->releaseAddress(created.value().id, c, done); });
    QVERIFY(!again.ok());
    QCOMPARE(again.error().providerCode, u"ERR_DEDICATE_RELEASED"_s);

    const auto found = wait<std::optional<DedicatedAddress>>(
        [&](QObject* c, auto done) { m_provider->findAddress({.customerReference = u"CUST-BB-1"_s}, c, done); });
    QCOMPARE(found.error().kind, ProviderError::Kind::Unsupported);
    const auto list = wait<QList<DedicatedAddress>>([&](QObject* c, auto done) { m_provider->listAddresses(c, done); });
    QCOMPARE(list.error().kind, ProviderError::Kind::Unsupported);
}

void TstBucksBusProvider::withdrawalLifecycle()
{
    const CreatingCallPermit invoicePermit = begin(JournalKind::Invoice, u"BB-FUND-2"_s);
    const auto invoice = createInvoice(invoicePermit, u"0.01"_s);
    QVERIFY(invoice.ok());
    pay(invoice.value().id);

    const CreatingCallPermit permit = begin(JournalKind::Withdrawal, u"WD-BB-1"_s);
    const auto created = createWithdrawal(permit, u"0.002"_s, kPayerAddress);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    const Withdrawal withdrawal = created.value();
    QCOMPARE(withdrawal.foreignId, u"WD-BB-1"_s);
    QCOMPARE(withdrawal.status, TransferStatus::Processing);
    QCOMPARE(withdrawal.amount, (Money{dec("0.002"), u"BTC"_s}));
    QCOMPARE(withdrawal.address, kPayerAddress);
    QCOMPARE(withdrawal.accountId, m_account.id);
    QVERIFY(m_journal->confirm(permit, withdrawal.id).ok());
    QCOMPARE(received("POST", kWithdraw), 1);

    control(u"/_sandbox/clock"_s, {{u"advance"_s, 601}});
    const auto completed
        = wait<Withdrawal>([&](QObject* c, auto done) { m_provider->fetchWithdrawal(withdrawal.id, c, done); });
    QVERIFY2(completed.ok(), qPrintable(completed.ok() ? QString() : describe(completed.error())));
    QCOMPARE(completed.value().status, TransferStatus::Succeeded);
    QCOMPARE(completed.value().foreignId, u"WD-BB-1"_s);

    const auto unknown = wait<Withdrawal>([&](QObject* c, auto done) {
        m_provider->fetchWithdrawal(u"6e50075a-333e-43ba-ab1c-74f4fbaa783f"_s, c, done);
    });
    QCOMPARE(unknown.error().kind, ProviderError::Kind::NotFound);
    QCOMPARE(unknown.error().providerCode, u"ERR_NO_WITHDRAW"_s);
    const auto byKey = wait<std::optional<Withdrawal>>(
        [&](QObject* c, auto done) { m_provider->findWithdrawalByKey(u"WD-BB-1"_s, c, done); });
    QCOMPARE(byKey.error().kind, ProviderError::Kind::Unsupported);
}

void TstBucksBusProvider::validationErrorKeepsCodeAndMessage()
{
    // v10.2 answers 422 {"code","message"}: no field name, the code and the words are kept.
    const CreatingCallPermit permit = begin(JournalKind::Withdrawal, u"WD-BAD"_s);
    const auto refused = createWithdrawal(permit, u"0.001"_s, u"bc1-not-an-address"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(refused.error().httpStatus, 422);
    QCOMPARE(refused.error().providerCode, u"ERR_INVALID_ADDRESS"_s);
    QCOMPARE(refused.error().message, u"Address <bc1-not-an-address> is not a valid Bitcoin address."_s);
    QVERIFY(!refused.error().outcomeUnknown);
    QCOMPARE(received("POST", kWithdraw), 1);

    // Fields v10.2 does not have are refused before anything is sent, with the draft's field name.
    const CreatingCallPermit tagged = begin(JournalKind::Withdrawal, u"WD-TAG"_s);
    const WithdrawalDraft draft{
        .accountId = m_account.id, .amount = {dec("0.001"), u"BTC"_s}, .address = kPayerAddress, .tag = u"7"_s};
    const auto local = wait<Withdrawal>(
        [&](QObject* c, auto done) { m_provider->createWithdrawal(*m_journal, tagged, draft, c, done); });
    QCOMPARE(local.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(local.error().field, u"tag"_s);
    QCOMPARE(received("POST", kWithdraw), 1);
}

void TstBucksBusProvider::invoice500AfterCommitIsFoundByKey()
{
    fault(u"POST"_s, kPayment, u"error500AfterCommit"_s);
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"BB-500"_s);
    const auto result = createInvoice(permit, u"0.001"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ProviderError::Kind::Server);
    QVERIFY(result.error().outcomeUnknown);
    QVERIFY(m_journal->markUnknown(permit).ok());
    QCOMPARE(received("POST", kPayment), 1);

    const auto found = wait<std::optional<Payment>>(
        [&](QObject* c, auto done) { m_provider->findInvoiceByKey(u"BB-500"_s, c, done); });
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : describe(found.error())));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->orderId, u"BB-500"_s);
    QVERIFY(m_journal->settleFound(permit.entryId(), found.value()->id).ok());
    QCOMPARE(m_journal->entry(permit.entryId()).value().state, JournalState::Confirmed);
    QCOMPARE(received("POST", kPayment), 1);
}

void TstBucksBusProvider::droppedInvoiceIsFoundByKey()
{
    fault(u"POST"_s, kPayment, u"dropConnection"_s);
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"BB-DROP"_s);
    const auto result = createInvoice(permit, u"0.003"_s);
    QVERIFY(!result.ok());
    QVERIFY(result.error().outcomeUnknown);
    QVERIFY(m_journal->markUnknown(permit).ok());
    QCOMPARE(received("POST", kPayment), 1); // the drop did not make the client send it again

    const auto found = wait<std::optional<Payment>>(
        [&](QObject* c, auto done) { m_provider->findInvoiceByKey(u"BB-DROP"_s, c, done); });
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : describe(found.error())));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->amount, (Money{dec("0.003"), u"BTC"_s}));
    QVERIFY(m_journal->settleFound(permit.entryId(), found.value()->id).ok());
}

void TstBucksBusProvider::droppedWithdrawalStaysUnknown()
{
    const CreatingCallPermit invoicePermit = begin(JournalKind::Invoice, u"BB-FUND-3"_s);
    const auto invoice = createInvoice(invoicePermit, u"0.01"_s);
    QVERIFY(invoice.ok());
    pay(invoice.value().id);

    fault(u"POST"_s, kWithdraw, u"dropConnection"_s);
    const CreatingCallPermit permit = begin(JournalKind::Withdrawal, u"WD-BB-DROP"_s);
    const auto lost = createWithdrawal(permit, u"0.001"_s, kPayerAddress);
    QVERIFY(!lost.ok());
    QVERIFY(lost.error().outcomeUnknown);
    QVERIFY(m_journal->markUnknown(permit).ok());
    QCOMPARE(received("POST", kWithdraw), 1);
    // v10.2 has no withdrawal list: the provider says so rather than "not found", and the entry stays unknown.
    const auto found = wait<std::optional<Withdrawal>>(
        [&](QObject* c, auto done) { m_provider->findWithdrawalByKey(u"WD-BB-DROP"_s, c, done); });
    QCOMPARE(found.error().kind, ProviderError::Kind::Unsupported);
    QCOMPARE(m_journal->entry(permit.entryId()).value().state, JournalState::Unknown);
}

void TstBucksBusProvider::transactionsFallBackToTxs()
{
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"BB-TXS"_s);
    const auto invoice = createInvoice(permit, u"0.001"_s);
    QVERIFY(invoice.ok());
    pay(invoice.value().id);
    // A deployment without the vendor's /trxs path.
    fault(u"GET"_s, u"/bucksbus/int/payment/*/trxs"_s, u"error500BeforeCommit"_s, 404, -1);

    const QString trxs = kPayment + u"/"_s + invoice.value().id + u"/trxs"_s;
    const QString txs = kPayment + u"/"_s + invoice.value().id + u"/txs"_s;
    for (int call = 1; call <= 2; ++call) {
        const auto result = wait<QList<BlockchainTx>>(
            [&](QObject* c, auto done) { m_provider->fetchTransactions(invoice.value().id, c, done); });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
        QCOMPARE(result.value().size(), 1);
        QCOMPARE(result.value().first().amount, (Money{dec("0.001"), u"BTC"_s}));
        QCOMPARE(received("GET", trxs), 1); // asked once; afterwards the provider goes to /txs directly
        QCOMPARE(received("GET", txs), call);
    }

    // An unknown payment is the gateway's 422 ERR_NO_PAYMENT, not a missing route: no fallback for it.
    const auto unknown = wait<QList<BlockchainTx>>([&](QObject* c, auto done) {
        m_provider->fetchTransactions(u"f2a681c0-34e6-4668-8cb4-f76bac6b81c3"_s, c, done);
    });
    QCOMPARE(unknown.error().kind, ProviderError::Kind::NotFound);
    QCOMPARE(unknown.error().providerCode, u"ERR_NO_PAYMENT"_s);
}

void TstBucksBusProvider::webhooksVerify()
{
    const CreatingCallPermit permit = begin(JournalKind::Invoice, u"BB-HOOK"_s);
    const auto invoice = createInvoice(permit, u"0.001"_s);
    QVERIFY(invoice.ok());
    pay(invoice.value().id);
    const auto deliveries = m_fixture->sandbox().webhooks().deliveries();
    QVERIFY(!deliveries.isEmpty());
    const auto& sent = deliveries.constLast()->webhook;
    QCOMPARE(sent.gateway, u"bucksbus"_s);
    const auto verified = BucksBusJson::webhookPayment(sent.body, true);
    QVERIFY(verified.ok());
    QCOMPARE(verified.value().orderId, u"BB-HOOK"_s);

    const auto verifier = m_provider->webhookVerifier();
    QVERIFY(verifier);
    WebhookMessage message{.headers = sent.headers, .body = sent.body, .receivedAt = QDateTime::currentDateTimeUtc()};
    QVERIFY(verifier->verify(message).isValid());
    message.body.replace("BB-HOOK", "BB-HACK");
    QCOMPARE(verifier->verify(message).status, WebhookVerification::Status::Invalid);
}

QTEST_GUILESS_MAIN(TstBucksBusProvider)
#include "tst_BucksBusProvider.moc"
