#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

// Exit status contract (docs/cli.md): 0 success, 1 gateway or validation error, 2 usage error.
constexpr int kExitUsage = 2;

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(u"paydesk-cli"_s);
    QCoreApplication::setOrganizationName(u"Paydesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION_STRING));
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Paydesk command line: the dashboard's core for scripts and cron.\n"
        "Secrets come from environment variables or a prompt, never from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print machine-readable JSON.")});
    parser.addOption({u"data-dir"_s,
        QCoreApplication::translate("cli", "Data directory (default: $PAYDESK_HOME or the platform location)."),
        QCoreApplication::translate("cli", "dir")});
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("cli", "The command to run."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << parser.helpText();
        return kExitUsage;
    }
    err << QCoreApplication::translate("cli", "paydesk-cli: unknown command '%1' (see --help)").arg(args.first())
        << Qt::endl;
    return kExitUsage;
}
