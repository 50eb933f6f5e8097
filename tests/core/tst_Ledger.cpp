#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "tests/core/LedgerTestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::testdata;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList dirEntries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

QStringList idsOf(const QList<Payment>& payments)
{
    QStringList ids;
    for (const Payment& p : payments)
        ids << p.id;
    return ids;
}

// Runs SQL on a plain connection of its own (what an older build or another program would do to the file).
bool rawExec(const QString& path, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

std::unique_ptr<Ledger> openLedger(const QString& path)
{
    auto ledger = Ledger::open(path);
    if (!ledger) {
        qWarning() << ledger.error().message << ledger.error().detail;
        return {};
    }
    return std::move(ledger).value();
}

} // namespace

class TstLedger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void createsFileInWalModeWithForeignKeys();
    void migratesVersion1FileKeepingData();
    void damagedOlderLedgerIsRefusedUntouched();
    void migratesVersion2FileWithValuationEmpty();
    void migratesVersion3JournalKeepingEntries();
    void migratesVersion4PaymentsUnlinked();
    void depositsAreLinkedToTheirAddress();
    void tooNewFileIsLeftUntouched();
    void unreadableFileIsLeftUntouched_data();
    void unreadableFileIsLeftUntouched();
    void accountsCrud();
    void upsertReportsInsertedChangedUnchanged();
    void failedBatchRollsBack();
    void rawJsonIsKeptByteForByte();
    void amountsBeyond64BitsAreExactText();
    void timesRoundTripAsUtc();
    void paymentValuationRoundTrips();
    void queryFilters_data();
    void queryFilters();
    void queryByMode();
    void countsPerStatus();
    void otherRecordsRoundTrip();
    void balanceSnapshotsPerSync();
    void syncStateRoundTrip();
    void streamingReaderDoesNotNeedAList();
    void paymentFiguresAreTheLeanFields();
    void removingAnAccountCascades();
    void secondThreadOpensItsOwnLedger();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"ledger.sqlite"_s); }
};

void TstLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstLedger::createsFileInWalModeWithForeignKeys()
{
    {
        auto ledger = openLedger(path());
        QVERIFY(ledger);
        QVERIFY(QFile::exists(path()));
        QCOMPARE(ledger->openedFromVersion(), 0);
        QCOMPARE(ledger->schemaVersion().value(), Ledger::kCurrentVersion);
        QCOMPARE(ledger->journalMode().value(), u"wal"_s);
        QCOMPARE(ledger->foreignKeysEnabled().value(), true);
    }
    auto again = openLedger(path());
    QVERIFY(again);
    QCOMPARE(again->openedFromVersion(), Ledger::kCurrentVersion);
    QVERIFY(Ledger::createAtVersion(path(), 1).error().kind == LedgerError::Kind::InvalidArgument);
}

void TstLedger::migratesVersion1FileKeepingData()
{
    QVERIFY(Ledger::createAtVersion(path(), 1).ok());
    // Data as the version 1 build wrote it.
    QVERIFY(rawExec(path(),
        {u"INSERT INTO accounts (id, name, gateway, base_url, live_mode, created) "
         u"VALUES ('a1', 'shop', 'cryptomus', 'https://api.cryptomus.com/v1', 1, 1700000000000)"_s,
            u"INSERT INTO payments (account_id, id, gateway, order_id, amount, amount_currency, status, raw_status, "
            u"created, live_mode, raw_json) VALUES ('a1', 'p1', 'cryptomus', 'o-1', '12.50', 'USDT', 'paid', 'paid', "
            u"1700000001000, 1, X'7B2261223A317D')"_s}));
    {
        QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s).setDatabaseName(path());
        {
            QSqlDatabase db = QSqlDatabase::database(u"check"_s);
            QSqlQuery q(u"PRAGMA user_version"_s, db);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QCOMPARE(ledger->openedFromVersion(), 1);
    QCOMPARE(ledger->schemaVersion().value(), Ledger::kCurrentVersion);
    const auto p = ledger->payment(u"a1"_s, u"p1"_s);
    QVERIFY2(p.ok(), qPrintable(p.error().detail));
    QCOMPARE(p.value().orderId, u"o-1"_s);
    QCOMPARE(p.value().amount.amount.toString(), u"12.50"_s);
    QCOMPARE(p.value().amount.currency, u"USDT"_s);
    QCOMPARE(p.value().status, PaymentStatus::Paid);
    QCOMPARE(p.value().created, utc(1700000001000));
    QCOMPARE(p.value().rawJson, QByteArray("{\"a\":1}"));
    QCOMPARE(ledger->account(u"a1"_s).value().name, u"shop"_s);
    // The migrated row takes part in change detection like a new one.
    const auto same = ledger->upsertPayments({p.value()});
    QCOMPARE(same.value().unchanged, QStringList{u"p1"_s});
    // Version 2 tables exist and work.
    QVERIFY(ledger->saveSyncState(SyncState{u"a1"_s, u"payments"_s, u"c1"_s, {}, {}, {}}).ok());
}

void TstLedger::damagedOlderLedgerIsRefusedUntouched()
{
    // A format 1 ledger whose payments table is damaged: the upgrade's CREATE INDEX cannot read it. Found by
    // fuzz_ledgerfile: the open turned on WAL mode (and migrated partly) before the upgrade failed, so the refused
    // file was changed on disk.
    QVERIFY(Ledger::createAtVersion(path(), 1).ok());
    QVERIFY(rawExec(path(),
        {u"INSERT INTO accounts (id, name, gateway, base_url, live_mode, created) "
         u"VALUES ('a1', 'shop', 'cryptomus', 'https://api.cryptomus.com/v1', 1, 1700000000000)"_s,
            u"INSERT INTO payments (account_id, id, gateway, order_id, amount, amount_currency, status, raw_status, "
            u"created, live_mode, raw_json) VALUES ('a1', 'p1', 'cryptomus', 'o-1', '12.50', 'USDT', 'paid', 'paid', "
            u"1700000001000, 1, X'7B2261223A317D')"_s,
            // As a copy made with sqlite3's .backup or VACUUM INTO is: in rollback-journal mode.
            u"PRAGMA journal_mode = DELETE"_s}));
    qint64 pageSize = 0;
    qint64 rootPage = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
            pageSize = q.value(0).toLongLong();
            QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'payments'"_s) && q.next());
            rootPage = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    QVERIFY(pageSize > 0 && rootPage > 1);
    QByteArray bytes;
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((rootPage - 1) * pageSize));
        QVERIFY(file.write("\xFF", 1) == 1); // not a b-tree page type
        QVERIFY(file.seek(0));
        bytes = file.readAll();
    }

    const auto refused = Ledger::open(path());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, LedgerError::Kind::Corrupt);
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == bytes);
    QVERIFY(!QFileInfo::exists(path() + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(path() + u"-shm"_s));
    QVERIFY(!QFileInfo::exists(path() + u"-journal"_s));
}

