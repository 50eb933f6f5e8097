#include "core/Decimal.h"
#include "core/Version.h"
#include "core/export/ExportJob.h"
#include "core/ledger/Ledger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <time.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

// A value from /proc/self/status in KiB ("VmHWM", "VmRSS"), or -1 where there is none.
qint64 procStatusKiB(QByteArrayView key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key) && line.size() > key.size() && line.at(key.size()) == ':')
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Peak resident set size of the process so far, in KiB.
qint64 peakRssKiB()
{
    const qint64 hwm = procStatusKiB("VmHWM");
    if (hwm >= 0)
        return hwm;
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return usage.ru_maxrss; // KiB on Linux (bytes on macOS)
#endif
    return -1;
}

// Linux: resets VmHWM to the current RSS, so the next peak is the export's own. False where unsupported.
bool resetPeakRss()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// CPU time of the calling thread in nanoseconds, or -1 where unsupported (the machine may be shared: wall time
// alone can mislead).
qint64 threadCpuNs()
{
#ifdef Q_OS_UNIX
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return static_cast<qint64>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
#endif
    return -1;
}

QString mib(qint64 kib)
{
    return kib < 0 ? u"n/a"_s : QString::number(kib / 1024.0, 'f', 1) + u" MiB"_s;
}

Account benchAccount(int i)
{
    static const Gateway gateways[]
        = {Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus};
    Account a;
    a.id = u"bench-account-%1"_s.arg(i);
    a.name = u"bench %1"_s.arg(i);
    a.gateway = gateways[i % 4];
    a.baseUrl = QUrl(u"https://api.example.test"_s);
    a.created = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    return a;
}

// Deterministic, gateway-like payments; every 50th description needs quoting, every 97th is neutralised.
Payment benchPayment(qint64 i, quint64& state)
{
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    const quint64 r = state >> 11;
    static const PaymentStatus statuses[] = {PaymentStatus::Paid, PaymentStatus::Paid, PaymentStatus::Pending,
        PaymentStatus::Expired, PaymentStatus::Underpaid, PaymentStatus::Refunded};
    Payment p;
    const int account = static_cast<int>(i % 4);
    p.accountId = benchAccount(account).id;
    p.gateway = benchAccount(account).gateway;
    p.id = u"pay-%1"_s.arg(i, 8, 10, QChar(u'0'));
    p.orderId = u"order-%1"_s.arg(i);
    if (i % 97 == 0)
        p.description = u"=HYPERLINK(\"http://x.example\",\"%1\")"_s.arg(i);
    else if (i % 50 == 0)
        p.description = u"Order %1, \"gift\"\nsecond line"_s.arg(i);
    else
        p.description = u"Order %1"_s.arg(i);
    p.amount = Money{Decimal::fromInt(static_cast<qint64>(r % 100000))
                         .dividedBy(Decimal::fromInt(100), 2, Decimal::Rounding::HalfEven)
                         .value(),
        u"USD"_s};
    p.payAmount = Money{Decimal::fromInt(static_cast<qint64>(r % 100000000))
                            .dividedBy(Decimal::fromInt(100000000), 8, Decimal::Rounding::HalfEven)
                            .value(),
        u"BTC"_s};
    p.network = u"bitcoin"_s;
    p.status = statuses[r % 6];
    if (p.status == PaymentStatus::Paid || p.status == PaymentStatus::Refunded)
        p.paid = p.payAmount;
    if (p.status == PaymentStatus::Refunded)
        p.refunded = p.amount;
    p.rawStatus = paymentStatusId(p.status);
    p.address = u"bc1qbench%1"_s.arg(i);
    p.paymentUrl = u"https://pay.example.test/%1"_s.arg(p.id);
    p.created = QDateTime::fromSecsSinceEpoch(1'704'067'200 + i * 31, Qt::UTC);
    p.updated = p.created.addSecs(60);
    p.expires = p.created.addSecs(3600);
    p.liveMode = true;
    p.rawJson = "{\"id\":\"" + p.id.toUtf8() + "\",\"status\":\"" + p.rawStatus.toUtf8() + "\"}";
    return p;
}

} // namespace

