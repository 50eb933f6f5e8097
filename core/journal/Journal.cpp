#include "core/journal/Journal.h"

#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerRowReader.h"
#include "core/ledger/SqlTransaction.h"
#include "core/validation/IdempotencyKeyCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

const QString kColumns = u"id, account_id, kind, idempotency_key, request_json, state, gateway_id, failure_reason, "
                         u"attempts, created, updated, settled_by, settled_at, settle_note"_s;

std::optional<JournalEntry> decodeEntry(const QSqlQuery& query, QString* problem)
{
    LedgerRowReader r(query);
    JournalEntry e;
    e.id = r.integer();
    e.accountId = r.text();
    const QString kind = r.text();
    e.idempotencyKey = r.text();
    e.requestJson = r.blob();
    const QString state = r.text();
    e.gatewayId = r.text();
    e.failureReason = r.text();
    e.attempts = static_cast<int>(r.integer());
    e.created = r.time();
    e.updated = r.time();
    e.settledBy = r.text();
    e.settledAt = r.time();
    e.settleNote = r.text();
    const auto k = journalKindFromId(kind);
    const auto s = journalStateFromId(state);
    if (!k || !s) {
        *problem = u"journal entry %1: kind '%2', state '%3'"_s.arg(e.id).arg(kind, state);
        return std::nullopt;
    }
    e.kind = *k;
    e.state = *s;
    return e;
}

bool looksSecret(const QString& name)
{
    const QString n = name.toLower();
    static const QStringList parts{u"secret"_s, u"password"_s, u"passphrase"_s, u"private"_s, u"signature"_s,
        u"authorization"_s, u"api_key"_s, u"apikey"_s, u"payout_key"_s, u"hmac"_s, u"token"_s};
    for (const QString& part : parts) {
        if (n.contains(part))
            return true;
    }
    return n == u"sign"_s || n == u"key"_s;
}

bool secretIn(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (looksSecret(it.key()) || secretIn(it.value()))
                return true;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            if (secretIn(item))
                return true;
        }
    }
    return false;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString stateList(std::initializer_list<JournalState> states)
{
    QStringList ids;
    for (JournalState state : states)
        ids << u"'"_s + journalStateId(state) + u"'"_s;
    return ids.join(u", ");
}

} // namespace

Journal::Journal(Ledger& ledger, QString session, QString lockDirectory)
    : m_ledger(ledger)
    , m_session(std::move(session))
    , m_lockDirectory(std::move(lockDirectory))
{
}

Journal::~Journal()
{
    if (m_lock)
        m_lock->unlock();
    QDir().rmdir(m_lockDirectory); // only when no other session is left
}

LedgerResult<std::unique_ptr<Journal>> Journal::open(Ledger& ledger)
{
    const auto version = ledger.schemaVersion();
    if (!version)
        return version.error();
    if (version.value() < 2)
        return LedgerError::make(LedgerError::Kind::InvalidArgument, tr("The ledger has no journal yet."));

    const QString directory = ledger.path() + u"-sessions"_s;
    if (!QDir().mkpath(directory))
        return LedgerError::make(LedgerError::Kind::Io, tr("Cannot create the folder %1.").arg(directory));
    const QString session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Journal> journal(new Journal(ledger, session, directory));
    journal->m_lock = std::make_unique<QLockFile>(directory + u'/' + session + u".lock"_s);
    journal->m_lock->setStaleLockTime(0); // stale only when the owning process is gone
    if (!journal->m_lock->tryLock(0))
        return LedgerError::make(LedgerError::Kind::Io,
            tr("Cannot create the journal's lock file in %1.").arg(directory),
            u"QLockFile error %1"_s.arg(int(journal->m_lock->error())));

    const auto recovered = journal->recoverDeadSessions();
    if (!recovered)
        return recovered.error();
    journal->m_recovered = recovered.value();
    return journal;
}

