#include "models/BalanceTableModel.h"
#include "models/ModelRoles.h"
#include "tests/models/ModelTestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::modeltest;

namespace {

using Model = BalanceTableModel;

void record(TempLedger& temp, const QList<Balance>& balances)
{
    if (!temp.ledger().recordBalances(balances))
        qFatal("recordBalances failed");
}

QStringList shownKeys(const Model& model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(
            model.index(row, 0).data(AccountIdRole).toString() + u'/' + model.index(row, 0).data(IdRole).toString());
    return keys;
}

} // namespace

class TstBalanceTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheLedgerByAccountAndCurrency();
    void sortsByExactAmount();
    void displayAndRoles();
};

void TstBalanceTableModel::followsTheLedgerByAccountAndCurrency()
{
    TempLedger temp;
    record(temp,
        {balance(u"a1"_s, u"BTC"_s, u"0.5"_s), balance(u"a1"_s, u"USDT"_s, u"100"_s),
            balance(u"a2"_s, u"BTC"_s, u"2"_s)});
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.reload());
    QCOMPARE(shownKeys(model), (QStringList{u"a1/BTC"_s, u"a1/USDT"_s, u"a2/BTC"_s}));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // The next sync: USDT changed, BTC the same, ETH new (between BTC and USDT by the ledger's order).
    record(temp,
        {balance(u"a1"_s, u"BTC"_s, u"0.5"_s), balance(u"a1"_s, u"USDT"_s, u"75.25"_s, 60),
            balance(u"a1"_s, u"ETH"_s, u"1.25"_s, 60)});
    QVERIFY(model.reload());
    QCOMPARE(shownKeys(model), (QStringList{u"a1/BTC"_s, u"a1/ETH"_s, u"a1/USDT"_s, u"a2/BTC"_s}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 2);
    QCOMPARE(model.index(2, Model::TotalColumn).data(AmountRole).value<Money>().amount, dec(u"75.25"_s));
    QCOMPARE(resets.count(), 0);
}

void TstBalanceTableModel::sortsByExactAmount()
{
    TempLedger temp;
    // Differences far below what a double can tell apart at this size.
    record(temp,
        {balance(u"a1"_s, u"ETH"_s, u"12345678901234567.000000000000000002"_s),
            balance(u"a1"_s, u"CRO"_s, u"12345678901234567.000000000000000001"_s),
            balance(u"a1"_s, u"BTC"_s, u"12345678901234567.000000000000000003"_s)});
    Model model(temp.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    model.sort(Model::TotalColumn, Qt::AscendingOrder);
    QCOMPARE(columnValues(model, 0, IdRole), (QStringList{u"CRO"_s, u"ETH"_s, u"BTC"_s}));
    model.sort(Model::TotalColumn, Qt::DescendingOrder);
    QCOMPARE(columnValues(model, 0, IdRole), (QStringList{u"BTC"_s, u"ETH"_s, u"CRO"_s}));
}

void TstBalanceTableModel::displayAndRoles()
{
    TempLedger temp;
    Balance b = balance(u"a2"_s, u"BTC"_s, u"1.5"_s);
    b.available = dec(u"1.25"_s);
    b.onHold = dec(u"0.25"_s);
    b.fiatEquivalent = Money{dec(u"90000.10"_s), u"USD"_s};
    record(temp, {b});
    Model model(temp.ledger());
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.reload());
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(Model::AccountColumn).toString(), u"Berlin"_s);
    QCOMPARE(cell(Model::TotalColumn).toString(), u"1.50000000"_s); // BTC shows 8 places
    QCOMPARE(cell(Model::AvailableColumn).toString(), u"1.25000000"_s);
    QCOMPARE(cell(Model::OnHoldColumn).toString(), u"0.25000000"_s);
    QCOMPARE(cell(Model::FiatEquivalentColumn).toString(), u"90,000.10\u00A0USD"_s);
    QCOMPARE(cell(Model::FiatEquivalentColumn, AmountRole).value<Money>(), b.fiatEquivalent);
    QCOMPARE(cell(Model::FiatEquivalentColumn, CurrencyRole).toString(), u"USD"_s);
    QCOMPARE(cell(Model::OnHoldColumn, AmountRole).value<Money>(), (Money{dec(u"0.25"_s), u"BTC"_s}));
    QCOMPARE(cell(Model::TotalColumn, SortRole).toString(), u"1.5"_s);
    QCOMPARE(cell(Model::AccountColumn, IdRole).toString(), u"BTC"_s);
    QCOMPARE(cell(Model::AsOfColumn, SortRole).toDateTime(), b.asOf);
}

QTEST_GUILESS_MAIN(TstBalanceTableModel)
#include "tst_BalanceTableModel.moc"
