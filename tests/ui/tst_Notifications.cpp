#include "core/settings/Settings.h"
#include "tests/support/DashboardFixture.h"
#include "ui/MainWindow.h"

#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// Desktop notifications end to end: invoices created on the sandbox's Cryptomus, paid exactly, over and under by
// the payer through /_sandbox/pay, then synced; the main window tells each once, in words, and only the kinds
// switched on in Settings.
class TstNotifications final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void paidOverpaidUnderpaid();
    void switchedOffKindsStayQuiet();

private:
    Payment createInvoice(const Account& account, const QString& amount);
    void pay(const Payment& payment, const QString& amount);

    std::unique_ptr<test::DashboardFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_storage;
    std::unique_ptr<Settings> m_settings;
};

void TstNotifications::init()
{
    m_fixture = std::make_unique<test::DashboardFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_storage = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_storage.get());
}

void TstNotifications::cleanup()
{
    m_settings.reset();
    m_storage.reset();
    m_fixture.reset();
}

Payment TstNotifications::createInvoice(const Account& account, const QString& amount)
{
    InvoiceDraft draft;
    draft.amount = {*Decimal::fromString(amount), u"USDT"_s};
    draft.payCurrency = u"USDT"_s;
    draft.network = u"tron"_s;
    draft.description = u"Notification test"_s;
    const auto created = m_fixture->wait<Payment>(this,
        [&](QObject* context, auto done) { m_fixture->actions().createInvoice(account.id, draft, context, done); });
    if (!created.ok())
        qFatal("invoice not created: %s", qPrintable(created.error().message));
    return created.value();
}

void TstNotifications::pay(const Payment& payment, const QString& amount)
{
    const QJsonObject reply = m_fixture->control(
        u"/_sandbox/pay"_s, QJsonObject{{u"gateway"_s, u"cryptomus"_s}, {u"id"_s, payment.id}, {u"amount"_s, amount}});
    QVERIFY2(!reply.isEmpty(), "the sandbox refused the payment");
}

void TstNotifications::paidOverpaidUnderpaid()
{
    const Account account = m_fixture->addSandboxAccount(Gateway::Cryptomus);
    MainWindow window(m_fixture->ledger(), m_fixture->actions(), *m_settings);
    QSignalSpy shown(&window, &MainWindow::notificationShown);

    const Payment exact = createInvoice(account, u"10.00"_s);
    const Payment over = createInvoice(account, u"20.00"_s);
    const Payment under = createInvoice(account, u"30.00"_s);
    QVERIFY(shown.isEmpty()); // new pending invoices are not news
    pay(exact, u"10.00"_s);
    pay(over, u"25.00"_s);
    pay(under, u"12.00"_s);
    QVERIFY(m_fixture->syncAll());

    QStringList titles;
    QStringList messages;
    for (const auto& arguments : std::as_const(shown)) {
        titles << arguments.at(0).toString();
        messages << arguments.at(1).toString();
    }
    titles.sort();
    QCOMPARE(titles, (QStringList{u"Invoice overpaid"_s, u"Invoice paid"_s, u"Invoice underpaid"_s}));
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(exact.orderId) && all.contains(over.orderId) && all.contains(under.orderId), qPrintable(all));
    QVERIFY2(all.contains(account.name), qPrintable(all));

    // A second sync changes nothing: nothing is told twice.
    shown.clear();
    QVERIFY(m_fixture->syncAll());
    QVERIFY(shown.isEmpty());

    // The underpaid invoice is paid in full later: that is news again.
    pay(under, u"18.00"_s);
    QVERIFY(m_fixture->syncAll());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(0).toString(), u"Invoice paid"_s);
}

void TstNotifications::switchedOffKindsStayQuiet()
{
    const Account account = m_fixture->addSandboxAccount(Gateway::Cryptomus);
    m_settings->setNotificationEnabled(Settings::NotificationKind::Paid, false);
    MainWindow window(m_fixture->ledger(), m_fixture->actions(), *m_settings);
    QSignalSpy shown(&window, &MainWindow::notificationShown);

    pay(createInvoice(account, u"10.00"_s), u"10.00"_s);
    pay(createInvoice(account, u"20.00"_s), u"25.00"_s);
    QVERIFY(m_fixture->syncAll());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(0).toString(), u"Invoice overpaid"_s);
}

QTEST_MAIN(TstNotifications)
#include "tst_Notifications.moc"
