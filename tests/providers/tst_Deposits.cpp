#include "providers/GatewayOperations.h"
#include "providers/bucksbus/BucksBusJson.h"
#include "providers/bucksbus/BucksBusRequests.h"
#include "tests/support/SandboxFixture.h"

#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// Deposits to dedicated addresses reach the ledger through sync and stay linked to their address, the way a merchant
// uses one: an address given to a customer, money sent to it (the sandbox's /_sandbox/pay), then Sync. Before the
// link (Payment::addressId) and CryptoProcessing's address-by-address step, a CryptoProcessing deposit never reached
// the ledger, and v10.2 / Cryptomus deposits arrived as payments nothing tied to their address.
class TstDeposits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void depositIsFollowedToItsEnd_data();
    void depositIsFollowedToItsEnd();
    void addressMadeOutsidePaydeskIsImported_data();
    void addressMadeOutsidePaydeskIsImported();
    void activitySumsPerAsset();

private:
    DedicatedAddress createAddress(Provider& provider);
    QJsonObject pay(Gateway gateway, const QString& addressId, const QString& amount);
    SyncOutcome sync(Provider& provider);
    QList<Payment> deposits(const DedicatedAddress& address) const;
    AddressActivity activity(const DedicatedAddress& address) const;
    void advanceClock(int seconds) { m_fixture->control(u"/_sandbox/clock"_s, {{u"advance"_s, seconds}}); }

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<GatewayOperations> m_operations;
};

namespace {

Money money(const QString& amount, const QString& currency)
{
    return {*Decimal::fromString(amount), currency};
}

// The asset each gateway's address receives in these tests.
AddressDraft draftFor(Gateway gateway)
{
    AddressDraft draft;
    draft.currency = gateway == Gateway::Cryptomus ? u"USDT"_s : u"BTC"_s;
    if (gateway == Gateway::Cryptomus)
        draft.network = u"tron"_s;
    return draft;
}

} // namespace

void TstDeposits::init()
{
    m_fixture = std::make_unique<test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_operations = std::make_unique<GatewayOperations>(m_fixture->ledger(), m_fixture->journal());
}

void TstDeposits::cleanup()
{
    m_operations.reset();
    m_fixture.reset();
}

DedicatedAddress TstDeposits::createAddress(Provider& provider)
{
    const auto created = m_fixture->wait<DedicatedAddress>(this, [&](QObject* context, auto done) {
        m_operations->createAddress(provider, draftFor(provider.gateway()), context, done);
    });
    return created.ok() ? created.value() : DedicatedAddress{};
}

QJsonObject TstDeposits::pay(Gateway gateway, const QString& addressId, const QString& amount)
{
    return m_fixture->control(
        u"/_sandbox/pay"_s, {{u"gateway"_s, gatewayId(gateway)}, {u"id"_s, addressId}, {u"amount"_s, amount}});
}

SyncOutcome TstDeposits::sync(Provider& provider)
{
    return m_fixture->sync(provider, *m_operations);
}

QList<Payment> TstDeposits::deposits(const DedicatedAddress& address) const
{
    PaymentQuery query;
    query.accountIds = {address.accountId};
    query.addressId = address.id;
    const auto found = m_fixture->ledger().payments(query);
    return found.ok() ? found.value() : QList<Payment>();
}

AddressActivity TstDeposits::activity(const DedicatedAddress& address) const
{
    const auto all = m_fixture->ledger().addressActivity({address.accountId});
    for (const AddressActivity& one : all.ok() ? all.value() : QList<AddressActivity>()) {
        if (one.addressId == address.id)
            return one;
    }
    return {};
}

void TstDeposits::depositIsFollowedToItsEnd_data()
{
    QTest::addColumn<Gateway>("gateway");
    QTest::addColumn<QString>("amount"); // sent to the address, in its asset
    // CryptoProcessing's deposit is "not_confirmed" for 60 sandbox seconds; the others are paid at once.
    QTest::addColumn<int>("confirmSeconds");
    QTest::addColumn<QString>("finalRawStatus");
    QTest::newRow("cryptoprocessing") << Gateway::CryptoProcessing << u"0.01"_s << 60 << u"confirmed"_s;
    QTest::newRow("bucksbus") << Gateway::BucksBus << u"0.001"_s << 0 << u"COMPLETE"_s;
    QTest::newRow("cryptomus") << Gateway::Cryptomus << u"15"_s << 0 << u"paid"_s;
}

