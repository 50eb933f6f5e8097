// Ledger: batch upserts (split from Ledger.cpp to keep files small).
#include "core/domain/GatewayCapabilities.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerCodec.h"
#include "core/ledger/SqlTransaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

// INSERT ... ON CONFLICT DO UPDATE that writes only when a stored value differs, bumping `revision`.
// RETURNING revision: 1 → inserted, > 1 → changed, no row → unchanged.
QString upsertSql(const LedgerCodec::Table& table)
{
    const QStringList columns = table.columns();
    QStringList assignments;
    QStringList differences;
    for (const QString& column : table.valueColumns) {
        assignments << u"%1 = excluded.%1"_s.arg(column);
        differences << u"%1.%2 IS NOT excluded.%2"_s.arg(table.name, column);
    }
    assignments << u"revision = %1.revision + 1"_s.arg(table.name);
    return u"INSERT INTO %1 (%2, revision) VALUES (%3, 1) ON CONFLICT (%4) DO UPDATE SET %5 WHERE %6 "
           u"RETURNING revision"_s.arg(table.name, columns.join(u", "), QStringList(columns.size(), u"?"_s).join(u", "),
               table.keyColumns.join(u", "), assignments.join(u", "), differences.join(u" OR "));
}

struct Row
{
    QString id;
    QVariantList values;
};

template<typename Record, typename IdOf>
QList<Row> rowsOf(const QList<Record>& records, IdOf idOf)
{
    QList<Row> rows;
    rows.reserve(records.size());
    for (const Record& record : records)
        rows.append(Row{idOf(record), LedgerCodec::encode(record)});
    return rows;
}

bool execRow(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}

} // namespace

namespace {

LedgerResult<UpsertResult> upsertRows(QSqlDatabase db, const LedgerCodec::Table& table, const QList<Row>& rows,
    const LedgerCodec::Table* historyTable, const QString& what)
{
    UpsertResult result;
    if (rows.isEmpty())
        return result;
    for (const Row& row : rows) {
        for (int k = 0; k < table.keyColumns.size(); ++k) {
            // The first key columns (account id, record id) must not be empty.
            if (k < 2 && row.values.at(k).toString().isEmpty())
                return LedgerError::make(LedgerError::Kind::InvalidArgument,
                    QCoreApplication::translate("Ledger", "A record without an account id or id cannot be stored."),
                    table.name);
        }
    }
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return LedgerError::fromSql(transaction.lastError(), what);
    QSqlQuery upsert(db);
    if (!upsert.prepare(upsertSql(table)))
        return LedgerError::fromSql(upsert.lastError(), what);
    QSqlQuery history(db);
    if (historyTable) {
        const QStringList columns = historyTable->columns();
        if (!history.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                historyTable->name, columns.join(u", "), QStringList(columns.size(), u"?"_s).join(u", "))))
            return LedgerError::fromSql(history.lastError(), what);
    }
    for (const Row& row : rows) {
        if (!execRow(upsert, row.values))
            return LedgerError::fromSql(upsert.lastError(), what);
        if (!upsert.next())
            result.unchanged << row.id;
        else if (upsert.value(0).toLongLong() == 1)
            result.inserted << row.id;
        else
            result.changed << row.id;
        upsert.finish();
        if (historyTable && !execRow(history, row.values))
            return LedgerError::fromSql(history.lastError(), what);
    }
    upsert.finish();
    history.finish();
    if (!transaction.commit())
        return LedgerError::fromSql(transaction.lastError(), what);
    return result;
}

} // namespace

