#include "models/AccountTableModel.h"
#include "ui/dialogs/AccountDialog.h"
#include "ui/pages/AccountsPage.h"
#include "ui/widgets/ErrorBanner.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "LedgerWritingGatewayActions.h"
#include "PageTestLedger.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using paydesk::test::PageTestLedger;

// The Accounts page over a temporary ledger: rows with the mode, details and last sync state of the selection,
// Test (OK or the banner naming the account), Remove with a confirmation, Sync now, Add / Edit through the dialog.
class TstAccountsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsAccounts();
    void syncState();
    void testOk();
    void testAuthErrorNamesAccount();
    void removeConfirmed();
    void removeCancelled();
    void syncNow();
    void addThroughDialog();
    void editThroughDialog();

private:
    AccountsPage* makePage();

    std::unique_ptr<PageTestLedger> m_data;
    std::unique_ptr<test::LedgerWritingGatewayActions> m_actions;
    std::unique_ptr<AccountsPage> m_page;
};

void TstAccountsPage::init()
{
    m_data = std::make_unique<PageTestLedger>();
    QVERIFY(m_data->ok());
    QVERIFY(m_data->addFourAccounts());
    m_actions = std::make_unique<test::LedgerWritingGatewayActions>(&m_data->ledger());
}

void TstAccountsPage::cleanup()
{
    m_page.reset();
    m_actions.reset();
    m_data.reset();
}

AccountsPage* TstAccountsPage::makePage()
{
    m_page = std::make_unique<AccountsPage>(m_data->ledger(), *m_actions);
    m_page->resize(1280, 800);
    m_page->show();
    return m_page.get();
}

void TstAccountsPage::showsAccounts()
{
    QVERIFY(m_data->ledger()
                .saveSyncState(SyncState{
                    u"a-cdc"_s, u"payments"_s, {}, PageTestLedger::at(20, 10), PageTestLedger::at(20, 10), {}})
                .ok());
    AccountsPage* page = makePage();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->model()->rowCount(), 4);
    QStringList modes;
    for (int row = 0; row < 4; ++row) {
        modes << page->model()->index(row, AccountTableModel::NameColumn).data().toString() + u'='
                + page->model()->index(row, AccountTableModel::ModeColumn).data().toString();
    }
    QCOMPARE(modes, (QStringList{u"bucks=Test"_s, u"coins=Test"_s, u"mus=Live"_s, u"shop-eu=Live"_s}));
    QVERIFY(page->findChild<QLabel*>(u"emptyLabel"_s)->isHidden());

    QVERIFY(page->selectAccount(u"a-cdc"_s));
    const QString details = page->findChild<QLabel*>(u"accountDetailsLabel"_s)->text();
    QVERIFY2(details.contains(u"shop-eu on Crypto.com Pay, live"_s), qPrintable(details));
    QVERIFY(page->findChild<QLabel*>(u"syncStateLabel"_s)->text().contains(u"OK"_s));
    // What the gateway cannot do is said up front.
    QVERIFY(page->findChild<QLabel*>(u"limitsLabel"_s)->text().contains(u"no balance"_s));
    QVERIFY(PageTestLedger::screenshot(*page, u"accounts"_s));
}

void TstAccountsPage::syncState()
{
    AccountsPage* page = makePage();
    QCOMPARE(page->syncStateText(u"a-cp"_s), u"Never synced."_s);
    const QString error = u"The gateway rejected the API key of account “coins”."_s;
    QVERIFY(m_data->ledger()
                .saveSyncState(SyncState{
                    u"a-cp"_s, u"payments"_s, {}, PageTestLedger::at(20, 10), PageTestLedger::at(19, 10), error})
                .ok());
    QVERIFY(m_data->ledger()
                .saveSyncState(
                    SyncState{u"a-cp"_s, u"balances"_s, {}, PageTestLedger::at(20, 10), PageTestLedger::at(20, 10), {}})
                .ok());
    const QString text = page->syncStateText(u"a-cp"_s);
    QVERIFY2(text.contains(u"failed"_s) && text.contains(error), qPrintable(text));
    // While a sync runs it says so; when it ends, the ledger's state again.
    QVERIFY(page->selectAccount(u"a-cp"_s));
    Q_EMIT m_actions->syncStarted(u"a-cp"_s);
    QCOMPARE(page->findChild<QLabel*>(u"syncStateLabel"_s)->text(), u"Syncing now…"_s);
    QVERIFY(!page->findChild<QPushButton*>(u"syncAccountPushButton"_s)->isEnabled());
    Q_EMIT m_actions->syncFinished(SyncOutcome{.accountId = u"a-cp"_s});
    QVERIFY(page->findChild<QLabel*>(u"syncStateLabel"_s)->text().contains(u"failed"_s));
    QVERIFY(page->findChild<QPushButton*>(u"syncAccountPushButton"_s)->isEnabled());
}

