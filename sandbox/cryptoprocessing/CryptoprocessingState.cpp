#include "sandbox/cryptoprocessing/CryptoprocessingState.h"

#include "sandbox/SandboxCrypto.h"
#include "sandbox/cryptoprocessing/CryptoprocessingCatalog.h"

#include <QCryptographicHash>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

using Catalog = CryptoprocessingCatalog;

constexpr quint64 kTxidFactor = 0x9E3779B97F4A7C15ULL; // odd: invertible modulo 2^64

quint64 txidFactorInverse()
{
    quint64 inverse = kTxidFactor; // Newton's iteration doubles the correct low bits each step
    for (int i = 0; i < 6; ++i)
        inverse *= 2 - kTxidFactor * inverse;
    return inverse;
}

QString hex16(quint64 value)
{
    return u"%1"_s.arg(value, 16, 16, QLatin1Char('0'));
}

Decimal atScale(const Decimal& value, int scale)
{
    return value.rescaled(scale, Decimal::Rounding::HalfUp).value_or(value);
}

Decimal add(const Decimal& a, const Decimal& b)
{
    return a.plus(b).value_or(a);
}

Decimal subtract(const Decimal& a, const Decimal& b)
{
    return a.minus(b).value_or(a);
}

int precisionOf(int currency)
{
    return Catalog::at(currency).precision;
}

void writeCurrencyObject(JsonWriter& w, int currency, bool withNetwork)
{
    const CryptoprocessingCurrency& c = Catalog::at(currency);
    w.beginObject().field("iso"_L1, c.iso);
    if (withNetwork && c.crypto)
        w.field("network_name"_L1, c.network);
    w.endObject();
}

void optional(JsonWriter& w, QLatin1StringView name, const QString& value)
{
    if (!value.isNull())
        w.field(name, value);
}

} // namespace

CryptoprocessingState::CryptoprocessingState(QString paymentLinkBase)
    : m_linkBase(std::move(paymentLinkBase))
{
    reset(0);
}

void CryptoprocessingState::reset(qint64 now)
{
    Q_UNUSED(now)
    m_random = SandboxRandom(7);
    m_requests.clear();
    m_addresses.clear();
    m_transactions.clear();
    m_chainOwner.clear();
    m_requestById.clear();
    m_requestByForeignId.clear();
    m_txByForeignId.clear();
    m_withdrawalByForeignId.clear();
    m_addressByText.clear();
    m_addressByForeignId.clear();
    m_deadlines.clear();
    m_addressDeposits = 0;
    // The opening balances of the demo account (every currency listed, most of them funded).
    static const char* const opening[] = {"0.50000000", "20.00000000", "5.00000000", "10000.00000000", "2000.00000000",
        "50000.00000000", "5000.00000000", "10000.00000000", "5000.00000000"};
    m_balances.assign(static_cast<size_t>(Catalog::count()), Decimal());
    for (int i = 0; i < Catalog::count() && i < static_cast<int>(std::size(opening)); ++i)
        m_balances[static_cast<size_t>(i)] = Catalog::decimal(QLatin1StringView(opening[i]));
}

// --- ids --------------------------------------------------------------------------------------------------------

void CryptoprocessingState::newUuid(PaymentRequest& request)
{
    do {
        const quint64 ms = static_cast<quint64>(request.created) * 1000 + m_random.bounded(1000);
        request.idHigh = (ms << 16) | 0x7000 | (m_random.next() & 0x0FFF);
        request.idLow = 0x8000000000000000ULL | (m_random.next() >> 2);
    } while (m_requestById.contains({request.idHigh, request.idLow}));
}

QString CryptoprocessingState::uuid(const PaymentRequest& request)
{
    const QString high = hex16(request.idHigh);
    const QString low = hex16(request.idLow);
    return high.left(8) + u'-' + high.mid(8, 4) + u'-' + high.mid(12, 4) + u'-' + low.left(4) + u'-' + low.mid(4);
}

qint32 CryptoprocessingState::requestById(QStringView uuid) const
{
    if (uuid.size() != 36 || uuid[8] != u'-' || uuid[13] != u'-' || uuid[18] != u'-' || uuid[23] != u'-')
        return -1;
    QString digits = uuid.toString();
    digits.remove(u'-');
    bool okHigh = false;
    bool okLow = false;
    const quint64 high = QStringView(digits).left(16).toULongLong(&okHigh, 16);
    const quint64 low = QStringView(digits).mid(16).toULongLong(&okLow, 16);
    if (!okHigh || !okLow || digits != digits.toLower())
        return -1;
    return m_requestById.value({high, low}, -1);
}

