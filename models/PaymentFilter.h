#pragma once

#include "core/domain/PaymentStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace paydesk {

class PaymentRow;

// The Payments page's filter as a value: search text, accounts, a set of unified statuses, currencies and a created
// range [from, to) in UTC. An empty part does not restrict. matches() is the one predicate the table model scans
// its rows with (linearly, a million rows in tens of milliseconds), so the setters prepare what it needs.
//
// Text search: case-insensitive substring over order id, description, payment id, deposit address, payer e-mail
// and the amount and pay amount as canonical decimal text ("15.00", "0.00023100"); leading and trailing spaces of
// the search text are ignored. It finds what QString::contains(text, Qt::CaseInsensitive) finds; a search text
// that folds to ASCII is looked for with a byte scan (memchr), except in the rare rows holding ſ or K.
// Currencies match the requested amount's currency or the pay currency (as PaymentQuery does), ignoring case.
// A created range excludes payments whose created time is unknown.
class PaymentFilter final
{
public:
    PaymentFilter() = default;

    QString text() const { return m_text; }
    void setText(const QString& text);

    QStringList accountIds() const { return m_accountIds; }
    void setAccountIds(const QStringList& accountIds);

    QList<PaymentStatus> statuses() const;
    void setStatuses(const QList<PaymentStatus>& statuses);

    QStringList currencies() const { return m_currencies; }
    void setCurrencies(const QStringList& currencies);

    QDateTime createdFrom() const { return m_from; } // inclusive
    QDateTime createdTo() const { return m_to; } // exclusive
    // Invalid bounds are open; valid bounds are converted to UTC.
    void setCreatedRange(const QDateTime& from, const QDateTime& to);

    // True when the filter lets every row through.
    bool isEmpty() const;
    bool matches(const PaymentRow& row) const;
    // True when every row this filter matches is also matched by `previous`: same accounts, statuses, currencies and
    // range, and a search text that contains the previous one. The model then rescans only the rows shown so far.
    bool narrows(const PaymentFilter& previous) const;

    friend bool operator==(const PaymentFilter& a, const PaymentFilter& b);

private:
    bool textMatches(const PaymentRow& row) const;

    QString m_text; // trimmed
    QByteArray m_needle; // ASCII-lowered UTF-8 of the case-folded text, when that is pure ASCII
    bool m_needleAscii = true;
    QByteArray m_asciiRun; // otherwise its longest ASCII run: a row must contain it to match (a cheap first test)
    QStringList m_accountIds;
    quint32 m_statusMask = 0; // bit per PaymentStatus; 0 = any
    QStringList m_currencies; // upper case
    QList<QByteArray> m_currenciesUtf8;
    QDateTime m_from;
    QDateTime m_to;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};

} // namespace paydesk
