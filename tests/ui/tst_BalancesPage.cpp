#include "models/BalanceTableModel.h"
#include "models/ModelRoles.h"
#include "ui/pages/BalanceTotals.h"
#include "ui/pages/BalancesPage.h"

#include <QAbstractItemModelTester>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "LedgerWritingGatewayActions.h"
#include "PageTestLedger.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using paydesk::test::PageTestLedger;

// The Balances page over a temporary ledger: rows per account and asset, exact totals per asset, a reporting-currency
// total made only of what is in that currency, the note for gateways without balances, reload on ledgerChanged.
class TstBalancesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totals_data();
    void totals();
    void showsRowsAndTotals();
    void followsLedgerChanges();
    void reportingCurrencyWithoutEquivalents();
    void hidesAmounts();
    void syncButton();
};

namespace {

QList<Balance> sampleBalances()
{
    return {
        PageTestLedger::balance(u"a-cp"_s, Gateway::CryptoProcessing, u"BTC"_s, "0.12345678", "0.1", "0.02345678"),
        PageTestLedger::balance(u"a-bb"_s, Gateway::BucksBus, u"BTC"_s, "1.00000001", "1.00000001", "0"),
        PageTestLedger::balance(u"a-cm"_s, Gateway::Cryptomus, u"USDT"_s, "250.5", "250.5", "0",
            Money{PageTestLedger::dec("250.47"), u"USD"_s}),
        PageTestLedger::balance(
            u"a-cp"_s, Gateway::CryptoProcessing, u"USD"_s, "1000.10", "1000.10", "0", {}, PageTestLedger::at(21, 8)),
        PageTestLedger::balance(u"a-bb"_s, Gateway::BucksBus, u"ETH"_s, "0", "0", "0"),
    };
}

QLabel* label(QWidget& page, const QString& name)
{
    return page.findChild<QLabel*>(name);
}

} // namespace

void TstBalancesPage::totals_data()
{
    QTest::addColumn<QList<Balance>>("balances");
    QTest::addColumn<QString>("reporting");
    QTest::addColumn<QString>("btcTotal");
    QTest::addColumn<QString>("reportingAmount"); // empty: no reporting total
    QTest::addColumn<QStringList>("leftOut");

    QTest::newRow("usd: USD balance + USDT equivalent, BTC left out")
        << sampleBalances() << u"USD"_s << u"1.12345679"_s << u"1250.57"_s << QStringList{u"BTC"_s};
    QTest::newRow("eur: nothing in EUR") << sampleBalances() << u"EUR"_s << u"1.12345679"_s << QString()
                                         << QStringList();
    QTest::newRow("no reporting currency")
        << sampleBalances() << QString() << u"1.12345679"_s << QString() << QStringList();
    QList<Balance> fiatOnBtc = sampleBalances();
    fiatOnBtc[0].fiatEquivalent = Money{PageTestLedger::dec("8000.00"), u"USD"_s};
    QTest::newRow("usd: one BTC has an equivalent, the other not")
        << fiatOnBtc << u"usd"_s << u"1.12345679"_s << u"9250.57"_s << QStringList{u"BTC"_s};
}

void TstBalancesPage::totals()
{
    QFETCH(QList<Balance>, balances);
    QFETCH(QString, reporting);
    QFETCH(QString, btcTotal);
    QFETCH(QString, reportingAmount);
    QFETCH(QStringList, leftOut);

    const BalanceTotals totals = BalanceTotals::compute(balances, reporting);
    QStringList currencies;
    for (const auto& asset : totals.assets())
        currencies << asset.currency;
    QCOMPARE(currencies, (QStringList{u"BTC"_s, u"ETH"_s, u"USD"_s, u"USDT"_s}));
    QCOMPARE(totals.assets().first().total.toString(), btcTotal);
    QCOMPARE(totals.assets().first().accounts, 2);
    QCOMPARE(totals.assets().first().onHold.toString(), u"0.02345678"_s);
    QCOMPARE(totals.lastUpdate(), PageTestLedger::at(21, 8));
    QCOMPARE(totals.reporting().has_value(), !reportingAmount.isEmpty());
    if (totals.reporting()) {
        QCOMPARE(totals.reporting()->amount.toString(), reportingAmount);
        QCOMPARE(totals.reporting()->leftOut, leftOut);
    }
}

