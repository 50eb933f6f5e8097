#include "providers/bucksbus/BucksBusRequests.h"

#include "core/Assets.h"
#include "core/validation/BucksBusInvoiceRules.h"
#include "core/validation/InvoiceChecks.h"
#include "providers/bucksbus/BucksBusJson.h"
#include "providers/common/JsonBodyWriter.h"
#include "providers/common/RequestBuilding.h"
#include "providers/common/RequestSigning.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

constexpr std::chrono::milliseconds kCreatingTimeout{45'000};
const QString kGatewayName = u"Gateway v10.2"_s;

Result<HttpRequest> makeRequest(const Account& account, const AccountCredentials& credentials,
    HttpRequest::Method method, const QString& path, const QByteArray& body = {}, const QUrlQuery& query = {})
{
    if (credentials.apiKey.isEmpty())
        return RequestBuilding::missingCredential(QCoreApplication::translate("RequestBuilding", "API key"));
    if (credentials.apiSecret.isEmpty())
        return RequestBuilding::missingCredential(QCoreApplication::translate("RequestBuilding", "API secret"));
    const auto url = RequestBuilding::endpoint(account.baseUrl, path, query);
    if (!url)
        return RequestBuilding::badBaseUrl();
    HttpRequest request;
    request.method = method;
    request.url = *url;
    request.setHeader("Authorization", signing::basicAuthorization(credentials.apiKey, credentials.apiSecret));
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    request.body = body;
    if (method == HttpRequest::Method::Post)
        request.timeout = kCreatingTimeout;
    return request;
}

Result<HttpRequest> getById(const Account& account, const AccountCredentials& credentials, const QString& prefix,
    const QString& id, const QString& suffix, const QString& field)
{
    if (!RequestBuilding::isSafePathSegment(id))
        return RequestBuilding::badId(field);
    return makeRequest(account, credentials, HttpRequest::Method::Get, prefix + id + suffix);
}

std::optional<ProviderError> checkCryptoAmount(const Money& amount)
{
    QList<FieldProblem> problems;
    InvoiceChecks::checkAmount(amount, problems);
    if (problems.isEmpty() && isFiat(InvoiceChecks::baseAssetCode(amount.currency))) {
        problems.append({u"amount"_s,
            QCoreApplication::translate(
                "RequestBuilding", "Gateway v10.2 sends crypto: give the amount in a crypto asset.")});
    }
    if (!problems.isEmpty())
        return RequestBuilding::validation(problems.first());
    return std::nullopt;
}

} // namespace

Result<HttpRequest> BucksBusRequests::createInvoice(
    const Account& account, const AccountCredentials& credentials, const InvoiceDraft& draft)
{
    const QList<FieldProblem> problems = validateBucksBusInvoice(draft);
    if (!problems.isEmpty())
        return RequestBuilding::validation(problems.first());
    // A crypto amount is paid in its own asset unless the draft says otherwise.
    const QString payAsset = draft.payCurrency.isEmpty() ? draft.amount.currency : draft.payCurrency;
    JsonBodyWriter body;
    body.string(u"payment_type", draft.openAmount ? u"OPEN_AMOUNT"_s : u"FIXED_AMOUNT"_s)
        .number(u"amount", draft.amount.amount)
        .string(u"asset_id", draft.amount.currency)
        .string(u"payment_asset_id", payAsset)
        .optionalString(u"payer_email", draft.payerEmail)
        .optionalString(u"description", draft.description)
        .optionalString(BucksBusJson::kOrderIdField, draft.orderId)
        .optionalString(u"success_url", draft.returnUrl);
    if (draft.lifetime)
        body.integer(u"timeout", draft.lifetime->count() / 60);
    return makeRequest(account, credentials, HttpRequest::Method::Post, u"/payment"_s, body.toJson());
}

Result<HttpRequest> BucksBusRequests::getInvoice(
    const Account& account, const AccountCredentials& credentials, const QString& paymentId)
{
    return getById(account, credentials, u"/payment/"_s, paymentId, {}, u"paymentId"_s);
}

Result<HttpRequest> BucksBusRequests::listInvoices(
    const Account& account, const AccountCredentials& credentials, QDate from, QDate to, const QString& rawStatus)
{
    if (!from.isValid() || !to.isValid() || from > to) {
        return RequestBuilding::validation(
            u"from"_s, QCoreApplication::translate("RequestBuilding", "Give a start date on or before the end date."));
    }
    QUrlQuery query;
    query.addQueryItem(u"from"_s, from.toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, to.toString(Qt::ISODate));
    if (!rawStatus.isEmpty())
        query.addQueryItem(u"status"_s, rawStatus);
    return makeRequest(account, credentials, HttpRequest::Method::Get, u"/payments"_s, {}, query);
}

