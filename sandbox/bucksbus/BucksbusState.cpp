// Gateway v10.2 state machines: receipts (POST /_sandbox/pay), expiry and closing, withdrawals, dedicated
// addresses, transfers, balances, webhooks and the "500 after 30 s" fault mode.
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxCrypto.h"
#include "sandbox/WebhookDispatcher.h"
#include "sandbox/bucksbus/BucksbusSimulator.h"

#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

namespace fmt = bucksbus::format;
using bucksbus::asset;
using bucksbus::assetIndex;

HttpResponse controlError(int status, const QString& message)
{
    JsonWriter w;
    w.beginObject().field("error"_L1, message).endObject();
    return HttpResponse::json(status, w.take());
}

bool validAddress(bucksbus::AddressKind kind, const QString& address)
{
    static const QRegularExpression bitcoin(
        u"^(bc1|tb1)[02-9ac-hj-np-z]{11,71}$|^[13mn2][1-9A-HJ-NP-Za-km-z]{25,34}$"_s);
    static const QRegularExpression litecoin(
        u"^(ltc1|tltc1)[02-9ac-hj-np-z]{11,71}$|^[LM3Q][1-9A-HJ-NP-Za-km-z]{25,34}$"_s);
    static const QRegularExpression hex(u"^0x[0-9a-fA-F]{40}$"_s);
    static const QRegularExpression tron(u"^T[1-9A-HJ-NP-Za-km-z]{33}$"_s);
    switch (kind) {
    case bucksbus::AddressKind::Bech32:
        return bitcoin.match(address).hasMatch();
    case bucksbus::AddressKind::Litecoin:
        return litecoin.match(address).hasMatch();
    case bucksbus::AddressKind::Hex0x:
        return hex.match(address).hasMatch();
    case bucksbus::AddressKind::Tron:
        return tron.match(address).hasMatch();
    case bucksbus::AddressKind::None:
        break;
    }
    return false;
}

std::optional<Decimal> numberField(const QJsonObject& body, const QString& name, bool* present, bool* wrongType)
{
    const QJsonValue value = body.value(name);
    *present = !value.isUndefined() && !value.isNull();
    if (!*present)
        return std::nullopt;
    if (!value.isDouble()) {
        *wrongType = true;
        return std::nullopt;
    }
    return Decimal::fromString(QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest));
}

} // namespace

qint32 BucksbusSimulator::addExtra(Extra extra)
{
    m_data->extras.push_back(std::move(extra));
    return static_cast<qint32>(m_data->extras.size() - 1);
}

qint32 BucksbusSimulator::addPayment(Payment payment)
{
    const auto index = static_cast<qint32>(m_data->payments.size());
    payment.number = 1000 + index;
    m_data->paymentIndex.emplace(payment.id, index);
    m_data->payments.push_back(payment);
    return index;
}

Decimal BucksbusSimulator::available(quint8 assetIndex) const
{
    const Account& account = m_data->accounts[assetIndex];
    return account.balance.minus(account.onHold).value_or(Decimal());
}

void BucksbusSimulator::sendPaymentWebhook(qint32 index, QLatin1StringView event)
{
    if (!m_environment.webhooks)
        return;
    const Payment& payment = m_data->payments[static_cast<size_t>(index)];
    QByteArray body;
    JsonWriter w(&body);
    w.beginObject().field("type"_L1, "notification"_L1).field("event"_L1, event).key("payment"_L1);
    writePayment(w, context(), index, false);
    w.endObject();

    OutgoingWebhook webhook;
    webhook.gateway = id();
    webhook.event = QString(event);
    if (payment.extra >= 0)
        webhook.url = QUrl(m_data->extras[static_cast<size_t>(payment.extra)].webhookUrl);
    webhook.body = body;
    if (!m_settings.webhookSecret.isEmpty())
        webhook.headers.append(
            {"X-Webhook-HMAC-SHA256", crypto::hmacSha256Hex(m_settings.webhookSecret.toUtf8(), body)});
    webhook.retryDelaysSecs = QList<qint64>(kRetryDelays.begin(), kRetryDelays.end());
    m_environment.webhooks->enqueue(std::move(webhook));
}

void BucksbusSimulator::closePayment(qint32 index, Status status, qint64 time)
{
    Payment& payment = m_data->payments[static_cast<size_t>(index)];
    payment.status = status;
    payment.complete = time;
    if (payment.dedicate >= 0) {
        Dedicate& dedicate = m_data->dedicates[static_cast<size_t>(payment.dedicate)];
        if (dedicate.payment == index)
            dedicate.payment = -1;
    }
    sendPaymentWebhook(index,
        status == Status::Complete ? QLatin1StringView(m_settings.completeEvent.toLatin1()) : "payment.cancel"_L1);
}

