#pragma once

#include "core/ProviderError.h"
#include "core/Result.h"
#include "core/domain/Balance.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/GatewayAsset.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/domain/Withdrawal.h"
#include "providers/cryptomus/CryptomusPage.h"
#include "providers/http/HttpResult.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace paydesk {

// Cryptomus: pure mappers from reply bytes to core records, and the error classification. Every reply is the
// envelope {"state":0,"result":…}; a state other than 0 is an error even with HTTP 200. Amounts are decimal strings
// (numbers are read exactly from their token text too); created_at/updated_at carry "+03:00" and become UTC;
// expired_at is Unix seconds.
//
// Records come back with gateway = Cryptomus and an empty accountId (the provider fills it). rawJson holds the
// object's exact bytes: the "result" object, or for list items each item's own bytes cut verbatim from the list.
// A Cryptomus invoice carries no mode: its liveMode is the account's (`accountLive`), so a test account's invoices
// are never taken for income. Currency codes become upper case (core/Money.h), whatever case the reply has.
class CryptomusJson final
{
public:
    // v1/payment (create; also returns the existing invoice for a reused order_id) and v1/payment/info.
    // payment_status (or "status") is the raw status; payer_amount/payer_currency the amount to pay in crypto;
    // payment_amount what was paid; additional_data the description; merchant_amount → credited and (when present,
    // e.g. in webhooks) commission → fee, both in payer_currency.
    static Result<Payment> payment(const QByteArray& json, bool accountLive);
    // v1/payment/list: {items:[…], paginate:{count,hasPages,nextCursor,previousCursor,perPage}}.
    static Result<CryptomusPage<Payment>> paymentPage(const QByteArray& json, bool accountLive);
    // v1/payment/refund, v1/payment/resend, v1/test-webhook/*: {"state":0,"result":[]} means accepted. A refund's
    // progress shows on the payment (refund_process → refund_paid | refund_fail).
    static Result<void> accepted(const QByteArray& json);
    // The refund of a payment as v1/payment/info shows it. Cryptomus has no refund object: a payment is refunded once,
    // in full, and the refund's progress is the payment's status — refund_process → Processing, refund_paid →
    // Succeeded, refund_fail → Failed; std::nullopt for any other status (no refund requested). id and paymentId are
    // the payment's uuid; amount is what was paid (payer currency; the gateway's fee may come off it); updated is the
    // payment's updated_at; created and address stay empty (payment/info shows neither).
    static std::optional<Refund> refundOf(const Payment& payment);
    // v1/balance: [{"balance":{"merchant":[{uuid,balance,currency_code}],"user":[…]}}]. Only the merchant (business)
    // wallets become Balances (the personal "user" wallets are not the shop's money); Cryptomus reports no hold, so
    // available = total and onHold = 0. asOf is left invalid: the caller stamps the sync time.
    static Result<QList<Balance>> balances(const QByteArray& json);
    // v1/wallet (static wallet created): {wallet_uuid, uuid, address, network, currency, url}; status Active unless the
    // reply says otherwise. id is the static wallet's uuid (what block-address takes).
    static Result<DedicatedAddress> staticWallet(const QByteArray& json);
    // v1/payment/services: [{network, currency, is_available, limit{min_amount, max_amount}, commission{…}}]. Every
    // coin Cryptomus takes is crypto; fiat invoice currencies are not listed here.
    static Result<QList<GatewayAsset>> services(const QByteArray& json);
    // v1/wallet/block-address: {uuid, status:"blocked"}: only id and status are filled.
    static Result<DedicatedAddress> blockedWallet(const QByteArray& json);
    // v1/payout and v1/payout/info: {uuid, amount, currency, network, address, txid, status, is_final, …}.
    static Result<Withdrawal> payout(const QByteArray& json);
    // v1/payout/list.
    static Result<CryptomusPage<Withdrawal>> payoutPage(const QByteArray& json);
    // The account test (v1/balance) succeeded when the reply is a well-formed balance envelope.
    static Result<void> accountTest(const QByteArray& json);

    // Classifies a failed call: transport outcome first, then HTTP status and the documented bodies — 422
    // {"state":1,"errors":{field:[…]}} (first field and its messages) or {"state":1,"message":…}; 500
    // {"message","code":500,"error":null}. A message about the signature means Auth; "… not found" for a
    // payment/payout/wallet means NotFound. `creatingCall` marks POSTs that create something (payment, refund,
    // wallet, payout): a 5xx or lost reply on them has an unknown outcome.
    static ProviderError errorFrom(const HttpResult& result, bool creatingCall);
};

} // namespace paydesk
