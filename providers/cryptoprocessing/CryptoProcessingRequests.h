#pragma once

#include "core/Result.h"
#include "core/domain/Account.h"
#include "core/domain/AddressDraft.h"
#include "core/domain/InvoiceDraft.h"
#include "core/domain/WithdrawalDraft.h"
#include "providers/AccountCredentials.h"
#include "providers/http/HttpRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace paydesk {

// CryptoProcessing (CoinsPaid) requests: account.baseUrl (https://app.cryptoprocessing.com, or the sandbox host) +
// the endpoint path. Signed calls are POSTs with "Content-Type: application/json", "Accept: application/json",
// "X-Processing-Key: <api key>" and "X-Processing-Signature: <hex HMAC-SHA512(api secret, body)>" computed over the
// exact body bytes, which are compact JSON in a fixed field order (a call without fields sends and signs "{}").
//
// The POSTs that only read (transactions/info, accounts/list) are marked idempotent, so HttpClient::send() takes and
// retries them; the creating calls are not (they go through the journal).
//
// Errors, never a request: Refused when the key or secret is missing or the base URL is unusable; Validation
// (field = the draft member) for a draft the gateway cannot take, including fields it has no parameter for.
class CryptoProcessingRequests final
{
    Q_DECLARE_TR_FUNCTIONS(CryptoProcessingRequests)

public:
    enum class LookupKey { Id, ForeignId, TxId };

    // POST /api/payments/v1/requests: amount (decimal string), currency {"iso"}, life_time_duration (seconds),
    // payment_currency {"iso","network_name"} (from payCurrency / network), end_user_email, description,
    // foreign_id (orderId), url_success (returnUrl) — in that order, empty ones left out. The draft must pass
    // validateCryptoProcessingInvoice.
    static Result<HttpRequest> createPaymentRequest(
        const Account& account, const AccountCredentials& credentials, const InvoiceDraft& draft);
    // POST /api/v2/transactions/info with exactly one of {"id": <number>}, {"foreign_id": "…"}, {"txid": "…"}:
    // how a payment request, deposit or withdrawal is looked up (there is no get/list for payment requests).
    static Result<HttpRequest> transactionInfo(
        const Account& account, const AccountCredentials& credentials, LookupKey key, const QString& value);
    // POST /api/v2/accounts/list with {}.
    static Result<HttpRequest> balances(const Account& account, const AccountCredentials& credentials);
    // POST /api/v2/currencies/list with {} (a read).
    static Result<HttpRequest> currencies(const Account& account, const AccountCredentials& credentials);
    // POST /api/v2/addresses/take: currency, foreign_id (customerReference, required: it is the idempotency key).
    // network and label are refused: the network is part of CryptoProcessing's currency code, and there is no label.
    static Result<HttpRequest> takeAddress(
        const Account& account, const AccountCredentials& credentials, const AddressDraft& draft);
    // POST /api/v2/withdrawal/crypto: foreign_id, amount, currency, address, tag. network is refused (see above).
    static Result<HttpRequest> withdrawCrypto(
        const Account& account, const AccountCredentials& credentials, const WithdrawalDraft& draft);
    // GET /api/v2/ping, unsigned: proves the host answers, not that the key works.
    static Result<HttpRequest> ping(const Account& account);
    // The account test: accounts/list, signed, so a wrong key or secret shows as Auth.
    static Result<HttpRequest> accountTest(const Account& account, const AccountCredentials& credentials);
};

} // namespace paydesk
