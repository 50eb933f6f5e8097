#include "core/ledger/Ledger.h"

#include "core/ledger/LedgerCodec.h"
#include "core/ledger/LedgerFileGuard.h"
#include "core/ledger/LedgerRowReader.h"
#include "core/ledger/LedgerRowWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"paydesk.ledger."_s + QString::number(++counter);
}

} // namespace

Ledger::Ledger(QString path, QString connectionName, QString fileKey)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_fileKey(std::move(fileKey))
{
}

Ledger::~Ledger()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    LedgerFileGuard::release(m_fileKey);
}

LedgerResult<std::unique_ptr<Ledger>> Ledger::open(const QString& path)
{
    return openAt(path, kCurrentVersion, false);
}

LedgerResult<void> Ledger::createAtVersion(const QString& path, int version)
{
    if (version < 1 || version > kCurrentVersion)
        return LedgerError::make(LedgerError::Kind::InvalidArgument, tr("Unknown ledger format %1.").arg(version));
    auto ledger = openAt(path, version, true);
    if (!ledger)
        return ledger.error();
    return {};
}

LedgerResult<std::unique_ptr<Ledger>> Ledger::openAt(const QString& path, int targetVersion, bool mustBeNew)
{
    const QFileInfo info(path);
    if (path.isEmpty() || path == u":memory:"_s)
        return LedgerError::make(LedgerError::Kind::InvalidArgument, tr("The ledger needs a file path."));
    if (mustBeNew && info.exists())
        return LedgerError::make(LedgerError::Kind::InvalidArgument, tr("The file %1 already exists.").arg(path));
    if (!info.dir().exists())
        return LedgerError::make(LedgerError::Kind::Io, tr("The folder for the ledger %1 does not exist.").arg(path));
    // SQLite needs to write the file and its -wal/-shm files beside it; in a read-only folder it would fail at the
    // first write with nothing but "cannot start upgrading".
    if (!QFileInfo(info.absolutePath()).isWritable() || (info.exists() && !info.isWritable()))
        return readOnlyError(path);

    // Refuse foreign, damaged and too-new files before SQLite touches them (when this process has no connection on
    // the file yet: see LedgerFileGuard).
    auto fileKey = LedgerFileGuard::acquire(path, kCurrentVersion, LedgerSchema::kApplicationId);
    if (!fileKey)
        return fileKey.error();

    std::unique_ptr<Ledger> ledger(new Ledger(path, nextConnectionName(), std::move(fileKey).value()));
    ledger->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, ledger->m_connectionName);
    if (!ledger->m_db.isValid())
        return LedgerError::make(
            LedgerError::Kind::Io, tr("The SQLite driver for Qt is not installed."), ledger->m_db.lastError().text());
    ledger->m_db.setDatabaseName(path);
    ledger->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!ledger->m_db.open())
        return ledger->sqlError(ledger->m_db.lastError(), tr("Cannot open the ledger %1.").arg(path));

    // Read-only checks first: nothing is written until the file is known to be ours and not too new. (A WAL
    // file's header may lag behind its -wal file, so the version is checked again through SQLite.)
    QSqlQuery query(ledger->m_db);
    const auto version = LedgerSchema::userVersion(ledger->m_db);
    if (!version)
        return version.error();
    if (version.value() > kCurrentVersion)
        return LedgerError::make(LedgerError::Kind::TooNew,
            tr("The ledger %1 was written by a newer version of Paydesk (format %2; this version reads up to %3). "
               "Update Paydesk to open it.")
                .arg(path)
                .arg(version.value())
                .arg(kCurrentVersion),
            u"user_version %1"_s.arg(version.value()));
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return ledger->sqlError(
            query.lastError(), tr("The file %1 is not a Paydesk ledger or it is damaged.").arg(path));
    const auto applicationId = static_cast<std::uint32_t>(query.value(0).toLongLong());
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
        return ledger->sqlError(
            query.lastError(), tr("The file %1 is not a Paydesk ledger or it is damaged.").arg(path));
    const bool hasTables = query.value(0).toLongLong() > 0;
    query.finish();
    if (applicationId != LedgerSchema::kApplicationId && (version.value() > 0 || applicationId != 0 || hasTables))
        return LedgerError::make(LedgerError::Kind::NotALedger,
            tr("The file %1 belongs to another application, not Paydesk.").arg(path),
            u"application_id %1, user_version %2"_s.arg(applicationId).arg(version.value()));
    ledger->m_openedFromVersion = version.value();
    if (version.value() > targetVersion)
        return LedgerError::make(LedgerError::Kind::InvalidArgument,
            tr("The ledger %1 is already at format %2.").arg(path).arg(version.value()));

    const QString setupFailed = tr("Cannot prepare the ledger %1.").arg(path);
    if (!query.exec(u"PRAGMA foreign_keys = ON"_s))
        return ledger->sqlError(query.lastError(), setupFailed);
    // FULL: a committed journal intent survives a power cut, not only a crash.
    if (!query.exec(u"PRAGMA synchronous = FULL"_s))
        return ledger->sqlError(query.lastError(), setupFailed);

    // Migrate before turning on WAL: both write the file, and a file that cannot be migrated (damaged inside) is
    // refused as it was, byte for byte (the migration is one transaction, rolled back; found by fuzz_ledgerfile).
    const auto migrated = LedgerSchema::migrate(ledger->m_db, targetVersion);
    if (!migrated)
        return migrated.error();
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return ledger->sqlError(query.lastError(), setupFailed);
    if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return LedgerError::make(
            LedgerError::Kind::Io, setupFailed, u"journal_mode is %1, not wal"_s.arg(query.value(0).toString()));
    return ledger;
}