void TstDeposits::depositIsFollowedToItsEnd()
{
    QFETCH(Gateway, gateway);
    QFETCH(QString, amount);
    QFETCH(int, confirmSeconds);
    QFETCH(QString, finalRawStatus);
    auto provider = m_fixture->provider(gateway);
    const DedicatedAddress address = createAddress(*provider);
    QVERIFY(!address.id.isEmpty());
    QVERIFY(!pay(gateway, address.address, amount).isEmpty());

    const SyncOutcome first = sync(*provider);
    QVERIFY2(first.ok(), qPrintable(first.errors.join(u'\n')));
    QCOMPARE(first.addressesFound, 0); // Paydesk made it: already in the ledger
    QList<Payment> seen = deposits(address);
    QCOMPARE(seen.size(), 1);
    const QString depositId = seen.first().id;
    QCOMPARE(seen.first().addressId, address.id);
    QCOMPARE(seen.first().address, address.address);
    QCOMPARE(seen.first().paid, money(amount, address.currency));
    QVERIFY(seen.first().created.isValid());
    if (confirmSeconds > 0) {
        // Seen on chain, not confirmed yet: listed, and not counted as received.
        QCOMPARE(seen.first().status, PaymentStatus::Processing);
        QCOMPARE(activity(address).confirming, 1);
        QVERIFY(activity(address).received.isEmpty());
        advanceClock(confirmSeconds + 1);
        const SyncOutcome later = sync(*provider);
        QVERIFY2(later.ok(), qPrintable(later.errors.join(u'\n')));
        QCOMPARE(later.invoicesChanged, 1);
        seen = deposits(address);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().created, deposits(address).first().created);
    }
    QCOMPARE(seen.first().id, depositId);
    QCOMPARE(seen.first().status, PaymentStatus::Paid);
    QCOMPARE(seen.first().rawStatus, finalRawStatus);
    AddressActivity received = activity(address);
    QCOMPARE(received.deposits, 1);
    QCOMPARE(received.confirming, 0);
    QCOMPARE(received.received, QList<Money>{money(amount, address.currency)});
    QVERIFY(received.lastActivity.isValid());

    // A second deposit to the same address: two deposits, summed.
    QVERIFY(!pay(gateway, address.address, amount).isEmpty());
    advanceClock(confirmSeconds + 1);
    const SyncOutcome again = sync(*provider);
    QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
    received = activity(address);
    QCOMPARE(received.deposits, 2);
    const Decimal twice = *Decimal::fromString(amount)->plus(*Decimal::fromString(amount));
    QCOMPARE(received.received, QList<Money>{Money(twice, address.currency)});
    // Each deposit is one payment, whatever the order of syncs: nothing counted twice.
    QCOMPARE(sync(*provider).invoicesInserted, 0);
    QCOMPARE(activity(address).deposits, 2);
}

void TstDeposits::addressMadeOutsidePaydeskIsImported_data()
{
    QTest::addColumn<Gateway>("gateway");
    QTest::addColumn<QString>("amount");
    QTest::newRow("bucksbus") << Gateway::BucksBus << u"0.002"_s;
}

// An address made in the gateway's own dashboard (here: straight over HTTP) is not in the ledger; its first deposit
// names it, and the sync adds it to the Addresses page with what the deposit tells. Only v10.2 can: its payments
// carry the dedicate's id. A Cryptomus payment/list item does not name its static wallet, and CryptoProcessing lists
// neither addresses nor deposits (docs/cli.md "sync").
void TstDeposits::addressMadeOutsidePaydeskIsImported()
{
    QFETCH(Gateway, gateway);
    QFETCH(QString, amount);
    auto provider = m_fixture->provider(gateway);
    AddressDraft draft = draftFor(gateway);
    draft.customerReference = u"made-elsewhere-1"_s;
    const auto request = BucksBusRequests::createAddress(provider->account(), m_fixture->credentials(gateway), draft);
    QVERIFY(request.ok());
    const QByteArray reply = m_fixture->sendOutsidePaydesk(request.value());
    const auto made = BucksBusJson::dedicatedAddress(reply);
    QVERIFY2(made.ok(), reply.constData());
    QVERIFY(m_fixture->ledger().dedicatedAddresses({provider->account().id}).value().isEmpty());

    QVERIFY(!pay(gateway, made.value().address, amount).isEmpty());
    const SyncOutcome outcome = sync(*provider);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors.join(u'\n')));
    QCOMPARE(outcome.addressesFound, 1);
    const auto held = m_fixture->ledger().dedicatedAddresses({provider->account().id});
    QVERIFY(held.ok());
    QCOMPARE(held.value().size(), 1);
    const DedicatedAddress imported = held.value().first();
    QCOMPARE(imported.id, made.value().id);
    QCOMPARE(imported.address, made.value().address);
    QCOMPARE(imported.currency, made.value().currency);
    QCOMPARE(imported.status, AddressStatus::Unknown); // no gateway here reads an address back
    QCOMPARE(deposits(imported).size(), 1);
    QCOMPARE(activity(imported).received.size(), 1);

    // Found once: the next sync adds nothing, and keeps what the ledger holds.
    QCOMPARE(sync(*provider).addressesFound, 0);
    QCOMPARE(m_fixture->ledger().dedicatedAddresses({provider->account().id}).value(), held.value());
}

// The sums are exact decimals per asset, and only deposits the merchant has count.
void TstDeposits::activitySumsPerAsset()
{
    AddressActivity activity;
    const QDateTime t0 = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());
    activity.add(PaymentStatus::Paid, money(u"0.1"_s, u"BTC"_s), t0);
    activity.add(PaymentStatus::Overpaid, money(u"0.20000001"_s, u"BTC"_s), t0.addSecs(60));
    activity.add(PaymentStatus::Paid, money(u"5"_s, u"ETH"_s), t0.addSecs(-60));
    activity.add(PaymentStatus::Processing, money(u"7"_s, u"BTC"_s), t0.addSecs(30));
    activity.add(PaymentStatus::Failed, money(u"9"_s, u"BTC"_s), {});
    activity.add(PaymentStatus::Locked, money(u"11"_s, u"USDT"_s), {});
    QCOMPARE(activity.deposits, 6);
    QCOMPARE(activity.confirming, 1);
    QCOMPARE(activity.received, (QList<Money>{money(u"0.30000001"_s, u"BTC"_s), money(u"5"_s, u"ETH"_s)}));
    QVERIFY(activity.receivedComplete);
    QCOMPARE(activity.lastActivity, t0.addSecs(60));
}

QTEST_GUILESS_MAIN(TstDeposits)
#include "tst_Deposits.moc"
