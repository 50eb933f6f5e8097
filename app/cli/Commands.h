#pragma once

#include <QStringList>

namespace paydesk::cli {

class CliSession;

// One entry point per command group (docs/cli.md). `arguments` are what follows the command word(s); each command
// ends by calling session.finish() with its exit code, possibly after asynchronous gateway calls.
void runAccountCommand(CliSession& session, const QStringList& arguments);
void runSyncCommand(CliSession& session, const QStringList& arguments);
void runInvoiceCommand(CliSession& session, const QStringList& arguments);
void runRefundCommand(CliSession& session, const QStringList& arguments);
void runRefundListCommand(CliSession& session, const QStringList& arguments);
void runPaymentsCommand(CliSession& session, const QStringList& arguments);
void runBalancesCommand(CliSession& session, const QStringList& arguments);
void runAddressCommand(CliSession& session, const QStringList& arguments);
void runAddressListCommand(CliSession& session, const QStringList& arguments);
void runAddressShowCommand(CliSession& session, const QStringList& arguments);
void runWithdrawalCommand(CliSession& session, const QStringList& arguments);
void runWithdrawalListCommand(CliSession& session, const QStringList& arguments);
void runWebhookCommand(CliSession& session, const QStringList& arguments);
void runExportCommand(CliSession& session, const QStringList& arguments);
void runJournalCommand(CliSession& session, const QStringList& arguments);

} // namespace paydesk::cli