void TstLedger::migratesVersion2FileWithValuationEmpty()
{
    QVERIFY(Ledger::createAtVersion(path(), 2).ok());
    // A payment as the version 2 build wrote it: no valuation columns yet.
    QVERIFY(rawExec(path(),
        {u"INSERT INTO accounts (id, name, gateway, base_url, live_mode, created) "
         u"VALUES ('a1', 'shop', 'bucksbus', 'https://api.bucksbus.com/int', 0, 1700000000000)"_s,
            u"INSERT INTO payments (account_id, id, gateway, order_id, amount, amount_currency, pay_amount, "
            u"pay_currency, paid_amount, paid_currency, status, raw_status, created, live_mode, raw_json, revision) "
            u"VALUES ('a1', 'p1', 'bucksbus', 'o-1', '100', 'USD', '0.00370885', 'BTC', '0.00370885', 'BTC', "
            u"'paid', 'COMPLETE', 1700000001000, 0, X'7B7D', 4)"_s}));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        {
            QSqlQuery q(u"SELECT count(*) FROM pragma_table_info('payments') WHERE name = 'exchange_rate'"_s, db);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0); // really a version 2 file
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QCOMPARE(ledger->openedFromVersion(), 2);
    QCOMPARE(ledger->schemaVersion().value(), Ledger::kCurrentVersion);
    const auto p = ledger->payment(u"a1"_s, u"p1"_s);
    QVERIFY2(p.ok(), qPrintable(p.error().detail));
    QCOMPARE(p.value().amount, (Money{dec("100"), u"USD"_s}));
    QCOMPARE(p.value().paid.amount.toString(), u"0.00370885"_s);
    // The new columns exist and are empty: "not given", never zero.
    QVERIFY(!p.value().exchangeRate.has_value());
    QVERIFY(!p.value().exchangeRateTime.isValid());
    QCOMPARE(p.value().paidValue, Money{});
    QCOMPARE(p.value().fee, Money{});
    QCOMPARE(p.value().credited, Money{});
    // Re-syncing the same record without valuation is no change; with it, it is one.
    QCOMPARE(ledger->upsertPayments({p.value()}).value().unchanged, QStringList{u"p1"_s});
    Payment valued = p.value();
    valued.exchangeRate = dec("0.00003708847905797581");
    valued.paidValue = Money{dec("100"), u"USD"_s};
    QCOMPARE(ledger->upsertPayments({valued}).value().changed, QStringList{u"p1"_s});
    QCOMPARE(*ledger->payment(u"a1"_s, u"p1"_s).value().exchangeRate, dec("0.00003708847905797581"));
}

void TstLedger::migratesVersion3JournalKeepingEntries()
{
    QVERIFY(Ledger::createAtVersion(path(), 3).ok());
    // An entry as the version 3 build wrote it: unknown, no settlement columns yet.
    QVERIFY(rawExec(path(),
        {u"INSERT INTO accounts (id, name, gateway, base_url, live_mode, created) "
         u"VALUES ('a1', 'shop', 'cryptomus', 'https://api.cryptomus.com', 0, 1700000000000)"_s,
            u"INSERT INTO journal (account_id, kind, idempotency_key, request_json, state, gateway_id, "
            u"failure_reason, session, attempts, created, updated) VALUES ('a1', 'withdrawal', 'PW-1', X'7B7D', "
            u"'unknown', NULL, NULL, 'dead-session', 1, 1700000001000, 1700000002000)"_s}));

    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QCOMPARE(ledger->openedFromVersion(), 3);
    QCOMPARE(ledger->schemaVersion().value(), Ledger::kCurrentVersion);
    const auto open = Journal::entries(*ledger);
    QVERIFY2(open.ok(), qPrintable(open.error().detail));
    QCOMPARE(open.value().size(), 1);
    const JournalEntry entry = open.value().first();
    QCOMPARE(entry.idempotencyKey, u"PW-1"_s);
    QCOMPARE(entry.state, JournalState::Unknown);
    QVERIFY(entry.settledBy.isEmpty());
    QVERIFY(!entry.settledAt.isValid());
    // And the migrated entry can be settled by hand.
    auto journal = Journal::open(*ledger);
    QVERIFY(journal.ok());
    QVERIFY(journal.value()->settleManually(entry.id, {}, u"never paid out"_s).ok());
    QCOMPARE(journal.value()->entry(entry.id).value().settledBy, u"manual"_s);
}

void TstLedger::migratesVersion4PaymentsUnlinked()
{
    QVERIFY(Ledger::createAtVersion(path(), 4).ok());
    QVERIFY(rawExec(path(),
        {u"INSERT INTO accounts (id, name, gateway, base_url, live_mode, created) "
         u"VALUES ('a1', 'shop', 'bucksbus', 'https://api.bucksbus.com/int', 0, 1700000000000)"_s,
            u"INSERT INTO payments (account_id, id, gateway, status, address, created) "
            u"VALUES ('a1', 'p1', 'bucksbus', 'paid', 'bc1qold', 1700000001000)"_s}));
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QCOMPARE(ledger->openedFromVersion(), 4);
    QCOMPARE(ledger->payment(u"a1"_s, u"p1"_s).value().addressId, QString());
    QVERIFY(ledger->addressActivity().value().isEmpty());
}