void BucksbusSimulator::receive(qint32 paymentIndex, const Decimal& amount, qint64 time)
{
    Payment& payment = m_data->payments[static_cast<size_t>(paymentIndex)];
    Transaction tx;
    tx.amount = amount;
    tx.time = time;
    tx.payment = paymentIndex;
    tx.previous = payment.lastTx;
    m_data->transactions.push_back(tx);
    payment.lastTx = static_cast<qint32>(m_data->transactions.size() - 1);
    payment.ipAmount = payment.ipAmount.plus(amount).value_or(payment.ipAmount);
    Account& account = m_data->accounts[payment.payAsset];
    account.balance = account.balance.plus(amount).value_or(account.balance);
    if (payment.type == PaymentType::Open || payment.ipAmount >= payment.paymentAmount)
        closePayment(paymentIndex, Status::Complete, time);
    else
        sendPaymentWebhook(paymentIndex, "payment.open"_L1); // "upon any receipt from a transaction"
}

void BucksbusSimulator::completeWithdrawal(qint32 index, Status status, qint64 time)
{
    Withdrawal& withdrawal = m_data->withdrawals[static_cast<size_t>(index)];
    Account& account = m_data->accounts[withdrawal.asset];
    const Decimal total = withdrawal.amount.plus(withdrawal.fee).value_or(withdrawal.amount);
    account.onHold = account.onHold.minus(total).value_or(account.onHold);
    if (status == Status::Complete)
        account.balance = account.balance.minus(total).value_or(account.balance);
    withdrawal.status = status;
    withdrawal.complete = time;
}

HttpResponse BucksbusSimulator::applyTimeoutFault(HttpResponse committed, QLatin1StringView kind, qint32 index)
{
    if (m_timeoutFault.count <= 0)
        return committed;
    --m_timeoutFault.count;
    if (m_timeoutFault.cancel) {
        if (kind == "payment"_L1 && m_data->payments[static_cast<size_t>(index)].status == Status::Open)
            closePayment(index, Status::Cancel, now());
        else if (kind == "withdraw"_L1 && m_data->withdrawals[static_cast<size_t>(index)].status == Status::Open)
            completeWithdrawal(index, Status::Cancel, now());
    }
    HttpResponse response = serverErrorResponse(500);
    response.delayMs = m_timeoutFault.delayMs;
    return response;
}

HttpResponse BucksbusSimulator::pay(const PayRequest& request)
{
    const QString& target = request.id; // a payment id, a dedicate id or a dedicated address
    qint32 paymentIndex = -1;
    qint32 dedicateIndex = -1;
    if (const auto uuid = fmt::parseUuid(target)) {
        if (const auto found = m_data->paymentIndex.find(*uuid); found != m_data->paymentIndex.end())
            paymentIndex = found->second;
        else if (const auto d = m_data->dedicateIndex.find(*uuid); d != m_data->dedicateIndex.end())
            dedicateIndex = d->second;
    } else if (const auto d = m_data->dedicateByAddress.constFind(target); d != m_data->dedicateByAddress.constEnd()) {
        dedicateIndex = d.value();
    }
    if (paymentIndex < 0 && dedicateIndex < 0)
        return controlError(404, u"no payment, dedicate or dedicated address %1"_s.arg(target));
    const qint64 time = now();

    if (dedicateIndex >= 0) {
        const Dedicate& dedicate = m_data->dedicates[static_cast<size_t>(dedicateIndex)];
        if (dedicate.status != Status::Open)
            return controlError(409, u"the dedicated address is released"_s);
        if (dedicate.type == DedicateType::Assign) {
            if (dedicate.payment < 0)
                return controlError(409, u"no open payment uses this reserved (ASSIGN) address"_s);
            paymentIndex = dedicate.payment;
        } else {
            // USES: every receipt on the address becomes a new open-amount payment, completed at once.
            if (!request.amount)
                return controlError(409, u"amount is required to pay a dedicated address"_s);
            if (!request.currency.isEmpty() && request.currency != asset(dedicate.asset).id)
                return controlError(409, u"the address receives %1 only"_s.arg(asset(dedicate.asset).id));
            if (request.amount->scale() > asset(dedicate.asset).precision)
                return controlError(409, u"amount has more decimals than %1 allows"_s.arg(asset(dedicate.asset).id));
            Payment payment;
            payment.id = newUuid();
            payment.type = PaymentType::Open;
            payment.asset = dedicate.asset;
            payment.payAsset = dedicate.asset;
            payment.start = time;
            payment.end = time + qint64(asset(dedicate.asset).timeoutToTrx) * 60;
            payment.dedicate = dedicateIndex;
            payment.extra = dedicate.extra;
            const qint32 index = addPayment(payment);
            sendPaymentWebhook(index, "payment.open"_L1);
            receive(index, *request.amount, time);
            return HttpResponse::json(200, paymentJson(index));
        }
    }

    const Payment& payment = m_data->payments[static_cast<size_t>(paymentIndex)];
    if (payment.status != Status::Open && payment.status != Status::Closing)
        return controlError(409,
            u"the payment is %1, it accepts no more transactions"_s.arg(
                payment.status == Status::Complete ? u"COMPLETE"_s : u"CANCEL"_s));
    const auto& pa = asset(payment.payAsset);
    if (!request.currency.isEmpty() && request.currency != pa.id)
        return controlError(409, u"the payment is paid in %1"_s.arg(pa.id));
    Decimal amount;
    if (request.amount) {
        amount = *request.amount;
        if (amount.scale() > pa.precision)
            return controlError(409, u"amount has more decimals than %1 allows (%2)"_s.arg(pa.id).arg(pa.precision));
    } else {
        if (payment.paymentAmount <= payment.ipAmount)
            return controlError(409, u"amount is required for an open amount payment without amount"_s);
        amount = *payment.paymentAmount.minus(payment.ipAmount);
    }
    receive(paymentIndex, amount, time);
    return HttpResponse::json(200, paymentJson(paymentIndex));
}