QString CryptoprocessingState::txid(qint64 chainId)
{
    const QByteArray prefix
        = crypto::sha256Hex(QByteArray("cryptoprocessing-txid-" + QByteArray::number(chainId))).left(48);
    return QString::fromLatin1(prefix) + hex16(static_cast<quint64>(chainId) * kTxidFactor);
}

qint32 CryptoprocessingState::transactionByTxid(QStringView text) const
{
    if (text.size() != 64)
        return -1;
    bool ok = false;
    const quint64 mixed = text.mid(48).toULongLong(&ok, 16);
    if (!ok)
        return -1;
    const auto chainId = static_cast<qint64>(mixed * txidFactorInverse());
    const qint64 slot = chainId - kChainIdBase;
    if (slot < 0 || slot >= static_cast<qint64>(m_chainOwner.size()) || txid(chainId) != text)
        return -1;
    return m_chainOwner[static_cast<size_t>(slot)];
}

qint32 CryptoprocessingState::transactionById(qint64 id) const
{
    const qint64 index = id - kTransactionIdBase;
    if (index < 0 || index >= static_cast<qint64>(m_transactions.size()))
        return -1;
    return static_cast<qint32>(index);
}

qint32 CryptoprocessingState::addressByIdOrText(QStringView text) const
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok) {
        const qint64 index = id - kAddressIdBase;
        return index >= 0 && index < static_cast<qint64>(m_addresses.size()) ? static_cast<qint32>(index) : -1;
    }
    return m_addressByText.value(text.toString(), -1);
}

bool CryptoprocessingState::withdrawalForeignIdTaken(const QString& foreignId) const
{
    return m_withdrawalByForeignId.contains(foreignId);
}

qint64 CryptoprocessingState::paymentCount() const
{
    return static_cast<qint64>(m_requests.size()) + m_addressDeposits;
}

// --- balances and records ---------------------------------------------------------------------------------------

void CryptoprocessingState::credit(int currency, const Decimal& amount)
{
    Decimal& balance = m_balances[static_cast<size_t>(currency)];
    balance = atScale(add(balance, amount), 8);
}

bool CryptoprocessingState::debit(int currency, const Decimal& amount)
{
    Decimal& balance = m_balances[static_cast<size_t>(currency)];
    if (balance < amount)
        return false;
    balance = atScale(subtract(balance, amount), 8);
    return true;
}

qint32 CryptoprocessingState::addTransaction(Transaction tx)
{
    const auto index = static_cast<qint32>(m_transactions.size());
    if (!tx.foreignId.isEmpty())
        m_txByForeignId.insert(tx.foreignId, index);
    m_transactions.push_back(std::move(tx));
    return index;
}

qint64 CryptoprocessingState::addChain(qint32 transaction, const Decimal& amount)
{
    const qint64 id = kChainIdBase + static_cast<qint64>(m_chainOwner.size());
    m_chainOwner.push_back(transaction);
    m_transactions[static_cast<size_t>(transaction)].chain.push_back(Chain{id, amount});
    return id;
}

qint32 CryptoprocessingState::addAddress(Address address)
{
    const auto index = static_cast<qint32>(m_addresses.size());
    m_addressByText.insert(address.address, index);
    m_addressByForeignId.insert({address.foreignId, address.currency}, index);
    m_addresses.push_back(std::move(address));
    return index;
}

// --- operations -------------------------------------------------------------------------------------------------

qint32 CryptoprocessingState::createRequest(PaymentRequest request, qint64 now)
{
    request.created = now;
    request.status = RequestStatus::Created;
    request.paid = atScale(Decimal(), precisionOf(request.currency));
    newUuid(request);
    const auto index = static_cast<qint32>(m_requests.size());
    m_requestById.insert({request.idHigh, request.idLow}, index);
    if (!request.foreignId.isEmpty())
        m_requestByForeignId.insert(request.foreignId, index);
    m_deadlines.insert({request.lifeTime, 0, index});
    m_requests.push_back(std::move(request));
    return index;
}

