#include "providers/GatewayOperations.h"
#include "providers/cryptocom/CryptoComProvider.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
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
    void gatewayRefusalFailsTheEntry();
    void serverErrorAfterCommitIsFoundByOrderId();
    void serverErrorBeforeCommitIsRetriedOnlyAfterALookup();
    void unknownEntryIsReconciledLater();
    void generatedOrderIds();

private:
    Result<Payment> create(const InvoiceDraft& draft);
    void addFault(const QString& kind, int count);
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

void TstGatewayOperations::gatewayRefusalFailsTheEntry()
{
    // A currency the gateway does not take: refused by the gateway (or before sending), never unknown.
    const auto result = create(
        {.amount = {*Decimal::fromString(u"1.00"), u"USD"_s}, .orderId = u"OP-3"_s, .description = QString(300, u'x')});
    QVERIFY(!result.ok());
    QVERIFY(!result.error().outcomeUnknown);
    QCOMPARE(m_fixture->journal().entryByKey(u"acc-cc"_s, JournalKind::Invoice, u"OP-3"_s).value().state,
        JournalState::Failed);
    QVERIFY(m_fixture->ledger().payments({}).value().isEmpty());
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
        m_operations->reconcileInvoice(*m_provider, unknown.value().first(), context, done);
    });
    QVERIFY2(settled.ok(), qPrintable(settled.ok() ? QString() : settled.error().message));
    QCOMPARE(settled.value().state, JournalState::Confirmed);
    QCOMPARE(m_fixture->ledger().payments({}).value().size(), 1);
    QCOMPARE(m_fixture->ledger().payments({}).value().first().orderId, u"OP-6"_s);
    QCOMPARE(posts(), 1);
}

void TstGatewayOperations::generatedOrderIds()
{
    const QString a = GatewayOperations::generateOrderId();
    const QString b = GatewayOperations::generateOrderId();
    QVERIFY(a != b);
    QVERIFY(a.startsWith(u"PD-"_s));
    QCOMPARE(a.size(), 15);
    const auto result = create({.amount = {*Decimal::fromString(u"2"), u"USD"_s}});
    QVERIFY(result.ok());
    QVERIFY(result.value().orderId.startsWith(u"PD-"_s));
}

QTEST_GUILESS_MAIN(TstGatewayOperations)
#include "tst_GatewayOperations.moc"
