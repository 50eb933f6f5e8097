#include "models/BalanceHistory.h"
#include "models/CurrencyTotals.h"
#include "models/KpiCalculator.h"
#include "models/SettlementAggregator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The Overview's pure aggregation: buckets in an explicit time zone (Europe/Madrid, with its DST days), Monday
// weeks, clipped months, empty buckets at zero, settled statuses, gross / net, one currency per gateway stack, exact
// sums, the KPI windows, the per-currency text, and the balance history lines.
class TstSettlementAggregator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dstDaysAreOneBucketEach_data();
    void dstDaysAreOneBucketEach();
    void weeksStartOnMondayAndAreClipped();
    void monthsAreClipped();
    void emptyBucketsAreZero();
    void settledStatuses_data();
    void settledStatuses();
    void netSubtractsRefunds();
    void stackByGatewayShowsOneCurrency();
    void stackByCurrencyKeepsCurrenciesApart();
    void sumsAreExact();
    void statusBreakdown();
    void outsideTheRangeIsIgnored();
    void presets_data();
    void presets();
    void kpiWindows();
    void currencyTotalsText();
    void balanceHistoryLines();

private:
    static QTimeZone madrid() { return QTimeZone("Europe/Madrid"); }
};

namespace {

Decimal dec(const char* text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

qint64 localMs(const QDate& day, const QTime& time, const QTimeZone& zone = QTimeZone("Europe/Madrid"))
{
    return QDateTime(day, time, zone).toMSecsSinceEpoch();
}

PaymentFigures figures(qint64 createdMs, const char* amount, const QString& currency = u"USD"_s,
    PaymentStatus status = PaymentStatus::Paid, Gateway gateway = Gateway::Cryptomus, const char* refunded = nullptr)
{
    PaymentFigures f;
    f.accountId = u"a-"_s + gatewayId(gateway);
    f.gateway = gateway;
    f.status = status;
    f.amount = Money{dec(amount), currency};
    if (refunded)
        f.refunded = Money{dec(refunded), currency};
    f.createdMs = createdMs;
    return f;
}

SettlementOptions days(const QDate& from, const QDate& to, const QString& currency = u"USD"_s)
{
    SettlementOptions options;
    options.from = from;
    options.to = to;
    options.zone = QTimeZone("Europe/Madrid");
    options.granularity = SettlementOptions::Granularity::Day;
    options.currency = currency;
    return options;
}

// "USD~1.00" with the no-break space AmountFormatter puts between code and amount.
QString nb(QString text)
{
    return text.replace(u'~', QChar(0x00A0));
}

QStringList texts(const QList<Decimal>& values)
{
    QStringList result;
    for (const Decimal& value : values)
        result << value.toString();
    return result;
}

} // namespace

void TstSettlementAggregator::dstDaysAreOneBucketEach_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("hours");
    QTest::newRow("spring forward (23 h)") << QDate(2026, 3, 29) << 23;
    QTest::newRow("fall back (25 h)") << QDate(2026, 10, 25) << 25;
    QTest::newRow("ordinary day") << QDate(2026, 6, 10) << 24;
}

void TstSettlementAggregator::dstDaysAreOneBucketEach()
{
    QFETCH(QDate, day);
    QFETCH(int, hours);
    QVERIFY(madrid().isValid());
    const auto buckets
        = SettlementAggregator::buckets(day.addDays(-1), day.addDays(1), SettlementOptions::Granularity::Day, madrid());
    QCOMPARE(buckets.size(), 3);
    QCOMPARE(buckets.at(1).firstDay, day);
    QCOMPARE(buckets.at(1).start.secsTo(buckets.at(1).end), qint64(hours) * 3600);
    QCOMPARE(buckets.at(0).end, buckets.at(1).start);
    QCOMPARE(buckets.at(1).end, buckets.at(2).start);
    QCOMPARE(buckets.at(1).start, QDateTime(day, QTime(0, 0), madrid()).toUTC());

    // The first and the last minute of the local day, and the day's neighbours just outside it.
    SettlementData data;
    data.add(figures(localMs(day, QTime(0, 0)), "1"));
    data.add(figures(localMs(day, QTime(23, 59)), "2"));
    data.add(figures(localMs(day.addDays(-1), QTime(23, 59)), "10"));
    data.add(figures(localMs(day.addDays(1), QTime(0, 0)), "100"));
    const auto result = SettlementAggregator::aggregate(data, days(day.addDays(-1), day.addDays(1)));
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(texts(result.series.first().values), (QStringList{u"10"_s, u"3"_s, u"100"_s}));
}

