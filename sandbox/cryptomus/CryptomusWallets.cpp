// Static wallets, payouts, test webhooks and POST /_sandbox/pay of CryptomusSimulator.
#include "sandbox/SandboxClock.h"
#include "sandbox/cryptomus/CryptomusCatalog.h"
#include "sandbox/cryptomus/CryptomusJson.h"
#include "sandbox/cryptomus/CryptomusRequestFields.h"
#include "sandbox/cryptomus/CryptomusSimulator.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Catalog = CryptomusCatalog;
using namespace cryptomus;

HttpResponse payError(int status, const QString& text)
{
    CryptomusJson w;
    w.beginObject().field("error"_L1, text).endObject();
    return HttpResponse::json(status, w.take());
}

Decimal feeOf(const Decimal& amount, int currency)
{
    const auto product
        = amount.multipliedBy(Catalog::feePercent(), Catalog::scale(currency) + 2, Decimal::Rounding::HalfUp);
    return product ? product->dividedBy(Decimal::fromInt(100), Catalog::scale(currency), Decimal::Rounding::HalfUp)
                         .value_or(Decimal())
                   : Decimal();
}

// order_id rules shared by wallets and payouts: required, string, max length, alpha_dash.
void checkOrderId(
    const Field& orderId, qsizetype max, std::vector<std::pair<QLatin1StringView, QLatin1StringView>>& errors)
{
    if (!orderId.present)
        errors.emplace_back("order_id"_L1, "validation.required"_L1);
    else if (!orderId.isString)
        errors.emplace_back("order_id"_L1, "validation.string"_L1);
    else if (orderId.text.size() > max)
        errors.emplace_back("order_id"_L1, "validation.max.string"_L1);
    else if (!isAlphaDash(orderId.text))
        errors.emplace_back("order_id"_L1, "validation.alpha_dash"_L1);
}

void checkUrl(
    const Field& url, QLatin1StringView name, std::vector<std::pair<QLatin1StringView, QLatin1StringView>>& errors)
{
    if (!url.present)
        return;
    if (url.text.size() < 6)
        errors.emplace_back(name, "validation.min.string"_L1);
    else if (url.text.size() > 255)
        errors.emplace_back(name, "validation.max.string"_L1);
    else if (!isUrl(url.text))
        errors.emplace_back(name, "validation.url"_L1);
}

} // namespace

qint32 CryptomusSimulator::findWallet(const QString& uuid, const QString& orderId) const
{
    if (uuid.isNull())
        return m_walletOrders.value(orderId, -1);
    const auto parsed = parseUuid(uuid);
    if (!parsed)
        return -1;
    for (size_t i = 0; i < m_wallets.size(); ++i) {
        if (m_wallets[i].uuid == *parsed)
            return static_cast<qint32>(i);
    }
    return -1;
}

QList<SimulatedRecord> CryptomusSimulator::records() const
{
    QList<SimulatedRecord> all;
    for (size_t i = 0; i < m_invoices.size(); ++i) {
        const Invoice& invoice = m_invoices[i];
        const QString uuid = formatUuid(invoice.uuid);
        const QString status(statusName(invoice.status));
        all.append({.kind = SimulatedRecord::Kind::Invoice,
            .id = uuid,
            .key = orderIdOf(static_cast<qint32>(i)),
            .amount = invoice.amount,
            .currency = QString(Catalog::currencyCode(invoice.currency)),
            .status = status});
        if (invoice.status == Status::RefundProcess || invoice.status == Status::RefundFail
            || invoice.status == Status::RefundPaid) {
            all.append({.kind = SimulatedRecord::Kind::Refund,
                .id = uuid,
                .parentId = uuid,
                .amount = invoice.paid,
                .currency = QString(Catalog::currencyCode(invoice.payerCurrency)),
                .status = status});
        }
    }
    for (const Wallet& wallet : m_wallets) {
        all.append({.kind = SimulatedRecord::Kind::Address,
            .id = formatUuid(wallet.uuid),
            .key = wallet.orderId,
            .currency = QString(Catalog::currencyCode(wallet.currency)),
            .status = wallet.blocked ? u"blocked"_s : u"active"_s});
    }
    for (const Payout& payout : m_payouts) {
        all.append({.kind = SimulatedRecord::Kind::Withdrawal,
            .id = formatUuid(payout.uuid),
            .key = payout.orderId,
            .amount = payout.amount,
            .currency = QString(Catalog::currencyCode(payout.currency)),
            .status = QString(payoutStatusName(payout.status))});
    }
    return all;
}

