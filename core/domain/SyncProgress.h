#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace paydesk {

// Where one account's sync is. total is -1 when the gateway does not say how much there is.
struct SyncProgress
{
    enum class Stage {
        Reconciling, // settling creating calls whose outcome was unknown
        Invoices, // listing invoices
        OpenInvoices, // refreshing open invoices one by one
        OpenRefunds, // following refunds that are not final yet, one by one
        Withdrawals, // listing withdrawals (payouts) where the gateway has a list
        OpenWithdrawals, // following withdrawals (payouts) that are not final yet, one by one
        Balances,
        Assets, // the assets the gateway accepts, for the forms
        Addresses,
        Deposits, // reading deposits address by address where the invoice list does not bring them
    };

    QString accountId{};
    Stage stage = Stage::Reconciling;
    qint64 done = 0;
    qint64 total = -1;
};

// How one account's sync ended. A failing stage does not stop the others (except a rejected key, which stops the
// account); every failure is kept in plain words.
struct SyncOutcome
{
    QString accountId{};
    bool cancelled = false;
    QStringList errors{};
    QStringList notices{}; // what the merchant should know though nothing failed (a gateway that repeated a page)
    qint64 invoicesSeen = 0;
    qint64 invoicesInserted = 0;
    qint64 invoicesChanged = 0;
    qint64 refundsChanged = 0; // refunds whose status (or anything else) the gateway now shows differently
    qint64 withdrawalsChanged = 0; // withdrawals and payouts new to the ledger or shown differently
    qint64 addressesFound = 0; // dedicated addresses first seen in the gateway's history (a deposit named them)
    int reconciled = 0; // unknown journal entries settled
    int unsettled = 0; // unknown journal entries left after reconciling (no lookup settled them)

    bool ok() const { return !cancelled && errors.isEmpty(); }
};

} // namespace paydesk

Q_DECLARE_METATYPE(paydesk::SyncProgress)
Q_DECLARE_METATYPE(paydesk::SyncOutcome)
