#include "models/AccountTableModel.h"
#include "models/ModelRoles.h"
#include "tests/models/ModelTestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::modeltest;

using Model = AccountTableModel;

class TstAccountTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsAddEditRemove();
    void displayAndRoles();
};

void TstAccountTableModel::followsAddEditRemove()
{
    TempLedger temp; // "shop-eu" (a1) and "Berlin" (a2): the ledger orders by name
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.reload());
    const QStringList names = columnValues(model, Model::NameColumn, Qt::DisplayRole);
    QCOMPARE(names.size(), 2);
    QCOMPARE(columnValues(model, 0, IdRole), (QStringList{u"a2"_s, u"a1"_s}));
    const QPersistentModelIndex shop(model.index(1, Model::NameColumn));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    temp.addAccount(account(u"a3"_s, u"Amsterdam"_s, Gateway::CryptoCom));
    QVERIFY(model.reload());
    QCOMPARE(columnValues(model, 0, IdRole), (QStringList{u"a3"_s, u"a2"_s, u"a1"_s}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);

    // Renaming "shop-eu" to "Aachen" moves it to the top; switching to live mode changes a row in place.
    Account renamed = temp.ledger().account(u"a1"_s).value();
    renamed.name = u"Aachen"_s;
    QVERIFY(temp.ledger().updateAccount(renamed));
    Account live = temp.ledger().account(u"a2"_s).value();
    live.liveMode = true;
    QVERIFY(temp.ledger().updateAccount(live));
    QVERIFY(model.reload());
    QCOMPARE(columnValues(model, 0, IdRole), (QStringList{u"a1"_s, u"a3"_s, u"a2"_s}));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(shop.row(), 0);
    QCOMPARE(shop.data().toString(), u"Aachen"_s);
    QCOMPARE(model.index(2, Model::ModeColumn).data().toString(), u"Live"_s);
    // Rows 0 and 2 of 3 changed: more than half, so one range over both.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 2);

    QVERIFY(temp.ledger().removeAccount(u"a3"_s));
    QVERIFY(model.reload());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(resets.count(), 0);
}

void TstAccountTableModel::displayAndRoles()
{
    TempLedger temp;
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(Model::NameColumn).toString(), u"Berlin"_s);
    QCOMPARE(cell(Model::GatewayColumn).toString(), gatewayDisplayName(Gateway::BucksBus));
    QCOMPARE(cell(Model::GatewayColumn, SortRole).toString(), u"bucksbus"_s);
    QCOMPARE(cell(Model::ModeColumn, SortRole).toBool(), false);
    QCOMPARE(cell(Model::BaseUrlColumn).toString(), u"https://api.example.test/a2"_s);
    QCOMPARE(cell(Model::NameColumn, IdRole).toString(), u"a2"_s);
    QCOMPARE(cell(Model::NameColumn, GatewayRole).toInt(), int(Gateway::BucksBus));
}

QTEST_GUILESS_MAIN(TstAccountTableModel)
#include "tst_AccountTableModel.moc"
