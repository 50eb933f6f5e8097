// Gateway v10.2 reply objects, field for field in the order of the spec's examples (fields the tables list but
// the examples lack come where the table puts them). Optional strings are left out when empty.
#include "sandbox/SandboxClock.h"
#include "sandbox/bucksbus/BucksbusSimulator.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

namespace fmt = bucksbus::format;
using bucksbus::asset;
using bucksbus::BucksbusAsset;

const bucksbus::Uuid& storeUuid()
{
    static const bucksbus::Uuid id = *fmt::parseUuid(QString(BucksbusSimulator::kStoreId));
    return id;
}

QByteArray accountId(const bucksbus::Uuid& store, quint8 assetIndex)
{
    return fmt::uuidText(fmt::derivedUuid(store, 100 + assetIndex));
}

void optional(JsonWriter& w, QLatin1StringView key, const QString& value)
{
    if (!value.isEmpty())
        w.field(key, value);
}

QLatin1StringView statusCode(int status)
{
    static constexpr QLatin1StringView codes[] = {"OPEN"_L1, "COMPLETE"_L1, "CANCEL"_L1, "CLOSING"_L1};
    return codes[status];
}

} // namespace

void BucksbusSimulator::writeStatus(
    JsonWriter& w, const WriteContext& context, Status status, bool typed, QLatin1StringView completeName)
{
    const int s = static_cast<int>(status);
    const QLatin1StringView name = status == Status::Open
        ? "Open"_L1
        : (status == Status::Complete ? completeName : (status == Status::Cancel ? "Cancelled"_L1 : "Closing"_L1));
    const bool plain = !typed || context.statusFields != StatusFields::StatusType;
    const bool withType = typed && context.statusFields != StatusFields::Status;
    if (plain)
        w.field("status"_L1, statusCode(s)).field("status_name"_L1, name);
    if (withType)
        w.field("status_type"_L1, statusCode(s)).field("status_type_name"_L1, name);
}

BucksbusSimulator::WriteContext BucksbusSimulator::context() const
{
    WriteContext ctx;
    ctx.data = m_data.get();
    ctx.base = m_environment.baseUrl ? m_environment.baseUrl().toString() : QString();
    if (ctx.base.endsWith(u'/'))
        ctx.base.chop(1);
    ctx.statusFields = m_settings.statusFields;
    return ctx;
}

std::optional<Decimal> BucksbusSimulator::convertAmount(const Decimal& amount, quint8 from, quint8 to)
{
    if (from == to)
        return amount;
    const BucksbusAsset& target = asset(to);
    const auto value = amount.multipliedBy(asset(from).price(), amount.scale() + 4, Decimal::Rounding::HalfUp);
    if (!value)
        return std::nullopt;
    return value->dividedBy(target.price(), target.precision, Decimal::Rounding::HalfUp);
}

double BucksbusSimulator::rate(quint8 from, quint8 to)
{
    if (from == to)
        return 1.0;
    const auto value = asset(from).price().dividedBy(asset(to).price(), 20, Decimal::Rounding::HalfEven);
    return value ? fmt::toDouble(*value) : 0.0;
}

Decimal BucksbusSimulator::paidAmount(const Payment& payment) const
{
    if (payment.ipAmount.isZero())
        return Decimal();
    if (!payment.paymentAmount.isZero() && payment.ipAmount == payment.paymentAmount)
        return payment.amount;
    if (payment.asset == payment.payAsset)
        return payment.ipAmount;
    // Converted at the payment's rate (prices are fixed in the sandbox), rounded down to the asset's precision.
    const auto value = payment.ipAmount.multipliedBy(
        asset(payment.payAsset).price(), payment.ipAmount.scale() + 4, Decimal::Rounding::HalfUp);
    if (!value)
        return Decimal();
    return value->dividedBy(asset(payment.asset).price(), asset(payment.asset).precision, Decimal::Rounding::Down)
        .value_or(Decimal());
}

