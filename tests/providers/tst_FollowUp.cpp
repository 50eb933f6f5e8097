#include "core/domain/RefundedTotal.h"
#include "core/journal/Journal.h"
#include "core/journal/UnknownOutcome.h"
#include "providers/GatewayOperations.h"
#include "providers/cryptocom/CryptoComRequests.h"
#include "providers/sync/AccountSync.h"
#include "sandbox/GatewaySimulator.h"
#include "tests/support/SandboxFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// Refunds and withdrawals are followed to their final status by sync, the way a merchant waits for one: sent, still
// under way at the next sync, then later (sandbox time) the sync that shows it done. Before AccountSync's refunds and
// withdrawals steps, both stayed "Pending" in the ledger forever on every gateway.
class TstFollowUp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refundIsFollowedToItsEnd_data();
    void refundIsFollowedToItsEnd();
    void failedRefundEndsFailed();
    void paymentShowsTheRefundAtOnce_data();
    void paymentShowsTheRefundAtOnce();
    void refundTheGatewayDoesNotKnowIsLeftAlone();
    void refundMadeOutsidePaydeskAppearsAfterSync();
    void cryptoComRefundMadeOutsidePaydeskAppearsAfterSync();
    void withdrawalIsFollowedToItsEnd_data();
    void withdrawalIsFollowedToItsEnd();
    void cancelledWithdrawalEndsCancelled_data();
    void cancelledWithdrawalEndsCancelled();
    void payoutMadeOutsidePaydeskAppearsAfterSync();
    void payoutHistoryIsImported();

private:
    std::unique_ptr<Provider> provider(Gateway gateway) { return m_fixture->provider(gateway); }
    Payment paidInvoice(Provider& provider);
    Result<Refund> refund(Provider& provider, const Payment& invoice, const QString& address = {});
    SyncOutcome sync(Provider& provider);
    Refund stored(const Provider& provider, const QString& refundId) const;
    // A paid invoice where the sandbox's merchant starts with no balance to withdraw from (v10.2, Cryptomus).
    bool fund(Provider& provider)
    {
        return provider.gateway() == Gateway::CryptoProcessing || !paidInvoice(provider).id.isEmpty();
    }
    Result<Withdrawal> withdraw(Provider& provider);
    Withdrawal storedWithdrawal(const Provider& provider, const QString& id) const;
    void advanceClock(int seconds) { m_fixture->control(u"/_sandbox/clock"_s, {{u"advance"_s, seconds}}); }
    template<typename T>
    Result<T> run(const std::function<void(QObject*, Provider::Callback<T>)>& call)
    {
        return m_fixture->wait<T>(this, call);
    }

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<GatewayOperations> m_operations;
};

