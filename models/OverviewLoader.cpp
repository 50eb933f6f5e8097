#include "models/OverviewLoader.h"

#include "core/ledger/Ledger.h"
#include "models/KpiCalculator.h"
#include "models/SettlementAggregator.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

LedgerResult<std::shared_ptr<const OverviewSnapshot>> OverviewLoader::load(const QString& path)
{
    auto opened = Ledger::open(path);
    if (!opened)
        return opened.error();
    return load(*opened.value());
}

LedgerResult<std::shared_ptr<const OverviewSnapshot>> OverviewLoader::load(const Ledger& ledger)
{
    auto snapshot = std::make_shared<OverviewSnapshot>();
    const auto accounts = ledger.accounts();
    if (!accounts)
        return accounts.error();
    for (const Account& account : accounts.value()) {
        snapshot->accountNames.insert(account.id, account.name);
        const auto states = ledger.syncStates(account.id);
        if (!states)
            return states.error();
        const SyncSummary sync = summarizeSyncStates(states.value());
        snapshot->syncs.append(AccountSyncTime{account.id, account.name, sync.lastSuccess, sync.errors.join(u"; "_s)});
        const auto history = ledger.balanceSnapshots(account.id, {});
        if (!history)
            return history.error();
        snapshot->balanceSnapshots.append(history.value());
    }
    if (const auto count = ledger.countPayments({}); count.ok())
        snapshot->payments.reserve(count.value());
    const auto read = ledger.forEachPaymentFigures({}, [&snapshot](const PaymentFigures& figures) {
        snapshot->payments.add(figures);
        return true;
    });
    if (!read)
        return read.error();
    const auto refunds = ledger.refunds();
    if (!refunds)
        return refunds.error();
    for (const Refund& refund : refunds.value()) {
        if (refund.status == TransferStatus::Pending || refund.status == TransferStatus::Processing)
            ++snapshot->pendingRefunds;
    }
    return std::shared_ptr<const OverviewSnapshot>(std::move(snapshot));
}

OverviewResult OverviewLoader::run(std::shared_ptr<const OverviewSnapshot> cached, const QString& path,
    const SettlementOptions& options, const QDateTime& now)
{
    if (!cached) {
        auto loaded = load(path);
        if (!loaded) {
            OverviewResult failed;
            failed.error = loaded.error().message;
            return failed;
        }
        cached = loaded.value();
    }
    return compute(std::move(cached), options, now);
}

OverviewResult OverviewLoader::compute(
    std::shared_ptr<const OverviewSnapshot> snapshot, const SettlementOptions& options, const QDateTime& now)
{
    OverviewResult result;
    result.settlement = SettlementAggregator::aggregate(snapshot->payments, options);
    KpiCalculator::compute(snapshot->payments, now, options.zone, options.net, result.summary);
    result.summary.pendingRefunds = snapshot->pendingRefunds;
    result.summary.syncs = snapshot->syncs;
    result.snapshot = std::move(snapshot);
    return result;
}

} // namespace paydesk
