#include "core/ledger/SqlTransaction.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    m_active = query.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active)
        m_error = query.lastError();
}

SqlTransaction::~SqlTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK"_s);
    }
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        m_error = query.lastError();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace paydesk
