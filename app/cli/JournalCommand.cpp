#include "app/cli/CliSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/RecordJson.h"
#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("JournalCommand", text);
}

// The names of all accounts by id; false with a message printed.
bool accountNames(CliSession& session, QHash<QString, QString>& names)
{
    const auto accounts = session.ledger().accounts();
    if (!accounts.ok()) {
        session.out().fail(accounts.error().message, u"ledger"_s);
        return false;
    }
    for (const Account& account : accounts.value())
        names.insert(account.id, account.name);
    return true;
}

void listEntries(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"journal"_s,
        {{u"account"_s, tr("Only this account."), u"name"_s},
            {u"all"_s, tr("Every entry, also the ended ones (confirmed, failed, not sent).")}});
    if (!line.parse(session, arguments, 0, 0))
        return;
    if (!session.openLedgerForReading())
        return session.finish(kExitFailure);
    QHash<QString, QString> names;
    if (!accountNames(session, names))
        return session.finish(kExitFailure);
    QString accountId;
    if (line.isSet(u"account"_s)) {
        const auto account = session.account(line.value(u"account"_s));
        if (!account)
            return session.finish(kExitFailure);
        accountId = account->id;
    }
    const auto entries = Journal::entries(session.ledger(), !line.isSet(u"all"_s), accountId);
    if (!entries.ok())
        return session.finish(session.out().fail(entries.error().message, u"ledger"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray json;
    QList<QStringList> rows;
    for (const JournalEntry& entry : entries.value()) {
        QJsonObject object = journalEntryJson(entry, now);
        object.insert(u"account"_s, names.value(entry.accountId));
        json.append(object);
        rows.append({names.value(entry.accountId), journalKindId(entry.kind), entry.idempotencyKey,
            journalStateId(entry.state), ageText(entry.created, now), journalEntrySummary(entry), entry.failureReason});
    }
    QString text = CliOutput::table(
        {tr("ACCOUNT"), tr("KIND"), tr("KEY"), tr("STATE"), tr("AGE"), tr("REQUEST"), tr("LAST FAILURE")}, rows);
    if (!line.isSet(u"all"_s) && !rows.isEmpty())
        text += tr("\nAn unknown request is looked up at each sync; when no lookup can settle it, decide by hand:\n"
                   "  paydesk-cli journal settle KEY --found GATEWAY_ID   (it was created)\n"
                   "  paydesk-cli journal settle KEY --not-sent           (nothing was created)\n");
    session.out().result(json, text);
    session.finish(kExitOk);
}

void settleEntry(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"journal settle"_s,
        {{u"account"_s, tr("The account of the request (when the key is in several)."), u"name"_s},
            {u"kind"_s, tr("invoice, refund, dedicated_address or withdrawal (when the key is in several)."),
                u"kind"_s},
            {u"found"_s, tr("It was created: the gateway's id of the object."), u"id"_s},
            {u"not-sent"_s, tr("Nothing was created: the key is free again.")},
            {u"note"_s, tr("Why you decided so (kept in the journal)."), u"text"_s}});
    if (!line.parse(session, arguments, 1, 1))
        return;
    const bool found = line.isSet(u"found"_s);
    if (found == line.isSet(u"not-sent"_s))
        return session.finish(session.out().usage(tr("journal settle: give either --found ID or --not-sent")));
    if (found && line.value(u"found"_s).trimmed().isEmpty())
        return session.finish(session.out().usage(tr("journal settle: --found needs the gateway's id")));
    std::optional<JournalKind> kind;
    if (line.isSet(u"kind"_s)) {
        kind = journalKindFromId(line.value(u"kind"_s));
        if (!kind)
            return session.finish(session.out().usage(
                tr("journal settle: unknown kind “%1” (invoice, refund, dedicated_address, withdrawal)")
                    .arg(line.value(u"kind"_s))));
    }
    if (!session.openLedger())
        return session.finish(kExitFailure);
    QHash<QString, QString> names;
    if (!accountNames(session, names))
        return session.finish(kExitFailure);
    QString accountId;
    if (line.isSet(u"account"_s)) {
        const auto account = session.account(line.value(u"account"_s));
        if (!account)
            return session.finish(kExitFailure);
        accountId = account->id;
    }
    const QString key = line.positional().first();
    const auto all = Journal::entries(session.ledger(), false, accountId);
    if (!all.ok())
        return session.finish(session.out().fail(all.error().message, u"ledger"_s));
    QList<JournalEntry> matches;
    for (const JournalEntry& entry : all.value()) {
        if (entry.idempotencyKey == key && (!kind || entry.kind == *kind))
            matches << entry;
    }
    if (matches.isEmpty())
        return session.finish(session.out().fail(
            tr("There is no journal entry with the key “%1” (see 'paydesk-cli journal').").arg(key), u"not_found"_s));
    if (matches.size() > 1)
        return session.finish(session.out().usage(
            tr("journal settle: several entries have the key “%1”: give --account and --kind").arg(key)));
    const JournalEntry& entry = matches.first();
    if (entry.state != JournalState::Unknown)
        return session.finish(session.out().fail(
            tr("The request “%1” is %2: only a request whose outcome is unknown can be settled by hand.")
                .arg(key, journalStateId(entry.state)),
            u"conflict"_s));
    const auto settled
        = session.journal().settleManually(entry.id, found ? line.value(u"found"_s) : QString(), line.value(u"note"_s));
    if (!settled.ok())
        return session.finish(session.out().fail(settled.error().message, u"ledger"_s));
    QJsonObject json = journalEntryJson(settled.value(), QDateTime::currentDateTimeUtc());
    json.insert(u"account"_s, names.value(entry.accountId));
    session.out().result(json,
        found
            ? tr("Settled by hand: the %1 “%2” of %3 was created as %4.")
                  .arg(journalKindDisplayName(entry.kind), key, names.value(entry.accountId), settled.value().gatewayId)
            : tr("Settled by hand: the %1 “%2” of %3 created nothing; its key may be sent again.")
                  .arg(journalKindDisplayName(entry.kind), key, names.value(entry.accountId)));
    session.finish(kExitOk);
}

} // namespace

void runJournalCommand(CliSession& session, const QStringList& arguments)
{
    if (arguments.value(0) == u"settle")
        return settleEntry(session, arguments.mid(1));
    listEntries(session, arguments);
}

} // namespace paydesk::cli
