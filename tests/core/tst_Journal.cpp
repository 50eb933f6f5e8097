#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "tests/core/LedgerTestData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::testdata;

namespace {

constexpr int kCrashExitCode = 86;

JournalIntent intent(const QString& key, JournalKind kind = JournalKind::Invoice, const QString& accountId = u"a1"_s)
{
    return JournalIntent{
        accountId, kind, key, "{\"amount\":\"15.00\",\"currency\":\"USD\",\"order_id\":\"" + key.toUtf8() + "\"}"};
}

// Child mode: commit an intent, then die before markSent, as a kill or crash would.
int crashAfterIntent(const QString& path, const QString& key)
{
    auto ledger = Ledger::open(path);
    if (!ledger)
        return 2;
    auto journal = Journal::open(*ledger.value());
    if (!journal)
        return 3;
    auto started = journal.value()->begin(intent(key));
    if (!started || !started.value().isNew())
        return 4;
    std::printf("%lld\n", static_cast<long long>(started.value().entry.id));
    std::fflush(stdout);
    std::_Exit(kCrashExitCode); // no destructors, no markSent: the lock file and the -wal file stay behind
}

} // namespace

class TstJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void legalPaths_data();
    void legalPaths();
    void illegalTransitionsAreRefused();
    void permitRules();
    void duplicateKeyReturnsTheExistingEntry();
    void reopenAfterNothingWasCreated_data();
    void reopenAfterNothingWasCreated();
    void reopenOnlyWhenNothingWasCreated();
    void secretsAreRefused();
    void manualSettlement_data();
    void manualSettlement();
    void manualSettlementOnlyForUnknown();
    void openEntriesWithoutASession();
    void crashBetweenIntentAndSentLeavesUnknown();
    void liveSessionsAreNotRecovered();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Journal> m_journal;
    QString path() const { return m_dir->filePath(u"ledger.sqlite"_s); }
};

void TstJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ledger = Ledger::open(path());
    QVERIFY(ledger.ok());
    m_ledger = std::move(ledger).value();
    QVERIFY(m_ledger->addAccount(account(u"a1"_s, u"one"_s)).ok());
    QVERIFY(m_ledger->addAccount(account(u"a2"_s, u"two"_s)).ok());
    auto journal = Journal::open(*m_ledger);
    QVERIFY(journal.ok());
    m_journal = std::move(journal).value();
    QCOMPARE(m_journal->recoveredOnOpen(), 0);
}

void TstJournal::cleanup()
{
    m_journal.reset();
    m_ledger.reset();
}

void TstJournal::legalPaths_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("finalState");

    QTest::newRow("sent then confirmed") << QStringList{u"sent"_s, u"confirm"_s} << u"confirmed"_s;
    QTest::newRow("sent then failed") << QStringList{u"sent"_s, u"fail"_s} << u"failed"_s;
    QTest::newRow("failed before sending") << QStringList{u"fail"_s} << u"failed"_s;
    QTest::newRow("timeout, found") << QStringList{u"sent"_s, u"unknown"_s, u"settleFound"_s} << u"confirmed"_s;
    QTest::newRow("timeout, known failed") << QStringList{u"sent"_s, u"unknown"_s, u"settleFailed"_s} << u"failed"_s;
    QTest::newRow("unknown before sending") << QStringList{u"unknown"_s, u"settleFailed"_s} << u"failed"_s;
    QTest::newRow("timeout, not found, resent, confirmed")
        << QStringList{u"sent"_s, u"unknown"_s, u"resume"_s, u"sent"_s, u"confirm"_s} << u"confirmed"_s;
    QTest::newRow("connection refused") << QStringList{u"sent"_s, u"notSent"_s} << u"not_sent"_s;
    QTest::newRow("local check before sending") << QStringList{u"notSent"_s} << u"not_sent"_s;
}