// A deposit names its address by id (v10.2, CryptoProcessing) or, for Cryptomus, by its text only: the ledger links
// it to the account's address with that text. Only that account's addresses count, and only Cryptomus is matched
// by text (a v10.2 pool address can come back for another payment after its dedicate was released).
void TstLedger::depositsAreLinkedToTheirAddress()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"shop"_s)).ok());
    QVERIFY(ledger->addAccount(account(u"a2"_s, u"other"_s)).ok());
    QVERIFY(ledger->addAccount(account(u"b1"_s, u"bb"_s, Gateway::BucksBus)).ok());
    DedicatedAddress wallet;
    wallet.accountId = u"a1"_s;
    wallet.gateway = Gateway::Cryptomus;
    wallet.id = u"w1"_s;
    wallet.address = u"TWallet1"_s;
    wallet.currency = u"USDT"_s;
    DedicatedAddress dedicate = wallet;
    dedicate.accountId = u"b1"_s;
    dedicate.gateway = Gateway::BucksBus;
    dedicate.id = u"d1"_s;
    dedicate.address = u"TPool1"_s;
    QVERIFY(ledger->upsertDedicatedAddresses({wallet, dedicate}).ok());

    Payment toWallet = payment(u"a1"_s, u"p1"_s, 1'700'000'000'000, PaymentStatus::Paid, "15", u"USDT"_s);
    toWallet.address = wallet.address;
    toWallet.paid = Money{dec("15"), u"USDT"_s};
    Payment elsewhere = toWallet; // the same text on another account is not that address
    elsewhere.accountId = u"a2"_s;
    Payment confirming = toWallet;
    confirming.id = u"p2"_s;
    confirming.status = PaymentStatus::Processing;
    confirming.updated = utc(1'700'000'900'000);
    Payment reusedPoolAddress = toWallet;
    reusedPoolAddress.accountId = u"b1"_s;
    reusedPoolAddress.gateway = Gateway::BucksBus;
    reusedPoolAddress.address = dedicate.address;
    Payment onDedicate = reusedPoolAddress;
    onDedicate.id = u"p3"_s;
    onDedicate.addressId = dedicate.id;
    onDedicate.paid = Money{dec("0.001"), u"BTC"_s};
    QVERIFY(ledger->upsertPayments({toWallet, elsewhere, confirming, reusedPoolAddress, onDedicate}).ok());

    QCOMPARE(ledger->payment(u"a1"_s, u"p1"_s).value().addressId, u"w1"_s);
    QCOMPARE(ledger->payment(u"a2"_s, u"p1"_s).value().addressId, QString());
    QCOMPARE(ledger->payment(u"b1"_s, u"p1"_s).value().addressId, QString());
    // Linked once, unchanged when the same list item comes again without the link.
    QCOMPARE(ledger->upsertPayments({toWallet}).value().unchanged, QStringList{u"p1"_s});

    PaymentQuery query;
    query.accountIds = {u"a1"_s};
    query.addressId = u"w1"_s;
    QCOMPARE(ledger->countPayments(query).value(), 2);
    const auto activity = ledger->addressActivity();
    QVERIFY(activity.ok());
    QCOMPARE(activity.value().size(), 2);
    QCOMPARE(activity.value().at(0).addressId, u"w1"_s);
    QCOMPARE(activity.value().at(0).deposits, 2);
    QCOMPARE(activity.value().at(0).confirming, 1);
    QCOMPARE(activity.value().at(0).received, QList<Money>{Money(dec("15"), u"USDT"_s)});
    QCOMPARE(activity.value().at(0).lastActivity, utc(1'700'000'900'000));
    QCOMPARE(activity.value().at(1).addressId, u"d1"_s);
    QCOMPARE(activity.value().at(1).received, QList<Money>{Money(dec("0.001"), u"BTC"_s)});
    QCOMPARE(ledger->addressActivity({u"a2"_s}).value().size(), 0);
}

void TstLedger::tooNewFileIsLeftUntouched()
{
    {
        auto ledger = openLedger(path());
        QVERIFY(ledger);
        QVERIFY(ledger->addAccount(account(u"a1"_s, u"shop"_s)).ok());
    }
    QVERIFY(rawExec(path(), {u"PRAGMA user_version = 99"_s}));
    const QStringList filesBefore = dirEntries(m_dir->path());
    const QByteArray hashBefore = fileHash(path());
    QVERIFY(!hashBefore.isEmpty());

    const auto opened = Ledger::open(path());
    QVERIFY(!opened.ok());
    QCOMPARE(LedgerError::kindId(opened.error().kind), u"too_new"_s);
    QVERIFY(opened.error().message.contains(u"newer version"_s));
    QCOMPARE(fileHash(path()), hashBefore);
    QCOMPARE(dirEntries(m_dir->path()), filesBefore);
}

void TstLedger::unreadableFileIsLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("random bytes") << u"random"_s << u"corrupt"_s;
    QTest::newRow("text file") << u"text"_s << u"corrupt"_s;
    QTest::newRow("sqlite header only") << u"header"_s << u"corrupt"_s;
    QTest::newRow("truncated mid-page") << u"truncatedOdd"_s << u"corrupt"_s;
    QTest::newRow("truncated to whole pages") << u"truncatedPages"_s << u"corrupt"_s;
    QTest::newRow("damaged schema page") << u"damaged"_s << u"corrupt"_s;
    QTest::newRow("another application's SQLite file") << u"foreign"_s << u"not_a_ledger"_s;
}

void TstLedger::unreadableFileIsLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedError);

    QByteArray bytes;
    if (kind == u"random"_s) {
        bytes.resize(8192);
        QRandomGenerator generator(42);
        for (char& c : bytes)
            c = static_cast<char>(generator.bounded(256));
    } else if (kind == u"text"_s) {
        bytes = "id,amount\n1,15.00\n";
    } else if (kind == u"foreign"_s) {
        QVERIFY(rawExec(path(), {u"CREATE TABLE notes (body TEXT)"_s, u"INSERT INTO notes VALUES ('x')"_s}));
    } else {
        // A real ledger with enough rows for several pages.
        {
            auto ledger = openLedger(path());
            QVERIFY(ledger);
            QVERIFY(ledger->addAccount(account(u"a1"_s, u"shop"_s)).ok());
            QList<Payment> batch;
            for (int i = 0; i < 300; ++i)
                batch << payment(u"a1"_s, u"p%1"_s.arg(i), 1'700'000'000'000 + i);
            QVERIFY(ledger->upsertPayments(batch).ok());
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray full = file.readAll();
        file.close();
        QVERIFY(full.size() > 8 * 4096);
        if (kind == u"header"_s)
            bytes = full.left(100);
        else if (kind == u"truncatedOdd"_s)
            bytes = full.left(full.size() / 2 + 123);
        else if (kind == u"truncatedPages"_s)
            bytes = full.left(4096 * 3);
        else if (kind == u"damaged"_s) {
            bytes = full;
            for (int i = 100; i < 4096; ++i)
                bytes[i] = static_cast<char>(0xA5);
        }
        QVERIFY(QFile::remove(path()));
    }
    if (!bytes.isEmpty()) {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    const QStringList filesBefore = dirEntries(m_dir->path());
    const QByteArray hashBefore = fileHash(path());

    const auto opened = Ledger::open(path());
    QVERIFY(!opened.ok());
    QCOMPARE(LedgerError::kindId(opened.error().kind), expectedError);
    QVERIFY(!opened.error().message.isEmpty());
    QVERIFY(opened.error().message.contains(path()));
    QCOMPARE(fileHash(path()), hashBefore);
    QCOMPARE(dirEntries(m_dir->path()), filesBefore);
}

void TstLedger::accountsCrud()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    const Account a = account(u"a1"_s, u"shop-eu"_s, Gateway::BucksBus);
    QVERIFY(ledger->addAccount(a).ok());
    QVERIFY(ledger->addAccount(account(u"a2"_s, u"shop-us"_s)).ok());
    QCOMPARE(ledger->account(u"a1"_s).value(), a);
    QCOMPARE(ledger->accountByName(u"shop-eu"_s).value().id, u"a1"_s);

    const auto duplicate = ledger->addAccount(account(u"a3"_s, u"shop-eu"_s));
    QCOMPARE(duplicate.error().kind, LedgerError::Kind::Constraint);
    QVERIFY(duplicate.error().message.contains(u"shop-eu"_s));
    QVERIFY(!duplicate.error().detail.isEmpty());

    Account renamed = a;
    renamed.name = u"shop-de"_s;
    renamed.liveMode = false;
    QVERIFY(ledger->updateAccount(renamed).ok());
    QCOMPARE(ledger->account(u"a1"_s).value(), renamed);
    renamed.name = u"shop-us"_s;
    QCOMPARE(ledger->updateAccount(renamed).error().kind, LedgerError::Kind::Constraint);
    Account ghost = a;
    ghost.id = u"nope"_s;
    ghost.name = u"ghost"_s;
    QCOMPARE(ledger->updateAccount(ghost).error().kind, LedgerError::Kind::NotFound);

    const auto all = ledger->accounts().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, u"shop-de"_s);
    QVERIFY(ledger->removeAccount(u"a2"_s).ok());
    QCOMPARE(ledger->removeAccount(u"a2"_s).error().kind, LedgerError::Kind::NotFound);
    QCOMPARE(ledger->account(u"a2"_s).error().kind, LedgerError::Kind::NotFound);
}

