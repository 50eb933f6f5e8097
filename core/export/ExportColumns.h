#pragma once

#include "core/domain/Account.h"
#include "core/domain/Balance.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/export/ExportKind.h"
#include "core/export/ExportValue.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace paydesk {

// The stable, documented column set of each export kind (docs/export.md) and the conversion of one ledger record
// into one typed row in that column order. Column names are the CSV header and the JSON keys; they never change
// meaning, and new columns are only ever appended.
//
// Times: *_utc columns are ISO 8601 UTC to the second with 'Z' ("2024-03-01T10:15:30Z"); *_local columns are the
// same instant in the export's time zone with its offset ("2024-03-01T11:15:30+01:00"). Unknown times are Empty.
// Amounts are Number cells (canonical Decimal text); a missing amount is Empty, and so is its currency.
class ExportColumns final
{
public:
    // accounts: to name each record's account; an unknown account id gets an empty name.
    // An invalid time zone is taken as UTC.
    ExportColumns(const QTimeZone& timeZone, const QList<Account>& accounts);

    static QStringList names(ExportKind kind);

    // Each fills `row` (cleared first, capacity kept) with one value per column of the kind.
    void paymentRow(const Payment& payment, ExportRow& row) const;
    // `createdHere`: Paydesk made the refund (origin "paydesk"); otherwise it was seen at the gateway ("gateway").
    void refundRow(const Refund& refund, bool createdHere, ExportRow& row) const;
    // For both Balances and BalanceSnapshots.
    void balanceRow(const Balance& balance, ExportRow& row) const;
    void addressRow(const DedicatedAddress& address, ExportRow& row) const;

    // "2024-03-01T10:15:30Z"; empty for an invalid time.
    static QString utcText(const QDateTime& time);
    // "2024-03-01T11:15:30+01:00" in the time zone given to the constructor; empty for an invalid time.
    QString localText(const QDateTime& time) const;
    // Same for any time zone (UTC for an invalid one).
    static QString localText(const QDateTime& time, const QTimeZone& timeZone);

private:
    void appendCommon(ExportRow& row, const QDateTime& time, const QString& accountId, Gateway gateway) const;

    QTimeZone m_timeZone;
    QHash<QString, QString> m_accountNames; // account id → name
};

} // namespace paydesk
