#include "providers/Provider.h"

#include "providers/webhooks/WebhookVerifier.h"

#include <QCoreApplication>

namespace paydesk {
namespace {

// Unsupported for a capability the gateway has but whose lookup / list it does not publish.
ProviderError noSuchCall(Gateway gateway, Capability capability, const char* what)
{
    ProviderError error;
    error.kind = ProviderError::Kind::Unsupported;
    error.message = hasCapability(gateway, capability)
        ? QCoreApplication::translate("Provider", "%1 publishes no API to %2.")
              .arg(gatewayDisplayName(gateway), QCoreApplication::translate("Provider", what))
        : unsupportedReason(gateway, capability);
    return error;
}

} // namespace

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

void Provider::refreshInvoice(const Payment& known, QObject* context, Callback<Payment> done)
{
    fetchInvoice(known.id, context, std::move(done));
}

void Provider::findInvoiceByKey(const QString&, QObject* context, Callback<std::optional<Payment>> done)
{
    unsupported(Capability::GetInvoice, context, std::move(done));
}

std::optional<Payment> Provider::invoiceHeldUnderKey(const InvoiceDraft&, const ProviderError&) const
{
    return std::nullopt;
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

void Provider::findRefund(const RefundDraft&, QObject* context, Callback<std::optional<Refund>> done)
{
    deliverLater<std::optional<Refund>>(context, std::move(done),
        noSuchCall(gateway(), Capability::Refund, QT_TRANSLATE_NOOP("Provider", "look up a refund")));
}

void Provider::refreshRefund(const Refund& known, QObject* context, Callback<Refund> done)
{
    readRefund(known, context, [known, done = std::move(done)](const Result<Refund>& refund) {
        done(refund.ok() ? Result<Refund>(completedFrom(refund.value(), known)) : refund);
    });
}

void Provider::readRefund(const Refund&, QObject* context, Callback<Refund> done)
{
    deliverLater<Refund>(context, std::move(done),
        noSuchCall(gateway(), Capability::Refund, QT_TRANSLATE_NOOP("Provider", "read a refund back")));
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

void Provider::findAddress(const AddressDraft&, QObject* context, Callback<std::optional<DedicatedAddress>> done)
{
    deliverLater<std::optional<DedicatedAddress>>(context, std::move(done),
        noSuchCall(gateway(), Capability::DedicatedAddresses,
            QT_TRANSLATE_NOOP("Provider", "look up an address by its customer reference")));
}

void Provider::listAddresses(QObject* context, Callback<QList<DedicatedAddress>> done)
{
    deliverLater<QList<DedicatedAddress>>(context, std::move(done),
        noSuchCall(gateway(), Capability::DedicatedAddresses, QT_TRANSLATE_NOOP("Provider", "list addresses")));
}

void Provider::findAddressDeposits(const DedicatedAddress&, QObject* context, Callback<QList<Payment>> done)
{
    deliverLater<QList<Payment>>(context, std::move(done),
        noSuchCall(gateway(), Capability::DedicatedAddresses, QT_TRANSLATE_NOOP("Provider", "find deposits")));
}

void Provider::fetchAssets(QObject* context, Callback<QList<GatewayAsset>> done)
{
    deliverLater<QList<GatewayAsset>>(context, std::move(done),
        noSuchCall(gateway(), Capability::CreateInvoice, QT_TRANSLATE_NOOP("Provider", "list the assets it accepts")));
}

void Provider::readAssets(Result<HttpRequest> request, QObject* context,
    std::function<Result<QList<GatewayAsset>>(const HttpResult&)> map, Callback<QList<GatewayAsset>> done)
{
    read<QList<GatewayAsset>>(
        std::move(request), context,
        [accountId = account().id, map = std::move(map)](const HttpResult& reply) -> Result<QList<GatewayAsset>> {
            Result<QList<GatewayAsset>> assets = map(reply);
            if (assets.ok()) {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                for (GatewayAsset& asset : assets.value()) {
                    asset.accountId = accountId;
                    asset.readAt = now;
                }
            }
            return assets;
        },
        std::move(done));
}

void Provider::createWithdrawal(
    Journal&, const CreatingCallPermit&, const WithdrawalDraft&, QObject* context, Callback<Withdrawal> done)
{
    unsupported(Capability::Withdrawals, context, std::move(done));
}

void Provider::findWithdrawalByKey(const QString&, QObject* context, Callback<std::optional<Withdrawal>> done)
{
    deliverLater<std::optional<Withdrawal>>(context, std::move(done),
        noSuchCall(gateway(), Capability::Withdrawals,
            QT_TRANSLATE_NOOP("Provider", "look up a withdrawal by its foreign id")));
}

void Provider::fetchWithdrawal(const QString&, QObject* context, Callback<Withdrawal> done)
{
    unsupported(Capability::Withdrawals, context, std::move(done));
}

void Provider::listWithdrawals(const InvoiceListRequest&, QObject* context, Callback<WithdrawalPage> done)
{
    deliverLater<WithdrawalPage>(context, std::move(done),
        noSuchCall(gateway(), Capability::Withdrawals, QT_TRANSLATE_NOOP("Provider", "list withdrawals")));
}

void Provider::refreshWithdrawal(const Withdrawal& known, QObject* context, Callback<Withdrawal> done)
{
    fetchWithdrawal(known.id, context, [known, done = std::move(done)](const Result<Withdrawal>& withdrawal) {
        done(withdrawal.ok() ? Result<Withdrawal>(completedFrom(withdrawal.value(), known)) : withdrawal);
    });
}

void Provider::fetchTransactions(const QString&, QObject* context, Callback<QList<BlockchainTx>> done)
{
    unsupported(Capability::BlockchainTransactions, context, std::move(done));
}

} // namespace paydesk
