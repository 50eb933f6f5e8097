#pragma once

#include <QStringList>

namespace paydesk {

// What one upsert batch did, by record id (payment id, refund id, address id, withdrawal id, blockchain tx hash,
// balance currency), in the order the records came in. The sync engine turns this into row-level model updates:
// inserted → rowsInserted, changed → dataChanged, unchanged → nothing.
struct UpsertResult
{
    QStringList inserted;
    QStringList changed;
    QStringList unchanged;

    qsizetype total() const { return inserted.size() + changed.size() + unchanged.size(); }
};

} // namespace paydesk
