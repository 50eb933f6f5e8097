#pragma once

#include "core/ledger/PaymentFigures.h"
#include "models/SettlementRecord.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace paydesk {

// Every payment's figures, held compactly in memory so that the Overview can re-aggregate (another range, bucket
// size or stacking) without reading the ledger again. Filled on a worker thread from
// Ledger::forEachPaymentFigures(); read-only (and so shareable between threads) afterwards.
class SettlementData final
{
public:
    void reserve(qsizetype count) { m_records.reserve(std::size_t(count)); }
    void add(const PaymentFigures& figures);

    const std::vector<SettlementRecord>& records() const { return m_records; }
    const QStringList& currencies() const { return m_currencies; }
    const QStringList& accountIds() const { return m_accountIds; }
    QString currency(const SettlementRecord& record) const { return m_currencies.at(record.currency); }

private:
    static quint16 indexOf(const QString& text, QStringList& list, QHash<QString, quint16>& index);

    std::vector<SettlementRecord> m_records;
    QStringList m_currencies;
    QHash<QString, quint16> m_currencyIndex;
    QStringList m_accountIds;
    QHash<QString, quint16> m_accountIndex;
};

} // namespace paydesk
