#include "core/domain/GatewayCapabilities.h"

#include <QCoreApplication>

namespace paydesk {

bool hasCapability(Gateway gateway, Capability capability)
{
    return unsupportedReason(gateway, capability).isEmpty();
}

RefundSource refundSource(Gateway gateway)
{
    switch (gateway) {
    case Gateway::CryptoCom:
        return RefundSource::PaymentTotal;
    case Gateway::Cryptomus:
        return RefundSource::WithPayment;
    case Gateway::CryptoProcessing:
    case Gateway::BucksBus:
        return RefundSource::None;
    }
    return RefundSource::None;
}

DepositSource depositSource(Gateway gateway)
{
    switch (gateway) {
    case Gateway::CryptoCom:
        return DepositSource::None;
    case Gateway::CryptoProcessing:
        return DepositSource::AddressLookup;
    case Gateway::BucksBus:
        return DepositSource::InvoiceList;
    case Gateway::Cryptomus:
        return DepositSource::InvoiceListByAddress;
    }
    return DepositSource::None;
}

QString unsupportedReason(Gateway gateway, Capability capability)
{
    switch (gateway) {
    case Gateway::CryptoCom:
        switch (capability) {
        case Capability::CreateInvoice:
        case Capability::GetInvoice:
        case Capability::ListInvoices:
        case Capability::CancelInvoice:
        case Capability::Refund:
            return {};
        case Capability::Balances:
            return QCoreApplication::translate(
                "GatewayCapabilities", "Crypto.com Pay publishes no balance or settlement API.");
        case Capability::DedicatedAddresses:
        case Capability::ReleaseAddress:
            return QCoreApplication::translate(
                "GatewayCapabilities", "Crypto.com Pay has no dedicated deposit addresses.");
        case Capability::Withdrawals:
            return QCoreApplication::translate("GatewayCapabilities", "Crypto.com Pay has no withdrawal API.");
        case Capability::BlockchainTransactions:
            return QCoreApplication::translate(
                "GatewayCapabilities", "Crypto.com Pay does not publish the blockchain transactions of a payment.");
        }
        break;
    case Gateway::CryptoProcessing:
        switch (capability) {
        case Capability::CreateInvoice:
        case Capability::GetInvoice: // from callbacks and transactions/info
        case Capability::Balances:
        case Capability::DedicatedAddresses:
        case Capability::Withdrawals:
        case Capability::BlockchainTransactions:
            return {};
        case Capability::ListInvoices:
            return QCoreApplication::translate("GatewayCapabilities",
                "CryptoProcessing has no list of payment requests; Paydesk keeps the ones it created and "
                "refreshes them one by one.");
        case Capability::CancelInvoice:
            return QCoreApplication::translate("GatewayCapabilities",
                "CryptoProcessing payment requests cannot be cancelled through the API; they expire.");
        case Capability::Refund:
            return QCoreApplication::translate("GatewayCapabilities",
                "CryptoProcessing has no refund API; send the money back as a withdrawal to the payer's "
                "address.");
        case Capability::ReleaseAddress:
            return QCoreApplication::translate(
                "GatewayCapabilities", "CryptoProcessing dedicated addresses are permanent.");
        }
        break;
    case Gateway::BucksBus:
        switch (capability) {
        case Capability::CreateInvoice:
        case Capability::GetInvoice:
        case Capability::ListInvoices: // by date window
        case Capability::Refund: // as a withdrawal to the payer's address
        case Capability::Balances:
        case Capability::DedicatedAddresses:
        case Capability::ReleaseAddress:
        case Capability::Withdrawals:
        case Capability::BlockchainTransactions:
            return {};
        case Capability::CancelInvoice:
            return QCoreApplication::translate(
                "GatewayCapabilities", "Gateway v10.2 invoices cannot be cancelled through the API; they expire.");
        }
        break;
    case Gateway::Cryptomus:
        switch (capability) {
        case Capability::CreateInvoice:
        case Capability::GetInvoice:
        case Capability::ListInvoices:
        case Capability::Refund: // to an address
        case Capability::Balances:
        case Capability::DedicatedAddresses: // static wallets
        case Capability::ReleaseAddress: // block address
        case Capability::Withdrawals: // payouts, with the payout key
            return {};
        case Capability::CancelInvoice:
            return QCoreApplication::translate(
                "GatewayCapabilities", "Cryptomus invoices cannot be cancelled through the API; they expire.");
        case Capability::BlockchainTransactions:
            return QCoreApplication::translate(
                "GatewayCapabilities", "Cryptomus shows the transaction hash on the invoice itself only.");
        }
        break;
    }
    return QCoreApplication::translate("GatewayCapabilities", "Not supported.");
}

} // namespace paydesk
