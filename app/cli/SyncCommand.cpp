#include "app/cli/CliSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/ProgressLine.h"
#include "app/cli/RecordJson.h"
#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "providers/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncCommand", text);
}

QString stageText(SyncProgress::Stage stage)
{
    switch (stage) {
    case SyncProgress::Stage::Reconciling:
        return tr("settling interrupted requests");
    case SyncProgress::Stage::Invoices:
        return tr("listing invoices");
    case SyncProgress::Stage::OpenInvoices:
        return tr("refreshing open invoices");
    case SyncProgress::Stage::OpenRefunds:
        return tr("following refunds under way");
    case SyncProgress::Stage::Withdrawals:
        return tr("listing withdrawals");
    case SyncProgress::Stage::OpenWithdrawals:
        return tr("following withdrawals under way");
    case SyncProgress::Stage::Balances:
        return tr("reading balances");
    case SyncProgress::Stage::Assets:
        return tr("reading accepted assets");
    case SyncProgress::Stage::Addresses:
        return tr("reading addresses");
    case SyncProgress::Stage::Deposits:
        return tr("reading deposits to addresses");
    }
    return {};
}

// "shop-cc: listing invoices, 300" or "shop-cc: refreshing open invoices, 4 of 12".
QString progressText(const QString& account, const SyncProgress& progress)
{
    QString text = account + u": "_s + stageText(progress.stage);
    if (progress.total > 0)
        text += tr(", %1 of %2").arg(progress.done).arg(progress.total);
    else if (progress.done > 0)
        text += u", "_s + QString::number(progress.done);
    return text;
}

} // namespace

