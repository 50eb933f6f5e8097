#pragma once

#include "core/Decimal.h"

#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

namespace paydesk {

// Exact sums kept apart per currency: amounts of different currencies are never added together, and nothing is
// converted (Paydesk has no exchange-rate source). text() puts the reporting currency first and lists the others
// after it ("USD 1,234.00 · also EUR 50.00, BTC 0.0123").
class CurrencyTotals final
{
public:
    // Adds `amount` to the sum of `currency`; false (and the sum unchanged) if the sum would exceed 38 digits.
    bool add(const QString& currency, const Decimal& amount);
    bool isEmpty() const { return m_sums.isEmpty(); }
    Decimal sum(const QString& currency) const { return m_sums.value(currency); }
    QStringList currencies() const { return m_sums.keys(); }
    const QMap<QString, Decimal>& sums() const { return m_sums; }

    // The reporting currency's total (zero when absent; left out when `reportingCurrency` is empty) followed by
    // "· also" and the other currencies in code order, each at its asset precision, through AmountFormatter.
    QString text(const QString& reportingCurrency, const QLocale& locale = QLocale()) const;
    // The currencies other than the reporting one, in code order: "BTC 0.0123, EUR 50.00" ("" when none). With a
    // limit ≥ 0, at most that many are listed, followed by "and N more".
    QString othersText(const QString& reportingCurrency, const QLocale& locale = QLocale(), int limit = -1) const;
    // One currency: "USD 1,234.00" — at least the asset's precision up to 2 decimals (fiat keeps its cents), and
    // every digit the amount has (never rounded): "BTC 0.0123", "CRO 14,439.50".
    static QString formatOne(const QString& currency, const Decimal& amount, const QLocale& locale = QLocale());

    friend bool operator==(const CurrencyTotals&, const CurrencyTotals&) = default;

private:
    QMap<QString, Decimal> m_sums;
};

} // namespace paydesk
