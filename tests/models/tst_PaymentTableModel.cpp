#include "core/Assets.h"
#include "core/journal/Journal.h"
#include "core/journal/UnknownOutcome.h"
#include "models/ModelRoles.h"
#include "models/PaymentTableModel.h"
#include "models/StatusText.h"
#include "tests/models/ModelTestData.h"
#include "tests/models/PaymentModelOracle.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::modeltest;

namespace {

QStringList shownIds(const Model& model)
{
    return columnValues(model, Model::IdColumn, IdRole);
}

bool loadInto(Model& model, const QString& path)
{
    QSignalSpy finished(&model, &Model::loadFinished);
    model.load(path);
    if (!finished.wait(10000) && finished.isEmpty())
        return false;
    return finished.constFirst().constFirst().toBool();
}

// Waits until the model has applied the latest sort and filter (in place or on the worker).
bool settle(Model& model)
{
    return QTest::qWaitFor([&] { return !model.isBusy(); }, 10000);
}

} // namespace

class TstPaymentTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEveryPaymentInLedgerOrder();
    void loadReportsProgress();
    void loadFailureIsReported();
    void cancelledLoadDeliversNothing();
    void displayAndRoles();
    void sortsLikeTheOracle_data();
    void sortsLikeTheOracle();
    void filterShowsMatchingRows();
    void typingNarrowsTheFilter();
    void selectionSurvivesSortAndFilter_data();
    void selectionSurvivesSortAndFilter();
    void newerRequestWinsOnTheWorker();
    void insertedRowsAppearAtTheirPlace();
    void insertedRowHiddenByFilter();
    void changedRowEmitsOnlyDataChanged();
    void changedRowMoves();
    void changedRowLeavesAndEntersFilter();
    void unchangedRowsEmitNothing();
    void updatesWaitForARunningSort();
    void bulkUpdateIsOneLayoutChange();
    void updatesMatchAFreshLoad_data();
    void updatesMatchAFreshLoad();
    void accountNamesAndHiddenAmounts();
    void unknownOutcomeIsARowUntilSettled();
};

void TstPaymentTableModel::loadsEveryPaymentInLedgerOrder()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(loadInto(model, temp.path()));
    QCOMPARE(model.rowCount(), 44);
    QCOMPARE(model.totalRowCount(), 44);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    // Default order: newest first; equal times keep the ledger's order (account, id).
    QCOMPARE(model.sortColumn(), int(Model::CreatedColumn));
    QCOMPARE(shownIds(model), oracleOrder(temp.ledger(), -1, Qt::AscendingOrder));
    QCOMPARE(resets.count(), 1);
    QVERIFY(!model.isBusy());
    QVERIFY(!model.lastError().isError());
    QCOMPARE(model.rowOf(u"a1"_s, u"p01"_s), int(shownIds(model).indexOf(u"p01"_s)));
    QCOMPARE(model.rowOf(u"a2"_s, u"p01"_s), -1); // p01 belongs to a1
    QVERIFY(model.memoryUsage() > 44 * qsizetype(sizeof(PaymentRow)));
}

void TstPaymentTableModel::loadReportsProgress()
{
    TempLedger temp;
    QList<Payment> payments;
    for (int i = 0; i < 20000; ++i)
        payments.append(payment(u"a1"_s, u"bulk-%1"_s.arg(i), i % 5000));
    temp.upsert(payments);
    Model model;
    QSignalSpy progress(&model, &Model::loadProgress);
    QSignalSpy busy(&model, &Model::busyChanged);
    QVERIFY(loadInto(model, temp.path()));
    QCOMPARE(model.rowCount(), 20000);
    QVERIFY(!progress.isEmpty());
    for (const QList<QVariant>& report : std::as_const(progress)) {
        QCOMPARE(report.at(1).toLongLong(), 20000);
        QVERIFY(report.at(0).toLongLong() >= 0 && report.at(0).toLongLong() <= 20000);
    }
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
}

