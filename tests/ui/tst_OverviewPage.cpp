#include "core/ledger/Ledger.h"
#include "ui/charts/BalanceHistoryChartView.h"
#include "ui/charts/SettlementChartView.h"
#include "ui/pages/OverviewPage.h"
#include "ui/widgets/KpiTile.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "LedgerWritingGatewayActions.h"
#include "PageTestLedger.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using paydesk::test::PageTestLedger;

// The Overview page over a small temporary ledger (fixed clock, Europe/Madrid): the tiles' texts, gross / net,
// hide amounts, the chart's series per stacking, a legend click hiding a series, saving the chart as PNG, the status
// breakdown, the balance history, and the debounced reload after ledgerChanged.
class TstOverviewPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tiles();
    void netAndHiddenAmounts();
    void chartSeriesAndLegend();
    void savesPng();
    void statusBreakdownAndBalances();
    void reloadsAfterLedgerChanged();

private:
    bool waitUntilUpdated(OverviewPage& page);
    static Payment payment(const QString& accountId, Gateway gateway, const QString& id, PaymentStatus status,
        const char* amount, const QString& currency, qint64 hoursAgo, const char* refunded = nullptr);

    static QDateTime now() { return QDateTime(QDate(2026, 3, 20), QTime(12, 0), QTimeZone::utc()); }
    std::unique_ptr<PageTestLedger> m_ledger;
    std::unique_ptr<test::LedgerWritingGatewayActions> m_actions;
};

Payment TstOverviewPage::payment(const QString& accountId, Gateway gateway, const QString& id, PaymentStatus status,
    const char* amount, const QString& currency, qint64 hoursAgo, const char* refunded)
{
    Payment p;
    p.accountId = accountId;
    p.gateway = gateway;
    p.id = id;
    p.amount = Money{PageTestLedger::dec(amount), currency};
    if (refunded)
        p.refunded = Money{PageTestLedger::dec(refunded), currency};
    p.status = status;
    p.rawStatus = paymentStatusId(status);
    p.created = now().addSecs(-hoursAgo * 3600);
    p.updated = p.created;
    p.rawJson = "{}";
    return p;
}

void TstOverviewPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstOverviewPage::init()
{
    m_ledger = std::make_unique<PageTestLedger>();
    QVERIFY(m_ledger->ok());
    QVERIFY(m_ledger->addFourAccounts());
    Ledger& ledger = m_ledger->ledger();
    QVERIFY(ledger
                .upsertPayments({
                    payment(u"a-cm"_s, Gateway::Cryptomus, u"p1"_s, PaymentStatus::Paid, "100", u"USD"_s, 1),
                    payment(u"a-cdc"_s, Gateway::CryptoCom, u"p2"_s, PaymentStatus::Paid, "50", u"EUR"_s, 2),
                    payment(u"a-bb"_s, Gateway::BucksBus, u"p3"_s, PaymentStatus::Overpaid, "20", u"USD"_s, 72),
                    payment(u"a-cp"_s, Gateway::CryptoProcessing, u"p4"_s, PaymentStatus::PartiallyRefunded, "40",
                        u"USD"_s, 240, "10"),
                    payment(u"a-cm"_s, Gateway::Cryptomus, u"p5"_s, PaymentStatus::Pending, "5", u"USD"_s, 1),
                    payment(u"a-cm"_s, Gateway::Cryptomus, u"p6"_s, PaymentStatus::Processing, "7", u"USD"_s, 1),
                    payment(u"a-cm"_s, Gateway::Cryptomus, u"p7"_s, PaymentStatus::Underpaid, "9", u"USD"_s, 1),
                    payment(u"a-cm"_s, Gateway::Cryptomus, u"p8"_s, PaymentStatus::Paid, "1000", u"USD"_s, 24 * 40),
                })
                .ok());
    Refund refund;
    refund.accountId = u"a-cp"_s;
    refund.gateway = Gateway::CryptoProcessing;
    refund.id = u"r1"_s;
    refund.paymentId = u"p4"_s;
    refund.amount = Money{PageTestLedger::dec("10"), u"USD"_s};
    refund.status = TransferStatus::Pending;
    refund.created = now();
    refund.rawJson = "{}";
    QVERIFY(ledger.upsertRefunds({refund}).ok());
    QVERIFY(ledger
                .recordBalances({PageTestLedger::balance(
                    u"a-cp"_s, Gateway::CryptoProcessing, u"BTC"_s, "0.5", "0.5", "0", {}, PageTestLedger::at(18, 10))})
                .ok());
    QVERIFY(ledger
                .recordBalances({PageTestLedger::balance(u"a-cp"_s, Gateway::CryptoProcessing, u"BTC"_s, "0.75", "0.75",
                    "0", {}, PageTestLedger::at(19, 10))})
                .ok());
    SyncState sync{u"a-cm"_s, u"payments"_s, {}, now().addSecs(-600), now().addSecs(-600), {}};
    QVERIFY(ledger.saveSyncState(sync).ok());
    QVERIFY(ledger.saveSyncState({u"a-bb"_s, u"payments"_s, {}, now(), {}, u"The gateway did not answer."_s}).ok());
    m_actions = std::make_unique<test::LedgerWritingGatewayActions>(&ledger);
}

