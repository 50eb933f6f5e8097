#pragma once

#include "core/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace paydesk {

// Display text the Payments and Refunds pages and dialogs share: amounts through AmountFormatter (the asset's
// precision, more when the amount has more digits), times in local time through QLocale, "—" when unknown.
class PaymentText final
{
    Q_DECLARE_TR_FUNCTIONS(PaymentText)

public:
    PaymentText() = delete;

    static QString money(const Money& money, const QLocale& locale = QLocale());
    static QString dateTime(const QDateTime& time, const QLocale& locale = QLocale());
    // What stands in for an unknown value.
    static QString none();
};

} // namespace paydesk