void CryptomusSimulator::writeWallet(const Wallet& wallet, CryptomusJson& w) const
{
    const QString uuid = formatUuid(wallet.uuid);
    w.beginObject()
        .field("wallet_uuid"_L1, formatUuid(wallet.walletUuid))
        .field("uuid"_L1, uuid)
        .field("address"_L1, Catalog::address(wallet.network, wallet.uuid.hi))
        .field("network"_L1, Catalog::networkCode(wallet.network))
        .field("currency"_L1, Catalog::currencyCode(wallet.currency))
        .field("url"_L1, u"https://pay.cryptomus.com/wallet/"_s + uuid)
        .endObject();
}

HttpResponse CryptomusSimulator::createWallet(const QJsonObject& body)
{
    Errors errors;
    const Field currency = fieldOf(body, u"currency"_s);
    const Field network = fieldOf(body, u"network"_s);
    const Field orderId = fieldOf(body, u"order_id"_s);
    const Field callback = fieldOf(body, u"url_callback"_s);
    if (!currency.present)
        errors.emplace_back("currency"_L1, "validation.required"_L1);
    if (!network.present)
        errors.emplace_back("network"_L1, "validation.required"_L1);
    checkOrderId(orderId, 100, errors);
    checkUrl(callback, "url_callback"_L1, errors);
    if (!errors.empty())
        return validation(errors);

    const qint32 existing = m_walletOrders.value(orderId.text, -1);
    if (existing >= 0) { // order_id identifies the static wallet: the same one comes back
        CryptomusJson w;
        writeWallet(m_wallets[static_cast<size_t>(existing)], w);
        return ok(w.take());
    }
    if (findInvoiceByOrderId(orderId.text) >= 0)
        return validation({{"order_id"_L1, "validation.unique"_L1}});
    const int currencyIndex = Catalog::findCurrency(currency.text);
    if (currencyIndex < 0 || Catalog::isFiat(currencyIndex))
        return message(422, "The currency was not found"_L1);
    const int networkIndex = Catalog::findNetwork(network.text);
    if (networkIndex < 0 || !Catalog::supports(currencyIndex, networkIndex))
        return message(422, "The network was not found"_L1);

    Wallet wallet;
    wallet.uuid = newUuid(m_random);
    wallet.walletUuid = newUuid(m_random);
    wallet.orderId = orderId.text;
    if (callback.present)
        wallet.urlCallback = callback.text;
    wallet.createdAt = now();
    wallet.currency = static_cast<quint8>(currencyIndex);
    wallet.network = static_cast<quint8>(networkIndex);
    m_walletOrders.insert(wallet.orderId, static_cast<qint32>(m_wallets.size()));
    m_wallets.push_back(wallet);
    CryptomusJson w;
    writeWallet(m_wallets.back(), w);
    return ok(w.take());
}

HttpResponse CryptomusSimulator::blockWallet(const QJsonObject& body)
{
    const Field force = fieldOf(body, u"is_force_refund"_s);
    std::optional<bool> forceValue = false;
    if (force.present && !(forceValue = booleanOf(force)))
        return validation({{"is_force_refund"_L1, "validation.boolean"_L1}});
    qint32 index = -1;
    const auto find = [this](const QString& uuid, const QString& orderId) { return findWallet(uuid, orderId); };
    if (auto error = identify(body, "order_id"_L1, find, false, &index, "Not found"_L1))
        return *error;
    Wallet& wallet = m_wallets[static_cast<size_t>(index)];
    wallet.blocked = true;
    wallet.forceRefund = wallet.forceRefund || *forceValue;
    CryptomusJson w;
    w.beginObject().field("uuid"_L1, formatUuid(wallet.uuid)).field("status"_L1, "blocked"_L1).endObject();
    return ok(w.take());
}