void BucksbusSimulator::advanceTo(const QDateTime& now)
{
    const qint64 secs = now.toSecsSinceEpoch();
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= secs) {
        const auto [time, deadline] = *m_deadlines.begin();
        m_deadlines.erase(m_deadlines.begin());
        switch (deadline.kind) {
        case DeadlineKind::PaymentEnd: {
            Payment& payment = m_data->payments[static_cast<size_t>(deadline.index)];
            if (payment.status != Status::Open || payment.end != time)
                break;
            if (payment.type == PaymentType::Fixed && !payment.ipAmount.isZero()) {
                // Under-paid at expiry: CLOSING while late transactions can still complete it, then CANCEL.
                payment.status = Status::Closing;
                m_deadlines.emplace(
                    time + m_settings.closingSeconds, Deadline{DeadlineKind::PaymentClosing, deadline.index});
            } else {
                closePayment(deadline.index, Status::Cancel, time);
            }
            break;
        }
        case DeadlineKind::PaymentClosing:
            if (m_data->payments[static_cast<size_t>(deadline.index)].status == Status::Closing)
                closePayment(deadline.index, Status::Cancel, time);
            break;
        case DeadlineKind::WithdrawalDue: {
            const Withdrawal& withdrawal = m_data->withdrawals[static_cast<size_t>(deadline.index)];
            if (withdrawal.status == Status::Open && withdrawal.due == time)
                completeWithdrawal(deadline.index, Status::Complete, time);
            break;
        }
        }
    }
}

