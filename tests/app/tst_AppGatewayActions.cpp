#include "app/gui/SandboxAccounts.h"
#include "core/ProviderErrorText.h"
#include "core/journal/Journal.h"
#include "tests/support/DashboardFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The dashboard's GatewayActions on the in-process sandbox: the four demo accounts work, sync fills the ledger off
// the GUI thread, user actions are stored and announced row by row, secrets live in the secret store only.
class TstAppGatewayActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sandboxAccountsPassTheirTest();
    void syncFillsTheLedger();
    void invoiceCreatedPaidAndRefreshed();
    void refreshFollowsTheRefunds();
    void wrongKeyIsAnAuthError();
    void removingAnAccountRemovesItsSecrets();
    void plainHttpToAPublicHostIsRefusedAtAdd();
    void unsettledInvoiceTellsTheJournalChanged();

private:
    std::unique_ptr<test::DashboardFixture> m_fixture;
};

void TstAppGatewayActions::init()
{
    m_fixture = std::make_unique<test::DashboardFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error, 400, 30), qPrintable(error));
}

void TstAppGatewayActions::cleanup()
{
    m_fixture.reset();
}

void TstAppGatewayActions::sandboxAccountsPassTheirTest()
{
    QSignalSpy accountsChanged(&m_fixture->actions(), &GatewayActions::accountsChanged);
    for (const Gateway gateway :
        {Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus}) {
        const Account account = m_fixture->addSandboxAccount(gateway);
        const auto tested = m_fixture->wait<void>(
            this, [&](QObject* context, auto done) { m_fixture->actions().testAccount(account.id, context, done); });
        QVERIFY2(
            tested.ok(), qPrintable(gatewayId(gateway) + u": "_s + (tested.ok() ? QString() : tested.error().message)));
    }
    QCOMPARE(accountsChanged.size(), 4);
    QCOMPARE(m_fixture->ledger().accounts().value().size(), 4);
}

void TstAppGatewayActions::syncFillsTheLedger()
{
    for (const Gateway gateway : {Gateway::CryptoCom, Gateway::BucksBus})
        m_fixture->addSandboxAccount(gateway);
    QSignalSpy changes(&m_fixture->actions(), &GatewayActions::ledgerChanged);
    QSignalSpy finished(&m_fixture->actions(), &GatewayActions::syncFinished);
    QVERIFY(m_fixture->syncAll());
    QCOMPARE(finished.size(), 2);
    for (const auto& arguments : finished)
        QVERIFY2(arguments.first().value<SyncOutcome>().ok(),
            qPrintable(arguments.first().value<SyncOutcome>().errors.join(u"; "_s)));
    QCOMPARE(m_fixture->ledger().countPayments({}).value(), 200); // 100 per gateway
    QVERIFY(!changes.isEmpty());
    QVERIFY(!m_fixture->ledger().latestBalances().value().isEmpty()); // v10.2 has balances
}

void TstAppGatewayActions::invoiceCreatedPaidAndRefreshed()
{
    const Account account = m_fixture->addSandboxAccount(Gateway::CryptoCom);
    QSignalSpy changes(&m_fixture->actions(), &GatewayActions::ledgerChanged);
    InvoiceDraft draft;
    draft.amount = {*Decimal::fromString(u"19.90"), u"EUR"_s};
    draft.description = u"Dashboard test"_s;
    const auto created = m_fixture->wait<Payment>(this,
        [&](QObject* context, auto done) { m_fixture->actions().createInvoice(account.id, draft, context, done); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().first().value<LedgerChange>().ids.inserted, QStringList{created.value().id});

    m_fixture->control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptocom"_s}, {u"id"_s, created.value().id}});
    const auto refreshed = m_fixture->wait<Payment>(this,
        [&](QObject* context, auto done) { m_fixture->actions().refreshInvoice(created.value(), context, done); });
    QVERIFY(refreshed.ok());
    QCOMPARE(refreshed.value().status, PaymentStatus::Paid);
    QCOMPARE(m_fixture->ledger().payment(account.id, created.value().id).value().status, PaymentStatus::Paid);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.last().first().value<LedgerChange>().ids.changed, QStringList{created.value().id});
}

