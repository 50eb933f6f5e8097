#pragma once

#include "core/domain/Account.h"
#include "core/domain/Balance.h"
#include "core/domain/BlockchainTx.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/domain/Withdrawal.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace paydesk {

// Column layout of each record table and the mapping between records and rows. encode() yields the values in
// Table::columns() order; decode() reads a row selected with Table::selectList() (same order). decode() returns
// std::nullopt and sets *problem when a stored value cannot be read back.
class LedgerCodec final
{
public:
    struct Table
    {
        QString name;
        QStringList keyColumns;
        QStringList valueColumns;

        QStringList columns() const { return keyColumns + valueColumns; }
        QString selectList() const { return columns().join(u", "); }
    };

    static const Table& accounts();
    static const Table& payments();
    static const Table& refunds();
    static const Table& balances();
    static const Table& balanceSnapshots(); // keyless append-only history, same columns as balances
    static const Table& dedicatedAddresses();
    static const Table& withdrawals();
    static const Table& blockchainTxs();

    static QVariantList encode(const Account& account);
    static QVariantList encode(const Payment& payment);
    static QVariantList encode(const Refund& refund);
    static QVariantList encode(const Balance& balance);
    static QVariantList encode(const DedicatedAddress& address);
    static QVariantList encode(const Withdrawal& withdrawal);
    static QVariantList encode(const BlockchainTx& tx);

    static std::optional<Account> decodeAccount(const QSqlQuery& query, QString* problem);
    static std::optional<Payment> decodePayment(const QSqlQuery& query, QString* problem);
    static std::optional<Refund> decodeRefund(const QSqlQuery& query, QString* problem);
    static std::optional<Balance> decodeBalance(const QSqlQuery& query, QString* problem);
    static std::optional<DedicatedAddress> decodeDedicatedAddress(const QSqlQuery& query, QString* problem);
    static std::optional<Withdrawal> decodeWithdrawal(const QSqlQuery& query, QString* problem);
    static std::optional<BlockchainTx> decodeBlockchainTx(const QSqlQuery& query, QString* problem);
};

} // namespace paydesk