void TstPaymentTableModel::loadFailureIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"not-a-ledger.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not an SQLite database, just text that is long enough to be looked at");
    file.close();
    Model model;
    QSignalSpy finished(&model, &Model::loadFinished);
    model.load(path);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(model.lastError().isError());
    QVERIFY(!model.lastError().message.isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isBusy());
}

void TstPaymentTableModel::cancelledLoadDeliversNothing()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QSignalSpy finished(&model, &Model::loadFinished);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.load(temp.path());
    QVERIFY(model.isLoading());
    model.cancelLoad();
    QVERIFY(!model.isLoading());
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 0);
    // A second load after the cancelled one works, and a load replacing a running one delivers only the last.
    model.load(temp.path());
    model.load(temp.path());
    QTRY_COMPARE(finished.count(), 1);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(model.rowCount(), 44);
}

void TstPaymentTableModel::displayAndRoles()
{
    TempLedger temp;
    Payment p = payment(u"a2"_s, u"show"_s, 5, u"1234.5"_s, u"USD"_s, PaymentStatus::PartiallyRefunded);
    p.rawStatus = u"partial_refund"_s;
    p.gateway = Gateway::BucksBus;
    p.paid = Money{dec(u"0.00023100"_s), u"BTC"_s};
    p.refunded = Money{dec(u"3.001"_s), u"USD"_s};
    temp.upsert({p});
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(loadInto(model, temp.path()));
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };

    QCOMPARE(cell(Model::AccountColumn).toString(), u"Berlin"_s);
    QCOMPARE(cell(Model::GatewayColumn).toString(), gatewayDisplayName(Gateway::BucksBus));
    QCOMPARE(cell(Model::AmountColumn).toString(), u"1,234.50"_s); // USD precision
    QCOMPARE(cell(Model::PayAmountColumn).toString(), u"0.00023100"_s);
    QCOMPARE(cell(Model::PaidColumn).toString(), u"0.00023100\u00A0BTC"_s);
    QCOMPARE(cell(Model::RefundedColumn).toString(), u"3.001\u00A0USD"_s); // more digits than USD: none hidden
    QCOMPARE(cell(Model::StatusColumn).toString(), StatusText::payment(PaymentStatus::PartiallyRefunded));
    QCOMPARE(cell(Model::StatusColumn, Qt::ToolTipRole).toString(), u"partial_refund"_s);
    QCOMPARE(cell(Model::CurrencyColumn).toString(), u"USD"_s);
    QCOMPARE(cell(Model::PayCurrencyColumn).toString(), u"BTC"_s);
    QCOMPARE(cell(Model::NetworkColumn).toString(), u"bitcoin"_s);
    QCOMPARE(cell(Model::OrderIdColumn).toString(), u"PD-show"_s);
    QCOMPARE(cell(Model::AmountColumn, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!cell(Model::CreatedColumn).toString().isEmpty());

    // Typed roles, the same on every column.
    for (int column = 0; column < Model::ColumnCount; ++column) {
        QCOMPARE(cell(column, IdRole).toString(), u"show"_s);
        QCOMPARE(cell(column, AccountIdRole).toString(), u"a2"_s);
        QCOMPARE(cell(column, StatusRole).toInt(), int(PaymentStatus::PartiallyRefunded));
        QCOMPARE(cell(column, GatewayRole).toInt(), int(Gateway::BucksBus));
        QCOMPARE(cell(column, RawStatusRole).toString(), u"partial_refund"_s);
    }
    // Amount roles follow the column.
    QCOMPARE(cell(Model::AmountColumn, AmountRole).value<Money>(), p.amount);
    QCOMPARE(cell(Model::PaidColumn, AmountRole).value<Money>(), p.paid);
    QCOMPARE(cell(Model::PaidColumn, CurrencyRole).toString(), u"BTC"_s);
    QCOMPARE(cell(Model::IdColumn, AmountRole).value<Money>(), p.amount);
    // Raw values.
    QCOMPARE(cell(Model::AmountColumn, SortRole).toString(), u"1234.5"_s);
    QCOMPARE(cell(Model::CreatedColumn, SortRole).toDateTime(), p.created);
    QCOMPARE(cell(Model::StatusColumn, SortRole).toString(), u"partially_refunded"_s);
    QCOMPARE(cell(Model::GatewayColumn, SortRole).toString(), u"bucksbus"_s);
    QCOMPARE(model.headerData(Model::OrderIdColumn, Qt::Horizontal).toString(), u"Order ID"_s);
}