void TstOverviewPage::cleanup()
{
    m_actions.reset();
    m_ledger.reset();
}

bool TstOverviewPage::waitUntilUpdated(OverviewPage& page)
{
    QSignalSpy spy(&page, &OverviewPage::updated);
    return spy.wait(10'000) && !page.isLoading();
}

namespace {

std::unique_ptr<OverviewPage> makePage(Ledger& ledger, GatewayActions& actions, const QDateTime& now)
{
    auto page = std::make_unique<OverviewPage>(ledger, actions);
    page->setTimeZone(QTimeZone("Europe/Madrid"));
    page->setClock([now] { return now; });
    page->resize(1100, 750);
    return page;
}

KpiTile* tile(QWidget& page, const QString& name)
{
    return page.findChild<KpiTile*>(name);
}

// "USD~1.00" with the no-break space AmountFormatter puts between code and amount.
QString nb(QString text)
{
    return text.replace(u'~', QChar(0x00A0));
}

} // namespace

void TstOverviewPage::tiles()
{
    auto page = makePage(m_ledger->ledger(), *m_actions, now());
    QVERIFY(waitUntilUpdated(*page));
    QCOMPARE(tile(*page, u"settledTodayTile"_s)->value(), nb(u"USD~100.00"_s));
    QCOMPARE(tile(*page, u"settledTodayTile"_s)->detail(), nb(u"also EUR~50.00"_s));
    QCOMPARE(tile(*page, u"settled7DaysTile"_s)->value(), nb(u"USD~120.00"_s));
    QCOMPARE(tile(*page, u"settled30DaysTile"_s)->value(), nb(u"USD~160.00"_s)); // not the 40-day-old one
    QCOMPARE(tile(*page, u"openInvoicesTile"_s)->value(), u"2"_s);
    QCOMPARE(tile(*page, u"pendingRefundsTile"_s)->value(), u"1"_s);
    // Four accounts: the tile sums up (it cannot grow with the account list), the tooltip has each of them.
    QCOMPARE(tile(*page, u"lastSyncTile"_s)->detail(),
        u"4 account(s), some never synced\nlast attempt failed for 1"_s); // no translation loaded: the source text
    const QString syncs = tile(*page, u"lastSyncTile"_s)->toolTip();
    QVERIFY2(syncs.contains(u"mus · 12:50"_s), qPrintable(syncs)); // 11:50 UTC is 12:50 in Madrid
    QVERIFY2(syncs.contains(u"coins · never"_s), qPrintable(syncs));
    QVERIFY2(syncs.contains(u"bucks · never (last attempt failed)"_s), qPrintable(syncs));
    QVERIFY2(syncs.endsWith(u"\nbucks: The gateway did not answer."_s), qPrintable(syncs));

    // Another reporting currency: EUR first, USD listed next to it; nothing converted.
    page->setReportingCurrency(u"EUR"_s);
    QVERIFY(waitUntilUpdated(*page));
    QCOMPARE(tile(*page, u"settledTodayTile"_s)->value(), nb(u"EUR~50.00"_s));
    QCOMPARE(tile(*page, u"settledTodayTile"_s)->detail(), nb(u"also USD~100.00"_s));
}

void TstOverviewPage::netAndHiddenAmounts()
{
    auto page = makePage(m_ledger->ledger(), *m_actions, now());
    QVERIFY(waitUntilUpdated(*page));
    page->setNet(true);
    QVERIFY(waitUntilUpdated(*page));
    QCOMPARE(tile(*page, u"settled30DaysTile"_s)->value(), nb(u"USD~150.00"_s));
    page->setAmountsHidden(true);
    QCOMPARE(tile(*page, u"settled30DaysTile"_s)->value(), u"•••"_s);
    QCOMPARE(tile(*page, u"settledTodayTile"_s)->detail(), u"•••"_s);
    QCOMPARE(tile(*page, u"openInvoicesTile"_s)->value(), u"2"_s); // counts are not amounts
    QVERIFY(page->settlementChart()->toolTipText(0, 0).endsWith(u"•••"_s));
    page->setAmountsHidden(false);
    QCOMPARE(tile(*page, u"settled30DaysTile"_s)->value(), nb(u"USD~150.00"_s));
}

void TstOverviewPage::chartSeriesAndLegend()
{
    auto page = makePage(m_ledger->ledger(), *m_actions, now());
    page->show();
    QVERIFY(waitUntilUpdated(*page));
    SettlementChartView* chart = page->settlementChart();
    QCOMPARE(page->options().currency, u"USD"_s);
    QCOMPARE(page->options().from, QDate(2026, 2, 19));
    QCOMPARE(chart->seriesCount(), 3); // Cryptomus, BucksBus, CryptoProcessing in USD; the EUR one is not added
    QCOMPARE(chart->barSeries()->barSets().first()->count(), 30);
    QCOMPARE(chart->chart()->series().size(), 1);

    // The exact amount in the tooltip of the bar of today.
    const int cryptomus = int(chart->seriesKeys().indexOf(gatewayId(Gateway::Cryptomus)));
    QVERIFY(cryptomus >= 0);
    QCOMPARE(chart->toolTipText(cryptomus, 29), nb(u"Cryptomus, 3/20/26: USD~100.00"_s));

    // A click on a legend marker hides its series; another shows it again.
    const QList<QLegendMarker*> markers = chart->chart()->legend()->markers();
    QCOMPARE(markers.size(), 3);
    QBarSet* set = chart->barSeries()->barSets().at(cryptomus);
    QCOMPARE(set->at(29), 100.0);
    Q_EMIT markers.at(cryptomus)->clicked();
    QVERIFY(chart->isSeriesHidden(gatewayId(Gateway::Cryptomus)));
    QCOMPARE(set->at(29), 0.0);
    QCOMPARE(chart->toolTipText(cryptomus, 29), nb(u"Cryptomus, 3/20/26: USD~100.00"_s));
    Q_EMIT markers.at(cryptomus)->clicked();
    QVERIFY(!chart->isSeriesHidden(gatewayId(Gateway::Cryptomus)));
    QCOMPARE(set->at(29), 100.0);

    // By currency: one series per currency, side by side.
    page->setStackBy(SettlementOptions::StackBy::Currency);
    QVERIFY(waitUntilUpdated(*page));
    QCOMPARE(chart->seriesKeys(), (QStringList{u"EUR"_s, u"USD"_s}));

    // Twelve months in month buckets: the 40-day-old payment is in.
    page->setPreset(SettlementOptions::Preset::Last12Months);
    QVERIFY(waitUntilUpdated(*page));
    QCOMPARE(page->options().granularity, SettlementOptions::Granularity::Month);
    QCOMPARE(chart->barSeries()->barSets().first()->count(), 12);
    QCOMPARE(chart->aggregate().series.at(1).total, PageTestLedger::dec("1160"));
}

void TstOverviewPage::savesPng()
{
    auto page = makePage(m_ledger->ledger(), *m_actions, now());
    page->show();
    QVERIFY(waitUntilUpdated(*page));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart.png"_s);
    QVERIFY(page->saveChartAsPng(path));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), page->settlementChart()->size() * page->settlementChart()->devicePixelRatio());
    QVERIFY(!page->saveChartAsPng(dir.filePath(u"missing/folder/chart.png"_s)));
}

