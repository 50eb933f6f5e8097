// The merchant API routes of CryptomusSimulator and POST /_sandbox/pay.
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxCrypto.h"
#include "sandbox/WebhookDispatcher.h"
#include "sandbox/cryptomus/CryptomusCatalog.h"
#include "sandbox/cryptomus/CryptomusJson.h"
#include "sandbox/cryptomus/CryptomusRequestFields.h"
#include "sandbox/cryptomus/CryptomusSimulator.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Catalog = CryptomusCatalog;
using namespace cryptomus;

// "YYYY-MM-DD H:mm:ss" in the gateway's zone (UTC+3) → Unix seconds.
std::optional<qint64> parseListDate(const QString& text)
{
    for (const QString& format : {u"yyyy-MM-dd H:mm:ss"_s, u"yyyy-MM-dd HH:mm:ss"_s}) {
        QDateTime time = QDateTime::fromString(text, format);
        if (time.isValid()) {
            time.setTimeZone(QTimeZone(3 * 3600));
            return time.toSecsSinceEpoch();
        }
    }
    return std::nullopt;
}

QByteArray encodeCursor(qint64 id, bool next)
{
    const QByteArray json
        = "{\"id\":" + QByteArray::number(id) + ",\"_pointsToNextItems\":" + (next ? "true" : "false") + '}';
    return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

struct Cursor
{
    qint64 id = 0;
    bool next = true;
};

// Laravel's CursorPaginator: an unreadable cursor is ignored (first page).
std::optional<Cursor> decodeCursor(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!decoded)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(*decoded).object();
    if (!object.value(u"id"_s).isDouble() || !object.value(u"_pointsToNextItems"_s).isBool())
        return std::nullopt;
    return Cursor{object.value(u"id"_s).toInteger(), object.value(u"_pointsToNextItems"_s).toBool()};
}

QByteArray emptyResult()
{
    return "[]";
}

} // namespace

HttpResponse CryptomusSimulator::handle(const HttpRequest& request, const QString& subPath)
{
    // Public: GET /v1/exchange-rate/{currency}/list, no auth.
    if (subPath.startsWith(u"/exchange-rate/") && subPath.endsWith(u"/list")) {
        if (request.method != "GET")
            return message(405, "Method not allowed"_L1);
        const QString currency = subPath.mid(15, subPath.size() - 15 - 5);
        return exchangeRates(currency);
    }

    enum class Key { Payment, Payout };
    static const QHash<QString, Key> kRoutes = {
        {u"/payment"_s, Key::Payment},
        {u"/payment/info"_s, Key::Payment},
        {u"/payment/list"_s, Key::Payment},
        {u"/payment/refund"_s, Key::Payment},
        {u"/payment/resend"_s, Key::Payment},
        {u"/payment/services"_s, Key::Payment},
        {u"/balance"_s, Key::Payment},
        {u"/wallet"_s, Key::Payment},
        {u"/wallet/block-address"_s, Key::Payment},
        {u"/wallet/blocked-address-refund"_s, Key::Payment},
        {u"/test-webhook/payment"_s, Key::Payment},
        {u"/test-webhook/wallet"_s, Key::Payment},
        {u"/payout"_s, Key::Payout},
        {u"/payout/info"_s, Key::Payout},
        {u"/payout/list"_s, Key::Payout},
    };
    const auto route = kRoutes.constFind(subPath);
    if (route == kRoutes.constEnd())
        return message(404, "Not found"_L1);
    if (request.method != "POST")
        return message(405, "Method not allowed"_L1);

    // Auth: merchant uuid, then sign = md5(base64(exact body bytes) + key).
    if (request.header("merchant") != kMerchant)
        return HttpResponse::json(401, R"({"message":"Merchant not found."})");
    const char* key = *route == Key::Payout ? kPayoutKey : kPaymentKey;
    const QByteArray expected = CryptomusJson::sign(request.body, key);
    if (!crypto::constantTimeEquals(request.header("sign").toLower(), expected))
        return HttpResponse::json(401, R"({"message":"Invalid Sign."})");

    // An unreadable or non-object body is no input at all (Laravel): validation answers.
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (subPath == u"/payment")
        return createPayment(body);
    if (subPath == u"/payment/info")
        return paymentInfo(body);
    if (subPath == u"/payment/list")
        return paymentList(request, body, false);
    if (subPath == u"/payment/refund")
        return refund(body);
    if (subPath == u"/payment/resend")
        return resend(body);
    if (subPath == u"/payment/services")
        return services();
    if (subPath == u"/balance")
        return balance();
    if (subPath == u"/wallet")
        return createWallet(body);
    if (subPath == u"/wallet/block-address")
        return blockWallet(body);
    if (subPath == u"/wallet/blocked-address-refund")
        return refundBlocked(body);
    if (subPath.startsWith(u"/test-webhook/"))
        return testWebhook(body, subPath.endsWith(u"/wallet"));
    if (subPath == u"/payout")
        return createPayout(body);
    if (subPath == u"/payout/info")
        return payoutInfo(body);
    return paymentList(request, body, true);
}

