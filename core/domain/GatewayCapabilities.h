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

// How deposits to a gateway's dedicated addresses reach Paydesk (sync, docs/cli.md "sync").
enum class DepositSource {
    None, // the gateway has no dedicated addresses
    InvoiceList, // each deposit is a payment of the invoice list naming its address's id (v10.2 dedicate_id)
    // each deposit is a payment of the invoice list that gives only the address's text (Cryptomus static wallets:
    // wallet_address_uuid comes with webhooks only); the ledger links it to the dedicated address with that text
    InvoiceListByAddress,
    AddressLookup, // read address by address (CryptoProcessing transactions/info by the address's foreign id)
};

// How refunds made outside Paydesk (in the gateway's own dashboard) can be seen (sync, docs/cli.md "sync").
enum class RefundSource {
    None, // not at all (v10.2: a refund is a withdrawal like any other; CryptoProcessing has no refunds)
    WithPayment, // the listed payment carries its refund (Cryptomus refund_* statuses)
    PaymentTotal, // only as the payment's refunded total (Crypto.com amount_refunded): see RefundedTotal
};

bool hasCapability(Gateway gateway, Capability capability);
RefundSource refundSource(Gateway gateway);
DepositSource depositSource(Gateway gateway);
// Plain words for a capability the gateway lacks ("Crypto.com Pay publishes no balance API."); empty when it has it.
QString unsupportedReason(Gateway gateway, Capability capability);

} // namespace paydesk
