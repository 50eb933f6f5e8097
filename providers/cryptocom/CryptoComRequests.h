#pragma once

#include "core/Result.h"
#include "core/domain/Account.h"
#include "core/domain/InvoiceDraft.h"
#include "core/domain/RefundDraft.h"
#include "providers/AccountCredentials.h"
#include "providers/common/EndpointUrl.h"
#include "providers/http/HttpRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace paydesk {

// Crypto.com Pay requests: account.baseUrl (https://pay.crypto.com/api) + the endpoint path. Every request carries
// "Authorization: Basic base64(<secret key>:)" and "Accept: application/json"; POSTs send a form-encoded body
// ("Content-Type: application/x-www-form-urlencoded", values percent-encoded, space as %20) with amounts as integer
// minor units (cryptoComMinorUnitExponent; an unknown currency is refused, never guessed).
//
// Errors, never a request: Refused when the secret key is missing; Validation (field = the draft member) for a draft
// the gateway cannot take (validateCryptoComInvoice's first problem, an amount that is not a whole number of minor
// units, an id that cannot be a path segment).
class CryptoComRequests final
{
    Q_DECLARE_TR_FUNCTIONS(CryptoComRequests)

public:
    // POST /payments: amount, currency, description, order_id, return_url, expired_at (now + lifetime, Unix seconds),
    // in that order, empty ones left out.
    static Result<HttpRequest> createPayment(const Account& account, const AccountCredentials& credentials,
        const InvoiceDraft& draft, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // GET /payments/{id}
    static Result<HttpRequest> getPayment(
        const Account& account, const AccountCredentials& credentials, const QString& paymentId);
    // GET /payments?<paging>. The paging parameters are not published: the caller passes the configured names and
    // values (for example {"page","2"},{"per_page","100"}) and they are sent verbatim, in order.
    static Result<HttpRequest> listPayments(
        const Account& account, const AccountCredentials& credentials, const endpoint::QueryItems& paging = {});
    // POST /payments/{id}/cancel with an empty body (only pending payments can be cancelled).
    static Result<HttpRequest> cancelPayment(
        const Account& account, const AccountCredentials& credentials, const QString& paymentId);
    // POST /refunds: payment_id, amount, currency, reason, description. A draft reason that is one of the documented
    // codes (duplicate, fraudulent, requested_by_customer) goes to `reason`; any other text goes to `description`.
    // address / network are refused (Crypto.com refunds to the paying app user).
    static Result<HttpRequest> createRefund(
        const Account& account, const AccountCredentials& credentials, const RefundDraft& draft);
    // GET /refunds/{id}
    static Result<HttpRequest> getRefund(
        const Account& account, const AccountCredentials& credentials, const QString& refundId);
    // The account test: GET /payments (Crypto.com has no ping; a list proves the key is accepted).
    static Result<HttpRequest> accountTest(
        const Account& account, const AccountCredentials& credentials, const endpoint::QueryItems& paging = {});
};

} // namespace paydesk