HttpResponse CryptomusSimulator::createPayment(const QJsonObject& body)
{
    Errors errors;
    const Field amount = fieldOf(body, u"amount"_s);
    const Field currency = fieldOf(body, u"currency"_s);
    const Field orderId = fieldOf(body, u"order_id"_s);
    const Field network = fieldOf(body, u"network"_s);
    const Field toCurrency = fieldOf(body, u"to_currency"_s);
    const Field lifetime = fieldOf(body, u"lifetime"_s);
    const Field multiple = fieldOf(body, u"is_payment_multiple"_s);
    const Field subtract = fieldOf(body, u"subtract"_s);
    const Field accuracy = fieldOf(body, u"accuracy_payment_percent"_s);
    const Field additional = fieldOf(body, u"additional_data"_s);
    const Field discount = fieldOf(body, u"discount_percent"_s);
    const Field refresh = fieldOf(body, u"is_refresh"_s);

    std::optional<Decimal> amountValue;
    if (!amount.present)
        errors.emplace_back("amount"_L1, "validation.required"_L1);
    else if (!(amountValue = decimalOf(amount)) || amountValue->signum() <= 0)
        errors.emplace_back("amount"_L1, "validation.numeric"_L1);
    if (!currency.present)
        errors.emplace_back("currency"_L1, "validation.required"_L1);
    else if (!currency.isString)
        errors.emplace_back("currency"_L1, "validation.string"_L1);
    if (!orderId.present)
        errors.emplace_back("order_id"_L1, "validation.required"_L1);
    else if (!orderId.isString)
        errors.emplace_back("order_id"_L1, "validation.string"_L1);
    else if (orderId.text.size() > 128)
        errors.emplace_back("order_id"_L1, "validation.max.string"_L1);
    else if (!isAlphaDash(orderId.text))
        errors.emplace_back("order_id"_L1, "validation.alpha_dash"_L1);
    for (const auto name : {"url_return"_L1, "url_success"_L1, "url_callback"_L1}) {
        const Field url = fieldOf(body, QString(name));
        if (!url.present)
            continue;
        if (url.text.size() < 6)
            errors.emplace_back(name, "validation.min.string"_L1);
        else if (url.text.size() > 255)
            errors.emplace_back(name, "validation.max.string"_L1);
        else if (!isUrl(url.text))
            errors.emplace_back(name, "validation.url"_L1);
    }
    qint64 lifetimeSecs = 3600;
    if (lifetime.present) {
        const auto value = integerOf(lifetime);
        if (!value)
            errors.emplace_back("lifetime"_L1, "validation.integer"_L1);
        else if (*value < 300)
            errors.emplace_back("lifetime"_L1, "validation.min.numeric"_L1);
        else if (*value > 43200)
            errors.emplace_back("lifetime"_L1, "validation.max.numeric"_L1);
        else
            lifetimeSecs = *value;
    }
    bool multipleValue = true;
    if (multiple.present) {
        const auto value = booleanOf(multiple);
        if (!value)
            errors.emplace_back("is_payment_multiple"_L1, "validation.boolean"_L1);
        else
            multipleValue = *value;
    }
    bool refreshValue = false;
    if (refresh.present) {
        const auto value = booleanOf(refresh);
        if (!value)
            errors.emplace_back("is_refresh"_L1, "validation.boolean"_L1);
        else
            refreshValue = *value;
    }
    if (subtract.present) {
        const auto value = integerOf(subtract);
        if (!value)
            errors.emplace_back("subtract"_L1, "validation.integer"_L1);
        else if (*value < 0 || *value > 100)
            errors.emplace_back("subtract"_L1, *value < 0 ? "validation.min.numeric"_L1 : "validation.max.numeric"_L1);
    }
    quint16 accuracyHundredths = 0;
    if (accuracy.present) {
        const auto value = decimalOf(accuracy);
        if (!value)
            errors.emplace_back("accuracy_payment_percent"_L1, "validation.numeric"_L1);
        else if (value->signum() < 0)
            errors.emplace_back("accuracy_payment_percent"_L1, "validation.min.numeric"_L1);
        else if (*value > Decimal::fromInt(5))
            errors.emplace_back("accuracy_payment_percent"_L1, "validation.max.numeric"_L1);
        else
            accuracyHundredths = static_cast<quint16>(
                value->rescaled(2, Decimal::Rounding::HalfUp)->toMinorUnits(2).value_or(u"0"_s).toUInt());
    }
    if (additional.present && additional.text.size() > 255)
        errors.emplace_back("additional_data"_L1, "validation.max.string"_L1);
    qint16 discountValue = kNoDiscount;
    if (discount.present) {
        const auto value = integerOf(discount);
        if (!value)
            errors.emplace_back("discount_percent"_L1, "validation.integer"_L1);
        else if (*value < -99 || *value > 100)
            errors.emplace_back(
                "discount_percent"_L1, *value < -99 ? "validation.min.numeric"_L1 : "validation.max.numeric"_L1);
        else
            discountValue = static_cast<qint16>(*value);
    }
    if (!errors.empty())
        return validation(errors);

    const qint64 at = now();
    // order_id is the idempotency key: an existing invoice is returned as it is (or refreshed with is_refresh).
    const qint32 existing = findInvoiceByOrderId(orderId.text);
    if (existing >= 0) {
        Invoice& invoice = m_invoices[static_cast<size_t>(existing)];
        if (refreshValue && invoice.status == Status::Cancel) {
            invoice.status = Status::Check;
            invoice.expiredAt = at + lifetimeSecs;
            invoice.updatedAt = at;
            ++invoice.addressGeneration;
            schedule(invoice.expiredAt, EventKind::Expire, existing);
        }
        CryptomusJson w;
        writeInvoice(invoice, w);
        return ok(w.take());
    }
    if (m_walletOrders.contains(orderId.text))
        return validation({{"order_id"_L1, "validation.unique"_L1}});
    if (m_paymentsBlocked)
        return message(422, "You are forbidden"_L1);

    const int currencyIndex = Catalog::findCurrency(currency.text);
    if (currencyIndex < 0)
        return message(422, "The currency was not found"_L1);
    int networkIndex = Catalog::kNone;
    if (network.present) {
        networkIndex = Catalog::findNetwork(network.text);
        if (networkIndex < 0)
            return message(422, "The network was not found"_L1);
    }
    int payer = Catalog::kNone;
    if (toCurrency.present) {
        payer = Catalog::findCurrency(toCurrency.text);
        if (payer < 0 || Catalog::isFiat(payer))
            return message(422, "Not found service to_currency"_L1);
    } else if (!Catalog::isFiat(currencyIndex)) {
        payer = currencyIndex;
    }
    if (payer != Catalog::kNone && networkIndex != Catalog::kNone && !Catalog::supports(payer, networkIndex))
        return message(422, "The network was not found"_L1);
    if (payer == Catalog::kNone && networkIndex != Catalog::kNone)
        networkIndex = Catalog::kNone; // a fiat invoice without to_currency: the payer picks on the payment page

    // Limits, checked in the currency the customer pays (or the invoice currency for an open fiat invoice).
    const int limitCurrency = payer != Catalog::kNone ? payer : currencyIndex;
    const Decimal limitAmount = Catalog::convert(*amountValue, currencyIndex, limitCurrency).value_or(*amountValue);
    if (limitAmount < Catalog::minAmount(limitCurrency)) {
        return message(422,
            u"Minimum amount %1 %2"_s.arg(
                Catalog::minAmount(limitCurrency).toString(), Catalog::currencyCode(limitCurrency)));
    }
    if (limitAmount > Catalog::maxAmount(limitCurrency)) {
        return message(422,
            u"Maximum amount %1 %2"_s.arg(
                Catalog::maxAmount(limitCurrency).toString(), Catalog::currencyCode(limitCurrency)));
    }

    Invoice invoice;
    invoice.uuid = newUuid(m_random);
    invoice.orderId = orderId.text;
    if (additional.present)
        invoice.additionalData = additional.text;
    const Field callback = fieldOf(body, u"url_callback"_s);
    if (callback.present)
        invoice.urlCallback = callback.text;
    invoice.amount = *amountValue;
    invoice.currency = static_cast<quint8>(currencyIndex);
    invoice.createdAt = at;
    invoice.updatedAt = at;
    invoice.expiredAt = at + lifetimeSecs;
    invoice.discountPercent = discountValue;
    invoice.accuracyHundredths = accuracyHundredths;
    invoice.multiple = multipleValue;
    // A specific cryptocurrency and address exist from the start when the payer currency is known and the network
    // is given or the only one (spec: "The invoice will have a specific cryptocurrency and address…").
    if (payer != Catalog::kNone) {
        int networks[6];
        const int count = Catalog::networksOf(payer, networks);
        if (networkIndex == Catalog::kNone && count == 1)
            networkIndex = networks[0];
        choosePayerCurrency(invoice, payer, networkIndex);
        if (subtract.present) {
            const Decimal share = *Decimal::fromString(subtract.text);
            const Decimal fee
                = Catalog::feePercent().multipliedBy(share, 4, Decimal::Rounding::HalfUp).value_or(Decimal());
            const auto extra
                = invoice.payerAmount.multipliedBy(fee, Catalog::scale(payer) + 4, Decimal::Rounding::HalfUp)
                      .value_or(Decimal())
                      .dividedBy(Decimal::fromInt(10000), Catalog::scale(payer), Decimal::Rounding::HalfUp);
            invoice.payerAmount = invoice.payerAmount.plus(extra.value_or(Decimal())).value_or(invoice.payerAmount);
        }
    }
    const auto index = static_cast<qint32>(m_invoices.size());
    appendInvoice(std::move(invoice));
    schedule(m_invoices.back().expiredAt, EventKind::Expire, index);
    CryptomusJson w;
    writeInvoice(m_invoices.back(), w);
    return ok(w.take());
}

