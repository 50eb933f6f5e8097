#include "providers/GatewayOperations.h"
#include "providers/cryptocom/CryptoComProvider.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// Creating an invoice through the journal against the sandbox, with each way the call can end: created, refused,
// interrupted after the gateway committed (found by order id), interrupted before it did (looked up, then sent
// again under the same order id only when asked), and asked twice.
class TstGatewayOperations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createdInvoiceIsJournaledAndStored();
    void sameOrderIdTwiceSendsOnce();
    void localRefusalLeavesTheOrderIdFree();
    void connectionRefusedLeavesTheOrderIdFree();
    void gatewayRefusalLeavesTheOrderIdFree();
    void unknownOutcomeBlocksUntilReconciledFound();
    void unknownOutcomeBlocksUntilReconciledNotFound();
    void serverErrorAfterCommitIsFoundByOrderId();
    void serverErrorBeforeCommitIsRetriedOnlyAfterALookup();
    void unknownEntryIsReconciledLater();
    void generatedOrderIds();
    void refundIsJournaledAndStored();
    void refundInterruptedAfterCommitIsFoundOnce_data();
    void refundInterruptedAfterCommitIsFoundOnce();
    void refundInterruptedBeforeCommitIsNotFound();
    void refundKeyIsFreeAfterAGatewayRefusal();
    void ledgerChangesAreAnnounced();

private:
    Result<Payment> create(const InvoiceDraft& draft);
    void addFault(const QString& kind, int count);
    void failLookups();
    QString state(const QString& orderId) const;
    int attempts(const QString& orderId) const;
    void addRefundFault(const QString& kind, bool afterCommit);
    Payment paidInvoice(const QString& orderId, const QString& amount);
    Result<Refund> refund(const RefundDraft& draft);
    int refundPosts() const { return m_fixture->received("POST", u"/cryptocom/api/refunds"_s); }
    int posts() const { return m_fixture->received("POST", u"/cryptocom/api/payments"_s); }

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<CryptoComProvider> m_provider;
    std::unique_ptr<GatewayOperations> m_operations;
};

void TstGatewayOperations::init()
{
    m_fixture = std::make_unique<test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    const Account account = m_fixture->addAccount(u"acc-cc"_s, Gateway::CryptoCom, u"/cryptocom/api"_s);
    AccountCredentials credentials;
    credentials.apiKey = m_fixture->demoCredential(u"cryptocom"_s, u"secret key"_s).toUtf8();
    m_provider = std::make_unique<CryptoComProvider>(account, credentials, &m_fixture->http());
    m_operations = std::make_unique<GatewayOperations>(m_fixture->ledger(), m_fixture->journal());
}

void TstGatewayOperations::cleanup()
{
    m_operations.reset();
    m_provider.reset();
    m_fixture.reset();
}

Result<Payment> TstGatewayOperations::create(const InvoiceDraft& draft)
{
    return m_fixture->wait<Payment>(
        this, [&](QObject* context, auto done) { m_operations->createInvoice(*m_provider, draft, context, done); });
}

void TstGatewayOperations::addFault(const QString& kind, int count)
{
    m_fixture->control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/cryptocom/api/payments"_s},
                {u"kind"_s, kind}, {u"count"_s, count}}}}});
}

void TstGatewayOperations::createdInvoiceIsJournaledAndStored()
{
    const auto result = create({.amount = {*Decimal::fromString(u"12.50"), u"USD"_s}, .orderId = u"OP-1"_s});
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const auto entry = m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Invoice, u"OP-1"_s);
    QCOMPARE(entry.value().state, JournalState::Confirmed);
    QCOMPARE(entry.value().gatewayId, result.value().id);
    QVERIFY(entry.value().requestJson.contains("12.50"));
    const auto stored = m_fixture->ledger().payment(u"acc-cc"_s, result.value().id);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().orderId, u"OP-1"_s);
    QCOMPARE(posts(), 1);
}