void TstAccountsPage::testOk()
{
    AccountsPage* page = makePage();
    QVERIFY(page->selectAccount(u"a-bb"_s));
    auto* test = page->findChild<QPushButton*>(u"testAccountPushButton"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(m_actions->tested, QStringList{u"a-bb"_s});
    QVERIFY(!test->isEnabled()); // one test at a time
    auto* result = page->findChild<QLabel*>(u"testResultLabel"_s);
    QTRY_VERIFY(result->isVisible());
    QVERIFY(result->text().contains(u"bucks"_s));
    QVERIFY(!page->findChild<ErrorBanner*>()->isVisible());
    QVERIFY(test->isEnabled());
}

void TstAccountsPage::testAuthErrorNamesAccount()
{
    AccountsPage* page = makePage();
    QVERIFY(page->selectAccount(u"a-cm"_s));
    ProviderError error;
    error.kind = ProviderError::Kind::Auth;
    error.httpStatus = 401;
    error.message = u"Invalid Sign"_s;
    m_actions->nextError = error;
    page->testSelected();
    auto* banner = page->findChild<ErrorBanner*>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(u"“mus”"_s), qPrintable(banner->message()));
    QVERIFY(banner->details().contains(u"Invalid Sign"_s));
    QVERIFY(!page->findChild<QLabel*>(u"testResultLabel"_s)->isVisible());
}

void TstAccountsPage::removeConfirmed()
{
    AccountsPage* page = makePage();
    QVERIFY(page->selectAccount(u"a-cp"_s));
    QTest::mouseClick(page->findChild<QPushButton*>(u"removeAccountPushButton"_s), Qt::LeftButton);
    auto* box = page->findChild<QMessageBox*>(u"confirmRemoveMessageBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"“coins”"_s));
    QVERIFY(m_actions->removed.isEmpty());
    box->findChild<QPushButton*>(u"confirmRemovePushButton"_s)->click();
    QTRY_COMPARE(m_actions->removed, QStringList{u"a-cp"_s});
    QTRY_COMPARE(page->model()->rowCount(), 3);
    QCOMPARE(page->model()->rowOfKey(u"a-cp"_s), -1);
}

void TstAccountsPage::removeCancelled()
{
    AccountsPage* page = makePage();
    QVERIFY(page->selectAccount(u"a-cp"_s));
    page->removeSelected();
    auto* box = page->findChild<QMessageBox*>(u"confirmRemoveMessageBox"_s);
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(20);
    QVERIFY(m_actions->removed.isEmpty());
    QCOMPARE(page->model()->rowCount(), 4);
}

void TstAccountsPage::syncNow()
{
    AccountsPage* page = makePage();
    QVERIFY(page->selectAccount(u"a-cm"_s));
    QTest::mouseClick(page->findChild<QPushButton*>(u"syncAccountPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_actions->syncs, QStringList{u"a-cm"_s});
}

void TstAccountsPage::addThroughDialog()
{
    AccountsPage* page = makePage();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    QTest::mouseClick(page->findChild<QPushButton*>(u"addAccountPushButton"_s), Qt::LeftButton);
    auto* dialog = page->findChild<AccountDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isEditing());
    // The names in use are taken.
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"coins"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"apiKeyLineEdit"_s), u"k"_s);
    QVERIFY(!dialog->validate());
    QVERIFY(!dialog->problem(u"name"_s).isEmpty());
    dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->setText(u"cdc-2"_s);
    dialog->findChild<QPushButton*>(u"savePushButton"_s)->click();
    QTRY_COMPARE(page->model()->rowCount(), 5);
    QTRY_COMPARE(page->currentAccount()->name, u"cdc-2"_s);
}

void TstAccountsPage::editThroughDialog()
{
    AccountsPage* page = makePage();
    QVERIFY(page->selectAccount(u"a-bb"_s));
    QTest::mouseClick(page->findChild<QPushButton*>(u"editAccountPushButton"_s), Qt::LeftButton);
    auto* dialog = page->findChild<AccountDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QCOMPARE(dialog->findChild<QLineEdit*>(u"baseUrlLineEdit"_s)->text(), u"https://api.bucksbus.example/int"_s);
    dialog->findChild<QLineEdit*>(u"nameLineEdit"_s)->setText(u"bucks-eu"_s);
    dialog->findChild<QPushButton*>(u"savePushButton"_s)->click();
    QTRY_COMPARE(m_actions->updated.size(), 1);
    QVERIFY(m_actions->sentSecrets.first().isEmpty()); // every secret kept
    QTRY_COMPARE(page->currentAccount()->name, u"bucks-eu"_s);
    QCOMPARE(page->model()->rowCount(), 4);
}

QTEST_MAIN(TstAccountsPage)
#include "tst_AccountsPage.moc"