namespace {

Decimal dec(const QString& text)
{
    return *Decimal::fromString(text);
}

QString why(const auto& result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

void TstFollowUp::init()
{
    m_fixture = std::make_unique<test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_operations = std::make_unique<GatewayOperations>(m_fixture->ledger(), m_fixture->journal());
}

void TstFollowUp::cleanup()
{
    m_operations.reset();
    m_fixture.reset();
}

Payment TstFollowUp::paidInvoice(Provider& provider)
{
    InvoiceDraft draft;
    switch (provider.gateway()) {
    case Gateway::CryptoCom:
        draft.amount = {dec(u"10.00"_s), u"USD"_s};
        break;
    case Gateway::BucksBus:
        draft.amount = {dec(u"0.001"_s), u"BTC"_s};
        draft.payCurrency = u"BTC"_s;
        break;
    default:
        draft.amount = {dec(u"20"_s), u"USDT"_s};
        draft.network = u"tron"_s;
        break;
    }
    const auto created = run<Payment>(
        [&](QObject* context, auto done) { m_operations->createInvoice(provider, draft, context, done); });
    if (!created.ok())
        return {};
    m_fixture->control(
        u"/_sandbox/pay"_s, {{u"gateway"_s, gatewayId(provider.gateway())}, {u"id"_s, created.value().id}});
    const QString id = created.value().id;
    const auto paid = run<Payment>([&](QObject* context, auto done) { provider.fetchInvoice(id, context, done); });
    return paid.ok() ? paid.value() : Payment{};
}

Result<Refund> TstFollowUp::refund(Provider& provider, const Payment& invoice, const QString& address)
{
    RefundDraft draft;
    draft.paymentId = invoice.id;
    switch (provider.gateway()) {
    case Gateway::CryptoCom:
        draft.amount = {dec(u"4.00"_s), u"USD"_s};
        break;
    case Gateway::BucksBus:
        draft.amount = {dec(u"0.0004"_s), u"BTC"_s};
        draft.address = address.isEmpty() ? u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s : address;
        break;
    default: // Cryptomus refunds a payment in full (no amount is given), to an address
        draft.address = address.isEmpty() ? u"TDD97yguPESTpcrJMqU6h2ozZbibv4Vaqm"_s : address;
        break;
    }
    return run<Refund>(
        [&](QObject* context, auto done) { m_operations->createRefund(provider, draft, context, done); });
}

SyncOutcome TstFollowUp::sync(Provider& provider)
{
    return m_fixture->sync(provider, *m_operations);
}

Refund TstFollowUp::stored(const Provider& provider, const QString& refundId) const
{
    const auto refunds = m_fixture->ledger().refunds({provider.account().id});
    if (refunds.ok()) {
        for (const Refund& refund : refunds.value()) {
            if (refund.id == refundId)
                return refund;
        }
    }
    return {};
}

void TstFollowUp::refundIsFollowedToItsEnd_data()
{
    QTest::addColumn<Gateway>("gateway");
    QTest::addColumn<int>("delaySeconds"); // the sandbox's time to complete a refund (docs/sandbox.md)
    QTest::addColumn<QString>("finalRawStatus");
    QTest::newRow("cryptocom") << Gateway::CryptoCom << 60 << u"succeeded"_s;
    QTest::newRow("bucksbus") << Gateway::BucksBus << 600 << u"COMPLETE"_s;
    QTest::newRow("cryptomus") << Gateway::Cryptomus << 600 << u"refund_paid"_s;
}

void TstFollowUp::refundIsFollowedToItsEnd()
{
    QFETCH(Gateway, gateway);
    QFETCH(int, delaySeconds);
    QFETCH(QString, finalRawStatus);
    auto gatewayProvider = provider(gateway);
    if (gateway == Gateway::Cryptomus) // the balance must hold more than one payment's net to refund one in full
        QVERIFY(!paidInvoice(*gatewayProvider).id.isEmpty());
    const Payment invoice = paidInvoice(*gatewayProvider);
    QVERIFY(!invoice.id.isEmpty());
    const auto sent = refund(*gatewayProvider, invoice);
    QVERIFY2(sent.ok(), qPrintable(why(sent)));
    const QString id = sent.value().id;
    QVERIFY(!isFinal(stored(*gatewayProvider, id).status));
    QVERIFY(Journal::createdHere(m_fixture->ledger(), JournalKind::Refund)
                .value()
                .contains(Journal::createdHereKey(gatewayProvider->account().id, id)));

    // The next sync: still under way, nothing changes.
    const SyncOutcome early = sync(*gatewayProvider);
    QVERIFY2(early.ok(), qPrintable(early.errors.join(u'\n')));
    QVERIFY(!isFinal(stored(*gatewayProvider, id).status));

    // Later, the sync after the gateway finished it: the ledger says so, and the change is announced.
    advanceClock(delaySeconds + 1);
    const qint64 beforeFollow = m_fixture->sandbox().requestLog().lastSeq();
    AccountSync follow(*gatewayProvider, m_fixture->ledger(), m_fixture->journal(), *m_operations, {});
    QSignalSpy changes(&follow, &AccountSync::ledgerChanged);
    std::optional<SyncOutcome> outcome;
    connect(&follow, &AccountSync::finished, this, [&](const SyncOutcome& finished) { outcome = finished; });
    follow.start();
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 60'000));
    QVERIFY2(outcome->ok(), qPrintable(outcome->errors.join(u'\n')));
    QCOMPARE(outcome->refundsChanged, 1);
    // Cryptomus: the invoice list showed the refund; it is not asked for again one by one.
    if (gateway == Gateway::Cryptomus) {
        for (const auto& entry : m_fixture->sandbox().requestLog().entries(beforeFollow))
            QVERIFY2(!entry.path.endsWith(u"/payment/info"_s), qPrintable(entry.path));
    }
    const Refund done = stored(*gatewayProvider, id);
    QCOMPARE(done.status, TransferStatus::Succeeded);
    QCOMPARE(done.rawStatus, finalRawStatus);
    QCOMPARE(done.paymentId, invoice.id);
    QCOMPARE(done.amount, sent.value().amount);
    QVERIFY(done.created.isValid());
    bool announced = false;
    for (const QList<QVariant>& signal : changes) {
        const auto change = signal.at(0).value<LedgerChange>();
        announced = announced || (change.kind == LedgerChange::Kind::Refunds && change.ids.changed.contains(id));
    }
    QVERIFY(announced);

    // A final refund is not asked for again.
    const qint64 before = m_fixture->sandbox().requestLog().lastSeq();
    QCOMPARE(sync(*gatewayProvider).refundsChanged, 0);
    for (const auto& entry : m_fixture->sandbox().requestLog().entries(before))
        QVERIFY2(!entry.path.contains(id) || entry.path.contains(u"/payment"_s), qPrintable(entry.path));
}

// v10.2: a refund the gateway could not pay ends failed (the sandbox's withdraw-fail), and Paydesk says so.
void TstFollowUp::failedRefundEndsFailed()
{
    auto gatewayProvider = provider(Gateway::BucksBus);
    const Payment invoice = paidInvoice(*gatewayProvider);
    QVERIFY(!invoice.id.isEmpty());
    const auto sent = refund(*gatewayProvider, invoice);
    QVERIFY2(sent.ok(), qPrintable(why(sent)));
    m_fixture->control(u"/_sandbox/bucksbus/withdraw-fail"_s, {{u"id"_s, sent.value().id}});
    const SyncOutcome outcome = sync(*gatewayProvider);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors.join(u'\n')));
    QCOMPARE(stored(*gatewayProvider, sent.value().id).status, TransferStatus::Cancelled);
}