void TstJournal::legalPaths()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, finalState);

    auto started = m_journal->begin(intent(u"order-1"_s));
    QVERIFY(started.ok());
    QVERIFY(started.value().isNew());
    QCOMPARE(started.value().entry.state, JournalState::Pending);
    CreatingCallPermit permit = std::move(*started.value().permit);
    const qint64 id = permit.entryId();
    for (const QString& step : steps) {
        LedgerResult<JournalEntry> result = LedgerError::make(LedgerError::Kind::Sql, u"unknown step"_s);
        if (step == u"sent"_s)
            result = m_journal->markSent(permit);
        else if (step == u"confirm"_s)
            result = m_journal->confirm(permit, u"gw-123"_s);
        else if (step == u"fail"_s)
            result = m_journal->fail(permit, u"400 invalid amount"_s);
        else if (step == u"notSent"_s)
            result = m_journal->markNotSent(permit, u"connection refused"_s);
        else if (step == u"unknown"_s)
            result = m_journal->markUnknown(permit);
        else if (step == u"settleFound"_s)
            result = m_journal->settleFound(id, u"gw-123"_s);
        else if (step == u"settleFailed"_s)
            result = m_journal->settleFailed(id, u"not created"_s);
        else if (step == u"resume"_s) {
            auto resumed = m_journal->resumeAfterNotFound(id);
            QVERIFY(resumed.ok());
            QCOMPARE(resumed.value().idempotencyKey(), u"order-1"_s);
            permit = std::move(resumed).value();
            result = m_journal->entry(id);
        }
        QVERIFY2(result.ok(), qPrintable(step + u": "_s + result.error().message));
    }
    const JournalEntry entry = m_journal->entry(id).value();
    QCOMPARE(journalStateId(entry.state), finalState);
    if (entry.state == JournalState::Confirmed)
        QCOMPARE(entry.gatewayId, u"gw-123"_s);
    else
        QVERIFY(!entry.failureReason.isEmpty());
    QCOMPARE(entry.attempts, steps.contains(u"resume"_s) ? 2 : 1);
    QCOMPARE(entry.idempotencyKey, u"order-1"_s);
    QVERIFY(entry.updated >= entry.created);
}

void TstJournal::illegalTransitionsAreRefused()
{
    auto started = m_journal->begin(intent(u"order-2"_s));
    QVERIFY(started.ok());
    const CreatingCallPermit& permit = *started.value().permit;
    const qint64 id = permit.entryId();
    auto kind = [](const auto& result) { return LedgerError::kindId(result.error().kind); };

    QCOMPARE(kind(m_journal->confirm(permit, u"gw"_s)), u"illegal_transition"_s); // pending → confirmed
    QCOMPARE(kind(m_journal->settleFound(id, u"gw"_s)), u"illegal_transition"_s); // not unknown
    QCOMPARE(kind(m_journal->resumeAfterNotFound(id)), u"illegal_transition"_s);
    QVERIFY(m_journal->markSent(permit).ok());
    QCOMPARE(kind(m_journal->markSent(permit)), u"illegal_transition"_s); // sent → sent
    QCOMPARE(kind(m_journal->settleFailed(id, u"x"_s)), u"illegal_transition"_s);
    QVERIFY(m_journal->confirm(permit, u"gw"_s).ok());
    QCOMPARE(kind(m_journal->markSent(permit)), u"illegal_transition"_s); // confirmed → sent
    QCOMPARE(kind(m_journal->fail(permit, u"x"_s)), u"illegal_transition"_s);
    QCOMPARE(kind(m_journal->markUnknown(permit)), u"illegal_transition"_s);
    QCOMPARE(kind(m_journal->settleFound(id, u"other"_s)), u"illegal_transition"_s);
    QCOMPARE(kind(m_journal->resumeAfterNotFound(id)), u"illegal_transition"_s);
    const JournalEntry entry = m_journal->entry(id).value();
    QCOMPARE(entry.state, JournalState::Confirmed);
    QCOMPARE(entry.gatewayId, u"gw"_s);
    const LedgerError refused = m_journal->markSent(permit).error();
    QVERIFY(refused.message.contains(u"confirmed"_s));
    QVERIFY(refused.message.contains(u"sent"_s));
}