void TstPaymentTableModel::sortsLikeTheOracle_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("async");
    for (int column = 0; column < Model::ColumnCount; ++column) {
        const QByteArray name = QMetaEnum::fromType<Model::Column>().valueToKey(column);
        QTest::addRow("%s asc", name.constData()) << column << Qt::AscendingOrder << false;
        QTest::addRow("%s desc", name.constData()) << column << Qt::DescendingOrder << false;
    }
    QTest::newRow("amount asc on the worker") << int(Model::AmountColumn) << Qt::AscendingOrder << true;
    QTest::newRow("order id desc on the worker") << int(Model::OrderIdColumn) << Qt::DescendingOrder << true;
}

void TstPaymentTableModel::sortsLikeTheOracle()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, async);
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAsyncThreshold(async ? 0 : 1'000'000);
    QVERIFY(loadInto(model, temp.path()));
    QSignalSpy arranged(&model, &Model::arranged);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    model.sort(column, order);
    // Newest first is the order a load already gives: asking for it again changes nothing.
    const bool alreadyShown = column == Model::CreatedColumn && order == Qt::DescendingOrder;
    QCOMPARE(model.isBusy(), async && !alreadyShown);
    QVERIFY(settle(model));
    QCOMPARE(arranged.count(), alreadyShown ? 0 : 1);
    QCOMPARE(layouts.count(), alreadyShown ? 0 : 1);
    QCOMPARE(shownIds(model), oracleOrder(temp.ledger(), column, order));
}

void TstPaymentTableModel::filterShowsMatchingRows()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadInto(model, temp.path()));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    PaymentFilter filter;
    filter.setText(u"pd-1"_s); // "PD-10", "PD-1", "pd-10"
    model.setFilter(filter);
    QVERIFY(settle(model));
    const auto orderIdStartsPd1 = [](const Payment& p) { return p.orderId.startsWith(u"pd-1"_s, Qt::CaseInsensitive); };
    QCOMPARE(shownIds(model), oracleOrder(temp.ledger(), -1, Qt::AscendingOrder, orderIdStartsPd1));
    QVERIFY(model.rowCount() > 5);

    filter.setAccountIds({u"a2"_s});
    filter.setStatuses({PaymentStatus::Pending, PaymentStatus::Paid, PaymentStatus::Expired, PaymentStatus::Failed});
    model.setFilter(filter);
    QVERIFY(settle(model));
    const QList<PaymentStatus> statuses = filter.statuses();
    QCOMPARE(shownIds(model), oracleOrder(temp.ledger(), -1, Qt::AscendingOrder, [&](const Payment& p) {
        return orderIdStartsPd1(p) && p.accountId == u"a2"_s && statuses.contains(p.status);
    }));

    // Filter and sort together, on the worker.
    model.setAsyncThreshold(0);
    model.sort(Model::AmountColumn, Qt::AscendingOrder);
    PaymentFilter byCurrency;
    byCurrency.setCurrencies({u"BTC"_s});
    byCurrency.setCreatedRange(at(3), at(15));
    model.setFilter(byCurrency);
    QVERIFY(settle(model));
    QCOMPARE(
        shownIds(model), oracleOrder(temp.ledger(), Model::AmountColumn, Qt::AscendingOrder, [&](const Payment& p) {
            return (p.amount.currency == u"BTC"_s || p.payAmount.currency == u"BTC"_s) && p.created.isValid()
                && p.created >= at(3) && p.created < at(15);
        }));
    QVERIFY(model.rowCount() < 44);

    model.setFilter(PaymentFilter());
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 44);
    QCOMPARE(resets.count(), 0);
}