void TstGatewayOperations::sameOrderIdTwiceSendsOnce()
{
    const InvoiceDraft draft{.amount = {*Decimal::fromString(u"7"), u"EUR"_s}, .orderId = u"OP-2"_s};
    const auto first = create(draft);
    QVERIFY(first.ok());
    const auto second = create(draft);
    QVERIFY(second.ok());
    QCOMPARE(second.value().id, first.value().id);
    QCOMPARE(posts(), 1);
    QCOMPARE(m_fixture->ledger().payments({}).value().size(), 1);
}

void TstGatewayOperations::failLookups()
{
    // Every lookup by order id (GET /payments?…) fails until clearFaults().
    m_fixture->control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"GET"_s}, {u"path"_s, u"/cryptocom/api/payments"_s},
                {u"kind"_s, u"error500BeforeCommit"_s}, {u"count"_s, -1}}}}});
}

QString TstGatewayOperations::state(const QString& orderId) const
{
    const auto entry = m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Invoice, orderId);
    return entry.ok() ? journalStateId(entry.value().state) : u"(none)"_s;
}

int TstGatewayOperations::attempts(const QString& orderId) const
{
    const auto entry = m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Invoice, orderId);
    return entry.ok() ? entry.value().attempts : 0;
}

void TstGatewayOperations::localRefusalLeavesTheOrderIdFree()
{
    // A description longer than Crypto.com takes: refused before sending, never unknown.
    InvoiceDraft draft{
        .amount = {*Decimal::fromString(u"1.00"), u"USD"_s}, .orderId = u"OP-3"_s, .description = QString(300, u'x')};
    const auto refused = create(draft);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().outcomeUnknown);
    QCOMPARE(state(u"OP-3"_s), u"not_sent"_s);
    QCOMPARE(posts(), 0);
    QVERIFY(m_fixture->ledger().payments({}).value().isEmpty());

    // Corrected, under the same order id: sent once, and the entry counts both attempts.
    draft.description = u"corrected"_s;
    const auto created = create(draft);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created.value().orderId, u"OP-3"_s);
    QCOMPARE(posts(), 1);
    QCOMPARE(state(u"OP-3"_s), u"confirmed"_s);
    QCOMPARE(attempts(u"OP-3"_s), 2);
    QCOMPARE(m_fixture->ledger().payments({}).value().size(), 1);
}

void TstGatewayOperations::connectionRefusedLeavesTheOrderIdFree()
{
    // The same account, its gateway unreachable: the connection is refused, nothing reached the gateway.
    Account unreachable = m_provider->account();
    unreachable.baseUrl = test::SandboxFixture::refusingUrl(u"/cryptocom/api"_s);
    AccountCredentials credentials;
    credentials.apiKey = m_fixture->demoCredential(u"cryptocom"_s, u"secret key"_s).toUtf8();
    CryptoComProvider offline(unreachable, credentials, &m_fixture->http());
    const InvoiceDraft draft{.amount = {*Decimal::fromString(u"9.00"), u"USD"_s}, .orderId = u"OP-CR"_s};
    const auto refused = m_fixture->wait<Payment>(
        this, [&](QObject* context, auto done) { m_operations->createInvoice(offline, draft, context, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ProviderError::Kind::Network);
    QVERIFY(!refused.error().outcomeUnknown);
    QCOMPARE(state(u"OP-CR"_s), u"not_sent"_s);
    QCOMPARE(posts(), 0);

    // The gateway reachable again, the same order id: sent exactly once more, created once.
    const auto created = create(draft);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created.value().orderId, u"OP-CR"_s);
    QCOMPARE(posts(), 1);
    QCOMPARE(state(u"OP-CR"_s), u"confirmed"_s);
    QCOMPARE(attempts(u"OP-CR"_s), 2);
    QCOMPARE(m_fixture->ledger().payments({}).value().size(), 1);

    // And once created, the same order id sends nothing.
    QCOMPARE(create(draft).value().id, created.value().id);
    QCOMPARE(posts(), 1);
}

void TstGatewayOperations::gatewayRefusalLeavesTheOrderIdFree()
{
    // The gateway refuses the request with a 422 before creating anything.
    m_fixture->control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/cryptocom/api/payments"_s},
                {u"kind"_s, u"error500BeforeCommit"_s}, {u"status"_s, 422}, {u"count"_s, 1}}}}});
    InvoiceDraft draft{.amount = {*Decimal::fromString(u"11.00"), u"USD"_s}, .orderId = u"OP-422"_s};
    const auto refused = create(draft);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 422);
    QVERIFY(!refused.error().outcomeUnknown);
    QCOMPARE(state(u"OP-422"_s), u"failed"_s);
    QCOMPARE(posts(), 1);
    QVERIFY(m_fixture->ledger().payments({}).value().isEmpty());

    // A corrected request under the same order id is sent and created; the refused attempt stays in the history.
    draft.amount = {*Decimal::fromString(u"12.00"), u"USD"_s};
    const auto created = create(draft);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created.value().orderId, u"OP-422"_s);
    QCOMPARE(created.value().amount.amount, *Decimal::fromString(u"12.00"));
    QCOMPARE(posts(), 2);
    const auto entry = m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Invoice, u"OP-422"_s);
    QCOMPARE(journalStateId(entry.value().state), u"confirmed"_s);
    QCOMPARE(entry.value().attempts, 2);
    QVERIFY(!entry.value().failureReason.isEmpty());
    QVERIFY(entry.value().requestJson.contains("12.00"));
    QCOMPARE(m_fixture->ledger().payments({}).value().size(), 1);
}