void TstLedger::upsertReportsInsertedChangedUnchanged()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"shop"_s)).ok());
    const Payment p1 = payment(u"a1"_s, u"p1"_s, 1000);
    const Payment p2 = payment(u"a1"_s, u"p2"_s, 2000);
    const Payment p3 = payment(u"a1"_s, u"p3"_s, 3000);
    const auto first = ledger->upsertPayments({p1, p2, p3});
    QVERIFY(first.ok());
    QCOMPARE(first.value().inserted, (QStringList{u"p1"_s, u"p2"_s, u"p3"_s}));
    QVERIFY(first.value().changed.isEmpty());
    QVERIFY(first.value().unchanged.isEmpty());

    Payment p1Paid = p1;
    p1Paid.status = PaymentStatus::Paid;
    p1Paid.rawStatus = u"paid"_s;
    Payment p3Raw = p3;
    p3Raw.rawJson = p3.rawJson + ' '; // only the raw JSON differs
    const Payment p4 = payment(u"a1"_s, u"p4"_s, 4000);
    const auto second = ledger->upsertPayments({p1Paid, p2, p3Raw, p4});
    QVERIFY(second.ok());
    QCOMPARE(second.value().inserted, QStringList{u"p4"_s});
    QCOMPARE(second.value().changed, (QStringList{u"p1"_s, u"p3"_s}));
    QCOMPARE(second.value().unchanged, QStringList{u"p2"_s});
    QCOMPARE(ledger->payment(u"a1"_s, u"p1"_s).value(), p1Paid);
    QCOMPARE(ledger->payment(u"a1"_s, u"p3"_s).value(), p3Raw);

    // "15.00" and "15.0" are the same number but different text: the gateway changed its answer, keep it.
    Payment p2Rescaled = p2;
    p2Rescaled.amount.amount = dec("15.0");
    QCOMPARE(ledger->upsertPayments({p2Rescaled}).value().changed, QStringList{u"p2"_s});
    QCOMPARE(ledger->payment(u"a1"_s, u"p2"_s).value().amount.amount.toString(), u"15.0"_s);
    QVERIFY(ledger->upsertPayments({}).value().total() == 0);
}

void TstLedger::failedBatchRollsBack()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"shop"_s)).ok());
    const auto result = ledger->upsertPayments({payment(u"a1"_s, u"p1"_s, 1000), payment(u"zz"_s, u"p2"_s, 2000)});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, LedgerError::Kind::Constraint);
    QCOMPARE(ledger->countPayments({}).value(), 0);
    QCOMPARE(
        ledger->upsertPayments({payment(u"a1"_s, QString(), 1000)}).error().kind, LedgerError::Kind::InvalidArgument);
}

void TstLedger::rawJsonIsKeptByteForByte()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"shop"_s)).ok());
    Payment p = payment(u"a1"_s, u"p1"_s, 1000);
    // Odd spacing, key order, escapes, raw UTF-8, a number beyond double precision, a NUL byte.
    static constexpr char kRaw[] = "{ \"z\":1,\n\t\"amount\" : 12345678901234567890.123456789012345678,"
                                   "\"note\":\"caf\xc3\xa9 \\u00e9 \\\"q\\\"\", \"a\":[ ] }\0tail";
    p.rawJson = QByteArray(kRaw, sizeof(kRaw) - 1);
    QVERIFY(p.rawJson.contains('\0'));
    QVERIFY(ledger->upsertPayments({p}).ok());
    QCOMPARE(ledger->payment(u"a1"_s, u"p1"_s).value().rawJson, p.rawJson);
    QCOMPARE(ledger->payment(u"a1"_s, u"p1"_s).value().rawJson.size(), qsizetype(sizeof(kRaw) - 1));
}

void TstLedger::amountsBeyond64BitsAreExactText()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"shop"_s)).ok());
    // 38 significant digits: as minor units at 18 decimals this is far beyond 2^64.
    Payment p
        = payment(u"a1"_s, u"p1"_s, 1000, PaymentStatus::Paid, "98765432109876543210.123456789012345678", u"CRO"_s);
    p.paid = Money{dec("-0.000000000000000001"), u"CRO"_s};
    QVERIFY(ledger->upsertPayments({p}).ok());
    const Payment back = ledger->payment(u"a1"_s, u"p1"_s).value();
    QCOMPARE(back.amount.amount.toString(), u"98765432109876543210.123456789012345678"_s);
    QVERIFY(back.amount.amount.isIdenticalTo(p.amount.amount));
    QCOMPARE(back.paid.amount.toString(), u"-0.000000000000000001"_s);
    QCOMPARE(back.refunded, Money{}); // empty money stays empty (NULL), not "0"

    // Look at the stored column through a second connection (WAL: it reads while the ledger is open).
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
    db.setDatabaseName(path());
    QVERIFY(db.open());
    {
        QSqlQuery q(u"SELECT typeof(amount), amount, typeof(refunded_amount) FROM payments"_s, db);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"text"_s);
        QCOMPARE(q.value(1).toString(), u"98765432109876543210.123456789012345678"_s);
        QCOMPARE(q.value(2).toString(), u"null"_s);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"peek"_s);
}