qint32 CryptoprocessingState::takeAddress(
    int currency, const QString& foreignId, int convertTo, const QString& endUserReference, qint64 now)
{
    const qint32 existing = m_addressByForeignId.value({foreignId, currency}, -1);
    if (existing >= 0)
        return existing;
    Address address;
    address.created = now;
    address.currency = static_cast<qint8>(currency);
    address.convertTo = static_cast<qint8>(convertTo);
    address.foreignId = foreignId;
    address.endUserReference = endUserReference;
    address.address = Catalog::address(currency, static_cast<qint64>(m_addresses.size()) + 1);
    if (Catalog::at(currency).usesTag)
        address.tag = 100000 + static_cast<qint64>(m_addresses.size()) * 7919 % 899999999;
    return addAddress(std::move(address));
}

qint32 CryptoprocessingState::withdraw(const QString& foreignId, const Decimal& amount, int currency, int convertTo,
    const QString& address, const QString& tag, qint64 now)
{
    const int received = convertTo >= 0 ? convertTo : currency;
    Transaction tx;
    tx.kind = TxKind::Withdrawal;
    tx.status = TxStatus::Pending;
    tx.created = now;
    tx.dueAt = now + kWithdrawalSecs;
    tx.sent = static_cast<qint8>(currency);
    tx.received = static_cast<qint8>(received);
    tx.receivedAmount = atScale(amount, 8);
    tx.fee = atScale(Catalog::decimal(Catalog::at(received).miningFee), 8);
    tx.sentAmount = atScale(Catalog::convert(add(tx.receivedAmount, tx.fee), received, currency), 8);
    tx.foreignId = foreignId;
    tx.address = address;
    tx.tag = tag;
    if (!debit(currency, tx.sentAmount))
        return -1;
    const qint32 index = addTransaction(std::move(tx));
    m_withdrawalByForeignId.insert(foreignId, index);
    m_deadlines.insert({now + kWithdrawalSecs, 1, index});
    return index;
}

void CryptoprocessingState::payRequest(qint32 index, const std::optional<Decimal>& amount, int payCurrency, qint64 now)
{
    PaymentRequest& request = m_requests[static_cast<size_t>(index)];
    const int currency = request.currency;
    const Decimal due = subtract(request.amount, request.paid);
    const Decimal paid = atScale(amount.value_or(due), precisionOf(currency));
    if (request.transaction < 0) {
        Transaction tx;
        tx.kind = TxKind::Deposit;
        tx.status = TxStatus::Pending;
        tx.created = now;
        tx.sent = static_cast<qint8>(payCurrency);
        tx.received = static_cast<qint8>(currency);
        tx.sentAmount = atScale(Decimal(), 8);
        tx.receivedAmount = atScale(Decimal(), precisionOf(currency));
        tx.foreignId = request.foreignId;
        tx.endUserReference = request.endUserReference;
        tx.request = index;
        tx.risk = static_cast<quint8>(m_random.bounded(60));
        request.transaction = addTransaction(std::move(tx));
    }
    Transaction& tx = m_transactions[static_cast<size_t>(request.transaction)];
    const Decimal crypto = atScale(Catalog::convert(paid, currency, tx.sent), 8);
    tx.sentAmount = atScale(add(tx.sentAmount, crypto), 8);
    tx.receivedAmount = add(tx.receivedAmount, paid);
    addChain(request.transaction, crypto);
    request.paid = add(request.paid, paid);
    if (request.paid >= request.amount) {
        request.status = RequestStatus::Paid;
        m_deadlines.erase({request.lifeTime, 0, index});
        Transaction& root = m_transactions[static_cast<size_t>(request.transaction)];
        root.status = TxStatus::Confirmed;
        root.fee = Catalog::percentOf(root.receivedAmount, Catalog::at(root.sent).depositFeePercent, currency);
        credit(currency, subtract(root.receivedAmount, root.fee));
    } else {
        request.status = RequestStatus::Processing;
    }
    notifyRequest(index);
}

