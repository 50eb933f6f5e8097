#include "core/journal/UnknownOutcome.h"

#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

QJsonObject summaryOf(const JournalEntry& entry)
{
    return QJsonDocument::fromJson(entry.requestJson).object();
}

// The summary's amount and currency (GatewayOperations writes "amount" and "currency"); invalid when absent.
Money moneyOf(const QJsonObject& summary)
{
    const auto amount = Decimal::fromString(summary.value(u"amount"_s).toString());
    const QString currency = summary.value(u"currency"_s).toString();
    if (!amount || currency.isEmpty())
        return {};
    return {*amount, currency};
}

// Entries of the ledger's accounts (and of `accountIds` when given), with each account's gateway.
template<typename Record>
LedgerResult<QList<Record>> standIns(
    const Ledger& ledger, const QStringList& accountIds, JournalKind kind, Record (*make)(const JournalEntry&, Gateway))
{
    const auto accounts = ledger.accounts();
    if (!accounts.ok())
        return accounts.error();
    QHash<QString, Gateway> gateways;
    for (const Account& account : accounts.value())
        gateways.insert(account.id, account.gateway);
    const auto entries = Journal::unknownEntriesIn(ledger, kind);
    if (!entries.ok())
        return entries.error();
    QList<Record> records;
    for (const JournalEntry& entry : entries.value()) {
        if (!gateways.contains(entry.accountId) || (!accountIds.isEmpty() && !accountIds.contains(entry.accountId)))
            continue;
        records.append(make(entry, gateways.value(entry.accountId)));
    }
    std::stable_sort(
        records.begin(), records.end(), [](const Record& a, const Record& b) { return a.created > b.created; });
    return records;
}

} // namespace

QString UnknownOutcome::statusText()
{
    return tr("Outcome unknown");
}

QString UnknownOutcome::explanation(JournalKind kind, Gateway gateway)
{
    // v10.2 can neither find a withdrawal by its custom1 nor list withdrawals.
    if (kind == JournalKind::Refund && gateway == Gateway::BucksBus)
        return tr("The gateway's answer was lost and it cannot be asked about this refund: check at the gateway.");
    return tr("The gateway's answer was lost: Paydesk looks it up at each sync before anything is sent again.");
}

Payment UnknownOutcome::paymentFrom(const JournalEntry& entry, Gateway gateway)
{
    const QJsonObject summary = summaryOf(entry);
    Payment payment;
    payment.accountId = entry.accountId;
    payment.gateway = gateway;
    payment.id = kIdPrefix.toString() + entry.idempotencyKey;
    payment.orderId = entry.idempotencyKey;
    payment.description = summary.value(u"description"_s).toString();
    payment.amount = moneyOf(summary);
    payment.status = PaymentStatus::Unknown;
    payment.rawStatus = kRawStatus.toString();
    payment.created = entry.created;
    payment.updated = entry.updated;
    return payment;
}

Refund UnknownOutcome::refundFrom(const JournalEntry& entry, Gateway gateway)
{
    const QJsonObject summary = summaryOf(entry);
    Refund refund;
    refund.accountId = entry.accountId;
    refund.gateway = gateway;
    refund.id = kIdPrefix.toString() + entry.idempotencyKey;
    refund.paymentId = summary.value(u"payment_id"_s).toString();
    refund.amount = moneyOf(summary);
    refund.reason = summary.value(u"reason"_s).toString();
    refund.address = summary.value(u"address"_s).toString();
    refund.status = TransferStatus::Unknown;
    refund.rawStatus = kRawStatus.toString();
    refund.created = entry.created;
    refund.updated = entry.updated;
    return refund;
}

LedgerResult<QList<Payment>> UnknownOutcome::payments(const Ledger& ledger, const QStringList& accountIds)
{
    return standIns<Payment>(ledger, accountIds, JournalKind::Invoice, &UnknownOutcome::paymentFrom);
}

LedgerResult<QList<Refund>> UnknownOutcome::refunds(const Ledger& ledger, const QStringList& accountIds)
{
    return standIns<Refund>(ledger, accountIds, JournalKind::Refund, &UnknownOutcome::refundFrom);
}

} // namespace paydesk
