#pragma once

#include "core/ProviderError.h"
#include "core/Result.h"
#include "core/domain/Balance.h"
#include "core/domain/BlockchainTx.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/GatewayAsset.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/domain/Withdrawal.h"
#include "providers/http/HttpResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace paydesk {

// Gateway v10.2 (BucksBus and its white labels): pure mappers from reply bytes to core records, and the error
// classification. Replies are bare JSON (no envelope); amounts are decimal strings (numbers are read exactly from
// their token text too); `rate` and other floats are never used as money. Times are ISO 8601 with 'Z'. Currency
// codes (asset ids) become upper case as core/Money.h wants them, whatever case the reply has.
//
// Records come back with gateway = BucksBus and an empty accountId: the provider fills accountId. Each record keeps
// its object's exact bytes in rawJson (list items included: their own bytes, cut from the list verbatim) and the
// gateway's status beside the unified one. Field drift is read both ways: "status"/"status_name" (examples) and
// "status_type"/"status_type_name" (tables); keys with stray spaces ("custom1 ") are matched trimmed.
//
// Paydesk's own order id (the idempotency key) travels in custom1 (kOrderIdField): v10.2 has no order id of its own.
class BucksBusJson final
{
public:
    static constexpr QStringView kOrderIdField = u"custom1";
    // For withdrawals that pay a refund back: custom2 carries the refunded payment's id.
    static constexpr QStringView kRefundedPaymentField = u"custom2";

    // POST /payment, GET /payment/{id}, and the "payment" object of a webhook. An OPEN fixed-amount payment with
    // 0 < ip_amount < payment_amount is Underpaid. rate → exchangeRate (exact, from the float's token text),
    // rate_date → exchangeRateTime, paid_amount (in asset_id) → paidValue; unreadable ones are left out.
    // liveMode: false when is_test is true; `accountLive` (the account's mode) where the object has no is_test.
    static Result<Payment> payment(const QByteArray& json, bool accountLive);
    // A webhook body {"type","event","payment":{…}}: its payment object (key off payment.status, not the event name,
    // which may be "payment.complete" or "payment.completed").
    static Result<Payment> webhookPayment(const QByteArray& json, bool accountLive);
    // GET /payments?from&to: a bare array (no paging: sync by date windows).
    static Result<QList<Payment>> payments(const QByteArray& json, bool accountLive);
    // GET /payment/{id}/trxs or the /txs fallback: a bare array, or an object holding the array under "trxs", "txs",
    // "items" or "data" (the two paths are documented with different shapes; both are accepted).
    static Result<QList<BlockchainTx>> paymentTransactions(const QByteArray& json, const QString& paymentId);
    // POST /withdraw, GET /withdraw/{id}.
    static Result<Withdrawal> withdrawal(const QByteArray& json);
    // A withdrawal that refunds a payment (v10.2 has no refund object): the same reply as a Refund record. The
    // payment id comes from custom2 when the gateway echoes it, else from `paymentId`.
    static Result<Refund> refund(const QByteArray& json, const QString& paymentId);
    // GET /accounts: one Balance per coin account (total, available, on hold; the store-currency value as
    // fiatEquivalent). asOf is left invalid: the caller stamps the sync time.
    static Result<QList<Balance>> balances(const QByteArray& json);
    // POST /dedicate and POST /dedicate/{id}/release.
    static Result<DedicatedAddress> dedicatedAddress(const QByteArray& json);
    // GET /assets: [{asset_id, asset_name, asset_type FIAT|CRYPTO, crypto_network, min_size, precision, …}].
    static Result<QList<GatewayAsset>> assets(const QByteArray& json);
    // The account test (GET /accounts) succeeded when the reply is a well-formed accounts object.
    static Result<void> accountTest(const QByteArray& json);

    // Classifies a failed call: transport outcome first, then HTTP status and the 422 body {"code","message"}.
    // `creatingCall` marks POSTs that create something (payment, withdrawal, dedicate): a 5xx or lost reply on them
    // has an unknown outcome (v10.2 answers 500 after 30 s while it may still act).
    static ProviderError errorFrom(const HttpResult& result, bool creatingCall);
};

} // namespace paydesk