void TstFollowUp::paymentShowsTheRefundAtOnce_data()
{
    QTest::addColumn<Gateway>("gateway");
    QTest::newRow("cryptocom") << Gateway::CryptoCom; // amount_refunded grows at once
    QTest::newRow("cryptomus") << Gateway::Cryptomus; // the payment's status becomes refund_process at once
}

// Right after a refund is made, the payment in the ledger shows it (refunded amount, status), without a sync.
void TstFollowUp::paymentShowsTheRefundAtOnce()
{
    QFETCH(Gateway, gateway);
    auto gatewayProvider = provider(gateway);
    if (gateway == Gateway::Cryptomus)
        QVERIFY(!paidInvoice(*gatewayProvider).id.isEmpty());
    const Payment invoice = paidInvoice(*gatewayProvider);
    QVERIFY(!invoice.id.isEmpty());
    const auto sent = refund(*gatewayProvider, invoice);
    QVERIFY2(sent.ok(), qPrintable(why(sent)));
    const Payment stored = m_fixture->ledger().payment(gatewayProvider->account().id, invoice.id).value();
    if (gateway == Gateway::CryptoCom) {
        QCOMPARE(stored.refunded, (Money{dec(u"4.00"_s), u"USD"_s}));
    } else {
        QCOMPARE(stored.rawStatus, u"refund_process"_s);
        QVERIFY(stored.status != invoice.status);
    }
}

