#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace paydesk {

// RAII write transaction: BEGIN IMMEDIATE (takes the write lock up front, so two writers in WAL mode wait on the
// busy timeout instead of failing on a lock upgrade), COMMIT on commit(), ROLLBACK when destroyed uncommitted.
//
// Transactions nest: one begun while another is open on the same connection (in this thread) is a SAVEPOINT inside
// it, so a write that is one transaction on its own (a journal step, an upsert) becomes part of a larger one when a
// caller needs several to happen together or not at all (Ledger::atomically). Only the outermost commit() makes
// anything durable.
class SqlTransaction final
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    // The error of BEGIN or COMMIT.
    QSqlError lastError() const { return m_error; }

private:
    bool exec(const QString& statement);

    QSqlDatabase m_db;
    QSqlError m_error;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
};

} // namespace paydesk
