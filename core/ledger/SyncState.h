#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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

// One account's sync at a glance, over every kind (Ledger::syncStates): the latest attempt and the latest success,
// and the errors of the latest attempt (one sync saves several kinds at the same attempt time).
struct SyncSummary
{
    QDateTime lastAttempt{};
    QDateTime lastSuccess{};
    QStringList errors{};
};

inline SyncSummary summarizeSyncStates(const QList<SyncState>& states)
{
    SyncSummary summary;
    for (const SyncState& state : states) {
        if (state.lastAttempt.isValid() && (!summary.lastAttempt.isValid() || state.lastAttempt > summary.lastAttempt))
            summary.lastAttempt = state.lastAttempt;
        if (state.lastSuccess.isValid() && (!summary.lastSuccess.isValid() || state.lastSuccess > summary.lastSuccess))
            summary.lastSuccess = state.lastSuccess;
    }
    for (const SyncState& state : states) {
        if (summary.lastAttempt.isValid() && state.lastAttempt == summary.lastAttempt && !state.lastError.isEmpty()
            && !summary.errors.contains(state.lastError))
            summary.errors << state.lastError;
    }
    return summary;
}

} // namespace paydesk