void TstGatewayOperations::unknownOutcomeBlocksUntilReconciledFound()
{
    // The gateway commits and answers 500; every lookup fails: the outcome stays unknown.
    addFault(u"error500AfterCommit"_s, 1);
    failLookups();
    const InvoiceDraft draft{.amount = {*Decimal::fromString(u"13.00"), u"USD"_s}, .orderId = u"OP-U1"_s};
    const auto first = create(draft);
    QVERIFY(!first.ok());
    QVERIFY(first.error().outcomeUnknown);
    QCOMPARE(state(u"OP-U1"_s), u"unknown"_s);

    // Asked again while it cannot be looked up: refused, nothing sent.
    const auto blocked = create(draft);
    QVERIFY(!blocked.ok());
    QVERIFY(blocked.error().outcomeUnknown);
    QCOMPARE(state(u"OP-U1"_s), u"unknown"_s);
    QCOMPARE(posts(), 1);

    // Reconciliation finds it: confirmed, and the same order id hands back that invoice without sending.
    m_fixture->clearFaults();
    const auto unknown = m_fixture->journal().unknownEntries(u"acc-cc"_s);
    QCOMPARE(unknown.value().size(), 1);
    const auto settled = m_fixture->wait<JournalEntry>(this, [&](QObject* context, auto done) {
        m_operations->reconcile(*m_provider, unknown.value().first(), context, done);
    });
    QVERIFY2(settled.ok(), qPrintable(settled.ok() ? QString() : settled.error().message));
    QCOMPARE(journalStateId(settled.value().state), u"confirmed"_s);
    const auto again = create(draft);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again.value().id, settled.value().gatewayId);
    QCOMPARE(posts(), 1);
    QCOMPARE(m_fixture->ledger().payments({}).value().size(), 1);
}

void TstGatewayOperations::unknownOutcomeBlocksUntilReconciledNotFound()
{
    // A 500 before the gateway committed, and every lookup fails: unknown, although nothing was created.
    addFault(u"error500BeforeCommit"_s, 1);
    failLookups();
    const InvoiceDraft draft{.amount = {*Decimal::fromString(u"14.00"), u"USD"_s}, .orderId = u"OP-U2"_s};
    QVERIFY(!create(draft).ok());
    QCOMPARE(state(u"OP-U2"_s), u"unknown"_s);
    const auto blocked = create(draft);
    QVERIFY(!blocked.ok());
    QVERIFY(blocked.error().outcomeUnknown);
    QCOMPARE(posts(), 1);

    // Reconciliation finds nothing under the order id: only now may it be sent again, exactly once.
    m_fixture->clearFaults();
    const auto settled = m_fixture->wait<JournalEntry>(this, [&](QObject* context, auto done) {
        m_operations->reconcile(
            *m_provider, m_fixture->journal().unknownEntries(u"acc-cc"_s).value().first(), context, done);
    });
    QVERIFY2(settled.ok(), qPrintable(settled.ok() ? QString() : settled.error().message));
    QCOMPARE(posts(), 1);
    const auto created = create(draft);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(posts(), 2);
    QCOMPARE(state(u"OP-U2"_s), u"confirmed"_s);
    QCOMPARE(m_fixture->ledger().payments({}).value().size(), 1);
}