HttpResponse CryptomusSimulator::paymentInfo(const QJsonObject& body)
{
    qint32 index = -1;
    const auto find = [this](const QString& uuid, const QString& orderId) {
        return uuid.isNull() ? findInvoiceByOrderId(orderId) : findInvoiceByUuid(uuid);
    };
    if (auto error = identify(body, "order_id"_L1, find, false, &index, "Payment not found"_L1))
        return *error;
    CryptomusJson w;
    writeInvoice(m_invoices[static_cast<size_t>(index)], w);
    return ok(w.take());
}

HttpResponse CryptomusSimulator::paymentList(const HttpRequest& request, const QJsonObject& body, bool payouts)
{
    // Paging faster than the configured interval is refused (sandbox clock; POST /_sandbox/cryptomus/config).
    const qint64 nowMs = m_environment.clock ? m_environment.clock->nowMSecs() : 0;
    const int kind = payouts ? 1 : 0;
    const auto last = m_lastListMs.find(kind);
    if (m_listIntervalMs > 0 && last != m_lastListMs.end() && nowMs - last->second < m_listIntervalMs) {
        const qint64 waitMs = m_listIntervalMs - (nowMs - last->second);
        return rateLimitResponse(static_cast<int>((waitMs + 999) / 1000));
    }

    Errors errors;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    const Field dateFrom = fieldOf(body, u"date_from"_s);
    const Field dateTo = fieldOf(body, u"date_to"_s);
    if (dateFrom.present) {
        if (const auto parsed = parseListDate(dateFrom.text))
            from = *parsed;
        else
            errors.emplace_back("date_from"_L1, "validation.date_format"_L1);
    }
    if (dateTo.present) {
        if (const auto parsed = parseListDate(dateTo.text))
            to = *parsed;
        else
            errors.emplace_back("date_to"_L1, "validation.date_format"_L1);
    }
    if (!errors.empty())
        return validation(errors);
    m_lastListMs[kind] = nowMs;

    // Records are stored in creation order; the list shows the newest first. Cursor ids are index + 1.
    const auto createdAt = [this, payouts](qint64 i) {
        return payouts ? m_payouts[static_cast<size_t>(i)].createdAt : m_invoices[static_cast<size_t>(i)].createdAt;
    };
    const qint64 total = payouts ? static_cast<qint64>(m_payouts.size()) : static_cast<qint64>(m_invoices.size());
    const auto bound = [&](qint64 secs, bool upper) {
        qint64 low = 0;
        qint64 high = total;
        while (low < high) {
            const qint64 mid = low + (high - low) / 2;
            if (upper ? createdAt(mid) <= secs : createdAt(mid) < secs)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    };
    const qint64 lo = from == std::numeric_limits<qint64>::min() ? 0 : bound(from, false);
    const qint64 hi = to == std::numeric_limits<qint64>::max() ? total : bound(to, true);

    const std::optional<Cursor> cursor = decodeCursor(request.queryValue(u"cursor"_s));
    std::vector<qint64> page;
    bool hasMore = false;
    if (!cursor || cursor->next) {
        qint64 i = cursor ? std::min(hi, cursor->id - 1) : hi;
        for (--i; i >= lo && static_cast<qint64>(page.size()) <= m_perPage; --i)
            page.push_back(i);
    } else {
        for (qint64 i = std::max(lo, cursor->id); i < hi && static_cast<qint64>(page.size()) <= m_perPage; ++i)
            page.push_back(i);
    }
    if (static_cast<qint64>(page.size()) > m_perPage) {
        hasMore = true;
        page.pop_back();
    }
    QByteArray nextCursor;
    QByteArray previousCursor;
    if (!cursor || cursor->next) {
        if (hasMore)
            nextCursor = encodeCursor(page.back() + 1, true);
        if (cursor && !page.empty())
            previousCursor = encodeCursor(page.front() + 1, false);
    } else {
        std::reverse(page.begin(), page.end());
        if (hasMore)
            previousCursor = encodeCursor(page.front() + 1, false);
        if (!page.empty())
            nextCursor = encodeCursor(page.back() + 1, true);
    }

    CryptomusJson w;
    w.beginObject();
    if (payouts)
        w.field("merchant_uuid"_L1, QLatin1StringView(kMerchant));
    w.key("items"_L1).beginArray();
    for (const qint64 i : page) {
        if (payouts)
            writePayout(m_payouts[static_cast<size_t>(i)], w, true);
        else
            writeInvoice(m_invoices[static_cast<size_t>(i)], w);
    }
    w.endArray().key("paginate"_L1).beginObject().field("count"_L1, static_cast<qint64>(page.size()));
    w.field("hasPages"_L1, !nextCursor.isEmpty() || !previousCursor.isEmpty());
    w.key("nextCursor"_L1);
    nextCursor.isEmpty() ? w.null() : w.string(QLatin1StringView(nextCursor));
    w.key("previousCursor"_L1);
    previousCursor.isEmpty() ? w.null() : w.string(QLatin1StringView(previousCursor));
    w.field("perPage"_L1, m_perPage).endObject().endObject();
    return ok(w.take());
}

HttpResponse CryptomusSimulator::refund(const QJsonObject& body)
{
    Errors errors;
    const Field address = fieldOf(body, u"address"_s);
    const Field subtract = fieldOf(body, u"is_subtract"_s);
    if (!address.present)
        errors.emplace_back("address"_L1, "validation.required"_L1);
    else if (!address.isString)
        errors.emplace_back("address"_L1, "validation.string"_L1);
    std::optional<bool> subtractValue;
    if (!subtract.present)
        errors.emplace_back("is_subtract"_L1, "validation.required"_L1);
    else if (!(subtractValue = booleanOf(subtract)))
        errors.emplace_back("is_subtract"_L1, "validation.boolean"_L1);
    if (!errors.empty())
        return validation(errors);
    qint32 index = -1;
    const auto find = [this](const QString& uuid, const QString& orderId) {
        return uuid.isNull() ? findInvoiceByOrderId(orderId) : findInvoiceByUuid(uuid);
    };
    if (auto error = identify(body, "order_id"_L1, find, false, &index, "Payment was not found"_L1))
        return *error;
    Invoice& invoice = m_invoices[static_cast<size_t>(index)];
    if (invoice.status == Status::RefundProcess || invoice.status == Status::RefundPaid)
        return message(422, "Refund has already been requested"_L1);
    if (invoice.status != Status::Paid && invoice.status != Status::PaidOver && invoice.status != Status::WrongAmount)
        return message(422, "The invoice is not paid"_L1);
    if (invoice.paid.isZero())
        return message(422, "The invoice is not paid"_L1);
    // is_subtract true: the commission comes from the merchant balance; false: the refund shrinks by it.
    const int payer = invoice.payerCurrency;
    const Decimal fee
        = invoice.paid.multipliedBy(Catalog::feePercent(), Catalog::scale(payer) + 2, Decimal::Rounding::HalfUp)
              .value_or(Decimal())
              .dividedBy(Decimal::fromInt(100), Catalog::scale(payer), Decimal::Rounding::HalfUp)
              .value_or(Decimal());
    const Decimal debit = *subtractValue ? invoice.paid.plus(fee).value_or(invoice.paid) : invoice.paid;
    if (m_balances[static_cast<size_t>(payer)] < debit)
        return message(422, "Not enough funds"_L1);
    credit(payer, debit.negated());
    const qint64 at = now();
    invoice.status = Status::RefundProcess;
    invoice.updatedAt = at;
    sendPaymentWebhook(index);
    if (address.text.startsWith(u"FAIL")) {
        credit(payer, debit);
        invoice.status = Status::RefundFail;
        sendPaymentWebhook(index);
    } else {
        schedule(at + m_refundDelaySecs, EventKind::RefundDone, index);
    }
    return ok(emptyResult());
}

HttpResponse CryptomusSimulator::resend(const QJsonObject& body)
{
    qint32 index = -1;
    const auto find = [this](const QString& uuid, const QString& orderId) {
        return uuid.isNull() ? findInvoiceByOrderId(orderId) : findInvoiceByUuid(uuid);
    };
    if (auto error = identify(body, "order_id"_L1, find, true, &index, "Payment not found"_L1))
        return *error;
    Invoice& invoice = m_invoices[static_cast<size_t>(index)];
    if (invoice.status != Status::Paid && invoice.status != Status::PaidOver && invoice.status != Status::WrongAmount)
        return message(422, "Payment is not finalized"_L1);
    if (invoice.urlCallback.isEmpty() || !invoice.notified)
        return message(422, "Notification not found"_L1);
    if (invoice.resends >= 10)
        return message(422, "Too much resend"_L1);
    ++invoice.resends;
    sendPaymentWebhook(index);
    return ok(emptyResult());
}

HttpResponse CryptomusSimulator::services() const
{
    CryptomusJson w;
    w.beginArray();
    for (int c = 0; c < Catalog::currencyCount(); ++c) {
        int networks[6];
        const int count = Catalog::networksOf(c, networks);
        for (int n = 0; n < count; ++n) {
            w.beginObject()
                .field("network"_L1, Catalog::networkCode(networks[n]))
                .field("currency"_L1, Catalog::currencyCode(c))
                .field("is_available"_L1, true)
                .key("limit"_L1)
                .beginObject()
                .field("min_amount"_L1, Catalog::minAmount(c).toString())
                .field("max_amount"_L1, Catalog::maxAmount(c).toString())
                .endObject()
                .key("commission"_L1)
                .beginObject()
                .field("fee_amount"_L1, "0.00"_L1)
                .field("percent"_L1, Catalog::feePercent().toString())
                .endObject()
                .endObject();
        }
    }
    w.endArray();
    return ok(w.take());
}

HttpResponse CryptomusSimulator::balance() const
{
    CryptomusJson w;
    w.beginArray().beginObject().key("balance"_L1).beginObject().key("merchant"_L1).beginArray();
    for (int c = 0; c < Catalog::currencyCount(); ++c) {
        if (!Catalog::isFiat(c))
            writeBalanceEntry(c, false, w);
    }
    w.endArray().key("user"_L1).beginArray();
    for (int c = 0; c < Catalog::currencyCount(); ++c) {
        if (!Catalog::isFiat(c))
            writeBalanceEntry(c, true, w);
    }
    w.endArray().endObject().endObject().endArray();
    return ok(w.take());
}

HttpResponse CryptomusSimulator::exchangeRates(const QString& currency) const
{
    const int from = Catalog::findCurrency(currency);
    if (from < 0)
        return message(422, "The currency was not found"_L1);
    CryptomusJson w;
    w.beginArray();
    for (int to = 0; to < Catalog::currencyCount(); ++to) {
        if (to == from)
            continue;
        const auto course = Catalog::usdRate(from)
                                .multipliedBy(Decimal::fromInt(1), 12, Decimal::Rounding::HalfUp)
                                ->dividedBy(Catalog::usdRate(to), 8, Decimal::Rounding::HalfUp);
        w.beginObject()
            .field("from"_L1, Catalog::currencyCode(from))
            .field("to"_L1, Catalog::currencyCode(to))
            .field("course"_L1, course.value_or(Decimal()).toString())
            .endObject();
    }
    w.endArray();
    return ok(w.take());
}

} // namespace paydesk::sandbox
