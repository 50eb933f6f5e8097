// Invariants shared by the gateway reply fuzz targets (fuzz_cryptocomjson, fuzz_cryptoprocessingjson,
// fuzz_bucksbusjson, fuzz_cryptomusjson): what any record a reply mapper returns must satisfy, whatever the bytes.
// Each check calls std::abort() when broken (asserts vanish under NDEBUG in the ci build).
#pragma once

#include "core/Decimal.h"
#include "core/Money.h"
#include "core/ProviderError.h"
#include "core/Result.h"
#include "core/domain/Balance.h"
#include "core/domain/BlockchainTx.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/Payment.h"
#include "core/domain/PaymentStatus.h"
#include "core/domain/Refund.h"
#include "core/domain/Withdrawal.h"
#include "providers/common/RawJsonNode.h"
#include "providers/http/HttpResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace paydesk::fuzz {

inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

// A mapper's refusal: a Parse error that says what is wrong.
inline void checkParseError(const ProviderError& error)
{
    require(error.kind == ProviderError::Kind::Parse);
    require(!error.message.trimmed().isEmpty());
}

// The exact decimal prints back to text that parses to the same digits and scale.
inline void checkDecimal(const Decimal& value)
{
    const auto again = Decimal::fromString(value.toString());
    require(again.has_value() && again->isIdenticalTo(value));
}

// Currency codes are upper case, as core/Money.h wants them.
inline void checkCurrency(const QString& code)
{
    require(code == code.toUpper());
}

// An amount with a currency, or nothing at all: never an amount whose currency was lost.
inline void checkMoney(const Money& money)
{
    checkDecimal(money.amount);
    checkCurrency(money.currency);
    if (!money.isValid())
        require(money.amount.isZero());
}

// Absent (null), or a valid UTC time no later than year 9999 (an ISO time before 1970 is what the body said, and kept).
inline void checkTime(const QDateTime& time)
{
    if (time.isNull())
        return;
    require(time.isValid());
    require(time.timeSpec() == Qt::UTC);
    require(time.date().year() >= 1 && time.date().year() <= 9999);
}

// The record's verbatim bytes: one JSON value cut from the reply.
inline void checkRawJson(const QByteArray& rawJson)
{
    require(!rawJson.isEmpty());
    require(RawJsonNode::parse(rawJson).has_value());
}

inline void checkStatus(PaymentStatus status, const QString& rawStatus)
{
    require(paymentStatusFromId(paymentStatusId(status)) == status);
    // A known unified status comes from the gateway's words; nothing is made up from an empty status.
    if (status != PaymentStatus::Unknown)
        require(!rawStatus.isEmpty());
}

inline void checkStatus(TransferStatus status)
{
    require(transferStatusFromId(transferStatusId(status)) == status);
}

inline void checkStatus(AddressStatus status)
{
    require(addressStatusFromId(addressStatusId(status)) == status);
}

inline void checkPayment(const Payment& payment)
{
    require(!payment.id.isEmpty());
    checkMoney(payment.amount);
    require(payment.amount.isValid());
    checkMoney(payment.payAmount);
    checkMoney(payment.paid);
    checkMoney(payment.refunded);
    checkMoney(payment.paidValue);
    checkMoney(payment.fee);
    checkMoney(payment.credited);
    if (payment.exchangeRate)
        checkDecimal(*payment.exchangeRate);
    checkStatus(payment.status, payment.rawStatus);
    checkTime(payment.created);
    checkTime(payment.updated);
    checkTime(payment.expires);
    checkTime(payment.exchangeRateTime);
    checkRawJson(payment.rawJson);
}

inline void checkRefund(const Refund& refund)
{
    require(!refund.id.isEmpty());
    checkMoney(refund.amount);
    checkStatus(refund.status);
    checkTime(refund.created);
    checkTime(refund.updated);
    checkRawJson(refund.rawJson);
}

inline void checkWithdrawal(const Withdrawal& withdrawal)
{
    require(!withdrawal.id.isEmpty());
    checkMoney(withdrawal.amount);
    checkMoney(withdrawal.fee);
    checkStatus(withdrawal.status);
    checkTime(withdrawal.created);
    checkTime(withdrawal.updated);
    checkRawJson(withdrawal.rawJson);
}

inline void checkAddress(const DedicatedAddress& address)
{
    require(!address.id.isEmpty());
    checkCurrency(address.currency);
    checkStatus(address.status);
    checkTime(address.created);
    checkTime(address.updated);
    checkRawJson(address.rawJson);
}

inline void checkBalance(const Balance& balance)
{
    require(!balance.currency.isEmpty());
    checkCurrency(balance.currency);
    checkDecimal(balance.total);
    checkDecimal(balance.available);
    checkDecimal(balance.onHold);
    checkMoney(balance.fiatEquivalent);
    checkTime(balance.asOf);
    checkRawJson(balance.rawJson);
}

inline void checkTransaction(const BlockchainTx& tx)
{
    checkMoney(tx.amount);
    checkTime(tx.time);
    require(tx.confirmations >= 0);
}

// Checks a mapper's result: the record's invariants on success, on failure the error check (by default: a Parse error
// with a message).
template<typename T, typename Check, typename ErrorCheck = void (*)(const ProviderError&)>
void checkResult(const Result<T>& result, Check check, ErrorCheck checkError = checkParseError)
{
    if (result)
        check(result.value());
    else
        checkError(result.error());
}

template<typename ErrorCheck = void (*)(const ProviderError&)>
void checkResult(const Result<void>& result, ErrorCheck checkError = checkParseError)
{
    if (!result)
        checkError(result.error());
}

// An error reply (selector bit 6 in the gateway targets): the gateway's errorFrom on a completed reply with a status
// from the selector and the fuzzed body. It keeps the status, says something, and calls the outcome unknown only for
// a creating call that got a 5xx.
template<typename ErrorFrom>
void checkErrorReply(std::uint8_t selector, const QByteArray& body, ErrorFrom errorFrom)
{
    static constexpr int kStatuses[] = {200, 400, 401, 402, 403, 404, 409, 422, 429, 500, 502, 503};
    HttpResult result;
    result.outcome = HttpResult::Outcome::Completed;
    result.status = kStatuses[selector % (sizeof kStatuses / sizeof kStatuses[0])];
    result.body = body;
    const bool creatingCall = (selector & 0x20) != 0;
    const ProviderError error = errorFrom(result, creatingCall);
    require(!error.message.trimmed().isEmpty());
    require(error.httpStatus == result.status);
    if (error.outcomeUnknown)
        require(creatingCall && result.status >= 500);
    if (result.status >= 400) {
        using Kind = ProviderError::Kind;
        require(error.kind != Kind::Network && error.kind != Kind::Timeout && error.kind != Kind::Tls
            && error.kind != Kind::Refused && error.kind != Kind::Unsupported);
    }
}

} // namespace paydesk::fuzz