void TstLedger::paymentValuationRoundTrips()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"shop"_s)).ok());
    Payment p = payment(u"a1"_s, u"p1"_s, 1000, PaymentStatus::Paid, "100", u"USD"_s);
    p.exchangeRate = dec("0.00003708847905797581");
    p.exchangeRateTime = utc(1'685'714'613'000);
    p.paidValue = Money{dec("100.00"), u"USD"_s};
    p.fee = Money{dec("0.00000297"), u"BTC"_s};
    p.credited = Money{dec("0.00370588"), u"BTC"_s};
    Payment zeroRate = payment(u"a1"_s, u"p2"_s, 2000);
    zeroRate.exchangeRate = dec("0.000"); // a given zero is kept, distinct from "not given"
    zeroRate.fee = Money{dec("0"), u"USDT"_s};
    Payment none = payment(u"a1"_s, u"p3"_s, 3000);
    QVERIFY(ledger->upsertPayments({p, zeroRate, none}).ok());

    const Payment back = ledger->payment(u"a1"_s, u"p1"_s).value();
    QCOMPARE(back, p);
    QVERIFY(back.exchangeRate->isIdenticalTo(*p.exchangeRate));
    QCOMPARE(back.exchangeRate->toString(), u"0.00003708847905797581"_s);
    QCOMPARE(back.exchangeRateTime, utc(1'685'714'613'000));
    QCOMPARE(back.paidValue.amount.toString(), u"100.00"_s);
    QCOMPARE(back.fee, (Money{dec("0.00000297"), u"BTC"_s}));
    QCOMPARE(back.credited, (Money{dec("0.00370588"), u"BTC"_s}));

    const Payment backZero = ledger->payment(u"a1"_s, u"p2"_s).value();
    QVERIFY(backZero.exchangeRate.has_value());
    QCOMPARE(backZero.exchangeRate->toString(), u"0.000"_s);
    QCOMPARE(backZero.fee, (Money{dec("0"), u"USDT"_s}));
    const Payment backNone = ledger->payment(u"a1"_s, u"p3"_s).value();
    QCOMPARE(backNone, none);
    QVERIFY(!backNone.exchangeRate.has_value());

    // Dropping a value the gateway gave before is a change, and is stored as NULL again.
    Payment dropped = back;
    dropped.fee = Money{};
    QCOMPARE(ledger->upsertPayments({dropped}).value().changed, QStringList{u"p1"_s});
    QCOMPARE(ledger->payment(u"a1"_s, u"p1"_s).value().fee, Money{});

    // Stored as exact text (NULL when not given), never as a REAL.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
    db.setDatabaseName(path());
    QVERIFY(db.open());
    {
        QSqlQuery q(u"SELECT typeof(exchange_rate), exchange_rate, typeof(fee_amount) FROM payments ORDER BY id"_s, db);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"text"_s);
        QCOMPARE(q.value(1).toString(), u"0.00003708847905797581"_s);
        QCOMPARE(q.value(2).toString(), u"null"_s);
        QVERIFY(q.next());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"null"_s);
        // A damaged rate is reported, never read as "not given" or zero.
        QVERIFY(q.exec(u"UPDATE payments SET exchange_rate = '1e-5' WHERE id = 'p2'"_s));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"peek"_s);
    const auto damaged = ledger->payment(u"a1"_s, u"p2"_s);
    QVERIFY(!damaged.ok());
    QCOMPARE(damaged.error().kind, LedgerError::Kind::Corrupt);
    QVERIFY2(damaged.error().detail.contains(u"exchange_rate"_s), qPrintable(damaged.error().detail));
}

void TstLedger::timesRoundTripAsUtc()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"shop"_s)).ok());
    Payment p = payment(u"a1"_s, u"p1"_s, 0);
    p.created = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 123), Qt::OffsetFromUTC, 5 * 3600 + 1800);
    p.updated = QDateTime(QDate(1969, 12, 31), QTime(23, 0), Qt::UTC); // before the epoch
    p.expires = QDateTime();
    QVERIFY(ledger->upsertPayments({p}).ok());
    const Payment back = ledger->payment(u"a1"_s, u"p1"_s).value();
    QCOMPARE(back.created.timeSpec(), Qt::UTC);
    QCOMPARE(back.created, p.created);
    QCOMPARE(back.created.toString(Qt::ISODateWithMs), u"2024-02-29T18:29:58.123Z"_s);
    QCOMPARE(back.updated.toMSecsSinceEpoch(), qint64(-3600 * 1000));
    QVERIFY(!back.expires.isValid());
    // The same instant written in another offset is not a change.
    Payment sameInstant = back;
    sameInstant.created = back.created.toOffsetFromUtc(-8 * 3600);
    QCOMPARE(ledger->upsertPayments({sameInstant}).value().unchanged, QStringList{u"p1"_s});
}

void TstLedger::queryFilters_data()
{
    QTest::addColumn<QStringList>("accounts");
    QTest::addColumn<QList<PaymentStatus>>("statuses");
    QTest::addColumn<QStringList>("currencies");
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QStringList>("expected");

    const QList<PaymentStatus> none;
    // Data (see queryFilters): a1: p1 (1000, pending, USD), p2 (2000, paid, EUR), p3 (3000, paid, USD, "50%"),
    // a2: q1 (1500, expired, USD), q2 (2500, pending, USDT), q3 (no created time, paid, USD);
    // p1, q1 and q2 also have a BTC pay amount.
    QTest::newRow("all, newest first, unknown time last")
        << QStringList() << none << QStringList() << -1LL << -1LL << QString() << -1 << 0
        << QStringList{u"p3"_s, u"q2"_s, u"p2"_s, u"q1"_s, u"p1"_s, u"q3"_s};
    QTest::newRow("account") << QStringList{u"a2"_s} << none << QStringList() << -1LL << -1LL << QString() << -1 << 0
                             << QStringList{u"q2"_s, u"q1"_s, u"q3"_s};
    QTest::newRow("status set") << QStringList() << QList<PaymentStatus>{PaymentStatus::Paid, PaymentStatus::Expired}
                                << QStringList() << -1LL << -1LL << QString() << -1 << 0
                                << QStringList{u"p3"_s, u"p2"_s, u"q1"_s, u"q3"_s};
    QTest::newRow("currency (amount or pay currency)")
        << QStringList() << none << QStringList{u"EUR"_s, u"BTC"_s} << -1LL << -1LL << QString() << -1 << 0
        << QStringList{u"q2"_s, u"p2"_s, u"q1"_s, u"p1"_s};
    QTest::newRow("created from (inclusive)") << QStringList() << none << QStringList() << 2000LL << -1LL << QString()
                                              << -1 << 0 << QStringList{u"p3"_s, u"q2"_s, u"p2"_s};
    QTest::newRow("created to (exclusive)") << QStringList() << none << QStringList() << -1LL << 2000LL << QString()
                                            << -1 << 0 << QStringList{u"q1"_s, u"p1"_s};
    QTest::newRow("search order id") << QStringList() << none << QStringList() << -1LL << -1LL << u"ORDER-Q1"_s << -1
                                     << 0 << QStringList{u"q1"_s};
    QTest::newRow("search description") << QStringList() << none << QStringList() << -1LL << -1LL << u"coffee"_s << -1
                                        << 0 << QStringList{u"p2"_s};
    QTest::newRow("search address") << QStringList() << none << QStringList() << -1LL << -1LL << u"TXYZ"_s << -1 << 0
                                    << QStringList{u"q2"_s};
    QTest::newRow("search id") << QStringList() << none << QStringList() << -1LL << -1LL << u"q3"_s << -1 << 0
                               << QStringList{u"q3"_s};
    QTest::newRow("search % is literal") << QStringList() << none << QStringList() << -1LL << -1LL << u"50%"_s << -1
                                         << 0 << QStringList{u"p3"_s};
    QTest::newRow("limit and offset") << QStringList() << none << QStringList() << -1LL << -1LL << QString() << 2 << 1
                                      << QStringList{u"q2"_s, u"p2"_s};
    QTest::newRow("combined") << QStringList{u"a1"_s} << QList<PaymentStatus>{PaymentStatus::Paid}
                              << QStringList{u"USD"_s} << 1000LL << 5000LL << u"invoice"_s << -1 << 0
                              << QStringList{u"p3"_s};
}