void TstBalancesPage::showsRowsAndTotals()
{
    PageTestLedger data;
    QVERIFY(data.ok());
    QVERIFY(data.addFourAccounts());
    QVERIFY(data.ledger().recordBalances(sampleBalances()).ok());
    test::LedgerWritingGatewayActions actions(&data.ledger());

    BalancesPage page(data.ledger(), actions);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(page.model()->rowCount(), 5);
    // Account names, not ids; amounts at the asset's precision through QLocale (C locale here).
    QStringList cells;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        cells << page.model()->index(row, BalanceTableModel::AccountColumn).data().toString() + u' '
                + page.model()->index(row, BalanceTableModel::CurrencyColumn).data().toString() + u' '
                + page.model()->index(row, BalanceTableModel::TotalColumn).data().toString();
    }
    QVERIFY2(cells.contains(u"coins BTC 0.12345678"_s), qPrintable(cells.join(u" | "_s)));
    QVERIFY2(cells.contains(u"mus USDT 250.500000"_s), qPrintable(cells.join(u" | "_s)));

    QVERIFY(page.findChild<QGroupBox*>(u"totalsGroupBox"_s)->isVisible());
    QCOMPARE(label(page, u"totalLabel_BTC"_s)->text(), u"1.12345679"_s);
    QCOMPARE(label(page, u"totalLabel_USD"_s)->text(), u"1,000.10"_s);
    const QString reporting = label(page, u"reportingTotalLabel"_s)->text();
    QVERIFY2(reporting.contains(u"Total in USD: 1,250.57"_s), qPrintable(reporting));
    QVERIFY2(reporting.contains(u"BTC"_s), qPrintable(reporting)); // named as left out
    QVERIFY(label(page, u"lastUpdateLabel"_s)->text().startsWith(u"Last updated"_s));
    QVERIFY(!label(page, u"emptyLabel"_s)->isVisible());
    // Crypto.com Pay has no balances API: its account is named with the reason.
    QLabel* unsupported = label(page, u"unsupportedLabel"_s);
    QVERIFY(unsupported->isVisible());
    QVERIFY(unsupported->text().contains(u"shop-eu"_s));
    QVERIFY(unsupported->text().contains(u"no balance"_s));

    QVERIFY(PageTestLedger::screenshot(page, u"balances"_s));
}

void TstBalancesPage::followsLedgerChanges()
{
    PageTestLedger data;
    QVERIFY(data.ok());
    QVERIFY(data.addFourAccounts());
    test::LedgerWritingGatewayActions actions(&data.ledger());
    BalancesPage page(data.ledger(), actions);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!label(page, u"emptyLabel"_s)->isHidden());
    QVERIFY(page.findChild<QGroupBox*>(u"totalsGroupBox"_s)->isHidden());

    const auto written = data.ledger().recordBalances(sampleBalances());
    QVERIFY(written.ok());
    // Another kind of change does not reload the balances.
    Q_EMIT actions.ledgerChanged(LedgerChange{LedgerChange::Kind::Payments, u"a-cp"_s, written.value()});
    QCOMPARE(page.model()->rowCount(), 0);
    Q_EMIT actions.ledgerChanged(LedgerChange{LedgerChange::Kind::Balances, u"a-cp"_s, written.value()});
    QCOMPARE(page.model()->rowCount(), 5);
    QVERIFY(label(page, u"emptyLabel"_s)->isHidden());
    QCOMPARE(label(page, u"totalLabel_BTC"_s)->text(), u"1.12345679"_s);

    // A new sync: the rows are updated in place (no reset), the totals follow.
    QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(page.model(), &QAbstractItemModel::dataChanged);
    QVERIFY(data.ledger()
                .recordBalances({PageTestLedger::balance(u"a-bb"_s, Gateway::BucksBus, u"BTC"_s, "2", "2", "0")})
                .ok());
    Q_EMIT actions.ledgerChanged(LedgerChange{LedgerChange::Kind::Balances, u"a-bb"_s, {}});
    QCOMPARE(resets.size(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(label(page, u"totalLabel_BTC"_s)->text(), u"2.12345678"_s);
}

void TstBalancesPage::reportingCurrencyWithoutEquivalents()
{
    PageTestLedger data;
    QVERIFY(data.ok());
    QVERIFY(data.addFourAccounts());
    QVERIFY(data.ledger().recordBalances(sampleBalances()).ok());
    test::LedgerWritingGatewayActions actions(&data.ledger());
    BalancesPage page(data.ledger(), actions);
    page.setReportingCurrency(u"eur"_s);
    QCOMPARE(page.reportingCurrency(), u"EUR"_s);
    const QString text = label(page, u"reportingTotalLabel"_s)->text();
    QVERIFY2(text.startsWith(u"No total in EUR"_s), qPrintable(text));
    QVERIFY(!text.contains(u"1,250"_s));
}

void TstBalancesPage::hidesAmounts()
{
    PageTestLedger data;
    QVERIFY(data.ok());
    QVERIFY(data.addFourAccounts());
    QVERIFY(data.ledger().recordBalances(sampleBalances()).ok());
    test::LedgerWritingGatewayActions actions(&data.ledger());
    BalancesPage page(data.ledger(), actions);
    page.setAmountsHidden(true);
    QCOMPARE(label(page, u"totalLabel_BTC"_s)->text(), u"•••"_s);
    QVERIFY(!label(page, u"reportingTotalLabel"_s)->text().contains(u"1,250"_s));
    QCOMPARE(page.model()->index(0, BalanceTableModel::TotalColumn).data().toString(), u"•••"_s);
    page.setAmountsHidden(false);
    QCOMPARE(label(page, u"totalLabel_BTC"_s)->text(), u"1.12345679"_s);
}

void TstBalancesPage::syncButton()
{
    PageTestLedger data;
    QVERIFY(data.ok());
    test::LedgerWritingGatewayActions actions(&data.ledger());
    BalancesPage page(data.ledger(), actions);
    QTest::mouseClick(page.findChild<QPushButton*>(u"syncPushButton"_s), Qt::LeftButton);
    QCOMPARE(actions.syncs, QStringList{QString()});
}

QTEST_MAIN(TstBalancesPage)
#include "tst_BalancesPage.moc"
