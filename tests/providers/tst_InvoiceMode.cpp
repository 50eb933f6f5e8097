#include "core/export/ReportExporter.h"
#include "providers/GatewayOperations.h"
#include "providers/ProviderFactory.h"
#include "providers/sync/SyncEngine.h"
#include "tests/support/SandboxFixture.h"

#include <QBuffer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// A test invoice is never booked as income: on each gateway, an invoice created on the sandbox through a test-mode
// account (and one through a live account), then synced, reaches the ledger and the CSV export with the mode the
// gateway's object gives, or, where the object has none (Cryptomus, CryptoProcessing), the account's mode.
class TstInvoiceMode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createdSyncedAndExported_data();
    void createdSyncedAndExported();
    void storedModeFollowsTheAccount_data();
    void storedModeFollowsTheAccount();

private:
    Account account(Gateway gateway, bool live, AccountCredentials* credentials);
    SyncOutcome syncAndWait(const Account& account, const AccountCredentials& credentials);
    // The live_mode cell of the CSV export's row with this order id ("" when there is no such row).
    QString exportedLiveMode(const QString& accountId, const QString& orderId);

    std::unique_ptr<test::SandboxFixture> m_fixture;
};

Q_DECLARE_METATYPE(paydesk::Gateway)

void TstInvoiceMode::init()
{
    m_fixture = std::make_unique<test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TstInvoiceMode::cleanup()
{
    m_fixture.reset();
}

Account TstInvoiceMode::account(Gateway gateway, bool live, AccountCredentials* credentials)
{
    Account account;
    switch (gateway) {
    case Gateway::CryptoCom:
        account = m_fixture->addAccount(u"acc-cc"_s, gateway, u"/cryptocom/api"_s);
        credentials->apiKey = m_fixture->demoCredential(u"cryptocom"_s, u"secret key"_s).toUtf8();
        break;
    case Gateway::CryptoProcessing:
        account = m_fixture->addAccount(u"acc-cp"_s, gateway, u"/cryptoprocessing"_s);
        credentials->apiKey
            = m_fixture->demoCredential(u"cryptoprocessing"_s, u"API key (X-Processing-Key)"_s).toUtf8();
        credentials->apiSecret
            = m_fixture->demoCredential(u"cryptoprocessing"_s, u"API secret (HMAC-SHA512 of the body)"_s).toUtf8();
        break;
    case Gateway::BucksBus:
        account = m_fixture->addAccount(u"acc-bb"_s, gateway, u"/bucksbus/int"_s);
        credentials->apiKey = m_fixture->demoCredential(u"bucksbus"_s, u"API key (Basic user)"_s).toUtf8();
        credentials->apiSecret = m_fixture->demoCredential(u"bucksbus"_s, u"API secret (Basic password)"_s).toUtf8();
        break;
    case Gateway::Cryptomus:
        account = m_fixture->addAccount(u"acc-cm"_s, gateway, u"/cryptomus"_s);
        account.merchantId = m_fixture->demoCredential(u"cryptomus"_s, u"merchant"_s);
        credentials->apiKey = m_fixture->demoCredential(u"cryptomus"_s, u"payment key"_s).toUtf8();
        break;
    }
    account.liveMode = live;
    if (!m_fixture->ledger().updateAccount(account).ok())
        qFatal("could not update the test account");
    return account;
}

SyncOutcome TstInvoiceMode::syncAndWait(const Account& account, const AccountCredentials& credentials)
{
    SyncEngine engine(m_fixture->ledger().path());
    std::optional<SyncOutcome> outcome;
    connect(&engine, &SyncEngine::accountFinished, this, [&](const SyncOutcome& finished) {
        if (finished.accountId == account.id)
            outcome = finished;
    });
    engine.sync(account, credentials);
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30'000))
        return SyncOutcome{.accountId = account.id, .errors = {u"timed out"_s}};
    return *outcome;
}

QString TstInvoiceMode::exportedLiveMode(const QString& accountId, const QString& orderId)
{
    ExportRequest request;
    request.kind = ExportKind::Payments;
    request.format = ExportFormat::Csv;
    request.query.accountIds = {accountId};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!ReportExporter(m_fixture->ledger(), request).write(&buffer).ok())
        return u"(export failed)"_s;
    // No cell of these rows holds a comma or a quote: a plain split reads them.
    const QStringList lines = QString::fromUtf8(buffer.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    const QStringList header = lines.first().split(u',');
    const qsizetype modeColumn = header.indexOf(u"live_mode"_s);
    const qsizetype orderColumn = header.indexOf(u"order_id"_s);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(u',');
        if (cells.size() == header.size() && cells.at(orderColumn) == orderId)
            return cells.at(modeColumn);
    }
    return {};
}