HttpResponse CryptomusSimulator::refundBlocked(const QJsonObject& body)
{
    const Field address = fieldOf(body, u"address"_s);
    Errors errors;
    if (!address.present)
        errors.emplace_back("address"_L1, "validation.required"_L1);
    else if (address.text.size() < 10)
        errors.emplace_back("address"_L1, "validation.min.string"_L1);
    else if (address.text.size() > 128)
        errors.emplace_back("address"_L1, "validation.max.string"_L1);
    else if (!isAlphaDash(address.text))
        errors.emplace_back("address"_L1, "validation.alpha_dash"_L1);
    if (!errors.empty())
        return validation(errors);
    qint32 index = -1;
    const auto find = [this](const QString& uuid, const QString& orderId) { return findWallet(uuid, orderId); };
    if (auto error = identify(body, "order_id"_L1, find, false, &index, "Not found"_L1))
        return *error;
    Wallet& wallet = m_wallets[static_cast<size_t>(index)];
    if (!wallet.blocked)
        return message(422, "The wallet is not blocked"_L1);
    if (wallet.refunded)
        return message(422, "You can withdraw only once"_L1);
    wallet.refunded = true;
    Decimal total;
    const qint64 at = now();
    for (size_t i = 0; i < m_invoices.size(); ++i) {
        Invoice& invoice = m_invoices[i];
        if (invoice.wallet != index || invoice.status != Status::Locked)
            continue;
        total = total.plus(invoice.paid).value_or(total);
        invoice.status = Status::RefundProcess;
        invoice.updatedAt = at;
        sendPaymentWebhook(static_cast<qint32>(i));
        schedule(at + m_refundDelaySecs, EventKind::RefundDone, static_cast<qint32>(i));
    }
    const Decimal commission = feeOf(total, wallet.currency);
    CryptomusJson w;
    w.beginObject()
        .field("commission"_L1, Catalog::format(commission, wallet.currency))
        .field("amount"_L1, Catalog::format(total.minus(commission).value_or(total), wallet.currency))
        .endObject();
    return ok(w.take());
}

HttpResponse CryptomusSimulator::testWebhook(const QJsonObject& body, bool wallet)
{
    Errors errors;
    const Field callback = fieldOf(body, u"url_callback"_s);
    const Field currency = fieldOf(body, u"currency"_s);
    const Field network = fieldOf(body, u"network"_s);
    const Field status = fieldOf(body, u"status"_s);
    if (!callback.present)
        errors.emplace_back("url_callback"_L1, "validation.required"_L1);
    else
        checkUrl(callback, "url_callback"_L1, errors);
    if (!currency.present)
        errors.emplace_back("currency"_L1, "validation.required"_L1);
    if (!network.present)
        errors.emplace_back("network"_L1, "validation.required"_L1);
    Status statusValue = Status::Paid;
    if (status.present) {
        bool found = false;
        for (int s = 0; s <= static_cast<int>(Status::Locked); ++s) {
            if (status.text == statusName(static_cast<Status>(s))) {
                statusValue = static_cast<Status>(s);
                found = true;
            }
        }
        if (!found)
            errors.emplace_back("status"_L1, "validation.in"_L1);
    }
    if (!errors.empty())
        return validation(errors);
    const int currencyIndex = Catalog::findCurrency(currency.text);
    if (currencyIndex < 0 || Catalog::isFiat(currencyIndex))
        return message(422, "The currency was not found"_L1);
    const int networkIndex = Catalog::findNetwork(network.text);
    if (networkIndex < 0 || !Catalog::supports(currencyIndex, networkIndex))
        return message(422, "The network was not found"_L1);

    SandboxRandom random(SandboxRandom::deriveSeed(static_cast<std::uint64_t>(now()), "cryptomus-test-webhook"));
    const Field uuid = fieldOf(body, u"uuid"_s);
    const Field orderId = fieldOf(body, u"order_id"_s);
    const Decimal amount = *Decimal::fromString(u"10.00");
    const Decimal commission = feeOf(amount, currencyIndex);
    CryptomusJson w(CryptomusJson::Unicode::Raw);
    w.beginObject()
        .field("type"_L1, wallet ? "wallet"_L1 : "payment"_L1)
        .field("uuid"_L1, uuid.present ? uuid.text : formatUuid(newUuid(random)))
        .field("order_id"_L1, orderId.present ? orderId.text : u"test_order"_s)
        .field("amount"_L1, Catalog::format(amount, currencyIndex))
        .field("payment_amount"_L1, Catalog::format(amount, currencyIndex))
        .field("payment_amount_usd"_L1,
            Catalog::format(
                amount.multipliedBy(Catalog::usdRate(currencyIndex), 2, Decimal::Rounding::HalfUp).value_or(Decimal()),
                Catalog::kUsd))
        .field("merchant_amount"_L1, Catalog::format(amount.minus(commission).value_or(amount), currencyIndex))
        .field("commission"_L1, Catalog::format(commission, currencyIndex))
        .field("is_final"_L1, isFinal(statusValue))
        .field("status"_L1, statusName(statusValue))
        .field("from"_L1, Catalog::address(networkIndex, random.next()));
    if (wallet)
        w.field("wallet_address_uuid"_L1, formatUuid(newUuid(random)));
    else
        w.nullField("wallet_address_uuid"_L1);
    w.field("network"_L1, Catalog::networkCode(networkIndex))
        .field("currency"_L1, Catalog::currencyCode(currencyIndex))
        .field("payer_currency"_L1, Catalog::currencyCode(currencyIndex))
        .nullField("additional_data"_L1)
        .field("txid"_L1, Catalog::txid(networkIndex, random.next()))
        .endObject();
    enqueueSigned(u"test."_s + statusName(statusValue), callback.text, w.take(), kPaymentKey);
    return ok("[]");
}

