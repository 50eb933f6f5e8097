#include "providers/cryptomus/CryptomusRequests.h"

#include "core/validation/CryptomusInvoiceRules.h"
#include "core/validation/InvoiceChecks.h"
#include "providers/common/CompactJsonWriter.h"
#include "providers/common/EndpointUrl.h"
#include "providers/common/RequestSigning.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

enum class Key { Payment, Payout };

constexpr std::chrono::milliseconds kCreatingTimeout{45'000};
constexpr int kGatewayUtcOffsetSeconds = 3 * 3600; // Cryptomus reads and writes times in UTC+3
constexpr qsizetype kMaxWalletOrderIdLength = 100; // static wallets and payouts (invoices: 128)
const QString kGatewayName = u"Cryptomus"_s;

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

// A compact JSON object with the given string members, in order.
QByteArray objectWith(std::initializer_list<std::pair<QStringView, QString>> members)
{
    CompactJsonWriter body;
    body.beginObject();
    for (const auto& [key, value] : members)
        body.addString(key, value);
    return body.endObject().bytes();
}

Result<HttpRequest> makeRequest(const Account& account, const AccountCredentials& credentials, Key key,
    const QString& path, const QByteArray& body, bool creating = false, const QString& cursor = {})
{
    const QByteArray& secret = key == Key::Payout ? credentials.payoutKey : credentials.apiKey;
    if (secret.isEmpty()) {
        return ProviderError::refused(key == Key::Payout
                ? translated("The account has no Cryptomus payout key: add it in the account settings.")
                : translated("The account has no Cryptomus payment key: add it in the account settings."));
    }
    if (account.merchantId.trimmed().isEmpty())
        return ProviderError::refused(
            translated("The account has no Cryptomus merchant id: add it in the account settings."));
    if (!endpoint::isHttpBase(account.baseUrl))
        return ProviderError::refused(translated("The account's API address is not a valid http(s) URL."));
    endpoint::QueryItems query;
    if (!cursor.isEmpty())
        query.append({u"cursor"_s, cursor});
    // The documented base is the host; accept a base that already names the API version.
    const QString basePath = account.baseUrl.path();
    const bool baseHasVersion = basePath.endsWith(u"/v1"_s) || basePath.endsWith(u"/v1/"_s);
    HttpRequest request;
    request.method = HttpRequest::Method::Post;
    request.url = endpoint::join(account.baseUrl, QString((baseHasVersion ? u""_s : u"/v1"_s) + path), query);
    request.body = body;
    request.setHeader("merchant", account.merchantId.trimmed().toUtf8());
    request.setHeader("sign", signing::cryptomusSignature(secret, body));
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    if (creating)
        request.timeout = kCreatingTimeout;
    else
        request.idempotent = true; // reads, and blocking a wallet twice: safe to repeat
    return request;
}

Result<HttpRequest> byField(const Account& account, const AccountCredentials& credentials, Key key, const QString& path,
    QStringView field, const QString& value, const QString& draftField)
{
    if (value.trimmed().isEmpty())
        return ProviderError::validation(draftField, translated("Give the id to look up."));
    return makeRequest(account, credentials, key, path, objectWith({{field, value.trimmed()}}));
}

// order_id of a static wallet or payout: 1–100 characters, letters, digits, '_' and '-' (alpha_dash; ASCII here).
void checkOrderId(const QString& orderId, const QString& field, QList<FieldProblem>& problems)
{
    if (orderId.isEmpty()) {
        problems.append({field, translated("Cryptomus needs an order id.")});
        return;
    }
    if (orderId.size() > kMaxWalletOrderIdLength) {
        problems.append({field, translated("Cryptomus takes an order id of at most 100 characters here.")});
        return;
    }
    for (const QChar c : orderId) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
                || u == u'-')) {
            problems.append({field, translated("The order id may only hold letters, digits, underscores and dashes.")});
            return;
        }
    }
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
        return invalid(problems.first());
    CompactJsonWriter body;
    body.beginObject()
        .addString(u"amount", draft.amount.amount.toString())
        .addString(u"currency", draft.amount.currency)
        .addString(u"order_id", draft.orderId)
        .addOptionalString(u"network", draft.network)
        .addOptionalString(u"to_currency", draft.payCurrency);
    if (draft.lifetime)
        body.addInteger(u"lifetime", draft.lifetime->count());
    body.addOptionalString(u"url_return", draft.returnUrl).addOptionalString(u"additional_data", draft.description);
    if (!draft.allowedCurrencies.isEmpty()) {
        body.beginArray(u"currencies");
        for (const QString& code : draft.allowedCurrencies)
            body.beginObject().addString(u"currency", code).endObject();
        body.endArray();
    }
    if (draft.discountPercent)
        body.addInteger(u"discount_percent", *draft.discountPercent);
    body.endObject();
    return makeRequest(account, credentials, Key::Payment, u"/payment"_s, body.bytes(), true);
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

namespace {

// v1/payment/list and v1/payout/list take the same body: an optional date window (`date_from`, `date_to`).
Result<QByteArray> listBody(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    if (fromUtc.isValid() && toUtc.isValid() && fromUtc > toUtc)
        return ProviderError::validation(u"from"_s, translated("Give a start date on or before the end date."));
    CompactJsonWriter body;
    body.beginObject();
    if (fromUtc.isValid())
        body.addString(u"date_from", gatewayTime(fromUtc));
    if (toUtc.isValid())
        body.addString(u"date_to", gatewayTime(toUtc));
    body.endObject();
    return body.bytes();
}

} // namespace