void TstGatewayOperations::serverErrorAfterCommitIsFoundByOrderId()
{
    addFault(u"error500AfterCommit"_s, 1);
    const auto result = create({.amount = {*Decimal::fromString(u"40"), u"USD"_s}, .orderId = u"OP-4"_s});
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().orderId, u"OP-4"_s);
    const auto entry = m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Invoice, u"OP-4"_s);
    QCOMPARE(entry.value().state, JournalState::Confirmed);
    QCOMPARE(entry.value().attempts, 1);
    QCOMPARE(posts(), 1);
    QCOMPARE(m_fixture->ledger().payments({}).value().size(), 1);
}

void TstGatewayOperations::serverErrorBeforeCommitIsRetriedOnlyAfterALookup()
{
    addFault(u"error500BeforeCommit"_s, 1);
    const InvoiceDraft draft{.amount = {*Decimal::fromString(u"5"), u"USD"_s}, .orderId = u"OP-5"_s};
    const auto first = create(draft);
    QVERIFY(!first.ok());
    QVERIFY(first.error().outcomeUnknown);
    QVERIFY(first.error().message.contains(u"OP-5"_s));
    QCOMPARE(m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Invoice, u"OP-5"_s).value().state,
        JournalState::Unknown);
    QCOMPARE(posts(), 1);

    // Asked again: looked up (not there), then sent once more under the same order id.
    const auto second = create(draft);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
    QCOMPARE(second.value().orderId, u"OP-5"_s);
    const auto entry = m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Invoice, u"OP-5"_s);
    QCOMPARE(entry.value().state, JournalState::Confirmed);
    QCOMPARE(entry.value().attempts, 2);
    QCOMPARE(posts(), 2);
    QCOMPARE(m_fixture->ledger().payments({}).value().size(), 1);
}

void TstGatewayOperations::unknownEntryIsReconciledLater()
{
    // The gateway commits and answers 500, and the lookup right after fails too: the entry stays unknown.
    addFault(u"error500AfterCommit"_s, 1);
    m_fixture->control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"GET"_s}, {u"path"_s, u"/cryptocom/api/payments"_s},
                {u"kind"_s, u"error500BeforeCommit"_s}, {u"count"_s, 2}}}}});
    const auto first = create({.amount = {*Decimal::fromString(u"8"), u"USD"_s}, .orderId = u"OP-6"_s});
    QVERIFY(!first.ok());
    QVERIFY(first.error().outcomeUnknown);
    const auto unknown = m_fixture->journal().unknownEntries(u"acc-cc"_s);
    QCOMPARE(unknown.value().size(), 1);
    QVERIFY(m_fixture->ledger().payments({}).value().isEmpty());

    // Later (at the next sync), reconciliation finds the invoice by its order id without sending anything.
    const auto settled = m_fixture->wait<JournalEntry>(this, [&](QObject* context, auto done) {
        m_operations->reconcile(*m_provider, unknown.value().first(), context, done);
    });
    QVERIFY2(settled.ok(), qPrintable(settled.ok() ? QString() : settled.error().message));
    QCOMPARE(settled.value().state, JournalState::Confirmed);
    QCOMPARE(m_fixture->ledger().payments({}).value().size(), 1);
    QCOMPARE(m_fixture->ledger().payments({}).value().first().orderId, u"OP-6"_s);
    QCOMPARE(posts(), 1);
}

void TstGatewayOperations::generatedOrderIds()
{
    const QString a = GatewayOperations::generateKey(JournalKind::Invoice);
    const QString b = GatewayOperations::generateKey(JournalKind::Invoice);
    QVERIFY(a != b);
    QVERIFY(a.startsWith(u"PD-"_s));
    QCOMPARE(a.size(), 15);
    const auto result = create({.amount = {*Decimal::fromString(u"2"), u"USD"_s}});
    QVERIFY(result.ok());
    QVERIFY(result.value().orderId.startsWith(u"PD-"_s));
}

