#pragma once

#include "core/domain/Withdrawal.h"

#include <QList>
#include <QString>

namespace paydesk {

// One page of withdrawals (Cryptomus: payouts), newest first. An empty nextCursor means the last page.
struct WithdrawalPage
{
    QList<Withdrawal> withdrawals{};
    QString nextCursor{};
};

} // namespace paydesk
