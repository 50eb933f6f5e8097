#include "core/journal/Journal.h"
#include "core/journal/UnknownOutcome.h"
#include "models/ModelRoles.h"
#include "models/RefundTableModel.h"
#include "models/StatusText.h"
#include "tests/models/ModelTestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::modeltest;

namespace {

using Model = RefundTableModel;

QStringList shownIds(const Model& model)
{
    return columnValues(model, Model::IdColumn, IdRole);
}

// Ids as the ledger orders them (newest first), optionally stably sorted by amount.
QStringList ledgerIds(const Ledger& ledger, bool byAmount = false)
{
    QList<Refund> refunds = ledger.refunds().value();
    if (byAmount) {
        std::stable_sort(refunds.begin(), refunds.end(),
            [](const Refund& a, const Refund& b) { return a.amount.amount < b.amount.amount; });
    }
    QStringList ids;
    for (const Refund& r : std::as_const(refunds))
        ids.append(r.id);
    return ids;
}

void store(TempLedger& temp, const QList<Refund>& refunds)
{
    if (!temp.ledger().upsertRefunds(refunds))
        qFatal("upsertRefunds failed");
}

} // namespace

class TstRefundTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstReloadIsOneInsert();
    void unchangedReloadEmitsNothing();
    void changedRefundIsOneDataChanged();
    void newRefundsAreInsertedWhereTheyBelong();
    void removedAccountRemovesItsRowsInRuns();
    void sortMovesPersistentIndexes();
    void sortedReloadMovesAChangedRow();
    void displayAndRoles();
    void unknownOutcomeIsARowUntilSettled();
};

void TstRefundTableModel::firstReloadIsOneInsert()
{
    TempLedger temp;
    store(temp, {refund(u"a1"_s, u"r1"_s, 10), refund(u"a2"_s, u"r2"_s, 30), refund(u"a1"_s, u"r3"_s, 20)});
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.reload());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(shownIds(model), (QStringList{u"r2"_s, u"r3"_s, u"r1"_s})); // newest first
}

void TstRefundTableModel::unchangedReloadEmitsNothing()
{
    TempLedger temp;
    store(temp, {refund(u"a1"_s, u"r1"_s, 10), refund(u"a2"_s, u"r2"_s, 30)});
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QVERIFY(model.reload());
    QCOMPARE(changed.count() + inserted.count() + removed.count() + moved.count() + layouts.count(), 0);
}

void TstRefundTableModel::changedRefundIsOneDataChanged()
{
    TempLedger temp;
    QList<Refund> refunds;
    for (int i = 0; i < 6; ++i)
        refunds.append(refund(u"a1"_s, u"r%1"_s.arg(i), i * 10));
    store(temp, refunds);
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    const QPersistentModelIndex selected(model.index(model.rowOfKey(u"a1\x1fr4"_s), 0));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

    Refund r2 = refunds.at(2);
    r2.status = TransferStatus::Succeeded;
    r2.rawStatus = u"done"_s;
    Refund r3 = refunds.at(3);
    r3.reason = u"customer asked"_s;
    store(temp, {r2, r3});
    QVERIFY(model.reload());

    // r3 and r2 are neighbours (rows 2 and 3, newest first): one coalesced range.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 3);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(model.index(3, Model::StatusColumn).data().toString(), StatusText::transfer(TransferStatus::Succeeded));
    QCOMPARE(model.index(2, Model::ReasonColumn).data().toString(), u"customer asked"_s);
    QCOMPARE(selected.data(IdRole).toString(), u"r4"_s);
}

void TstRefundTableModel::newRefundsAreInsertedWhereTheyBelong()
{
    TempLedger temp;
    store(temp, {refund(u"a1"_s, u"r10"_s, 10), refund(u"a1"_s, u"r20"_s, 20), refund(u"a1"_s, u"r30"_s, 30)});
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    const QPersistentModelIndex oldest(model.index(2, 0));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Two newest (one run at the top) and one between r20 and r10.
    store(temp, {refund(u"a2"_s, u"r40"_s, 40), refund(u"a2"_s, u"r50"_s, 50), refund(u"a2"_s, u"r15"_s, 15)});
    QVERIFY(model.reload());
    QCOMPARE(shownIds(model), ledgerIds(temp.ledger()));
    QCOMPARE(shownIds(model), (QStringList{u"r50"_s, u"r40"_s, u"r30"_s, u"r20"_s, u"r15"_s, u"r10"_s}));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.at(1).at(1).toInt(), 4);
    QCOMPARE(inserted.at(1).at(2).toInt(), 4);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(oldest.row(), 5);
}