void TstSettlementAggregator::weeksStartOnMondayAndAreClipped()
{
    // Wednesday 4 March 2026 to Friday 20 March 2026.
    const auto buckets = SettlementAggregator::buckets(
        QDate(2026, 3, 4), QDate(2026, 3, 20), SettlementOptions::Granularity::Week, madrid());
    QCOMPARE(buckets.size(), 3);
    QCOMPARE(buckets.at(0).firstDay, QDate(2026, 3, 4));
    QCOMPARE(buckets.at(0).lastDay, QDate(2026, 3, 8)); // Sunday
    QCOMPARE(buckets.at(1).firstDay, QDate(2026, 3, 9)); // Monday
    QCOMPARE(buckets.at(1).firstDay.dayOfWeek(), 1);
    QCOMPARE(buckets.at(1).lastDay, QDate(2026, 3, 15));
    QCOMPARE(buckets.at(2).firstDay, QDate(2026, 3, 16));
    QCOMPARE(buckets.at(2).lastDay, QDate(2026, 3, 20));
    // The week of the spring DST change is 167 hours long.
    QCOMPARE(buckets.at(0).end, QDateTime(QDate(2026, 3, 9), QTime(0, 0), madrid()).toUTC());
    const auto dstWeek = SettlementAggregator::buckets(
        QDate(2026, 3, 23), QDate(2026, 3, 29), SettlementOptions::Granularity::Week, madrid());
    QCOMPARE(dstWeek.size(), 1);
    QCOMPARE(dstWeek.first().start.secsTo(dstWeek.first().end), qint64(7 * 24 - 1) * 3600);
    QCOMPARE(SettlementAggregator::weekStart(QDate(2026, 3, 29)), QDate(2026, 3, 23));
    QCOMPARE(SettlementAggregator::weekStart(QDate(2026, 3, 23)), QDate(2026, 3, 23));
}

void TstSettlementAggregator::monthsAreClipped()
{
    const auto buckets = SettlementAggregator::buckets(
        QDate(2025, 12, 15), QDate(2026, 2, 10), SettlementOptions::Granularity::Month, madrid());
    QCOMPARE(buckets.size(), 3);
    QCOMPARE(buckets.at(0).firstDay, QDate(2025, 12, 15));
    QCOMPARE(buckets.at(0).lastDay, QDate(2025, 12, 31));
    QCOMPARE(buckets.at(1).firstDay, QDate(2026, 1, 1));
    QCOMPARE(buckets.at(1).lastDay, QDate(2026, 1, 31));
    QCOMPARE(buckets.at(2).lastDay, QDate(2026, 2, 10));
    QVERIFY(SettlementAggregator::buckets(
        QDate(2026, 2, 10), QDate(2026, 2, 9), SettlementOptions::Granularity::Day, madrid())
                .isEmpty());
}

void TstSettlementAggregator::emptyBucketsAreZero()
{
    SettlementData data;
    data.add(figures(localMs(QDate(2026, 5, 1), QTime(12, 0)), "5.50"));
    data.add(figures(localMs(QDate(2026, 5, 5), QTime(9, 0)), "1.25"));
    const auto result = SettlementAggregator::aggregate(data, days(QDate(2026, 5, 1), QDate(2026, 5, 7)));
    QCOMPARE(result.buckets.size(), 7);
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(texts(result.series.first().values),
        (QStringList{u"5.50"_s, u"0"_s, u"0"_s, u"0"_s, u"1.25"_s, u"0"_s, u"0"_s}));
    QCOMPARE(result.series.first().total, dec("6.75"));

    // No payments at all: the buckets are still there, with no series.
    const auto none = SettlementAggregator::aggregate(SettlementData(), days(QDate(2026, 5, 1), QDate(2026, 5, 7)));
    QCOMPARE(none.buckets.size(), 7);
    QVERIFY(none.series.isEmpty());
}

