#include "providers/bucksbus/BucksBusRequests.h"

#include "core/Assets.h"
#include "core/validation/BucksBusInvoiceRules.h"
#include "core/validation/InvoiceChecks.h"
#include "providers/bucksbus/BucksBusJson.h"
#include "providers/common/CompactJsonWriter.h"
#include "providers/common/EndpointUrl.h"
#include "providers/common/RequestSigning.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

constexpr std::chrono::milliseconds kCreatingTimeout{45'000};
const QString kGatewayName = u"Gateway v10.2"_s;

QString translated(const char* text)
{
    return QCoreApplication::translate("RequestBuilding", text);
}

ProviderError invalid(const FieldProblem& problem)
{
    return ProviderError::validation(problem.field, problem.message);
}

ProviderError unsupported(const QString& field)
{
    return invalid(InvoiceChecks::unsupported(field, kGatewayName));
}

Result<HttpRequest> makeRequest(const Account& account, const AccountCredentials& credentials,
    HttpRequest::Method method, const QString& path, const QByteArray& body = {},
    const endpoint::QueryItems& query = {})
{
    if (credentials.apiKey.isEmpty() || credentials.apiSecret.isEmpty())
        return ProviderError::refused(
            translated("The account has no API key and secret: add them in the account settings."));
    if (!endpoint::isHttpBase(account.baseUrl))
        return ProviderError::refused(translated("The account's API address is not a valid http(s) URL."));
    HttpRequest request;
    request.method = method;
    request.url = endpoint::join(account.baseUrl, path, query);
    request.setHeader("Authorization", signing::basicAuthorization(credentials.apiKey, credentials.apiSecret));
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    request.body = body;
    if (method == HttpRequest::Method::Post)
        request.timeout = kCreatingTimeout;
    return request;
}

// prefix + id + suffix, with an id that can stand in a URL path as it is ("../accounts" is refused, not sent).
Result<HttpRequest> byId(const Account& account, const AccountCredentials& credentials, HttpRequest::Method method,
    const QString& prefix, const QString& id, const QString& suffix, const QString& field)
{
    const std::optional<QString> segment = endpoint::pathSegment(id, endpoint::IdChars::UnreservedOnly);
    if (!segment)
        return ProviderError::validation(field, translated("The id contains characters that cannot be sent in a URL."));
    return makeRequest(account, credentials, method, prefix + *segment + suffix);
}

std::optional<ProviderError> checkCryptoAmount(const Money& amount)
{
    QList<FieldProblem> problems;
    InvoiceChecks::checkAmount(amount, problems);
    if (problems.isEmpty() && isFiat(InvoiceChecks::baseAssetCode(amount.currency)))
        problems.append({u"amount"_s, translated("Gateway v10.2 sends crypto: give the amount in a crypto asset.")});
    if (!problems.isEmpty())
        return invalid(problems.first());
    return std::nullopt;
}

} // namespace

Result<HttpRequest> BucksBusRequests::createInvoice(
    const Account& account, const AccountCredentials& credentials, const InvoiceDraft& draft)
{
    const QList<FieldProblem> problems = validateBucksBusInvoice(draft);
    if (!problems.isEmpty())
        return invalid(problems.first());
    // A crypto amount is paid in its own asset unless the draft says otherwise.
    const QString payAsset = draft.payCurrency.isEmpty() ? draft.amount.currency : draft.payCurrency;
    CompactJsonWriter body;
    body.beginObject()
        .addString(u"payment_type", draft.openAmount ? u"OPEN_AMOUNT" : u"FIXED_AMOUNT")
        .addNumber(u"amount", draft.amount.amount)
        .addString(u"asset_id", draft.amount.currency)
        .addString(u"payment_asset_id", payAsset)
        .addOptionalString(u"payer_email", draft.payerEmail)
        .addOptionalString(u"description", draft.description)
        .addOptionalString(BucksBusJson::kOrderIdField, draft.orderId)
        .addOptionalString(u"success_url", draft.returnUrl);
    if (draft.lifetime)
        body.addInteger(u"timeout", draft.lifetime->count() / 60);
    body.endObject();
    return makeRequest(account, credentials, HttpRequest::Method::Post, u"/payment"_s, body.bytes());
}

Result<HttpRequest> BucksBusRequests::getInvoice(
    const Account& account, const AccountCredentials& credentials, const QString& paymentId)
{
    return byId(account, credentials, HttpRequest::Method::Get, u"/payment/"_s, paymentId, {}, u"paymentId"_s);
}

Result<HttpRequest> BucksBusRequests::listInvoices(
    const Account& account, const AccountCredentials& credentials, QDate from, QDate to, const QString& rawStatus)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return ProviderError::validation(u"from"_s, translated("Give a start date on or before the end date."));
    endpoint::QueryItems query{{u"from"_s, from.toString(Qt::ISODate)}, {u"to"_s, to.toString(Qt::ISODate)}};
    if (!rawStatus.isEmpty())
        query.append({u"status"_s, rawStatus});
    return makeRequest(account, credentials, HttpRequest::Method::Get, u"/payments"_s, {}, query);
}

