#include "models/CurrencyTotals.h"

#include "core/Assets.h"
#include "models/AmountFormatter.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

bool CurrencyTotals::add(const QString& currency, const Decimal& amount)
{
    auto it = m_sums.find(currency);
    if (it == m_sums.end()) {
        m_sums.insert(currency, amount);
        return true;
    }
    const auto sum = it->plus(amount);
    if (!sum)
        return false;
    *it = *sum;
    return true;
}

QString CurrencyTotals::formatOne(const QString& currency, const Decimal& amount, const QLocale& locale)
{
    const int precision = qMax(qMin(assetPrecision(currency), 2), amount.normalized().scale());
    return currency + QChar(0x00A0) + AmountFormatter(locale).format(amount, precision);
}

QString CurrencyTotals::othersText(const QString& reportingCurrency, const QLocale& locale, int limit) const
{
    QStringList others;
    int omitted = 0;
    for (auto it = m_sums.cbegin(); it != m_sums.cend(); ++it) {
        if (it.key() == reportingCurrency)
            continue;
        if (limit >= 0 && others.size() >= limit)
            ++omitted;
        else
            others << formatOne(it.key(), it.value(), locale);
    }
    if (omitted == 0)
        return others.join(u", "_s);
    return QCoreApplication::translate("CurrencyTotals", "%1 and %n more", nullptr, omitted).arg(others.join(u", "_s));
}

QString CurrencyTotals::text(const QString& reportingCurrency, const QLocale& locale) const
{
    const QString others = othersText(reportingCurrency, locale);
    if (reportingCurrency.isEmpty())
        return others.isEmpty() ? QCoreApplication::translate("CurrencyTotals", "none") : others;
    const QString main = formatOne(reportingCurrency, m_sums.value(reportingCurrency), locale);
    if (others.isEmpty())
        return main;
    return QCoreApplication::translate("CurrencyTotals", "%1 · also %2").arg(main, others);
}

} // namespace paydesk
