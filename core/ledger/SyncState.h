#pragma once

#include <QDateTime>
#include <QString>

namespace paydesk {

// Where the last sync of one kind of object ("payments", "balances", "addresses"...) stopped for one account.
struct SyncState
{
    QString accountId;
    QString kind;
    QString cursor; // the gateway's list cursor / last date window / last page; empty to start over
    QDateTime lastAttempt; // UTC, invalid when never tried
    QDateTime lastSuccess;
    QString lastError; // plain words of the last failure; empty after a success

    friend bool operator==(const SyncState&, const SyncState&) = default;
};

} // namespace paydesk