// A refund recorded under an id the gateway does not know (a Crypto.com refund found by the payment's total keeps its
// Paydesk key) is skipped, not a failed sync.
void TstFollowUp::refundTheGatewayDoesNotKnowIsLeftAlone()
{
    auto gatewayProvider = provider(Gateway::CryptoCom);
    const Payment invoice = paidInvoice(*gatewayProvider);
    QVERIFY(!invoice.id.isEmpty());
    Refund standIn;
    standIn.accountId = gatewayProvider->account().id;
    standIn.gateway = Gateway::CryptoCom;
    standIn.id = u"PR-STAND-IN"_s;
    standIn.paymentId = invoice.id;
    standIn.amount = {dec(u"1.00"_s), u"USD"_s};
    standIn.status = TransferStatus::Pending;
    standIn.rawStatus = u"pending"_s;
    QVERIFY(m_fixture->ledger().upsertRefunds({standIn}).ok());
    const SyncOutcome outcome = sync(*gatewayProvider);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors.join(u'\n')));
    QCOMPARE(m_fixture->received("GET", u"/cryptocom/api/refunds/PR-STAND-IN"_s), 1);
    QCOMPARE(stored(*gatewayProvider, standIn.id).status, TransferStatus::Pending);
}

// Cryptomus: a refund made elsewhere (here: sent straight through the provider, so nothing of it is in the ledger)
// shows in the invoice list as the payment's refund status; the sync stores it, with its creation time, and follows
// it to its end.
void TstFollowUp::refundMadeOutsidePaydeskAppearsAfterSync()
{
    auto gatewayProvider = provider(Gateway::Cryptomus);
    QVERIFY(!paidInvoice(*gatewayProvider).id.isEmpty());
    const Payment invoice = paidInvoice(*gatewayProvider);
    QVERIFY(!invoice.id.isEmpty());
    auto started = m_fixture->journal().begin({.accountId = gatewayProvider->account().id,
        .kind = JournalKind::Refund,
        .idempotencyKey = u"ELSEWHERE-1"_s,
        .requestJson = "{}"});
    QVERIFY(started.ok() && started.value().isNew());
    const CreatingCallPermit permit = std::move(*started.value().permit);
    RefundDraft draft;
    draft.paymentId = invoice.id;
    draft.address = u"TDD97yguPESTpcrJMqU6h2ozZbibv4Vaqm"_s;
    const auto elsewhere = run<Refund>([&](QObject* context, auto done) {
        gatewayProvider->createRefund(m_fixture->journal(), permit, draft, context, done);
    });
    QVERIFY2(elsewhere.ok(), qPrintable(why(elsewhere)));
    QVERIFY(m_fixture->ledger().refunds({gatewayProvider->account().id}).value().isEmpty());

    const SyncOutcome first = sync(*gatewayProvider);
    QVERIFY2(first.ok(), qPrintable(first.errors.join(u'\n')));
    const Refund seen = stored(*gatewayProvider, invoice.id);
    QCOMPARE(seen.paymentId, invoice.id);
    // Seen at the gateway, not made by Paydesk: the Refunds page, `refund list` and the export say so.
    const auto createdHere = Journal::createdHere(m_fixture->ledger(), JournalKind::Refund);
    QVERIFY(createdHere.ok());
    QVERIFY(!createdHere.value().contains(Journal::createdHereKey(seen.accountId, seen.id)));
    QCOMPARE(seen.status, TransferStatus::Processing);
    QVERIFY(seen.created.isValid());
    QCOMPARE(seen.amount, invoice.paid);

    advanceClock(601);
    const SyncOutcome later = sync(*gatewayProvider);
    QVERIFY2(later.ok(), qPrintable(later.errors.join(u'\n')));
    const Refund done = stored(*gatewayProvider, invoice.id);
    QCOMPARE(done.status, TransferStatus::Succeeded);
    QCOMPARE(done.created, seen.created);
}

