#include "ui/pages/PaymentText.h"

#include "models/AmountFormatter.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

QString PaymentText::money(const Money& money, const QLocale& locale)
{
    if (!money.isValid())
        return none();
    return AmountFormatter(locale).formatWithCurrency(
        money.amount, AmountFormatter::displayPrecision(money.amount, money.currency), money.currency);
}

QString PaymentText::dateTime(const QDateTime& time, const QLocale& locale)
{
    if (!time.isValid())
        return none();
    return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString PaymentText::none()
{
    return u"—"_s;
}

} // namespace paydesk
