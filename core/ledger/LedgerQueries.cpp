// Ledger: read queries (split from Ledger.cpp to keep files small).
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerCodec.h"
#include "core/ledger/LedgerRowReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariantList>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

struct Where
{
    QStringList conditions;
    QVariantList values;

    void in(const QString& column, const QStringList& items)
    {
        if (items.isEmpty())
            return;
        conditions << u"%1 IN (%2)"_s.arg(column, QStringList(items.size(), u"?"_s).join(u", "));
        for (const QString& item : items)
            values << item;
    }
    void add(const QString& condition, const QVariantList& bound)
    {
        conditions << condition;
        values << bound;
    }
    QString sql() const { return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "); }
};

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

Where paymentWhere(const PaymentQuery& q)
{
    Where where;
    where.in(u"account_id"_s, q.accountIds);
    QStringList statuses;
    for (PaymentStatus status : q.statuses)
        statuses << paymentStatusId(status);
    where.in(u"status"_s, statuses);
    if (!q.currencies.isEmpty()) {
        const QString list = QStringList(q.currencies.size(), u"?"_s).join(u", ");
        QVariantList bound;
        for (int pass = 0; pass < 2; ++pass)
            for (const QString& currency : q.currencies)
                bound << currency;
        where.add(u"(amount_currency IN (%1) OR pay_currency IN (%1))"_s.arg(list), bound);
    }
    if (q.createdFrom.isValid())
        where.add(u"created >= ?"_s, {q.createdFrom.toMSecsSinceEpoch()});
    if (q.createdTo.isValid())
        where.add(u"created < ?"_s, {q.createdTo.toMSecsSinceEpoch()});
    if (q.liveMode)
        where.add(u"live_mode = ?"_s, {*q.liveMode ? 1 : 0});
    if (!q.addressId.isEmpty())
        where.add(u"address_id = ?"_s, {q.addressId});
    if (!q.search.isEmpty()) {
        const QString pattern = likePattern(q.search);
        where.add(u"(id LIKE ? ESCAPE '\\' OR order_id LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\' "
                  u"OR address LIKE ? ESCAPE '\\')"_s,
            {pattern, pattern, pattern, pattern});
    }
    return where;
}

QString limitSql(const PaymentQuery& q)
{
    if (q.limit < 0 && q.offset <= 0)
        return {};
    return u" LIMIT %1 OFFSET %2"_s.arg(q.limit < 0 ? -1 : q.limit).arg(qMax(0, q.offset));
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}

// Runs a SELECT of one record table and decodes every row.
template<typename Record, typename Decode>
LedgerResult<QList<Record>> selectAll(
    QSqlDatabase db, const QString& sql, const QVariantList& values, Decode decode, const QString& what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, sql, values))
        return LedgerError::fromSql(query.lastError(), what);
    QList<Record> result;
    while (query.next()) {
        QString problem;
        auto record = decode(query, &problem);
        if (!record)
            return LedgerError::make(LedgerError::Kind::Corrupt,
                QCoreApplication::translate("Ledger", "A record in the ledger is damaged."), problem);
        result.append(std::move(*record));
    }
    return result;
}

template<typename Record>
LedgerResult<Record> single(LedgerResult<QList<Record>> list, const QString& notFound)
{
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return LedgerError::make(LedgerError::Kind::NotFound, notFound);
    return std::move(list.value().first());
}

QString paymentOrder()
{
    return u" ORDER BY created DESC, account_id, id"_s;
}

} // namespace

LedgerResult<QList<Payment>> Ledger::payments(const PaymentQuery& q) const
{
    const Where where = paymentWhere(q);
    return selectAll<Payment>(m_db,
        u"SELECT %1 FROM payments"_s.arg(LedgerCodec::payments().selectList()) + where.sql() + paymentOrder()
            + limitSql(q),
        where.values, &LedgerCodec::decodePayment, tr("Cannot read the payments."));
}

LedgerResult<qint64> Ledger::countPayments(const PaymentQuery& q) const
{
    const Where where = paymentWhere(q);
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT count(*) FROM payments"_s + where.sql(), where.values) || !query.next())
        return sqlError(query.lastError(), tr("Cannot count the payments."));
    return query.value(0).toLongLong();
}

LedgerResult<QMap<PaymentStatus, qint64>> Ledger::paymentCountsByStatus(const PaymentQuery& q) const
{
    const Where where = paymentWhere(q);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, u"SELECT status, count(*) FROM payments"_s + where.sql() + u" GROUP BY status"_s, where.values))
        return sqlError(query.lastError(), tr("Cannot count the payments."));
    QMap<PaymentStatus, qint64> counts;
    while (query.next())
        counts[paymentStatusFromId(query.value(0).toString()).value_or(PaymentStatus::Unknown)]
            += query.value(1).toLongLong();
    return counts;
}

