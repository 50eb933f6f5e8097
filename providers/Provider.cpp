#include "providers/Provider.h"

#include "providers/webhooks/WebhookVerifier.h"

namespace paydesk {

Provider::Provider(Account account, AccountCredentials credentials, HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_credentials(std::move(credentials))
    , m_http(http)
{
}

Provider::~Provider()
{
    m_credentials.wipe();
}

void Provider::createInvoice(
    Journal&, const CreatingCallPermit&, const InvoiceDraft&, QObject* context, Callback<Payment> done)
{
    unsupported(Capability::CreateInvoice, context, std::move(done));
}

void Provider::fetchInvoice(const QString&, QObject* context, Callback<Payment> done)
{
    unsupported(Capability::GetInvoice, context, std::move(done));
}

void Provider::findInvoiceByKey(const QString&, QObject* context, Callback<std::optional<Payment>> done)
{
    unsupported(Capability::GetInvoice, context, std::move(done));
}

void Provider::listInvoices(const InvoiceListRequest&, QObject* context, Callback<InvoicePage> done)
{
    unsupported(Capability::ListInvoices, context, std::move(done));
}

void Provider::cancelInvoice(const QString&, QObject* context, Callback<Payment> done)
{
    unsupported(Capability::CancelInvoice, context, std::move(done));
}

void Provider::createRefund(
    Journal&, const CreatingCallPermit&, const RefundDraft&, QObject* context, Callback<Refund> done)
{
    unsupported(Capability::Refund, context, std::move(done));
}

void Provider::findRefundByKey(const QString&, QObject* context, Callback<std::optional<Refund>> done)
{
    unsupported(Capability::Refund, context, std::move(done));
}

void Provider::fetchBalances(QObject* context, Callback<QList<Balance>> done)
{
    unsupported(Capability::Balances, context, std::move(done));
}

void Provider::createAddress(
    Journal&, const CreatingCallPermit&, const AddressDraft&, QObject* context, Callback<DedicatedAddress> done)
{
    unsupported(Capability::DedicatedAddresses, context, std::move(done));
}

void Provider::releaseAddress(const QString&, QObject* context, Callback<DedicatedAddress> done)
{
    unsupported(Capability::ReleaseAddress, context, std::move(done));
}

void Provider::createWithdrawal(
    Journal&, const CreatingCallPermit&, const WithdrawalDraft&, QObject* context, Callback<Withdrawal> done)
{
    unsupported(Capability::Withdrawals, context, std::move(done));
}

void Provider::fetchTransactions(const QString&, QObject* context, Callback<QList<BlockchainTx>> done)
{
    unsupported(Capability::BlockchainTransactions, context, std::move(done));
}

} // namespace paydesk
