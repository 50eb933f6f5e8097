#include "bench/KillCampaign.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The kill campaign's short version (docs/journal.md, "Kill campaign"): 30 SIGKILLs of real paydesk-cli processes
// during invoice create, refund create and sync on the four gateways of a real paydesk-sandbox process, each followed
// by the recovery a user would make (sync, then the same command under the same key). After every recovery and
// again after a final sync: no object twice at the gateway or in the ledger, none lost, none in the ledger that the
// gateway never created; the ledger file passes PRAGMA integrity_check every five kills and at the end.
// paydesk-bench-kills runs the long version (200 kills and more).
class TstKillCampaign final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thirtyKillsLeaveNoDuplicateLostOrPhantom();
};

void TstKillCampaign::thirtyKillsLeaveNoDuplicateLostOrPhantom()
{
    bench::KillCampaign::Options options;
    options.kills = 30;
    options.seed = 13;
    options.integrityEvery = 5;
    options.cliPath = QStringLiteral(PAYDESK_CLI_PATH);
    options.sandboxPath = QStringLiteral(PAYDESK_SANDBOX_PATH);
    bench::KillCampaign campaign(options);
    const bench::KillCampaign::Report report = campaign.run();

    // The figures go to the test log whatever the outcome.
    for (const QString& line : bench::KillCampaign::table(report).split(u'\n', Qt::SkipEmptyParts))
        qInfo().noquote() << line;
    for (const auto& finding : report.findings)
        qInfo().noquote() << u"finding: %1 %2 %3 (%4): %5"_s.arg(finding.gateway,
            bench::KillCampaign::operationName(finding.operation), finding.key, finding.killMode, finding.what);
    for (const auto& finding : report.finalFindings)
        qInfo().noquote() << u"after the final sync: %1 %2 %3: %4"_s.arg(
            finding.gateway, bench::KillCampaign::operationName(finding.operation), finding.key, finding.what);

    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.kills, 30);
    const bench::KillCampaign::Figures total = report.total();
    QVERIFY(total.atGateway > 0);
    QVERIFY(total.inLedger > 0);
    QCOMPARE(total.duplicates, 0);
    QCOMPARE(total.lost, 0);
    QCOMPARE(total.phantom, 0);
    QCOMPARE(report.final.duplicates, 0);
    QCOMPARE(report.final.lost, 0);
    QCOMPARE(report.final.phantom, 0);
    QVERIFY(report.integrityChecks >= 7); // every five kills, and at the end
    QCOMPARE(report.integrityPassed, report.integrityChecks);
}

QTEST_GUILESS_MAIN(TstKillCampaign)
#include "tst_KillCampaign.moc"
