#pragma once

#include <Qt>

namespace paydesk {

// Item data roles shared by every table model in models/ (STYLE.md c.4.2). DisplayRole is localized text; these
// carry typed, locale-neutral values for sorting, filtering, export and actions. A role a model has no value for
// returns an invalid QVariant.
enum ModelRole : int {
    // The raw, locale-neutral value of the cell: QDateTime (UTC, invalid when unknown) for times, canonical decimal
    // text (Decimal::toString()) for amounts, the stable string id for enums ("paid", "cryptomus"), bool for flags,
    // QString for text. Exports read this role.
    SortRole = Qt::UserRole,
    // QString, any column: the record's id (payment, refund, address or account id; the currency for balances).
    IdRole,
    // QString, any column: the account the record belongs to (the account's own id in AccountTableModel).
    AccountIdRole,
    // int (paydesk::Gateway), any column.
    GatewayRole,
    // int, any column: the unified status (PaymentStatus, TransferStatus or AddressStatus, per model).
    StatusRole,
    // QString, any column: the gateway's own status string, for tooltips and exports.
    RawStatusRole,
    // paydesk::Money (QVariant::fromValue): the amount of an amount column, or the record's main amount on any
    // other column; invalid when there is none.
    AmountRole,
    // QString: the currency of AmountRole.
    CurrencyRole,
};

} // namespace paydesk
