// Gateway v10.2 seeded history: payments in mixed currencies and states (complete, over-paid, partially paid and
// cancelled, still open), receipts on dedicated addresses, withdrawals, and the balances they leave.
#include "sandbox/bucksbus/BucksbusSimulator.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

namespace fmt = bucksbus::format;
using bucksbus::asset;

constexpr QLatin1StringView kPayerNames[]
    = {"Alice Martin"_L1, "Bob Chen"_L1, "Carla Rossi"_L1, "Dmitri Ivanov"_L1, "Emma Schulz"_L1, "Farid Haddad"_L1,
        "Grace Okafor"_L1, "Hiro Tanaka"_L1, "Isabel Costa"_L1, "Jonas Berg"_L1, "Kemal Yilmaz"_L1, "Lena Novak"_L1};
constexpr QLatin1StringView kPayerEmails[]
    = {"alice@example.com"_L1, "bob.chen@example.net"_L1, "carla@example.org"_L1, "dmitri@example.com"_L1,
        "emma.schulz@example.de"_L1, "farid@example.com"_L1, "grace@example.ng"_L1, "hiro@example.jp"_L1,
        "isabel@example.pt"_L1, "jonas@example.se"_L1, "kemal@example.com.tr"_L1, "lena@example.cz"_L1};
constexpr QLatin1StringView kProducts[] = {"Premium subscription"_L1, "Consulting hour"_L1, "Hardware wallet"_L1,
    "Conference ticket"_L1, "Gift card"_L1, "Hosting plan"_L1, "Online course"_L1, "Game credits"_L1};
constexpr int kPayers = 12;

// Pay assets in generated history (indexes into the asset table) and their weights.
constexpr quint8 kPayAssets[] = {2, 3, 4, 5, 6, 7}; // BTC ETH LTC TRX USDT.ERC20 USDT.TRC20
constexpr int kPayAssetWeights[] = {25, 15, 5, 5, 20, 30};

quint8 pickPayAsset(SandboxRandom& random)
{
    std::uint64_t r = random.bounded(100);
    for (size_t i = 0; i < std::size(kPayAssets); ++i) {
        if (r < std::uint64_t(kPayAssetWeights[i]))
            return kPayAssets[i];
        r -= std::uint64_t(kPayAssetWeights[i]);
    }
    return kPayAssets[0];
}

Decimal percentOf(const Decimal& value, int percent, int precision)
{
    const auto scaled = value.multipliedBy(Decimal::fromInt(percent), value.scale(), Decimal::Rounding::Down);
    if (!scaled)
        return Decimal();
    return scaled->dividedBy(Decimal::fromInt(100), precision, Decimal::Rounding::Down).value_or(Decimal());
}

} // namespace

QLatin1StringView BucksbusSimulator::generatedPayerName(quint8 payer)
{
    return kPayerNames[(payer - 1) % kPayers];
}

QLatin1StringView BucksbusSimulator::generatedPayerEmail(quint8 payer)
{
    return kPayerEmails[(payer - 1) % kPayers];
}

QString BucksbusSimulator::generatedDescription(const Payment& payment) const
{
    return u"%1, order ORD-%2"_s.arg(kProducts[std::uint64_t(payment.number) % std::size(kProducts)])
        .arg(payment.number);
}

