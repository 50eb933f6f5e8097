// paydesk-bench-overview: the Overview's aggregation at a million payments. Generates payment figures (spread over
// two years, four gateways, fiat and crypto, every status, some refunds), then times the settlement aggregation (30
// days per day by gateway, 90 days per week, 12 months per month by currency, net), the KPI tiles, and, unless
// --skip-ledger, the worker-thread read of the same payments from a ledger file (OverviewLoader::load). Figures, not
// pass/fail.
#include "core/Version.h"
#include "core/ledger/Ledger.h"
#include "models/KpiCalculator.h"
#include "models/OverviewLoader.h"
#include "models/SettlementAggregator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

const QStringList kCurrencies{u"USD"_s, u"EUR"_s, u"GBP"_s, u"BTC"_s, u"ETH"_s, u"USDT"_s, u"TRX"_s, u"LTC"_s};
const QStringList kAccounts{u"00000000-0000-4000-8000-000000000001"_s, u"00000000-0000-4000-8000-000000000002"_s,
    u"00000000-0000-4000-8000-000000000003"_s, u"00000000-0000-4000-8000-000000000004"_s};

PaymentFigures makeFigures(quint64 n, qint64 endMs, QRandomGenerator& random)
{
    PaymentFigures f;
    const int account = int(n % 4);
    f.accountId = kAccounts.at(account);
    f.gateway = Gateway(account);
    f.status = PaymentStatus(random.bounded(13));
    const int currency = int(random.bounded(kCurrencies.size()));
    const bool fiat = currency < 3;
    const QString amount = fiat ? QString(QString::number(1 + random.bounded(5000)) + u'.'
                               + QString::number(random.bounded(100)).rightJustified(2, u'0'))
                                : QString(u"0."_s + QString::number(random.bounded(99999999)).rightJustified(8, u'0'));
    f.amount = Money{*Decimal::fromString(amount), kCurrencies.at(currency)};
    if (f.status == PaymentStatus::PartiallyRefunded)
        f.refunded = Money{
            *f.amount.amount.dividedBy(Decimal::fromInt(2), f.amount.amount.scale(), Decimal::Rounding::HalfEven),
            f.amount.currency};
    else if (f.status == PaymentStatus::Refunded)
        f.refunded = f.amount;
    f.createdMs = endMs - qint64(random.bounded(2 * 365 * 24 * 3600)) * 1000; // the last two years
    return f;
}

Payment toPayment(const PaymentFigures& f, quint64 n)
{
    Payment p;
    p.accountId = f.accountId;
    p.gateway = f.gateway;
    p.id = u"p-%1"_s.arg(n);
    p.amount = f.amount;
    p.refunded = f.refunded;
    p.status = f.status;
    p.rawStatus = paymentStatusId(f.status);
    p.created = QDateTime::fromMSecsSinceEpoch(f.createdMs, QTimeZone::utc());
    p.updated = p.created;
    p.rawJson = "{}";
    return p;
}

double timed(const std::function<void()>& step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"paydesk-bench-overview"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION_STRING));
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Paydesk Overview aggregation at scale"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption countOption(
        u"payments"_s, u"Payments to generate (default 1000000)."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption skipLedgerOption(
        u"skip-ledger"_s, u"Only time the in-memory aggregation, not the read from a ledger file."_s);
    parser.addOption(countOption);
    parser.addOption(skipLedgerOption);
    parser.process(app);
    bool ok = false;
    const qint64 count = parser.value(countOption).toLongLong(&ok);
    if (!ok || count <= 0) {
        QTextStream(stderr) << "paydesk-bench-overview: --payments needs a positive integer" << Qt::endl;
        return 2;
    }

    const QTimeZone zone("Europe/Madrid");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QRandomGenerator random(20240101);
    QList<PaymentFigures> generated;
    generated.reserve(count);
    for (qint64 n = 0; n < count; ++n)
        generated.append(makeFigures(quint64(n), now.toMSecsSinceEpoch(), random));

    SettlementData data;
    const double fill = timed([&] {
        data.reserve(count);
        for (const PaymentFigures& f : std::as_const(generated))
            data.add(f);
    });
    out() << "paydesk-bench-overview: " << count << " payments" << Qt::endl;
    out() << QString::asprintf("  %-44s %9.1f ms", "compact records (SettlementData::add)", fill) << Qt::endl;

    const QDate today = now.toTimeZone(zone).date();
    const auto run
        = [&](const char* name, SettlementOptions::Preset preset, SettlementOptions::StackBy stackBy, bool net) {
              SettlementOptions options;
              std::tie(options.from, options.to) = SettlementAggregator::presetRange(preset, today);
              options.granularity = SettlementAggregator::presetGranularity(preset);
              options.zone = zone;
              options.stackBy = stackBy;
              options.currency = u"USD"_s;
              options.net = net;
              qsizetype series = 0;
              const double ms = timed([&] { series = SettlementAggregator::aggregate(data, options).series.size(); });
              out() << QString::asprintf("  %-44s %9.1f ms (%lld series)", name, ms, qint64(series)) << Qt::endl;
          };
    run("aggregate 30 days per day, by gateway", SettlementOptions::Preset::Last30Days,
        SettlementOptions::StackBy::Gateway, false);
    run("aggregate 90 days per week, by gateway, net", SettlementOptions::Preset::Last90Days,
        SettlementOptions::StackBy::Gateway, true);
    run("aggregate 12 months per month, by currency", SettlementOptions::Preset::Last12Months,
        SettlementOptions::StackBy::Currency, false);
    OverviewSummary summary;
    const double kpi = timed([&] { KpiCalculator::compute(data, now, zone, false, summary); });
    out() << QString::asprintf(
        "  %-44s %9.1f ms (%lld open invoices)", "KPI tiles (today / 7 / 30 days)", kpi, qint64(summary.openInvoices))
          << Qt::endl;

    if (parser.isSet(skipLedgerOption))
        return 0;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"overview-bench.sqlite"_s);
    {
        auto opened = Ledger::open(path);
        if (!opened) {
            QTextStream(stderr) << "cannot open " << path << ": " << opened.error().message << Qt::endl;
            return 1;
        }
        Ledger& ledger = *opened.value();
        const QStringList names{u"shop-eu"_s, u"shop-us"_s, u"white-label"_s, u"crypto-store"_s};
        for (int i = 0; i < 4; ++i) {
            Account account;
            account.id = kAccounts.at(i);
            account.name = names.at(i);
            account.gateway = Gateway(i);
            account.baseUrl = QUrl(u"https://api.example.test"_s);
            account.created = now;
            if (!ledger.addAccount(account))
                return 1;
        }
        const double written = timed([&] {
            constexpr qint64 kBatch = 10'000;
            for (qint64 start = 0; start < count; start += kBatch) {
                QList<Payment> batch;
                for (qint64 n = start; n < qMin(count, start + kBatch); ++n)
                    batch.append(toPayment(generated.at(n), quint64(n)));
                if (!ledger.upsertPayments(batch))
                    return;
            }
        });
        out() << QString::asprintf("  %-44s %9.1f ms", "(generating the ledger file)", written) << Qt::endl;
    }
    qsizetype loaded = 0;
    const double read = timed([&] {
        const auto snapshot = OverviewLoader::load(path);
        if (snapshot)
            loaded = qsizetype(snapshot.value()->payments.records().size());
    });
    out() << QString::asprintf(
        "  %-44s %9.1f ms (%lld payments)", "worker read (OverviewLoader::load)", read, qint64(loaded))
          << Qt::endl;
    return loaded == count ? 0 : 1;
}
