#pragma once

#include "core/Money.h"
#include "core/domain/Gateway.h"
#include "core/domain/PaymentStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace paydesk {

// One invoice (payment request) on one gateway, normalised. Keyed in the ledger by (accountId, id).
struct Payment
{
    QString accountId{};
    Gateway gateway = Gateway::CryptoCom;
    QString id{}; // the gateway's id (uuid, payment_id, ...)
    QString orderId{}; // merchant's order id / foreign id; the idempotency key where the gateway has one
    QString description{};
    Money amount{}; // what the merchant asked for (fiat or crypto)
    Money payAmount{}; // what the payer is asked to send in crypto, when known
    QString network{}; // blockchain network of payAmount ("tron", "bitcoin"), when known
    Money paid{}; // received so far, in payAmount's currency when known
    Money refunded{}; // refunded so far, in amount's currency
    PaymentStatus status = PaymentStatus::Unknown;
    QString rawStatus{}; // the gateway's own status, shown in tooltips and exported
    QString address{}; // deposit address, when the gateway gives one
    // The dedicated address (DedicatedAddress::id on the same account) this payment was received on: a deposit to
    // it (v10.2 `dedicate_id`, Cryptomus `wallet_address_uuid`, CryptoProcessing `crypto_address.id`). Empty for
    // an invoice with an address of its own.
    QString addressId{};
    QString paymentUrl{}; // hosted payment page
    QString payerEmail{};
    QDateTime created{}; // all times UTC
    QDateTime updated{};
    QDateTime expires{};
    bool liveMode = false;
    QByteArray rawJson{}; // the gateway's last JSON for this object, kept verbatim

    // Valuation and fees, only as the gateway gives them: never computed by Paydesk (docs/export.md has the
    // per-gateway mapping). Absent (nullopt / invalid Money / invalid time) when the gateway does not give them.
    //
    // The gateway's exchange rate for this payment: units of payAmount's currency per one unit of amount's currency
    // (payAmount ≈ amount × rate; v10.2 `rate`, given as a JSON float64 and read from its token text exactly).
    std::optional<Decimal> exchangeRate{};
    QDateTime exchangeRateTime{}; // when that rate was taken (v10.2 `rate_date`), UTC
    // What was received so far, valued in amount's currency at exchangeRate, as the gateway reports it (v10.2
    // `paid_amount` in `asset_id`): the fiat value at payment time when the invoice is priced in fiat.
    Money paidValue{};
    // The gateway's fee on this payment, charged to the merchant (CryptoProcessing: the deposit's `fees`).
    Money fee{};
    // What the gateway credits to the merchant's balance after its fee (Cryptomus `merchant_amount`,
    // CryptoProcessing `currency_received.amount_minus_fee`).
    Money credited{};

    friend bool operator==(const Payment&, const Payment&) = default;
};

} // namespace paydesk
