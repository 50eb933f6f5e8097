#include "models/SettlementData.h"

namespace paydesk {

quint16 SettlementData::indexOf(const QString& text, QStringList& list, QHash<QString, quint16>& index)
{
    const auto it = index.constFind(text);
    if (it != index.constEnd())
        return *it;
    // More than 65,535 distinct currencies or accounts do not occur; the last index is shared if they ever did.
    const auto next = quint16(qMin<qsizetype>(list.size(), 0xFFFF));
    if (list.size() < 0xFFFF)
        list.append(text);
    index.insert(text, next);
    return next;
}

void SettlementData::add(const PaymentFigures& figures)
{
    SettlementRecord record;
    record.createdMs = figures.createdMs;
    record.amount = figures.amount.amount;
    if (figures.refunded.currency == figures.amount.currency)
        record.refunded = figures.refunded.amount;
    record.currency = indexOf(figures.amount.currency, m_currencies, m_currencyIndex);
    record.account = indexOf(figures.accountId, m_accountIds, m_accountIndex);
    record.gateway = figures.gateway;
    record.status = figures.status;
    m_records.push_back(record);
}

} // namespace paydesk
