#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace paydesk {

// RAII write transaction: BEGIN IMMEDIATE (takes the write lock up front, so two writers in WAL mode wait on the
// busy timeout instead of failing on a lock upgrade), COMMIT on commit(), ROLLBACK when destroyed uncommitted.
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
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
};

} // namespace paydesk