Result<HttpRequest> BucksBusRequests::invoiceTransactions(
    const Account& account, const AccountCredentials& credentials, const QString& paymentId)
{
    return byId(account, credentials, HttpRequest::Method::Get, u"/payment/"_s, paymentId, u"/trxs"_s, u"paymentId"_s);
}

Result<HttpRequest> BucksBusRequests::invoiceTransactionsFallback(
    const Account& account, const AccountCredentials& credentials, const QString& paymentId)
{
    return byId(account, credentials, HttpRequest::Method::Get, u"/payment/"_s, paymentId, u"/txs"_s, u"paymentId"_s);
}

Result<HttpRequest> BucksBusRequests::refund(
    const Account& account, const AccountCredentials& credentials, const RefundDraft& draft)
{
    if (auto problem = checkCryptoAmount(draft.amount))
        return *problem;
    if (draft.address.trimmed().isEmpty())
        return ProviderError::validation(u"address"_s, translated("Give the payer's address to refund to."));
    if (!draft.network.isEmpty())
        return unsupported(u"network"_s);
    CompactJsonWriter body;
    body.beginObject()
        .addNumber(u"amount", draft.amount.amount)
        .addString(u"asset_id", draft.amount.currency)
        .addString(u"address", draft.address.trimmed())
        .addOptionalString(u"description", draft.reason)
        .addOptionalString(BucksBusJson::kOrderIdField, draft.idempotencyKey)
        .addOptionalString(BucksBusJson::kRefundedPaymentField, draft.paymentId)
        .endObject();
    return makeRequest(account, credentials, HttpRequest::Method::Post, u"/withdraw"_s, body.bytes());
}

Result<HttpRequest> BucksBusRequests::createWithdrawal(
    const Account& account, const AccountCredentials& credentials, const WithdrawalDraft& draft)
{
    if (auto problem = checkCryptoAmount(draft.amount))
        return *problem;
    if (draft.address.trimmed().isEmpty())
        return ProviderError::validation(u"address"_s, translated("Give the address to send to."));
    if (!draft.tag.isEmpty())
        return unsupported(u"tag"_s);
    if (!draft.network.isEmpty())
        return unsupported(u"network"_s);
    CompactJsonWriter body;
    body.beginObject()
        .addNumber(u"amount", draft.amount.amount)
        .addString(u"asset_id", draft.amount.currency)
        .addString(u"address", draft.address.trimmed())
        .addOptionalString(BucksBusJson::kOrderIdField, draft.foreignId)
        .endObject();
    return makeRequest(account, credentials, HttpRequest::Method::Post, u"/withdraw"_s, body.bytes());
}

Result<HttpRequest> BucksBusRequests::getWithdrawal(
    const Account& account, const AccountCredentials& credentials, const QString& withdrawId)
{
    return byId(account, credentials, HttpRequest::Method::Get, u"/withdraw/"_s, withdrawId, {}, u"withdrawId"_s);
}

Result<HttpRequest> BucksBusRequests::balances(const Account& account, const AccountCredentials& credentials)
{
    return makeRequest(account, credentials, HttpRequest::Method::Get, u"/accounts"_s);
}

Result<HttpRequest> BucksBusRequests::assets(const Account& account, const AccountCredentials& credentials)
{
    return makeRequest(account, credentials, HttpRequest::Method::Get, u"/assets"_s);
}

Result<HttpRequest> BucksBusRequests::createAddress(
    const Account& account, const AccountCredentials& credentials, const AddressDraft& draft)
{
    QList<FieldProblem> problems;
    if (draft.currency.trimmed().isEmpty())
        problems.append({u"currency"_s, translated("Choose an asset.")});
    else
        InvoiceChecks::checkCryptoAsset(draft.currency, u"currency"_s, problems);
    if (!problems.isEmpty())
        return invalid(problems.first());
    if (!draft.network.isEmpty())
        return unsupported(u"network"_s);
    CompactJsonWriter body;
    body.beginObject()
        .addString(u"asset_id", draft.currency)
        .addOptionalString(u"description", draft.label)
        .addOptionalString(BucksBusJson::kOrderIdField, draft.customerReference)
        .endObject();
    return makeRequest(account, credentials, HttpRequest::Method::Post, u"/dedicate"_s, body.bytes());
}

Result<HttpRequest> BucksBusRequests::releaseAddress(
    const Account& account, const AccountCredentials& credentials, const QString& dedicateId)
{
    auto request = byId(
        account, credentials, HttpRequest::Method::Post, u"/dedicate/"_s, dedicateId, u"/release"_s, u"dedicateId"_s);
    if (request)
        request.value().idempotent = true; // releasing twice changes nothing more (the second answers 422)
    return request;
}

Result<HttpRequest> BucksBusRequests::accountTest(const Account& account, const AccountCredentials& credentials)
{
    return balances(account, credentials);
}

} // namespace paydesk