void TstRefundTableModel::removedAccountRemovesItsRowsInRuns()
{
    TempLedger temp;
    // Newest first: a2 a2 a1 a2 a1 a1 → removing a2 removes rows 3, then 0-1.
    store(temp,
        {refund(u"a2"_s, u"x1"_s, 60), refund(u"a2"_s, u"x2"_s, 50), refund(u"a1"_s, u"k1"_s, 40),
            refund(u"a2"_s, u"x3"_s, 30), refund(u"a1"_s, u"k2"_s, 20), refund(u"a1"_s, u"k3"_s, 10)});
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(temp.ledger().removeAccount(u"a2"_s));
    QVERIFY(model.reload());
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 3);
    QCOMPARE(removed.at(0).at(2).toInt(), 3);
    QCOMPARE(removed.at(1).at(1).toInt(), 0);
    QCOMPARE(removed.at(1).at(2).toInt(), 1);
    QCOMPARE(shownIds(model), (QStringList{u"k1"_s, u"k2"_s, u"k3"_s}));
}

void TstRefundTableModel::sortMovesPersistentIndexes()
{
    TempLedger temp;
    store(temp,
        {refund(u"a1"_s, u"r1"_s, 10, u"7.00"_s), refund(u"a1"_s, u"r2"_s, 20, u"0.5"_s),
            refund(u"a1"_s, u"r3"_s, 30, u"12.25"_s), refund(u"a1"_s, u"r4"_s, 40, u"7.0"_s)});
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    const QPersistentModelIndex r3(model.index(model.rowOfKey(u"a1\x1fr3"_s), Model::ReasonColumn));
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    model.sort(Model::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(layouts.count(), 1);
    // 7.0 and 7.00 are equal: they keep the ledger's order (r4 is newer).
    QCOMPARE(shownIds(model), (QStringList{u"r2"_s, u"r4"_s, u"r1"_s, u"r3"_s}));
    QCOMPARE(r3.row(), 3);
    QCOMPARE(r3.column(), int(Model::ReasonColumn));
    model.sort(Model::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(model), (QStringList{u"r3"_s, u"r4"_s, u"r1"_s, u"r2"_s}));
    QCOMPARE(r3.row(), 0);
    model.sort(-1);
    QCOMPARE(shownIds(model), ledgerIds(temp.ledger()));
    QCOMPARE(r3.data(IdRole).toString(), u"r3"_s);
}

void TstRefundTableModel::sortedReloadMovesAChangedRow()
{
    TempLedger temp;
    QList<Refund> refunds;
    for (int i = 0; i < 8; ++i)
        refunds.append(refund(u"a1"_s, u"r%1"_s.arg(i), i, QString::number(i) + u".50"_s));
    store(temp, refunds);
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    model.sort(Model::AmountColumn, Qt::AscendingOrder);
    const QPersistentModelIndex r1(model.index(1, 0));
    QCOMPARE(r1.data(IdRole).toString(), u"r1"_s);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);

    // r1 grows past everyone: one move down, then its data changes.
    Refund grown = refunds.at(1);
    grown.amount.amount = dec(u"100"_s);
    store(temp, {grown});
    QVERIFY(model.reload());
    QCOMPARE(shownIds(model), ledgerIds(temp.ledger(), true));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toInt(), 1);
    QCOMPARE(moved.at(0).at(4).toInt(), 8);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 7);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(r1.row(), 7);

    // r6 shrinks to the top: one move up.
    Refund shrunk = refunds.at(6);
    shrunk.amount.amount = dec(u"0.01"_s);
    store(temp, {shrunk});
    QVERIFY(model.reload());
    QCOMPARE(shownIds(model), ledgerIds(temp.ledger(), true));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(moved.at(1).at(4).toInt(), 0);
}