void BucksbusSimulator::writePayment(JsonWriter& w, const WriteContext& ctx, qint32 index, bool listItem) const
{
    const Data& data = *ctx.data;
    const Payment& p = data.payments[static_cast<size_t>(index)];
    const BucksbusAsset& a = asset(p.asset);
    const BucksbusAsset& pa = asset(p.payAsset);
    const QByteArray id = fmt::uuidText(p.id);
    const QByteArray code = fmt::uuidText(fmt::derivedUuid(p.id, 1));
    const Dedicate* dedicate = p.dedicate >= 0 ? &data.dedicates[static_cast<size_t>(p.dedicate)] : nullptr;
    const QString address = dedicate ? fmt::address(pa.addressKind, dedicate->addressSeed)
                                     : fmt::address(pa.addressKind, p.id.lo ^ p.id.hi);
    const Decimal remain = p.paymentAmount > p.ipAmount ? *p.paymentAmount.minus(p.ipAmount) : Decimal();

    w.beginObject()
        .key("payment_id"_L1)
        .stringUtf8(id)
        .key("store_id"_L1)
        .stringUtf8(fmt::uuidText(storeUuid()))
        .key("account_id"_L1)
        .stringUtf8(accountId(storeUuid(), p.payAsset))
        .field("payment_num"_L1, QString::number(p.number))
        .field("payment_type"_L1, p.type == PaymentType::Fixed ? "FIXED_AMOUNT"_L1 : "OPEN_AMOUNT"_L1)
        .field("payment_type_name"_L1, p.type == PaymentType::Fixed ? "Fixed Amount"_L1 : "Open Amount"_L1)
        .field("store_name"_L1, kStoreName)
        .field("is_test"_L1, true)
        .field("amount"_L1, fmt::amountText(p.amount))
        .field("asset_id"_L1, a.id)
        .field("paid_amount"_L1, fmt::amountText(paidAmount(p)))
        .field("payment_amount"_L1, fmt::amountText(p.paymentAmount))
        .field("payment_asset_id"_L1, pa.id)
        .key("rate"_L1)
        .rawNumber(fmt::floatToken(rate(p.asset, p.payAsset)))
        .key("rate_date"_L1)
        .stringUtf8(fmt::isoTime(p.start))
        .field("ip_amount"_L1, fmt::amountText(p.ipAmount))
        .field("ip_asset_id"_L1, pa.id)
        .field("remain_amount"_L1, fmt::amountText(remain))
        .field("remain_asset_id"_L1, pa.id);
    writeStatus(w, ctx, p.status, listItem, "Completed"_L1);
    w.field("crypto_network"_L1, pa.network)
        .field("crypto_network_name"_L1, pa.networkName)
        .field("crypto_address_link"_L1, fmt::link(pa.addressLink, "{address}"_L1, address));
    if (p.lastTx >= 0)
        w.field("crypto_transaction_link"_L1,
            fmt::link(pa.transactionLink, "{txid}"_L1, fmt::transactionHash(pa.addressKind, std::uint64_t(p.lastTx))));
    w.key("address_id"_L1)
        .stringUtf8(fmt::uuidText(dedicate ? fmt::derivedUuid(dedicate->id, 2) : fmt::derivedUuid(p.id, 2)))
        .field("address"_L1, address)
        .field("confirms"_L1, pa.confirmations)
        .key("start_date"_L1)
        .stringUtf8(fmt::isoTime(p.start))
        .key("end_date"_L1)
        .stringUtf8(fmt::isoTime(p.end));
    if (p.complete > 0)
        w.key("complete_date"_L1).stringUtf8(fmt::isoTime(p.complete));
    w.field("payment_url"_L1,
         u"%1/bucksbus/payer/payment/%2?code=%3"_s.arg(ctx.base, QLatin1StringView(id), QLatin1StringView(code)))
        .field("qrcode_url"_L1,
            u"%1/bucksbus/int/payment/%2/qrcode?code=%3&oi=%4&l=0"_s.arg(
                ctx.base, QLatin1StringView(id), QLatin1StringView(code), kStoreId));
    const Extra* extra = p.extra >= 0 ? &data.extras[static_cast<size_t>(p.extra)] : nullptr;
    if (extra) {
        optional(w, "payer_email"_L1, extra->payerEmail);
        optional(w, "payer_name"_L1, extra->payerName);
        optional(w, "payer_lang"_L1, extra->payerLang);
        optional(w, "description"_L1, extra->description);
        optional(w, "custom"_L1, extra->custom);
        for (size_t i = 0; i < extra->customN.size(); ++i) {
            if (!extra->customN[i].isEmpty())
                w.key(QLatin1StringView(QByteArray("custom") + QByteArray::number(qint64(i) + 1)))
                    .string(QStringView(extra->customN[i]));
        }
    } else if (p.generatedPayer > 0) {
        w.field("payer_email"_L1, generatedPayerEmail(p.generatedPayer))
            .field("payer_name"_L1, generatedPayerName(p.generatedPayer))
            .field("payer_lang"_L1, "en"_L1)
            .field("description"_L1, generatedDescription(p))
            .field("custom"_L1, u"{\"order_id\":\"ORD-%1\"}"_s.arg(p.number));
    }
    if (dedicate)
        w.key("dedicate_id"_L1).stringUtf8(fmt::uuidText(dedicate->id));
    if (extra) {
        optional(w, "webhook_url"_L1, extra->webhookUrl);
        optional(w, "success_url"_L1, extra->successUrl);
        optional(w, "cancel_url"_L1, extra->cancelUrl);
    }
    w.field("timeout"_L1, int(p.timeout));
    if (extra && !extra->fiatProvider.isEmpty())
        w.field("fiat_provider"_L1, extra->fiatProvider).field("fiat_asset_id"_L1, extra->fiatAssetId);
    w.endObject();
}