void runSyncCommand(CliSession& session, const QStringList& arguments)
{
    CommandLine line(
        u"sync"_s, {QCommandLineOption(u"progress"_s, tr("Print progress to stderr even when it is not a terminal."))});
    if (!line.parse(session, arguments, 0, 1))
        return;
    if (!session.openLedger())
        return session.finish(kExitFailure);
    QList<Account> accounts;
    if (!line.positional().isEmpty()) {
        const auto account = session.account(line.positional().first());
        if (!account)
            return session.finish(kExitFailure);
        accounts = {*account};
    } else {
        const auto all = session.ledger().accounts();
        if (!all.ok())
            return session.finish(session.out().fail(all.error().message, u"ledger"_s));
        accounts = all.value();
    }
    if (accounts.isEmpty()) {
        session.out().result(QJsonArray(), tr("No accounts to sync (add one with 'paydesk-cli account add')."));
        return session.finish(kExitOk);
    }
    if (!session.unlockVault(false))
        return session.finish(kExitFailure);

    // The engine syncs on its own thread; its outcomes come back here, one per account.
    auto* engine = new SyncEngine(session.ledgerPath(), session.syncOptions(), &session);
    auto outcomes = std::make_shared<QJsonArray>();
    auto texts = std::make_shared<QStringList>();
    auto failed = std::make_shared<int>(0);
    QHash<QString, QString> names;
    for (const Account& account : accounts)
        names.insert(account.id, account.name);
    auto progress = std::make_shared<ProgressLine>(line.isSet(u"progress"_s));
    QObject::connect(engine, &SyncEngine::progress, &session, [progress, names](const SyncProgress& step) {
        progress->show(progressText(names.value(step.accountId), step));
    });
    QObject::connect(engine, &SyncEngine::accountFinished, &session,
        [outcomes, texts, failed, names, progress](const SyncOutcome& outcome) {
            progress->clear();
            QJsonObject json{{u"account"_s, names.value(outcome.accountId)}, {u"ok"_s, outcome.ok()},
                {u"invoices_seen"_s, outcome.invoicesSeen}, {u"invoices_new"_s, outcome.invoicesInserted},
                {u"invoices_changed"_s, outcome.invoicesChanged}, {u"refunds_changed"_s, outcome.refundsChanged},
                {u"withdrawals_changed"_s, outcome.withdrawalsChanged}, {u"addresses_found"_s, outcome.addressesFound},
                {u"reconciled"_s, outcome.reconciled}};
            if (!outcome.errors.isEmpty())
                json.insert(u"errors"_s, QJsonArray::fromStringList(outcome.errors));
            if (!outcome.notices.isEmpty())
                json.insert(u"notices"_s, QJsonArray::fromStringList(outcome.notices));
            outcomes->append(json);
            QString text = tr("%1: %2 invoices seen, %3 new, %4 changed")
                               .arg(names.value(outcome.accountId))
                               .arg(outcome.invoicesSeen)
                               .arg(outcome.invoicesInserted)
                               .arg(outcome.invoicesChanged);
            if (outcome.refundsChanged > 0)
                text += u", "_s + counted(outcome.refundsChanged, "%n refund updated", "%n refunds updated");
            if (outcome.withdrawalsChanged > 0)
                text
                    += u", "_s + counted(outcome.withdrawalsChanged, "%n withdrawal updated", "%n withdrawals updated");
            if (outcome.addressesFound > 0)
                text += u", "_s
                    + counted(
                        outcome.addressesFound, "%n address found in the history", "%n addresses found in the history");
            if (outcome.reconciled > 0)
                text += u", "_s
                    + counted(outcome.reconciled, "%n interrupted request settled", "%n interrupted requests settled");
            for (const QString& error : outcome.errors)
                text += u"\n  "_s + error;
            for (const QString& notice : outcome.notices)
                text += u"\n  "_s + notice;
            texts->append(text);
            if (!outcome.ok())
                ++*failed;
        });
    QStringList accountIds;
    for (const Account& account : accounts)
        accountIds << account.id;
    QObject::connect(
        engine, &SyncEngine::idle, &session, [&session, outcomes, texts, failed, progress, names, accountIds] {
            progress->clear();
            // What no lookup could settle: the journal as the sync left it, for the accounts synced.
            QList<JournalEntry> unsettled;
            const auto open = Journal::entries(session.ledger());
            if (open.ok()) {
                for (const JournalEntry& entry : open.value()) {
                    if (entry.state == JournalState::Unknown && accountIds.contains(entry.accountId))
                        unsettled << entry;
                }
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QString text = texts->join(u'\n');
            if (!unsettled.isEmpty()) {
                text += u"\n"_s
                    + counted(unsettled.size(),
                        "%n request still unsettled (the gateway may have created it; its key stays blocked):",
                        "%n requests still unsettled (the gateway may have created them; their keys stay blocked):");
                for (const JournalEntry& entry : std::as_const(unsettled))
                    text += u"\n  %1  %2  %3  %4  %5"_s.arg(names.value(entry.accountId), journalKindId(entry.kind),
                        entry.idempotencyKey, tr("since %1").arg(timeText(entry.created)), journalEntrySummary(entry));
                text += u"\n"_s
                    + tr("Check them in the gateway's dashboard, then: paydesk-cli journal settle KEY --found ID | "
                         "--not-sent");
            }
            // --json: each account's outcome lists its unsettled requests.
            for (qsizetype i = 0; i < outcomes->size(); ++i) {
                QJsonObject outcome = outcomes->at(i).toObject();
                QJsonArray list;
                for (const JournalEntry& entry : std::as_const(unsettled)) {
                    if (names.value(entry.accountId) == outcome.value(u"account"_s).toString())
                        list.append(journalEntryJson(entry, now));
                }
                outcome.insert(u"unsettled"_s, static_cast<int>(list.size()));
                outcome.insert(u"unsettled_requests"_s, list);
                outcomes->replace(i, outcome);
            }
            session.out().result(*outcomes, text);
            if (*failed > 0)
                session.out().note(
                    counted(*failed, "%n account did not sync completely.", "%n accounts did not sync completely."));
            session.finish(*failed > 0 ? kExitFailure : unsettled.isEmpty() ? kExitOk : kExitUnsettled);
        });

    for (const Account& account : accounts) {
        // Only the secrets are read here; the engine builds its own provider on its thread.
        auto credentials = session.credentials(account);
        if (!credentials) {
            engine->cancel();
            return session.finish(kExitFailure);
        }
        engine->sync(account, std::move(*credentials));
    }
}

} // namespace paydesk::cli