LedgerResult<int> Journal::recoverDeadSessions()
{
    QSqlDatabase db = m_ledger.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT DISTINCT session FROM journal WHERE state IN (%1) AND session <> ?"_s.arg(
        stateList({JournalState::Pending, JournalState::Sent})));
    query.bindValue(0, m_session);
    if (!query.exec())
        return LedgerError::fromSql(query.lastError(), tr("Cannot read the journal."));
    QStringList sessions;
    while (query.next())
        sessions << query.value(0).toString();
    query.finish();
    // Lock files of dead sessions without open entries are cleaned up too.
    const QStringList lockFiles = QDir(m_lockDirectory).entryList({u"*.lock"_s}, QDir::Files);
    for (const QString& file : lockFiles) {
        const QString session = QFileInfo(file).completeBaseName();
        if (session != m_session && !sessions.contains(session))
            sessions << session;
    }

    int recovered = 0;
    for (const QString& session : std::as_const(sessions)) {
        QLockFile other(m_lockDirectory + u'/' + session + u".lock"_s);
        other.setStaleLockTime(0);
        if (!other.tryLock(0))
            continue; // its process is alive (or we cannot tell): leave its entries alone
        QSqlQuery update(db);
        update.prepare(u"UPDATE journal SET state = ?, updated = ? WHERE session = ? AND state IN (%1)"_s.arg(
            stateList({JournalState::Pending, JournalState::Sent})));
        update.bindValue(0, journalStateId(JournalState::Unknown));
        update.bindValue(1, nowMs());
        update.bindValue(2, session);
        if (!update.exec())
            return LedgerError::fromSql(update.lastError(), tr("Cannot recover the journal."));
        recovered += update.numRowsAffected();
        other.unlock(); // removes the dead session's lock file
    }
    return recovered;
}

bool Journal::containsSecretField(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isObject())
        return secretIn(document.object());
    if (document.isArray())
        return secretIn(document.array());
    return false;
}

LedgerResult<Journal::Started> Journal::begin(const JournalIntent& intent)
{
    if (intent.accountId.isEmpty() || intent.idempotencyKey.isEmpty())
        return LedgerError::make(
            LedgerError::Kind::InvalidArgument, tr("A creating call needs an account and an idempotency key."));
    if (const QString problem = idempotencyKeyProblem(intent.idempotencyKey); !problem.isEmpty())
        return LedgerError::make(LedgerError::Kind::InvalidArgument, problem);
    if (!intent.requestJson.isEmpty()) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(intent.requestJson, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return LedgerError::make(LedgerError::Kind::InvalidArgument, tr("The request summary is not valid JSON."),
                parseError.errorString());
        if (containsSecretField(intent.requestJson))
            return LedgerError::make(LedgerError::Kind::InvalidArgument,
                tr("The request summary contains a secret; secrets are never written to the journal."));
    }

    QSqlDatabase db = m_ledger.database();
    const QString what = tr("Cannot write the intent to the journal.");
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO journal (account_id, kind, idempotency_key, request_json, state, session, attempts, "
                   u"created, updated) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) "
                   u"ON CONFLICT (account_id, kind, idempotency_key) DO NOTHING"_s);
    const qint64 now = nowMs();
    const QVariantList values{intent.accountId, journalKindId(intent.kind), intent.idempotencyKey,
        QVariant(intent.requestJson), journalStateId(JournalState::Pending), m_session, now, now};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    // Autocommit: the intent is durable (synchronous=FULL) when exec() returns.
    if (!insert.exec())
        return LedgerError::fromSql(insert.lastError(), what);
    const bool inserted = insert.numRowsAffected() == 1;
    auto entry = entryByKey(intent.accountId, intent.kind, intent.idempotencyKey);
    if (!entry)
        return entry.error();
    Started started{std::move(entry.value()), std::nullopt};
    if (inserted && started.entry.state == JournalState::Pending) {
        started.permit.emplace(permitFor(started.entry));
    }
    return started;
}

LedgerError Journal::checkPermit(const CreatingCallPermit& permit) const
{
    if (!permit.isValid() || permit.m_session != m_session)
        return LedgerError::make(
            LedgerError::Kind::InvalidArgument, tr("This creating call has no valid journal permit."));
    return {};
}