void BucksbusSimulator::generate(const GenerationPlan& plan)
{
    SandboxRandom random(plan.seed);
    m_seed = plan.seed;
    m_random = SandboxRandom(SandboxRandom::deriveSeed(plan.seed, "bucksbus-api"));
    Data& data = *m_data;
    const qint64 end = plan.end.toSecsSinceEpoch();
    const qint64 span = std::max<qint64>(1, qint64(plan.days) * 86400);
    const qint64 begin = end - span;
    const qint64 count = plan.count;
    data.payments.reserve(static_cast<size_t>(count));
    data.paymentIndex.reserve(static_cast<size_t>(count));
    data.transactions.reserve(static_cast<size_t>(count + count / 8));

    // Dedicated addresses (USES), created before the window; the last fifth is released and unused.
    const qint64 dedicateCount = std::max<qint64>(1, count / 200);
    const qint64 activeDedicates = std::max<qint64>(1, dedicateCount - dedicateCount / 5);
    for (qint64 i = 0; i < dedicateCount; ++i) {
        Dedicate d;
        d.id = fmt::randomUuid(random);
        d.asset = pickPayAsset(random);
        d.addressSeed = random.next();
        d.start = begin - 86400 * (1 + qint64(random.bounded(30)));
        d.end = d.start + 10LL * 365 * 86400;
        d.number = static_cast<qint32>(100 + i);
        d.pool = random.chance(0.3);
        if (i >= activeDedicates) {
            d.status = Status::Complete;
            d.end = begin - qint64(random.bounded(86400));
            data.freeAddressPool[d.asset].push_back(d.addressSeed);
        } else {
            data.dedicateByAddress.insert(fmt::address(asset(d.asset).addressKind, d.addressSeed), qint32(i));
        }
        data.dedicateIndex.emplace(d.id, qint32(i));
        data.dedicates.push_back(d);
    }

    auto addTx = [&data](qint32 paymentIndex, Payment& p, const Decimal& amount, qint64 time) {
        Transaction tx;
        tx.amount = amount;
        tx.time = time;
        tx.payment = paymentIndex;
        tx.previous = p.lastTx;
        data.transactions.push_back(tx);
        p.lastTx = static_cast<qint32>(data.transactions.size() - 1);
        p.ipAmount = p.ipAmount.plus(amount).value_or(p.ipAmount);
        Account& account = data.accounts[p.payAsset];
        account.balance = account.balance.plus(amount).value_or(account.balance);
    };

    for (qint64 i = 0; i < count; ++i) {
        Payment p;
        p.id = fmt::randomUuid(random);
        p.start = begin + (span * i + qint64(random.bounded(std::uint64_t(span)))) / count;
        p.payAsset = pickPayAsset(random);
        p.generatedPayer = static_cast<quint8>(1 + random.bounded(kPayers));
        const auto& pa = asset(p.payAsset);
        const qint32 index = static_cast<qint32>(i);
        const bool viaDedicate = random.chance(0.08);
        if (viaDedicate) {
            // A receipt on a dedicated address: an open-amount payment, complete on arrival.
            const auto d = static_cast<qint32>(random.bounded(std::uint64_t(activeDedicates)));
            p.dedicate = d;
            p.payAsset = data.dedicates[static_cast<size_t>(d)].asset;
            p.asset = p.payAsset;
            p.type = PaymentType::Open;
            const auto& da = asset(p.payAsset);
            const Decimal usd = *Decimal::fromMinorUnits(QString::number(random.range(1000, 300000)), 2);
            const Decimal amount = *convertAmount(usd, 0, p.payAsset);
            p.end = p.start + qint64(da.timeoutToTrx) * 60;
            p.number = 1000 + index;
            addTx(index, p, amount, p.start);
            p.status = Status::Complete;
            p.complete = p.start;
        } else {
            const std::uint64_t currency = random.bounded(100);
            p.asset = currency < 70 ? 0 : (currency < 82 ? 1 : p.payAsset); // USD, EUR or the crypto itself
            p.type = random.chance(0.1) ? PaymentType::Open : PaymentType::Fixed;
            const Decimal fiat = *Decimal::fromMinorUnits(QString::number(random.range(500, 250000)), 2);
            p.amount = p.asset <= 1 ? fiat : *convertAmount(fiat, 0, p.payAsset);
            p.paymentAmount = *convertAmount(p.amount, p.asset, p.payAsset);
            if (random.chance(0.2))
                p.timeout = static_cast<quint16>(15 * (1 + random.bounded(8)));
            p.end = p.start + qint64(p.timeout > 0 ? p.timeout : pa.timeoutToTrx) * 60;
            p.number = 1000 + index;
            const qint64 window = p.end - p.start;
            const qint64 paidAt
                = p.start + 30 + qint64(random.bounded(std::uint64_t(std::max<qint64>(1, window - 60))));
            const std::uint64_t outcome = random.bounded(100);
            if (p.end > end) {
                // Still open when the clock starts: some already partly paid.
                p.status = Status::Open;
                if (p.type == PaymentType::Fixed && outcome < 25 && paidAt < end)
                    addTx(index, p, percentOf(p.paymentAmount, 50, pa.precision), paidAt);
                m_deadlines.emplace(p.end, Deadline{DeadlineKind::PaymentEnd, index});
            } else if (outcome < 70) {
                if (outcome < 8 && p.type == PaymentType::Fixed) { // paid in two transactions
                    const Decimal first = percentOf(p.paymentAmount, 40, pa.precision);
                    addTx(index, p, first, paidAt);
                    addTx(index, p, *p.paymentAmount.minus(first), std::min(p.end - 1, paidAt + 600));
                } else if (outcome < 12 && p.type == PaymentType::Fixed) { // over-paid
                    addTx(index, p, percentOf(p.paymentAmount, 105, pa.precision), paidAt);
                } else if (p.type == PaymentType::Open) {
                    addTx(index, p, percentOf(p.paymentAmount, 60 + int(random.bounded(80)), pa.precision), paidAt);
                } else {
                    addTx(index, p, p.paymentAmount, paidAt);
                }
                p.status = Status::Complete;
                p.complete = data.transactions.back().time;
            } else if (outcome < 78 && p.type == PaymentType::Fixed) { // partly paid, then cancelled
                addTx(index, p, percentOf(p.paymentAmount, 30 + int(random.bounded(60)), pa.precision), paidAt);
                p.status = Status::Cancel;
                p.complete = p.end + m_settings.closingSeconds;
            } else {
                p.status = Status::Cancel;
                p.complete = p.end;
            }
        }
        data.paymentIndex.emplace(p.id, index);
        data.payments.push_back(p);

        // Every 25th payment the merchant withdraws a part of what that asset holds.
        if (i % 25 == 24) {
            const quint8 wa = p.payAsset;
            const auto& a = asset(wa);
            const Account& account = data.accounts[wa];
            const Decimal free = account.balance.minus(account.onHold).value_or(Decimal());
            const Decimal amount = percentOf(free, 30, a.precision);
            const Decimal total = amount.plus(a.fee()).value_or(amount);
            if (amount >= a.minimumWithdrawal() && amount <= a.maximumWithdrawal() && total <= free) {
                Withdrawal w;
                w.id = fmt::randomUuid(random);
                w.amount = amount;
                w.fee = a.fee();
                w.asset = wa;
                w.start = p.start;
                w.end = w.start + 3600;
                w.due = w.start + m_settings.withdrawSeconds;
                const auto windex = static_cast<qint32>(data.withdrawals.size());
                w.number = 200 + windex;
                Extra extra;
                extra.address = fmt::address(a.addressKind, random.next());
                extra.description = u"Payout %1"_s.arg(w.number);
                w.extra = static_cast<qint32>(data.extras.size());
                data.extras.push_back(std::move(extra));
                Account& target = data.accounts[wa];
                if (random.chance(0.05)) {
                    w.status = Status::Cancel;
                    w.complete = w.start + 120;
                } else if (w.due <= end) {
                    w.status = Status::Complete;
                    w.complete = w.due;
                    target.balance = target.balance.minus(total).value_or(target.balance);
                } else {
                    target.onHold = target.onHold.plus(total).value_or(target.onHold);
                    m_deadlines.emplace(w.due, Deadline{DeadlineKind::WithdrawalDue, windex});
                }
                data.withdrawalIndex.emplace(w.id, windex);
                data.withdrawals.push_back(w);
            }
        }
    }
}