LedgerResult<UpsertResult> Ledger::upsertPayments(const QList<Payment>& payments)
{
    // Payments of gateways that name a deposit's address only by its text (DepositSource::InvoiceListByAddress) are
    // linked here to the account's dedicated address with that text, so every way in (sync, refresh, create) agrees.
    const auto linkable = [](const Payment& p) {
        return p.addressId.isEmpty() && !p.address.isEmpty()
            && depositSource(p.gateway) == DepositSource::InvoiceListByAddress;
    };
    QSet<QString> accountIds;
    for (const Payment& p : payments) {
        if (linkable(p))
            accountIds.insert(p.accountId);
    }
    if (accountIds.isEmpty())
        return upsertRows(m_db, LedgerCodec::payments(), rowsOf(payments, [](const Payment& p) { return p.id; }),
            nullptr, tr("Cannot store the payments."));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QStringList ids(accountIds.cbegin(), accountIds.cend());
    if (!query.prepare(u"SELECT account_id, address, id FROM dedicated_addresses WHERE account_id IN (%1) "
                       u"AND address IS NOT NULL AND address != ''"_s.arg(QStringList(ids.size(), u"?"_s).join(u", "))))
        return sqlError(query.lastError(), tr("Cannot store the payments."));
    for (int i = 0; i < ids.size(); ++i)
        query.bindValue(i, ids.at(i));
    if (!query.exec())
        return sqlError(query.lastError(), tr("Cannot store the payments."));
    QHash<QString, QString> addressIds; // account id + U+001F + address text → address id
    while (query.next())
        addressIds.insert(query.value(0).toString() + u'\x1f' + query.value(1).toString(), query.value(2).toString());
    QList<Payment> linked = payments;
    for (Payment& p : linked) {
        if (linkable(p))
            p.addressId = addressIds.value(p.accountId + u'\x1f' + p.address);
    }
    return upsertRows(m_db, LedgerCodec::payments(), rowsOf(linked, [](const Payment& p) { return p.id; }), nullptr,
        tr("Cannot store the payments."));
}

LedgerResult<UpsertResult> Ledger::upsertRefunds(const QList<Refund>& refunds)
{
    return upsertRows(m_db, LedgerCodec::refunds(), rowsOf(refunds, [](const Refund& r) { return r.id; }), nullptr,
        tr("Cannot store the refunds."));
}

LedgerResult<UpsertResult> Ledger::upsertDedicatedAddresses(const QList<DedicatedAddress>& addresses)
{
    return upsertRows(m_db, LedgerCodec::dedicatedAddresses(),
        rowsOf(addresses, [](const DedicatedAddress& a) { return a.id; }), nullptr,
        tr("Cannot store the dedicated addresses."));
}

LedgerResult<UpsertResult> Ledger::upsertWithdrawals(const QList<Withdrawal>& withdrawals)
{
    return upsertRows(m_db, LedgerCodec::withdrawals(), rowsOf(withdrawals, [](const Withdrawal& w) { return w.id; }),
        nullptr, tr("Cannot store the withdrawals."));
}

LedgerResult<UpsertResult> Ledger::upsertBlockchainTxs(const QList<BlockchainTx>& txs)
{
    return upsertRows(m_db, LedgerCodec::blockchainTxs(), rowsOf(txs, [](const BlockchainTx& t) { return t.txHash; }),
        nullptr, tr("Cannot store the blockchain transactions."));
}

LedgerResult<UpsertResult> Ledger::recordBalances(const QList<Balance>& balances)
{
    return upsertRows(m_db, LedgerCodec::balances(), rowsOf(balances, [](const Balance& b) { return b.currency; }),
        &LedgerCodec::balanceSnapshots(), tr("Cannot store the balances."));
}

LedgerResult<void> Ledger::replaceGatewayAssets(const QString& accountId, const QList<GatewayAsset>& assets)
{
    SqlTransaction transaction(m_db);
    const QString what = tr("Cannot store the gateway's assets.");
    if (!transaction.isActive())
        return sqlError(transaction.lastError(), what);
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM gateway_assets WHERE account_id = ?"_s);
    query.bindValue(0, accountId);
    if (!query.exec())
        return sqlError(query.lastError(), what);
    query.prepare(u"INSERT OR REPLACE INTO gateway_assets (account_id, code, network, name, fiat, available, minimum, "
                  u"precision, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const GatewayAsset& asset : assets) {
        query.bindValue(0, accountId);
        query.bindValue(1, asset.code);
        query.bindValue(2, asset.network);
        query.bindValue(3, asset.name.isEmpty() ? QVariant() : QVariant(asset.name));
        query.bindValue(4, asset.fiat ? 1 : 0);
        query.bindValue(5, asset.available ? 1 : 0);
        query.bindValue(6, asset.minimum ? QVariant(asset.minimum->toString()) : QVariant());
        query.bindValue(7, asset.precision ? QVariant(*asset.precision) : QVariant());
        query.bindValue(8, asset.readAt.isValid() ? QVariant(asset.readAt.toMSecsSinceEpoch()) : QVariant());
        if (!query.exec())
            return sqlError(query.lastError(), what);
    }
    if (!transaction.commit())
        return sqlError(transaction.lastError(), what);
    return {};
}

} // namespace paydesk