LedgerResult<JournalEntry> Journal::markSent(const CreatingCallPermit& permit)
{
    if (const LedgerError error = checkPermit(permit); error.isError())
        return error;
    return transition(permit.entryId(), {JournalState::Pending}, JournalState::Sent, &permit, {}, {});
}

LedgerResult<JournalEntry> Journal::confirm(const CreatingCallPermit& permit, const QString& gatewayId)
{
    if (const LedgerError error = checkPermit(permit); error.isError())
        return error;
    if (gatewayId.isEmpty())
        return LedgerError::make(LedgerError::Kind::InvalidArgument, tr("A confirmed call needs the gateway's id."));
    return transition(permit.entryId(), {JournalState::Sent}, JournalState::Confirmed, &permit, gatewayId, {});
}

LedgerResult<JournalEntry> Journal::fail(const CreatingCallPermit& permit, const QString& reason)
{
    if (const LedgerError error = checkPermit(permit); error.isError())
        return error;
    return transition(
        permit.entryId(), {JournalState::Pending, JournalState::Sent}, JournalState::Failed, &permit, {}, reason);
}

LedgerResult<JournalEntry> Journal::markNotSent(const CreatingCallPermit& permit, const QString& reason)
{
    if (const LedgerError error = checkPermit(permit); error.isError())
        return error;
    return transition(
        permit.entryId(), {JournalState::Pending, JournalState::Sent}, JournalState::NotSent, &permit, {}, reason);
}

LedgerResult<JournalEntry> Journal::markUnknown(const CreatingCallPermit& permit)
{
    if (const LedgerError error = checkPermit(permit); error.isError())
        return error;
    return transition(
        permit.entryId(), {JournalState::Pending, JournalState::Sent}, JournalState::Unknown, &permit, {}, {});
}

LedgerResult<JournalEntry> Journal::settleFound(qint64 entryId, const QString& gatewayId)
{
    if (gatewayId.isEmpty())
        return LedgerError::make(LedgerError::Kind::InvalidArgument, tr("A confirmed call needs the gateway's id."));
    return transition(entryId, {JournalState::Unknown}, JournalState::Confirmed, nullptr, gatewayId, {}, u"lookup"_s);
}

LedgerResult<JournalEntry> Journal::settleFailed(qint64 entryId, const QString& reason)
{
    return transition(entryId, {JournalState::Unknown}, JournalState::Failed, nullptr, {}, reason, u"lookup"_s);
}

LedgerResult<JournalEntry> Journal::settleManually(qint64 entryId, const QString& gatewayId, const QString& note)
{
    const QString id = gatewayId.trimmed();
    if (id.isEmpty())
        return transition(entryId, {JournalState::Unknown}, JournalState::NotSent, nullptr, {},
            tr("Settled by hand: nothing was created."), u"manual"_s, note);
    return transition(entryId, {JournalState::Unknown}, JournalState::Confirmed, nullptr, id, {}, u"manual"_s, note);
}

LedgerResult<CreatingCallPermit> Journal::resumeAfterNotFound(qint64 entryId)
{
    auto resumed = transition(entryId, {JournalState::Unknown}, JournalState::Pending, nullptr, {}, {});
    if (!resumed)
        return resumed.error();
    return permitFor(resumed.value());
}