HttpResponse CryptomusSimulator::createPayout(const QJsonObject& body)
{
    Errors errors;
    const Field amount = fieldOf(body, u"amount"_s);
    const Field currency = fieldOf(body, u"currency"_s);
    const Field orderId = fieldOf(body, u"order_id"_s);
    const Field address = fieldOf(body, u"address"_s);
    const Field subtract = fieldOf(body, u"is_subtract"_s);
    const Field network = fieldOf(body, u"network"_s);
    const Field callback = fieldOf(body, u"url_callback"_s);
    const Field toCurrency = fieldOf(body, u"to_currency"_s);
    std::optional<Decimal> amountValue;
    if (!amount.present)
        errors.emplace_back("amount"_L1, "validation.required"_L1);
    else if (!(amountValue = decimalOf(amount)) || amountValue->signum() <= 0)
        errors.emplace_back("amount"_L1, "validation.numeric"_L1);
    if (!currency.present)
        errors.emplace_back("currency"_L1, "validation.required"_L1);
    checkOrderId(orderId, 100, errors);
    if (!address.present)
        errors.emplace_back("address"_L1, "validation.required"_L1);
    std::optional<bool> subtractValue;
    if (!subtract.present)
        errors.emplace_back("is_subtract"_L1, "validation.required"_L1);
    else if (!(subtractValue = booleanOf(subtract)))
        errors.emplace_back("is_subtract"_L1, "validation.boolean"_L1);
    if (!network.present)
        errors.emplace_back("network"_L1, "validation.required"_L1);
    checkUrl(callback, "url_callback"_L1, errors);
    const int currencyIndex = currency.present ? Catalog::findCurrency(currency.text) : -1;
    if (currencyIndex >= 0 && Catalog::isFiat(currencyIndex) && !toCurrency.present)
        errors.emplace_back("to_currency"_L1, "validation.required_if"_L1);
    if (!errors.empty())
        return validation(errors);

    // order_id is unique per merchant payouts: an existing payout comes back, no new one is made.
    const qint32 existing = m_payoutOrders.value(orderId.text, -1);
    if (existing >= 0) {
        CryptomusJson w;
        writePayout(m_payouts[static_cast<size_t>(existing)], w, false);
        return ok(w.take());
    }
    if (currencyIndex < 0)
        return message(422, "The currency was not found"_L1);
    int payer = currencyIndex;
    if (toCurrency.present) {
        payer = Catalog::findCurrency(toCurrency.text);
        if (payer < 0 || Catalog::isFiat(payer))
            return message(422, "Not found service to_currency"_L1);
    }
    const int networkIndex = Catalog::findNetwork(network.text);
    if (networkIndex < 0 || !Catalog::supports(payer, networkIndex))
        return message(422, "The network was not found"_L1);
    const Decimal payerAmount = Catalog::convert(*amountValue, currencyIndex, payer).value_or(*amountValue);
    if (payerAmount < Catalog::minAmount(payer))
        return message(
            422, u"Minimum amount %1 %2"_s.arg(Catalog::minAmount(payer).toString(), Catalog::currencyCode(payer)));
    if (payerAmount > Catalog::maxAmount(payer))
        return message(
            422, u"Maximum amount %1 %2"_s.arg(Catalog::maxAmount(payer).toString(), Catalog::currencyCode(payer)));
    const Decimal commission = feeOf(payerAmount, payer);
    const Decimal debit = *subtractValue ? payerAmount.plus(commission).value_or(payerAmount) : payerAmount;
    if (m_balances[static_cast<size_t>(payer)] < debit)
        return message(422, "Not enough funds"_L1);
    credit(payer, debit.negated());

    Payout payout;
    payout.uuid = newUuid(m_random);
    payout.orderId = orderId.text;
    payout.address = address.text;
    if (callback.present)
        payout.urlCallback = callback.text;
    payout.amount = *amountValue;
    payout.payerAmount = payerAmount;
    payout.commission = commission;
    payout.balanceAfter = m_balances[static_cast<size_t>(payer)];
    payout.createdAt = now();
    payout.updatedAt = payout.createdAt;
    payout.currency = static_cast<quint8>(currencyIndex);
    payout.payerCurrency = static_cast<quint8>(payer);
    payout.network = static_cast<quint8>(networkIndex);
    payout.subtract = *subtractValue;
    const auto index = static_cast<qint32>(m_payouts.size());
    m_payoutOrders.insert(payout.orderId, index);
    m_payouts.push_back(payout);
    schedule(payout.createdAt + m_payoutDelaySecs, EventKind::PayoutDone, index);
    sendPayoutWebhook(index);
    CryptomusJson w;
    writePayout(m_payouts.back(), w, false);
    return ok(w.take());
}