qint32 CryptoprocessingState::payAddress(qint32 index, const Decimal& amount, qint64 now)
{
    const Address& address = m_addresses[static_cast<size_t>(index)];
    Transaction tx;
    tx.kind = TxKind::Deposit;
    tx.status = TxStatus::NotConfirmed;
    tx.created = now;
    tx.dueAt = now + kDepositConfirmSecs;
    tx.sent = address.currency;
    tx.received = address.convertTo >= 0 ? address.convertTo : address.currency;
    tx.sentAmount = atScale(amount, 8);
    tx.receivedAmount = Catalog::convert(tx.sentAmount, tx.sent, tx.received);
    tx.fee = Catalog::percentOf(tx.receivedAmount, Catalog::at(tx.sent).depositFeePercent, tx.received);
    tx.foreignId = address.foreignId;
    tx.endUserReference = address.endUserReference;
    tx.addressIndex = index;
    tx.risk = static_cast<quint8>(m_random.bounded(60));
    const qint32 txIndex = addTransaction(std::move(tx));
    addChain(txIndex, m_transactions[static_cast<size_t>(txIndex)].sentAmount);
    ++m_addressDeposits;
    m_deadlines.insert({now + kDepositConfirmSecs, 1, txIndex});
    notifyTransaction(txIndex);
    return txIndex;
}

void CryptoprocessingState::finishTransaction(qint32 index, TxStatus status)
{
    Transaction& tx = m_transactions[static_cast<size_t>(index)];
    m_deadlines.erase({tx.dueAt, 1, index});
    tx.status = status;
    if (tx.kind == TxKind::Deposit) {
        if (status == TxStatus::Confirmed)
            credit(tx.received, subtract(tx.receivedAmount, tx.fee));
    } else if (status == TxStatus::Confirmed) {
        addChain(index, tx.receivedAmount);
    } else {
        credit(tx.sent, tx.sentAmount);
        tx.error = u"Withdrawal cancelled"_s;
    }
    notifyTransaction(index);
}

bool CryptoprocessingState::cancelWithdrawal(qint32 transaction, qint64 now)
{
    Q_UNUSED(now)
    const Transaction& tx = m_transactions[static_cast<size_t>(transaction)];
    if (tx.kind != TxKind::Withdrawal || tx.status != TxStatus::Pending)
        return false;
    finishTransaction(transaction, TxStatus::Cancelled);
    return true;
}

void CryptoprocessingState::expireRequest(qint32 index)
{
    PaymentRequest& request = m_requests[static_cast<size_t>(index)];
    m_deadlines.erase({request.lifeTime, 0, index});
    if (request.status == RequestStatus::Created) {
        request.status = RequestStatus::Expired;
    } else if (request.status == RequestStatus::Processing) {
        // Under-paid when the lifetime ends: failed, and the payer is refunded in full (nothing reaches the balance).
        request.status = RequestStatus::Failed;
        Transaction& tx = m_transactions[static_cast<size_t>(request.transaction)];
        tx.status = TxStatus::Cancelled;
        tx.error = u"Payment request expired before it was paid in full; the payment is refunded"_s;
    } else {
        return;
    }
    notifyRequest(index);
}

void CryptoprocessingState::advanceTo(qint64 now)
{
    while (!m_deadlines.empty() && std::get<0>(*m_deadlines.begin()) <= now) {
        const auto [time, kind, index] = *m_deadlines.begin();
        m_deadlines.erase(m_deadlines.begin());
        if (kind == 0) {
            expireRequest(index);
            continue;
        }
        const Transaction& tx = m_transactions[static_cast<size_t>(index)];
        if (tx.status == TxStatus::NotConfirmed || (tx.kind == TxKind::Withdrawal && tx.status == TxStatus::Pending))
            finishTransaction(index, TxStatus::Confirmed);
    }
}

// --- generation -------------------------------------------------------------------------------------------------