void TstPaymentTableModel::typingNarrowsTheFilter()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadInto(model, temp.path()));
    model.sort(Model::OrderIdColumn, Qt::AscendingOrder);
    // Each keystroke narrows the previous one (the model rescans only the shown rows), then a backspace widens it.
    const QStringList keystrokes{u"p"_s, u"pd"_s, u"pd-"_s, u"pd-1"_s, u"pd-10"_s, u"pd-1"_s, u""_s};
    for (const QString& text : keystrokes) {
        PaymentFilter filter;
        filter.setText(text);
        model.setFilter(filter);
        QVERIFY(settle(model));
        QCOMPARE(shownIds(model),
            oracleOrder(temp.ledger(), Model::OrderIdColumn, Qt::AscendingOrder, [&](const Payment& p) {
                const PaymentRow row(p);
                return filter.matches(row);
            }));
    }
}

void TstPaymentTableModel::selectionSurvivesSortAndFilter_data()
{
    QTest::addColumn<bool>("async");
    QTest::newRow("in place") << false;
    QTest::newRow("on the worker") << true;
}

void TstPaymentTableModel::selectionSurvivesSortAndFilter()
{
    QFETCH(bool, async);
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAsyncThreshold(async ? 0 : 1'000'000);
    QVERIFY(loadInto(model, temp.path()));

    QItemSelectionModel selection(&model);
    const int selectedRow = model.rowOf(u"a1"_s, u"p08"_s);
    QVERIFY(selectedRow >= 0);
    selection.select(model.index(selectedRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(model.index(selectedRow, Model::AmountColumn), QItemSelectionModel::NoUpdate);
    const QPersistentModelIndex persistent(model.index(selectedRow, Model::DescriptionColumn));

    const auto check = [&](const QStringList& expectedOrder) {
        const int expectedRow = int(expectedOrder.indexOf(u"p08"_s));
        QCOMPARE(shownIds(model), expectedOrder);
        QVERIFY(persistent.isValid());
        QCOMPARE(persistent.row(), expectedRow);
        QCOMPARE(persistent.column(), int(Model::DescriptionColumn));
        QCOMPARE(persistent.data(IdRole).toString(), u"p08"_s);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().constFirst().row(), expectedRow);
        QCOMPARE(selection.currentIndex().row(), expectedRow);
    };

    model.sort(Model::AmountColumn, Qt::DescendingOrder);
    QVERIFY(settle(model));
    check(oracleOrder(temp.ledger(), Model::AmountColumn, Qt::DescendingOrder));

    // A filter that keeps the selected row moves it too; one that hides it drops the selection.
    PaymentFilter keep;
    keep.setText(u"PD"_s); // p08: order id "pd-9"
    model.setFilter(keep);
    QVERIFY(settle(model));
    check(oracleOrder(temp.ledger(), Model::AmountColumn, Qt::DescendingOrder,
        [](const Payment& p) { return p.orderId.contains(u"pd"_s, Qt::CaseInsensitive); }));

    PaymentFilter hide;
    hide.setAccountIds({u"a2"_s});
    model.setFilter(hide);
    QVERIFY(settle(model));
    QVERIFY(!persistent.isValid());
    QVERIFY(selection.selectedRows().isEmpty());
}

void TstPaymentTableModel::newerRequestWinsOnTheWorker()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAsyncThreshold(0);
    QVERIFY(loadInto(model, temp.path()));
    QSignalSpy arranged(&model, &Model::arranged);
    QSignalSpy busy(&model, &Model::busyChanged);
    model.sort(Model::AmountColumn, Qt::AscendingOrder);
    model.sort(Model::IdColumn, Qt::DescendingOrder);
    PaymentFilter filter;
    filter.setText(u"cake"_s);
    model.setFilter(filter);
    QVERIFY(settle(model));
    QCOMPARE(shownIds(model), oracleOrder(temp.ledger(), Model::IdColumn, Qt::DescendingOrder, [](const Payment& p) {
        return p.description.contains(u"cake"_s, Qt::CaseInsensitive);
    }));
    QCOMPARE(arranged.count(), 1); // once, when everything requested is shown
    QCOMPARE(busy.count(), 2);
}