void TstJournal::permitRules()
{
    auto started = m_journal->begin(intent(u"order-3"_s));
    QVERIFY(started.ok());
    CreatingCallPermit permit = std::move(*started.value().permit);
    QVERIFY(permit.isValid());
    QCOMPARE(permit.accountId(), u"a1"_s);
    QCOMPARE(permit.kind(), JournalKind::Invoice);
    QCOMPARE(permit.idempotencyKey(), u"order-3"_s);

    // A moved-from permit is spent.
    CreatingCallPermit moved = std::move(permit);
    QVERIFY(!permit.isValid()); // NOLINT(bugprone-use-after-move): checking the moved-from state on purpose
    QCOMPARE(m_journal->markSent(permit).error().kind, LedgerError::Kind::InvalidArgument);

    // A permit is only good with the journal session that issued it.
    auto otherLedger = Ledger::open(path());
    QVERIFY(otherLedger.ok());
    auto otherJournal = Journal::open(*otherLedger.value());
    QVERIFY(otherJournal.ok());
    QCOMPARE(otherJournal.value()->markSent(moved).error().kind, LedgerError::Kind::InvalidArgument);
    QCOMPARE(m_journal->entry(moved.entryId()).value().state, JournalState::Pending);

    // After an entry went unknown and was resumed, the old attempt's permit no longer counts.
    QVERIFY(m_journal->markSent(moved).ok());
    QVERIFY(m_journal->markUnknown(moved).ok());
    auto resumed = otherJournal.value()->resumeAfterNotFound(moved.entryId());
    QVERIFY(resumed.ok());
    QCOMPARE(resumed.value().idempotencyKey(), u"order-3"_s);
    QCOMPARE(m_journal->markSent(moved).error().kind, LedgerError::Kind::IllegalTransition);
    QVERIFY(otherJournal.value()->markSent(resumed.value()).ok());
    QCOMPARE(m_journal->confirm(moved, u"gw"_s).error().kind, LedgerError::Kind::IllegalTransition);
    QVERIFY(otherJournal.value()->confirm(resumed.value(), u"gw-9"_s).ok());
    QCOMPARE(m_journal->confirm(resumed.value(), u"gw"_s).error().kind, LedgerError::Kind::InvalidArgument);
    otherJournal.value().reset();
}

void TstJournal::reopenAfterNothingWasCreated_data()
{
    QTest::addColumn<bool>("reachedTheGateway");
    QTest::newRow("refused by the gateway (failed)") << true;
    QTest::newRow("never sent (not_sent)") << false;
}

void TstJournal::reopenAfterNothingWasCreated()
{
    QFETCH(bool, reachedTheGateway);
    auto started = m_journal->begin(intent(u"order-re"_s));
    CreatingCallPermit first = std::move(*started.value().permit);
    const qint64 id = first.entryId();
    QVERIFY(m_journal->markSent(first).ok());
    QVERIFY(reachedTheGateway ? m_journal->fail(first, u"422 amount too small"_s).ok()
                              : m_journal->markNotSent(first, u"connection refused"_s).ok());
    QVERIFY(createdNothing(m_journal->entry(id).value().state));
    QVERIFY(!isFinal(m_journal->entry(id).value().state));

    // The same key once more, with the corrected request: a new permit for the same entry and key.
    const QByteArray corrected = R"({"amount":"20.00","currency":"USD","order_id":"order-re"})";
    auto reopened = m_journal->reopen(id, corrected);
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
    CreatingCallPermit second = std::move(reopened).value();
    QCOMPARE(second.entryId(), id);
    QCOMPARE(second.idempotencyKey(), u"order-re"_s);
    JournalEntry entry = m_journal->entry(id).value();
    QCOMPARE(entry.state, JournalState::Pending);
    QCOMPARE(entry.attempts, 2);
    QCOMPARE(entry.requestJson, corrected);
    QVERIFY(!entry.failureReason.isEmpty()); // the earlier attempt's reason stays as history

    // Never two attempts in flight: a second reopen is refused while this one runs, and the old permit is spent.
    QCOMPARE(m_journal->reopen(id, corrected).error().kind, LedgerError::Kind::IllegalTransition);
    QCOMPARE(m_journal->markSent(first).error().kind, LedgerError::Kind::IllegalTransition);
    QVERIFY(m_journal->markSent(second).ok());
    QCOMPARE(m_journal->reopen(id, corrected).error().kind, LedgerError::Kind::IllegalTransition);
    QVERIFY(m_journal->confirm(second, u"gw-re"_s).ok());
    entry = m_journal->entry(id).value();
    QCOMPARE(entry.state, JournalState::Confirmed);
    QCOMPARE(entry.gatewayId, u"gw-re"_s);
    QCOMPARE(m_journal->reopen(id, corrected).error().kind, LedgerError::Kind::IllegalTransition);
}