LedgerResult<CreatingCallPermit> Journal::reopen(qint64 entryId, const QByteArray& requestJson)
{
    if (!requestJson.isEmpty()) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(requestJson, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return LedgerError::make(LedgerError::Kind::InvalidArgument, tr("The request summary is not valid JSON."),
                parseError.errorString());
        if (containsSecretField(requestJson))
            return LedgerError::make(LedgerError::Kind::InvalidArgument,
                tr("The request summary contains a secret; secrets are never written to the journal."));
    }
    auto current = entry(entryId);
    if (!current)
        return current.error();
    // One conditional UPDATE: of two callers reopening the same entry, only one sees it failed / not_sent.
    QSqlQuery update(m_ledger.database());
    update.prepare(u"UPDATE journal SET state = ?, updated = ?, session = ?, attempts = attempts + 1, "
                   u"request_json = coalesce(?, request_json) WHERE id = ? AND state IN (%1)"_s.arg(
                       stateList({JournalState::Failed, JournalState::NotSent})));
    int i = 0;
    update.bindValue(i++, journalStateId(JournalState::Pending));
    update.bindValue(i++, nowMs());
    update.bindValue(i++, m_session);
    update.bindValue(i++, requestJson.isEmpty() ? QVariant() : QVariant(requestJson));
    update.bindValue(i++, entryId);
    if (!update.exec())
        return LedgerError::fromSql(update.lastError(), tr("Cannot update the journal."));
    if (update.numRowsAffected() != 1)
        return LedgerError::make(LedgerError::Kind::IllegalTransition,
            tr("The journal entry %1 is %2 and cannot be sent again.")
                .arg(entryId)
                .arg(journalStateId(current.value().state)));
    const auto reopened = entry(entryId);
    if (!reopened)
        return reopened.error();
    return permitFor(reopened.value());
}

CreatingCallPermit Journal::permitFor(const JournalEntry& e) const
{
    return CreatingCallPermit(e.id, e.accountId, e.kind, e.idempotencyKey, m_session, e.attempts);
}

LedgerResult<JournalEntry> Journal::transition(qint64 entryId, std::initializer_list<JournalState> from,
    JournalState to, const CreatingCallPermit* permit, const QString& gatewayId, const QString& reason,
    const QString& settledBy, const QString& note)
{
    QSqlDatabase db = m_ledger.database();
    const QString what = tr("Cannot update the journal.");
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return LedgerError::fromSql(transaction.lastError(), what);
    auto current = entry(entryId);
    if (!current)
        return current.error();
    QSqlQuery session(db);
    session.prepare(u"SELECT session FROM journal WHERE id = ?"_s);
    session.bindValue(0, entryId);
    if (!session.exec() || !session.next())
        return LedgerError::fromSql(session.lastError(), what);
    const QString owner = session.value(0).toString();
    session.finish();

    const JournalState state = current.value().state;
    if (permit && owner != permit->m_session)
        return LedgerError::make(LedgerError::Kind::IllegalTransition,
            tr("The journal entry %1 was taken over by another session; this permit is no longer valid.").arg(entryId));
    if (permit && current.value().attempts != permit->m_attempt)
        return LedgerError::make(LedgerError::Kind::IllegalTransition,
            tr("The journal entry %1 was sent again since; this permit belongs to an earlier attempt.").arg(entryId));
    if (std::find(from.begin(), from.end(), state) == from.end())
        return LedgerError::make(LedgerError::Kind::IllegalTransition,
            tr("The journal entry %1 is %2 and cannot become %3.")
                .arg(entryId)
                .arg(journalStateId(state), journalStateId(to)));

    QSqlQuery update(db);
    const bool resume = to == JournalState::Pending;
    const bool settled = !settledBy.isEmpty();
    update.prepare(u"UPDATE journal SET state = ?, updated = ?, gateway_id = coalesce(?, gateway_id), "
                   u"failure_reason = coalesce(?, failure_reason)%1%2 WHERE id = ?"_s.arg(
                       resume ? u", session = ?, attempts = attempts + 1"_s : QString(),
                       settled ? u", settled_by = ?, settled_at = ?, settle_note = ?"_s : QString()));
    const qint64 now = nowMs();
    int i = 0;
    update.bindValue(i++, journalStateId(to));
    update.bindValue(i++, now);
    update.bindValue(i++, gatewayId.isEmpty() ? QVariant() : QVariant(gatewayId));
    update.bindValue(i++, createdNothing(to) ? QVariant(reason) : QVariant());
    if (resume)
        update.bindValue(i++, m_session);
    if (settled) {
        update.bindValue(i++, settledBy);
        update.bindValue(i++, now);
        update.bindValue(i++, note.isEmpty() ? QVariant() : QVariant(note));
    }
    update.bindValue(i++, entryId);
    if (!update.exec())
        return LedgerError::fromSql(update.lastError(), what);
    if (!transaction.commit())
        return LedgerError::fromSql(transaction.lastError(), what);
    return entry(entryId);
}