HttpResponse BucksbusSimulator::createWithdrawal(const QJsonObject& body)
{
    bool present = false;
    bool wrongType = false;
    const auto requested = numberField(body, u"amount"_s, &present, &wrongType);
    if (wrongType)
        return error(400, "ERR_BAD_REQUEST"_L1, u"Cannot decode the request: field amount must be of type float64."_s);
    if (!requested || requested->signum() <= 0)
        return error(422, "ERR_VALIDATION"_L1, u"amount must be greater than 0."_s);
    const QString assetId = body.value(u"asset_id"_s).toString();
    const auto from = assetIndex(assetId);
    if (!from)
        return error(422, "ERR_NO_ASSET"_L1, u"Asset <%1> not found."_s.arg(assetId));
    const QString withdrawAssetId = body.value(u"withdraw_asset_id"_s).toString(assetId);
    const auto to = assetIndex(withdrawAssetId);
    if (!to)
        return error(422, "ERR_NO_ASSET"_L1, u"Asset <%1> not found."_s.arg(withdrawAssetId));
    if (!asset(*to).crypto)
        return error(422, "ERR_VALIDATION"_L1,
            u"withdraw_asset_id is required and must be a crypto currency (asset_id %1 is fiat)."_s.arg(assetId));
    const auto& a = asset(*to);
    Extra extra;
    if (auto problem = readExtra(body, &extra, false))
        return *problem;
    extra.address = body.value(u"address"_s).toString().trimmed();
    if (extra.address.isEmpty())
        return error(422, "ERR_VALIDATION"_L1, u"address is required."_s);
    if (!validAddress(a.addressKind, extra.address))
        return error(422, "ERR_INVALID_ADDRESS"_L1,
            u"Address <%1> is not a valid %2 address."_s.arg(extra.address, a.networkName));
    const QJsonValue timeout = body.value(u"timeout"_s);
    const qint64 minutes = timeout.isUndefined() || timeout.isNull() ? 0 : timeout.toInteger(-1);
    if (minutes < 0 || minutes > 1440)
        return error(422, "ERR_VALIDATION"_L1, u"timeout must be between 0 and 1440 minutes."_s);
    const auto amount = convertAmount(*requested, *from, *to);
    if (!amount || amount->signum() <= 0)
        return error(422, "ERR_VALIDATION"_L1, u"amount is out of range."_s);
    if (*amount < a.minimumWithdrawal())
        return error(422, "ERR_MIN_WITHDRAWAL"_L1,
            u"Amount %1 %2 is below the minimum withdrawal amount %3."_s.arg(
                fmt::amountText(*amount), a.id, fmt::amountText(a.minimumWithdrawal())));
    if (*amount > a.maximumWithdrawal())
        return error(422, "ERR_MAX_WITHDRAWAL"_L1,
            u"Amount %1 %2 is above the maximum withdrawal amount %3."_s.arg(
                fmt::amountText(*amount), a.id, fmt::amountText(a.maximumWithdrawal())));
    const Decimal fee = a.fee();
    const Decimal total = amount->plus(fee).value_or(*amount);
    if (total > available(*to))
        return error(422, "ERR_INSUFFICIENT_FUNDS"_L1,
            u"Insufficient funds: %1 %2 requested with fee, %3 available."_s.arg(
                fmt::amountText(total), a.id, fmt::amountText(available(*to))));

    Withdrawal withdrawal;
    withdrawal.id = newUuid();
    withdrawal.amount = *amount;
    withdrawal.fee = fee;
    withdrawal.start = now();
    withdrawal.end = withdrawal.start + (minutes > 0 ? minutes : 60) * 60;
    withdrawal.due = withdrawal.start + m_settings.withdrawSeconds;
    withdrawal.timeout = static_cast<quint16>(minutes);
    withdrawal.asset = *to;
    withdrawal.extra = addExtra(std::move(extra));
    const auto index = static_cast<qint32>(m_data->withdrawals.size());
    withdrawal.number = 200 + index;
    m_data->withdrawals.push_back(withdrawal);
    m_data->withdrawalIndex.emplace(withdrawal.id, index);
    Account& account = m_data->accounts[*to];
    account.onHold = account.onHold.plus(total).value_or(account.onHold);
    m_deadlines.emplace(withdrawal.due, Deadline{DeadlineKind::WithdrawalDue, index});
    advanceTo(m_environment.clock->now()); // withdraw_seconds 0: completes at once
    QByteArray json;
    JsonWriter w(&json);
    writeWithdrawal(w, context(), index);
    return applyTimeoutFault(objectReply(200, json), "withdraw"_L1, index);
}

HttpResponse BucksbusSimulator::createDedicate(const QJsonObject& body)
{
    const QString assetId = body.value(u"asset_id"_s).toString();
    if (assetId.isEmpty())
        return error(422, "ERR_VALIDATION"_L1, u"asset_id is required."_s);
    const auto index = assetIndex(assetId);
    if (!index)
        return error(422, "ERR_NO_ASSET"_L1, u"Asset <%1> not found."_s.arg(assetId));
    if (!asset(*index).crypto)
        return error(422, "ERR_VALIDATION"_L1, u"asset_id <%1> is not a crypto currency."_s.arg(assetId));
    const QString alloc = body.value(u"address_alloc"_s).toString(u"NEW"_s);
    if (alloc != u"NEW" && alloc != u"POOL")
        return error(422, "ERR_VALIDATION"_L1, u"address_alloc must be NEW or POOL."_s);
    const QString type = body.value(u"dedicate_type"_s).toString(u"USES"_s);
    if (type != u"USES" && type != u"ASSIGN")
        return error(422, "ERR_VALIDATION"_L1, u"dedicate_type must be USES or ASSIGN."_s);
    Extra extra;
    if (auto problem = readExtra(body, &extra, true))
        return *problem;

    Dedicate dedicate;
    dedicate.id = newUuid();
    dedicate.asset = *index;
    dedicate.type = type == u"USES" ? DedicateType::Uses : DedicateType::Assign;
    dedicate.pool = alloc == u"POOL";
    std::vector<std::uint64_t>& pool = m_data->freeAddressPool[*index];
    if (dedicate.pool && !pool.empty()) {
        dedicate.addressSeed = pool.front();
        pool.erase(pool.begin());
    } else {
        dedicate.addressSeed = m_random.next();
    }
    dedicate.start = now();
    dedicate.end = dedicate.start + 10LL * 365 * 86400;
    dedicate.extra = addExtra(std::move(extra));
    const auto position = static_cast<qint32>(m_data->dedicates.size());
    dedicate.number = 100 + position;
    m_data->dedicates.push_back(dedicate);
    m_data->dedicateIndex.emplace(dedicate.id, position);
    m_data->dedicateByAddress.insert(fmt::address(asset(*index).addressKind, dedicate.addressSeed), position);
    QByteArray json;
    JsonWriter w(&json);
    writeDedicate(w, context(), position);
    return applyTimeoutFault(objectReply(200, json), "dedicate"_L1, position);
}

