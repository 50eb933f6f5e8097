#include "models/WithdrawalTableModel.h"
#include "tests/support/DashboardFixture.h"
#include "ui/pages/WithdrawalsPage.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The Withdrawals page end to end on the real AppGatewayActions and the in-process sandbox: a CryptoProcessing
// withdrawal shows as under way with "not sent yet", and after the sandbox's five minutes the dashboard's sync moves
// the same row to Succeeded, with its blockchain transaction and a block explorer link in the details.
class TstWithdrawalsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withdrawalIsFollowedBySyncNow();
};

void TstWithdrawalsPage::withdrawalIsFollowedBySyncNow()
{
    test::DashboardFixture fixture;
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    const Account account = fixture.addSandboxAccount(Gateway::CryptoProcessing);
    QVERIFY(!account.id.isEmpty());

    WithdrawalsPage page(fixture.ledger(), fixture.actions());
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* status = page.findChild<QLabel*>(u"withdrawalsStatusLabel"_s);
    QVERIFY(status->text().startsWith(u"No withdrawals yet"_s));

    WithdrawalDraft draft;
    draft.accountId = account.id;
    draft.amount = {*Decimal::fromString(u"0.01"_s), u"BTC"_s};
    draft.address = u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s;
    const auto sent = fixture.wait<Withdrawal>(&page,
        [&](QObject* context, auto done) { fixture.actions().createWithdrawal(account.id, draft, context, done); });
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY2(status->text().startsWith(u"1 withdrawal"_s), qPrintable(status->text()));
    const QModelIndex statusCell = page.model()->index(0, WithdrawalTableModel::StatusColumn);
    QCOMPARE(statusCell.data().toString(), u"Processing"_s);

    page.view()->selectRow(0);
    auto* details = page.findChild<QWidget*>(u"withdrawalDetailsLabel"_s);
    auto* explorer = page.findChild<QPushButton*>(u"openExplorerPushButton"_s);
    QVERIFY(details->property("text").toString().contains(u"Transaction: not sent yet"_s));
    QVERIFY(details->property("text").toString().contains(sent.value().id));
    QVERIFY(!explorer->isVisible());

    fixture.control(u"/_sandbox/clock"_s, {{u"advance"_s, 301}});
    QVERIFY(fixture.syncAll());
    QTRY_COMPARE(page.model()->index(0, WithdrawalTableModel::StatusColumn).data().toString(), u"Succeeded"_s);
    const QString hash = page.model()->index(0, WithdrawalTableModel::TxHashColumn).data().toString();
    QVERIFY(!hash.isEmpty());
    // The same row, still selected, shows it whole.
    QCOMPARE(page.view()->selectionModel()->currentIndex().row(), 0);
    QVERIFY(details->property("text").toString().contains(u"Transaction: "_s + hash));
    QVERIFY(explorer->isVisible());
    QVERIFY(page.explorerUrl().toString().contains(hash));

    QDir().mkpath(u"screenshots"_s);
    QVERIFY(page.grab().save(u"screenshots/withdrawals-page.png"_s));
}

QTEST_MAIN(TstWithdrawalsPage)
#include "tst_WithdrawalsPage.moc"