void TstLedger::queryByMode()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"one"_s)).ok());
    Payment live = payment(u"a1"_s, u"live-1"_s, 1000);
    live.liveMode = true;
    Payment test = payment(u"a1"_s, u"test-1"_s, 2000);
    test.liveMode = false;
    QVERIFY(ledger->upsertPayments({live, test}).ok());
    PaymentQuery query{.accountIds = {u"a1"_s}};
    QCOMPARE(ledger->countPayments(query).value(), 2);
    query.liveMode = true;
    QCOMPARE(ledger->payments(query).value().size(), 1);
    QCOMPARE(ledger->payments(query).value().first().id, u"live-1"_s);
    query.liveMode = false;
    QCOMPARE(ledger->payments(query).value().size(), 1);
    QCOMPARE(ledger->payments(query).value().first().id, u"test-1"_s);
    QCOMPARE(ledger->countPayments(query).value(), 1);
}

void TstLedger::queryFilters()
{
    QFETCH(QStringList, accounts);
    QFETCH(QList<PaymentStatus>, statuses);
    QFETCH(QStringList, currencies);
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(QString, search);
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(QStringList, expected);

    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"one"_s)).ok());
    QVERIFY(ledger->addAccount(account(u"a2"_s, u"two"_s)).ok());
    Payment p2 = payment(u"a1"_s, u"p2"_s, 2000, PaymentStatus::Paid, "9.99", u"EUR"_s);
    p2.description = u"Coffee beans"_s;
    p2.payAmount = Money{};
    Payment p3 = payment(u"a1"_s, u"p3"_s, 3000, PaymentStatus::Paid);
    p3.description = u"Invoice p3, 50% deposit"_s;
    Payment q2 = payment(u"a2"_s, u"q2"_s, 2500, PaymentStatus::Pending, "1", u"USDT"_s);
    q2.address = u"TXYZabc"_s;
    Payment q3 = payment(u"a2"_s, u"q3"_s, 0, PaymentStatus::Paid);
    q3.created = QDateTime();
    for (Payment* p : {&p2, &p3, &q3})
        p->payAmount = Money{};
    QVERIFY(ledger
                ->upsertPayments({payment(u"a1"_s, u"p1"_s, 1000), p2, p3,
                    payment(u"a2"_s, u"q1"_s, 1500, PaymentStatus::Expired), q2, q3})
                .ok());

    PaymentQuery query;
    query.accountIds = accounts;
    query.statuses = statuses;
    query.currencies = currencies;
    if (fromMs >= 0)
        query.createdFrom = utc(fromMs);
    if (toMs >= 0)
        query.createdTo = utc(toMs);
    query.search = search;
    query.limit = limit;
    query.offset = offset;
    const auto result = ledger->payments(query);
    QVERIFY2(result.ok(), qPrintable(result.error().detail));
    QCOMPARE(idsOf(result.value()), expected);

    PaymentQuery unpaged = query;
    unpaged.limit = -1;
    unpaged.offset = 0;
    const qint64 total = ledger->countPayments(query).value();
    QCOMPARE(total, ledger->payments(unpaged).value().size());
    QStringList streamed;
    QVERIFY(ledger
                ->forEachPayment(query,
                    [&](const Payment& p) {
                        streamed << p.id;
                        return true;
                    })
                .ok());
    QCOMPARE(streamed, expected);
}

void TstLedger::countsPerStatus()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"one"_s)).ok());
    QVERIFY(
        ledger
            ->upsertPayments({payment(u"a1"_s, u"p1"_s, 1, PaymentStatus::Paid),
                payment(u"a1"_s, u"p2"_s, 2, PaymentStatus::Paid), payment(u"a1"_s, u"p3"_s, 3, PaymentStatus::Expired),
                payment(u"a1"_s, u"p4"_s, 4, PaymentStatus::PartiallyRefunded)})
            .ok());
    const auto counts = ledger->paymentCountsByStatus({}).value();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.value(PaymentStatus::Paid), 2);
    QCOMPARE(counts.value(PaymentStatus::Expired), 1);
    QCOMPARE(counts.value(PaymentStatus::PartiallyRefunded), 1);
    PaymentQuery recent;
    recent.createdFrom = utc(3);
    QCOMPARE(ledger->paymentCountsByStatus(recent).value().value(PaymentStatus::Paid, -1), -1);
}

