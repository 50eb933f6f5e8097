#pragma once

#include "core/Decimal.h"
#include "core/Money.h"
#include "core/domain/Gateway.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace paydesk {

// Reads the current row of a query column by column, in the order LedgerRowWriter wrote it. A value that cannot
// be decoded (bad decimal text, unknown gateway id) marks the reader failed and names the column in problem().
class LedgerRowReader final
{
public:
    explicit LedgerRowReader(const QSqlQuery& query, int firstColumn = 0)
        : m_query(query)
        , m_column(firstColumn)
    {
    }

    QString text();
    QDateTime time();
    Decimal decimal();
    // NULL → std::nullopt; bad text fails the reader like decimal().
    std::optional<Decimal> optionalDecimal();
    Money money();
    qint64 integer();
    bool boolean() { return integer() != 0; }
    QByteArray blob();
    Gateway gateway();
    // The raw id string of an enum column; the caller maps it (unknown ids become the enum's Unknown).
    QString id() { return text(); }

    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

private:
    QVariant next() { return m_query.value(m_column++); }
    void fail(const QString& what);

    const QSqlQuery& m_query;
    int m_column = 0;
    QString m_problem;
};

} // namespace paydesk
