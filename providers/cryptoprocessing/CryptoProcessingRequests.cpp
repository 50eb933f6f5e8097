#include "providers/cryptoprocessing/CryptoProcessingRequests.h"

#include "core/Assets.h"
#include "core/validation/CryptoProcessingInvoiceRules.h"
#include "providers/common/CompactJsonWriter.h"
#include "providers/common/EndpointUrl.h"
#include "providers/common/RequestSigning.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

std::optional<ProviderError> checkBaseUrl(const Account& account)
{
    if (!account.baseUrl.isValid() || account.baseUrl.host().isEmpty())
        return ProviderError::refused(CryptoProcessingRequests::tr("The account's API address is not a valid URL."));
    return std::nullopt;
}

std::optional<ProviderError> checkAccount(const Account& account, const AccountCredentials& credentials)
{
    if (credentials.apiKey.isEmpty() || credentials.apiSecret.isEmpty())
        return ProviderError::refused(
            CryptoProcessingRequests::tr("The account has no CryptoProcessing API key and secret."));
    return checkBaseUrl(account);
}

HttpRequest signedPost(
    const Account& account, const AccountCredentials& credentials, QStringView path, const QByteArray& body)
{
    HttpRequest request;
    request.method = HttpRequest::Method::Post;
    request.url = endpoint::join(account.baseUrl, path);
    request.body = body.isEmpty() ? QByteArray("{}") : body;
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    request.setHeader("X-Processing-Key", credentials.apiKey);
    request.setHeader(
        "X-Processing-Signature", signing::cryptoProcessingSignature(credentials.apiSecret, request.body));
    return request;
}

// A positive decimal amount within the asset's precision, as the canonical text the gateway takes ("0.01").
Result<QString> amountText(const Money& money)
{
    if (money.currency.trimmed().isEmpty())
        return ProviderError::validation(u"currency"_s, CryptoProcessingRequests::tr("Choose a currency."));
    if (money.amount.signum() <= 0)
        return ProviderError::validation(
            u"amount"_s, CryptoProcessingRequests::tr("The amount must be greater than zero."));
    if (const std::optional<AssetInfo> asset = findAsset(money.currency.trimmed());
        asset && money.amount.normalized().scale() > asset->precision) {
        return ProviderError::validation(u"amount"_s,
            CryptoProcessingRequests::tr("%1 amounts can have at most %n decimal place(s).", nullptr, asset->precision)
                .arg(asset->code));
    }
    return money.amount.normalized().toString();
}

// A list the gateway reads with an empty body, signed ({}): a read, safe to repeat.
Result<HttpRequest> signedList(const Account& account, const AccountCredentials& credentials, QStringView path)
{
    if (std::optional<ProviderError> error = checkAccount(account, credentials))
        return *error;
    HttpRequest request = signedPost(account, credentials, path, QByteArray("{}"));
    request.idempotent = true;
    return request;
}

} // namespace

Result<HttpRequest> CryptoProcessingRequests::createPaymentRequest(
    const Account& account, const AccountCredentials& credentials, const InvoiceDraft& draft)
{
    if (std::optional<ProviderError> error = checkAccount(account, credentials))
        return *error;
    const QList<FieldProblem> problems = validateCryptoProcessingInvoice(draft);
    if (!problems.isEmpty())
        return ProviderError::validation(problems.first().field, problems.first().message);
    Result<QString> amount = amountText(draft.amount);
    if (!amount)
        return amount.error();

    CompactJsonWriter json;
    json.beginObject();
    json.addString(u"amount", amount.value());
    json.beginObject(u"currency").addString(u"iso", draft.amount.currency.trimmed().toUpper()).endObject();
    json.addRaw(u"life_time_duration", QByteArray::number(qint64(draft.lifetime->count())));
    if (!draft.payCurrency.isEmpty()) {
        json.beginObject(u"payment_currency").addString(u"iso", draft.payCurrency.trimmed().toUpper());
        if (!draft.network.isEmpty())
            json.addString(u"network_name", draft.network.trimmed());
        json.endObject();
    }
    if (!draft.payerEmail.isEmpty())
        json.addString(u"end_user_email", draft.payerEmail.trimmed());
    if (!draft.description.isEmpty())
        json.addString(u"description", draft.description);
    json.addString(u"foreign_id", draft.orderId.trimmed());
    if (!draft.returnUrl.isEmpty())
        json.addString(u"url_success", draft.returnUrl);
    json.endObject();
    return signedPost(account, credentials, u"/api/payments/v1/requests", json.bytes());
}

