#include "sandbox/cryptomus/CryptomusSimulator.h"

#include "sandbox/DefaultGateways.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/WebhookDispatcher.h"
#include "sandbox/cryptomus/CryptomusCatalog.h"
#include "sandbox/cryptomus/CryptomusJson.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Catalog = CryptomusCatalog;

constexpr qint64 kMoscowOffsetSecs = 3 * 3600;
const QList<qint64> kWebhookRetries = {60, 120, 300, 600, 900, 1800, 3600, 3600, 7200, 7200};

Decimal percentOf(const Decimal& amount, const Decimal& percent, int scale)
{
    const auto product = amount.multipliedBy(percent, scale + 2, Decimal::Rounding::HalfUp);
    if (!product)
        return {};
    return product->dividedBy(Decimal::fromInt(100), scale, Decimal::Rounding::HalfUp).value_or(Decimal());
}

Decimal sum(const Decimal& a, const Decimal& b)
{
    return a.plus(b).value_or(a);
}

Decimal difference(const Decimal& a, const Decimal& b)
{
    return a.minus(b).value_or(a);
}

} // namespace

std::unique_ptr<GatewaySimulator> createCryptomusSimulator(const SandboxEnvironment& environment)
{
    return std::make_unique<CryptomusSimulator>(environment);
}

CryptomusSimulator::CryptomusSimulator(const SandboxEnvironment& environment)
    : m_environment(environment)
{
    reset();
}

QString CryptomusSimulator::id() const
{
    return u"cryptomus"_s;
}

QString CryptomusSimulator::displayName() const
{
    return u"Cryptomus"_s;
}

QString CryptomusSimulator::pathPrefix() const
{
    return u"/cryptomus/v1"_s;
}

QString CryptomusSimulator::accountBasePath() const
{
    return u"/cryptomus"_s;
}

QLatin1StringView CryptomusSimulator::statusName(Status status)
{
    switch (status) {
    case Status::Check:
        return "check"_L1;
    case Status::Process:
        return "process"_L1;
    case Status::ConfirmCheck:
        return "confirm_check"_L1;
    case Status::WrongAmountWaiting:
        return "wrong_amount_waiting"_L1;
    case Status::Paid:
        return "paid"_L1;
    case Status::PaidOver:
        return "paid_over"_L1;
    case Status::WrongAmount:
        return "wrong_amount"_L1;
    case Status::Fail:
        return "fail"_L1;
    case Status::Cancel:
        return "cancel"_L1;
    case Status::SystemFail:
        return "system_fail"_L1;
    case Status::RefundProcess:
        return "refund_process"_L1;
    case Status::RefundFail:
        return "refund_fail"_L1;
    case Status::RefundPaid:
        return "refund_paid"_L1;
    case Status::Locked:
        return "locked"_L1;
    }
    return "check"_L1;
}

bool CryptomusSimulator::isFinal(Status status)
{
    switch (status) {
    case Status::Check:
    case Status::Process:
    case Status::ConfirmCheck:
    case Status::WrongAmountWaiting:
    case Status::RefundProcess:
    case Status::Locked:
        return false;
    default:
        return true;
    }
}

QLatin1StringView CryptomusSimulator::payoutStatusName(PayoutStatus status)
{
    switch (status) {
    case PayoutStatus::Process:
        return "process"_L1;
    case PayoutStatus::Check:
        return "check"_L1;
    case PayoutStatus::Paid:
        return "paid"_L1;
    case PayoutStatus::Fail:
        return "fail"_L1;
    case PayoutStatus::Cancel:
        return "cancel"_L1;
    case PayoutStatus::SystemFail:
        return "system_fail"_L1;
    }
    return "process"_L1;
}

bool CryptomusSimulator::isFinal(PayoutStatus status)
{
    return status != PayoutStatus::Process && status != PayoutStatus::Check;
}

qint64 CryptomusSimulator::now() const
{
    return m_environment.clock ? m_environment.clock->nowSecs() : 0;
}

// --- ids, times --------------------------------------------------------------------------------------------------

