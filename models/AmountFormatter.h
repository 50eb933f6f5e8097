#pragma once

#include "core/Decimal.h"

#include <QLocale>
#include <QString>

namespace paydesk {

// Formats exact amounts for display through QLocale's symbols (group separator, decimal point, signs) without ever
// converting to double. Exports do not use this: they stay locale-neutral (Decimal::toString()).
class AmountFormatter final
{
public:
    explicit AmountFormatter(const QLocale& locale = QLocale());

    // "1234.5" at precision 2 in de_DE → "1.234,50". Rounds half-even when the amount has more digits.
    QString format(const Decimal& amount, int precision) const;
    // Amount followed by the currency code ("1,234.50 USD"); the code is never translated.
    QString formatWithCurrency(const Decimal& amount, int precision, const QString& currency) const;

private:
    QLocale m_locale;
};

} // namespace paydesk