// A payment's Refresh also brings its refunds under way up to date: the refund the customer received shows done.
void TstAppGatewayActions::refreshFollowsTheRefunds()
{
    const Account account = m_fixture->addSandboxAccount(Gateway::CryptoCom);
    InvoiceDraft draft;
    draft.amount = {*Decimal::fromString(u"19.90"), u"EUR"_s};
    const auto created = m_fixture->wait<Payment>(this,
        [&](QObject* context, auto done) { m_fixture->actions().createInvoice(account.id, draft, context, done); });
    QVERIFY(created.ok());
    m_fixture->control(u"/_sandbox/pay"_s, {{u"gateway"_s, u"cryptocom"_s}, {u"id"_s, created.value().id}});
    RefundDraft refundDraft;
    refundDraft.paymentId = created.value().id;
    refundDraft.amount = {*Decimal::fromString(u"5.00"), u"EUR"_s};
    const auto refund = m_fixture->wait<Refund>(this, [&](QObject* context, auto done) {
        m_fixture->actions().createRefund(account.id, refundDraft, context, done);
    });
    QVERIFY2(refund.ok(), qPrintable(refund.ok() ? QString() : refund.error().message));
    QCOMPARE(refund.value().status, TransferStatus::Pending);

    m_fixture->control(u"/_sandbox/clock"_s, {{u"advance"_s, 61}}); // the sandbox completes a refund after 60 s
    QSignalSpy changes(&m_fixture->actions(), &GatewayActions::ledgerChanged);
    const Payment known = m_fixture->ledger().payment(account.id, created.value().id).value();
    QVERIFY(m_fixture
                ->wait<Payment>(this,
                    [&](QObject* context, auto done) { m_fixture->actions().refreshInvoice(known, context, done); })
                .ok());
    const auto refundShowsDone = [&] {
        const auto refunds = m_fixture->ledger().refundsForPayment(account.id, created.value().id);
        return refunds.ok() && refunds.value().size() == 1
            && refunds.value().first().status == TransferStatus::Succeeded;
    };
    QVERIFY(QTest::qWaitFor(refundShowsDone, 10'000));
    bool announced = false;
    for (const auto& arguments : changes) {
        const auto change = arguments.first().value<LedgerChange>();
        announced = announced
            || (change.kind == LedgerChange::Kind::Refunds && change.ids.changed == QStringList{refund.value().id});
    }
    QVERIFY(announced);
}

void TstAppGatewayActions::wrongKeyIsAnAuthError()
{
    Account account = sandboxAccounts(m_fixture->sandbox()).first().account;
    account.name = u"Shop EU"_s;
    GatewayActions::Secrets secrets{{SecretKind::ApiKey, "sk_test_wrong"}};
    QVERIFY(
        m_fixture
            ->wait<Account>(this,
                [&](QObject* context, auto done) { m_fixture->actions().addAccount(account, secrets, context, done); })
            .ok());
    const auto tested = m_fixture->wait<void>(
        this, [&](QObject* context, auto done) { m_fixture->actions().testAccount(account.id, context, done); });
    QVERIFY(!tested.ok());
    QCOMPARE(tested.error().kind, ProviderError::Kind::Auth);
    QVERIFY(ProviderErrorText::summary(tested.error(), account.name).contains(u"“Shop EU”"_s));
}

void TstAppGatewayActions::removingAnAccountRemovesItsSecrets()
{
    const Account account = m_fixture->addSandboxAccount(Gateway::BucksBus);
    const auto revealed = m_fixture->wait<QByteArray>(this, [&](QObject* context, auto done) {
        m_fixture->actions().revealSecret(account.id, SecretKind::ApiSecret, context, done);
    });
    QCOMPARE(revealed.value(), QByteArray("bb_sandbox_api_secret"));
    QVERIFY(m_fixture
                ->wait<void>(this,
                    [&](QObject* context, auto done) { m_fixture->actions().removeAccount(account.id, context, done); })
                .ok());
    QVERIFY(m_fixture->ledger().accounts().value().isEmpty());
    const auto gone = m_fixture->wait<QByteArray>(this, [&](QObject* context, auto done) {
        m_fixture->actions().revealSecret(account.id, SecretKind::ApiSecret, context, done);
    });
    QVERIFY(!gone.ok());
}

void TstAppGatewayActions::plainHttpToAPublicHostIsRefusedAtAdd()
{
    Account account = sandboxAccounts(m_fixture->sandbox()).first().account;
    account.name = u"Plain"_s;
    account.baseUrl = QUrl(u"http://pay.example.com/api"_s);
    const GatewayActions::Secrets secrets{{SecretKind::ApiKey, "sk_test_x"}};
    const auto added = m_fixture->wait<Account>(
        this, [&](QObject* context, auto done) { m_fixture->actions().addAccount(account, secrets, context, done); });
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, ProviderError::Kind::Validation);
    QCOMPARE(added.error().field, u"baseUrl"_s);
    QVERIFY(added.error().message.contains(u"pay.example.com"_s));
    QVERIFY(m_fixture->ledger().accounts().value().isEmpty());
    // Changing an account's URL to one is refused too.
    const Account sandbox = m_fixture->addSandboxAccount(Gateway::CryptoCom);
    Account changed = sandbox;
    changed.baseUrl = QUrl(u"http://pay.example.com/api"_s);
    const auto updated = m_fixture->wait<Account>(
        this, [&](QObject* context, auto done) { m_fixture->actions().updateAccount(changed, {}, context, done); });
    QVERIFY(!updated.ok());
    QCOMPARE(m_fixture->ledger().account(sandbox.id).value().baseUrl, sandbox.baseUrl);
}

void TstAppGatewayActions::unsettledInvoiceTellsTheJournalChanged()
{
    const Account account = m_fixture->addSandboxAccount(Gateway::CryptoCom);
    m_fixture->control(u"/_sandbox/faults"_s,
        {{u"rules"_s,
            QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/cryptocom/api/payments"_s},
                {u"kind"_s, u"error500BeforeCommit"_s}, {u"count"_s, 1}}}}});
    QSignalSpy changed(&m_fixture->actions(), &GatewayActions::journalChanged);
    InvoiceDraft draft;
    draft.accountId = account.id;
    draft.amount = {Decimal::fromString(u"8.00"_s).value(), u"USD"_s};
    draft.orderId = u"GUI-UNSETTLED-1"_s;
    const auto created = m_fixture->wait<Payment>(this,
        [&](QObject* context, auto done) { m_fixture->actions().createInvoice(account.id, draft, context, done); });
    QVERIFY(!created.ok());
    QVERIFY(created.error().outcomeUnknown);
    QCOMPARE(changed.size(), 1);
    const auto open = Journal::entries(m_fixture->ledger()).value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().idempotencyKey, u"GUI-UNSETTLED-1"_s);
    QCOMPARE(open.first().state, JournalState::Unknown);
}

QTEST_MAIN(TstAppGatewayActions)
#include "tst_AppGatewayActions.moc"