void TstPaymentTableModel::insertedRowsAppearAtTheirPlace()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadInto(model, temp.path()));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Newest: at the top. Then one in the middle of the created order.
    const UpsertResult newest = temp.upsert({payment(u"a1"_s, u"new-top"_s, 500)});
    QVERIFY(model.applyUpsert(u"a1"_s, newest));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), u"new-top"_s);

    const UpsertResult middle = temp.upsert({payment(u"a2"_s, u"new-mid"_s, 11)});
    QVERIFY(model.applyUpsert(u"a2"_s, middle));
    QCOMPARE(inserted.count(), 2);
    const QStringList expected = oracleOrder(temp.ledger(), Model::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(inserted.at(1).at(1).toInt(), int(expected.indexOf(u"new-mid"_s)));
    QCOMPARE(shownIds(model), expected);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.totalRowCount(), 46);
}

void TstPaymentTableModel::insertedRowHiddenByFilter()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadInto(model, temp.path()));
    PaymentFilter paidOnly;
    paidOnly.setStatuses({PaymentStatus::Paid});
    model.setFilter(paidOnly);
    QVERIFY(settle(model));
    const int shown = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    const UpsertResult pending
        = temp.upsert({payment(u"a1"_s, u"hidden"_s, 600, u"1"_s, u"USD"_s, PaymentStatus::Pending)});
    QVERIFY(model.applyUpsert(u"a1"_s, pending));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), shown);
    QCOMPARE(model.totalRowCount(), 45);

    const UpsertResult paid = temp.upsert({payment(u"a1"_s, u"visible"_s, 600, u"1"_s, u"USD"_s, PaymentStatus::Paid)});
    QVERIFY(model.applyUpsert(u"a1"_s, paid));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), shown + 1);
    QCOMPARE(model.index(inserted.at(0).at(1).toInt(), 0).data(IdRole).toString(), u"visible"_s);

    model.setFilter(PaymentFilter());
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 46);
    QVERIFY(model.rowOf(u"a1"_s, u"hidden"_s) >= 0);
}

void TstPaymentTableModel::changedRowEmitsOnlyDataChanged()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadInto(model, temp.path()));
    const int row = model.rowOf(u"a2"_s, u"p03"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);

    Payment p = temp.ledger().payment(u"a2"_s, u"p03"_s).value();
    p.description = u"Renamed"_s; // the created order does not care
    p.status = PaymentStatus::Paid;
    const UpsertResult result = temp.upsert({p});
    QCOMPARE(result.changed, QStringList{u"p03"_s});
    QVERIFY(model.applyUpsert(u"a2"_s, result));

    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), row);
    QCOMPARE(bottomRight.row(), row);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), Model::ColumnCount - 1);
    QCOMPARE(moved.count() + inserted.count() + removed.count() + layouts.count(), 0);
    QCOMPARE(model.index(row, Model::DescriptionColumn).data().toString(), u"Renamed"_s);
    QCOMPARE(model.index(row, 0).data(StatusRole).toInt(), int(PaymentStatus::Paid));
}