// paydesk-bench-export: fills a temporary ledger with N payments, then exports them all through ExportJob (the same
// path as the dashboard and paydesk-cli) and prints rows/s and peak memory. Figures, not pass/fail.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"paydesk-bench-export"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times a report export of many payments (CSV or JSON)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption paymentsOption(
        u"payments"_s, u"Payments in the ledger (default 1000000)."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption formatOption(u"format"_s, u"csv or json (default csv)."_s, u"format"_s, u"csv"_s);
    const QCommandLineOption ledgerOption(
        u"ledger"_s, u"Use (and keep) this ledger file; it is filled only when it holds no payments yet."_s, u"file"_s);
    const QCommandLineOption outOption(
        u"out"_s, u"Keep the export in <file> (default: a temporary file)."_s, u"file"_s);
    parser.addOption(paymentsOption);
    parser.addOption(formatOption);
    parser.addOption(ledgerOption);
    parser.addOption(outOption);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool countOk = false;
    const qint64 count = parser.value(paymentsOption).toLongLong(&countOk);
    const auto format = exportFormatFromId(parser.value(formatOption));
    if (!countOk || count <= 0 || !format) {
        err << "paydesk-bench-export: --payments needs a positive integer and --format csv or json" << Qt::endl;
        return 2;
    }

    QTemporaryDir tempDir;
    if (!tempDir.isValid()) {
        err << "paydesk-bench-export: cannot create a temporary folder" << Qt::endl;
        return 1;
    }
    const QString ledgerPath
        = parser.isSet(ledgerOption) ? parser.value(ledgerOption) : tempDir.filePath(u"bench.sqlite"_s);
    const QString exportPath = parser.isSet(outOption) ? parser.value(outOption)
                                                       : tempDir.filePath(u"payments."_s + exportFormatId(*format));

    out << "paydesk-bench-export " << PAYDESK_VERSION_STRING << '\n';
    {
        auto opened = Ledger::open(ledgerPath);
        if (!opened) {
            err << "paydesk-bench-export: " << opened.error().message << Qt::endl;
            return 1;
        }
        Ledger& ledger = *opened.value();
        const auto existing = ledger.countPayments({});
        if (existing && existing.value() == 0) {
            QElapsedTimer fillTimer;
            fillTimer.start();
            for (int i = 0; i < 4; ++i) {
                if (!ledger.addAccount(benchAccount(i))) {
                    err << "paydesk-bench-export: cannot add the accounts" << Qt::endl;
                    return 1;
                }
            }
            quint64 state = 0x9E3779B97F4A7C15ULL;
            constexpr qint64 kBatch = 10'000;
            for (qint64 start = 0; start < count; start += kBatch) {
                QList<Payment> batch;
                batch.reserve(kBatch);
                for (qint64 i = start; i < std::min(count, start + kBatch); ++i)
                    batch.append(benchPayment(i, state));
                const auto written = ledger.upsertPayments(batch);
                if (!written) {
                    err << "paydesk-bench-export: " << written.error().message << Qt::endl;
                    return 1;
                }
            }
            out << "filled " << count << " payments in " << QString::number(fillTimer.elapsed() / 1000.0, 'f', 1)
                << " s (not part of the figure)\n";
        } else {
            out << "using " << (existing ? existing.value() : -1) << " payments already in " << ledgerPath << '\n';
        }
    } // the filling connection is closed: the export opens its own, as in the dashboard
    out.flush();

    const qint64 rssBeforeKiB = procStatusKiB("VmRSS");
    const bool peakReset = resetPeakRss();

    ExportRequest request;
    request.kind = ExportKind::Payments;
    request.format = *format;
    ExportJob job(ledgerPath, exportPath, request);
    std::atomic_bool cancel = false;
    qint64 progressCalls = 0;
    job.setCancelFlag(&cancel);
    job.setProgressCallback([&](qint64, qint64) { ++progressCalls; });

    // On a worker thread, as the dashboard runs it.
    ExportResult result;
    qint64 elapsedNs = 0;
    qint64 cpuNs = -1;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = threadCpuNs();
        result = job.run();
        elapsedNs = timer.nsecsElapsed();
        const qint64 cpuEnd = threadCpuNs();
        if (cpuStart >= 0 && cpuEnd >= 0)
            cpuNs = cpuEnd - cpuStart;
    }));
    worker->start();
    worker->wait();

    if (!result.ok()) {
        err << "paydesk-bench-export: " << result.message << Qt::endl;
        return 1;
    }
    const double seconds = static_cast<double>(elapsedNs) / 1e9;
    const qint64 bytes = QFileInfo(exportPath).size();
    out << "exported " << result.rows << " payments to " << exportFormatId(*format) << " in "
        << QString::number(seconds, 'f', 2) << " s: " << QString::number(result.rows / seconds, 'f', 0) << " rows/s, "
        << QString::number(bytes / 1048576.0, 'f', 1) << " MiB ("
        << QString::number(bytes / 1048576.0 / seconds, 'f', 1) << " MiB/s), " << progressCalls << " progress calls\n";
    if (cpuNs > 0) {
        const double cpuSeconds = static_cast<double>(cpuNs) / 1e9;
        out << "CPU time of the export thread " << QString::number(cpuSeconds, 'f', 2)
            << " s: " << QString::number(result.rows / cpuSeconds, 'f', 0) << " rows per CPU second\n";
    }
    out << "RSS before the export " << mib(rssBeforeKiB) << "; peak RSS "
        << (peakReset ? u"during the export "_s : u"of the process "_s) << mib(peakRssKiB()) << '\n';
    return 0;
}
