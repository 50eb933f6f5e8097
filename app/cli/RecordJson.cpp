#include "app/cli/RecordJson.h"

#include "core/journal/UnknownOutcome.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {
namespace {

void insertMoney(QJsonObject& object, const QString& amountKey, const QString& currencyKey, const Money& money)
{
    if (!money.isValid())
        return;
    object.insert(amountKey, money.amount.toString());
    object.insert(currencyKey, money.currency);
}

void insertText(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertTime(QJsonObject& object, const QString& key, const QDateTime& time)
{
    if (time.isValid())
        object.insert(key, timeText(time));
}

} // namespace

QString moneyText(const Money& money)
{
    return money.isValid() ? money.amount.toString() + u' ' + money.currency : QString();
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString ageText(const QDateTime& since, const QDateTime& now)
{
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    if (seconds >= 86400)
        return QString::number(seconds / 86400) + u'd';
    if (seconds >= 3600)
        return QString::number(seconds / 3600) + u'h';
    if (seconds >= 60)
        return QString::number(seconds / 60) + u'm';
    return QString::number(seconds) + u's';
}

QJsonObject journalEntryJson(const JournalEntry& entry, const QDateTime& now)
{
    QJsonObject object{{u"key"_s, entry.idempotencyKey}, {u"kind"_s, journalKindId(entry.kind)},
        {u"state"_s, journalStateId(entry.state)}, {u"attempts"_s, entry.attempts},
        {u"created"_s, timeText(entry.created)}, {u"updated"_s, timeText(entry.updated)},
        {u"age_seconds"_s, std::max<qint64>(0, entry.created.secsTo(now))},
        {u"request"_s, QJsonDocument::fromJson(entry.requestJson).object()}};
    if (!entry.gatewayId.isEmpty())
        object.insert(u"gateway_id"_s, entry.gatewayId);
    if (!entry.failureReason.isEmpty())
        object.insert(u"failure_reason"_s, entry.failureReason);
    if (!entry.settledBy.isEmpty()) {
        object.insert(u"settled_by"_s, entry.settledBy);
        object.insert(u"settled_at"_s, timeText(entry.settledAt));
        if (!entry.settleNote.isEmpty())
            object.insert(u"settle_note"_s, entry.settleNote);
    }
    return object;
}

QJsonObject accountJson(const Account& account)
{
    QJsonObject object{{u"id"_s, account.id}, {u"name"_s, account.name}, {u"provider"_s, gatewayId(account.gateway)},
        {u"base_url"_s, account.baseUrl.toString()}, {u"live"_s, account.liveMode}};
    insertText(object, u"merchant"_s, account.merchantId);
    insertTime(object, u"created"_s, account.created);
    return object;
}

QJsonObject paymentJson(const Payment& payment)
{
    QJsonObject object{{u"id"_s, payment.id}, {u"account_id"_s, payment.accountId},
        {u"gateway"_s, gatewayId(payment.gateway)},
        {u"status"_s,
            UnknownOutcome::isStandIn(payment) ? UnknownOutcome::kRawStatus.toString()
                                               : paymentStatusId(payment.status)},
        {u"raw_status"_s, payment.rawStatus}, {u"live"_s, payment.liveMode}};
    insertText(object, u"order_id"_s, payment.orderId);
    insertText(object, u"description"_s, payment.description);
    insertMoney(object, u"amount"_s, u"currency"_s, payment.amount);
    insertMoney(object, u"pay_amount"_s, u"pay_currency"_s, payment.payAmount);
    insertText(object, u"network"_s, payment.network);
    insertMoney(object, u"paid"_s, u"paid_currency"_s, payment.paid);
    insertMoney(object, u"refunded"_s, u"refunded_currency"_s, payment.refunded);
    insertText(object, u"address"_s, payment.address);
    insertText(object, u"address_id"_s, payment.addressId);
    insertText(object, u"payment_url"_s, payment.paymentUrl);
    insertText(object, u"payer_email"_s, payment.payerEmail);
    insertTime(object, u"created"_s, payment.created);
    insertTime(object, u"updated"_s, payment.updated);
    insertTime(object, u"expires"_s, payment.expires);
    // Valuation and fees, only when the gateway gave them (names as in the export, docs/export.md).
    if (payment.exchangeRate)
        object.insert(u"exchange_rate"_s, payment.exchangeRate->toString());
    insertTime(object, u"exchange_rate_time"_s, payment.exchangeRateTime);
    insertMoney(object, u"paid_value"_s, u"paid_value_currency"_s, payment.paidValue);
    insertMoney(object, u"fee"_s, u"fee_currency"_s, payment.fee);
    insertMoney(object, u"credited"_s, u"credited_currency"_s, payment.credited);
    return object;
}

QJsonObject refundJson(const Refund& refund)
{
    QJsonObject object{{u"id"_s, refund.id}, {u"account_id"_s, refund.accountId},
        {u"gateway"_s, gatewayId(refund.gateway)}, {u"payment_id"_s, refund.paymentId},
        {u"status"_s,
            UnknownOutcome::isStandIn(refund) ? UnknownOutcome::kRawStatus.toString()
                                              : transferStatusId(refund.status)},
        {u"raw_status"_s, refund.rawStatus}};
    insertMoney(object, u"amount"_s, u"currency"_s, refund.amount);
    insertText(object, u"reason"_s, refund.reason);
    insertText(object, u"address"_s, refund.address);
    insertTime(object, u"created"_s, refund.created);
    insertTime(object, u"updated"_s, refund.updated);
    return object;
}

QJsonObject balanceJson(const Balance& balance)
{
    QJsonObject object{{u"account_id"_s, balance.accountId}, {u"gateway"_s, gatewayId(balance.gateway)},
        {u"currency"_s, balance.currency}, {u"total"_s, balance.total.toString()},
        {u"available"_s, balance.available.toString()}, {u"on_hold"_s, balance.onHold.toString()}};
    insertMoney(object, u"fiat_equivalent"_s, u"fiat_currency"_s, balance.fiatEquivalent);
    insertTime(object, u"as_of"_s, balance.asOf);
    return object;
}

QJsonObject addressJson(const DedicatedAddress& address)
{
    QJsonObject object{{u"id"_s, address.id}, {u"account_id"_s, address.accountId},
        {u"gateway"_s, gatewayId(address.gateway)}, {u"address"_s, address.address}, {u"currency"_s, address.currency},
        {u"status"_s, addressStatusId(address.status)}, {u"raw_status"_s, address.rawStatus}};
    insertText(object, u"tag"_s, address.tag);
    insertText(object, u"network"_s, address.network);
    insertText(object, u"label"_s, address.label);
    insertText(object, u"customer_reference"_s, address.customerReference);
    insertTime(object, u"created"_s, address.created);
    return object;
}

void insertActivity(QJsonObject& object, const AddressActivity& activity)
{
    object.insert(u"deposit_count"_s, activity.deposits);
    object.insert(u"confirming"_s, activity.confirming);
    if (activity.receivedComplete) {
        QJsonArray received;
        for (const Money& money : activity.received)
            received.append(QJsonObject{{u"amount"_s, money.amount.toString()}, {u"currency"_s, money.currency}});
        object.insert(u"received"_s, received);
    }
    insertTime(object, u"last_activity"_s, activity.lastActivity);
}

QString receivedText(const AddressActivity& activity)
{
    if (!activity.receivedComplete)
        return {};
    QStringList parts;
    for (const Money& money : activity.received)
        parts << moneyText(money);
    return parts.join(u", "_s);
}

QJsonObject withdrawalJson(const Withdrawal& withdrawal)
{
    QJsonObject object{{u"id"_s, withdrawal.id}, {u"account_id"_s, withdrawal.accountId},
        {u"gateway"_s, gatewayId(withdrawal.gateway)}, {u"foreign_id"_s, withdrawal.foreignId},
        {u"address"_s, withdrawal.address}, {u"status"_s, transferStatusId(withdrawal.status)},
        {u"raw_status"_s, withdrawal.rawStatus}};
    insertMoney(object, u"amount"_s, u"currency"_s, withdrawal.amount);
    insertMoney(object, u"fee"_s, u"fee_currency"_s, withdrawal.fee);
    insertText(object, u"network"_s, withdrawal.network);
    insertText(object, u"tag"_s, withdrawal.tag);
    insertText(object, u"tx_hash"_s, withdrawal.txHash);
    insertTime(object, u"created"_s, withdrawal.created);
    return object;
}

} // namespace paydesk::cli