void TstPaymentTableModel::changedRowMoves()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadInto(model, temp.path()));
    model.sort(Model::AmountColumn, Qt::AscendingOrder);
    QVERIFY(settle(model));
    const int oldRow = model.rowOf(u"a1"_s, u"p04"_s); // amount 2
    const QPersistentModelIndex persistent(model.index(oldRow, 0));
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);

    Payment p = temp.ledger().payment(u"a1"_s, u"p04"_s).value();
    p.amount.amount = dec(u"1000000"_s); // near the end
    QVERIFY(model.applyUpsert(u"a1"_s, temp.upsert({p})));

    const QStringList expected = oracleOrder(temp.ledger(), Model::AmountColumn, Qt::AscendingOrder);
    const int newRow = int(expected.indexOf(u"p04"_s));
    QVERIFY(newRow > oldRow);
    QCOMPARE(shownIds(model), expected);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toInt(), oldRow);
    QCOMPARE(moved.at(0).at(2).toInt(), oldRow);
    QCOMPARE(moved.at(0).at(4).toInt(), newRow + 1); // destination before the move, as beginMoveRows takes it
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), newRow);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(persistent.row(), newRow); // the selection follows the row

    // And back up, to the very top.
    p.amount.amount = dec(u"-100"_s);
    QVERIFY(model.applyUpsert(u"a1"_s, temp.upsert({p})));
    QCOMPARE(shownIds(model), oracleOrder(temp.ledger(), Model::AmountColumn, Qt::AscendingOrder));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(moved.at(1).at(4).toInt(), model.rowOf(u"a1"_s, u"p04"_s));
    QCOMPARE(persistent.data(IdRole).toString(), u"p04"_s);
}

void TstPaymentTableModel::changedRowLeavesAndEntersFilter()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadInto(model, temp.path()));
    PaymentFilter filter;
    filter.setText(u"cake"_s);
    model.setFilter(filter);
    QVERIFY(settle(model));
    const int row = model.rowOf(u"a1"_s, u"p02"_s); // "cake"
    QVERIFY(row >= 0);
    const int shown = model.rowCount();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    Payment p = temp.ledger().payment(u"a1"_s, u"p02"_s).value();
    p.description = u"tea"_s;
    QVERIFY(model.applyUpsert(u"a1"_s, temp.upsert({p})));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), row);
    QCOMPARE(model.rowCount(), shown - 1);
    QCOMPARE(model.rowOf(u"a1"_s, u"p02"_s), -1);

    p.description = u"cheesecake"_s;
    QVERIFY(model.applyUpsert(u"a1"_s, temp.upsert({p})));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), row);
    QCOMPARE(model.rowCount(), shown);
}

void TstPaymentTableModel::unchangedRowsEmitNothing()
{
    TempLedger temp;
    const QList<Payment> payments = samplePayments();
    temp.upsert(payments);
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadInto(model, temp.path()));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    const UpsertResult result = temp.upsert(payments.mid(0, 5));
    QCOMPARE(result.unchanged.size(), 5);
    QVERIFY(model.applyUpsert(u"a1"_s, result)); // nothing inserted or changed: nothing read
    model.applyPayments(payments.mid(0, 5)); // the same records again: equal rows, no signal
    QCOMPARE(changed.count() + inserted.count() + layouts.count(), 0);
}

void TstPaymentTableModel::updatesWaitForARunningSort()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAsyncThreshold(0);
    QVERIFY(loadInto(model, temp.path()));
    model.sort(Model::OrderIdColumn, Qt::AscendingOrder);
    QVERIFY(model.isBusy());
    const UpsertResult result = temp.upsert({payment(u"a2"_s, u"late"_s, 3)});
    QVERIFY(model.applyUpsert(u"a2"_s, result));
    QVERIFY(settle(model));
    QCOMPARE(shownIds(model), oracleOrder(temp.ledger(), Model::OrderIdColumn, Qt::AscendingOrder));
    QVERIFY(model.rowOf(u"a2"_s, u"late"_s) >= 0);
}

void TstPaymentTableModel::bulkUpdateIsOneLayoutChange()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadInto(model, temp.path()));
    model.setBulkUpdateThreshold(0);
    model.sort(Model::AmountColumn, Qt::DescendingOrder);
    const QPersistentModelIndex kept(model.index(model.rowOf(u"a2"_s, u"p06"_s), Model::IdColumn));
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    QList<Payment> batch;
    for (int i = 0; i < 10; ++i)
        batch.append(payment(u"a1"_s, u"bulk-%1"_s.arg(i), i, QString::number(i * 100)));
    Payment changed = temp.ledger().payment(u"a1"_s, u"p01"_s).value();
    changed.amount.amount = dec(u"99999"_s);
    batch.append(changed);
    QVERIFY(model.applyUpsert(u"a1"_s, temp.upsert(batch)));

    QCOMPARE(layouts.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(shownIds(model), oracleOrder(temp.ledger(), Model::AmountColumn, Qt::DescendingOrder));
    QCOMPARE(kept.data(IdRole).toString(), u"p06"_s);
    QCOMPARE(kept.row(), model.rowOf(u"a2"_s, u"p06"_s));
}

