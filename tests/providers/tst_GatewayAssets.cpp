#include "providers/GatewayOperations.h"
#include "tests/support/SandboxFixture.h"

#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The assets each gateway accepts, read by sync from the gateway itself and kept in the ledger for the forms:
// v10.2 names USDT by network (USDT.TRC20: a plain "USDT" is ERR_NO_ASSET there), CryptoProcessing by its own
// codes (USDTT), Cryptomus per coin and network. Crypto.com publishes no such list.
class TstGatewayAssets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void syncKeepsWhatTheGatewayAccepts_data();
    void syncKeepsWhatTheGatewayAccepts();

private:
    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<GatewayOperations> m_operations;
};

void TstGatewayAssets::init()
{
    m_fixture = std::make_unique<test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_operations = std::make_unique<GatewayOperations>(m_fixture->ledger(), m_fixture->journal());
}

void TstGatewayAssets::cleanup()
{
    m_operations.reset();
    m_fixture.reset();
}

void TstGatewayAssets::syncKeepsWhatTheGatewayAccepts_data()
{
    QTest::addColumn<Gateway>("gateway");
    QTest::addColumn<QString>("accepted"); // "CODE" or "CODE@network" that must be listed
    QTest::addColumn<QString>("refused"); // a code the gateway does not take
    QTest::addColumn<bool>("withMinimum");
    QTest::newRow("bucksbus") << Gateway::BucksBus << u"USDT.TRC20@TRON"_s << u"USDT"_s << true;
    QTest::newRow("cryptoprocessing") << Gateway::CryptoProcessing << u"USDTT"_s << u"USDT.TRC20"_s << true;
    QTest::newRow("cryptomus") << Gateway::Cryptomus << u"USDT@tron"_s << u"USDTT"_s << true;
    QTest::newRow("cryptocom") << Gateway::CryptoCom << QString() << QString() << false;
}

void TstGatewayAssets::syncKeepsWhatTheGatewayAccepts()
{
    QFETCH(Gateway, gateway);
    QFETCH(QString, accepted);
    QFETCH(QString, refused);
    QFETCH(bool, withMinimum);
    auto provider = m_fixture->provider(gateway);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const SyncOutcome outcome = m_fixture->sync(*provider, *m_operations);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors.join(u'\n')));
    const auto assets = m_fixture->ledger().gatewayAssets(provider->account().id);
    QVERIFY(assets.ok());
    if (accepted.isEmpty()) {
        QVERIFY(assets.value().isEmpty()); // nothing to read: the forms keep Paydesk's own list
        return;
    }
    QVERIFY(assets.value().size() > 3);
    const QString code = accepted.section(u'@', 0, 0);
    const QString network = accepted.section(u'@', 1);
    const auto listed = std::find_if(assets.value().cbegin(), assets.value().cend(),
        [&](const GatewayAsset& asset) { return asset.code == code && asset.network == network; });
    QVERIFY2(listed != assets.value().cend(), qPrintable(accepted));
    QVERIFY(!listed->fiat);
    QVERIFY(listed->available);
    QCOMPARE(listed->minimum.has_value(), withMinimum);
    QVERIFY(listed->readAt >= before);
    QVERIFY(std::none_of(assets.value().cbegin(), assets.value().cend(),
        [&](const GatewayAsset& asset) { return asset.code == refused; }));

    // Read again at the next sync: replaced, never doubled.
    QVERIFY(m_fixture->sync(*provider, *m_operations).ok());
    QCOMPARE(m_fixture->ledger().gatewayAssets(provider->account().id).value().size(), assets.value().size());
}

QTEST_GUILESS_MAIN(TstGatewayAssets)
#include "tst_GatewayAssets.moc"