LedgerResult<QList<JournalEntry>> Journal::select(const QString& where, const QVariantList& values) const
{
    return selectIn(m_ledger, where, values);
}

LedgerResult<QList<JournalEntry>> Journal::selectIn(
    const Ledger& ledger, const QString& where, const QVariantList& values)
{
    QSqlQuery query(ledger.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM journal %2 ORDER BY created, id"_s.arg(kColumns, where));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return LedgerError::fromSql(query.lastError(), tr("Cannot read the journal."));
    QList<JournalEntry> result;
    while (query.next()) {
        QString problem;
        auto e = decodeEntry(query, &problem);
        if (!e)
            return LedgerError::make(LedgerError::Kind::Corrupt, tr("A journal entry is damaged."), problem);
        result << std::move(*e);
    }
    return result;
}

LedgerResult<JournalEntry> Journal::entry(qint64 entryId) const
{
    auto list = select(u"WHERE id = ?"_s, {entryId});
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return LedgerError::make(LedgerError::Kind::NotFound, tr("There is no journal entry %1.").arg(entryId));
    return list.value().first();
}

LedgerResult<JournalEntry> Journal::entryByKey(
    const QString& accountId, JournalKind kind, const QString& idempotencyKey) const
{
    auto list = select(u"WHERE account_id = ? AND kind = ? AND idempotency_key = ?"_s,
        {accountId, journalKindId(kind), idempotencyKey});
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return LedgerError::make(
            LedgerError::Kind::NotFound, tr("There is no journal entry for %1.").arg(idempotencyKey));
    return list.value().first();
}

LedgerResult<QList<JournalEntry>> Journal::unknownEntries(const QString& accountId) const
{
    if (accountId.isEmpty())
        return select(u"WHERE state = ?"_s, {journalStateId(JournalState::Unknown)});
    return select(u"WHERE state = ? AND account_id = ?"_s, {journalStateId(JournalState::Unknown), accountId});
}

LedgerResult<QList<JournalEntry>> Journal::openEntries(const QString& accountId, JournalKind kind) const
{
    return select(u"WHERE account_id = ? AND kind = ? AND state IN (?, ?, ?)"_s,
        {accountId, journalKindId(kind), journalStateId(JournalState::Pending), journalStateId(JournalState::Sent),
            journalStateId(JournalState::Unknown)});
}

LedgerResult<QList<JournalEntry>> Journal::unknownEntriesIn(const Ledger& ledger, JournalKind kind)
{
    return selectIn(
        ledger, u"WHERE state = ? AND kind = ?"_s, {journalStateId(JournalState::Unknown), journalKindId(kind)});
}

LedgerResult<QSet<QString>> Journal::createdHere(const Ledger& ledger, JournalKind kind)
{
    QSqlQuery query(ledger.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT account_id, gateway_id, idempotency_key FROM journal WHERE kind = ? AND state = ?"_s);
    query.addBindValue(journalKindId(kind));
    query.addBindValue(journalStateId(JournalState::Confirmed));
    if (!query.exec())
        return LedgerError::fromSql(query.lastError(), tr("Cannot read the journal."));
    QSet<QString> keys;
    while (query.next()) {
        const QString accountId = query.value(0).toString();
        if (const QString id = query.value(1).toString(); !id.isEmpty())
            keys.insert(createdHereKey(accountId, id));
        keys.insert(createdHereKey(accountId, query.value(2).toString()));
    }
    return keys;
}

LedgerResult<QList<JournalEntry>> Journal::entries(const Ledger& ledger, bool openOnly, const QString& accountId)
{
    QStringList conditions;
    QVariantList values;
    if (openOnly)
        conditions << u"state IN (%1)"_s.arg(
            stateList({JournalState::Pending, JournalState::Sent, JournalState::Unknown}));
    if (!accountId.isEmpty()) {
        conditions << u"account_id = ?"_s;
        values << accountId;
    }
    return selectIn(
        ledger, conditions.isEmpty() ? QString() : QString(u"WHERE "_s + conditions.join(u" AND "_s)), values);
}

} // namespace paydesk