void TstPaymentTableModel::updatesMatchAFreshLoad_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bulk");
    QTest::newRow("created desc, row by row") << int(Model::CreatedColumn) << Qt::DescendingOrder << QString() << false;
    QTest::newRow("amount asc, filtered, row by row")
        << int(Model::AmountColumn) << Qt::AscendingOrder << u"pd"_s << false;
    QTest::newRow("status desc, row by row") << int(Model::StatusColumn) << Qt::DescendingOrder << u"1"_s << false;
    QTest::newRow("description asc, bulk") << int(Model::DescriptionColumn) << Qt::AscendingOrder << u"c"_s << true;
    QTest::newRow("paid desc, bulk") << int(Model::PaidColumn) << Qt::DescendingOrder << QString() << true;
    QTest::newRow("storage order, row by row") << -1 << Qt::AscendingOrder << QString() << false;
}

// After many random inserts and changes, the incrementally updated table equals a table loaded from scratch.
void TstPaymentTableModel::updatesMatchAFreshLoad()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, text);
    QFETCH(bool, bulk);
    TempLedger temp;
    temp.upsert(samplePayments());
    PaymentFilter filter;
    filter.setText(text);

    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBulkUpdateThreshold(bulk ? 0 : 1'000'000'000);
    QVERIFY(loadInto(model, temp.path()));
    model.sort(column, order);
    model.setFilter(filter);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    QRandomGenerator random(1234);
    const QStringList statusNames{u"pd-7"_s, u"Cake"_s, u"x1"_s, u"PD-100"_s};
    for (int round = 0; round < 8; ++round) {
        QList<Payment> batch;
        for (int i = 0; i < 6; ++i) {
            const int pick = int(random.bounded(60));
            Payment p;
            if (pick < 44) {
                p = temp.ledger()
                        .payment(pick % 3 == 0 ? u"a2"_s : u"a1"_s, u"p%1"_s.arg(pick, 2, 10, QChar(u'0')))
                        .value();
            } else {
                p = payment(u"a1"_s, u"n%1-%2"_s.arg(round).arg(i), int(random.bounded(30)));
            }
            p.amount = Money{
                dec(QString::number(random.bounded(50)) + u".0"_s + QString::number(random.bounded(10))), u"USD"_s};
            p.paid = Money{dec(QString::number(random.bounded(5))), u"BTC"_s};
            p.status = PaymentStatus(random.bounded(13));
            p.orderId = statusNames.at(int(random.bounded(statusNames.size())));
            p.description = random.bounded(2) ? u"cake"_s : u"tea"_s;
            p.created = at(int(random.bounded(30)));
            batch.append(p);
        }
        const UpsertResult result = temp.upsert(batch);
        QVERIFY(model.applyUpsert(u"a1"_s, result)); // the ledger knows which account; a1 for the new ones
        QList<Payment> others;
        for (const Payment& p : std::as_const(batch)) {
            if (p.accountId == u"a2"_s)
                others.append(p);
        }
        model.applyPayments(others); // a2's rows, applied from the records themselves
    }
    QCOMPARE(resets.count(), 0);

    Model fresh;
    fresh.sort(column, order);
    fresh.setFilter(filter);
    QVERIFY(loadInto(fresh, temp.path()));
    QCOMPARE(model.totalRowCount(), fresh.totalRowCount());
    QCOMPARE(shownIds(model), shownIds(fresh));
    for (int c : {int(Model::AmountColumn), int(Model::StatusColumn), int(Model::DescriptionColumn)})
        QCOMPARE(columnValues(model, c, Qt::DisplayRole), columnValues(fresh, c, Qt::DisplayRole));
}