// Crypto.com lists no refunds: one made in its own dashboard shows only in the payment's amount_refunded. The part of
// that total no refund in the ledger accounts for becomes one refund row, seen at the gateway; a refund Paydesk makes
// afterwards is its own row and does not grow it.
void TstFollowUp::cryptoComRefundMadeOutsidePaydeskAppearsAfterSync()
{
    auto gatewayProvider = provider(Gateway::CryptoCom);
    const Payment invoice = paidInvoice(*gatewayProvider);
    QVERIFY(!invoice.id.isEmpty());
    RefundDraft draft;
    draft.paymentId = invoice.id;
    draft.amount = {dec(u"3.00"_s), u"USD"_s};
    const auto request = CryptoComRequests::createRefund(
        gatewayProvider->account(), m_fixture->credentials(Gateway::CryptoCom), draft);
    QVERIFY(request.ok());
    QVERIFY(!m_fixture->sendOutsidePaydesk(request.value()).isEmpty());

    const SyncOutcome first = sync(*gatewayProvider);
    QVERIFY2(first.ok(), qPrintable(first.errors.join(u'\n')));
    QCOMPARE(first.refundsChanged, 1);
    const QString rowId = RefundedTotal::refundedTotalId(invoice.id);
    const Refund seen = stored(*gatewayProvider, rowId);
    QCOMPARE(seen.paymentId, invoice.id);
    QCOMPARE(seen.amount, Money(dec(u"3.00"_s), u"USD"_s));
    QCOMPARE(seen.status, TransferStatus::Succeeded);
    QVERIFY(seen.created.isValid());
    const auto createdHere = Journal::createdHere(m_fixture->ledger(), JournalKind::Refund);
    QVERIFY(!UnknownOutcome::sentFromPaydesk(seen, createdHere.value()));
    // Nothing new at the next sync.
    QCOMPARE(sync(*gatewayProvider).refundsChanged, 0);

    // A refund made in Paydesk is its own row: the one seen at the gateway stays 3.00.
    const auto mine = refund(*gatewayProvider, invoice);
    QVERIFY2(mine.ok(), qPrintable(why(mine)));
    const SyncOutcome later = sync(*gatewayProvider);
    QVERIFY2(later.ok(), qPrintable(later.errors.join(u'\n')));
    QCOMPARE(stored(*gatewayProvider, rowId).amount, Money(dec(u"3.00"_s), u"USD"_s));
    QCOMPARE(m_fixture->ledger().refundsForPayment(invoice.accountId, invoice.id).value().size(), 2);
}

Result<Withdrawal> TstFollowUp::withdraw(Provider& provider)
{
    WithdrawalDraft draft;
    switch (provider.gateway()) {
    case Gateway::CryptoProcessing: // the sandbox's merchant starts with balances
        draft.amount = {dec(u"0.01"_s), u"BTC"_s};
        draft.address = u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s;
        break;
    case Gateway::BucksBus: // from the 0.001 BTC a paid invoice leaves (fund())
        draft.amount = {dec(u"0.0005"_s), u"BTC"_s};
        draft.address = u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s;
        break;
    default: // Cryptomus: a payout from the balance a paid invoice leaves (fund())
        draft.amount = {dec(u"5"_s), u"USDT"_s};
        draft.address = u"TJ4SCzCx3dMDi1gm8LWDPYQ8yYMKpY8w3G"_s;
        draft.network = u"tron"_s;
        break;
    }
    draft.accountId = provider.account().id;
    return run<Withdrawal>(
        [&](QObject* context, auto done) { m_operations->createWithdrawal(provider, draft, context, done); });
}

Withdrawal TstFollowUp::storedWithdrawal(const Provider& provider, const QString& id) const
{
    const auto withdrawals = m_fixture->ledger().withdrawals({provider.account().id});
    if (withdrawals.ok()) {
        for (const Withdrawal& withdrawal : withdrawals.value()) {
            if (withdrawal.id == id)
                return withdrawal;
        }
    }
    return {};
}

void TstFollowUp::withdrawalIsFollowedToItsEnd_data()
{
    QTest::addColumn<Gateway>("gateway");
    QTest::addColumn<int>("delaySeconds"); // the sandbox's time to complete a withdrawal (docs/sandbox.md)
    QTest::addColumn<QString>("finalRawStatus");
    // What each gateway's object tells: v10.2's withdrawal has no blockchain hash, a Cryptomus payout no fee.
    QTest::addColumn<bool>("hash");
    QTest::addColumn<bool>("fee");
    QTest::newRow("cryptoprocessing") << Gateway::CryptoProcessing << 300 << u"confirmed"_s << true << true;
    QTest::newRow("bucksbus") << Gateway::BucksBus << 600 << u"COMPLETE"_s << false << true;
    QTest::newRow("cryptomus") << Gateway::Cryptomus << 300 << u"paid"_s << true << false;
}

