#include "models/AmountFormatter.h"

#include "core/Assets.h"

#include <QList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

// Sizes of the digit runs of a QLocale-formatted positive integer, from the right ("12,34,567" → 3, 2, 2).
QList<int> digitRunsFromRight(const QString& text)
{
    QList<int> runs;
    int run = 0;
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (text.at(i).isDigit()) {
            ++run;
        } else if (run > 0) {
            runs.append(run);
            run = 0;
        }
    }
    if (run > 0)
        runs.append(run);
    return runs;
}

} // namespace

AmountFormatter::AmountFormatter(const QLocale& locale)
    : m_locale(locale)
{
    const QString zero = m_locale.zeroDigit();
    if (!zero.isEmpty())
        m_zeroDigit = zero.toUcs4().value(0, U'0');

    // 19 digits: enough groups to see both the lowest and the higher group size.
    const QList<int> runs = digitRunsFromRight(m_locale.toString(1111111111111111111ULL));
    if (runs.size() < 3)
        return; // no grouping
    m_groupSeparator = m_locale.groupSeparator();
    m_leastGroup = runs.at(0);
    m_higherGroup = runs.at(1);
    // The smallest power of ten that QLocale groups tells the minimum number of digits before a separator.
    unsigned long long probe = 1;
    for (int digits = 1; digits <= m_leastGroup + 4; ++digits, probe *= 10) {
        if (digits > m_leastGroup && digitRunsFromRight(m_locale.toString(probe)).size() > 1) {
            m_minimumGrouping = digits - m_leastGroup;
            break;
        }
    }
}

QString AmountFormatter::localDigits(QStringView asciiDigits) const
{
    if (m_zeroDigit == U'0')
        return asciiDigits.toString();
    QString text;
    text.reserve(asciiDigits.size() * (QChar::requiresSurrogates(m_zeroDigit) ? 2 : 1));
    for (QChar c : asciiDigits) {
        const char32_t codePoint = m_zeroDigit + (c.unicode() - u'0');
        text += QString::fromUcs4(&codePoint, 1);
    }
    return text;
}

QString AmountFormatter::format(const Decimal& amount, int precision) const
{
    precision = std::clamp(precision, 0, Decimal::kMaxScale);
    const Decimal shown = amount.rescaled(precision, Decimal::Rounding::HalfEven).value_or(amount);
    const QString plain = shown.abs().toString();
    const qsizetype point = plain.indexOf(u'.');
    const QStringView integerPart = QStringView(plain).left(point < 0 ? plain.size() : point);

    QString text;
    if (shown.isNegative())
        text += m_locale.negativeSign();
    const qsizetype digits = integerPart.size();
    if (m_groupSeparator.isEmpty() || digits < m_leastGroup + m_minimumGrouping) {
        text += localDigits(integerPart);
    } else {
        // Group boundaries counted from the right: the lowest group, then higher groups of equal size.
        QList<qsizetype> starts; // start index of each group, from the right
        for (qsizetype end = digits - m_leastGroup; end > 0; end -= m_higherGroup)
            starts.prepend(end);
        qsizetype from = 0;
        for (qsizetype start : starts) {
            text += localDigits(integerPart.mid(from, start - from)) + m_groupSeparator;
            from = start;
        }
        text += localDigits(integerPart.mid(from));
    }
    if (point >= 0)
        text += m_locale.decimalPoint() + localDigits(QStringView(plain).mid(point + 1));
    return text;
}

int AmountFormatter::displayPrecision(const Decimal& amount, QStringView currency)
{
    const int assetPlaces = isFiat(currency) ? assetPrecision(currency) : qMin(assetPrecision(currency), 8);
    return qMax(assetPlaces, amount.normalized().scale());
}

QString AmountFormatter::formatWithCurrency(const Decimal& amount, int precision, const QString& currency) const
{
    return format(amount, precision) + u'\u00a0' + currency;
}

} // namespace paydesk