QByteArray BucksbusSimulator::stateDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const Data& data = *m_data;
    QByteArray line;
    auto add = [&line](const auto&... parts) {
        line.clear();
        ((line += parts, line += '|'), ...);
        line += '\n';
    };
    auto number = [](qint64 value) { return QByteArray::number(value); };
    auto dec = [](const Decimal& value) { return value.toString().toLatin1(); };
    for (const Payment& p : data.payments) {
        add(fmt::uuidText(p.id), dec(p.amount), dec(p.paymentAmount), dec(p.ipAmount), number(p.start), number(p.end),
            number(p.complete), number(p.extra), number(p.dedicate), number(p.lastTx), number(p.number),
            number(p.timeout), number(p.asset), number(p.payAsset), number(p.generatedPayer), number(int(p.type)),
            number(int(p.status)));
        hash.addData(line);
    }
    for (const Transaction& t : data.transactions) {
        add(QByteArray("tx"), dec(t.amount), number(t.time), number(t.payment), number(t.previous));
        hash.addData(line);
    }
    for (const Withdrawal& w : data.withdrawals) {
        add(QByteArray("wd"), fmt::uuidText(w.id), dec(w.amount), dec(w.fee), number(w.start), number(w.end),
            number(w.due), number(w.complete), number(w.extra), number(w.asset), number(int(w.status)));
        hash.addData(line);
    }
    for (const Dedicate& d : data.dedicates) {
        add(QByteArray("dd"), fmt::uuidText(d.id), number(qint64(d.addressSeed)), number(d.start), number(d.end),
            number(d.extra), number(d.payment), number(d.asset), number(int(d.type)), number(int(d.pool)),
            number(int(d.status)));
        hash.addData(line);
    }
    for (const Transfer& t : data.transfers) {
        add(QByteArray("tr"), fmt::uuidText(t.id), dec(t.amount), number(t.time), number(t.asset));
        hash.addData(line);
    }
    for (const Extra& e : data.extras) {
        QByteArray text = (e.payerEmail + u'|' + e.payerName + u'|' + e.payerLang + u'|' + e.description + u'|'
            + e.custom + u'|' + e.webhookUrl + u'|' + e.successUrl + u'|' + e.cancelUrl + u'|' + e.fiatProvider + u'|'
            + e.fiatAssetId + u'|' + e.address)
                              .toUtf8();
        for (const QString& c : e.customN)
            text += '|' + c.toUtf8();
        text += '\n';
        hash.addData(text);
    }
    for (const Account& a : data.accounts) {
        add(QByteArray("ac"), dec(a.balance), dec(a.onHold));
        hash.addData(line);
    }
    return hash.result().toHex();
}

} // namespace paydesk::sandbox