void TstSettlementAggregator::settledStatuses_data()
{
    QTest::addColumn<PaymentStatus>("status");
    QTest::addColumn<bool>("settled");
    QTest::newRow("paid") << PaymentStatus::Paid << true;
    QTest::newRow("overpaid") << PaymentStatus::Overpaid << true;
    QTest::newRow("partially_refunded") << PaymentStatus::PartiallyRefunded << true;
    QTest::newRow("refunded") << PaymentStatus::Refunded << true;
    QTest::newRow("underpaid") << PaymentStatus::Underpaid << false;
    QTest::newRow("pending") << PaymentStatus::Pending << false;
    QTest::newRow("processing") << PaymentStatus::Processing << false;
    QTest::newRow("expired") << PaymentStatus::Expired << false;
    QTest::newRow("cancelled") << PaymentStatus::Cancelled << false;
    QTest::newRow("failed") << PaymentStatus::Failed << false;
    QTest::newRow("refunding") << PaymentStatus::Refunding << false;
    QTest::newRow("locked") << PaymentStatus::Locked << false;
    QTest::newRow("unknown") << PaymentStatus::Unknown << false;
}

void TstSettlementAggregator::settledStatuses()
{
    QFETCH(PaymentStatus, status);
    QFETCH(bool, settled);
    QCOMPARE(SettlementAggregator::isSettled(status), settled);
    SettlementData data;
    data.add(figures(localMs(QDate(2026, 5, 2), QTime(10, 0)), "7", u"USD"_s, status));
    const auto result = SettlementAggregator::aggregate(data, days(QDate(2026, 5, 1), QDate(2026, 5, 3)));
    QCOMPARE(result.series.size(), settled ? 1 : 0);
    QCOMPARE(result.currencies.size(), settled ? 1 : 0);
    QCOMPARE(result.statuses.size(), 1); // counted in the breakdown either way
}

void TstSettlementAggregator::netSubtractsRefunds()
{
    SettlementData data;
    const qint64 t = localMs(QDate(2026, 5, 2), QTime(10, 0));
    data.add(figures(t, "100.00", u"USD"_s, PaymentStatus::PartiallyRefunded, Gateway::Cryptomus, "30.10"));
    data.add(figures(t, "50", u"USD"_s, PaymentStatus::Refunded, Gateway::Cryptomus, "50"));
    data.add(figures(t, "20", u"USD"_s, PaymentStatus::Paid));
    SettlementOptions options = days(QDate(2026, 5, 2), QDate(2026, 5, 2));
    QCOMPARE(SettlementAggregator::aggregate(data, options).series.first().values.first(), dec("170"));
    options.net = true;
    const auto net = SettlementAggregator::aggregate(data, options);
    QCOMPARE(net.series.first().values.first().toString(), u"89.90"_s);
    QCOMPARE(net.series.first().total, dec("89.90"));
}

void TstSettlementAggregator::stackByGatewayShowsOneCurrency()
{
    SettlementData data;
    const qint64 t = localMs(QDate(2026, 5, 2), QTime(10, 0));
    data.add(figures(t, "10", u"USD"_s, PaymentStatus::Paid, Gateway::Cryptomus));
    data.add(figures(t, "20", u"USD"_s, PaymentStatus::Paid, Gateway::BucksBus));
    data.add(figures(t, "5", u"USD"_s, PaymentStatus::Paid, Gateway::BucksBus));
    data.add(figures(t, "1000", u"EUR"_s, PaymentStatus::Paid, Gateway::CryptoCom));
    data.add(figures(t, "0.5", u"BTC"_s, PaymentStatus::Pending, Gateway::CryptoCom)); // not settled
    SettlementOptions options = days(QDate(2026, 5, 2), QDate(2026, 5, 2), u"USD"_s);
    const auto usd = SettlementAggregator::aggregate(data, options);
    QCOMPARE(usd.series.size(), 2);
    QCOMPARE(usd.currencies, (QStringList{u"EUR"_s, u"USD"_s}));
    QStringList seen;
    for (const SettlementSeries& series : usd.series) {
        QCOMPARE(series.currency, u"USD"_s);
        seen << series.key + u'=' + series.total.toString();
    }
    seen.sort();
    QCOMPARE(seen, (QStringList{u"bucksbus=25"_s, u"cryptomus=10"_s}));

    options.currency = u"EUR"_s;
    const auto eur = SettlementAggregator::aggregate(data, options);
    QCOMPARE(eur.series.size(), 1);
    QCOMPARE(eur.series.first().gateway, Gateway::CryptoCom);
    QCOMPARE(eur.series.first().total, dec("1000"));
}