void CryptoprocessingState::generate(const GenerationPlan& plan)
{
    SandboxRandom random(plan.seed);
    m_random = SandboxRandom(SandboxRandom::deriveSeed(plan.seed, "ids"));
    const Notifier notifier = std::exchange(m_notify, Notifier());
    const qint64 end = plan.end.toSecsSinceEpoch();
    const qint64 start = end - qint64(plan.days) * 86400;
    const qint64 count = plan.count;
    const qint64 step = std::max<qint64>(1, (end - start) / std::max<qint64>(1, count));
    const int eur = Catalog::indexOf(u"EUR");
    const int usd = Catalog::indexOf(u"USD");
    const int cryptos[] = {Catalog::indexOf(u"BTC"), Catalog::indexOf(u"ETH"), Catalog::indexOf(u"USDTT"),
        Catalog::indexOf(u"LTC"), Catalog::indexOf(u"XRP"), Catalog::indexOf(u"TRX")};

    m_requests.reserve(static_cast<size_t>(count));
    m_transactions.reserve(static_cast<size_t>(count + count / 16));
    const qint64 addressCount = std::max<qint64>(1, count / 50);
    for (qint64 a = 0; a < addressCount; ++a) {
        const int currency = cryptos[random.bounded(std::size(cryptos))];
        takeAddress(currency, u"CUST-%1"_s.arg(a + 1, 6, 10, QLatin1Char(u'0')), random.chance(0.5) ? eur : -1,
            random.chance(0.6) ? u"customer-%1"_s.arg(a + 1) : QString(), start - 86400 + a % 86400);
    }

    for (qint64 i = 0; i < count; ++i) {
        const qint64 t = std::min(end - 1,
            start + (end - start) * i / std::max<qint64>(1, count)
                + static_cast<qint64>(random.bounded(static_cast<std::uint64_t>(step))));
        const Decimal eurValue = *Decimal::fromMinorUnits(QString::number(random.range(500, 200000)), 2);
        if (random.chance(0.15)) {
            const auto address = static_cast<qint32>(random.bounded(static_cast<std::uint64_t>(addressCount)));
            const int currency = m_addresses[static_cast<size_t>(address)].currency;
            const qint32 tx = payAddress(address, Catalog::convert(eurValue, eur, currency), t);
            if (t + kDepositConfirmSecs <= end)
                finishTransaction(tx, TxStatus::Confirmed);
        } else {
            PaymentRequest request;
            const std::uint64_t pick = random.bounded(100);
            request.currency = static_cast<qint8>(pick < 60 ? eur
                    : pick < 85                             ? usd
                    : pick < 93                             ? cryptos[0]
                                                            : cryptos[2]);
            request.amount = Catalog::at(request.currency).crypto
                ? Catalog::convert(eurValue, eur, request.currency).normalized()
                : Catalog::convert(eurValue, eur, request.currency);
            request.lifeTime = t + (random.chance(0.5) ? 3600 : 86400);
            if (random.chance(0.85))
                request.foreignId = u"ORD-%1"_s.arg(i + 1, 7, 10, QLatin1Char(u'0'));
            if (random.chance(0.6))
                request.endUserReference = u"customer-%1"_s.arg(random.range(1, 5000));
            request.description = u"Order #%1"_s.arg(i + 1);
            const qint32 index = createRequest(std::move(request), t);
            const PaymentRequest& created = m_requests[static_cast<size_t>(index)];
            const int payCurrency
                = Catalog::at(created.currency).crypto ? created.currency : cryptos[random.bounded(4)];
            const bool open = created.lifeTime > end;
            const std::uint64_t outcome = random.bounded(100);
            const Decimal amount = created.amount;
            const int scale = Catalog::at(created.currency).precision;
            const auto part = [&](int percent) {
                return *amount.multipliedBy(Decimal::fromInt(percent), scale + 2, Decimal::Rounding::HalfUp)
                            ->dividedBy(Decimal::fromInt(100), scale, Decimal::Rounding::HalfUp);
            };
            const qint64 paidAt = std::min(end - 1, t + random.range(30, 1800));
            if (outcome >= (open ? 65u : 80u)) // over-paid or exact, at once
                payRequest(index, outcome >= 97 ? std::optional(part(103)) : std::nullopt, payCurrency, paidAt);
            else if (!open && outcome >= 77) { // two parts
                payRequest(index, part(static_cast<int>(random.range(30, 90))), payCurrency, paidAt);
                payRequest(index, std::nullopt, payCurrency, std::min(end - 1, paidAt + 600));
            } else if (!open && outcome >= 72)
                payRequest(index, std::nullopt, payCurrency, paidAt);
            else if ((open && outcome >= 55) || (!open && outcome >= 67)) // partly paid: processing, or failed
                payRequest(index, part(static_cast<int>(random.range(30, 90))), payCurrency, paidAt);
            if (!open)
                expireRequest(index);
        }
        if (i % 20 == 19) {
            const bool fromEur = random.chance(0.5);
            const int target = cryptos[random.bounded(3)];
            const Decimal amount = Catalog::convert(eurValue, eur, target);
            const qint32 tx = withdraw(u"WD-%1"_s.arg(i + 1, 7, 10, QLatin1Char(u'0')), amount, fromEur ? eur : target,
                fromEur ? target : -1, Catalog::address(target, 5000000 + i), QString(), t);
            if (tx >= 0 && t + kWithdrawalSecs <= end)
                finishTransaction(tx, random.chance(0.05) ? TxStatus::Cancelled : TxStatus::Confirmed);
        }
    }
    m_notify = notifier;
}