void TstInvoiceMode::createdSyncedAndExported_data()
{
    QTest::addColumn<Gateway>("gateway");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("payCurrency");
    QTest::addColumn<bool>("accountLive");
    QTest::addColumn<bool>("liveMode");
    // Test accounts: test invoices, whatever the gateway's object says or does not say.
    QTest::newRow("cryptocom, test account") << Gateway::CryptoCom << u"USD"_s << QString() << false << false;
    QTest::newRow("cryptoprocessing, test account")
        << Gateway::CryptoProcessing << u"EUR"_s << QString() << false << false;
    QTest::newRow("bucksbus, test account") << Gateway::BucksBus << u"USD"_s << u"USDT.TRC20"_s << false << false;
    QTest::newRow("cryptomus, test account") << Gateway::Cryptomus << u"USD"_s << QString() << false << false;
    // Live accounts: the sandbox's Crypto.com and v10.2 objects say "test" themselves (test key, test store), and
    // that wins; Cryptomus and CryptoProcessing objects say nothing, so the account's mode is the invoice's.
    QTest::newRow("cryptocom, live account") << Gateway::CryptoCom << u"USD"_s << QString() << true << false;
    QTest::newRow("cryptoprocessing, live account")
        << Gateway::CryptoProcessing << u"EUR"_s << QString() << true << true;
    QTest::newRow("bucksbus, live account") << Gateway::BucksBus << u"USD"_s << u"USDT.TRC20"_s << true << false;
    QTest::newRow("cryptomus, live account") << Gateway::Cryptomus << u"USD"_s << QString() << true << true;
}

void TstInvoiceMode::createdSyncedAndExported()
{
    QFETCH(Gateway, gateway);
    QFETCH(QString, currency);
    QFETCH(QString, payCurrency);
    QFETCH(bool, accountLive);
    QFETCH(bool, liveMode);
    AccountCredentials credentials;
    const Account acc = account(gateway, accountLive, &credentials);
    auto provider = createProvider(acc, credentials, &m_fixture->http());
    GatewayOperations operations(m_fixture->ledger(), m_fixture->journal());

    InvoiceDraft draft;
    draft.amount = {*Decimal::fromString(u"25.00"), currency};
    draft.payCurrency = payCurrency;
    draft.orderId = u"MODE-1"_s;
    if (gateway == Gateway::CryptoProcessing)
        draft.lifetime = std::chrono::seconds(3600);
    const auto created = m_fixture->wait<Payment>(
        this, [&](QObject* context, auto done) { operations.createInvoice(*provider, draft, context, done); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created.value().liveMode, liveMode);

    const SyncOutcome synced = syncAndWait(acc, credentials);
    QVERIFY2(synced.ok(), qPrintable(synced.errors.join(u"; "_s)));
    const auto stored = m_fixture->ledger().paymentByOrderId(acc.id, u"MODE-1"_s);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().id, created.value().id);
    QCOMPARE(stored.value().liveMode, liveMode);
    QCOMPARE(exportedLiveMode(acc.id, u"MODE-1"_s), liveMode ? u"true"_s : u"false"_s);
}

void TstInvoiceMode::storedModeFollowsTheAccount_data()
{
    QTest::addColumn<Gateway>("gateway");
    QTest::newRow("cryptomus") << Gateway::Cryptomus;
    QTest::newRow("cryptoprocessing") << Gateway::CryptoProcessing;
}

void TstInvoiceMode::storedModeFollowsTheAccount()
{
    QFETCH(Gateway, gateway);
    AccountCredentials credentials;
    Account acc = account(gateway, false, &credentials);
    // Stored as live before the mode came from the account: paid (settled) and far older than any sync window, so
    // no list or refresh will bring it back.
    Payment old;
    old.accountId = acc.id;
    old.gateway = gateway;
    old.id = u"old-1"_s;
    old.orderId = u"OLD-1"_s;
    old.amount = {*Decimal::fromString(u"40.00"), u"USD"_s};
    old.status = PaymentStatus::Paid;
    old.rawStatus = u"paid"_s;
    old.created = old.updated = QDateTime::currentDateTimeUtc().addYears(-3);
    old.liveMode = true;
    QVERIFY(m_fixture->ledger().upsertPayments({old}).ok());

    // A sync of the test account makes it a test invoice, in the ledger and the export.
    SyncOutcome synced = syncAndWait(acc, credentials);
    QVERIFY2(synced.ok(), qPrintable(synced.errors.join(u"; "_s)));
    QVERIFY(!m_fixture->ledger().payment(acc.id, u"old-1"_s).value().liveMode);
    QCOMPARE(exportedLiveMode(acc.id, u"OLD-1"_s), u"false"_s);

    // The account switched to live: its invoices follow.
    acc.liveMode = true;
    QVERIFY(m_fixture->ledger().updateAccount(acc).ok());
    synced = syncAndWait(acc, credentials);
    QVERIFY2(synced.ok(), qPrintable(synced.errors.join(u"; "_s)));
    QVERIFY(m_fixture->ledger().payment(acc.id, u"old-1"_s).value().liveMode);
    QCOMPARE(exportedLiveMode(acc.id, u"OLD-1"_s), u"true"_s);
}

QTEST_GUILESS_MAIN(TstInvoiceMode)
#include "tst_InvoiceMode.moc"