void TstOverviewPage::statusBreakdownAndBalances()
{
    auto page = makePage(m_ledger->ledger(), *m_actions, now());
    QVERIFY(waitUntilUpdated(*page));
    QTableWidget* table = page->statusTable();
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows << table->item(row, 0)->text() + u'=' + table->item(row, 1)->text();
    QCOMPARE(rows.size(), 6); // pending, processing, paid, underpaid, overpaid, partially refunded (30 days)
    QVERIFY(rows.contains(u"Paid=2"_s));
    QCOMPARE(page->balanceChart()->lineCount(), 1); // BTC of "coins", the only history
    QVERIFY(page->balanceChart()->toolTipText(0, 1).endsWith(nb(u"BTC~0.75"_s)));
}

void TstOverviewPage::reloadsAfterLedgerChanged()
{
    auto page = makePage(m_ledger->ledger(), *m_actions, now());
    QVERIFY(waitUntilUpdated(*page));
    const Payment added = payment(u"a-bb"_s, Gateway::BucksBus, u"p9"_s, PaymentStatus::Paid, "0.01", u"USD"_s, 2);
    const auto written = m_ledger->ledger().upsertPayments({added});
    QVERIFY(written.ok());
    QCOMPARE(tile(*page, u"settledTodayTile"_s)->value(), nb(u"USD~100.00"_s));
    // Two changes in a row: one reload after the quiet second.
    for (int i = 0; i < 2; ++i)
        Q_EMIT m_actions->ledgerChanged(LedgerChange{LedgerChange::Kind::Payments, u"a-bb"_s, written.value()});
    QVERIFY(page->isLoading());
    QVERIFY(waitUntilUpdated(*page));
    QCOMPARE(tile(*page, u"settledTodayTile"_s)->value(), nb(u"USD~100.01"_s));
}

QTEST_MAIN(TstOverviewPage)
#include "tst_OverviewPage.moc"