void TstRefundTableModel::displayAndRoles()
{
    TempLedger temp;
    Refund r = refund(u"a2"_s, u"show"_s, 5, u"1234.5"_s, TransferStatus::Failed);
    r.rawStatus = u"fail"_s;
    store(temp, {r});
    Model model(temp.ledger());
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(Model::AccountColumn).toString(), u"Berlin"_s);
    QCOMPARE(cell(Model::AmountColumn).toString(), u"1.234,50"_s);
    QCOMPARE(cell(Model::StatusColumn).toString(), StatusText::transfer(TransferStatus::Failed));
    QCOMPARE(cell(Model::StatusColumn, Qt::ToolTipRole).toString(), u"fail"_s);
    QCOMPARE(cell(Model::PaymentIdColumn).toString(), u"pay-show"_s);
    QCOMPARE(cell(Model::AmountColumn, AmountRole).value<Money>(), r.amount);
    QCOMPARE(cell(Model::AmountColumn, SortRole).toString(), u"1234.5"_s);
    QCOMPARE(cell(Model::StatusColumn, SortRole).toString(), u"failed"_s);
    QCOMPARE(cell(Model::CreatedColumn, SortRole).toDateTime(), r.created);
    QCOMPARE(cell(Model::IdColumn, AccountIdRole).toString(), u"a2"_s);
    QCOMPARE(cell(Model::IdColumn, StatusRole).toInt(), int(TransferStatus::Failed));
    QCOMPARE(cell(Model::IdColumn, RawStatusRole).toString(), u"fail"_s);
    model.setAmountsHidden(true);
    QCOMPARE(cell(Model::AmountColumn).toString(), u"•••"_s);
    QCOMPARE(model.headerData(Model::PaymentIdColumn, Qt::Horizontal).toString(), u"Payment ID"_s);
}

// Issue #13, defect 5: a refund whose outcome is unknown (here v10.2, which cannot look it up) is a row with status
// "Outcome unknown", read from the journal; settled, it gives way to the refund the gateway confirmed.
void TstRefundTableModel::unknownOutcomeIsARowUntilSettled()
{
    TempLedger temp;
    store(temp, {refund(u"a1"_s, u"r1"_s, 10)});
    auto journal = Journal::open(temp.ledger());
    QVERIFY(journal.ok());
    auto started = journal.value()->begin({.accountId = u"a2"_s,
        .kind = JournalKind::Refund,
        .idempotencyKey = u"PR-LOST"_s,
        .requestJson = R"({"payment_id":"p7","amount":"5","currency":"USDT","address":"TJRab"})"});
    QVERIFY(started.ok());
    QVERIFY(journal.value()->markUnknown(*started.value().permit).ok());

    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOfKey(u"a2"_s + QChar(u'\x1f') + u"journal:PR-LOST"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, Model::StatusColumn).data().toString(), UnknownOutcome::statusText());
    QVERIFY(model.index(row, Model::StatusColumn).data(Qt::ToolTipRole).toString().contains(u"check at the gateway"_s));
    QCOMPARE(model.index(row, Model::PaymentIdColumn).data().toString(), u"p7"_s);
    QCOMPARE(model.index(row, Model::CurrencyColumn).data().toString(), u"USDT"_s);
    QCOMPARE(model.index(row, Model::AccountColumn).data().toString(), u"Berlin"_s);
    QVERIFY(model.index(row, Model::AmountColumn).data().toString().contains(u"5"_s));
    // Nothing of it is in the ledger.
    QCOMPARE(temp.ledger().refunds().value().size(), 1);

    // Settled: the stand-in goes, the refund the gateway confirmed comes.
    QVERIFY(journal.value()->settleFound(started.value().entry.id, u"r9"_s).ok());
    Refund found = refund(u"a2"_s, u"r9"_s, 5);
    store(temp, {found});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.reload());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfKey(u"a2"_s + QChar(u'\x1f') + u"journal:PR-LOST"_s), -1);
    QVERIFY(model.rowOfKey(u"a2"_s + QChar(u'\x1f') + u"r9"_s) >= 0);
}

QTEST_GUILESS_MAIN(TstRefundTableModel)
#include "tst_RefundTableModel.moc"