Result<HttpRequest> CryptomusRequests::listInvoices(const Account& account, const AccountCredentials& credentials,
    const QDateTime& fromUtc, const QDateTime& toUtc, const QString& cursor)
{
    const Result<QByteArray> body = listBody(fromUtc, toUtc);
    if (!body.ok())
        return body.error();
    return makeRequest(account, credentials, Key::Payment, u"/payment/list"_s, body.value(), false, cursor);
}

Result<HttpRequest> CryptomusRequests::refund(
    const Account& account, const AccountCredentials& credentials, const RefundDraft& draft)
{
    if (draft.paymentId.trimmed().isEmpty()) {
        return ProviderError::validation(u"paymentId"_s, translated("Choose the payment to refund."));
    }
    if (draft.address.trimmed().isEmpty()) {
        return ProviderError::validation(u"address"_s, translated("Give the payer's address to refund to."));
    }
    if (!draft.amount.amount.isZero()) {
        return ProviderError::validation(
            u"amount"_s, translated("Cryptomus refunds the whole payment; leave the amount empty."));
    }
    if (!draft.network.isEmpty())
        return unsupported(u"network"_s);
    if (!draft.reason.isEmpty())
        return unsupported(u"reason"_s);
    CompactJsonWriter body;
    body.beginObject()
        .addString(u"address", draft.address.trimmed())
        .addBool(u"is_subtract", !draft.feeFromRefund)
        .addString(u"uuid", draft.paymentId.trimmed())
        .endObject();
    return makeRequest(account, credentials, Key::Payment, u"/payment/refund"_s, body.bytes(), true);
}

Result<HttpRequest> CryptomusRequests::balances(const Account& account, const AccountCredentials& credentials)
{
    return makeRequest(account, credentials, Key::Payment, u"/balance"_s, {});
}

Result<HttpRequest> CryptomusRequests::services(const Account& account, const AccountCredentials& credentials)
{
    return makeRequest(account, credentials, Key::Payment, u"/payment/services"_s, {});
}

Result<HttpRequest> CryptomusRequests::createAddress(
    const Account& account, const AccountCredentials& credentials, const AddressDraft& draft)
{
    QList<FieldProblem> problems;
    InvoiceChecks::checkCryptoAsset(draft.currency, u"currency"_s, problems);
    if (draft.network.trimmed().isEmpty()) {
        problems.append({u"network"_s, translated("Cryptomus needs the network of a static wallet.")});
    }
    if (draft.customerReference.trimmed().isEmpty()) {
        problems.append({u"customerReference"_s, translated("Cryptomus needs an order id for a static wallet.")});
    } else {
        checkOrderId(draft.customerReference.trimmed(), u"customerReference"_s, problems);
    }
    if (!problems.isEmpty())
        return invalid(problems.first());
    if (!draft.label.isEmpty())
        return unsupported(u"label"_s);
    const QByteArray body = objectWith({{u"currency", draft.currency}, {u"network", draft.network.trimmed()},
        {u"order_id", draft.customerReference.trimmed()}});
    return makeRequest(account, credentials, Key::Payment, u"/wallet"_s, body, true);
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
        problems.append({u"address"_s, translated("Give the address to send to.")});
    }
    checkOrderId(draft.foreignId.trimmed(), u"foreignId"_s, problems);
    if (!problems.isEmpty())
        return invalid(problems.first());
    CompactJsonWriter body;
    body.beginObject()
        .addString(u"amount", draft.amount.amount.toString())
        .addString(u"currency", draft.amount.currency)
        .addString(u"order_id", draft.foreignId.trimmed())
        .addString(u"address", draft.address.trimmed())
        .addBool(u"is_subtract", true)
        .addOptionalString(u"network", draft.network.trimmed())
        .addOptionalString(u"memo", draft.tag)
        .endObject();
    return makeRequest(account, credentials, Key::Payout, u"/payout"_s, body.bytes(), true);
}

Result<HttpRequest> CryptomusRequests::getWithdrawal(
    const Account& account, const AccountCredentials& credentials, const QString& uuid)
{
    return byField(account, credentials, Key::Payout, u"/payout/info"_s, u"uuid", uuid, u"id"_s);
}

Result<HttpRequest> CryptomusRequests::getWithdrawalByOrderId(
    const Account& account, const AccountCredentials& credentials, const QString& orderId)
{
    return byField(account, credentials, Key::Payout, u"/payout/info"_s, u"order_id", orderId, u"foreignId"_s);
}

Result<HttpRequest> CryptomusRequests::listWithdrawals(const Account& account, const AccountCredentials& credentials,
    const QDateTime& fromUtc, const QDateTime& toUtc, const QString& cursor)
{
    const Result<QByteArray> body = listBody(fromUtc, toUtc);
    if (!body.ok())
        return body.error();
    return makeRequest(account, credentials, Key::Payout, u"/payout/list"_s, body.value(), false, cursor);
}

Result<HttpRequest> CryptomusRequests::accountTest(const Account& account, const AccountCredentials& credentials)
{
    return balances(account, credentials);
}

} // namespace paydesk
