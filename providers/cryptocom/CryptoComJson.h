#pragma once

#include "core/ProviderError.h"
#include "core/Result.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "providers/cryptocom/CryptoComEvent.h"
#include "providers/cryptocom/CryptoComPaymentPage.h"
#include "providers/http/HttpResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace paydesk {

// Crypto.com Pay replies → records. Pure functions of the reply bytes; every record keeps its object's verbatim
// bytes in rawJson (list items and event objects too: their own bytes, not a re-serialisation) and the raw status.
//
// Amounts: `amount`, `amount_refunded` are integers in the currency's smallest unit and may exceed 64 bits (CRO has
// 18 decimals); they are read from the JSON token text (exponent forms expanded exactly) and scaled by
// cryptoComMinorUnitExponent(currency). An unknown currency is a Parse error: guessing the exponent would scale an
// amount by a power of ten. `crypto_amount` is a decimal string. Times are Unix seconds.
//
// Status: mapPaymentStatus(CryptoCom, status), refined: succeeded + refunded:true → Refunded; succeeded +
// amount_refunded > 0 → PartiallyRefunded. Unknown statuses stay Unknown with the raw text kept.
class CryptoComJson final
{
    Q_DECLARE_TR_FUNCTIONS(CryptoComJson)

public:
    // POST /payments, GET /payments/{id}, POST /payments/{id}/cancel: one payment object. liveMode is the object's
    // live_mode; `accountLive` (the account's mode) only where an object lacks it.
    static Result<Payment> payment(const QByteArray& json, const QString& accountId = {}, bool accountLive = false);
    // GET /payments.
    static Result<CryptoComPaymentPage> paymentList(
        const QByteArray& json, const QString& accountId = {}, bool accountLive = false);
    // POST /refunds, GET /refunds/{id}: one refund object.
    static Result<Refund> refund(const QByteArray& json, const QString& accountId = {});
    // A webhook body.
    static Result<CryptoComEvent> event(
        const QByteArray& json, const QString& accountId = {}, bool accountLive = false);
    // The account test (GET /payments): a list the key was allowed to read.
    static Result<void> accountTest(const QByteArray& json);

    // A failed call: the transport outcome first, then the HTTP status and {"error":{type,code,param,error_message}}.
    // 400 Validation, 401 Auth, 402 Conflict (valid but refused, e.g. a refund beyond what was paid), 404 NotFound,
    // 409 Conflict, 429 RateLimited, 5xx Server (outcomeUnknown when `creatingCall`); error.type
    // authentication_error → Auth, rate_limit_error → RateLimited; code resource_missing → NotFound.
    // providerCode = error.code (error.type when there is no code), field = error.param.
    static ProviderError errorFrom(const HttpResult& result, bool creatingCall);
};

} // namespace paydesk