void TstLedger::otherRecordsRoundTrip()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"one"_s)).ok());
    QVERIFY(ledger->upsertPayments({payment(u"a1"_s, u"p1"_s, 1000), payment(u"a1"_s, u"p2"_s, 2000)}).ok());
    Payment reused = payment(u"a1"_s, u"p3"_s, 3000);
    reused.orderId = u"order-p1"_s; // a newer payment with the same order id
    QVERIFY(ledger->upsertPayments({reused}).ok());
    QCOMPARE(ledger->paymentByOrderId(u"a1"_s, u"order-p1"_s).value().id, u"p3"_s);
    QCOMPARE(ledger->paymentByOrderId(u"a1"_s, u"order-none"_s).error().kind, LedgerError::Kind::NotFound);
    QCOMPARE(ledger->payment(u"a1"_s, u"nope"_s).error().kind, LedgerError::Kind::NotFound);

    Refund r{u"a1"_s, Gateway::Cryptomus, u"r1"_s, u"p1"_s, Money{dec("5.5"), u"USD"_s}, u"damaged"_s, u"TAddr"_s,
        TransferStatus::Processing, u"process"_s, utc(5000), utc(6000), "{\"r\":1}"};
    Refund r2 = r;
    r2.id = u"r2"_s;
    r2.paymentId = u"p2"_s;
    QCOMPARE(ledger->upsertRefunds({r, r2}).value().inserted.size(), 2);
    QCOMPARE(ledger->refundsForPayment(u"a1"_s, u"p1"_s).value(), QList<Refund>{r});
    QCOMPARE(ledger->refunds().value().size(), 2);

    DedicatedAddress a{u"a1"_s, Gateway::Cryptomus, u"d1"_s, u"rAddr"_s, u"12345"_s, u"XRP"_s, u"ripple"_s, u"label"_s,
        u"customer-7"_s, AddressStatus::Released, u"blocked"_s, utc(1), utc(2), "{}"};
    QVERIFY(ledger->upsertDedicatedAddresses({a}).ok());
    QCOMPARE(ledger->dedicatedAddresses({u"a1"_s}).value(), QList<DedicatedAddress>{a});

    Withdrawal w{u"a1"_s, Gateway::Cryptomus, u"w1"_s, u"foreign-1"_s, Money{dec("100"), u"USDT"_s},
        Money{dec("1.5"), u"USDT"_s}, u"TDest"_s, QString(), u"tron"_s, u"0xhash"_s, TransferStatus::Succeeded,
        u"paid"_s, utc(7), utc(8), "{\"w\":true}"};
    QVERIFY(ledger->upsertWithdrawals({w}).ok());
    QCOMPARE(ledger->withdrawals().value(), QList<Withdrawal>{w});

    BlockchainTx t{u"a1"_s, Gateway::Cryptomus, u"0xabc"_s, u"p1"_s, QString(), Money{dec("0.1"), u"ETH"_s},
        u"ethereum"_s, u"0xfrom"_s, u"0xto"_s, 12, u"confirmed"_s, utc(9), "{\"t\":1}"};
    BlockchainTx addressOnly = t;
    addressOnly.paymentId.clear();
    addressOnly.addressId = u"d1"_s;
    const auto txs = ledger->upsertBlockchainTxs({t, addressOnly});
    QCOMPARE(txs.value().inserted, (QStringList{u"0xabc"_s, u"0xabc"_s}));
    QCOMPARE(ledger->blockchainTxsForPayment(u"a1"_s, u"p1"_s).value(), QList<BlockchainTx>{t});
    t.confirmations = 13;
    QCOMPARE(ledger->upsertBlockchainTxs({t}).value().changed, QStringList{u"0xabc"_s});
}

void TstLedger::balanceSnapshotsPerSync()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"one"_s)).ok());
    auto balance = [](const char* total, qint64 asOf, const QString& currency) {
        Balance b;
        b.accountId = u"a1"_s;
        b.gateway = Gateway::Cryptomus;
        b.currency = currency;
        b.total = dec(total);
        b.available = dec(total);
        b.onHold = dec("0");
        b.fiatEquivalent = Money{dec("1.00"), u"USD"_s};
        b.asOf = utc(asOf);
        b.rawJson = "{}";
        return b;
    };
    QCOMPARE(ledger->recordBalances({balance("1", 1000, u"BTC"_s), balance("10", 1000, u"USDT"_s)}).value().inserted,
        (QStringList{u"BTC"_s, u"USDT"_s}));
    QCOMPARE(ledger->recordBalances({balance("2", 2000, u"BTC"_s)}).value().changed, QStringList{u"BTC"_s});
    QVERIFY(ledger->recordBalances({balance("3", 3000, u"BTC"_s)}).ok());

    const auto latest = ledger->latestBalances().value();
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.at(0), balance("3", 3000, u"BTC"_s));
    const auto history = ledger->balanceSnapshots(u"a1"_s, u"BTC"_s).value();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).total.toString(), u"1"_s);
    QCOMPARE(history.at(2).total.toString(), u"3"_s);
    const auto window = ledger->balanceSnapshots(u"a1"_s, u"BTC"_s, utc(2000), utc(3000)).value();
    QCOMPARE(window.size(), 1);
    QCOMPARE(window.at(0).asOf, utc(2000));
    QCOMPARE(ledger->balanceSnapshots(u"a1"_s, QString()).value().size(), 4);
}

void TstLedger::syncStateRoundTrip()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"one"_s)).ok());
    const SyncState empty = ledger->syncState(u"a1"_s, u"payments"_s).value();
    QVERIFY(empty.cursor.isEmpty());
    QVERIFY(!empty.lastSuccess.isValid());
    SyncState state{u"a1"_s, u"payments"_s, u"cursor-abc"_s, utc(10), utc(5), u"timeout"_s};
    QVERIFY(ledger->saveSyncState(state).ok());
    QCOMPARE(ledger->syncState(u"a1"_s, u"payments"_s).value(), state);
    state.lastError.clear();
    state.lastSuccess = utc(11);
    QVERIFY(ledger->saveSyncState(state).ok());
    QCOMPARE(ledger->syncState(u"a1"_s, u"payments"_s).value(), state);

    // Every kind of the account at once, and the summary over them: the latest attempt failed for balances only.
    QVERIFY(ledger->addAccount(account(u"a2"_s, u"two"_s)).ok());
    const SyncState balances{u"a1"_s, u"balances"_s, {}, utc(20), utc(11), u"503 from the gateway"_s};
    const SyncState addresses{u"a1"_s, u"addresses"_s, {}, utc(20), utc(20), {}};
    const SyncState other{u"a2"_s, u"payments"_s, {}, utc(30), utc(30), {}};
    for (const SyncState& saved : {balances, addresses, other})
        QVERIFY(ledger->saveSyncState(saved).ok());
    const auto states = ledger->syncStates(u"a1"_s);
    QVERIFY(states.ok());
    QCOMPARE(states.value(), (QList<SyncState>{addresses, balances, state})); // by kind
    const SyncSummary summary = summarizeSyncStates(states.value());
    QCOMPARE(summary.lastAttempt, utc(20));
    QCOMPARE(summary.lastSuccess, utc(20));
    QCOMPARE(summary.errors, QStringList{u"503 from the gateway"_s});
    QVERIFY(ledger->syncStates(u"nobody"_s).value().isEmpty());
    QVERIFY(!summarizeSyncStates({}).lastAttempt.isValid());
}