CryptomusSimulator::Uuid CryptomusSimulator::newUuid(SandboxRandom& random) const
{
    for (;;) {
        Uuid uuid;
        uuid.hi = (random.next() & ~quint64(0xf000)) | quint64(0x4000);
        uuid.lo = (random.next() & ~(quint64(0xc) << 60)) | (quint64(0x8) << 60);
        if (!m_uuids.contains(uuid.hi))
            return uuid;
    }
}

QString CryptomusSimulator::formatUuid(const Uuid& uuid)
{
    const QString hex = u"%1%2"_s.arg(uuid.hi, 16, 16, QChar(u'0')).arg(uuid.lo, 16, 16, QChar(u'0'));
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' + hex.mid(20);
}

std::optional<CryptomusSimulator::Uuid> CryptomusSimulator::parseUuid(QStringView text)
{
    if (text.size() != 36 || text[8] != u'-' || text[13] != u'-' || text[18] != u'-' || text[23] != u'-')
        return std::nullopt;
    QString hex = text.toString();
    hex.remove(u'-');
    bool okHi = false;
    bool okLo = false;
    Uuid uuid;
    uuid.hi = QStringView(hex).left(16).toULongLong(&okHi, 16);
    uuid.lo = QStringView(hex).mid(16).toULongLong(&okLo, 16);
    if (!okHi || !okLo)
        return std::nullopt;
    return uuid;
}

QString CryptomusSimulator::formatTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs + kMoscowOffsetSecs, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss"_s)
        + u"+03:00"_s;
}

QString CryptomusSimulator::orderIdOf(qint32 index) const
{
    const Invoice& invoice = m_invoices[static_cast<size_t>(index)];
    if (!invoice.orderId.isNull())
        return invoice.orderId;
    return u"hist-%1"_s.arg(index + 1, 6, 10, QChar(u'0'));
}

qint32 CryptomusSimulator::findInvoiceByUuid(QStringView text) const
{
    const auto uuid = parseUuid(text);
    if (!uuid)
        return -1;
    const qint32 index = m_uuids.value(uuid->hi, -1);
    if (index < 0 || !(m_invoices[static_cast<size_t>(index)].uuid == *uuid))
        return -1;
    return index;
}

qint32 CryptomusSimulator::findInvoiceByOrderId(const QString& orderId) const
{
    if (orderId.startsWith(u"hist-")) {
        bool ok = false;
        const qint64 number = QStringView(orderId).mid(5).toLongLong(&ok);
        if (ok && number >= 1 && number <= m_generatedInvoices && orderIdOf(static_cast<qint32>(number - 1)) == orderId
            && m_invoices[static_cast<size_t>(number - 1)].wallet < 0)
            return static_cast<qint32>(number - 1);
    }
    return m_orderIds.value(orderId, -1);
}

QString CryptomusSimulator::addressOf(const Invoice& invoice) const
{
    if (invoice.network == Catalog::kNone || invoice.payerCurrency == Catalog::kNone)
        return {};
    if (invoice.wallet >= 0)
        return Catalog::address(invoice.network, m_wallets[static_cast<size_t>(invoice.wallet)].uuid.hi);
    return Catalog::address(invoice.network, invoice.uuid.hi + invoice.addressGeneration * 0x9e3779b97f4a7c15ULL);
}

// --- replies -------------------------------------------------------------------------------------------------------

HttpResponse CryptomusSimulator::ok(const QByteArray& resultJson)
{
    return HttpResponse::json(200, "{\"state\":0,\"result\":" + resultJson + '}');
}

HttpResponse CryptomusSimulator::message(int status, QLatin1StringView text)
{
    CryptomusJson w;
    w.beginObject().field("state"_L1, 1).field("message"_L1, text).endObject();
    return HttpResponse::json(status, w.take());
}

HttpResponse CryptomusSimulator::message(int status, const QString& text)
{
    CryptomusJson w;
    w.beginObject().field("state"_L1, 1).field("message"_L1, text).endObject();
    return HttpResponse::json(status, w.take());
}

HttpResponse CryptomusSimulator::validation(const Errors& errors)
{
    CryptomusJson w;
    w.beginObject().field("state"_L1, 1).key("errors"_L1).beginObject();
    for (size_t i = 0; i < errors.size(); ++i) {
        if (i > 0 && errors[i].first == errors[i - 1].first)
            continue; // one message per field: the first rule that failed, as Laravel's bail would
        w.key(errors[i].first).beginArray().string(errors[i].second).endArray();
    }
    w.endObject().endObject();
    return HttpResponse::json(422, w.take());
}

