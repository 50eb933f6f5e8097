#pragma once

#include "core/domain/Gateway.h"

#include <QList>
#include <QString>

#include <chrono>
#include <cstdint>

namespace paydesk {

// What one fault campaign does (docs/journal.md, "Fault campaign"): how many creating calls per gateway and
// operation, how often the sandbox faults, and how the HTTP client is tuned so that a campaign costs minutes.
struct FaultCampaignOptions
{
    // Operations per gateway and operation kind (invoice, refund, address, withdrawal) the gateway supports. A refund
    // first creates (and pays) its own invoice, counted with the invoices.
    int operations = 40;
    // Chance that a request on a gateway route is faulted, spread evenly over every fault kind.
    double probability = 0.2;
    std::uint64_t seed = 1;
    QList<Gateway> gateways{Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus};
    // Same-key retries after an error, as a user would press "create" again (the first call not counted).
    int retries = 2;
    // Operations under way at once. Qt opens at most six connections to one host (all gateways share the sandbox's):
    // more would wait in Qt's queue, and could time out there before being sent.
    int concurrency = 6;
    // The HTTP client's transfer timeout while faults are on, and the latency fault's delay (past that timeout).
    // Settlement (sync, the last retry) runs with the normal timeouts: long lists answer slowly on a busy machine.
    std::chrono::milliseconds timeout{1000};
    std::chrono::milliseconds latency{1300};
    // Where the temporary ledger goes; empty: a RAM disk (/dev/shm) where there is one, else the system's temporary
    // folder. The ledger's fsyncs are not what is under test, and on a disk they would take most of the time.
    QString workDirectory{};
    // Seeded history per run (spread over the gateways): the merchant balances refunds and withdrawals draw on.
    int historyPayments = 400;
};

} // namespace paydesk
