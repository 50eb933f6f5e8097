#include "providers/cryptomus/CryptomusRequests.h"

#include "core/validation/CryptomusInvoiceRules.h"
#include "core/validation/InvoiceChecks.h"
#include "providers/common/JsonBodyWriter.h"
#include "providers/common/RequestBuilding.h"
#include "providers/common/RequestSigning.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

enum class Key { Payment, Payout };

constexpr std::chrono::milliseconds kCreatingTimeout{45'000};
constexpr int kGatewayUtcOffsetSeconds = 3 * 3600; // Cryptomus reads and writes times in UTC+3

QString gatewayName()
{
    return u"Cryptomus"_s;
}

Result<HttpRequest> makeRequest(const Account& account, const AccountCredentials& credentials, Key key,
    const QString& path, const QByteArray& body, bool creating = false, const QString& cursor = {})
{
    const QByteArray& secret = key == Key::Payout ? credentials.payoutKey : credentials.apiKey;
    if (secret.isEmpty()) {
        return RequestBuilding::missingCredential(key == Key::Payout
                ? QCoreApplication::translate("RequestBuilding", "payout key")
                : QCoreApplication::translate("RequestBuilding", "payment key"));
    }
    if (account.merchantId.trimmed().isEmpty())
        return RequestBuilding::missingCredential(QCoreApplication::translate("RequestBuilding", "merchant id"));
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.setQuery(u"cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor))); // encoded as it is
    // The documented base is the host; accept a base that already names the API version.
    const QString basePath = account.baseUrl.path();
    const bool baseHasVersion = basePath.endsWith(u"/v1"_s) || basePath.endsWith(u"/v1/"_s);
    const auto url = RequestBuilding::endpoint(account.baseUrl, (baseHasVersion ? u""_s : u"/v1"_s) + path, query);
    if (!url)
        return RequestBuilding::badBaseUrl();
    HttpRequest request;
    request.method = HttpRequest::Method::Post;
    request.url = *url;
    request.body = body;
    request.setHeader("merchant", account.merchantId.trimmed().toUtf8());
    request.setHeader("sign", signing::cryptomusSignature(secret, body));
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    if (creating)
        request.timeout = kCreatingTimeout;
    return request;
}

Result<HttpRequest> byField(const Account& account, const AccountCredentials& credentials, Key key, const QString& path,
    QStringView field, const QString& value, const QString& draftField)
{
    if (value.trimmed().isEmpty()) {
        return RequestBuilding::validation(
            draftField, QCoreApplication::translate("RequestBuilding", "Give the id to look up."));
    }
    JsonBodyWriter body;
    body.string(field, value.trimmed());
    return makeRequest(account, credentials, key, path, body.toJson());
}

QString gatewayTime(const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone(kGatewayUtcOffsetSeconds)).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

Result<HttpRequest> CryptomusRequests::createInvoice(
    const Account& account, const AccountCredentials& credentials, const InvoiceDraft& draft)
{
    const QList<FieldProblem> problems = validateCryptomusInvoice(draft);
    if (!problems.isEmpty())
        return RequestBuilding::validation(problems.first());
    JsonBodyWriter body;
    body.string(u"amount", draft.amount.amount.toString())
        .string(u"currency", draft.amount.currency)
        .string(u"order_id", draft.orderId)
        .optionalString(u"network", draft.network)
        .optionalString(u"to_currency", draft.payCurrency);
    if (draft.lifetime)
        body.integer(u"lifetime", draft.lifetime->count());
    body.optionalString(u"url_return", draft.returnUrl).optionalString(u"additional_data", draft.description);
    if (!draft.allowedCurrencies.isEmpty()) {
        QByteArray list = "[";
        for (const QString& code : draft.allowedCurrencies) {
            if (list.size() > 1)
                list.append(',');
            list.append(JsonBodyWriter().string(u"currency", code).toJson());
        }
        list.append(']');
        body.rawValue(u"currencies", list);
    }
    if (draft.discountPercent)
        body.integer(u"discount_percent", *draft.discountPercent);
    return makeRequest(account, credentials, Key::Payment, u"/payment"_s, body.toJson(), true);
}

Result<HttpRequest> CryptomusRequests::getInvoice(
    const Account& account, const AccountCredentials& credentials, const QString& uuid)
{
    return byField(account, credentials, Key::Payment, u"/payment/info"_s, u"uuid", uuid, u"paymentId"_s);
}

Result<HttpRequest> CryptomusRequests::getInvoiceByOrderId(
    const Account& account, const AccountCredentials& credentials, const QString& orderId)
{
    return byField(account, credentials, Key::Payment, u"/payment/info"_s, u"order_id", orderId, u"orderId"_s);
}

Result<HttpRequest> CryptomusRequests::listInvoices(const Account& account, const AccountCredentials& credentials,
    const QDateTime& fromUtc, const QDateTime& toUtc, const QString& cursor)
{
    if (fromUtc.isValid() && toUtc.isValid() && fromUtc > toUtc) {
        return RequestBuilding::validation(
            u"from"_s, QCoreApplication::translate("RequestBuilding", "Give a start date on or before the end date."));
    }
    JsonBodyWriter body;
    if (fromUtc.isValid())
        body.string(u"date_from", gatewayTime(fromUtc));
    if (toUtc.isValid())
        body.string(u"date_to", gatewayTime(toUtc));
    return makeRequest(account, credentials, Key::Payment, u"/payment/list"_s, body.toJson(), false, cursor);
}

Result<HttpRequest> CryptomusRequests::refund(
    const Account& account, const AccountCredentials& credentials, const RefundDraft& draft)
{
    if (draft.paymentId.trimmed().isEmpty()) {
        return RequestBuilding::validation(
            u"paymentId"_s, QCoreApplication::translate("RequestBuilding", "Choose the payment to refund."));
    }
    if (draft.address.trimmed().isEmpty()) {
        return RequestBuilding::validation(
            u"address"_s, QCoreApplication::translate("RequestBuilding", "Give the payer's address to refund to."));
    }
    if (!draft.amount.amount.isZero()) {
        return RequestBuilding::validation(u"amount"_s,
            QCoreApplication::translate(
                "RequestBuilding", "Cryptomus refunds the whole payment; leave the amount empty."));
    }
    if (!draft.network.isEmpty())
        return RequestBuilding::unsupportedField(u"network"_s, gatewayName());
    if (!draft.reason.isEmpty())
        return RequestBuilding::unsupportedField(u"reason"_s, gatewayName());
    JsonBodyWriter body;
    body.string(u"address", draft.address.trimmed())
        .boolean(u"is_subtract", !draft.feeFromRefund)
        .string(u"uuid", draft.paymentId.trimmed());
    return makeRequest(account, credentials, Key::Payment, u"/payment/refund"_s, body.toJson(), true);
}

Result<HttpRequest> CryptomusRequests::balances(const Account& account, const AccountCredentials& credentials)
{
    return makeRequest(account, credentials, Key::Payment, u"/balance"_s, {});
}

Result<HttpRequest> CryptomusRequests::createAddress(
    const Account& account, const AccountCredentials& credentials, const AddressDraft& draft)
{
    QList<FieldProblem> problems;
    InvoiceChecks::checkCryptoAsset(draft.currency, u"currency"_s, problems);
    if (draft.network.trimmed().isEmpty()) {
        problems.append({u"network"_s,
            QCoreApplication::translate("RequestBuilding", "Cryptomus needs the network of a static wallet.")});
    }
    if (draft.customerReference.trimmed().isEmpty()) {
        problems.append({u"customerReference"_s,
            QCoreApplication::translate("RequestBuilding", "Cryptomus needs an order id for a static wallet.")});
    }
    if (!problems.isEmpty())
        return RequestBuilding::validation(problems.first());
    if (!draft.label.isEmpty())
        return RequestBuilding::unsupportedField(u"label"_s, gatewayName());
    JsonBodyWriter body;
    body.string(u"currency", draft.currency)
        .string(u"network", draft.network.trimmed())
        .string(u"order_id", draft.customerReference.trimmed());
    return makeRequest(account, credentials, Key::Payment, u"/wallet"_s, body.toJson(), true);
}

Result<HttpRequest> CryptomusRequests::releaseAddress(
    const Account& account, const AccountCredentials& credentials, const QString& walletUuid)
{
    return byField(account, credentials, Key::Payment, u"/wallet/block-address"_s, u"uuid", walletUuid, u"id"_s);
}

Result<HttpRequest> CryptomusRequests::createWithdrawal(
    const Account& account, const AccountCredentials& credentials, const WithdrawalDraft& draft)
{
    QList<FieldProblem> problems;
    InvoiceChecks::checkAmount(draft.amount, problems);
    if (draft.address.trimmed().isEmpty()) {
        problems.append({u"address"_s, QCoreApplication::translate("RequestBuilding", "Give the address to send to.")});
    }
    if (draft.foreignId.trimmed().isEmpty()) {
        problems.append(
            {u"foreignId"_s, QCoreApplication::translate("RequestBuilding", "Cryptomus needs an order id.")});
    }
    if (!problems.isEmpty())
        return RequestBuilding::validation(problems.first());
    JsonBodyWriter body;
    body.string(u"amount", draft.amount.amount.toString())
        .string(u"currency", draft.amount.currency)
        .string(u"order_id", draft.foreignId.trimmed())
        .string(u"address", draft.address.trimmed())
        .boolean(u"is_subtract", true)
        .optionalString(u"network", draft.network.trimmed())
        .optionalString(u"memo", draft.tag);
    return makeRequest(account, credentials, Key::Payout, u"/payout"_s, body.toJson(), true);
}

Result<HttpRequest> CryptomusRequests::getWithdrawal(
    const Account& account, const AccountCredentials& credentials, const QString& uuid)
{
    return byField(account, credentials, Key::Payout, u"/payout/info"_s, u"uuid", uuid, u"id"_s);
}

Result<HttpRequest> CryptomusRequests::listWithdrawals(
    const Account& account, const AccountCredentials& credentials, const QString& cursor)
{
    return makeRequest(account, credentials, Key::Payout, u"/payout/list"_s, "{}", false, cursor);
}

Result<HttpRequest> CryptomusRequests::accountTest(const Account& account, const AccountCredentials& credentials)
{
    return balances(account, credentials);
}

} // namespace paydesk