HttpResponse CryptomusSimulator::payoutInfo(const QJsonObject& body)
{
    qint32 index = -1;
    const auto find = [this](const QString& uuid, const QString& orderId) -> qint32 {
        if (uuid.isNull())
            return m_payoutOrders.value(orderId, -1);
        const auto parsed = parseUuid(uuid);
        for (size_t i = 0; parsed && i < m_payouts.size(); ++i) {
            if (m_payouts[i].uuid == *parsed)
                return static_cast<qint32>(i);
        }
        return -1;
    };
    if (auto error = identify(body, "order_id"_L1, find, false, &index, "Payout not found"_L1))
        return *error;
    CryptomusJson w;
    writePayout(m_payouts[static_cast<size_t>(index)], w, true);
    return ok(w.take());
}

HttpResponse CryptomusSimulator::payWallet(qint32 index, const PayRequest& request)
{
    const Wallet& wallet = m_wallets[static_cast<size_t>(index)];
    if (!request.amount)
        return payError(409, u"a static wallet has no amount due: pass \"amount\""_s);
    const qint64 at = now();
    Invoice invoice;
    invoice.uuid = newUuid(m_random);
    invoice.orderId = wallet.orderId;
    invoice.amount = *request.amount;
    invoice.payerAmount = *request.amount;
    invoice.currency = wallet.currency;
    invoice.payerCurrency = wallet.currency;
    invoice.network = wallet.network;
    invoice.createdAt = at;
    invoice.updatedAt = at;
    invoice.expiredAt = at;
    invoice.wallet = index;
    const auto paymentIndex = static_cast<qint32>(m_invoices.size());
    appendInvoice(std::move(invoice));
    Invoice& stored = m_invoices.back();
    if (wallet.blocked) {
        // Funds sent to a blocked address are held (locked) until wallet/blocked-address-refund.
        stored.paid = *request.amount;
        stored.commission = feeOf(stored.paid, stored.payerCurrency);
        stored.status = Status::Locked;
        sendPaymentWebhook(paymentIndex);
    } else {
        applyPayment(paymentIndex, *request.amount, at);
    }
    CryptomusJson w;
    writeInvoice(m_invoices.back(), w);
    return ok(w.take());
}

