#pragma once

#include "core/domain/Account.h"
#include "core/domain/Balance.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/domain/Withdrawal.h"
#include "core/journal/JournalEntry.h"
#include "core/ledger/AddressActivity.h"

#include <QJsonObject>

namespace paydesk::cli {

// The records as paydesk-cli --json prints them (docs/cli.md): snake_case keys, stable ids for statuses and
// gateways, amounts as exact decimal strings (never JSON numbers), times ISO 8601 UTC. Secrets are not part of any
// record, so none can appear here.
QJsonObject accountJson(const Account& account);
QJsonObject paymentJson(const Payment& payment);
QJsonObject refundJson(const Refund& refund);
QJsonObject balanceJson(const Balance& balance);
QJsonObject addressJson(const DedicatedAddress& address);
QJsonObject withdrawalJson(const Withdrawal& withdrawal);
// What an address received, added to its addressJson(): deposit_count, confirming, received [{amount, currency}] (only
// when the sums are complete), last_activity.
void insertActivity(QJsonObject& object, const AddressActivity& activity);
// "0.5 BTC, 120 USDT" (what AddressActivity::received holds), or "" when nothing counts yet.
QString receivedText(const AddressActivity& activity);
// A journal entry (paydesk-cli journal): key, kind, state, times, the request summary as an object, the failure
// reason and how it was settled. `now` gives age_seconds.
QJsonObject journalEntryJson(const JournalEntry& entry, const QDateTime& now);
// "3d", "5h", "12m", "40s": how long ago `since` was.
QString ageText(const QDateTime& since, const QDateTime& now);

// "12.50 USD" (or "" for an empty amount), locale-neutral like everything paydesk-cli prints.
QString moneyText(const Money& money);
QString timeText(const QDateTime& time);

} // namespace paydesk::cli