void TstFollowUp::withdrawalIsFollowedToItsEnd()
{
    QFETCH(Gateway, gateway);
    QFETCH(int, delaySeconds);
    QFETCH(QString, finalRawStatus);
    QFETCH(bool, hash);
    QFETCH(bool, fee);
    auto gatewayProvider = provider(gateway);
    QVERIFY(fund(*gatewayProvider));
    const auto sent = withdraw(*gatewayProvider);
    QVERIFY2(sent.ok(), qPrintable(why(sent)));
    const QString id = sent.value().id;
    const Withdrawal first = storedWithdrawal(*gatewayProvider, id);
    QVERIFY(!isFinal(first.status));
    QVERIFY(first.created.isValid());

    // The next sync: still under way (CryptoProcessing's transaction says "pending" where the answer said
    // "processing", and gives its own creation time).
    const SyncOutcome early = sync(*gatewayProvider);
    QVERIFY2(early.ok(), qPrintable(early.errors.join(u'\n')));
    const Withdrawal underWay = storedWithdrawal(*gatewayProvider, id);
    QVERIFY(!isFinal(underWay.status));
    QVERIFY(underWay.created.isValid());

    // Later: the sync that sees it sent on chain, with its hash; what the answer leaves out stays as it was.
    advanceClock(delaySeconds + 1);
    const SyncOutcome later = sync(*gatewayProvider);
    QVERIFY2(later.ok(), qPrintable(later.errors.join(u'\n')));
    QCOMPARE(later.withdrawalsChanged, 1);
    const Withdrawal done = storedWithdrawal(*gatewayProvider, id);
    QCOMPARE(done.status, TransferStatus::Succeeded);
    QCOMPARE(done.rawStatus, finalRawStatus);
    QCOMPARE(!done.txHash.isEmpty(), hash);
    QCOMPARE(done.address, first.address);
    QCOMPARE(done.amount, first.amount);
    QCOMPARE(done.created, underWay.created);
    QCOMPARE(done.foreignId, first.foreignId);
    QCOMPARE(done.fee.isValid(), fee);

    // A final withdrawal is not asked for again.
    const qint64 before = m_fixture->sandbox().requestLog().lastSeq();
    QCOMPARE(sync(*gatewayProvider).withdrawalsChanged, 0);
    for (const auto& entry : m_fixture->sandbox().requestLog().entries(before))
        QVERIFY2(!entry.path.contains(u"withdraw"_s) && !entry.path.contains(u"payout/info"_s)
                && !entry.path.contains(u"transactions/info"_s),
            qPrintable(entry.path));
}

void TstFollowUp::cancelledWithdrawalEndsCancelled_data()
{
    QTest::addColumn<Gateway>("gateway");
    QTest::addColumn<QString>("cancelPath");
    QTest::newRow("cryptoprocessing") << Gateway::CryptoProcessing << u"/_sandbox/cryptoprocessing/cancel_withdrawal"_s;
    QTest::newRow("bucksbus") << Gateway::BucksBus << u"/_sandbox/bucksbus/withdraw-fail"_s;
}

// A withdrawal the gateway gave up on ends cancelled in the ledger at the next sync.
void TstFollowUp::cancelledWithdrawalEndsCancelled()
{
    QFETCH(Gateway, gateway);
    QFETCH(QString, cancelPath);
    auto gatewayProvider = provider(gateway);
    QVERIFY(fund(*gatewayProvider));
    const auto sent = withdraw(*gatewayProvider);
    QVERIFY2(sent.ok(), qPrintable(why(sent)));
    const QString id = sent.value().id;
    if (gateway == Gateway::CryptoProcessing)
        m_fixture->control(cancelPath, {{u"id"_s, id.toLongLong()}});
    else
        m_fixture->control(cancelPath, {{u"id"_s, id}});
    const SyncOutcome outcome = sync(*gatewayProvider);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors.join(u'\n')));
    QCOMPARE(outcome.withdrawalsChanged, 1);
    QCOMPARE(storedWithdrawal(*gatewayProvider, id).status, TransferStatus::Cancelled);
}