QByteArray BucksbusSimulator::paymentJson(qint32 index) const
{
    QByteArray json;
    JsonWriter w(&json);
    writePayment(w, context(), index, false);
    return json;
}

void BucksbusSimulator::writeTransaction(JsonWriter& w, const WriteContext& ctx, qint32 index) const
{
    const Data& data = *ctx.data;
    const Transaction& tx = data.transactions[static_cast<size_t>(index)];
    const Payment& p = data.payments[static_cast<size_t>(tx.payment)];
    const BucksbusAsset& pa = asset(p.payAsset);
    const QString address = p.dedicate >= 0
        ? fmt::address(pa.addressKind, data.dedicates[static_cast<size_t>(p.dedicate)].addressSeed)
        : fmt::address(pa.addressKind, p.id.lo ^ p.id.hi);
    const QString hash = fmt::transactionHash(pa.addressKind, std::uint64_t(index));
    w.beginObject();
    writeStatus(w, ctx, Status::Complete, true, "Complete"_L1);
    w.key("trx_date"_L1)
        .stringUtf8(fmt::isoTime(tx.time))
        .field("crypto_network"_L1, pa.network)
        .field("crypto_network_name"_L1, pa.networkName)
        .field("address"_L1, address)
        .field("trx_hash"_L1, hash)
        .key("trx_received"_L1)
        .stringUtf8(fmt::isoTime(tx.time))
        .field("crypto_address_link"_L1, fmt::link(pa.addressLink, "{address}"_L1, address))
        .field("crypto_transaction_link"_L1, fmt::link(pa.transactionLink, "{txid}"_L1, hash))
        .field("amount"_L1, fmt::amountText(tx.amount))
        .field("currency"_L1, pa.currency)
        .field("asset_id"_L1, pa.id)
        .endObject();
}

