#include "core/ledger/LedgerCodec.h"

#include "core/ledger/LedgerRowReader.h"
#include "core/ledger/LedgerRowWriter.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

template<typename T>
std::optional<T> finish(const LedgerRowReader& reader, T record, QString* problem)
{
    if (reader.ok())
        return record;
    if (problem)
        *problem = reader.problem();
    return std::nullopt;
}

PaymentStatus paymentStatus(const QString& id)
{
    return paymentStatusFromId(id).value_or(PaymentStatus::Unknown);
}

TransferStatus transferStatus(const QString& id)
{
    return transferStatusFromId(id).value_or(TransferStatus::Unknown);
}

} // namespace

const LedgerCodec::Table& LedgerCodec::accounts()
{
    static const Table table{u"accounts"_s, {u"id"_s},
        {u"name"_s, u"gateway"_s, u"base_url"_s, u"merchant_id"_s, u"live_mode"_s, u"created"_s}};
    return table;
}

const LedgerCodec::Table& LedgerCodec::payments()
{
    static const Table table{u"payments"_s, {u"account_id"_s, u"id"_s},
        {u"gateway"_s, u"order_id"_s, u"description"_s, u"amount"_s, u"amount_currency"_s, u"pay_amount"_s,
            u"pay_currency"_s, u"network"_s, u"paid_amount"_s, u"paid_currency"_s, u"refunded_amount"_s,
            u"refunded_currency"_s, u"status"_s, u"raw_status"_s, u"address"_s, u"payment_url"_s, u"payer_email"_s,
            u"created"_s, u"updated"_s, u"expires"_s, u"live_mode"_s, u"raw_json"_s,
            // version 3
            u"exchange_rate"_s, u"exchange_rate_time"_s, u"paid_value_amount"_s, u"paid_value_currency"_s,
            u"fee_amount"_s, u"fee_currency"_s, u"credited_amount"_s, u"credited_currency"_s,
            // version 5
            u"address_id"_s}};
    return table;
}

const LedgerCodec::Table& LedgerCodec::refunds()
{
    static const Table table{u"refunds"_s, {u"account_id"_s, u"id"_s},
        {u"gateway"_s, u"payment_id"_s, u"amount"_s, u"amount_currency"_s, u"reason"_s, u"address"_s, u"status"_s,
            u"raw_status"_s, u"created"_s, u"updated"_s, u"raw_json"_s}};
    return table;
}

const LedgerCodec::Table& LedgerCodec::balances()
{
    static const Table table{u"balances"_s, {u"account_id"_s, u"currency"_s},
        {u"gateway"_s, u"total"_s, u"available"_s, u"on_hold"_s, u"fiat_amount"_s, u"fiat_currency"_s, u"as_of"_s,
            u"raw_json"_s}};
    return table;
}

const LedgerCodec::Table& LedgerCodec::balanceSnapshots()
{
    static const Table table{u"balance_snapshots"_s, balances().keyColumns, balances().valueColumns};
    return table;
}

const LedgerCodec::Table& LedgerCodec::dedicatedAddresses()
{
    static const Table table{u"dedicated_addresses"_s, {u"account_id"_s, u"id"_s},
        {u"gateway"_s, u"address"_s, u"tag"_s, u"currency"_s, u"network"_s, u"label"_s, u"customer_reference"_s,
            u"status"_s, u"raw_status"_s, u"created"_s, u"updated"_s, u"raw_json"_s}};
    return table;
}

const LedgerCodec::Table& LedgerCodec::withdrawals()
{
    static const Table table{u"withdrawals"_s, {u"account_id"_s, u"id"_s},
        {u"gateway"_s, u"foreign_id"_s, u"amount"_s, u"amount_currency"_s, u"fee_amount"_s, u"fee_currency"_s,
            u"address"_s, u"tag"_s, u"network"_s, u"tx_hash"_s, u"status"_s, u"raw_status"_s, u"created"_s,
            u"updated"_s, u"raw_json"_s}};
    return table;
}

