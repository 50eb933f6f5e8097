#include "bench/faults/FaultCampaign.h"
#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

std::optional<Gateway> gatewayFromName(const QString& name)
{
    if (name == u"cryptocom")
        return Gateway::CryptoCom;
    if (name == u"cryptoprocessing")
        return Gateway::CryptoProcessing;
    if (name == u"bucksbus")
        return Gateway::BucksBus;
    if (name == u"cryptomus")
        return Gateway::Cryptomus;
    return std::nullopt;
}

} // namespace

// paydesk-bench-faults: the fault campaign of docs/journal.md ("Fault campaign"). Prints the figures per gateway and
// operation and exits 1 when any object is duplicated, lost, phantom or still unknown (2: the campaign could not run).
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"paydesk-bench-faults"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION_STRING));

    // One log line per request would drown the figures.
    QLoggingCategory::setFilterRules(u"paydesk.http.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fault campaign: creating calls through GatewayOperations while the in-process "
                                     "sandbox faults about a fifth of the requests; then sync and count."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption operations(u"operations"_s,
        u"Operations per gateway and kind (invoice, refund, address, withdrawal) (default 40)."_s, u"N"_s, u"40"_s);
    const QCommandLineOption probability(
        u"probability"_s, u"Chance that a request is faulted (default 0.2)."_s, u"P"_s, u"0.2"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the sandbox and its faults (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption gateways(u"gateways"_s,
        u"Comma-separated gateways (default cryptocom,cryptoprocessing,bucksbus,cryptomus)."_s, u"LIST"_s,
        u"cryptocom,cryptoprocessing,bucksbus,cryptomus"_s);
    const QCommandLineOption retries(u"retries"_s, u"Same-key retries after an error (default 2)."_s, u"N"_s, u"2"_s);
    const QCommandLineOption concurrency(
        u"concurrency"_s, u"Operations under way at once (default 6)."_s, u"N"_s, u"6"_s);
    const QCommandLineOption findings(u"findings"_s,
        u"Defect lines printed per gateway, operation and kind of defect (default 3)."_s, u"N"_s, u"3"_s);
    parser.addOptions({operations, probability, seed, gateways, retries, concurrency, findings});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    FaultCampaignOptions options;
    bool ok = true;
    const auto number = [&parser, &ok](const QCommandLineOption& option, int minimum) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < minimum)
            ok = false;
        return value;
    };
    options.operations = number(operations, 1);
    options.retries = number(retries, 0);
    options.concurrency = number(concurrency, 1);
    const int maxFindings = number(findings, 0);
    bool valid = false;
    options.probability = parser.value(probability).toDouble(&valid);
    ok = ok && valid && options.probability >= 0.0 && options.probability < 1.0;
    options.seed = parser.value(seed).toULongLong(&valid);
    ok = ok && valid;
    options.gateways.clear();
    for (const QString& name : parser.value(gateways).split(u',', Qt::SkipEmptyParts)) {
        const auto gateway = gatewayFromName(name.trimmed());
        ok = ok && gateway.has_value();
        if (gateway)
            options.gateways.append(*gateway);
    }
    if (!ok || options.gateways.isEmpty()) {
        err << "paydesk-bench-faults: invalid option value (see --help)\n";
        return 2;
    }

    FaultCampaign campaign(options);
    campaign.setProgress([&err](const QString& line) { err << line << Qt::endl; });
    const FaultCampaignFigures figures = campaign.run();
    out << "paydesk-bench-faults: " << options.operations << " operations per gateway and kind, probability "
        << options.probability << ", seed " << options.seed << ", retries " << options.retries << "\n\n";
    out << figures.table();
    if (!figures.findings.isEmpty()) {
        out << "\nfindings (" << figures.findings.size() << " in all; at most " << maxFindings << " of each kind):\n";
        for (const QString& finding : figures.sampleFindings(maxFindings))
            out << "  " << finding << '\n';
    }
    out.flush();
    if (!figures.error.isEmpty())
        return 2;
    return figures.clean() ? 0 : 1;
}
