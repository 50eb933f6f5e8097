#pragma once

#include "core/Decimal.h"

#include <QString>

namespace paydesk {

// An exact amount in one currency or asset ("USD", "BTC", "USDT"). Currency codes are upper case.
struct Money
{
    Decimal amount;
    QString currency;

    bool isValid() const { return !currency.isEmpty(); }
    friend bool operator==(const Money&, const Money&) = default;
};

} // namespace paydesk