// Cryptomus: a payout sent elsewhere (here: straight through the provider, so nothing of it is in the ledger) is in
// payout/list; the sync stores it and, later, shows it paid.
void TstFollowUp::payoutMadeOutsidePaydeskAppearsAfterSync()
{
    auto gatewayProvider = provider(Gateway::Cryptomus);
    QVERIFY(fund(*gatewayProvider));
    auto started = m_fixture->journal().begin({.accountId = gatewayProvider->account().id,
        .kind = JournalKind::Withdrawal,
        .idempotencyKey = u"PAYOUT-ELSEWHERE"_s,
        .requestJson = "{}"});
    QVERIFY(started.ok() && started.value().isNew());
    const CreatingCallPermit permit = std::move(*started.value().permit);
    WithdrawalDraft draft;
    draft.accountId = gatewayProvider->account().id;
    draft.amount = {dec(u"3"_s), u"USDT"_s};
    draft.address = u"TJ4SCzCx3dMDi1gm8LWDPYQ8yYMKpY8w3G"_s;
    draft.network = u"tron"_s;
    const auto elsewhere = run<Withdrawal>([&](QObject* context, auto done) {
        gatewayProvider->createWithdrawal(m_fixture->journal(), permit, draft, context, done);
    });
    QVERIFY2(elsewhere.ok(), qPrintable(why(elsewhere)));
    QVERIFY(m_fixture->ledger().withdrawals({gatewayProvider->account().id}).value().isEmpty());

    const SyncOutcome first = sync(*gatewayProvider);
    QVERIFY2(first.ok(), qPrintable(first.errors.join(u'\n')));
    QCOMPARE(first.withdrawalsChanged, 1);
    const Withdrawal seen = storedWithdrawal(*gatewayProvider, elsewhere.value().id);
    QCOMPARE(seen.amount, draft.amount);
    QVERIFY(seen.created.isValid());
    QVERIFY(!isFinal(seen.status));

    advanceClock(301);
    const SyncOutcome later = sync(*gatewayProvider);
    QVERIFY2(later.ok(), qPrintable(later.errors.join(u'\n')));
    QCOMPARE(later.withdrawalsChanged, 1);
    // Listed again, so not also read one by one.
    QCOMPARE(m_fixture->received("POST", u"/cryptomus/v1/payout/info"_s), 0);
    QCOMPARE(storedWithdrawal(*gatewayProvider, elsewhere.value().id).status, TransferStatus::Succeeded);
}

// The payouts of a Cryptomus history (the sandbox makes one per 40 payments) all reach the ledger on the first sync,
// over several pages of payout/list.
void TstFollowUp::payoutHistoryIsImported()
{
    m_fixture->sandbox().regenerate(4 * 1000, 200, 5);
    m_fixture->control(u"/_sandbox/cryptomus/config"_s, {{u"list_interval_ms"_s, 0}});
    qsizetype payouts = 0;
    for (const auto& record : m_fixture->sandbox().gateway(u"cryptomus"_s)->records()) {
        if (record.kind == sandbox::SimulatedRecord::Kind::Withdrawal)
            ++payouts;
    }
    QVERIFY(payouts > 15); // more than one page
    auto gatewayProvider = provider(Gateway::Cryptomus);
    AccountSync sync(*gatewayProvider, m_fixture->ledger(), m_fixture->journal(), *m_operations,
        {.throttledPageDelay = std::chrono::milliseconds(0)});
    std::optional<SyncOutcome> outcome;
    connect(&sync, &AccountSync::finished, this, [&](const SyncOutcome& finished) { outcome = finished; });
    sync.start();
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 120'000));
    QVERIFY2(outcome->ok(), qPrintable(outcome->errors.join(u'\n')));
    QCOMPARE(m_fixture->ledger().withdrawals({gatewayProvider->account().id}).value().size(), payouts);
    QCOMPARE(outcome->withdrawalsChanged, payouts);
    QVERIFY(m_fixture->received("POST", u"/cryptomus/v1/payout/list"_s) > 1);
}

QTEST_GUILESS_MAIN(TstFollowUp)
#include "tst_FollowUp.moc"