HttpResponse CryptomusSimulator::serverErrorResponse(int status) const
{
    CryptomusJson w;
    w.beginObject()
        .field("message"_L1, "Server error, #1"_L1)
        .field("code"_L1, status)
        .nullField("error"_L1)
        .endObject();
    return HttpResponse::json(status, w.take());
}

HttpResponse CryptomusSimulator::rateLimitResponse(int retryAfterSeconds) const
{
    HttpResponse response = HttpResponse::json(429, R"({"message":"Too Many Attempts."})");
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

void CryptomusSimulator::writeInvoice(const Invoice& invoice, CryptomusJson& w) const
{
    const bool hasPayer = invoice.payerCurrency != Catalog::kNone;
    const bool received = !invoice.paid.isZero() || !invoice.pending.isZero();
    const QString uuid = formatUuid(invoice.uuid);
    const qint32 index = static_cast<qint32>(&invoice - m_invoices.data());
    w.beginObject().field("uuid"_L1, uuid).field("order_id"_L1, orderIdOf(index));
    w.field("amount"_L1, Catalog::format(invoice.amount, invoice.currency));
    if (!invoice.paid.isZero())
        w.field("payment_amount"_L1, Catalog::format(invoice.paid, invoice.payerCurrency));
    else
        w.nullField("payment_amount"_L1);
    if (hasPayer)
        w.field("payer_amount"_L1, Catalog::format(invoice.payerAmount, invoice.payerCurrency));
    else
        w.nullField("payer_amount"_L1);
    if (invoice.discountPercent != kNoDiscount)
        w.field("discount_percent"_L1, static_cast<int>(invoice.discountPercent));
    else
        w.nullField("discount_percent"_L1);
    Decimal discount;
    if (hasPayer && invoice.discountPercent != kNoDiscount) {
        if (const auto base = Catalog::convert(invoice.amount, invoice.currency, invoice.payerCurrency))
            discount = percentOf(*base, Decimal::fromInt(-invoice.discountPercent), 8);
    }
    w.field("discount"_L1, discount.rescaled(8, Decimal::Rounding::HalfUp).value_or(Decimal()).toString());
    if (hasPayer)
        w.field("payer_currency"_L1, Catalog::currencyCode(invoice.payerCurrency));
    else
        w.nullField("payer_currency"_L1);
    w.field("currency"_L1, Catalog::currencyCode(invoice.currency));
    if (hasPayer) {
        const Decimal gross = invoice.paid.isZero() ? invoice.payerAmount : invoice.paid;
        const Decimal fee = invoice.paid.isZero()
            ? percentOf(invoice.payerAmount, Catalog::feePercent(), Catalog::scale(invoice.payerCurrency))
            : invoice.commission;
        w.field("merchant_amount"_L1, Catalog::format(difference(gross, fee), invoice.payerCurrency));
    } else {
        w.nullField("merchant_amount"_L1);
    }
    if (invoice.network != Catalog::kNone)
        w.field("network"_L1, Catalog::networkCode(invoice.network));
    else
        w.nullField("network"_L1);
    w.optionalField("address"_L1, addressOf(invoice));
    if (received && invoice.network != Catalog::kNone) {
        w.field("from"_L1, Catalog::address(invoice.network, invoice.uuid.lo));
        w.field("txid"_L1, Catalog::txid(invoice.network, invoice.uuid.lo ^ invoice.uuid.hi));
    } else {
        w.nullField("from"_L1).nullField("txid"_L1);
    }
    w.field("payment_status"_L1, statusName(invoice.status));
    w.field("url"_L1, u"https://pay.cryptomus.com/pay/"_s + uuid);
    w.field("expired_at"_L1, invoice.expiredAt);
    w.field("status"_L1, statusName(invoice.status));
    w.field("is_final"_L1, isFinal(invoice.status));
    w.optionalField("additional_data"_L1, invoice.additionalData);
    w.field("created_at"_L1, formatTime(invoice.createdAt));
    w.field("updated_at"_L1, formatTime(invoice.updatedAt));
    w.endObject();
}

void CryptomusSimulator::writePayout(const Payout& payout, CryptomusJson& w, bool withTimes) const
{
    w.beginObject()
        .field("uuid"_L1, formatUuid(payout.uuid))
        .field("amount"_L1, Catalog::format(payout.amount, payout.currency))
        .field("currency"_L1, Catalog::currencyCode(payout.currency))
        .field("network"_L1, Catalog::networkCode(payout.network))
        .field("address"_L1, payout.address);
    if (payout.status == PayoutStatus::Paid)
        w.field("txid"_L1, Catalog::txid(payout.network, payout.uuid.lo));
    else
        w.nullField("txid"_L1);
    w.field("status"_L1, payoutStatusName(payout.status))
        .field("is_final"_L1, isFinal(payout.status))
        .key("balance"_L1)
        .rawNumber(payout.balanceAfter.normalized().toString().toLatin1())
        .field("payer_currency"_L1, Catalog::currencyCode(payout.payerCurrency))
        .field("payer_amount"_L1, Catalog::format(payout.payerAmount, payout.payerCurrency));
    if (withTimes) {
        w.field("created_at"_L1, formatTime(payout.createdAt)).field("updated_at"_L1, formatTime(payout.updatedAt));
    }
    w.endObject();
}

void CryptomusSimulator::writeBalanceEntry(int currency, bool user, CryptomusJson& w) const
{
    SandboxRandom random(SandboxRandom::deriveSeed(currency + (user ? 1000 : 0), "cryptomus-balance"));
    Uuid uuid;
    uuid.hi = (random.next() & ~quint64(0xf000)) | quint64(0x4000);
    uuid.lo = (random.next() & ~(quint64(0xc) << 60)) | (quint64(0x8) << 60);
    const Decimal amount = user ? Decimal() : m_balances[static_cast<size_t>(currency)];
    w.beginObject()
        .field("uuid"_L1, formatUuid(uuid))
        .field("balance"_L1, amount.rescaled(8, Decimal::Rounding::HalfUp).value_or(amount).toString())
        .field("currency_code"_L1, Catalog::currencyCode(currency))
        .endObject();
}

// --- state changes -------------------------------------------------------------------------------------------------

void CryptomusSimulator::appendInvoice(Invoice invoice)
{
    const auto index = static_cast<qint32>(m_invoices.size());
    m_uuids.insert(invoice.uuid.hi, index);
    if (!invoice.orderId.isNull() && invoice.wallet < 0)
        m_orderIds.insert(invoice.orderId, index);
    m_invoices.push_back(std::move(invoice));
}

void CryptomusSimulator::schedule(qint64 when, EventKind kind, qint32 index)
{
    m_events.emplace(when, kind, index);
}

void CryptomusSimulator::choosePayerCurrency(Invoice& invoice, int currency, int network)
{
    invoice.payerCurrency = static_cast<quint8>(currency);
    invoice.network = static_cast<quint8>(network);
    Decimal due = Catalog::convert(invoice.amount, invoice.currency, currency).value_or(invoice.amount);
    if (invoice.discountPercent != kNoDiscount)
        due = difference(due, percentOf(due, Decimal::fromInt(invoice.discountPercent), Catalog::scale(currency)));
    invoice.payerAmount = due;
}

void CryptomusSimulator::credit(int currency, const Decimal& amount)
{
    Decimal& balance = m_balances[static_cast<size_t>(currency)];
    balance = sum(balance, amount);
}

void CryptomusSimulator::applyPayment(qint32 index, const Decimal& amount, qint64 at)
{
    Invoice& invoice = m_invoices[static_cast<size_t>(index)];
    const int payer = invoice.payerCurrency;
    const Decimal oldNet = difference(invoice.paid, invoice.commission);
    invoice.paid = sum(invoice.paid, amount);
    invoice.commission = percentOf(invoice.paid, Catalog::feePercent(), Catalog::scale(payer));
    credit(payer, difference(difference(invoice.paid, invoice.commission), oldNet));

    const Decimal tolerance
        = percentOf(invoice.payerAmount, *Decimal::fromMinorUnits(QString::number(invoice.accuracyHundredths), 2), 12);
    const Decimal threshold = difference(invoice.payerAmount, tolerance);
    if (invoice.paid > invoice.payerAmount)
        invoice.status = Status::PaidOver;
    else if (invoice.paid >= threshold)
        invoice.status = Status::Paid;
    else if (invoice.multiple)
        invoice.status = Status::WrongAmountWaiting;
    else
        invoice.status = Status::WrongAmount;
    invoice.updatedAt = at;
    sendPaymentWebhook(index);
}

void CryptomusSimulator::enqueueSigned(
    const QString& event, const QString& url, QByteArray unsignedBody, const char* key)
{
    if (!m_environment.webhooks)
        return;
    const QByteArray signature = CryptomusJson::sign(unsignedBody, key);
    unsignedBody.chop(1);
    unsignedBody += ",\"sign\":\"" + signature + "\"}";
    OutgoingWebhook webhook;
    webhook.gateway = id();
    webhook.event = event;
    webhook.url = QUrl(url);
    webhook.body = std::move(unsignedBody);
    webhook.retryDelaysSecs = kWebhookRetries;
    m_environment.webhooks->enqueue(std::move(webhook));
}

void CryptomusSimulator::sendPaymentWebhook(qint32 index)
{
    Invoice& invoice = m_invoices[static_cast<size_t>(index)];
    invoice.notified = true;
    const bool hasPayer = invoice.payerCurrency != Catalog::kNone;
    const int payer = hasPayer ? invoice.payerCurrency : invoice.currency;
    CryptomusJson w(CryptomusJson::Unicode::Raw);
    w.beginObject()
        .field("type"_L1, invoice.wallet >= 0 ? "wallet"_L1 : "payment"_L1)
        .field("uuid"_L1, formatUuid(invoice.uuid))
        .field("order_id"_L1, orderIdOf(index))
        .field("amount"_L1, Catalog::format(invoice.amount, invoice.currency))
        .field("payment_amount"_L1, Catalog::format(invoice.paid, payer))
        .field("payment_amount_usd"_L1,
            Catalog::format(
                invoice.paid.multipliedBy(Catalog::usdRate(payer), 2, Decimal::Rounding::HalfUp).value_or(Decimal()),
                Catalog::kUsd))
        .field("merchant_amount"_L1, Catalog::format(difference(invoice.paid, invoice.commission), payer))
        .field("commission"_L1, Catalog::format(invoice.commission, payer))
        .field("is_final"_L1, isFinal(invoice.status))
        .field("status"_L1, statusName(invoice.status));
    const bool received = !invoice.paid.isZero() && invoice.network != Catalog::kNone;
    if (received)
        w.field("from"_L1, Catalog::address(invoice.network, invoice.uuid.lo));
    else
        w.nullField("from"_L1);
    if (invoice.wallet >= 0)
        w.field("wallet_address_uuid"_L1, formatUuid(m_wallets[static_cast<size_t>(invoice.wallet)].uuid));
    else
        w.nullField("wallet_address_uuid"_L1);
    if (invoice.network != Catalog::kNone)
        w.field("network"_L1, Catalog::networkCode(invoice.network));
    else
        w.nullField("network"_L1);
    w.field("currency"_L1, Catalog::currencyCode(invoice.currency));
    if (hasPayer)
        w.field("payer_currency"_L1, Catalog::currencyCode(invoice.payerCurrency));
    else
        w.nullField("payer_currency"_L1);
    w.optionalField("additional_data"_L1, invoice.additionalData);
    if (received)
        w.field("txid"_L1, Catalog::txid(invoice.network, invoice.uuid.lo ^ invoice.uuid.hi));
    else
        w.nullField("txid"_L1);
    w.endObject();
    QString url = invoice.urlCallback;
    if (url.isNull() && invoice.wallet >= 0)
        url = m_wallets[static_cast<size_t>(invoice.wallet)].urlCallback;
    enqueueSigned(u"payment."_s + statusName(invoice.status), url, w.take(), kPaymentKey);
}

void CryptomusSimulator::sendPayoutWebhook(qint32 index)
{
    const Payout& payout = m_payouts[static_cast<size_t>(index)];
    CryptomusJson w(CryptomusJson::Unicode::Raw);
    w.beginObject()
        .field("type"_L1, "payout"_L1)
        .field("uuid"_L1, formatUuid(payout.uuid))
        .field("order_id"_L1, payout.orderId)
        .field("amount"_L1, Catalog::format(payout.amount, payout.currency))
        .field("merchant_amount"_L1,
            Catalog::format(payout.subtract ? sum(payout.payerAmount, payout.commission) : payout.payerAmount,
                payout.payerCurrency))
        .field("commission"_L1, Catalog::format(payout.commission, payout.payerCurrency))
        .field("is_final"_L1, isFinal(payout.status))
        .field("status"_L1, payoutStatusName(payout.status));
    if (payout.status == PayoutStatus::Paid)
        w.field("txid"_L1, Catalog::txid(payout.network, payout.uuid.lo));
    else
        w.nullField("txid"_L1);
    w.field("currency"_L1, Catalog::currencyCode(payout.currency))
        .field("network"_L1, Catalog::networkCode(payout.network))
        .field("payer_currency"_L1, Catalog::currencyCode(payout.payerCurrency))
        .field("payer_amount"_L1, Catalog::format(payout.payerAmount, payout.payerCurrency))
        .endObject();
    enqueueSigned(u"payout."_s + payoutStatusName(payout.status), payout.urlCallback, w.take(), kPayoutKey);
}

// --- GatewaySimulator ----------------------------------------------------------------------------------------------

void CryptomusSimulator::reset()
{
    m_invoices.clear();
    m_wallets.clear();
    m_payouts.clear();
    m_balances.assign(static_cast<size_t>(Catalog::currencyCount()), Decimal());
    m_orderIds.clear();
    m_uuids.clear();
    m_walletOrders.clear();
    m_payoutOrders.clear();
    m_events.clear();
    m_lastListMs.clear();
    m_generatedInvoices = 0;
    m_random = SandboxRandom(SandboxRandom::deriveSeed(1, "cryptomus-runtime"));
}

void CryptomusSimulator::advanceTo(const QDateTime& nowTime)
{
    const qint64 at = nowTime.toSecsSinceEpoch();
    while (!m_events.empty() && std::get<0>(*m_events.begin()) <= at) {
        const auto [when, kind, index] = *m_events.begin();
        m_events.erase(m_events.begin());
        if (kind == EventKind::PayoutDone) {
            Payout& payout = m_payouts[static_cast<size_t>(index)];
            if (payout.status != PayoutStatus::Process)
                continue;
            if (payout.address.startsWith(u"FAIL")) {
                payout.status = PayoutStatus::Fail;
                credit(payout.payerCurrency,
                    payout.subtract ? sum(payout.payerAmount, payout.commission) : payout.payerAmount);
                payout.balanceAfter = m_balances[payout.payerCurrency];
            } else {
                payout.status = PayoutStatus::Paid;
            }
            payout.updatedAt = when;
            sendPayoutWebhook(index);
            continue;
        }
        Invoice& invoice = m_invoices[static_cast<size_t>(index)];
        switch (kind) {
        case EventKind::Expire:
            if (invoice.expiredAt > when)
                break; // refreshed meanwhile
            if (invoice.status == Status::Check) {
                invoice.status = Status::Cancel;
            } else if (invoice.status == Status::WrongAmountWaiting) {
                invoice.status = Status::WrongAmount;
            } else {
                break;
            }
            invoice.updatedAt = when;
            sendPaymentWebhook(index);
            break;
        case EventKind::Confirm:
            if (invoice.status == Status::ConfirmCheck) {
                const Decimal amount = invoice.pending;
                invoice.pending = Decimal();
                applyPayment(index, amount, when);
            }
            break;
        case EventKind::RefundDone:
            if (invoice.status == Status::RefundProcess) {
                invoice.status = Status::RefundPaid;
                invoice.updatedAt = when;
                sendPaymentWebhook(index);
            }
            break;
        case EventKind::PayoutDone:
            break;
        }
    }
}

QList<DemoCredential> CryptomusSimulator::demoCredentials() const
{
    return {{u"merchant"_s, QString::fromLatin1(kMerchant)}, {u"payment key"_s, QString::fromLatin1(kPaymentKey)},
        {u"payout key"_s, QString::fromLatin1(kPayoutKey)}};
}

qint64 CryptomusSimulator::paymentCount() const
{
    return static_cast<qint64>(m_invoices.size());
}

QByteArray CryptomusSimulator::stateDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray line;
    for (size_t i = 0; i < m_invoices.size(); ++i) {
        const Invoice& v = m_invoices[i];
        line.clear();
        line += QByteArray::number(v.uuid.hi) + ',' + QByteArray::number(v.uuid.lo) + ','
            + orderIdOf(static_cast<qint32>(i)).toUtf8() + ',' + v.additionalData.toUtf8() + ','
            + v.urlCallback.toUtf8() + ',' + v.amount.toString().toLatin1() + ',' + v.payerAmount.toString().toLatin1()
            + ',' + v.paid.toString().toLatin1() + ',' + v.pending.toString().toLatin1() + ','
            + v.commission.toString().toLatin1() + ',' + QByteArray::number(v.createdAt) + ','
            + QByteArray::number(v.updatedAt) + ',' + QByteArray::number(v.expiredAt) + ','
            + QByteArray::number(v.wallet) + ',' + QByteArray::number(v.discountPercent) + ','
            + QByteArray::number(v.accuracyHundredths) + ',' + QByteArray::number(v.currency) + ','
            + QByteArray::number(v.payerCurrency) + ',' + QByteArray::number(v.network) + ','
            + QByteArray::number(static_cast<int>(v.status)) + ',' + QByteArray::number(v.multiple) + ','
            + QByteArray::number(v.addressGeneration) + '\n';
        hash.addData(line);
    }
    for (const Wallet& wallet : m_wallets) {
        hash.addData(QByteArray(QByteArray::number(wallet.uuid.hi) + ',' + wallet.orderId.toUtf8() + ','
            + QByteArray::number(wallet.currency) + ',' + QByteArray::number(wallet.network) + ','
            + QByteArray::number(wallet.blocked) + QByteArray::number(wallet.refunded) + '\n'));
    }
    for (const Payout& p : m_payouts) {
        hash.addData(QByteArray(QByteArray::number(p.uuid.hi) + ',' + p.orderId.toUtf8() + ',' + p.address.toUtf8()
            + ',' + p.amount.toString().toLatin1() + ',' + p.payerAmount.toString().toLatin1() + ','
            + QByteArray::number(p.createdAt) + ',' + QByteArray::number(static_cast<int>(p.status)) + '\n'));
    }
    for (const Decimal& balance : m_balances)
        hash.addData(QByteArray(balance.toString().toLatin1() + ';'));
    return hash.result().toHex();
}

