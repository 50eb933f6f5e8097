// Seeded history of CryptomusSimulator: static wallets, invoices (mixed currencies, networks and statuses, wallet
// payments, refunds), payouts and the balances they leave. Deterministic for a GenerationPlan.
#include "sandbox/cryptomus/CryptomusCatalog.h"
#include "sandbox/cryptomus/CryptomusSimulator.h"

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

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

void CryptomusSimulator::generate(const GenerationPlan& plan)
{
    SandboxRandom random(plan.seed);
    const qint64 end = plan.end.toSecsSinceEpoch();
    const qint64 span = qint64(std::max(plan.days, 1)) * 86400;
    const qint64 start = end - span;
    const qint64 count = std::max<qint64>(plan.count, 0);
    static constexpr int kPayers[] = {4, 4, 4, 4, 4, 4, 6, 6, 7, 7, 8, 9, 10, 5}; // mostly USDT, then BTC, ETH…
    static constexpr int kInvoiceCurrencies[] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4, 4, 4, 4, 4, 6, 6, 7, 8, 9};
    const auto pick = [&random](const auto& table) { return table[random.bounded(std::size(table))]; };
    const auto randomNetwork = [&random](int currency) {
        int networks[6];
        const int n = CryptomusCatalog::networksOf(currency, networks);
        return networks[random.bounded(static_cast<std::uint64_t>(n))];
    };

    // Static wallets first (their payments are part of the history).
    const qint64 walletCount = count == 0 ? 0 : std::clamp<qint64>(count / 500, 1, 2000);
    for (qint64 i = 0; i < walletCount; ++i) {
        Wallet wallet;
        wallet.uuid = newUuid(random);
        wallet.walletUuid = newUuid(random);
        wallet.orderId = u"wallet-%1"_s.arg(i + 1, 5, 10, QChar(u'0'));
        wallet.currency = static_cast<quint8>(pick(kPayers));
        wallet.network = static_cast<quint8>(randomNetwork(wallet.currency));
        wallet.createdAt = start;
        wallet.blocked = random.chance(0.03);
        m_walletOrders.insert(wallet.orderId, static_cast<qint32>(m_wallets.size()));
        m_wallets.push_back(wallet);
    }

    m_invoices.reserve(m_invoices.size() + static_cast<size_t>(count));
    const qint64 step = std::max<qint64>(1, span / std::max<qint64>(count, 1));
    qint64 previous = start;
    for (qint64 i = 0; i < count; ++i) {
        Invoice invoice;
        invoice.uuid = newUuid(random);
        invoice.generated = true;
        invoice.createdAt = std::max(previous, start + span * i / count + static_cast<qint64>(random.bounded(step)));
        invoice.createdAt = std::min(invoice.createdAt, end);
        previous = invoice.createdAt;
        const Decimal usd = *Decimal::fromMinorUnits(QString::number(random.range(500, 150000)), 2);

        if (!m_wallets.empty() && random.chance(0.08)) {
            const auto walletIndex = static_cast<qint32>(random.bounded(m_wallets.size()));
            const Wallet& wallet = m_wallets[static_cast<size_t>(walletIndex)];
            invoice.wallet = walletIndex;
            invoice.orderId = wallet.orderId;
            invoice.currency = wallet.currency;
            invoice.payerCurrency = wallet.currency;
            invoice.network = wallet.network;
            invoice.amount = CryptomusCatalog::convert(usd, CryptomusCatalog::kUsd, wallet.currency).value_or(usd);
            invoice.payerAmount = invoice.amount;
            invoice.paid = invoice.amount;
            invoice.commission
                = percentOf(invoice.paid, CryptomusCatalog::feePercent(), CryptomusCatalog::scale(wallet.currency));
            invoice.expiredAt = invoice.createdAt;
            invoice.updatedAt = invoice.createdAt;
            if (wallet.blocked) {
                invoice.status = Status::Locked;
            } else {
                invoice.status = Status::Paid;
                credit(wallet.currency, difference(invoice.paid, invoice.commission));
            }
            appendInvoice(std::move(invoice));
            continue;
        }

        const int currency = pick(kInvoiceCurrencies);
        invoice.currency = static_cast<quint8>(currency);
        invoice.amount = CryptomusCatalog::convert(usd, CryptomusCatalog::kUsd, currency).value_or(usd);
        const qint64 lifetime = random.chance(0.2) ? 43200 : 3600;
        invoice.expiredAt = invoice.createdAt + lifetime;
        if (random.chance(0.05))
            invoice.additionalData = u"Заказ №%1"_s.arg(i + 1);
        const bool open = invoice.expiredAt > end;
        const std::uint64_t roll = random.bounded(100);
        Status status = Status::Paid;
        if (open)
            status = roll < 85 ? Status::Check : Status::WrongAmountWaiting;
        else if (roll < 62)
            status = Status::Paid;
        else if (roll < 65)
            status = Status::PaidOver;
        else if (roll < 69)
            status = Status::WrongAmount;
        else if (roll < 91)
            status = Status::Cancel;
        else if (roll < 92)
            status = Status::Fail;
        else if (roll < 93)
            status = Status::SystemFail;
        else if (roll < 99)
            status = Status::RefundPaid;
        else
            status = Status::RefundFail;
        const bool choosesCoin = !CryptomusCatalog::isFiat(currency) || status != Status::Check || random.chance(0.3);
        if (choosesCoin) {
            const int payer = CryptomusCatalog::isFiat(currency) ? pick(kPayers) : currency;
            choosePayerCurrency(invoice, payer, randomNetwork(payer));
        }
        const int payer = invoice.payerCurrency;
        const int scale = choosesCoin ? CryptomusCatalog::scale(payer) : 2;
        switch (status) {
        case Status::Paid:
        case Status::RefundPaid:
        case Status::RefundFail:
            invoice.paid = invoice.payerAmount;
            break;
        case Status::PaidOver:
            invoice.paid = sum(invoice.payerAmount, percentOf(invoice.payerAmount, Decimal::fromInt(5), scale));
            break;
        case Status::WrongAmount:
        case Status::WrongAmountWaiting:
            invoice.paid = percentOf(invoice.payerAmount, Decimal::fromInt(random.range(30, 95)), scale);
            break;
        default:
            break;
        }
        if (!invoice.paid.isZero()) {
            invoice.commission = percentOf(invoice.paid, CryptomusCatalog::feePercent(), scale);
            if (status != Status::RefundPaid)
                credit(payer, difference(invoice.paid, invoice.commission));
        }
        invoice.status = status;
        invoice.updatedAt = std::min(end, invoice.createdAt + random.range(30, open ? 30 : lifetime));
        const auto index = static_cast<qint32>(m_invoices.size());
        appendInvoice(std::move(invoice));
        if (open)
            schedule(m_invoices.back().expiredAt, EventKind::Expire, index);
    }
    m_generatedInvoices = static_cast<qint64>(m_invoices.size());

    // Payouts, spread over the same days, paid from what the history credited.
    const qint64 payoutCount = count / 40;
    for (qint64 i = 0; i < payoutCount; ++i) {
        Payout payout;
        payout.uuid = newUuid(random);
        payout.generated = true;
        payout.orderId = u"payout-%1"_s.arg(i + 1, 5, 10, QChar(u'0'));
        payout.createdAt = start + span * (i + 1) / (payoutCount + 1);
        payout.updatedAt = std::min(end, payout.createdAt + 300);
        const int payer = pick(kPayers);
        payout.currency = static_cast<quint8>(payer);
        payout.payerCurrency = static_cast<quint8>(payer);
        payout.network = static_cast<quint8>(randomNetwork(payer));
        payout.address = CryptomusCatalog::address(payout.network, random.next());
        const Decimal usd = *Decimal::fromMinorUnits(QString::number(random.range(1000, 50000)), 2);
        payout.amount = CryptomusCatalog::convert(usd, CryptomusCatalog::kUsd, payer).value_or(usd);
        payout.payerAmount = payout.amount;
        payout.commission = percentOf(payout.amount, CryptomusCatalog::feePercent(), CryptomusCatalog::scale(payer));
        payout.subtract = random.chance(0.7);
        const Decimal debit = payout.subtract ? sum(payout.amount, payout.commission) : payout.amount;
        if (m_balances[static_cast<size_t>(payer)] >= debit && !random.chance(0.05)) {
            credit(payer, debit.negated());
            payout.status = PayoutStatus::Paid;
        } else {
            payout.status = PayoutStatus::Fail;
        }
        payout.balanceAfter = m_balances[static_cast<size_t>(payer)];
        m_payoutOrders.insert(payout.orderId, static_cast<qint32>(m_payouts.size()));
        m_payouts.push_back(payout);
    }
    m_random = SandboxRandom(SandboxRandom::deriveSeed(plan.seed, "cryptomus-runtime"));
}

} // namespace paydesk::sandbox
