#pragma once

#include "core/ledger/UpsertResult.h"

#include <QMetaType>
#include <QString>

namespace paydesk {

// What one write did to one kind of ledger record of one account: the row-level change notification that the sync
// engine and GatewayOperations publish, and that the table models apply (inserted → rowsInserted, changed →
// dataChanged; never a reset).
struct LedgerChange
{
    enum class Kind {
        Payments,
        Refunds,
        Balances,
        DedicatedAddresses,
        Withdrawals,
        BlockchainTxs,
    };

    Kind kind = Kind::Payments;
    QString accountId{};
    UpsertResult ids{};

    bool isEmpty() const { return ids.inserted.isEmpty() && ids.changed.isEmpty(); }
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::LedgerChange)
