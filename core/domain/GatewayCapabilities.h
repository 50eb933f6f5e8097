#pragma once

#include "core/domain/Gateway.h"

#include <QString>

namespace paydesk {

// What each gateway's API can do (ARCHITECTURE.md, "Provider contract"). The UI and the CLI show or hide actions by
// these, and explain a missing one with unsupportedReason() instead of failing.
enum class Capability {
    CreateInvoice,
    GetInvoice,
    ListInvoices,
    CancelInvoice,
    Refund,
    Balances,
    DedicatedAddresses,
    ReleaseAddress,
    Withdrawals,
    BlockchainTransactions,
};

bool hasCapability(Gateway gateway, Capability capability);
// Plain words for a capability the gateway lacks ("Crypto.com Pay publishes no balance API."); empty when it has it.
QString unsupportedReason(Gateway gateway, Capability capability);

} // namespace paydesk