void TstJournal::reopenOnlyWhenNothingWasCreated()
{
    auto started = m_journal->begin(intent(u"order-unk"_s));
    const CreatingCallPermit& permit = *started.value().permit;
    const qint64 id = permit.entryId();
    QVERIFY(m_journal->markSent(permit).ok());
    QVERIFY(m_journal->markUnknown(permit).ok());
    // An unknown outcome blocks the key until reconciliation settles it.
    QCOMPARE(m_journal->reopen(id, {}).error().kind, LedgerError::Kind::IllegalTransition);
    QVERIFY(m_journal->settleFailed(id, u"not created"_s).ok());
    QVERIFY(m_journal->reopen(id, {}).ok());
    QCOMPARE(m_journal->entry(id).value().attempts, 2);
    // A summary with a secret is refused as in begin().
    QCOMPARE(m_journal->reopen(id, R"({"api_key":"x"})").error().kind, LedgerError::Kind::InvalidArgument);
}

void TstJournal::duplicateKeyReturnsTheExistingEntry()
{
    auto first = m_journal->begin(intent(u"order-4"_s));
    QVERIFY(first.ok());
    QVERIFY(first.value().isNew());
    QVERIFY(m_journal->markSent(*first.value().permit).ok());

    auto again = m_journal->begin(intent(u"order-4"_s));
    QVERIFY(again.ok());
    QVERIFY(!again.value().isNew());
    QCOMPARE(again.value().entry.id, first.value().entry.id);
    QCOMPARE(again.value().entry.state, JournalState::Sent);

    // Once settled, the key still maps to that entry: never a second intent for one key.
    QVERIFY(m_journal->fail(*first.value().permit, u"rejected"_s).ok());
    auto afterFail = m_journal->begin(intent(u"order-4"_s));
    QVERIFY(!afterFail.value().isNew());
    QCOMPARE(afterFail.value().entry.state, JournalState::Failed);
    QCOMPARE(afterFail.value().entry.failureReason, u"rejected"_s);

    // The key is unique per account and kind.
    auto otherKind = m_journal->begin(intent(u"order-4"_s, JournalKind::Refund));
    QVERIFY(otherKind.value().isNew());
    auto otherAccount = m_journal->begin(intent(u"order-4"_s, JournalKind::Invoice, u"a2"_s));
    QVERIFY(otherAccount.value().isNew());
    QVERIFY(otherAccount.value().entry.id != first.value().entry.id);
    QCOMPARE(
        m_journal->entryByKey(u"a2"_s, JournalKind::Invoice, u"order-4"_s).value().id, otherAccount.value().entry.id);

    QCOMPARE(m_journal->begin(intent(u"order-5"_s, JournalKind::Invoice, u"no-such-account"_s)).error().kind,
        LedgerError::Kind::Constraint);
    QCOMPARE(m_journal->begin(intent(QString())).error().kind, LedgerError::Kind::InvalidArgument);
}

void TstJournal::manualSettlement_data()
{
    QTest::addColumn<QString>("gatewayId");
    QTest::addColumn<QString>("finalState");
    QTest::newRow("found by the merchant") << u"gw-77"_s << u"confirmed"_s;
    QTest::newRow("nothing was created") << QString() << u"not_sent"_s;
}

void TstJournal::manualSettlement()
{
    QFETCH(QString, gatewayId);
    QFETCH(QString, finalState);
    auto started = m_journal->begin(intent(u"order-m"_s));
    QVERIFY(started.ok());
    const CreatingCallPermit& permit = *started.value().permit;
    QVERIFY(m_journal->markSent(permit).ok());
    QVERIFY(m_journal->markUnknown(permit).ok());
    QVERIFY(m_journal->entry(permit.entryId()).value().settledBy.isEmpty());

    const auto settled = m_journal->settleManually(permit.entryId(), gatewayId, u"checked the gateway's dashboard"_s);
    QVERIFY2(settled.ok(), qPrintable(settled.error().message));
    const JournalEntry entry = m_journal->entry(permit.entryId()).value();
    QCOMPARE(journalStateId(entry.state), finalState);
    QCOMPARE(entry.gatewayId, gatewayId);
    QCOMPARE(entry.settledBy, u"manual"_s);
    QCOMPARE(entry.settleNote, u"checked the gateway's dashboard"_s);
    QVERIFY(entry.settledAt.isValid());
    QVERIFY(entry.settledAt >= entry.created);
    QVERIFY(m_journal->unknownEntries().value().isEmpty());
    if (gatewayId.isEmpty()) {
        // Nothing was created: the key is free again.
        QVERIFY(!entry.failureReason.isEmpty());
        QVERIFY(m_journal->reopen(entry.id, {}).ok());
    } else {
        QCOMPARE(m_journal->reopen(entry.id, {}).error().kind, LedgerError::Kind::IllegalTransition);
    }
}

