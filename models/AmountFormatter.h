#pragma once

#include "core/Decimal.h"

#include <QLocale>
#include <QString>

namespace paydesk {

// Formats exact amounts for display through QLocale's symbols (group separator, decimal point, signs, native
// digits) without ever converting to double. Exports do not use this: they stay locale-neutral
// (Decimal::toString()).
//
// The grouping layout (size of the lowest group, of the higher groups — 2 for en_IN's "12,34,567" — and the
// minimum number of digits before a separator, 2 for es_ES's "1234" but "12.345") is read from the locale once, by
// formatting probe integers with QLocale, and then applied to integer parts of any length (up to 38 digits). One
// deliberate difference from Qt 6.4's QLocale::toString(): with a minimum of 2 (es_ES, pl_PL) Qt 6.4 prints
// 1234567 as "1234.567"; this class prints the CLDR form "1.234.567".
class AmountFormatter final
{
public:
    explicit AmountFormatter(const QLocale& locale = QLocale());

    // "1234.5" at precision 2 in de_DE → "1.234,50". Rounds half-even when the amount has more digits. A precision
    // outside 0..Decimal::kMaxScale is clamped; if the amount cannot be shown at that precision (a 38-digit
    // amount padded with decimals), it is shown at its own scale.
    QString format(const Decimal& amount, int precision) const;
    // Amount followed by a no-break space and the currency code ("1,234.50 USD"); the code is never translated.
    QString formatWithCurrency(const Decimal& amount, int precision, const QString& currency) const;

    // The places an amount of `currency` is shown with everywhere in the dashboard: a fiat currency's own precision;
    // a crypto asset's up to 8 (CRO and ETH have 18), more only for digits the amount really has.
    static int displayPrecision(const Decimal& amount, QStringView currency);

private:
    QString localDigits(QStringView asciiDigits) const;

    QLocale m_locale;
    QString m_groupSeparator; // empty: no grouping (OmitGroupSeparator or a locale without grouping)
    int m_leastGroup = 3;
    int m_higherGroup = 3;
    int m_minimumGrouping = 1;
    char32_t m_zeroDigit = U'0';
};

} // namespace paydesk