Result<HttpRequest> CryptoProcessingRequests::transactionInfo(
    const Account& account, const AccountCredentials& credentials, LookupKey key, const QString& value)
{
    if (std::optional<ProviderError> error = checkAccount(account, credentials))
        return *error;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return ProviderError::validation(u"id"_s, tr("Give the id, foreign id or transaction hash to look up."));
    CompactJsonWriter json;
    json.beginObject();
    switch (key) {
    case LookupKey::Id: {
        // Transaction ids are integers; the vendor sends them as JSON numbers.
        bool digitsOnly = trimmed.size() <= 19;
        for (const QChar c : trimmed)
            digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
        if (!digitsOnly)
            return ProviderError::validation(u"id"_s, tr("A CryptoProcessing transaction id is a whole number."));
        json.addRaw(u"id", trimmed.toLatin1());
        break;
    }
    case LookupKey::ForeignId:
        json.addString(u"foreign_id", trimmed);
        break;
    case LookupKey::TxId:
        json.addString(u"txid", trimmed);
        break;
    }
    json.endObject();
    HttpRequest request = signedPost(account, credentials, u"/api/v2/transactions/info", json.bytes());
    request.idempotent = true; // a read: safe to repeat
    return request;
}

Result<HttpRequest> CryptoProcessingRequests::balances(const Account& account, const AccountCredentials& credentials)
{
    return signedList(account, credentials, u"/api/v2/accounts/list");
}

Result<HttpRequest> CryptoProcessingRequests::currencies(const Account& account, const AccountCredentials& credentials)
{
    return signedList(account, credentials, u"/api/v2/currencies/list");
}

Result<HttpRequest> CryptoProcessingRequests::takeAddress(
    const Account& account, const AccountCredentials& credentials, const AddressDraft& draft)
{
    if (std::optional<ProviderError> error = checkAccount(account, credentials))
        return *error;
    const QString currency = draft.currency.trimmed().toUpper();
    if (currency.isEmpty())
        return ProviderError::validation(u"currency"_s, tr("Choose a currency."));
    if (draft.customerReference.trimmed().isEmpty())
        return ProviderError::validation(u"customerReference"_s,
            tr("CryptoProcessing needs a customer reference (foreign id) for a deposit address."));
    if (!draft.network.isEmpty())
        return ProviderError::validation(u"network"_s,
            tr("CryptoProcessing picks the network through the currency code; it takes no separate network."));
    if (!draft.label.isEmpty())
        return ProviderError::validation(u"label"_s, tr("CryptoProcessing deposit addresses have no label."));

    CompactJsonWriter json;
    json.beginObject();
    json.addString(u"currency", currency);
    json.addString(u"foreign_id", draft.customerReference.trimmed());
    json.endObject();
    return signedPost(account, credentials, u"/api/v2/addresses/take", json.bytes());
}

Result<HttpRequest> CryptoProcessingRequests::withdrawCrypto(
    const Account& account, const AccountCredentials& credentials, const WithdrawalDraft& draft)
{
    if (std::optional<ProviderError> error = checkAccount(account, credentials))
        return *error;
    if (draft.foreignId.trimmed().isEmpty())
        return ProviderError::validation(u"foreignId"_s, tr("A withdrawal needs a unique foreign id."));
    if (draft.address.trimmed().isEmpty())
        return ProviderError::validation(u"address"_s, tr("Give the address to send to."));
    if (!draft.network.isEmpty())
        return ProviderError::validation(u"network"_s,
            tr("CryptoProcessing picks the network through the currency code; it takes no separate network."));
    Result<QString> amount = amountText(draft.amount);
    if (!amount)
        return amount.error();

    CompactJsonWriter json;
    json.beginObject();
    json.addString(u"foreign_id", draft.foreignId.trimmed());
    json.addString(u"amount", amount.value());
    json.addString(u"currency", draft.amount.currency.trimmed().toUpper());
    json.addString(u"address", draft.address.trimmed());
    if (!draft.tag.isEmpty())
        json.addString(u"tag", draft.tag.trimmed());
    json.endObject();
    return signedPost(account, credentials, u"/api/v2/withdrawal/crypto", json.bytes());
}

Result<HttpRequest> CryptoProcessingRequests::ping(const Account& account)
{
    if (std::optional<ProviderError> error = checkBaseUrl(account))
        return *error;
    HttpRequest request;
    request.method = HttpRequest::Method::Get;
    request.url = endpoint::join(account.baseUrl, u"/api/v2/ping");
    request.setHeader("Accept", "*/*");
    return request;
}

Result<HttpRequest> CryptoProcessingRequests::accountTest(const Account& account, const AccountCredentials& credentials)
{
    return balances(account, credentials);
}

} // namespace paydesk