std::optional<HttpResponse> CryptomusSimulator::control(const QString& action, const QJsonObject& body)
{
    if (action != u"config")
        return std::nullopt;
    const auto number = [&body](const QString& name, qint64 low, qint64 high, qint64* target) -> bool {
        const QJsonValue value = body.value(name);
        if (value.isUndefined())
            return true;
        const qint64 parsed = value.isString() ? value.toString().toLongLong() : value.toInteger(-1);
        if (parsed < low || parsed > high)
            return false;
        *target = parsed;
        return true;
    };
    qint64 perPage = m_perPage;
    if (!number(u"list_interval_ms"_s, 0, 3'600'000, &m_listIntervalMs) || !number(u"per_page"_s, 1, 1000, &perPage)
        || !number(u"refund_delay_secs"_s, 0, 86400 * 30, &m_refundDelaySecs)
        || !number(u"payout_delay_secs"_s, 0, 86400 * 30, &m_payoutDelaySecs)) {
        return HttpResponse::json(400,
            R"({"error":"list_interval_ms 0..3600000, per_page 1..1000, refund_delay_secs and payout_delay_secs 0..2592000"})");
    }
    m_perPage = static_cast<int>(perPage);
    if (body.contains(u"payments_blocked"_s))
        m_paymentsBlocked = body.value(u"payments_blocked"_s).toBool();
    CryptomusJson w;
    w.beginObject()
        .field("list_interval_ms"_L1, m_listIntervalMs)
        .field("per_page"_L1, m_perPage)
        .field("refund_delay_secs"_L1, m_refundDelaySecs)
        .field("payout_delay_secs"_L1, m_payoutDelaySecs)
        .field("payments_blocked"_L1, m_paymentsBlocked)
        .endObject();
    return HttpResponse::json(200, w.take());
}

} // namespace paydesk::sandbox