void TstLedger::streamingReaderDoesNotNeedAList()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"one"_s)).ok());
    constexpr int kRows = 20000;
    QList<Payment> batch;
    batch.reserve(kRows);
    for (int i = 0; i < kRows; ++i)
        batch << payment(u"a1"_s, u"p%1"_s.arg(i, 6, 10, QChar(u'0')), 1'000'000 + i,
            i % 3 == 0 ? PaymentStatus::Paid : PaymentStatus::Pending);
    QCOMPARE(ledger->upsertPayments(batch).value().inserted.size(), kRows);

    qint64 previous = std::numeric_limits<qint64>::max();
    qint64 paid = 0;
    const auto visited = ledger->forEachPayment({}, [&](const Payment& p) {
        const qint64 created = p.created.toMSecsSinceEpoch();
        if (created > previous)
            return false; // out of order: stop, the count below fails
        previous = created;
        paid += p.status == PaymentStatus::Paid ? 1 : 0;
        return true;
    });
    QCOMPARE(visited.value(), kRows);
    QCOMPARE(paid, (kRows + 2) / 3);

    int seen = 0;
    const auto stopped = ledger->forEachPayment({}, [&](const Payment&) { return ++seen < 10; });
    QCOMPARE(stopped.value(), 10);
}

void TstLedger::paymentFiguresAreTheLeanFields()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"one"_s)).ok());
    QVERIFY(ledger->addAccount(account(u"a2"_s, u"two"_s)).ok());
    Payment refunded = payment(u"a1"_s, u"p1"_s, 1'000, PaymentStatus::PartiallyRefunded, "120.50", u"EUR"_s);
    refunded.gateway = Gateway::BucksBus;
    refunded.refunded = Money{dec("20.25"), u"EUR"_s};
    Payment unknownTime = payment(u"a2"_s, u"p2"_s, 2'000, PaymentStatus::Paid, "0.00100000", u"BTC"_s);
    unknownTime.created = QDateTime();
    const Payment pending = payment(u"a2"_s, u"p3"_s, 3'000);
    QVERIFY(ledger->upsertPayments({refunded, unknownTime, pending}).ok());

    QMap<QString, PaymentFigures> seen;
    const auto visited = ledger->forEachPaymentFigures({}, [&](const PaymentFigures& f) {
        seen.insert(f.accountId + u'/' + f.amount.currency, f);
        return true;
    });
    QCOMPARE(visited.value(), 3);
    const PaymentFigures eur = seen.value(u"a1/EUR"_s);
    QCOMPARE(eur.gateway, Gateway::BucksBus);
    QCOMPARE(eur.status, PaymentStatus::PartiallyRefunded);
    QVERIFY(eur.amount.amount.isIdenticalTo(dec("120.50")));
    QCOMPARE(eur.refunded, (Money{dec("20.25"), u"EUR"_s}));
    QCOMPARE(eur.createdMs, 1'000);
    const PaymentFigures btc = seen.value(u"a2/BTC"_s);
    QCOMPARE(btc.createdMs, PaymentFigures::kUnknownTime);
    QVERIFY(!btc.refunded.isValid());
    QCOMPARE(seen.value(u"a2/USD"_s).status, PaymentStatus::Pending);

    // Filters apply; the visitor can stop.
    PaymentQuery onlyA2;
    onlyA2.accountIds = {u"a2"_s};
    QCOMPARE(ledger->forEachPaymentFigures(onlyA2, [](const PaymentFigures&) { return true; }).value(), 2);
    QCOMPARE(ledger->forEachPaymentFigures({}, [](const PaymentFigures&) { return false; }).value(), 1);
}

void TstLedger::removingAnAccountCascades()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    for (const QString& id : {u"a1"_s, u"a2"_s}) {
        QVERIFY(ledger->addAccount(account(id, u"name-"_s + id)).ok());
        QVERIFY(ledger->upsertPayments({payment(id, u"p1"_s, 1)}).ok());
        Refund r;
        r.accountId = id;
        r.id = u"r1"_s;
        r.paymentId = u"p1"_s;
        QVERIFY(ledger->upsertRefunds({r}).ok());
        Balance b;
        b.accountId = id;
        b.currency = u"BTC"_s;
        QVERIFY(ledger->recordBalances({b}).ok());
        DedicatedAddress a;
        a.accountId = id;
        a.id = u"d1"_s;
        QVERIFY(ledger->upsertDedicatedAddresses({a}).ok());
        Withdrawal w;
        w.accountId = id;
        w.id = u"w1"_s;
        QVERIFY(ledger->upsertWithdrawals({w}).ok());
        BlockchainTx t;
        t.accountId = id;
        t.txHash = u"h"_s;
        t.paymentId = u"p1"_s;
        QVERIFY(ledger->upsertBlockchainTxs({t}).ok());
        QVERIFY(ledger->saveSyncState(SyncState{id, u"payments"_s, u"c"_s, {}, {}, {}}).ok());
    }
    QVERIFY(ledger->removeAccount(u"a1"_s).ok());
    QCOMPARE(ledger->countPayments({}).value(), 1);
    QCOMPARE(ledger->payments({}).value().at(0).accountId, u"a2"_s);
    QCOMPARE(ledger->refunds().value().size(), 1);
    QCOMPARE(ledger->latestBalances().value().size(), 1);
    QCOMPARE(ledger->balanceSnapshots(u"a1"_s, QString()).value().size(), 0);
    QCOMPARE(ledger->balanceSnapshots(u"a2"_s, QString()).value().size(), 1);
    QCOMPARE(ledger->dedicatedAddresses().value().size(), 1);
    QCOMPARE(ledger->withdrawals().value().size(), 1);
    QCOMPARE(ledger->blockchainTxsForPayment(u"a1"_s, u"p1"_s).value().size(), 0);
    QCOMPARE(ledger->blockchainTxsForPayment(u"a2"_s, u"p1"_s).value().size(), 1);
    QVERIFY(ledger->syncState(u"a1"_s, u"payments"_s).value().cursor.isEmpty());
    QCOMPARE(ledger->syncState(u"a2"_s, u"payments"_s).value().cursor, u"c"_s);
}

void TstLedger::secondThreadOpensItsOwnLedger()
{
    auto ledger = openLedger(path());
    QVERIFY(ledger);
    QVERIFY(ledger->addAccount(account(u"a1"_s, u"one"_s)).ok());
    QVERIFY(ledger->upsertPayments({payment(u"a1"_s, u"p1"_s, 1)}).ok());
    qint64 seenByThread = -1;
    bool threadWrote = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto own = Ledger::open(path());
        if (!own)
            return;
        const auto count = own.value()->countPayments({});
        seenByThread = count.ok() ? count.value() : -2;
        threadWrote = own.value()->upsertPayments({payment(u"a1"_s, u"p2"_s, 2)}).ok();
    }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QCOMPARE(seenByThread, 1);
    QVERIFY(threadWrote);
    QCOMPARE(ledger->countPayments({}).value(), 2);
}

QTEST_GUILESS_MAIN(TstLedger)
#include "tst_Ledger.moc"
