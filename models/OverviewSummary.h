#pragma once

#include "models/CurrencyTotals.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace paydesk {

// When one account last synced (SyncState of kind "payments"), for the "Last sync" tile.
struct AccountSyncTime
{
    QString accountId{};
    QString accountName{};
    QDateTime lastSuccess{}; // UTC, invalid when never
    QString lastError{}; // empty after a success
};

// The Overview's tiles: settled totals (per currency) for today, the last 7 and the last 30 local days, open invoices
// (pending or processing), pending refunds (pending or processing), and the last sync per account.
struct OverviewSummary
{
    CurrencyTotals settledToday{};
    CurrencyTotals settledLast7Days{};
    CurrencyTotals settledLast30Days{};
    qint64 openInvoices = 0;
    qint64 pendingRefunds = 0;
    QList<AccountSyncTime> syncs{};
};

} // namespace paydesk