// --- callbacks --------------------------------------------------------------------------------------------------

void CryptoprocessingState::notifyRequest(qint32 index)
{
    if (!m_notify)
        return;
    const PaymentRequest& request = m_requests[static_cast<size_t>(index)];
    JsonWriter w;
    writeRequestCallback(request, w);
    m_notify(u"payment_request."_s + requestStatusName(request.status), w.take());
}

void CryptoprocessingState::notifyTransaction(qint32 index)
{
    if (!m_notify)
        return;
    const Transaction& tx = m_transactions[static_cast<size_t>(index)];
    JsonWriter w;
    writeTransaction(index, w);
    const QLatin1StringView kind = tx.kind == TxKind::Deposit ? "deposit."_L1 : "withdrawal."_L1;
    m_notify(kind + txStatusName(tx.status), w.take());
}

void CryptoprocessingState::resendCallback(qint32 transaction)
{
    notifyTransaction(transaction);
}

void CryptoprocessingState::resendRequestCallback(qint32 request)
{
    notifyRequest(request);
}

// --- JSON -------------------------------------------------------------------------------------------------------

QLatin1StringView CryptoprocessingState::requestStatusName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Created:
        return "created"_L1;
    case RequestStatus::Processing:
        return "processing"_L1;
    case RequestStatus::Paid:
        return "paid"_L1;
    case RequestStatus::Failed:
        return "failed"_L1;
    case RequestStatus::Expired:
        return "expired"_L1;
    }
    return "created"_L1;
}

QLatin1StringView CryptoprocessingState::txStatusName(TxStatus status)
{
    switch (status) {
    case TxStatus::NotConfirmed:
        return "not_confirmed"_L1;
    case TxStatus::Pending:
        return "pending"_L1;
    case TxStatus::Confirmed:
        return "confirmed"_L1;
    case TxStatus::Cancelled:
        return "cancelled"_L1;
    }
    return "pending"_L1;
}

void CryptoprocessingState::writeRequest(const PaymentRequest& request, JsonWriter& w, RequestView view) const
{
    const QString id = uuid(request);
    w.beginObject().field("id"_L1, id).field("amount"_L1, request.amount.toString()).key("currency"_L1);
    writeCurrencyObject(w, request.currency, request.currencyNetwork);
    if (request.payCurrency >= 0) {
        w.key("payment_currency"_L1);
        writeCurrencyObject(w, request.payCurrency, request.payNetwork);
    }
    w.field("status"_L1, requestStatusName(request.status)).field("life_time"_L1, request.lifeTime);
    optional(w, "end_user_email"_L1, request.email);
    optional(w, "end_user_reference"_L1, request.endUserReference);
    optional(w, "description"_L1, request.description);
    if (view != RequestView::Digest)
        w.field("payment_link"_L1, m_linkBase + u"/request/"_s + id);
    optional(w, "foreign_id"_L1, request.foreignId);
    optional(w, "url_store"_L1, request.urlStore);
    optional(w, "url_success"_L1, request.urlSuccess);
    optional(w, "url_failed"_L1, request.urlFailed);
    if (view != RequestView::Reply) {
        w.field("paid_amount"_L1, request.paid.toString()).key("transaction_id"_L1);
        if (request.transaction >= 0)
            w.number(transactionId(request.transaction));
        else
            w.null();
        if (view == RequestView::Digest)
            w.field("created"_L1, request.created);
    }
    w.endObject();
}

void CryptoprocessingState::writeRequestCallback(const PaymentRequest& request, JsonWriter& w) const
{
    w.beginObject()
        .field("type"_L1, "payment_request"_L1)
        .field("payment_request_id"_L1, uuid(request))
        .optionalField("foreign_id"_L1, request.foreignId.isEmpty() ? QString() : request.foreignId)
        .field("status"_L1, requestStatusName(request.status))
        .field("amount"_L1, request.amount.toString())
        .key("currency"_L1);
    writeCurrencyObject(w, request.currency, request.currencyNetwork);
    w.field("paid_amount"_L1, request.paid.toString()).key("transaction_id"_L1);
    if (request.transaction >= 0)
        w.number(transactionId(request.transaction));
    else
        w.null();
    w.field("life_time"_L1, request.lifeTime).endObject();
}