void TstSettlementAggregator::stackByCurrencyKeepsCurrenciesApart()
{
    SettlementData data;
    const qint64 t = localMs(QDate(2026, 5, 2), QTime(10, 0));
    data.add(figures(t, "10", u"USD"_s, PaymentStatus::Paid, Gateway::Cryptomus));
    data.add(figures(t, "20", u"USD"_s, PaymentStatus::Paid, Gateway::BucksBus));
    data.add(figures(t, "0.0123", u"BTC"_s, PaymentStatus::Overpaid, Gateway::CryptoCom));
    SettlementOptions options = days(QDate(2026, 5, 1), QDate(2026, 5, 2));
    options.stackBy = SettlementOptions::StackBy::Currency;
    const auto result = SettlementAggregator::aggregate(data, options);
    QCOMPARE(result.series.size(), 2);
    QCOMPARE(result.series.at(0).key, u"BTC"_s);
    QCOMPARE(texts(result.series.at(0).values), (QStringList{u"0"_s, u"0.0123"_s}));
    QCOMPARE(result.series.at(1).key, u"USD"_s);
    QCOMPARE(texts(result.series.at(1).values), (QStringList{u"0"_s, u"30"_s}));
}

void TstSettlementAggregator::sumsAreExact()
{
    SettlementData data;
    const qint64 t = localMs(QDate(2026, 5, 2), QTime(10, 0));
    for (int i = 0; i < 1000; ++i)
        data.add(figures(t + i, i % 2 ? "0.1" : "0.2", u"ETH"_s));
    data.add(figures(t, "123456789012345678901234567.123456789", u"ETH"_s));
    const auto result = SettlementAggregator::aggregate(data, days(QDate(2026, 5, 2), QDate(2026, 5, 2), u"ETH"_s));
    QCOMPARE(result.series.first().values.first().toString(), u"123456789012345678901234717.123456789"_s);
    QVERIFY(!result.overflow);
}

void TstSettlementAggregator::statusBreakdown()
{
    SettlementData data;
    const qint64 t = localMs(QDate(2026, 5, 2), QTime(10, 0));
    data.add(figures(t, "10", u"USD"_s, PaymentStatus::Pending));
    data.add(figures(t, "2.5", u"USD"_s, PaymentStatus::Pending));
    data.add(figures(t, "0.001", u"BTC"_s, PaymentStatus::Pending));
    data.add(figures(t, "3", u"EUR"_s, PaymentStatus::Expired));
    const auto result = SettlementAggregator::aggregate(data, days(QDate(2026, 5, 2), QDate(2026, 5, 2)));
    QCOMPARE(result.statuses.size(), 2);
    QCOMPARE(result.statuses.at(0).status, PaymentStatus::Pending);
    QCOMPARE(result.statuses.at(0).count, 3);
    QCOMPARE(result.statuses.at(0).amounts.sum(u"USD"_s), dec("12.5"));
    QCOMPARE(result.statuses.at(0).amounts.sum(u"BTC"_s), dec("0.001"));
    QCOMPARE(result.statuses.at(1).status, PaymentStatus::Expired);
    QCOMPARE(result.statuses.at(1).amounts.currencies(), QStringList{u"EUR"_s});
}

