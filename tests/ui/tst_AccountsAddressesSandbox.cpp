#include "app/gui/SandboxAccounts.h"
#include "models/AccountTableModel.h"
#include "models/AddressTableModel.h"
#include "tests/support/DashboardFixture.h"
#include "ui/dialogs/AccountDialog.h"
#include "ui/dialogs/AddressDialog.h"
#include "ui/pages/AccountsPage.h"
#include "ui/pages/AddressesPage.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/QrCodeView.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The Accounts and Addresses pages end to end on the real AppGatewayActions and the in-process sandbox: an account
// added through the dialog, tested with a wrong key (the auth banner names it) and then the right one; a Cryptomus
// static wallet created through the dialog, shown with its QR code, and blocked.
class TstAccountsAddressesSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAccountAndTest();
    void createAndReleaseAddress();
};

namespace {

SandboxAccount demoAccount(test::DashboardFixture& fixture, Gateway gateway)
{
    for (const SandboxAccount& demo : sandboxAccounts(fixture.sandbox())) {
        if (demo.account.gateway == gateway)
            return demo;
    }
    return {};
}

} // namespace

void TstAccountsAddressesSandbox::addAccountAndTest()
{
    test::DashboardFixture fixture;
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    const SandboxAccount demo = demoAccount(fixture, Gateway::Cryptomus);
    QVERIFY(!demo.secrets.value(SecretKind::ApiKey).isEmpty());

    AccountsPage page(fixture.ledger(), fixture.actions());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 0);

    // Add through the dialog, with a wrong payment key.
    QTest::mouseClick(page.findChild<QPushButton*>(u"addAccountPushButton"_s), Qt::LeftButton);
    auto* dialog = page.findChild<AccountDialog*>();
    QVERIFY(dialog);
    dialog->setGateway(Gateway::Cryptomus);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameLineEdit"_s), u"mus-sandbox"_s);
    dialog->findChild<QLineEdit*>(u"baseUrlLineEdit"_s)->setText(demo.account.baseUrl.toString());
    dialog->findChild<QLineEdit*>(u"merchantIdLineEdit"_s)->setText(demo.account.merchantId);
    dialog->findChild<QLineEdit*>(u"apiKeyLineEdit"_s)->setText(u"not-the-payment-key"_s);
    dialog->findChild<QPushButton*>(u"savePushButton"_s)->click();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    const auto added = fixture.ledger().accountByName(u"mus-sandbox"_s);
    QVERIFY(added.ok());
    QCOMPARE(added.value().gateway, Gateway::Cryptomus);
    QCOMPARE(added.value().merchantId, demo.account.merchantId);
    QCOMPARE(page.currentAccount()->id, added.value().id);

    // Test: the gateway rejects the key; the banner says so in plain words and names the account.
    QTest::mouseClick(page.findChild<QPushButton*>(u"testAccountPushButton"_s), Qt::LeftButton);
    auto* banner = page.findChild<ErrorBanner*>();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20'000);
    QVERIFY2(banner->message().contains(u"“mus-sandbox”"_s), qPrintable(banner->message()));
    QVERIFY2(banner->message().contains(u"key"_s), qPrintable(banner->message()));
    QVERIFY(!page.findChild<QLabel*>(u"testResultLabel"_s)->isVisible());
    QDir().mkpath(u"screenshots"_s);
    QVERIFY(page.grab().save(u"screenshots/accounts-auth-error.png"_s));

    // Edit: the right key; the other fields and the (optional, unset) payout key stay as they are.
    QTest::mouseClick(page.findChild<QPushButton*>(u"editAccountPushButton"_s), Qt::LeftButton);
    auto* edit = page.findChild<AccountDialog*>();
    QVERIFY(edit);
    QVERIFY(edit->isEditing());
    QVERIFY(edit->findChild<QLineEdit*>(u"apiKeyLineEdit"_s)->text().isEmpty()); // stored, not shown
    edit->findChild<QLineEdit*>(u"apiKeyLineEdit"_s)
        ->setText(QString::fromUtf8(demo.secrets.value(SecretKind::ApiKey)));
    edit->findChild<QPushButton*>(u"savePushButton"_s)->click();
    QTRY_VERIFY(!page.findChild<AccountDialog*>());

    QTest::mouseClick(page.findChild<QPushButton*>(u"testAccountPushButton"_s), Qt::LeftButton);
    auto* ok = page.findChild<QLabel*>(u"testResultLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(ok->isVisible(), 20'000);
    QVERIFY(ok->text().contains(u"mus-sandbox"_s));
    QVERIFY(!banner->isVisible());
}

void TstAccountsAddressesSandbox::createAndReleaseAddress()
{
    test::DashboardFixture fixture;
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    const Account account = fixture.addSandboxAccount(Gateway::Cryptomus);

    AddressesPage page(fixture.ledger(), fixture.actions());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int before = page.model()->rowCount();

    QTest::mouseClick(page.findChild<QPushButton*>(u"createAddressPushButton"_s), Qt::LeftButton);
    auto* dialog = page.findChild<AddressDialog*>();
    QVERIFY(dialog);
    dialog->setAccount(account.id);
    dialog->findChild<QComboBox*>(u"assetComboBox"_s)->setCurrentText(u"USDT"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"networkLineEdit"_s), u"tron"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"customerReferenceLineEdit"_s), u"customer_42"_s);
    dialog->findChild<QPushButton*>(u"createPushButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<AddressDialog*>(), 20'000);

    // The new static wallet is in the ledger and the table, selected, with the bare address as its QR code.
    QTRY_COMPARE(page.model()->rowCount(), before + 1);
    const auto selected = page.currentAddress();
    QVERIFY(selected);
    QCOMPARE(selected->accountId, account.id);
    QCOMPARE(selected->customerReference, u"customer_42"_s);
    QCOMPARE(selected->currency, u"USDT"_s);
    QVERIFY(!selected->address.isEmpty());
    auto* qr = page.findChild<QrCodeView*>(u"addressQrCodeView"_s);
    QCOMPARE(qr->text(), selected->address);
    QVERIFY(qr->hasCode());
    QVERIFY(!qr->image(200).isNull());
    QVERIFY(page.grab().save(u"screenshots/addresses-sandbox.png"_s));

    // Block it (Cryptomus's word), after the confirmation.
    auto* release = page.findChild<QPushButton*>(u"releaseAddressPushButton"_s);
    QCOMPARE(release->text(), u"Block…"_s);
    QVERIFY(release->isEnabled());
    QTest::mouseClick(release, Qt::LeftButton);
    auto* box = page.findChild<QMessageBox*>(u"confirmReleaseMessageBox"_s);
    QVERIFY(box);
    box->findChild<QPushButton*>(u"confirmReleasePushButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(page.currentAddress()->status, AddressStatus::Released, 20'000);
    QVERIFY(!release->isEnabled());
    const auto stored = fixture.ledger().dedicatedAddresses({account.id});
    QVERIFY(stored.ok());
    bool releasedInLedger = false;
    for (const DedicatedAddress& address : stored.value())
        releasedInLedger |= address.id == selected->id && address.status == AddressStatus::Released;
    QVERIFY(releasedInLedger);
    QVERIFY(!page.findChild<ErrorBanner*>()->isVisible());
}

QTEST_MAIN(TstAccountsAddressesSandbox)
#include "tst_AccountsAddressesSandbox.moc"