LedgerError Ledger::readOnlyError(const QString& path)
{
    const QFileInfo info(path);
    return LedgerError::make(LedgerError::Kind::ReadOnly,
        tr("The data folder %1 is read-only: Paydesk can show what the ledger holds, but cannot record anything "
           "new there. Make the folder writable, or choose another data folder.")
            .arg(QDir::toNativeSeparators(info.absolutePath())),
        QFileInfo(info.absolutePath()).isWritable() ? u"file not writable"_s : u"folder not writable"_s);
}

LedgerResult<std::unique_ptr<Ledger>> Ledger::openReadOnly(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return LedgerError::make(LedgerError::Kind::NotFound, tr("There is no ledger %1.").arg(path));
    auto fileKey = LedgerFileGuard::acquire(path, kCurrentVersion, LedgerSchema::kApplicationId);
    if (!fileKey)
        return fileKey.error();
    std::unique_ptr<Ledger> ledger(new Ledger(path, nextConnectionName(), std::move(fileKey).value()));
    ledger->m_readOnly = true;
    ledger->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, ledger->m_connectionName);
    if (!ledger->m_db.isValid())
        return LedgerError::make(
            LedgerError::Kind::Io, tr("The SQLite driver for Qt is not installed."), ledger->m_db.lastError().text());
    // A WAL file whose -wal and -shm files are gone was closed cleanly: its main file is all there is, and SQLite
    // reads it as immutable without creating them. Otherwise the -wal file holds recent writes: read through it.
    const bool walFiles = QFileInfo::exists(path + u"-wal"_s) && QFileInfo::exists(path + u"-shm"_s);
    if (walFiles) {
        ledger->m_db.setDatabaseName(path);
        ledger->m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    } else {
        QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
        uri.setQuery(u"immutable=1"_s);
        ledger->m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        ledger->m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    }
    if (!ledger->m_db.open())
        return ledger->sqlError(ledger->m_db.lastError(), tr("Cannot open the ledger %1.").arg(path));
    const auto version = LedgerSchema::userVersion(ledger->m_db);
    if (!version)
        return version.error();
    QSqlQuery query(ledger->m_db);
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return ledger->sqlError(
            query.lastError(), tr("The file %1 is not a Paydesk ledger or it is damaged.").arg(path));
    if (static_cast<std::uint32_t>(query.value(0).toLongLong()) != LedgerSchema::kApplicationId)
        return LedgerError::make(
            LedgerError::Kind::NotALedger, tr("The file %1 belongs to another application, not Paydesk.").arg(path));
    query.finish();
    ledger->m_openedFromVersion = version.value();
    if (version.value() != kCurrentVersion)
        return LedgerError::make(LedgerError::Kind::ReadOnly,
            tr("The ledger %1 is in an older format (%2) and must be upgraded first, which needs a writable folder.")
                .arg(path)
                .arg(version.value()));
    return ledger;
}

