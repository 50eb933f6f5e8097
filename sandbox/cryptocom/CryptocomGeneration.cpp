// Seeded history, reset and the state digest of CryptocomSimulator (split from CryptocomSimulator.cpp for size).
#include "sandbox/SandboxClock.h"
#include "sandbox/cryptocom/CryptocomSimulator.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

const QLatin1StringView kDescriptions[] = {
    "Crypto.com Tee (Unisex)"_L1,
    "Coffee beans 1 kg"_L1,
    "Annual subscription"_L1,
    "Gift card"_L1,
    "Hardware wallet"_L1,
    "Conference ticket"_L1,
    "Consulting hour"_L1,
    "Monthly plan"_L1,
    "Sneakers"_L1,
    "Headphones"_L1,
    "Book bundle"_L1,
    "Hosting (1 year)"_L1,
};
constexpr int kDescriptionCount = sizeof(kDescriptions) / sizeof(kDescriptions[0]);

} // namespace

QString CryptocomSimulator::generatedDescription(const Payment& payment)
{
    return QString(kDescriptions[payment.description % kDescriptionCount]);
}

QString CryptocomSimulator::generatedOrderId(const Payment& payment)
{
    return u"ORD-"_s + QString::number(payment.id.lo & 0xffffffffffULL, 16).rightJustified(10, u'0').toUpper();
}

void CryptocomSimulator::reset()
{
    m_payments.clear();
    m_payments.shrink_to_fit();
    m_extras.clear();
    m_refunds.clear();
    m_refundDescriptions.clear();
    m_paymentIndex.clear();
    m_refundIndex.clear();
    m_orderIds.clear();
    m_expiries.clear();
    m_refundsDue.clear();
    // Ids of payments created through the API: deterministic for a clock start (--epoch), different across runs.
    m_random = SandboxRandom(SandboxRandom::deriveSeed(
        static_cast<std::uint64_t>(m_environment.clock->start().toSecsSinceEpoch()), "cryptocom-ids"));
}

void CryptocomSimulator::generate(const GenerationPlan& plan)
{
    SandboxRandom random(plan.seed);
    const qint64 end = plan.end.toSecsSinceEpoch();
    const qint64 span = qint64(plan.days) * 86400;
    const qint64 start = end - span;
    const qint64 first = static_cast<qint64>(m_payments.size());
    m_payments.reserve(static_cast<size_t>(first + plan.count));
    m_paymentIndex.reserve(static_cast<size_t>(first + plan.count));
    static const QString zeros18 = u"000000000000000000"_s;
    for (qint64 i = 0; i < plan.count; ++i) {
        Payment payment;
        payment.id.hi = (random.next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
        payment.id.lo = (random.next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        // Evenly spread, increasing creation times with jitter inside each slot.
        const qint64 slot = span * i / plan.count;
        const qint64 nextSlot = span * (i + 1) / plan.count;
        payment.created = start + slot
            + static_cast<qint64>(random.bounded(static_cast<std::uint64_t>(std::max<qint64>(1, nextSlot - slot))));
        const std::uint64_t currencyRoll = random.bounded(100);
        payment.currency = currencyRoll < 60 ? 0
            : currencyRoll < 85              ? 1
            : currencyRoll < 90              ? 2
            : currencyRoll < 95              ? 3
                                             : 8;
        const int exponent = kCurrencies[payment.currency].exponent;
        // Amounts from 1.00 to about 2,000.00 (most small); CRO in whole coins with two decimals.
        const qint64 cents
            = 100 + static_cast<qint64>(random.bounded(1000)) * static_cast<qint64>(random.bounded(200) + 1);
        if (exponent == 18)
            payment.amount = *Decimal::fromMinorUnits(QString(QString::number(cents * 10) + zeros18.left(16)), 18);
        else
            payment.amount = *Decimal::fromMinorUnits(QString::number(cents), exponent);
        payment.amountRefunded = *Decimal::fromMinorUnits(u"0", exponent);
        payment.paid = payment.amountRefunded;
        payment.description = static_cast<quint8>(random.bounded(kDescriptionCount));
        payment.expiresAt = payment.created + m_defaultLifetime;
        const std::uint64_t outcome = random.bounded(100);
        const auto index = static_cast<quint32>(m_payments.size());
        if (payment.expiresAt > end && outcome < 40) {
            payment.status = PaymentStatus::Pending; // recent and still open
            m_expiries.emplace(payment.expiresAt, index);
        } else if (outcome < 82) {
            payment.status = PaymentStatus::Succeeded;
            payment.paid = payment.amount;
        } else {
            payment.status = PaymentStatus::Cancelled;
        }
        if (payment.status == PaymentStatus::Succeeded && random.bounded(100) < 4) {
            Refund refund;
            refund.id.hi = (random.next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
            refund.id.lo = (random.next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
            refund.payment = index;
            refund.amount = random.bounded(100) < 60
                ? payment.amount
                : *payment.amount.multipliedBy(*Decimal::fromString(u"0.5"), exponent, Decimal::Rounding::Down);
            refund.created = payment.created + 600 + static_cast<qint64>(random.bounded(86400));
            refund.completesAt = refund.created + m_refundDelay;
            refund.reason = static_cast<quint8>(1 + random.bounded(3));
            const auto refundIndex = static_cast<quint32>(m_refunds.size());
            if (refund.created <= end) { // a refund requested after the window's end has not happened yet
                payment.amountRefunded = refund.amount;
                if (refund.completesAt <= end)
                    refund.status = RefundStatus::Succeeded;
                else
                    m_refundsDue.emplace(refund.completesAt, refundIndex);
                m_refunds.push_back(refund);
                m_refundIndex.emplace(refund.id, refundIndex);
            }
        }
        m_payments.push_back(payment);
        m_paymentIndex.emplace(payment.id, index);
    }
}

qint64 CryptocomSimulator::paymentCount() const
{
    return static_cast<qint64>(m_payments.size());
}

QByteArray CryptocomSimulator::stateDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    JsonWriter w(&buffer);
    for (const Payment& payment : m_payments) {
        writePayment(payment, w);
        if (buffer.size() > 1 << 20) {
            hash.addData(buffer);
            buffer.clear();
        }
    }
    for (const Refund& refund : m_refunds)
        writeRefund(refund, w);
    hash.addData(buffer);
    return hash.result().toHex();
}

} // namespace paydesk::sandbox
