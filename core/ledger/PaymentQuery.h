#pragma once

#include "core/domain/PaymentStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk {

// Filter for Ledger::payments(), countPayments(), paymentCountsByStatus() and forEachPayment().
// Every empty / invalid member means "no restriction". Results are ordered by created time, newest first
// (unknown created time last), then by account id and payment id, so paging with limit/offset is stable.
struct PaymentQuery
{
    QStringList accountIds{};
    QList<PaymentStatus> statuses{};
    QStringList currencies{}; // matches the requested amount's currency or the pay currency
    QDateTime createdFrom{}; // inclusive (UTC instant)
    QDateTime createdTo{}; // exclusive
    // Case-insensitive (ASCII) substring over payment id, order id, description and deposit address.
    QString search{};
    std::optional<bool> liveMode{}; // live invoices only (true) or test invoices only (false)
    QString addressId{}; // the deposits to one dedicated address (Payment::addressId); with accountIds to name it
    int limit = -1; // -1: no limit
    int offset = 0;
};

} // namespace paydesk
