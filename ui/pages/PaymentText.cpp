#include "ui/pages/PaymentText.h"

#include "core/Assets.h"
#include "models/AmountFormatter.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

QString PaymentText::money(const Money& money, const QLocale& locale)
{
    if (!money.isValid())
        return none();
    // Fiat at its precision; crypto at its precision up to 8 places (CRO has 18), more only for digits it has.
    const int assetPlaces
        = isFiat(money.currency) ? assetPrecision(money.currency) : qMin(assetPrecision(money.currency), 8);
    const int precision = qMax(assetPlaces, money.amount.normalized().scale());
    return AmountFormatter(locale).formatWithCurrency(money.amount, precision, money.currency);
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