void TstGatewayOperations::addRefundFault(const QString& kind, bool afterCommit)
{
    m_fixture->control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/cryptocom/api/refunds"_s},
                {u"kind"_s, kind}, {u"afterCommit"_s, afterCommit}, {u"count"_s, 1}}}}});
}

Payment TstGatewayOperations::paidInvoice(const QString& orderId, const QString& amount)
{
    const auto created = create({.amount = {*Decimal::fromString(amount), u"USD"_s}, .orderId = orderId});
    if (!created.ok())
        return {};
    m_fixture->control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptocom"_s}, {u"id"_s, created.value().id}});
    return created.value();
}

Result<Refund> TstGatewayOperations::refund(const RefundDraft& draft)
{
    return m_fixture->wait<Refund>(
        this, [&](QObject* context, auto done) { m_operations->createRefund(*m_provider, draft, context, done); });
}

void TstGatewayOperations::refundIsJournaledAndStored()
{
    const Payment paid = paidInvoice(u"OP-R1"_s, u"30.00"_s);
    QVERIFY(!paid.id.isEmpty());
    const auto result = refund(
        {.paymentId = paid.id, .amount = {*Decimal::fromString(u"10.00"), u"USD"_s}, .idempotencyKey = u"PR-TEST-1"_s});
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().paymentId, paid.id);
    QCOMPARE(refundPosts(), 1);
    const auto refunds = m_fixture->ledger().refunds({u"acc-cc"_s});
    QCOMPARE(refunds.value().size(), 1);
    QCOMPARE(refunds.value().first().id, result.value().id);
    // The payment was fetched (and stored) before the refund was sent, and the journal keeps what it had refunded
    // then, for a later lookup; it was read again once the refund was made, so the ledger shows the refund at once.
    const auto entry = m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Refund, u"PR-TEST-1"_s);
    QCOMPARE(entry.value().state, JournalState::Confirmed);
    QCOMPARE(entry.value().gatewayId, result.value().id);
    const QJsonObject summary = QJsonDocument::fromJson(entry.value().requestJson).object();
    QCOMPARE(summary.value(u"refunded_before"_s).toString(), u"0.00"_s);
    QCOMPARE(summary.value(u"payment_id"_s).toString(), paid.id);
    const Payment after = m_fixture->ledger().payment(u"acc-cc"_s, paid.id).value();
    QCOMPARE(after.status, PaymentStatus::PartiallyRefunded);
    QCOMPARE(after.refunded, (Money{*Decimal::fromString(u"10.00"), u"USD"_s}));
}

void TstGatewayOperations::refundInterruptedAfterCommitIsFoundOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("500 after commit") << u"error500AfterCommit"_s;
    QTest::newRow("dropped after commit") << u"dropConnection"_s;
}

void TstGatewayOperations::refundInterruptedAfterCommitIsFoundOnce()
{
    QFETCH(QString, kind);
    const Payment paid = paidInvoice(u"OP-R2"_s, u"30.00"_s);
    QVERIFY(!paid.id.isEmpty());
    // One refund before, so the lookup has to tell the new one from the refunded total already there.
    QVERIFY(refund({.paymentId = paid.id, .amount = {*Decimal::fromString(u"5.00"), u"USD"_s}}).ok());

    addRefundFault(kind, true);
    const RefundDraft draft{
        .paymentId = paid.id, .amount = {*Decimal::fromString(u"7.50"), u"USD"_s}, .idempotencyKey = u"PR-TEST-2"_s};
    const auto result = refund(draft);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().id, u"PR-TEST-2"_s); // Crypto.com never published the refund's own id to anyone else
    QCOMPARE(result.value().amount.amount, *Decimal::fromString(u"7.50"));
    QCOMPARE(refundPosts(), 2);
    const auto entry = m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Refund, u"PR-TEST-2"_s);
    QCOMPARE(entry.value().state, JournalState::Confirmed);
    QCOMPARE(m_fixture->ledger().refunds({u"acc-cc"_s}).value().size(), 2);

    // Asked again with the same key: nothing is sent, the stored refund comes back.
    const auto again = refund(draft);
    QVERIFY(again.ok());
    QCOMPARE(refundPosts(), 2);
    QCOMPARE(m_fixture->ledger().refunds({u"acc-cc"_s}).value().size(), 2);
}

