#include "providers/cryptocom/CryptoComRequests.h"

#include "core/Assets.h"
#include "core/validation/CryptoComInvoiceRules.h"
#include "providers/common/RequestSigning.h"

#include <QUrl>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

std::optional<ProviderError> checkAccount(const Account& account, const AccountCredentials& credentials)
{
    if (credentials.apiKey.isEmpty()) {
        ProviderError error;
        error.kind = ProviderError::Kind::Refused;
        error.message = CryptoComRequests::tr("The account has no Crypto.com Pay secret key.");
        return error;
    }
    if (!account.baseUrl.isValid() || account.baseUrl.host().isEmpty()) {
        ProviderError error;
        error.kind = ProviderError::Kind::Refused;
        error.message = CryptoComRequests::tr("The account's API address is not a valid URL.");
        return error;
    }
    return std::nullopt;
}

HttpRequest baseRequest(HttpRequest::Method method, const QUrl& url, const AccountCredentials& credentials)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.setHeader("Authorization", signing::basicAuthorization(credentials.apiKey, {}));
    request.setHeader("Accept", "application/json");
    return request;
}

// application/x-www-form-urlencoded: name=value pairs joined by '&', everything but unreserved characters
// percent-encoded (space as %20).
class FormBody
{
public:
    void add(const QString& name, const QString& value)
    {
        if (!m_bytes.isEmpty())
            m_bytes.append('&');
        m_bytes.append(QUrl::toPercentEncoding(name));
        m_bytes.append('=');
        m_bytes.append(QUrl::toPercentEncoding(value));
    }
    void addIfSet(const QString& name, const QString& value)
    {
        if (!value.isEmpty())
            add(name, value);
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

HttpRequest formPost(const QUrl& url, const AccountCredentials& credentials, const QByteArray& body)
{
    HttpRequest request = baseRequest(HttpRequest::Method::Post, url, credentials);
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.body = body;
    return request;
}

// The amount as whole minor units of its currency, or a Validation error naming `field`.
Result<QString> minorUnits(const Money& money, const QString& field)
{
    const QString currency = money.currency.trimmed().toUpper();
    const std::optional<int> exponent = cryptoComMinorUnitExponent(currency);
    if (!exponent)
        return ProviderError::validation(
            u"currency"_s, CryptoComRequests::tr("Crypto.com Pay does not take the currency %1.").arg(currency));
    if (money.amount.signum() <= 0)
        return ProviderError::validation(field, CryptoComRequests::tr("The amount must be greater than zero."));
    std::optional<QString> units = money.amount.toMinorUnits(*exponent);
    if (!units)
        return ProviderError::validation(field,
            CryptoComRequests::tr("%1 amounts can have at most %n decimal place(s).", nullptr, *exponent)
                .arg(currency));
    return *std::move(units);
}

Result<QString> idSegment(const QString& id, const QString& field)
{
    std::optional<QString> segment = endpoint::pathSegment(id);
    if (!segment)
        return ProviderError::validation(field, CryptoComRequests::tr("The id \"%1\" is not valid.").arg(id));
    return *std::move(segment);
}

bool isRefundReasonCode(const QString& reason)
{
    return reason == u"duplicate"_s || reason == u"fraudulent"_s || reason == u"requested_by_customer"_s;
}

} // namespace

Result<HttpRequest> CryptoComRequests::createPayment(
    const Account& account, const AccountCredentials& credentials, const InvoiceDraft& draft, const QDateTime& now)
{
    if (std::optional<ProviderError> refused = checkAccount(account, credentials))
        return *refused;
    const QList<FieldProblem> problems = validateCryptoComInvoice(draft);
    if (!problems.isEmpty())
        return ProviderError::validation(problems.first().field, problems.first().message);
    Result<QString> amount = minorUnits(draft.amount, u"amount"_s);
    if (!amount)
        return amount.error();

    FormBody body;
    body.add(u"amount"_s, amount.value());
    body.add(u"currency"_s, draft.amount.currency.trimmed().toUpper());
    body.addIfSet(u"description"_s, draft.description);
    body.addIfSet(u"order_id"_s, draft.orderId);
    body.addIfSet(u"return_url"_s, draft.returnUrl);
    if (draft.lifetime)
        body.add(u"expired_at"_s, QString::number(now.toSecsSinceEpoch() + draft.lifetime->count()));
    return formPost(endpoint::join(account.baseUrl, u"/payments"), credentials, body.bytes());
}

Result<HttpRequest> CryptoComRequests::getPayment(
    const Account& account, const AccountCredentials& credentials, const QString& paymentId)
{
    if (std::optional<ProviderError> refused = checkAccount(account, credentials))
        return *refused;
    Result<QString> segment = idSegment(paymentId, u"paymentId"_s);
    if (!segment)
        return segment.error();
    return baseRequest(HttpRequest::Method::Get,
        endpoint::join(account.baseUrl, QString(u"/payments/"_s + segment.value())), credentials);
}

Result<HttpRequest> CryptoComRequests::listPayments(
    const Account& account, const AccountCredentials& credentials, const endpoint::QueryItems& paging)
{
    if (std::optional<ProviderError> refused = checkAccount(account, credentials))
        return *refused;
    return baseRequest(HttpRequest::Method::Get, endpoint::join(account.baseUrl, u"/payments", paging), credentials);
}

Result<HttpRequest> CryptoComRequests::cancelPayment(
    const Account& account, const AccountCredentials& credentials, const QString& paymentId)
{
    if (std::optional<ProviderError> refused = checkAccount(account, credentials))
        return *refused;
    Result<QString> segment = idSegment(paymentId, u"paymentId"_s);
    if (!segment)
        return segment.error();
    return formPost(endpoint::join(account.baseUrl, QString(u"/payments/"_s + segment.value() + u"/cancel"_s)),
        credentials, QByteArray());
}

Result<HttpRequest> CryptoComRequests::createRefund(
    const Account& account, const AccountCredentials& credentials, const RefundDraft& draft)
{
    if (std::optional<ProviderError> refused = checkAccount(account, credentials))
        return *refused;
    if (draft.paymentId.trimmed().isEmpty())
        return ProviderError::validation(u"paymentId"_s, tr("Choose the payment to refund."));
    if (!draft.address.isEmpty())
        return ProviderError::validation(
            u"address"_s, tr("Crypto.com Pay refunds to the payer's app; it does not take an address."));
    if (!draft.network.isEmpty())
        return ProviderError::validation(
            u"network"_s, tr("Crypto.com Pay does not take a blockchain network for refunds."));
    Result<QString> amount = minorUnits(draft.amount, u"amount"_s);
    if (!amount)
        return amount.error();

    FormBody body;
    body.add(u"payment_id"_s, draft.paymentId.trimmed());
    body.add(u"amount"_s, amount.value());
    body.add(u"currency"_s, draft.amount.currency.trimmed().toUpper());
    const QString reason = draft.reason.trimmed();
    if (isRefundReasonCode(reason))
        body.add(u"reason"_s, reason);
    else
        body.addIfSet(u"description"_s, reason);
    return formPost(endpoint::join(account.baseUrl, u"/refunds"), credentials, body.bytes());
}

Result<HttpRequest> CryptoComRequests::getRefund(
    const Account& account, const AccountCredentials& credentials, const QString& refundId)
{
    if (std::optional<ProviderError> refused = checkAccount(account, credentials))
        return *refused;
    Result<QString> segment = idSegment(refundId, u"refundId"_s);
    if (!segment)
        return segment.error();
    return baseRequest(HttpRequest::Method::Get,
        endpoint::join(account.baseUrl, QString(u"/refunds/"_s + segment.value())), credentials);
}

Result<HttpRequest> CryptoComRequests::accountTest(
    const Account& account, const AccountCredentials& credentials, const endpoint::QueryItems& paging)
{
    return listPayments(account, credentials, paging);
}

} // namespace paydesk
