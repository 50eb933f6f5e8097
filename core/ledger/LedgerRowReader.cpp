#include "core/ledger/LedgerRowReader.h"

#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

QString LedgerRowReader::text()
{
    const QVariant value = next();
    return value.isNull() ? QString() : value.toString();
}

QDateTime LedgerRowReader::time()
{
    const QVariant value = next();
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Decimal LedgerRowReader::decimal()
{
    const int column = m_column;
    const QVariant value = next();
    if (value.isNull())
        return {};
    const auto parsed = Decimal::fromString(value.toString());
    if (!parsed) {
        fail(u"column %1: bad decimal '%2'"_s.arg(m_query.record().fieldName(column), value.toString()));
        return {};
    }
    return *parsed;
}

std::optional<Decimal> LedgerRowReader::optionalDecimal()
{
    const int column = m_column;
    const QVariant value = next();
    if (value.isNull())
        return std::nullopt;
    auto parsed = Decimal::fromString(value.toString());
    if (!parsed)
        fail(u"column %1: bad decimal '%2'"_s.arg(m_query.record().fieldName(column), value.toString()));
    return parsed;
}

Money LedgerRowReader::money()
{
    Money result;
    result.amount = decimal();
    result.currency = text();
    return result;
}

qint64 LedgerRowReader::integer()
{
    return next().toLongLong();
}

QByteArray LedgerRowReader::blob()
{
    const QVariant value = next();
    return value.isNull() ? QByteArray() : value.toByteArray();
}

Gateway LedgerRowReader::gateway()
{
    const int column = m_column;
    const QString value = text();
    const auto parsed = gatewayFromId(value);
    if (!parsed) {
        fail(u"column %1: unknown gateway '%2'"_s.arg(m_query.record().fieldName(column), value));
        return Gateway::CryptoCom;
    }
    return *parsed;
}

void LedgerRowReader::fail(const QString& what)
{
    if (m_problem.isEmpty())
        m_problem = what;
}

} // namespace paydesk
