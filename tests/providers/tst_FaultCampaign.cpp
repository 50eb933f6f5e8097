#include "bench/faults/FaultCampaign.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The short fault campaign (docs/journal.md, "Fault campaign"): creating calls on all four gateways through
// GatewayOperations while the sandbox faults about a fifth of the requests with every fault kind, then sync and a
// same-key retry for what is still unknown. Nothing may end duplicated, lost, phantom or unknown.
class TstFaultCampaign final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shortCampaign();
};

void TstFaultCampaign::initTestCase()
{
    QLoggingCategory::setFilterRules(u"paydesk.http.info=false"_s);
}

void TstFaultCampaign::shortCampaign()
{
    FaultCampaignOptions options;
    options.operations = 110;
    options.seed = 7;
    FaultCampaign campaign(options);
    const FaultCampaignFigures figures = campaign.run();
    qInfo().noquote() << u'\n' + figures.table();
    for (const QString& finding : figures.sampleFindings(2))
        qInfo().noquote() << finding;
    QVERIFY2(figures.error.isEmpty(), qPrintable(figures.error));

    // The campaign did what it says: enough faults, and objects created on every gateway.
    QVERIFY2(figures.faultsInjected() >= 500, qPrintable(u"only %1 faults"_s.arg(figures.faultsInjected())));
    QCOMPARE(figures.faultsByGateway.size(), 4);
    QCOMPARE(
        figures.rows.size(), 13); // invoices on four gateways, refunds on three, addresses and withdrawals on three
    for (const FaultCampaignRow& row : figures.rows)
        QVERIFY2(row.confirmed > 0, qPrintable(row.gateway + u" "_s + row.operation));

    const FaultCampaignRow total = figures.totals();
    QCOMPARE(total.duplicates, 0);
    QCOMPARE(total.lost, 0);
    QCOMPARE(total.phantom, 0);
    QCOMPARE(total.wrong, 0);
    // No lookup by Paydesk's key is published for these (docs/journal.md, "Fault campaign"): an unknown outcome
    // waits for the merchant's decision. Everywhere else it must be settled.
    const QStringList noLookup{
        u"cryptoprocessing address"_s, u"bucksbus refund"_s, u"bucksbus address"_s, u"bucksbus withdrawal"_s};
    for (const FaultCampaignRow& row : figures.rows) {
        const QString name = row.gateway + u' ' + row.operation;
        if (!noLookup.contains(name))
            QVERIFY2(row.unknown == 0, qPrintable(u"%1: %2 still unknown"_s.arg(name).arg(row.unknown)));
    }
}

QTEST_GUILESS_MAIN(TstFaultCampaign)
#include "tst_FaultCampaign.moc"