HttpResponse BucksbusSimulator::releaseDedicate(const QString& id)
{
    const auto uuid = fmt::parseUuid(id);
    const auto found = uuid ? m_data->dedicateIndex.find(*uuid) : m_data->dedicateIndex.end();
    if (found == m_data->dedicateIndex.end())
        return error(422, "ERR_NO_DEDICATE"_L1, u"Dedicate <%1> not found."_s.arg(id));
    Dedicate& dedicate = m_data->dedicates[static_cast<size_t>(found->second)];
    if (dedicate.status != Status::Open)
        return error(422, "ERR_DEDICATE_RELEASED"_L1, u"Dedicate <%1> is already released."_s.arg(id));
    dedicate.status = Status::Complete;
    dedicate.end = now();
    m_data->dedicateByAddress.remove(fmt::address(asset(dedicate.asset).addressKind, dedicate.addressSeed));
    m_data->freeAddressPool[dedicate.asset].push_back(dedicate.addressSeed);
    QByteArray json;
    JsonWriter w(&json);
    writeDedicate(w, context(), found->second);
    return objectReply(200, json);
}

HttpResponse BucksbusSimulator::createTransfer(const QJsonObject& body)
{
    const QString toStore = body.value(u"to_store_id"_s).toString();
    if (toStore.isEmpty())
        return error(422, "ERR_VALIDATION"_L1, u"to_store_id is required."_s);
    if (toStore.compare(kStoreId, Qt::CaseInsensitive) == 0)
        return error(422, "ERR_VALIDATION"_L1, u"to_store_id must be another store."_s);
    if (toStore.compare(kOtherStoreId, Qt::CaseInsensitive) != 0)
        return error(422, "ERR_NO_STORE"_L1, u"Store <%1> not found."_s.arg(toStore));
    bool present = false;
    bool wrongType = false;
    const auto amount = numberField(body, u"amount"_s, &present, &wrongType);
    if (wrongType)
        return error(400, "ERR_BAD_REQUEST"_L1, u"Cannot decode the request: field amount must be of type number."_s);
    if (!amount || amount->signum() <= 0)
        return error(422, "ERR_VALIDATION"_L1, u"amount must be greater than 0."_s);
    const QString assetId = body.value(u"asset_id"_s).toString();
    const auto index = assetIndex(assetId);
    if (!index || !asset(*index).crypto)
        return error(422, "ERR_NO_ASSET"_L1, u"Asset <%1> not found."_s.arg(assetId));
    if (amount->scale() > asset(*index).precision)
        return error(422, "ERR_VALIDATION"_L1, u"amount has more than %1 decimals."_s.arg(asset(*index).precision));
    if (*amount > available(*index))
        return error(422, "ERR_INSUFFICIENT_FUNDS"_L1,
            u"Insufficient funds: %1 %2 requested, %3 available."_s.arg(
                fmt::amountText(*amount), asset(*index).id, fmt::amountText(available(*index))));
    Extra extra;
    extra.description = body.value(u"description"_s).toString();
    Transfer transfer;
    transfer.id = newUuid();
    transfer.amount = *amount;
    transfer.asset = *index;
    transfer.time = now();
    transfer.extra = addExtra(std::move(extra));
    const auto position = static_cast<qint32>(m_data->transfers.size());
    transfer.number = 300 + position;
    m_data->transfers.push_back(transfer);
    Account& account = m_data->accounts[*index];
    account.balance = account.balance.minus(*amount).value_or(account.balance);
    QByteArray json;
    JsonWriter w(&json);
    writeTransfer(w, context(), position);
    return applyTimeoutFault(objectReply(200, json), "transfer"_L1, position);
}

} // namespace paydesk::sandbox