QList<SimulatedRecord> CryptoprocessingState::records() const
{
    QList<SimulatedRecord> all;
    for (const PaymentRequest& request : m_requests) {
        all.append({.kind = SimulatedRecord::Kind::Invoice,
            .id = uuid(request),
            .key = request.foreignId,
            .amount = request.amount,
            .currency = QString(Catalog::at(request.currency).code),
            .status = QString(requestStatusName(request.status))});
    }
    for (size_t i = 0; i < m_addresses.size(); ++i) {
        const Address& address = m_addresses[i];
        all.append({.kind = SimulatedRecord::Kind::Address,
            .id = QString::number(addressId(static_cast<qint32>(i))),
            .key = address.foreignId,
            .currency = QString(Catalog::at(address.currency).code),
            .status = u"active"_s});
    }
    for (size_t i = 0; i < m_transactions.size(); ++i) {
        const Transaction& tx = m_transactions[i];
        if (tx.kind != TxKind::Withdrawal)
            continue;
        all.append({.kind = SimulatedRecord::Kind::Withdrawal,
            .id = QString::number(transactionId(static_cast<qint32>(i))),
            .key = tx.foreignId,
            .amount = tx.receivedAmount,
            .currency = QString(Catalog::at(tx.received).code),
            .status = QString(txStatusName(tx.status))});
    }
    return all;
}

void CryptoprocessingState::writeAddress(qint32 index, JsonWriter& w) const
{
    const Address& address = m_addresses[static_cast<size_t>(index)];
    w.beginObject()
        .field("id"_L1, addressId(index))
        .field("currency"_L1, Catalog::at(address.currency).code)
        .key("convert_to"_L1);
    if (address.convertTo >= 0)
        w.string(Catalog::at(address.convertTo).code);
    else
        w.null();
    w.field("address"_L1, address.address).key("tag"_L1);
    if (address.tag > 0)
        w.string(QString::number(address.tag));
    else
        w.null();
    w.field("foreign_id"_L1, address.foreignId).endObject();
}

void CryptoprocessingState::writeTransaction(qint32 index, JsonWriter& w) const
{
    const Transaction& tx = m_transactions[static_cast<size_t>(index)];
    const bool deposit = tx.kind == TxKind::Deposit;
    const bool exchange = tx.sent != tx.received;
    QLatin1StringView type = deposit ? "deposit"_L1 : "withdrawal"_L1;
    w.beginObject().field("id"_L1, transactionId(index));
    if (deposit)
        w.optionalField("end_user_reference"_L1, tx.endUserReference.isEmpty() ? QString() : tx.endUserReference);
    w.optionalField("foreign_id"_L1, tx.foreignId.isEmpty() ? QString() : tx.foreignId);
    w.key("type"_L1).string(exchange ? QString(type + "_exchange"_L1) : QString(type));

    // crypto_address: the deposit address (a dedicated one, or the payment request's), or the withdrawal target.
    QString address;
    QString tag;
    w.key("crypto_address"_L1).beginObject();
    if (tx.addressIndex >= 0) {
        const Address& a = m_addresses[static_cast<size_t>(tx.addressIndex)];
        address = a.address;
        tag = a.tag > 0 ? QString::number(a.tag) : QString();
        w.field("id"_L1, addressId(tx.addressIndex)).field("currency"_L1, Catalog::at(a.currency).code);
        w.field("address"_L1, address).field("foreign_id"_L1, a.foreignId);
    } else if (tx.request >= 0) {
        address = Catalog::address(tx.sent, 1000000 + tx.request);
        w.field("id"_L1, kRequestAddressIdBase + tx.request).field("currency"_L1, Catalog::at(tx.sent).code);
        w.field("address"_L1, address)
            .optionalField("foreign_id"_L1, tx.foreignId.isEmpty() ? QString() : tx.foreignId);
    } else {
        address = tx.address;
        tag = tx.tag;
        w.field("id"_L1, transactionId(index)).field("currency"_L1, Catalog::at(tx.received).code);
        w.field("address"_L1, address);
    }
    w.optionalField("tag"_L1, tag).endObject();

    w.key("currency_sent"_L1).beginObject();
    w.field("currency"_L1, Catalog::at(tx.sent).code).field("amount"_L1, tx.sentAmount.toString()).endObject();
    w.key("currency_received"_L1).beginObject();
    w.field("currency"_L1, Catalog::at(tx.received).code).field("amount"_L1, tx.receivedAmount.toString());
    if (deposit)
        w.field("amount_minus_fee"_L1, subtract(tx.receivedAmount, tx.fee).toString());
    w.endObject();

    const QLatin1StringView confirmations = tx.status == TxStatus::NotConfirmed ? "0"_L1 : "3"_L1;
    const QLatin1StringView chainCurrency = Catalog::at(deposit ? tx.sent : tx.received).code;
    w.key("transactions"_L1).beginArray();
    for (const Chain& chain : tx.chain) {
        w.beginObject()
            .field("id"_L1, chain.id)
            .field("currency"_L1, chainCurrency)
            .field("transaction_type"_L1, "blockchain"_L1)
            .field("type"_L1, type)
            .field("address"_L1, address)
            .optionalField("tag"_L1, tag)
            .field("amount"_L1, chain.amount.toString())
            .field("txid"_L1, txid(chain.id))
            .field("riskscore"_L1, deposit ? QString::number(tx.risk / 100.0, 'f', 2) : u"0"_s)
            .field("confirmations"_L1, confirmations)
            .endObject();
    }
    w.endArray();

    w.key("fees"_L1).beginArray();
    if (!tx.fee.isZero() || !deposit) {
        w.beginObject()
            .field("type"_L1, deposit ? "deposit"_L1 : "mining"_L1)
            .field("currency"_L1, Catalog::at(tx.received).code)
            .field("amount"_L1, tx.fee.toString())
            .endObject();
    }
    w.endArray();
    w.field("error"_L1, tx.error.isNull() ? u""_s : tx.error).field("status"_L1, txStatusName(tx.status));
    w.endObject();
}

