#include "core/Decimal.h"
#include "core/Version.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTextStream>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

struct Result
{
    QString name;
    qint64 operations = 0;
    qint64 nanoseconds = 0;

    double nsPerOp() const { return operations > 0 ? static_cast<double>(nanoseconds) / operations : 0.0; }
};

// Runs `body` once (it performs `operations` operations) and times it. `sink` keeps the optimiser honest.
Result measure(const QString& name, qint64 operations, const std::function<qint64()>& body, qint64& sink)
{
    QElapsedTimer timer;
    timer.start();
    sink += body();
    return Result{name, operations, timer.nsecsElapsed()};
}

// Deterministic mix of gateway-like amounts: fiat cents, 8- and 18-decimal crypto, negatives, beyond 64 bits.
QStringList sampleStrings(int count)
{
    QStringList samples;
    samples.reserve(count);
    quint64 state = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < count; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const quint64 r = state >> 11;
        switch (i % 4) {
        case 0:
            samples.append(QString::number(r % 10000000) + u'.' + QString::number(r % 100).rightJustified(2, u'0'));
            break;
        case 1:
            samples.append(u"0."_s + QString::number(r % 100000000).rightJustified(8, u'0'));
            break;
        case 2:
            samples.append(u"-"_s + QString::number(r % 100000) + u'.' + QString::number(r).left(18));
            break;
        default:
            samples.append(QString::number(r) + QString::number(r % 1000000).rightJustified(6, u'0') + u".5"_s);
            break;
        }
    }
    return samples;
}

} // namespace

// paydesk-bench: prints a results table and writes JSON (--json FILE). Figures, not pass/fail.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"paydesk-bench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Paydesk micro-benchmarks"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(u"json"_s, u"Also write the results as JSON to <file>."_s, u"file"_s);
    const QCommandLineOption countOption(
        u"count"_s, u"Operations per benchmark (default 1000000)."_s, u"n"_s, u"1000000"_s);
    parser.addOption(jsonOption);
    const QCommandLineOption sandboxPaymentsOption(u"sandbox-payments"_s,
        u"Payments the sandbox generates for its benchmark (default 1000000)."_s, u"n"_s, u"1000000"_s);
    parser.addOption(sandboxPaymentsOption);
    parser.addOption(countOption);
    parser.process(app);

    bool countOk = false;
    const int count = parser.value(countOption).toInt(&countOk);
    if (!countOk || count <= 0) {
        QTextStream(stderr) << "paydesk-bench: --count needs a positive integer" << Qt::endl;
        return 2;
    }

    const QStringList strings = sampleStrings(count);
    QList<Decimal> values;
    values.reserve(count);
    for (const QString& s : strings)
        values.append(Decimal::fromString(s).value());
    const Decimal rate = Decimal::fromString(u"0.000037088479057975").value();
    const Decimal fee = Decimal::fromString(u"1.015").value();

    qint64 sink = 0;
    QList<Result> results;
    results.append(measure(
        u"Decimal::fromString"_s, count,
        [&] {
            qint64 n = 0;
            for (const QString& s : strings)
                n += Decimal::fromString(s)->scale();
            return n;
        },
        sink));
    results.append(measure(
        u"Decimal::toString"_s, count,
        [&] {
            qint64 n = 0;
            for (const Decimal& d : values)
                n += d.toString().size();
            return n;
        },
        sink));
    results.append(measure(
        u"Decimal::plus"_s, count,
        [&] {
            qint64 n = 0;
            for (qsizetype i = 0; i < values.size(); ++i) {
                // Pairs of neighbours: mixed scales and signs; overflow is counted, not fatal.
                const auto r = values.at(i).plus(values.at((i + 1) % values.size()));
                n += r ? r->scale() : 1;
            }
            return n;
        },
        sink));
    results.append(measure(
        u"Decimal::multipliedBy (scale 8, HalfEven)"_s, count,
        [&] {
            qint64 n = 0;
            for (const Decimal& d : values) {
                const auto r = d.multipliedBy(rate, 8, Decimal::Rounding::HalfEven);
                n += r ? r->signum() : 2;
            }
            return n;
        },
        sink));
    results.append(measure(
        u"Decimal::dividedBy (scale 18, HalfEven)"_s, count / 10,
        [&] {
            qint64 n = 0;
            for (int i = 0; i < count / 10; ++i) {
                const auto r = values.at(i).dividedBy(fee, 18, Decimal::Rounding::HalfEven);
                n += r ? r->signum() : 2;
            }
            return n;
        },
        sink));
    results.append(measure(
        u"Decimal compare"_s, count,
        [&] {
            qint64 n = 0;
            for (qsizetype i = 0; i < values.size(); ++i)
                n += values.at(i) < values.at((i + 7) % values.size()) ? 1 : 0;
            return n;
        },
        sink));

    // The sandbox's seeded history over the four simulated gateways (issue: 1,000,000 payments in under a minute).
    {
        sandbox::SandboxServer server;
        server.addDefaultGateways();
        const qint64 payments = parser.value(sandboxPaymentsOption).toLongLong();
        results.append(measure(
            u"sandbox: generate payments (4 gateways)"_s, payments,
            [&] {
                server.regenerate(payments, 365, 42);
                return payments;
            },
            sink));
    }

    QTextStream out(stdout);
    out << "paydesk-bench " << PAYDESK_VERSION_STRING << " (" << count << " operations each; checksum " << sink
        << ")\n";
    out << u"benchmark"_s.leftJustified(44) << u"ops"_s.rightJustified(10) << u"ms"_s.rightJustified(10)
        << u"ns/op"_s.rightJustified(10) << '\n';
    for (const Result& r : results) {
        out << r.name.leftJustified(44) << QString::number(r.operations).rightJustified(10)
            << QString::number(r.nanoseconds / 1e6, 'f', 1).rightJustified(10)
            << QString::number(r.nsPerOp(), 'f', 1).rightJustified(10) << '\n';
    }
    out.flush();

    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const Result& r : results) {
            rows.append(QJsonObject{{u"name"_s, r.name}, {u"operations"_s, r.operations},
                {u"nanoseconds"_s, r.nanoseconds}, {u"ns_per_op"_s, r.nsPerOp()}});
        }
        const QJsonObject root{{u"version"_s, QStringLiteral(PAYDESK_VERSION_STRING)}, {u"results"_s, rows}};
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(root).toJson()) < 0) {
            QTextStream(stderr) << "paydesk-bench: cannot write " << file.fileName() << ": " << file.errorString()
                                << Qt::endl;
            return 1;
        }
    }
    return 0;
}