LedgerError Ledger::sqlError(const QSqlError& error, const QString& what) const
{
    return LedgerError::fromSql(error, what);
}

LedgerResult<int> Ledger::schemaVersion() const
{
    QSqlDatabase db = m_db;
    return LedgerSchema::userVersion(db);
}

LedgerResult<QString> Ledger::journalMode() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA journal_mode"_s) || !query.next())
        return sqlError(query.lastError(), tr("Cannot read the ledger settings."));
    return query.value(0).toString();
}

LedgerResult<bool> Ledger::foreignKeysEnabled() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA foreign_keys"_s) || !query.next())
        return sqlError(query.lastError(), tr("Cannot read the ledger settings."));
    return query.value(0).toInt() == 1;
}

// --- Accounts

LedgerResult<void> Ledger::addAccount(const Account& account)
{
    if (account.id.isEmpty() || account.name.trimmed().isEmpty())
        return LedgerError::make(LedgerError::Kind::InvalidArgument, tr("An account needs an id and a name."));
    const auto& table = LedgerCodec::accounts();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO accounts (%1) VALUES (%2)"_s.arg(
        table.selectList(), QStringList(table.columns().size(), u"?"_s).join(u',')));
    const QVariantList values = LedgerCodec::encode(account);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        LedgerError error = sqlError(query.lastError(), tr("Cannot add the account %1.").arg(account.name));
        if (error.kind == LedgerError::Kind::Constraint)
            error.message = tr("An account named %1 (or with the same id) already exists.").arg(account.name);
        return error;
    }
    return {};
}

LedgerResult<void> Ledger::updateAccount(const Account& account)
{
    const auto& table = LedgerCodec::accounts();
    QStringList assignments;
    for (const QString& column : table.valueColumns)
        assignments << column + u" = ?"_s;
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE accounts SET %1 WHERE id = ?"_s.arg(assignments.join(u", ")));
    const QVariantList values = LedgerCodec::encode(account);
    for (int i = 1; i < values.size(); ++i)
        query.bindValue(i - 1, values.at(i));
    query.bindValue(static_cast<int>(values.size()) - 1, account.id);
    if (!query.exec()) {
        LedgerError error = sqlError(query.lastError(), tr("Cannot change the account %1.").arg(account.name));
        if (error.kind == LedgerError::Kind::Constraint)
            error.message = tr("An account named %1 already exists.").arg(account.name);
        return error;
    }
    if (query.numRowsAffected() != 1)
        return LedgerError::make(LedgerError::Kind::NotFound, tr("There is no account %1.").arg(account.id));
    return {};
}

LedgerResult<void> Ledger::removeAccount(const QString& accountId)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM accounts WHERE id = ?"_s);
    query.bindValue(0, accountId);
    if (!query.exec())
        return sqlError(query.lastError(), tr("Cannot remove the account %1.").arg(accountId));
    if (query.numRowsAffected() != 1)
        return LedgerError::make(LedgerError::Kind::NotFound, tr("There is no account %1.").arg(accountId));
    return {};
}

