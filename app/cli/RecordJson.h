#pragma once

#include "core/domain/Account.h"
#include "core/domain/Balance.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/domain/Withdrawal.h"

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

// "12.50 USD" (or "" for an empty amount), locale-neutral like everything paydesk-cli prints.
QString moneyText(const Money& money);
QString timeText(const QDateTime& time);

} // namespace paydesk::cli