void BucksbusSimulator::writeWithdrawal(JsonWriter& w, const WriteContext& ctx, qint32 index) const
{
    const Data& data = *ctx.data;
    const Withdrawal& wd = data.withdrawals[static_cast<size_t>(index)];
    const BucksbusAsset& a = asset(wd.asset);
    const Extra& extra = data.extras[static_cast<size_t>(wd.extra)];
    w.beginObject()
        .key("withdraw_id"_L1)
        .stringUtf8(fmt::uuidText(wd.id))
        .key("store_id"_L1)
        .stringUtf8(fmt::uuidText(storeUuid()))
        .key("account_id"_L1)
        .stringUtf8(accountId(storeUuid(), wd.asset))
        .field("withdraw_num"_L1, QString::number(wd.number))
        .field("store_name"_L1, kStoreName)
        .field("is_test"_L1, true)
        .field("amount"_L1, fmt::amountText(wd.amount))
        .field("asset_id"_L1, a.id)
        .field("fee"_L1, fmt::amountText(wd.fee))
        .field("fee_asset_id"_L1, a.id)
        .field("crypto_network"_L1, a.network)
        .field("crypto_network_name"_L1, a.networkName);
    writeStatus(w, ctx, wd.status, true, "Completed"_L1);
    w.field("address"_L1, extra.address)
        .field("confirms"_L1, wd.status == Status::Complete ? a.confirmations : 0)
        .key("start_date"_L1)
        .stringUtf8(fmt::isoTime(wd.start))
        .key("end_date"_L1)
        .stringUtf8(fmt::isoTime(wd.end));
    if (wd.complete > 0)
        w.key("complete_date"_L1).stringUtf8(fmt::isoTime(wd.complete));
    optional(w, "description"_L1, extra.description);
    optional(w, "payer_email"_L1, extra.payerEmail);
    optional(w, "payer_name"_L1, extra.payerName);
    optional(w, "custom"_L1, extra.custom);
    for (size_t i = 0; i < extra.customN.size(); ++i) {
        if (!extra.customN[i].isEmpty())
            w.key(QLatin1StringView(QByteArray("custom") + QByteArray::number(qint64(i) + 1)))
                .string(QStringView(extra.customN[i]));
    }
    optional(w, "webhook_url"_L1, extra.webhookUrl);
    w.field("timeout"_L1, int(wd.timeout)).endObject();
}

void BucksbusSimulator::writeDedicate(JsonWriter& w, const WriteContext& ctx, qint32 index) const
{
    const Data& data = *ctx.data;
    const Dedicate& d = data.dedicates[static_cast<size_t>(index)];
    const BucksbusAsset& a = asset(d.asset);
    const QByteArray id = fmt::uuidText(d.id);
    const QString address = fmt::address(a.addressKind, d.addressSeed);
    w.beginObject()
        .key("dedicate_id"_L1)
        .stringUtf8(id)
        .field("dedicate_type"_L1, d.type == DedicateType::Uses ? "USES"_L1 : "ASSIGN"_L1)
        .key("store_id"_L1)
        .stringUtf8(fmt::uuidText(storeUuid()))
        .key("account_id"_L1)
        .stringUtf8(accountId(storeUuid(), d.asset))
        .field("dedicate_num"_L1, QString::number(d.number))
        .field("store_name"_L1, kStoreName)
        .field("is_test"_L1, true)
        .field("asset_id"_L1, a.id);
    writeStatus(w, ctx, d.status, true, "Complete"_L1);
    w.field("crypto_network"_L1, a.network)
        .field("crypto_network_name"_L1, a.networkName)
        .field("crypto_address_link"_L1, fmt::link(a.addressLink, "{address}"_L1, address))
        .key("address_id"_L1)
        .stringUtf8(fmt::uuidText(fmt::derivedUuid(d.id, 2)))
        .field("address"_L1, address)
        .field("address_alloc"_L1, d.pool ? "POOL"_L1 : "NEW"_L1)
        .key("start_date"_L1)
        .stringUtf8(fmt::isoTime(d.start))
        .key("end_date"_L1)
        .stringUtf8(fmt::isoTime(d.end))
        .field("payment_url"_L1, u"%1/bucksbus/payer/dedicate/%2"_s.arg(ctx.base, QLatin1StringView(id)))
        .field("qrcode_url"_L1,
            u"%1/bucksbus/int/dedicate/%2/qrcode?oi=%3&l=0"_s.arg(ctx.base, QLatin1StringView(id), kStoreId));
    if (d.extra >= 0) {
        const Extra& extra = data.extras[static_cast<size_t>(d.extra)];
        optional(w, "payer_email"_L1, extra.payerEmail);
        optional(w, "payer_name"_L1, extra.payerName);
        optional(w, "payer_lang"_L1, extra.payerLang);
        optional(w, "description"_L1, extra.description);
        optional(w, "custom"_L1, extra.custom);
        for (size_t i = 0; i < extra.customN.size(); ++i) {
            if (!extra.customN[i].isEmpty())
                w.key(QLatin1StringView(QByteArray("custom") + QByteArray::number(qint64(i) + 1)))
                    .string(QStringView(extra.customN[i]));
        }
        optional(w, "webhook_url"_L1, extra.webhookUrl);
        optional(w, "success_url"_L1, extra.successUrl);
    } else {
        w.field("payer_email"_L1, generatedPayerEmail(quint8(1 + d.number % 12)))
            .field("payer_name"_L1, generatedPayerName(quint8(1 + d.number % 12)))
            .field("payer_lang"_L1, "en"_L1)
            .field("description"_L1, u"Deposit address #%1"_s.arg(d.number));
    }
    w.endObject();
}

