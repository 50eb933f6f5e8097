#pragma once

#include "bench/faults/FaultCampaignFigures.h"
#include "bench/faults/FaultCampaignOptions.h"

#include <QObject>

#include <functional>
#include <memory>

namespace paydesk {

// The fault campaign (docs/journal.md, "Fault campaign"), in one process: the in-process sandbox on a loopback port,
// a fresh ledger and journal in a temporary folder, one account per gateway with the sandbox's demo credentials.
// Per gateway it creates invoices, refunds (of invoices it created and paid), dedicated addresses and withdrawals
// through GatewayOperations, as far as the gateway supports them, while the sandbox faults about
// options.probability of the requests with every fault kind it has; after an error the same create is asked for
// again under the same key (options.retries times). Then faults off, a sync of every account (AccountSync, which
// reconciles unknown journal entries), one more same-key create for each key still unknown, another sync, and the
// figures: what the gateway holds (read from the simulators in-process) against the ledger and the journal.
class FaultCampaign final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultCampaign)

public:
    explicit FaultCampaign(FaultCampaignOptions options, QObject* parent = nullptr);
    ~FaultCampaign() override;

    // Progress lines ("cryptocom: 120/400 operations…"); none by default.
    void setProgress(std::function<void(const QString&)> progress);

    // Runs the whole campaign on this thread's event loop and returns its figures (figures.error when it could not
    // start). Call once.
    FaultCampaignFigures run();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace paydesk