LedgerResult<qint64> Ledger::forEachPayment(
    const PaymentQuery& q, const std::function<bool(const Payment&)>& visitor) const
{
    const Where where = paymentWhere(q);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
            u"SELECT %1 FROM payments"_s.arg(LedgerCodec::payments().selectList()) + where.sql() + paymentOrder()
                + limitSql(q),
            where.values))
        return sqlError(query.lastError(), tr("Cannot read the payments."));
    qint64 visited = 0;
    while (query.next()) {
        QString problem;
        const auto payment = LedgerCodec::decodePayment(query, &problem);
        if (!payment)
            return LedgerError::make(LedgerError::Kind::Corrupt, tr("A record in the ledger is damaged."), problem);
        ++visited;
        if (!visitor(*payment))
            break;
    }
    return visited;
}

LedgerResult<qint64> Ledger::forEachPaymentFigures(
    const PaymentQuery& q, const std::function<bool(const PaymentFigures&)>& visitor) const
{
    const Where where = paymentWhere(q);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
            u"SELECT account_id, gateway, status, amount, amount_currency, refunded_amount, refunded_currency, created "
            u"FROM payments"_s
                + where.sql() + limitSql(q),
            where.values))
        return sqlError(query.lastError(), tr("Cannot read the payments."));
    qint64 visited = 0;
    PaymentFigures figures;
    while (query.next()) {
        LedgerRowReader reader(query);
        figures.accountId = reader.text();
        figures.gateway = reader.gateway();
        figures.status = paymentStatusFromId(reader.id()).value_or(PaymentStatus::Unknown);
        figures.amount = reader.money();
        figures.refunded = reader.money();
        const QVariant created = query.value(7);
        figures.createdMs = created.isNull() ? PaymentFigures::kUnknownTime : created.toLongLong();
        if (!reader.ok())
            return LedgerError::make(
                LedgerError::Kind::Corrupt, tr("A record in the ledger is damaged."), reader.problem());
        ++visited;
        if (!visitor(figures))
            break;
    }
    return visited;
}

LedgerResult<Payment> Ledger::payment(const QString& accountId, const QString& paymentId) const
{
    return single(
        selectAll<Payment>(m_db,
            u"SELECT %1 FROM payments WHERE account_id = ? AND id = ?"_s.arg(LedgerCodec::payments().selectList()),
            {accountId, paymentId}, &LedgerCodec::decodePayment, tr("Cannot read the payments.")),
        tr("There is no payment %1.").arg(paymentId));
}

LedgerResult<Payment> Ledger::paymentByOrderId(const QString& accountId, const QString& orderId) const
{
    return single(
        selectAll<Payment>(m_db,
            u"SELECT %1 FROM payments WHERE account_id = ? AND order_id = ?"_s.arg(LedgerCodec::payments().selectList())
                + paymentOrder() + u" LIMIT 1"_s,
            {accountId, orderId}, &LedgerCodec::decodePayment, tr("Cannot read the payments.")),
        tr("There is no payment for order %1.").arg(orderId));
}

LedgerResult<QList<Refund>> Ledger::refunds(const QStringList& accountIds) const
{
    Where where;
    where.in(u"account_id"_s, accountIds);
    return selectAll<Refund>(m_db,
        u"SELECT %1 FROM refunds"_s.arg(LedgerCodec::refunds().selectList()) + where.sql()
            + u" ORDER BY created DESC, account_id, id"_s,
        where.values, &LedgerCodec::decodeRefund, tr("Cannot read the refunds."));
}

LedgerResult<QList<Refund>> Ledger::refundsForPayment(const QString& accountId, const QString& paymentId) const
{
    return selectAll<Refund>(m_db,
        u"SELECT %1 FROM refunds WHERE payment_id = ? AND account_id = ? ORDER BY created DESC, id"_s.arg(
            LedgerCodec::refunds().selectList()),
        {paymentId, accountId}, &LedgerCodec::decodeRefund, tr("Cannot read the refunds."));
}

LedgerResult<QList<Balance>> Ledger::latestBalances(const QStringList& accountIds) const
{
    Where where;
    where.in(u"account_id"_s, accountIds);
    return selectAll<Balance>(m_db,
        u"SELECT %1 FROM balances"_s.arg(LedgerCodec::balances().selectList()) + where.sql()
            + u" ORDER BY account_id, currency"_s,
        where.values, &LedgerCodec::decodeBalance, tr("Cannot read the balances."));
}

