#include "core/ledger/SqlTransaction.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

// Open transactions per connection name. A connection is used by one thread only, so per thread is exact.
QHash<QString, int>& depths()
{
    thread_local QHash<QString, int> open;
    return open;
}

} // namespace

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int& depth = depths()[m_db.connectionName()];
    if (depth > 0)
        m_savepoint = u"paydesk_%1"_s.arg(depth);
    m_active = exec(m_savepoint.isEmpty() ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + m_savepoint);
    if (m_active)
        ++depth;
}

SqlTransaction::~SqlTransaction()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        exec(u"ROLLBACK"_s);
    } else {
        exec(u"ROLLBACK TO "_s + m_savepoint);
        exec(u"RELEASE "_s + m_savepoint);
    }
    --depths()[m_db.connectionName()];
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    if (!exec(m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint))
        return false;
    m_active = false;
    --depths()[m_db.connectionName()];
    return true;
}

bool SqlTransaction::exec(const QString& statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = query.lastError();
    return false;
}

} // namespace paydesk
