#include "models/AddressTableModel.h"
#include "models/PaymentTableModel.h"
#include "tests/support/DashboardFixture.h"
#include "ui/pages/AddressesPage.h"
#include "ui/pages/PaymentDetailPanel.h"
#include "ui/pages/PaymentsPage.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// Deposits to a dedicated address on the dashboard, end to end on the real AppGatewayActions and the in-process
// sandbox: a CryptoProcessing address receives money, the dashboard's sync shows the deposit confirming on the
// Addresses page, then (after the sandbox's 60 s) received, with the deposit in the details; from the Payments page
// the deposit's "Show address" names that address, and the address's deposit names the payment back.
class TstAddressDeposits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void depositIsFollowedBySyncNow();
};

void TstAddressDeposits::depositIsFollowedBySyncNow()
{
    test::DashboardFixture fixture;
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    const Account account = fixture.addSandboxAccount(Gateway::CryptoProcessing);
    QVERIFY(!account.id.isEmpty());

    AddressesPage page(fixture.ledger(), fixture.actions());
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    AddressDraft draft;
    draft.currency = u"BTC"_s;
    const auto created = fixture.wait<DedicatedAddress>(
        &page, [&](QObject* context, auto done) { fixture.actions().createAddress(account.id, draft, context, done); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const DedicatedAddress address = created.value();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.selectAddress(account.id, address.id));
    auto* summary = page.findChild<QLabel*>(u"depositsLabel"_s);
    QVERIFY(summary->text().startsWith(u"No deposits seen yet"_s));
    QVERIFY(!page.depositsView()->isVisible());

    fixture.control(u"/_sandbox/pay"_s,
        {{u"gateway"_s, u"cryptoprocessing"_s}, {u"id"_s, address.address}, {u"amount"_s, u"0.01"_s}});
    QVERIFY(fixture.syncAll());
    const auto cell = [&page](int column) { return page.model()->index(0, column).data().toString(); };
    QTRY_COMPARE(cell(AddressTableModel::DepositsColumn), u"1 (1 confirming)"_s);
    QCOMPARE(cell(AddressTableModel::ReceivedColumn), QString()); // not received for good yet
    QVERIFY(!cell(AddressTableModel::LastActivityColumn).isEmpty());
    QCOMPARE(page.depositsView()->topLevelItemCount(), 1);
    QCOMPARE(page.depositsView()->topLevelItem(0)->text(2), u"Confirming"_s);

    fixture.control(u"/_sandbox/clock"_s, {{u"advance"_s, 61}});
    QVERIFY(fixture.syncAll());
    QTRY_COMPARE(cell(AddressTableModel::DepositsColumn), u"1"_s);
    QCOMPARE(cell(AddressTableModel::ReceivedColumn), u"0.01000000\u00A0BTC"_s);
    // The same address, still selected, lists its deposit as paid.
    QCOMPARE(page.currentAddress()->id, address.id);
    QCOMPARE(page.depositsView()->topLevelItemCount(), 1);
    QTreeWidgetItem* deposit = page.depositsView()->topLevelItem(0);
    QCOMPARE(deposit->text(2), u"Paid"_s);
    QVERIFY2(summary->text().contains(u"Received: 0.01000000\u00A0BTC"_s), qPrintable(summary->text()));
    QDir().mkpath(u"screenshots"_s);
    QVERIFY(page.grab().save(u"screenshots/address-deposits.png"_s));

    // The deposit opens its payment…
    QSignalSpy toPayment(&page, &AddressesPage::paymentRequested);
    Q_EMIT page.depositsView()->itemActivated(deposit, 0);
    QCOMPARE(toPayment.size(), 1);
    const QString paymentId = toPayment.first().at(1).toString();
    QCOMPARE(toPayment.first().at(0).toString(), account.id);

    // …and on the Payments page that payment is one click from its address.
    PaymentsPage payments(fixture.ledger(), fixture.ledgerPath(), fixture.actions());
    payments.resize(1440, 900);
    payments.show();
    QVERIFY(QTest::qWaitForWindowExposed(&payments));
    QTRY_VERIFY(payments.selectPayment(account.id, paymentId));
    QTRY_COMPARE(payments.selectedPayment().id, paymentId);
    // Its blockchain transaction, read by the deposit's transaction id.
    auto* txs = payments.detailPanel()->findChild<QTreeWidget*>(u"transactionsTreeWidget"_s);
    QTRY_COMPARE(txs->topLevelItemCount(), 1);
    QCOMPARE(txs->topLevelItem(0)->text(3).size(), 64);
    auto* showAddress = payments.detailPanel()->findChild<QPushButton*>(u"showAddressPushButton"_s);
    QVERIFY(showAddress);
    QTRY_VERIFY(showAddress->isVisible());
    QSignalSpy toAddress(&payments, &PaymentsPage::addressRequested);
    QTest::mouseClick(showAddress, Qt::LeftButton);
    QCOMPARE(toAddress.size(), 1);
    QCOMPARE(toAddress.first().at(0).toString(), account.id);
    QCOMPARE(toAddress.first().at(1).toString(), address.id);
}

QTEST_MAIN(TstAddressDeposits)
#include "tst_AddressDeposits.moc"
