#include "models/AmountFormatter.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

AmountFormatter::AmountFormatter(const QLocale& locale)
    : m_locale(locale)
{
}

QString AmountFormatter::format(const Decimal& amount, int precision) const
{
    const Decimal shown = amount.rescaled(precision, Decimal::Rounding::HalfEven).value_or(amount);
    const QString plain = shown.abs().toString();
    const qsizetype point = plain.indexOf(u'.');
    const QStringView integerPart = QStringView(plain).left(point < 0 ? plain.size() : point);

    QString text;
    if (shown.isNegative())
        text += m_locale.negativeSign();
    const bool grouping = !(m_locale.numberOptions() & QLocale::OmitGroupSeparator);
    for (qsizetype i = 0; i < integerPart.size(); ++i) {
        if (grouping && i > 0 && (integerPart.size() - i) % 3 == 0)
            text += m_locale.groupSeparator();
        text += integerPart.at(i);
    }
    if (point >= 0)
        text += m_locale.decimalPoint() + QStringView(plain).mid(point + 1);
    return text;
}

QString AmountFormatter::formatWithCurrency(const Decimal& amount, int precision, const QString& currency) const
{
    return format(amount, precision) + u'\u00a0' + currency;
}

} // namespace paydesk
