// The ledger opened on a hostile file: the input bytes are the SQLite file, in a scratch folder.
//
// Ledger::openReadOnly(): refused with a LedgerError or opened; when opened, the reads below run (each may fail with
// a LedgerError, never crash). Either way the file is byte for byte what it was afterwards and no -wal / -shm file
// is left beside it.
//
// Ledger::open() (read-write) on the same bytes: refused with a LedgerError, and then the file is byte for byte
// what it was and no -wal / -shm file is left; or opened at the current schema, and the reads run. An open that
// succeeds may change the file: it turns on WAL mode (header bytes 18–19), migrates a valid older ledger to the
// current schema (the seed corpus has a format 1 ledger for this), and creates an empty file's schema.
//
// Seed corpus: small ledgers (page_size 512, VACUUMed) of the current format and of format 1, with and without one
// account, payment, refund, balance and journal entry.
#include "core/journal/Journal.h"
#include "core/journal/JournalEntry.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerError.h"
#include "core/ledger/PaymentQuery.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using paydesk::Journal;
using paydesk::JournalKind;
using paydesk::Ledger;
using paydesk::LedgerError;
using paydesk::PaymentQuery;

// An invariant: when it breaks, say where (the line of the call) and abort, so libFuzzer keeps the input.
void check(bool condition, int line = __builtin_LINE())
{
    if (!condition) {
        std::fprintf(stderr, "%s:%d: invariant broken\n", __FILE__, line);
        std::abort();
    }
}

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    check(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    for (const QString& suffix :
        {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    QFile file(path);
    check(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
}

bool sideFilesGone(const QString& path)
{
    return !QFileInfo::exists(path + QStringLiteral("-wal")) && !QFileInfo::exists(path + QStringLiteral("-shm"));
}

// Every read a view or the CLI makes on opening; each succeeds or fails with an error, and what they give agrees.
void readEverything(const Ledger& ledger)
{
    const auto accounts = ledger.accounts();
    check(accounts.ok() || accounts.error().isError());
    const PaymentQuery all;
    const auto payments = ledger.payments(all);
    const auto count = ledger.countPayments(all);
    if (payments.ok() && count.ok())
        check(payments.value().size() == count.value());
    const auto byStatus = ledger.paymentCountsByStatus(all);
    if (byStatus.ok() && count.ok()) {
        qint64 sum = 0;
        for (const qint64 n : byStatus.value())
            sum += n;
        check(sum == count.value());
    }
    qint64 visited = 0;
    const auto streamed = ledger.forEachPayment(all, [&visited](const auto&) {
        ++visited;
        return true;
    });
    if (streamed.ok())
        check(streamed.value() == visited);
    if (streamed.ok() && count.ok())
        check(visited == count.value());
    (void)ledger.forEachPaymentFigures(all, [](const auto&) { return true; });
    if (payments.ok()) {
        for (const auto& payment : payments.value()) {
            const auto one = ledger.payment(payment.accountId, payment.id);
            check(one.ok() || one.error().isError());
            (void)ledger.refundsForPayment(payment.accountId, payment.id);
            (void)ledger.blockchainTxsForPayment(payment.accountId, payment.id);
        }
    }
    (void)ledger.refunds();
    (void)ledger.latestBalances();
    (void)ledger.dedicatedAddresses();
    (void)ledger.withdrawals();
    if (accounts.ok()) {
        for (const auto& account : accounts.value()) {
            (void)ledger.syncStates(account.id);
            (void)ledger.balanceSnapshots(account.id, QString());
        }
    }
    const auto entries = Journal::entries(ledger, false);
    check(entries.ok() || entries.error().isError());
    (void)Journal::unknownEntriesIn(ledger, JournalKind::Invoice);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    check(scratch().isValid());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString path = scratch().filePath(QStringLiteral("ledger.sqlite"));

    writeAll(path, bytes);
    {
        auto ledger = Ledger::openReadOnly(path);
        if (ledger.ok()) {
            check(ledger.value()->isReadOnly());
            check(ledger.value()->openedFromVersion() == Ledger::kCurrentVersion);
            readEverything(*ledger.value());
        } else {
            check(ledger.error().isError() && !ledger.error().message.isEmpty());
        }
    }
    check(readAll(path) == bytes);
    check(sideFilesGone(path));

    writeAll(path, bytes);
    {
        auto ledger = Ledger::open(path);
        if (!ledger.ok()) {
            check(ledger.error().isError() && !ledger.error().message.isEmpty());
        } else {
            check(!ledger.value()->isReadOnly());
            check(ledger.value()->openedFromVersion() <= Ledger::kCurrentVersion);
            const auto version = ledger.value()->schemaVersion();
            check(version.ok() && version.value() == Ledger::kCurrentVersion);
            readEverything(*ledger.value());
            return 0;
        }
    }
    check(readAll(path) == bytes);
    check(sideFilesGone(path));
    return 0;
}