void TstSettlementAggregator::outsideTheRangeIsIgnored()
{
    SettlementData data;
    data.add(figures(localMs(QDate(2026, 4, 30), QTime(23, 59, 59)), "1"));
    data.add(figures(localMs(QDate(2026, 5, 2), QTime(0, 0)), "2"));
    data.add(figures(PaymentFigures::kUnknownTime, "4"));
    data.add(figures(localMs(QDate(2026, 5, 1), QTime(0, 0)), "8"));
    const auto result = SettlementAggregator::aggregate(data, days(QDate(2026, 5, 1), QDate(2026, 5, 1)));
    QCOMPARE(result.series.first().total, dec("8"));
    QCOMPARE(result.statuses.first().count, 1);
}

void TstSettlementAggregator::presets_data()
{
    QTest::addColumn<SettlementOptions::Preset>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<SettlementOptions::Granularity>("granularity");
    QTest::newRow("7 days") << SettlementOptions::Preset::Last7Days << QDate(2026, 3, 14)
                            << SettlementOptions::Granularity::Day;
    QTest::newRow("30 days") << SettlementOptions::Preset::Last30Days << QDate(2026, 2, 19)
                             << SettlementOptions::Granularity::Day;
    QTest::newRow("90 days") << SettlementOptions::Preset::Last90Days << QDate(2025, 12, 21)
                             << SettlementOptions::Granularity::Week;
    QTest::newRow("12 months") << SettlementOptions::Preset::Last12Months << QDate(2025, 4, 1)
                               << SettlementOptions::Granularity::Month;
}

void TstSettlementAggregator::presets()
{
    QFETCH(SettlementOptions::Preset, preset);
    QFETCH(QDate, from);
    QFETCH(SettlementOptions::Granularity, granularity);
    const QDate today(2026, 3, 20);
    const auto range = SettlementAggregator::presetRange(preset, today);
    QCOMPARE(range.first, from);
    QCOMPARE(range.second, today);
    QCOMPARE(SettlementAggregator::presetGranularity(preset), granularity);
    if (preset == SettlementOptions::Preset::Last12Months)
        QCOMPARE(SettlementAggregator::buckets(range.first, range.second, granularity, madrid()).size(), 12);
}

void TstSettlementAggregator::kpiWindows()
{
    // 20 March 2026, 00:30 in Madrid (23:30 UTC the day before): "today" is the Madrid day.
    const QDateTime now = QDateTime(QDate(2026, 3, 20), QTime(0, 30), madrid());
    SettlementData data;
    data.add(figures(localMs(QDate(2026, 3, 20), QTime(0, 10)), "1")); // today
    data.add(figures(localMs(QDate(2026, 3, 19), QTime(23, 50)), "2")); // yesterday (same UTC day as now)
    data.add(figures(localMs(QDate(2026, 3, 14), QTime(0, 0)), "4")); // 6 days ago: in the last 7 days
    data.add(figures(localMs(QDate(2026, 3, 13), QTime(23, 59)), "8")); // 7 days ago: only in 30
    data.add(figures(localMs(QDate(2026, 2, 19), QTime(0, 0)), "16")); // 29 days ago: in 30
    data.add(figures(localMs(QDate(2026, 2, 18), QTime(23, 0)), "32")); // 30 days ago: out
    data.add(figures(
        localMs(QDate(2026, 3, 20), QTime(0, 20)), "0.5", u"EUR"_s, PaymentStatus::Paid, Gateway::BucksBus, "0.2"));
    data.add(figures(localMs(QDate(2026, 3, 20), QTime(0, 20)), "64", u"USD"_s, PaymentStatus::Pending));
    data.add(figures(localMs(QDate(2026, 3, 20), QTime(0, 20)), "64", u"USD"_s, PaymentStatus::Processing));
    data.add(figures(localMs(QDate(2026, 3, 20), QTime(0, 20)), "64", u"USD"_s, PaymentStatus::Underpaid));
    OverviewSummary summary;
    KpiCalculator::compute(data, now.toUTC(), madrid(), false, summary);
    QCOMPARE(summary.settledToday.sum(u"USD"_s), dec("1"));
    QCOMPARE(summary.settledToday.sum(u"EUR"_s), dec("0.5"));
    QCOMPARE(summary.settledLast7Days.sum(u"USD"_s), dec("7"));
    QCOMPARE(summary.settledLast30Days.sum(u"USD"_s), dec("31"));
    QCOMPARE(summary.openInvoices, 2);
    KpiCalculator::compute(data, now.toUTC(), madrid(), true, summary);
    QCOMPARE(summary.settledToday.sum(u"EUR"_s).toString(), u"0.3"_s);
    QCOMPARE(summary.openInvoices, 2);
}