const LedgerCodec::Table& LedgerCodec::blockchainTxs()
{
    static const Table table{u"blockchain_txs"_s, {u"account_id"_s, u"tx_hash"_s, u"payment_id"_s, u"address_id"_s},
        {u"gateway"_s, u"amount"_s, u"amount_currency"_s, u"network"_s, u"from_address"_s, u"to_address"_s,
            u"confirmations"_s, u"raw_status"_s, u"time"_s, u"raw_json"_s}};
    return table;
}

QVariantList LedgerCodec::encode(const Account& a)
{
    LedgerRowWriter w;
    w.key(a.id).key(a.name).key(gatewayId(a.gateway)).key(a.baseUrl.toString()).key(a.merchantId);
    w.boolean(a.liveMode).time(a.created);
    return w.values();
}

QVariantList LedgerCodec::encode(const Payment& p)
{
    LedgerRowWriter w;
    w.key(p.accountId).key(p.id).key(gatewayId(p.gateway)).text(p.orderId).text(p.description);
    w.money(p.amount).money(p.payAmount).text(p.network).money(p.paid).money(p.refunded);
    w.key(paymentStatusId(p.status)).text(p.rawStatus).text(p.address).text(p.paymentUrl).text(p.payerEmail);
    w.time(p.created).time(p.updated).time(p.expires).boolean(p.liveMode).blob(p.rawJson);
    w.optionalDecimal(p.exchangeRate).time(p.exchangeRateTime).money(p.paidValue).money(p.fee).money(p.credited);
    w.text(p.addressId);
    return w.values();
}

QVariantList LedgerCodec::encode(const Refund& r)
{
    LedgerRowWriter w;
    w.key(r.accountId).key(r.id).key(gatewayId(r.gateway)).text(r.paymentId).money(r.amount).text(r.reason);
    w.text(r.address).key(transferStatusId(r.status)).text(r.rawStatus).time(r.created).time(r.updated);
    w.blob(r.rawJson);
    return w.values();
}

QVariantList LedgerCodec::encode(const Balance& b)
{
    LedgerRowWriter w;
    w.key(b.accountId).key(b.currency).key(gatewayId(b.gateway)).decimal(b.total).decimal(b.available);
    w.decimal(b.onHold).money(b.fiatEquivalent).time(b.asOf).blob(b.rawJson);
    return w.values();
}

QVariantList LedgerCodec::encode(const DedicatedAddress& a)
{
    LedgerRowWriter w;
    w.key(a.accountId).key(a.id).key(gatewayId(a.gateway)).text(a.address).text(a.tag).text(a.currency);
    w.text(a.network).text(a.label).text(a.customerReference).key(addressStatusId(a.status)).text(a.rawStatus);
    w.time(a.created).time(a.updated).blob(a.rawJson);
    return w.values();
}

QVariantList LedgerCodec::encode(const Withdrawal& x)
{
    LedgerRowWriter w;
    w.key(x.accountId).key(x.id).key(gatewayId(x.gateway)).text(x.foreignId).money(x.amount).money(x.fee);
    w.text(x.address).text(x.tag).text(x.network).text(x.txHash).key(transferStatusId(x.status));
    w.text(x.rawStatus).time(x.created).time(x.updated).blob(x.rawJson);
    return w.values();
}

QVariantList LedgerCodec::encode(const BlockchainTx& t)
{
    LedgerRowWriter w;
    w.key(t.accountId).key(t.txHash).key(t.paymentId).key(t.addressId).key(gatewayId(t.gateway));
    w.money(t.amount).text(t.network).text(t.fromAddress).text(t.toAddress).integer(t.confirmations);
    w.text(t.rawStatus).time(t.time).blob(t.rawJson);
    return w.values();
}

std::optional<Account> LedgerCodec::decodeAccount(const QSqlQuery& query, QString* problem)
{
    LedgerRowReader r(query);
    Account a;
    a.id = r.text();
    a.name = r.text();
    a.gateway = r.gateway();
    a.baseUrl = QUrl(r.text());
    a.merchantId = r.text();
    a.liveMode = r.boolean();
    a.created = r.time();
    return finish(r, std::move(a), problem);
}