void TstJournal::manualSettlementOnlyForUnknown()
{
    auto started = m_journal->begin(intent(u"order-n"_s));
    QVERIFY(started.ok());
    const CreatingCallPermit& permit = *started.value().permit;
    const qint64 id = permit.entryId();
    // In flight: never overruled by hand.
    QCOMPARE(m_journal->settleManually(id, u"gw"_s, {}).error().kind, LedgerError::Kind::IllegalTransition);
    QVERIFY(m_journal->markSent(permit).ok());
    QCOMPARE(m_journal->settleManually(id, {}, {}).error().kind, LedgerError::Kind::IllegalTransition);
    QVERIFY(m_journal->confirm(permit, u"gw-1"_s).ok());
    // Ended: neither.
    QCOMPARE(m_journal->settleManually(id, u"gw-2"_s, {}).error().kind, LedgerError::Kind::IllegalTransition);
    QCOMPARE(m_journal->entry(id).value().gatewayId, u"gw-1"_s);
    QVERIFY(m_journal->entry(id).value().settledBy.isEmpty());
    QCOMPARE(m_journal->settleManually(9999, u"gw"_s, {}).error().kind, LedgerError::Kind::NotFound);
    // A lookup's settlement is recorded as such.
    auto other = m_journal->begin(intent(u"order-o"_s));
    QVERIFY(other.ok());
    QVERIFY(m_journal->markUnknown(*other.value().permit).ok());
    QVERIFY(m_journal->settleFound(other.value().entry.id, u"gw-3"_s).ok());
    QCOMPARE(m_journal->entry(other.value().entry.id).value().settledBy, u"lookup"_s);
}

void TstJournal::openEntriesWithoutASession()
{
    auto a = m_journal->begin(intent(u"open-a"_s));
    auto b = m_journal->begin(intent(u"open-b"_s, JournalKind::Refund, u"a2"_s));
    auto c = m_journal->begin(intent(u"done-c"_s));
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(m_journal->markUnknown(*a.value().permit).ok());
    QVERIFY(m_journal->markSent(*c.value().permit).ok());
    QVERIFY(m_journal->confirm(*c.value().permit, u"gw-c"_s).ok());

    const auto keys = [](const QList<JournalEntry>& entries) {
        QStringList list;
        for (const JournalEntry& e : entries)
            list << e.idempotencyKey;
        return list;
    };
    QCOMPARE(keys(Journal::entries(*m_ledger).value()), (QStringList{u"open-a"_s, u"open-b"_s}));
    QCOMPARE(keys(Journal::entries(*m_ledger, true, u"a2"_s).value()), QStringList{u"open-b"_s});
    QCOMPARE(keys(Journal::entries(*m_ledger, false).value()), (QStringList{u"open-a"_s, u"open-b"_s, u"done-c"_s}));
    // Reading made no session: only this test's own lock file is there.
    QCOMPARE(QDir(path() + u"-sessions"_s).entryList({u"*.lock"_s}, QDir::Files).size(), 1);
}

void TstJournal::secretsAreRefused()
{
    const QList<QByteArray> withSecrets{R"({"amount":"1","api_key":"k"})", R"({"headers":{"sign":"abc"}})",
        R"({"list":[{"X-Processing-Signature":"s"}]})", R"({"payoutKey":1,"webhook_secret":"s"})"};
    for (const QByteArray& json : withSecrets) {
        JournalIntent i = intent(u"order-s"_s);
        i.requestJson = json;
        QVERIFY2(Journal::containsSecretField(json), json.constData());
        QCOMPARE(m_journal->begin(i).error().kind, LedgerError::Kind::InvalidArgument);
    }
    JournalIntent notJson = intent(u"order-s"_s);
    notJson.requestJson = "amount=1";
    QCOMPARE(m_journal->begin(notJson).error().kind, LedgerError::Kind::InvalidArgument);
    QCOMPARE(
        m_journal->entryByKey(u"a1"_s, JournalKind::Invoice, u"order-s"_s).error().kind, LedgerError::Kind::NotFound);

    const QByteArray clean = R"({"amount":"1","currency":"USDT","order_id":"o","url_callback":"https://x"})";
    QVERIFY(!Journal::containsSecretField(clean));
    JournalIntent ok = intent(u"order-s"_s);
    ok.requestJson = clean;
    auto started = m_journal->begin(ok);
    QVERIFY(started.ok());
    QCOMPARE(started.value().entry.requestJson, clean);
}