void TstPaymentTableModel::accountNamesAndHiddenAmounts()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadInto(model, temp.path()));
    model.sort(Model::AccountColumn, Qt::AscendingOrder);
    QVERIFY(settle(model));
    QCOMPARE(model.index(0, Model::AccountColumn).data().toString(), u"Berlin"_s);

    // Renaming re-sorts by the new names.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAccountNames({{u"a1"_s, u"Amsterdam"_s}, {u"a2"_s, u"Berlin"_s}});
    QVERIFY(settle(model));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, Model::AccountColumn).data().toString(), u"Amsterdam"_s);
    QCOMPARE(model.index(0, 0).data(AccountIdRole).toString(), u"a1"_s);

    model.setAmountsHidden(true);
    const int row = model.rowOf(u"a1"_s, u"p01"_s);
    QCOMPARE(model.index(row, Model::AmountColumn).data().toString(), u"•••"_s);
    QCOMPARE(model.index(row, Model::AmountColumn, {}).data(AmountRole).value<Money>().amount, dec(u"0.1"_s));
    model.setAmountsHidden(false);
    QVERIFY(model.index(row, Model::AmountColumn).data().toString().contains(u'1'));
}

// Issue #13, defect 4: an invoice whose creating call has an unknown outcome is a row with status "Outcome unknown",
// read from the journal, among the ledger's payments; once settled it gives way to the payment the gateway confirmed.
void TstPaymentTableModel::unknownOutcomeIsARowUntilSettled()
{
    TempLedger temp;
    temp.upsert(samplePayments());
    auto journal = Journal::open(temp.ledger());
    QVERIFY(journal.ok());
    auto started = journal.value()->begin({.accountId = u"a1"_s,
        .kind = JournalKind::Invoice,
        .idempotencyKey = u"PD-LOST"_s,
        .requestJson = R"({"amount":"12.34","currency":"EUR","order_id":"PD-LOST","description":"Lost one"})"});
    QVERIFY(started.ok());
    QVERIFY(journal.value()->markUnknown(*started.value().permit).ok());

    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadInto(model, temp.path()));
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 45);
    const int row = model.rowOf(u"a1"_s, u"journal:PD-LOST"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, Model::StatusColumn).data().toString(), UnknownOutcome::statusText());
    QCOMPARE(model.index(row, Model::OrderIdColumn).data().toString(), u"PD-LOST"_s);
    QCOMPARE(model.index(row, Model::CurrencyColumn).data().toString(), u"EUR"_s);
    QCOMPARE(model.index(row, Model::DescriptionColumn).data().toString(), u"Lost one"_s);
    QCOMPARE(temp.ledger().countPayments({}).value(), 44); // nothing of it in the ledger

    // Settled: the gateway's payment is stored and announced; the stand-in row goes.
    QVERIFY(journal.value()->settleFound(started.value().entry.id, u"p-found"_s).ok());
    Payment found = payment(u"a1"_s, u"p-found"_s, 5, u"12.34"_s, u"EUR"_s);
    found.orderId = u"PD-LOST"_s;
    const UpsertResult stored = temp.upsert({found});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.applyUpsert(u"a1"_s, stored));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 45);
    QCOMPARE(model.rowOf(u"a1"_s, u"journal:PD-LOST"_s), -1);
    QVERIFY(model.rowOf(u"a1"_s, u"p-found"_s) >= 0);
    QCOMPARE(model.totalRowCount(), 45);
    // The order and every other row are as a fresh load has them.
    Model fresh;
    QVERIFY(loadInto(fresh, temp.path()));
    QVERIFY(settle(fresh));
    QCOMPARE(shownIds(model), shownIds(fresh));
}

QTEST_GUILESS_MAIN(TstPaymentTableModel)
#include "tst_PaymentTableModel.moc"
