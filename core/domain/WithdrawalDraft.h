#pragma once

#include "core/Money.h"

#include <QString>

namespace paydesk {

// A withdrawal or payout to an external address.
struct WithdrawalDraft
{
    QString accountId{};
    Money amount{};
    QString address{};
    QString tag{}; // memo / destination tag
    QString network{};
    QString foreignId{}; // client-generated, unique: the idempotency key
};

} // namespace paydesk