void BucksbusSimulator::writeTransfer(JsonWriter& w, const WriteContext& ctx, qint32 index) const
{
    const Data& data = *ctx.data;
    const Transfer& t = data.transfers[static_cast<size_t>(index)];
    const BucksbusAsset& a = asset(t.asset);
    const auto other = *fmt::parseUuid(QString(kOtherStoreId));
    w.beginObject()
        .key("transfer_id"_L1)
        .stringUtf8(fmt::uuidText(t.id))
        .field("transfer_num"_L1, QString::number(t.number))
        .key("from_store_id"_L1)
        .stringUtf8(fmt::uuidText(storeUuid()))
        .field("from_store_name"_L1, kStoreName)
        .key("from_account_id"_L1)
        .stringUtf8(accountId(storeUuid(), t.asset))
        .key("to_store_id"_L1)
        .stringUtf8(fmt::uuidText(other))
        .field("to_store_name"_L1, kOtherStoreName)
        .key("to_account_id"_L1)
        .stringUtf8(accountId(other, t.asset))
        .field("is_test"_L1, true)
        .field("amount"_L1, fmt::amountText(t.amount))
        .field("asset_id"_L1, a.id);
    writeStatus(w, ctx, Status::Complete, true, "Completed"_L1);
    w.field("crypto_network"_L1, a.network)
        .field("crypto_network_name"_L1, a.networkName)
        .key("start_date"_L1)
        .stringUtf8(fmt::isoTime(t.time))
        .key("complete_date"_L1)
        .stringUtf8(fmt::isoTime(t.time));
    if (t.extra >= 0)
        optional(w, "description"_L1, data.extras[static_cast<size_t>(t.extra)].description);
    w.endObject();
}

HttpResponse BucksbusSimulator::getAssets() const
{
    QByteArray json;
    JsonWriter w(&json);
    w.beginArray();
    for (const BucksbusAsset& a : bucksbus::assets()) {
        w.beginObject()
            .field("asset_id"_L1, a.id)
            .field("asset_name"_L1, a.name)
            .field("currency"_L1, a.currency)
            .field("currency_name"_L1, a.currencyName)
            .field("language"_L1, "en"_L1)
            .field("asset_type"_L1, a.crypto ? "CRYPTO"_L1 : "FIAT"_L1)
            .field("asset_type_name"_L1, a.crypto ? "Crypto Currencies"_L1 : "Fiat Currencies"_L1)
            .key("symbol"_L1)
            .stringUtf8(a.symbolUtf8)
            .field("sort_order"_L1, a.sortOrder)
            .key("min_size"_L1)
            .rawNumber(fmt::floatToken(fmt::toDouble(a.minimumSize())))
            .field("precision"_L1, a.precision)
            .field("timeout_to_trx"_L1, a.timeoutToTrx)
            .field("timeout_to_wdr"_L1, a.timeoutToWdr);
        if (a.crypto) {
            w.field("crypto_network"_L1, a.network)
                .field("crypto_network_name"_L1, a.networkName)
                .field("crypto_network_confirmations"_L1, a.confirmations)
                .field("crypto_address_link"_L1, a.addressLink)
                .field("crypto_transaction_link"_L1, a.transactionLink)
                .key("min_withdrawal_amount"_L1)
                .rawNumber(fmt::floatToken(fmt::toDouble(a.minimumWithdrawal())))
                .key("max_withdrawal_amount"_L1)
                .rawNumber(fmt::floatToken(fmt::toDouble(a.maximumWithdrawal())));
        }
        w.endObject();
    }
    w.endArray();
    return objectReply(200, json);
}