void TstSettlementAggregator::currencyTotalsText()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    CurrencyTotals totals;
    QVERIFY(totals.add(u"USD"_s, dec("1000")));
    QVERIFY(totals.add(u"USD"_s, dec("234")));
    QVERIFY(totals.add(u"EUR"_s, dec("50")));
    QVERIFY(totals.add(u"BTC"_s, dec("0.0123")));
    QCOMPARE(totals.text(u"USD"_s, us), nb(u"USD~1,234.00 · also BTC~0.0123, EUR~50.00"_s));
    QCOMPARE(totals.text(u"USD"_s, de).left(12), nb(u"USD~1.234,00"_s));
    // A reporting currency with nothing in it shows zero, never a conversion of the others.
    CurrencyTotals eurOnly;
    QVERIFY(eurOnly.add(u"EUR"_s, dec("50")));
    QCOMPARE(eurOnly.text(u"USD"_s, us), nb(u"USD~0.00 · also EUR~50.00"_s));
    QCOMPARE(eurOnly.othersText(u"EUR"_s, us), QString());
    // Crypto totals show their digits, not the asset's 18 decimals; nothing is rounded.
    CurrencyTotals many;
    for (const char* code : {"CRO", "ETH", "LTC", "TRX"})
        QVERIFY(many.add(QString::fromLatin1(code), dec("14439.5")));
    QVERIFY(many.add(u"ETH"_s, dec("0.000000000000000001")));
    QCOMPARE(many.othersText(u"USD"_s, us, 2), nb(u"CRO~14,439.50, ETH~14,439.500000000000000001 and 2 more"_s));
    QCOMPARE(many.othersText(u"USD"_s, us, 4).count(u','), 3 + 4); // four amounts with one group separator each
}

void TstSettlementAggregator::balanceHistoryLines()
{
    const auto balance = [](const QString& account, const QString& currency, const char* total, int day) {
        Balance b;
        b.accountId = account;
        b.currency = currency;
        b.total = dec(total);
        b.asOf = QDateTime(QDate(2026, 3, day), QTime(12, 0), QTimeZone::utc());
        return b;
    };
    const QList<Balance> snapshots{balance(u"a2"_s, u"BTC"_s, "0.2", 3), balance(u"a1"_s, u"BTC"_s, "1.5", 2),
        balance(u"a2"_s, u"BTC"_s, "0.1", 1), balance(u"a1"_s, u"USDT"_s, "10", 1)};
    const QMap<QString, QString> names{{u"a1"_s, u"zeta"_s}, {u"a2"_s, u"alpha"_s}};
    QCOMPARE(BalanceHistory::currencies(snapshots), (QStringList{u"BTC"_s, u"USDT"_s}));
    const auto lines = BalanceHistory::lines(snapshots, names, u"BTC"_s);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).accountName, u"alpha"_s);
    QCOMPARE(lines.at(0).points.size(), 2);
    QCOMPARE(lines.at(0).points.at(0).total, dec("0.1")); // oldest first
    QCOMPARE(lines.at(0).points.at(1).total, dec("0.2"));
    QCOMPARE(lines.at(1).accountName, u"zeta"_s);
    QCOMPARE(BalanceHistory::lines(snapshots, names, u"USDT"_s).size(), 1);
    QVERIFY(BalanceHistory::lines(snapshots, names, u"ETH"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TstSettlementAggregator)
#include "tst_SettlementAggregator.moc"