LedgerResult<QList<Balance>> Ledger::balanceSnapshots(
    const QString& accountId, const QString& currency, const QDateTime& from, const QDateTime& to) const
{
    Where where;
    where.add(u"account_id = ?"_s, {accountId});
    if (!currency.isEmpty())
        where.add(u"currency = ?"_s, {currency});
    if (from.isValid())
        where.add(u"as_of >= ?"_s, {from.toMSecsSinceEpoch()});
    if (to.isValid())
        where.add(u"as_of < ?"_s, {to.toMSecsSinceEpoch()});
    return selectAll<Balance>(m_db,
        u"SELECT %1 FROM balance_snapshots"_s.arg(LedgerCodec::balanceSnapshots().selectList()) + where.sql()
            + u" ORDER BY as_of, id"_s,
        where.values, &LedgerCodec::decodeBalance, tr("Cannot read the balance history."));
}

LedgerResult<QList<DedicatedAddress>> Ledger::dedicatedAddresses(const QStringList& accountIds) const
{
    Where where;
    where.in(u"account_id"_s, accountIds);
    return selectAll<DedicatedAddress>(m_db,
        u"SELECT %1 FROM dedicated_addresses"_s.arg(LedgerCodec::dedicatedAddresses().selectList()) + where.sql()
            + u" ORDER BY created DESC, account_id, id"_s,
        where.values, &LedgerCodec::decodeDedicatedAddress, tr("Cannot read the dedicated addresses."));
}

LedgerResult<QList<AddressActivity>> Ledger::addressActivity(const QStringList& accountIds) const
{
    Where where;
    where.in(u"account_id"_s, accountIds);
    where.add(u"address_id IS NOT NULL"_s, {}); // the partial index payments_address
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
            u"SELECT account_id, address_id, status, paid_amount, paid_currency, created, updated FROM payments"_s
                + where.sql() + u" ORDER BY account_id, address_id"_s,
            where.values))
        return sqlError(query.lastError(), tr("Cannot read the deposits to dedicated addresses."));
    QList<AddressActivity> result;
    while (query.next()) {
        LedgerRowReader reader(query);
        const QString accountId = reader.text();
        const QString addressId = reader.text();
        const PaymentStatus status = paymentStatusFromId(reader.id()).value_or(PaymentStatus::Unknown);
        const Money paid = reader.money();
        const QDateTime created = reader.time();
        const QDateTime updated = reader.time();
        if (!reader.ok())
            return LedgerError::make(
                LedgerError::Kind::Corrupt, tr("A record in the ledger is damaged."), reader.problem());
        if (result.isEmpty() || result.last().accountId != accountId || result.last().addressId != addressId)
            result.append(AddressActivity{accountId, addressId});
        result.last().add(status, paid, updated.isValid() ? updated : created);
    }
    return result;
}

LedgerResult<QList<GatewayAsset>> Ledger::gatewayAssets(const QString& accountId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
            u"SELECT code, network, name, fiat, available, minimum, precision, read_at FROM gateway_assets "
            u"WHERE account_id = ? ORDER BY fiat DESC, code, network"_s,
            {accountId}))
        return sqlError(query.lastError(), tr("Cannot read the gateway's assets."));
    QList<GatewayAsset> assets;
    while (query.next()) {
        GatewayAsset asset;
        asset.accountId = accountId;
        asset.code = query.value(0).toString();
        asset.network = query.value(1).toString();
        asset.name = query.value(2).toString();
        asset.fiat = query.value(3).toInt() != 0;
        asset.available = query.value(4).toInt() != 0;
        if (!query.value(5).isNull()) {
            asset.minimum = Decimal::fromString(query.value(5).toString());
            if (!asset.minimum)
                return LedgerError::make(
                    LedgerError::Kind::Corrupt, tr("A record in the ledger is damaged."), u"gateway_assets.minimum"_s);
        }
        if (!query.value(6).isNull())
            asset.precision = query.value(6).toInt();
        if (!query.value(7).isNull())
            asset.readAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), QTimeZone::utc());
        assets.append(std::move(asset));
    }
    return assets;
}

LedgerResult<QList<Withdrawal>> Ledger::withdrawals(const QStringList& accountIds) const
{
    Where where;
    where.in(u"account_id"_s, accountIds);
    return selectAll<Withdrawal>(m_db,
        u"SELECT %1 FROM withdrawals"_s.arg(LedgerCodec::withdrawals().selectList()) + where.sql()
            + u" ORDER BY created DESC, account_id, id"_s,
        where.values, &LedgerCodec::decodeWithdrawal, tr("Cannot read the withdrawals."));
}

LedgerResult<QList<BlockchainTx>> Ledger::blockchainTxsForPayment(
    const QString& accountId, const QString& paymentId) const
{
    return selectAll<BlockchainTx>(m_db,
        u"SELECT %1 FROM blockchain_txs WHERE account_id = ? AND payment_id = ? ORDER BY time, tx_hash"_s.arg(
            LedgerCodec::blockchainTxs().selectList()),
        {accountId, paymentId}, &LedgerCodec::decodeBlockchainTx, tr("Cannot read the blockchain transactions."));
}

} // namespace paydesk
