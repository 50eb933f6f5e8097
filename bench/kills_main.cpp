#include "bench/KillCampaign.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// paydesk-bench-kills: the kill campaign (docs/journal.md, "Kill campaign"). SIGKILLs real paydesk-cli processes
// during invoice create, refund create and sync on each gateway of a real paydesk-sandbox, recovers, counts.
// Exit 0 when no duplicate, lost or phantom object was found and every integrity check passed; 1 otherwise.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"paydesk-bench-kills"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Kills paydesk-cli at random moments during invoice create, refund create and "
                                     "sync on each gateway of paydesk-sandbox, recovers, and counts duplicates, lost "
                                     "and phantom objects."_s);
    parser.addHelpOption();
    const QCommandLineOption kills(u"kills"_s, u"SIGKILLs to deliver (default 200)."_s, u"N"_s, u"200"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the kill moments and modes (default 1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption gateways(u"gateways"_s,
        u"Comma-separated gateways (default cryptocom,cryptoprocessing,bucksbus,cryptomus)."_s, u"LIST"_s,
        u"cryptocom,cryptoprocessing,bucksbus,cryptomus"_s);
    const QCommandLineOption integrity(
        u"integrity-every"_s, u"PRAGMA integrity_check after every N kills (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption cli(u"cli"_s, u"The paydesk-cli to kill (default: the one built with this program)."_s,
        u"PATH"_s, QStringLiteral(PAYDESK_CLI_PATH));
    const QCommandLineOption sandbox(u"sandbox"_s,
        u"The paydesk-sandbox to run (default: the one built with this program)."_s, u"PATH"_s,
        QStringLiteral(PAYDESK_SANDBOX_PATH));
    const QCommandLineOption keep(
        u"keep"_s, u"Keep the data folder (ledger, vault) afterwards; its path is printed."_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Print only the results, not one line per kill."_s);
    parser.addOptions({kills, seed, gateways, integrity, cli, sandbox, keep, quiet});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bench::KillCampaign::Options options;
    bool ok = false;
    options.kills = parser.value(kills).toInt(&ok);
    if (!ok || options.kills < 1) {
        err << "paydesk-bench-kills: --kills needs a positive number" << Qt::endl;
        return 2;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err << "paydesk-bench-kills: --seed needs a number" << Qt::endl;
        return 2;
    }
    options.integrityEvery = parser.value(integrity).toInt(&ok);
    if (!ok || options.integrityEvery < 1) {
        err << "paydesk-bench-kills: --integrity-every needs a positive number" << Qt::endl;
        return 2;
    }
    options.gateways = parser.value(gateways).split(u',', Qt::SkipEmptyParts);
    options.cliPath = parser.value(cli);
    options.sandboxPath = parser.value(sandbox);
    options.keepData = parser.isSet(keep);
    if (!parser.isSet(quiet))
        options.log = [&err](const QString& line) { err << line << Qt::endl; };

    bench::KillCampaign campaign(options);
    const bench::KillCampaign::Report report = campaign.run();
    out << "paydesk-bench-kills --kills " << options.kills << " --seed " << options.seed << " --gateways "
        << options.gateways.join(u',') << "\n\n";
    out << bench::KillCampaign::table(report);
    if (!report.findings.isEmpty()) {
        out << "\nfindings after each recovery:\n";
        for (const auto& finding : report.findings)
            out << "  " << finding.gateway << " " << bench::KillCampaign::operationName(finding.operation) << " "
                << finding.key << " (" << finding.killMode << "): " << finding.what << "\n";
    }
    if (!report.finalFindings.isEmpty()) {
        out << "\nfindings after the final sync:\n";
        for (const auto& finding : report.finalFindings)
            out << "  " << finding.gateway << " " << bench::KillCampaign::operationName(finding.operation) << " "
                << finding.key << " (" << finding.killMode << "): " << finding.what << "\n";
    }
    if (options.keepData)
        out << "\ndata folder kept: " << report.dataFolder << "\n";
    out << (report.clean() ? "\nresult: clean\n" : "\nresult: NOT clean\n") << Qt::flush;
    return report.clean() ? 0 : 1;
}
