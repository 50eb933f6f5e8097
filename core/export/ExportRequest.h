#pragma once

#include "core/export/CsvDialect.h"
#include "core/export/ExportKind.h"
#include "core/ledger/PaymentQuery.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace paydesk {

// What to export and how. `query` is the filter: the payments page's current filter, or just a date range
// (createdFrom inclusive, createdTo exclusive, UTC instants). Which members each kind honours (docs/export.md):
//   Payments          every member, limit and offset included (a dialog exporting "the current filter" clears them);
//   Refunds, Addresses accountIds, currencies, createdFrom/createdTo (on the record's created time);
//   Balances          accountIds, currencies (the latest balances are the current state: no date range);
//   BalanceSnapshots  accountIds, currencies, createdFrom/createdTo (on the snapshot's as-of time).
struct ExportRequest
{
    ExportKind kind = ExportKind::Payments;
    ExportFormat format = ExportFormat::Csv;
    CsvDialect dialect{}; // CSV only
    PaymentQuery query{};
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // for the *_local columns

    // Whole days in `timeZone`: from the start of `first` to the end of `last` (both included). An invalid date
    // leaves that end open.
    void setDateRange(QDate first, QDate last)
    {
        query.createdFrom = first.isValid() ? QDateTime(first, QTime(0, 0), timeZone).toUTC() : QDateTime();
        query.createdTo = last.isValid() ? QDateTime(last.addDays(1), QTime(0, 0), timeZone).toUTC() : QDateTime();
    }
};

} // namespace paydesk
