#pragma once

#include "core/ledger/LedgerResult.h"
#include "models/OverviewSnapshot.h"
#include "models/SettlementAggregate.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace paydesk {

class Ledger;

// The Overview's worker-thread jobs. load() reads a snapshot through a ledger opened on the calling thread (its own
// connection, as Ledger requires); compute() derives the tiles and the chart data from a snapshot. Neither touches
// widgets, so both run under QtConcurrent.
struct OverviewResult
{
    std::shared_ptr<const OverviewSnapshot> snapshot{};
    SettlementAggregate settlement{};
    OverviewSummary summary{};
    QString error{}; // plain words; empty on success
};

class OverviewLoader final
{
    Q_DECLARE_TR_FUNCTIONS(OverviewLoader)

public:
    // Opens the ledger file at `path` on this thread and reads it.
    static LedgerResult<std::shared_ptr<const OverviewSnapshot>> load(const QString& path);
    static LedgerResult<std::shared_ptr<const OverviewSnapshot>> load(const Ledger& ledger);
    // Loads (when `cached` is null) and computes.
    static OverviewResult run(std::shared_ptr<const OverviewSnapshot> cached, const QString& path,
        const SettlementOptions& options, const QDateTime& now);
    static OverviewResult compute(
        std::shared_ptr<const OverviewSnapshot> snapshot, const SettlementOptions& options, const QDateTime& now);
};

} // namespace paydesk