LedgerResult<QList<Account>> Ledger::accounts() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM accounts ORDER BY name"_s.arg(LedgerCodec::accounts().selectList())))
        return sqlError(query.lastError(), tr("Cannot read the accounts."));
    QList<Account> result;
    while (query.next()) {
        QString problem;
        auto account = LedgerCodec::decodeAccount(query, &problem);
        if (!account)
            return LedgerError::make(LedgerError::Kind::Corrupt, tr("An account in the ledger is damaged."), problem);
        result << std::move(*account);
    }
    return result;
}

LedgerResult<Account> Ledger::account(const QString& accountId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM accounts WHERE id = ?"_s.arg(LedgerCodec::accounts().selectList()));
    query.bindValue(0, accountId);
    if (!query.exec())
        return sqlError(query.lastError(), tr("Cannot read the accounts."));
    if (!query.next())
        return LedgerError::make(LedgerError::Kind::NotFound, tr("There is no account %1.").arg(accountId));
    QString problem;
    auto account = LedgerCodec::decodeAccount(query, &problem);
    if (!account)
        return LedgerError::make(LedgerError::Kind::Corrupt, tr("An account in the ledger is damaged."), problem);
    return std::move(*account);
}

LedgerResult<Account> Ledger::accountByName(const QString& name) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM accounts WHERE name = ?"_s);
    query.bindValue(0, name);
    if (!query.exec())
        return sqlError(query.lastError(), tr("Cannot read the accounts."));
    if (!query.next())
        return LedgerError::make(LedgerError::Kind::NotFound, tr("There is no account named %1.").arg(name));
    return account(query.value(0).toString());
}

// --- Sync state

LedgerResult<void> Ledger::saveSyncState(const SyncState& state)
{
    QSqlQuery query(m_db);
    query.prepare(uR"(INSERT INTO sync_state (account_id, kind, cursor, last_attempt, last_success, last_error)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (account_id, kind) DO UPDATE SET cursor = excluded.cursor, last_attempt = excluded.last_attempt,
            last_success = excluded.last_success, last_error = excluded.last_error)"_s);
    LedgerRowWriter w;
    w.key(state.accountId).key(state.kind).text(state.cursor).time(state.lastAttempt).time(state.lastSuccess);
    w.text(state.lastError);
    for (int i = 0; i < w.values().size(); ++i)
        query.bindValue(i, w.values().at(i));
    if (!query.exec())
        return sqlError(query.lastError(), tr("Cannot save the sync state of account %1.").arg(state.accountId));
    return {};
}

LedgerResult<SyncState> Ledger::syncState(const QString& accountId, const QString& kind) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT cursor, last_attempt, last_success, last_error FROM sync_state "
                  u"WHERE account_id = ? AND kind = ?"_s);
    query.bindValue(0, accountId);
    query.bindValue(1, kind);
    if (!query.exec())
        return sqlError(query.lastError(), tr("Cannot read the sync state of account %1.").arg(accountId));
    SyncState state;
    state.accountId = accountId;
    state.kind = kind;
    if (query.next()) {
        LedgerRowReader r(query);
        state.cursor = r.text();
        state.lastAttempt = r.time();
        state.lastSuccess = r.time();
        state.lastError = r.text();
    }
    return state;
}

LedgerResult<QList<SyncState>> Ledger::syncStates(const QString& accountId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT kind, cursor, last_attempt, last_success, last_error FROM sync_state "
                  u"WHERE account_id = ? ORDER BY kind"_s);
    query.bindValue(0, accountId);
    if (!query.exec())
        return sqlError(query.lastError(), tr("Cannot read the sync state of account %1.").arg(accountId));
    QList<SyncState> states;
    while (query.next()) {
        LedgerRowReader r(query);
        SyncState state;
        state.accountId = accountId;
        state.kind = r.text();
        state.cursor = r.text();
        state.lastAttempt = r.time();
        state.lastSuccess = r.time();
        state.lastError = r.text();
        states.append(std::move(state));
    }
    return states;
}

} // namespace paydesk
