#include "core/domain/Account.h"
#include "core/domain/Gateway.h"
#include "core/domain/GatewayCapabilities.h"
#include "core/domain/PaymentStatus.h"
#include "core/domain/RefundedTotal.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

class TstDomain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gatewayIdsRoundTrip();
    void paymentStatusIdsRoundTrip();
    void transferAndAddressStatusIdsRoundTrip();
    void finalStatuses();
    void secretKeysAreDistinctPerKind();
    void capabilitiesFollowTheArchitectureTable();
    void refundedTotalKeepsWhatNoRefundAccountsFor();
};

void TstDomain::gatewayIdsRoundTrip()
{
    QSet<QString> ids;
    for (Gateway g : {Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus}) {
        const QString id = gatewayId(g);
        QVERIFY(!id.isEmpty());
        QCOMPARE(gatewayFromId(id), g);
        QVERIFY(!gatewayDisplayName(g).isEmpty());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 4);
    QCOMPARE(gatewayId(Gateway::BucksBus), u"bucksbus"_s);
    QVERIFY(!gatewayFromId(u"coinbase").has_value());
    QVERIFY(!gatewayFromId(u"CRYPTOCOM").has_value());
}

void TstDomain::paymentStatusIdsRoundTrip()
{
    QSet<QString> ids;
    for (int i = 0; i <= static_cast<int>(PaymentStatus::Unknown); ++i) {
        const auto status = static_cast<PaymentStatus>(i);
        const QString id = paymentStatusId(status);
        QVERIFY2(!id.isEmpty(), qPrintable(QString::number(i)));
        QCOMPARE(paymentStatusFromId(id), status);
        ids.insert(id);
    }
    QCOMPARE(ids.size(), static_cast<int>(PaymentStatus::Unknown) + 1);
    QCOMPARE(paymentStatusId(PaymentStatus::PartiallyRefunded), u"partially_refunded"_s);
    QVERIFY(!paymentStatusFromId(u"Paid").has_value());
}

void TstDomain::transferAndAddressStatusIdsRoundTrip()
{
    for (int i = 0; i <= static_cast<int>(TransferStatus::Unknown); ++i) {
        const auto status = static_cast<TransferStatus>(i);
        QCOMPARE(transferStatusFromId(transferStatusId(status)), status);
    }
    for (int i = 0; i <= static_cast<int>(AddressStatus::Unknown); ++i) {
        const auto status = static_cast<AddressStatus>(i);
        QCOMPARE(addressStatusFromId(addressStatusId(status)), status);
    }
}

void TstDomain::finalStatuses()
{
    QVERIFY(!isFinal(PaymentStatus::Pending));
    QVERIFY(!isFinal(PaymentStatus::Processing));
    QVERIFY(!isFinal(PaymentStatus::Underpaid));
    QVERIFY(!isFinal(PaymentStatus::Unknown));
    QVERIFY(isFinal(PaymentStatus::Paid));
    QVERIFY(isFinal(PaymentStatus::Expired));
    QVERIFY(isFinal(PaymentStatus::Refunded));
    QVERIFY(!isFinal(TransferStatus::Pending));
    QVERIFY(isFinal(TransferStatus::Succeeded));
    QVERIFY(isFinal(TransferStatus::Failed));
}

void TstDomain::secretKeysAreDistinctPerKind()
{
    const QString account = u"3f1c"_s;
    QSet<QString> keys;
    for (SecretKind kind :
        {SecretKind::ApiKey, SecretKind::ApiSecret, SecretKind::WebhookSecret, SecretKind::PayoutKey})
        keys.insert(secretKey(account, kind));
    QCOMPARE(keys.size(), 4);
    QCOMPARE(secretKey(account, SecretKind::ApiKey), u"3f1c/api_key"_s);
}

// ARCHITECTURE.md "Provider contract": one row per capability, columns Crypto.com, CryptoProcessing, v10.2, Cryptomus.
void TstDomain::capabilitiesFollowTheArchitectureTable()
{
    struct Row
    {
        Capability capability;
        bool cryptoCom, cryptoProcessing, bucksBus, cryptomus;
    };
    const Row rows[] = {
        {Capability::CreateInvoice, true, true, true, true},
        {Capability::GetInvoice, true, true, true, true},
        {Capability::ListInvoices, true, false, true, true},
        {Capability::CancelInvoice, true, false, false, false},
        {Capability::Refund, true, false, true, true},
        {Capability::Balances, false, true, true, true},
        {Capability::DedicatedAddresses, false, true, true, true},
        {Capability::ReleaseAddress, false, false, true, true},
        {Capability::Withdrawals, false, true, true, true},
    };
    for (const Row& row : rows) {
        const bool expected[] = {row.cryptoCom, row.cryptoProcessing, row.bucksBus, row.cryptomus};
        const Gateway gateways[]
            = {Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus};
        for (int i = 0; i < 4; ++i) {
            const QString where = gatewayId(gateways[i]) + u" capability "_s + QString::number(int(row.capability));
            QVERIFY2(hasCapability(gateways[i], row.capability) == expected[i], qPrintable(where));
            // A missing capability always comes with an explanation for the merchant.
            QVERIFY2(unsupportedReason(gateways[i], row.capability).isEmpty() == expected[i], qPrintable(where));
        }
    }
}

// A payment's refunded total against the refunds the ledger holds for it (Crypto.com shows no refund list).
void TstDomain::refundedTotalKeepsWhatNoRefundAccountsFor()
{
    const auto usd = [](const char* amount) {
        return Money{*Decimal::fromString(QString::fromLatin1(amount)), u"USD"_s};
    };
    Payment payment;
    payment.accountId = u"a1"_s;
    payment.id = u"p1"_s;
    payment.rawStatus = u"succeeded"_s;
    payment.updated = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, QTimeZone::utc());
    QVERIFY(!RefundedTotal::unaccounted(payment, {})); // nothing refunded
    payment.refunded = usd("10.00");

    const std::optional<Refund> all = RefundedTotal::unaccounted(payment, {});
    QVERIFY(all);
    QCOMPARE(all->id, u"refunded-total:p1"_s);
    QVERIFY(RefundedTotal::isRefundedTotal(*all));
    QCOMPARE(all->amount, usd("10.00"));
    QCOMPARE(all->status, TransferStatus::Succeeded);
    QCOMPARE(all->created, payment.updated);

    Refund mine;
    mine.paymentId = u"p1"_s;
    mine.id = u"r1"_s;
    mine.amount = usd("4.00");
    mine.status = TransferStatus::Pending;
    Refund failed = mine;
    failed.id = u"r2"_s;
    failed.amount = usd("5.00");
    failed.status = TransferStatus::Failed;
    // The row itself does not count against the total; a failed refund does not either.
    QCOMPARE(RefundedTotal::unaccounted(payment, {mine, failed, *all})->amount, usd("6.00"));
    mine.amount = usd("10.00");
    QVERIFY(!RefundedTotal::unaccounted(payment, {mine}));
    mine.amount = Money{*Decimal::fromString(u"1"_s), u"EUR"_s}; // not comparable: nothing is guessed
    QVERIFY(!RefundedTotal::unaccounted(payment, {mine}));
}

QTEST_APPLESS_MAIN(TstDomain)
#include "tst_Domain.moc"