std::optional<Payment> LedgerCodec::decodePayment(const QSqlQuery& query, QString* problem)
{
    LedgerRowReader r(query);
    Payment p;
    p.accountId = r.text();
    p.id = r.text();
    p.gateway = r.gateway();
    p.orderId = r.text();
    p.description = r.text();
    p.amount = r.money();
    p.payAmount = r.money();
    p.network = r.text();
    p.paid = r.money();
    p.refunded = r.money();
    p.status = paymentStatus(r.id());
    p.rawStatus = r.text();
    p.address = r.text();
    p.paymentUrl = r.text();
    p.payerEmail = r.text();
    p.created = r.time();
    p.updated = r.time();
    p.expires = r.time();
    p.liveMode = r.boolean();
    p.rawJson = r.blob();
    p.exchangeRate = r.optionalDecimal();
    p.exchangeRateTime = r.time();
    p.paidValue = r.money();
    p.fee = r.money();
    p.credited = r.money();
    p.addressId = r.text();
    return finish(r, std::move(p), problem);
}

std::optional<Refund> LedgerCodec::decodeRefund(const QSqlQuery& query, QString* problem)
{
    LedgerRowReader r(query);
    Refund x;
    x.accountId = r.text();
    x.id = r.text();
    x.gateway = r.gateway();
    x.paymentId = r.text();
    x.amount = r.money();
    x.reason = r.text();
    x.address = r.text();
    x.status = transferStatus(r.id());
    x.rawStatus = r.text();
    x.created = r.time();
    x.updated = r.time();
    x.rawJson = r.blob();
    return finish(r, std::move(x), problem);
}

std::optional<Balance> LedgerCodec::decodeBalance(const QSqlQuery& query, QString* problem)
{
    LedgerRowReader r(query);
    Balance b;
    b.accountId = r.text();
    b.currency = r.text();
    b.gateway = r.gateway();
    b.total = r.decimal();
    b.available = r.decimal();
    b.onHold = r.decimal();
    b.fiatEquivalent = r.money();
    b.asOf = r.time();
    b.rawJson = r.blob();
    return finish(r, std::move(b), problem);
}

std::optional<DedicatedAddress> LedgerCodec::decodeDedicatedAddress(const QSqlQuery& query, QString* problem)
{
    LedgerRowReader r(query);
    DedicatedAddress a;
    a.accountId = r.text();
    a.id = r.text();
    a.gateway = r.gateway();
    a.address = r.text();
    a.tag = r.text();
    a.currency = r.text();
    a.network = r.text();
    a.label = r.text();
    a.customerReference = r.text();
    a.status = addressStatusFromId(r.id()).value_or(AddressStatus::Unknown);
    a.rawStatus = r.text();
    a.created = r.time();
    a.updated = r.time();
    a.rawJson = r.blob();
    return finish(r, std::move(a), problem);
}

std::optional<Withdrawal> LedgerCodec::decodeWithdrawal(const QSqlQuery& query, QString* problem)
{
    LedgerRowReader r(query);
    Withdrawal x;
    x.accountId = r.text();
    x.id = r.text();
    x.gateway = r.gateway();
    x.foreignId = r.text();
    x.amount = r.money();
    x.fee = r.money();
    x.address = r.text();
    x.tag = r.text();
    x.network = r.text();
    x.txHash = r.text();
    x.status = transferStatus(r.id());
    x.rawStatus = r.text();
    x.created = r.time();
    x.updated = r.time();
    x.rawJson = r.blob();
    return finish(r, std::move(x), problem);
}

std::optional<BlockchainTx> LedgerCodec::decodeBlockchainTx(const QSqlQuery& query, QString* problem)
{
    LedgerRowReader r(query);
    BlockchainTx t;
    t.accountId = r.text();
    t.txHash = r.text();
    t.paymentId = r.text();
    t.addressId = r.text();
    t.gateway = r.gateway();
    t.amount = r.money();
    t.network = r.text();
    t.fromAddress = r.text();
    t.toAddress = r.text();
    t.confirmations = static_cast<int>(r.integer());
    t.rawStatus = r.text();
    t.time = r.time();
    t.rawJson = r.blob();
    return finish(r, std::move(t), problem);
}

} // namespace paydesk
