#include "app/cli/CliSession.h"
#include "app/cli/Commands.h"
#include "core/Version.h"
#include "core/settings/DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <map>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::cli;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

QString helpText()
{
    return tr(R"(Usage: paydesk-cli [--json] [--verbose] [--data-dir DIR] COMMAND ...

Paydesk command line: the dashboard's core for scripts and cron.

Accounts (secrets from PAYDESK_API_KEY, PAYDESK_API_SECRET, PAYDESK_WEBHOOK_SECRET,
PAYDESK_PAYOUT_KEY or a prompt; never from the command line):
  account add NAME --provider cryptocom|cryptoprocessing|bucksbus|cryptomus
              [--base-url URL] [--merchant ID] [--live]
  account list | account test NAME | account remove NAME
Sync and browse (from the local ledger):
  sync [NAME] [--progress]
  payments [--account NAME] [--status S]... [--currency C]... [--from DATE] [--to DATE]
           [--search TEXT] [--limit N]
  balances [--account NAME]
  address list [--account NAME]
  address show NAME ID            (an address and its deposits)
Invoices and refunds:
  invoice create NAME --amount 10.00 --currency USD [--pay-currency BTC] [--network tron]
                 [--order-id ID] [--description TEXT] [--lifetime SECONDS] [--email ADDR] [--yes]
  invoice show NAME ID | invoice cancel NAME ID
  invoice qr NAME ID --out FILE.png|FILE.svg [--size PX]
  refund create NAME PAYMENT_ID [--amount X] [--reason R] [--address ADDR] [--network N]
                [--fee-from-merchant] [--key KEY]
  refund list [--account NAME]
Addresses and withdrawals:
  address create NAME --asset BTC [--network N] [--label L] [--reference R]
  address release NAME ID
  withdrawal create NAME --amount X --currency C --address ADDR [--network N] [--tag T]
                    [--foreign-id ID]
  withdrawal list [--account NAME]
Export (CSV: RFC 4180, UTF-8; see docs/export.md):
  export payments|refunds|balances|addresses --format csv|json --out FILE
         [--from DATE] [--to DATE] [--account NAME] [--semicolon] [--bom]
Webhooks:
  webhook verify NAME --body-file FILE [--header 'Name: value']...
Requests whose outcome is unknown (the journal):
  journal [--account NAME] [--all]
  journal settle KEY [--account NAME] [--kind KIND] --found ID|--not-sent [--note TEXT]

Options:
  --json          Print machine-readable JSON (errors too, as {"error": {...}}).
  --data-dir DIR  Data directory (default: $PAYDESK_HOME, else %1).
  --verbose       Log each HTTP request (method, URL without query, status, time) to stderr.
  -h, --help      Show this help.
  -v, --version   Show the version.

The secret vault in the data directory is unlocked with PAYDESK_PASSPHRASE, or a prompt.
Exit status: 0 success, 1 gateway, validation or local error (message on stderr),
2 usage error, 3 (sync) every account synced but requests remain unsettled. See docs/cli.md.
)")
        .arg(QDir::toNativeSeparators(defaultDataDirectory()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(u"paydesk-cli"_s);
    QCoreApplication::setOrganizationName(u"Paydesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION_STRING));
    QCoreApplication app(argc, argv);

    // Global options may stand anywhere; what is left is the command and its own arguments.
    QStringList arguments = app.arguments().mid(1);
    bool json = false;
    bool verbose = false;
    QString dataDirectory;
    for (qsizetype i = 0; i < arguments.size();) {
        const QString& argument = arguments.at(i);
        if (argument == u"--") {
            break;
        } else if (argument == u"--json") {
            json = true;
            arguments.removeAt(i);
        } else if (argument == u"--verbose") {
            verbose = true;
            arguments.removeAt(i);
        } else if (argument == u"--data-dir" && i + 1 < arguments.size()) {
            dataDirectory = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(u"--data-dir=")) {
            dataDirectory = argument.mid(11);
            arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    // Network and sync log lines are for --verbose; warnings always reach stderr.
    if (!verbose)
        QLoggingCategory::setFilterRules(u"paydesk.*.info=false\npaydesk.*.debug=false"_s);
    QTextStream out(stdout);
    if (arguments.isEmpty() || arguments.first() == u"-h" || arguments.first() == u"--help"
        || arguments.first() == u"help") {
        out << helpText();
        return arguments.isEmpty() ? kExitUsage : kExitOk;
    }
    if (arguments.first() == u"-v" || arguments.first() == u"--version") {
        out << "paydesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return kExitOk;
    }

    CliSession session(dataDirectory.isEmpty() ? defaultDataDirectory() : QDir::cleanPath(dataDirectory), json);
    const std::map<QString, std::function<void(CliSession&, const QStringList&)>> commands{
        {u"account"_s, runAccountCommand}, {u"sync"_s, runSyncCommand}, {u"invoice"_s, runInvoiceCommand},
        {u"refund"_s, runRefundCommand}, {u"payments"_s, runPaymentsCommand}, {u"balances"_s, runBalancesCommand},
        {u"address"_s, runAddressCommand}, {u"withdrawal"_s, runWithdrawalCommand}, {u"webhook"_s, runWebhookCommand},
        {u"export"_s, runExportCommand}, {u"journal"_s, runJournalCommand}};
    const auto command = commands.find(arguments.first());
    if (command == commands.end())
        return session.out().usage(tr("unknown command “%1”").arg(arguments.first()));
    const QStringList rest = arguments.mid(1);
    QTimer::singleShot(0, &session, [&session, run = command->second, rest] { run(session, rest); });
    return app.exec();
}