HttpResponse BucksbusSimulator::getAccounts() const
{
    const std::span<const BucksbusAsset> all = bucksbus::assets();
    Decimal total;
    Decimal totalAvailable;
    Decimal totalHold;
    QByteArray rows;
    JsonWriter r(&rows);
    r.beginArray();
    int number = 0;
    const QByteArray rateDate = fmt::isoTime(now());
    for (size_t i = 0; i < all.size(); ++i) {
        const BucksbusAsset& a = all[i];
        if (!a.crypto)
            continue;
        const Account& account = m_data->accounts[i];
        const Decimal availableAmount = *account.balance.minus(account.onHold);
        auto base = [&a](const Decimal& value) {
            return value.multipliedBy(a.price(), 2, Decimal::Rounding::HalfUp).value_or(Decimal());
        };
        const Decimal baseBalance = base(account.balance);
        const Decimal baseAvailable = base(availableAmount);
        const Decimal baseHold = base(account.onHold);
        total = total.plus(baseBalance).value_or(total);
        totalAvailable = totalAvailable.plus(baseAvailable).value_or(totalAvailable);
        totalHold = totalHold.plus(baseHold).value_or(totalHold);
        r.beginObject()
            .key("account_id"_L1)
            .stringUtf8(accountId(storeUuid(), quint8(i)))
            .key("store_id"_L1)
            .stringUtf8(fmt::uuidText(storeUuid()))
            .field("account_num"_L1, ++number)
            .field("crypto_network"_L1, a.network)
            .field("asset_id"_L1, a.id)
            .field("balance"_L1, fmt::amountText(account.balance))
            .field("available"_L1, fmt::amountText(availableAmount))
            .field("on_hold"_L1, fmt::amountText(account.onHold))
            .field("currency"_L1, a.currency)
            .field("base_asset_id"_L1, "USD"_L1)
            .field("base_balance"_L1, baseBalance.toString())
            .field("base_available"_L1, baseAvailable.toString())
            .field("base_on_hold"_L1, fmt::amountText(baseHold))
            .field("base_currency"_L1, "USD"_L1)
            .key("rate"_L1)
            .rawNumber(fmt::floatToken(fmt::toDouble(a.price())))
            .key("rate_date"_L1)
            .stringUtf8(rateDate)
            .endObject();
    }
    r.endArray();
    JsonWriter w;
    w.beginObject()
        .field("balance"_L1, total.toString())
        .field("available"_L1, totalAvailable.toString())
        .field("on_hold"_L1, fmt::amountText(totalHold))
        .field("asset_id"_L1, "USD"_L1)
        .key("accounts"_L1)
        .rawValue(rows)
        .endObject();
    return objectReply(200, w.take());
}

QList<SimulatedRecord> BucksbusSimulator::records() const
{
    const Data& data = *m_data;
    const auto extraOf
        = [&data](qint32 index) { return index >= 0 ? &data.extras[static_cast<size_t>(index)] : nullptr; };
    QList<SimulatedRecord> all;
    for (const Payment& p : data.payments) {
        const Extra* extra = extraOf(p.extra);
        all.append({.kind = SimulatedRecord::Kind::Invoice,
            .id = QString::fromLatin1(fmt::uuidText(p.id)),
            .key = extra ? extra->customN[0] : QString(),
            .amount = p.amount,
            .currency = QString(asset(p.asset).id),
            .status = QString(statusCode(static_cast<int>(p.status)))});
    }
    for (const Withdrawal& wd : data.withdrawals) {
        const Extra* extra = extraOf(wd.extra);
        all.append({.kind = SimulatedRecord::Kind::Withdrawal,
            .id = QString::fromLatin1(fmt::uuidText(wd.id)),
            .key = extra ? extra->customN[0] : QString(),
            .parentId = extra ? extra->customN[1] : QString(),
            .amount = wd.amount,
            .currency = QString(asset(wd.asset).id),
            .status = QString(statusCode(static_cast<int>(wd.status)))});
    }
    for (const Dedicate& d : data.dedicates) {
        const Extra* extra = extraOf(d.extra);
        all.append({.kind = SimulatedRecord::Kind::Address,
            .id = QString::fromLatin1(fmt::uuidText(d.id)),
            .key = extra ? extra->customN[0] : QString(),
            .currency = QString(asset(d.asset).id),
            .status = QString(statusCode(static_cast<int>(d.status)))});
    }
    return all;
}

} // namespace paydesk::sandbox