Result<HttpRequest> BucksBusRequests::invoiceTransactions(
    const Account& account, const AccountCredentials& credentials, const QString& paymentId)
{
    return getById(account, credentials, u"/payment/"_s, paymentId, u"/trxs"_s, u"paymentId"_s);
}

Result<HttpRequest> BucksBusRequests::invoiceTransactionsFallback(
    const Account& account, const AccountCredentials& credentials, const QString& paymentId)
{
    return getById(account, credentials, u"/payment/"_s, paymentId, u"/txs"_s, u"paymentId"_s);
}

Result<HttpRequest> BucksBusRequests::refund(
    const Account& account, const AccountCredentials& credentials, const RefundDraft& draft)
{
    if (auto problem = checkCryptoAmount(draft.amount))
        return *problem;
    if (draft.address.trimmed().isEmpty()) {
        return RequestBuilding::validation(
            u"address"_s, QCoreApplication::translate("RequestBuilding", "Give the payer's address to refund to."));
    }
    if (!draft.network.isEmpty())
        return RequestBuilding::unsupportedField(u"network"_s, kGatewayName);
    JsonBodyWriter body;
    body.number(u"amount", draft.amount.amount)
        .string(u"asset_id", draft.amount.currency)
        .string(u"address", draft.address.trimmed())
        .optionalString(u"description", draft.reason)
        .optionalString(BucksBusJson::kOrderIdField, draft.idempotencyKey)
        .optionalString(BucksBusJson::kRefundedPaymentField, draft.paymentId);
    return makeRequest(account, credentials, HttpRequest::Method::Post, u"/withdraw"_s, body.toJson());
}

Result<HttpRequest> BucksBusRequests::createWithdrawal(
    const Account& account, const AccountCredentials& credentials, const WithdrawalDraft& draft)
{
    if (auto problem = checkCryptoAmount(draft.amount))
        return *problem;
    if (draft.address.trimmed().isEmpty()) {
        return RequestBuilding::validation(
            u"address"_s, QCoreApplication::translate("RequestBuilding", "Give the address to send to."));
    }
    if (!draft.tag.isEmpty())
        return RequestBuilding::unsupportedField(u"tag"_s, kGatewayName);
    if (!draft.network.isEmpty())
        return RequestBuilding::unsupportedField(u"network"_s, kGatewayName);
    JsonBodyWriter body;
    body.number(u"amount", draft.amount.amount)
        .string(u"asset_id", draft.amount.currency)
        .string(u"address", draft.address.trimmed())
        .optionalString(BucksBusJson::kOrderIdField, draft.foreignId);
    return makeRequest(account, credentials, HttpRequest::Method::Post, u"/withdraw"_s, body.toJson());
}

Result<HttpRequest> BucksBusRequests::getWithdrawal(
    const Account& account, const AccountCredentials& credentials, const QString& withdrawId)
{
    return getById(account, credentials, u"/withdraw/"_s, withdrawId, {}, u"withdrawId"_s);
}

Result<HttpRequest> BucksBusRequests::balances(const Account& account, const AccountCredentials& credentials)
{
    return makeRequest(account, credentials, HttpRequest::Method::Get, u"/accounts"_s);
}

Result<HttpRequest> BucksBusRequests::createAddress(
    const Account& account, const AccountCredentials& credentials, const AddressDraft& draft)
{
    QList<FieldProblem> problems;
    if (draft.currency.trimmed().isEmpty())
        problems.append({u"currency"_s, QCoreApplication::translate("RequestBuilding", "Choose an asset.")});
    else
        InvoiceChecks::checkCryptoAsset(draft.currency, u"currency"_s, problems);
    if (!problems.isEmpty())
        return RequestBuilding::validation(problems.first());
    if (!draft.network.isEmpty())
        return RequestBuilding::unsupportedField(u"network"_s, kGatewayName);
    JsonBodyWriter body;
    body.string(u"asset_id", draft.currency)
        .optionalString(u"description", draft.label)
        .optionalString(BucksBusJson::kOrderIdField, draft.customerReference);
    return makeRequest(account, credentials, HttpRequest::Method::Post, u"/dedicate"_s, body.toJson());
}

Result<HttpRequest> BucksBusRequests::releaseAddress(
    const Account& account, const AccountCredentials& credentials, const QString& dedicateId)
{
    if (!RequestBuilding::isSafePathSegment(dedicateId))
        return RequestBuilding::badId(u"dedicateId"_s);
    return makeRequest(account, credentials, HttpRequest::Method::Post, u"/dedicate/"_s + dedicateId + u"/release"_s);
}

Result<HttpRequest> BucksBusRequests::accountTest(const Account& account, const AccountCredentials& credentials)
{
    return balances(account, credentials);
}

} // namespace paydesk