void CryptoprocessingState::writeWithdrawalReply(qint32 index, JsonWriter& w) const
{
    const Transaction& tx = m_transactions[static_cast<size_t>(index)];
    const bool exchange = tx.sent != tx.received;
    w.beginObject()
        .field("id"_L1, transactionId(index))
        .field("foreign_id"_L1, tx.foreignId)
        .field("type"_L1, exchange ? "withdrawal_exchange"_L1 : "withdrawal"_L1)
        .field("status"_L1, "processing"_L1)
        .field("amount"_L1, tx.receivedAmount.toString())
        .field("sender_amount"_L1, tx.sentAmount.toString())
        .field("sender_currency"_L1, Catalog::at(tx.sent).code)
        .field("receiver_amount"_L1, tx.receivedAmount.toString())
        .field("receiver_currency"_L1, Catalog::at(tx.received).code)
        .endObject();
}

void CryptoprocessingState::writeBalances(JsonWriter& w) const
{
    w.beginArray();
    for (int i = 0; i < Catalog::count(); ++i) {
        w.beginObject()
            .field("currency"_L1, Catalog::at(i).code)
            .field("type"_L1, Catalog::at(i).crypto ? "crypto"_L1 : "fiat"_L1)
            .field("balance"_L1, atScale(m_balances[static_cast<size_t>(i)], 8).toString())
            .endObject();
    }
    w.endArray();
}

QByteArray CryptoprocessingState::digest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    for (const PaymentRequest& request : m_requests) {
        buffer.clear();
        JsonWriter w(&buffer);
        writeRequest(request, w, RequestView::Digest);
        hash.addData(buffer);
    }
    for (qint32 i = 0; i < static_cast<qint32>(m_addresses.size()); ++i) {
        buffer.clear();
        JsonWriter w(&buffer);
        writeAddress(i, w);
        hash.addData(buffer);
    }
    for (qint32 i = 0; i < static_cast<qint32>(m_transactions.size()); ++i) {
        buffer.clear();
        JsonWriter w(&buffer);
        writeTransaction(i, w);
        buffer += QByteArray::number(m_transactions[static_cast<size_t>(i)].created);
        hash.addData(buffer);
    }
    buffer.clear();
    JsonWriter w(&buffer);
    writeBalances(w);
    hash.addData(buffer);
    return hash.result().toHex();
}

} // namespace paydesk::sandbox