HttpResponse CryptomusSimulator::pay(const PayRequest& request)
{
    qint32 index = findInvoiceByUuid(request.id);
    if (index < 0)
        index = findInvoiceByOrderId(request.id);
    if (index < 0) {
        qint32 wallet = findWallet(request.id, QString());
        if (wallet < 0)
            wallet = m_walletOrders.value(request.id, -1);
        for (size_t i = 0; wallet < 0 && i < m_wallets.size(); ++i) {
            if (Catalog::address(m_wallets[i].network, m_wallets[i].uuid.hi) == request.id)
                wallet = static_cast<qint32>(i);
        }
        if (wallet >= 0)
            return payWallet(wallet, request);
        return payError(404, u"no invoice or static wallet \"%1\""_s.arg(request.id));
    }
    Invoice& invoice = m_invoices[static_cast<size_t>(index)];
    if (invoice.wallet >= 0 || isFinal(invoice.status))
        return payError(409, u"the invoice is final (%1)"_s.arg(statusName(invoice.status)));
    if (invoice.status == Status::ConfirmCheck)
        return payError(409, u"a payment of this invoice is being confirmed"_s);
    if (invoice.status != Status::Check && invoice.status != Status::WrongAmountWaiting)
        return payError(409, u"the invoice cannot be paid (%1)"_s.arg(statusName(invoice.status)));

    if (invoice.payerCurrency == Catalog::kNone) {
        // The customer picks the coin on the payment page: "currency" (default USDT) and "network".
        const int currency = request.currency.isEmpty() ? Catalog::kUsdt : Catalog::findCurrency(request.currency);
        if (currency < 0 || Catalog::isFiat(currency))
            return payError(409, u"\"currency\" must be a cryptocurrency"_s);
        const QString networkText = request.raw.value(u"network"_s).toString();
        const int network
            = networkText.isEmpty() ? Catalog::defaultNetwork(currency) : Catalog::findNetwork(networkText);
        if (network < 0 || !Catalog::supports(currency, network))
            return payError(409, u"\"network\" is not a network of %1"_s.arg(Catalog::currencyCode(currency)));
        choosePayerCurrency(invoice, currency, network);
    } else if (invoice.network == Catalog::kNone) {
        const QString networkText = request.raw.value(u"network"_s).toString();
        const int network = networkText.isEmpty() ? Catalog::defaultNetwork(invoice.payerCurrency)
                                                  : Catalog::findNetwork(networkText);
        if (network < 0 || !Catalog::supports(invoice.payerCurrency, network))
            return payError(409, u"\"network\" is not a network of the invoice's currency"_s);
        invoice.network = static_cast<quint8>(network);
    } else if (!request.currency.isEmpty() && Catalog::findCurrency(request.currency) != invoice.payerCurrency) {
        return payError(409, u"the invoice is paid in %1"_s.arg(Catalog::currencyCode(invoice.payerCurrency)));
    }
    const Decimal due = invoice.payerAmount.minus(invoice.paid).value_or(invoice.payerAmount);
    const Decimal amount = request.amount.value_or(due);
    if (amount.signum() <= 0)
        return payError(409, u"nothing is due"_s);
    const qint64 at = now();
    const qint64 confirmSecs = request.raw.value(u"confirmations_secs"_s).toInteger(0);
    if (confirmSecs > 0) {
        invoice.pending = amount;
        invoice.status = Status::ConfirmCheck;
        invoice.updatedAt = at;
        sendPaymentWebhook(index);
        schedule(at + confirmSecs, EventKind::Confirm, index);
    } else {
        applyPayment(index, amount, at);
    }
    CryptomusJson w;
    writeInvoice(m_invoices[static_cast<size_t>(index)], w);
    return ok(w.take());
}

} // namespace paydesk::sandbox