void TstJournal::crashBetweenIntentAndSentLeavesUnknown()
{
    // Release this process's ledger first so the child sees a quiet file (not required by WAL, but realistic).
    m_journal.reset();
    m_ledger.reset();

    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"--crash-after-intent"_s, path(), u"order-crash"_s});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == kCrashExitCode, child.readAllStandardError().constData());
    bool ok = false;
    const qint64 childEntry = child.readAllStandardOutput().trimmed().toLongLong(&ok);
    QVERIFY(ok);
    QVERIFY(QFile::exists(path() + u"-sessions"_s)); // the dead session's lock file was left behind

    auto ledger = Ledger::open(path());
    QVERIFY(ledger.ok());
    m_ledger = std::move(ledger).value();
    auto journal = Journal::open(*m_ledger);
    QVERIFY(journal.ok());
    m_journal = std::move(journal).value();
    QCOMPARE(m_journal->recoveredOnOpen(), 1);

    const auto unknown = m_journal->unknownEntries().value();
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.at(0).id, childEntry);
    QCOMPARE(unknown.at(0).idempotencyKey, u"order-crash"_s);
    QCOMPARE(unknown.at(0).state, JournalState::Unknown);
    QCOMPARE(m_journal->unknownEntries(u"a2"_s).value().size(), 0);
    // Beginning the same key again gives the unknown entry, not a second intent.
    QVERIFY(!m_journal->begin(intent(u"order-crash"_s)).value().isNew());

    // Reconciliation: the gateway does not know "order-crash", so send again with the SAME key.
    auto permit = m_journal->resumeAfterNotFound(childEntry);
    QVERIFY(permit.ok());
    QCOMPARE(permit.value().idempotencyKey(), u"order-crash"_s);
    QCOMPARE(permit.value().entryId(), childEntry);
    QVERIFY(m_journal->markSent(permit.value()).ok());
    QVERIFY(m_journal->markUnknown(permit.value()).ok()); // timed out again
    // This time the lookup finds it.
    const auto settled = m_journal->settleFound(childEntry, u"uuid-777"_s);
    QVERIFY(settled.ok());
    QCOMPARE(settled.value().state, JournalState::Confirmed);
    QCOMPARE(settled.value().gatewayId, u"uuid-777"_s);
    QCOMPARE(settled.value().attempts, 2);
    QVERIFY(m_journal->unknownEntries().value().isEmpty());
    // The dead session's lock file is gone; only ours is left.
    QCOMPARE(QDir(path() + u"-sessions"_s).entryList(QDir::Files).size(), 1);
}

void TstJournal::liveSessionsAreNotRecovered()
{
    auto started = m_journal->begin(intent(u"order-live"_s));
    QVERIFY(started.ok());
    auto secondLedger = Ledger::open(path());
    QVERIFY(secondLedger.ok());
    auto secondJournal = Journal::open(*secondLedger.value());
    QVERIFY(secondJournal.ok());
    QCOMPARE(secondJournal.value()->recoveredOnOpen(), 0);
    QCOMPARE(secondJournal.value()->entry(started.value().entry.id).value().state, JournalState::Pending);
    QVERIFY(m_journal->markSent(*started.value().permit).ok());
    secondJournal.value().reset();

    // A session that ended without settling (clean shutdown mid-request) is recovered by the next open.
    m_journal.reset();
    auto third = Journal::open(*m_ledger);
    QVERIFY(third.ok());
    QCOMPARE(third.value()->recoveredOnOpen(), 1);
    QCOMPARE(third.value()->unknownEntries().value().size(), 1);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--crash-after-intent") == 0)
        return crashAfterIntent(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TstJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_Journal.moc"
