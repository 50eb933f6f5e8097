#include "models/AddressTableModel.h"
#include "models/ModelRoles.h"
#include "models/StatusText.h"
#include "tests/models/ModelTestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::modeltest;

namespace {

using Model = AddressTableModel;

void store(TempLedger& temp, const QList<DedicatedAddress>& addresses)
{
    if (!temp.ledger().upsertDedicatedAddresses(addresses))
        qFatal("upsertDedicatedAddresses failed");
}

} // namespace

class TstAddressTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void releasedAddressChangesInPlace();
    void sortedByLabelMovesARenamedAddress();
    void displayAndRoles();
};

void TstAddressTableModel::releasedAddressChangesInPlace()
{
    TempLedger temp;
    store(temp, {address(u"a1"_s, u"d1"_s, 10), address(u"a1"_s, u"d2"_s, 20), address(u"a2"_s, u"d3"_s, 30)});
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    const QStringList before = columnValues(model, Model::IdColumn, IdRole);
    QCOMPARE(before.size(), 3);
    const int row = int(before.indexOf(u"d2"_s));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    DedicatedAddress released = address(u"a1"_s, u"d2"_s, 20, AddressStatus::Released);
    released.rawStatus = u"blocked"_s;
    store(temp, {released, address(u"a2"_s, u"d4"_s, 40)});
    QVERIFY(model.reload());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    const int newRow = model.rowOfKey(u"a1\x1f"_s + u"d2"_s);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), newRow);
    QCOMPARE(model.index(newRow, Model::StatusColumn).data().toString(), StatusText::address(AddressStatus::Released));
    QCOMPARE(model.index(newRow, Model::StatusColumn).data(Qt::ToolTipRole).toString(), u"blocked"_s);
    QCOMPARE(model.index(newRow, 0).data(StatusRole).toInt(), int(AddressStatus::Released));
    QVERIFY(row >= 0);
}

void TstAddressTableModel::sortedByLabelMovesARenamedAddress()
{
    TempLedger temp;
    QList<DedicatedAddress> addresses;
    for (const QString& label : {u"delta"_s, u"Alpha"_s, u"charlie"_s, u"bravo"_s}) {
        DedicatedAddress a = address(u"a1"_s, label, int(addresses.size()));
        a.label = label;
        addresses.append(a);
    }
    store(temp, addresses);
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    model.sort(Model::LabelColumn, Qt::AscendingOrder);
    QCOMPARE(columnValues(model, Model::LabelColumn, Qt::DisplayRole),
        (QStringList{u"Alpha"_s, u"bravo"_s, u"charlie"_s, u"delta"_s}));
    const QPersistentModelIndex alpha(model.index(0, Model::LabelColumn));
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    DedicatedAddress renamed = addresses.at(1);
    renamed.label = u"echo"_s;
    store(temp, {renamed});
    QVERIFY(model.reload());
    QCOMPARE(columnValues(model, Model::LabelColumn, Qt::DisplayRole),
        (QStringList{u"bravo"_s, u"charlie"_s, u"delta"_s, u"echo"_s}));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(alpha.row(), 3);
    QCOMPARE(alpha.data(IdRole).toString(), u"Alpha"_s);
}

void TstAddressTableModel::displayAndRoles()
{
    TempLedger temp;
    DedicatedAddress a = address(u"a2"_s, u"d9"_s, 10);
    a.tag = u"memo-7"_s;
    store(temp, {a});
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(Model::AccountColumn).toString(), u"Berlin"_s);
    QCOMPARE(cell(Model::AddressColumn).toString(), u"TAddrd9"_s);
    QCOMPARE(cell(Model::TagColumn).toString(), u"memo-7"_s);
    QCOMPARE(cell(Model::CurrencyColumn).toString(), u"USDT"_s);
    QCOMPARE(cell(Model::NetworkColumn).toString(), u"tron"_s);
    QCOMPARE(cell(Model::CustomerReferenceColumn).toString(), u"cust-d9"_s);
    QCOMPARE(cell(Model::StatusColumn, SortRole).toString(), u"active"_s);
    QCOMPARE(cell(Model::CreatedColumn, SortRole).toDateTime(), a.created);
    QCOMPARE(cell(Model::IdColumn, AccountIdRole).toString(), u"a2"_s);
    QCOMPARE(cell(Model::IdColumn, CurrencyRole).toString(), u"USDT"_s);
}

QTEST_GUILESS_MAIN(TstAddressTableModel)
#include "tst_AddressTableModel.moc"
