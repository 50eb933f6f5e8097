#pragma once

#include "core/ProviderError.h"
#include "core/Result.h"
#include "core/domain/Balance.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/GatewayAsset.h"
#include "core/domain/Payment.h"
#include "core/domain/Withdrawal.h"
#include "providers/cryptoprocessing/CryptoProcessingTransaction.h"
#include "providers/http/HttpResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace paydesk {

// CryptoProcessing (CoinsPaid) replies → records. Pure functions of the reply bytes. Replies are wrapped in
// {"data":…}; a bare object is accepted too (the vendor's transactions/info example has no envelope). Amounts are
// decimal strings, but numbers are accepted (read from the token text, never through double; the vendor shows
// "amount": 0.0001 in places). Every record keeps its object's verbatim bytes in rawJson and the raw status.
class CryptoProcessingJson final
{
    Q_DECLARE_TR_FUNCTIONS(CryptoProcessingJson)

public:
    // POST /api/payments/v1/requests (and a payment request looked up later): id, amount, currency{iso,
    // network_name}, status, life_time (→ expires), end_user_email, description, payment_link, foreign_id,
    // payment_currency. Status through mapPaymentStatus(CryptoProcessing, …). The object has no mode: liveMode is
    // `accountLive`, the account's.
    static Result<Payment> paymentRequest(const QByteArray& json, const QString& accountId, bool accountLive);
    // POST /api/v2/accounts/list: [{currency, type, balance}]. The gateway gives one figure per currency: it is the
    // total and the available amount, onHold stays zero. `asOf` is the sync time (the reply has none).
    static Result<QList<Balance>> balances(
        const QByteArray& json, const QDateTime& asOf, const QString& accountId = {});
    // POST /api/v2/addresses/take (HTTP 201): {id, currency, convert_to, address, tag, foreign_id}. The address is
    // permanent: status Active, rawStatus empty.
    static Result<DedicatedAddress> dedicatedAddress(const QByteArray& json, const QString& accountId = {});
    // POST /api/v2/withdrawal/crypto (HTTP 201): {id, foreign_id, type, status, amount, sender_amount,
    // sender_currency, receiver_amount, receiver_currency}. amount = receiver amount and currency; the fee is not in
    // this reply (it comes with transactions/info).
    static Result<Withdrawal> withdrawal(const QByteArray& json, const QString& accountId = {});
    // POST /api/v2/transactions/info, and the deposit / withdrawal callbacks (same shape).
    static Result<CryptoProcessingTransaction> transaction(const QByteArray& json, const QString& accountId = {});
    // A withdrawal record from a transactions/info reply or callback about one (fee = the sum of `fees` in the
    // sent currency; txHash = the first blockchain transaction's txid).
    static Withdrawal withdrawalFrom(const CryptoProcessingTransaction& transaction, const QString& accountId = {});
    // A payment request brought up to date from its deposit (transactions/info by the request's foreign id): the
    // gateway publishes no read of a payment request itself. The deposit's status gives the request's, as the API
    // notes' request states: confirmed → "paid", pending / not_confirmed → "processing", cancelled → "failed"
    // (rawStatus takes that request status); paid = currency_received (the request's currency); fee = the sum of
    // the deposit's `fees` in that currency; credited = currency_received.amount_minus_fee; address = the deposit
    // address. A transaction that is not a deposit ("deposit", "deposit_exchange") or has another foreign id
    // leaves `known` as it is.
    static Payment paymentRequestFromDeposit(const Payment& known, const CryptoProcessingTransaction& deposit);
    // A deposit to a dedicated address (transactions/info by the address's foreign id or the deposit's id, and the
    // deposit callbacks) as the payment it is: id = the transaction id, addressId / address = crypto_address,
    // orderId = the address's foreign id, description = end_user_reference; payAmount = paid = currency_sent (the
    // crypto received on chain), amount = currency_received (what the balance gets: convert_to where the address
    // converts), fee = the `fees` in that currency, credited = amount_minus_fee. Status: confirmed → Paid,
    // not_confirmed / pending → Processing, cancelled → Failed (rawStatus as sent). The gateway gives no time: created
    // and updated stay invalid (the caller keeps the time it first saw the deposit).
    static Payment addressDeposit(
        const CryptoProcessingTransaction& deposit, const QString& accountId, bool accountLive);
    // POST /api/v2/currencies/list: [{id, type crypto|fiat, currency, minimum_amount, precision, …}]; the code is
    // `currency` (USDTT, USDTE: the network is in the code).
    static Result<QList<GatewayAsset>> currencies(const QByteArray& json);
    // GET /api/v2/ping: "OK" (plain text or a JSON string).
    static Result<void> ping(const QByteArray& body);

    // A failed call: the transport outcome first, then the HTTP status and the documented bodies:
    // 400 {"errors":{field: message}} → Validation (field = the first one; message lists them all), except a
    // foreign id already taken (Laravel's "The foreign id has already been taken.") → Conflict, field "foreign_id";
    // 403 {"error","code"} → Auth with providerCode = code; codes bad_header_signature, required_header_signature,
    // bad_header_key, required_header_key are Auth whatever the status; bad_content_format → Validation;
    // 404 NotFound; 429 RateLimited; 5xx Server with outcomeUnknown when `creatingCall`.
    static ProviderError errorFrom(const HttpResult& result, bool creatingCall);
};

} // namespace paydesk