void TstGatewayOperations::refundInterruptedBeforeCommitIsNotFound()
{
    const Payment paid = paidInvoice(u"OP-R3"_s, u"30.00"_s);
    QVERIFY(!paid.id.isEmpty());
    addRefundFault(u"error500BeforeCommit"_s, false);
    const RefundDraft draft{
        .paymentId = paid.id, .amount = {*Decimal::fromString(u"30.00"), u"USD"_s}, .idempotencyKey = u"PR-TEST-3"_s};
    const auto first = refund(draft);
    QVERIFY(!first.ok());
    QVERIFY(first.error().outcomeUnknown);
    QVERIFY(first.error().message.contains(u"PR-TEST-3"_s));
    QCOMPARE(refundPosts(), 1);
    QVERIFY(m_fixture->ledger().refunds({u"acc-cc"_s}).value().isEmpty());

    // Asked again: the payment shows nothing refunded, so it is sent once more under the same key.
    const auto second = refund(draft);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
    QCOMPARE(refundPosts(), 2);
    QCOMPARE(m_fixture->ledger().refunds({u"acc-cc"_s}).value().size(), 1);
    QCOMPARE(m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Refund, u"PR-TEST-3"_s).value().attempts, 2);
}

void TstGatewayOperations::refundKeyIsFreeAfterAGatewayRefusal()
{
    const Payment paid = paidInvoice(u"OP-R4"_s, u"30.00"_s);
    QVERIFY(!paid.id.isEmpty());
    // The gateway answers 400 without refunding anything.
    m_fixture->control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/cryptocom/api/refunds"_s},
                {u"kind"_s, u"error500BeforeCommit"_s}, {u"status"_s, 400}, {u"count"_s, 1}}}}});
    const RefundDraft draft{
        .paymentId = paid.id, .amount = {*Decimal::fromString(u"10.00"), u"USD"_s}, .idempotencyKey = u"PR-TEST-4"_s};
    const auto refused = refund(draft);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 400);
    QCOMPARE(
        journalStateId(m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Refund, u"PR-TEST-4"_s).value().state),
        u"failed"_s);
    QCOMPARE(refundPosts(), 1);

    // The same refund key again: sent once more, refunded once.
    const auto refunded = refund(draft);
    QVERIFY2(refunded.ok(), qPrintable(refunded.ok() ? QString() : refunded.error().message));
    QCOMPARE(refundPosts(), 2);
    QCOMPARE(m_fixture->ledger().refunds({u"acc-cc"_s}).value().size(), 1);
    QCOMPARE(
        journalStateId(m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Refund, u"PR-TEST-4"_s).value().state),
        u"confirmed"_s);
}

void TstGatewayOperations::ledgerChangesAreAnnounced()
{
    QSignalSpy spy(m_operations.get(), &GatewayOperations::ledgerChanged);
    const auto result = create({.amount = {*Decimal::fromString(u"3"), u"USD"_s}, .orderId = u"OP-C1"_s});
    QVERIFY(result.ok());
    QCOMPARE(spy.size(), 1);
    const auto change = spy.first().first().value<LedgerChange>();
    QCOMPARE(change.kind, LedgerChange::Kind::Payments);
    QCOMPARE(change.accountId, u"acc-cc"_s);
    QCOMPARE(change.ids.inserted, QStringList{result.value().id});

    // The same order id again: nothing new written, nothing announced.
    QVERIFY(create({.amount = {*Decimal::fromString(u"3"), u"USD"_s}, .orderId = u"OP-C1"_s}).ok());
    QCOMPARE(spy.size(), 1);
}

QTEST_GUILESS_MAIN(TstGatewayOperations)
#include "tst_GatewayOperations.moc"
