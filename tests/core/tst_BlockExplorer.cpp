#include "core/domain/BlockExplorer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

class TstBlockExplorer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transactionUrl_data();
    void transactionUrl();
};

void TstBlockExplorer::transactionUrl_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QString>("expected");
    const QString hex = u"cba4ae07643a93316062aaba156d1329c2dbab9af05a6b70d771ccc988ff2bf5"_s;
    QTest::newRow("bitcoin by network") << u"bitcoin"_s << u"BTC"_s << hex << u"https://mempool.space/tx/"_s + hex;
    QTest::newRow("tron, upper case") << u"TRON"_s << u"USDT"_s << hex
                                      << u"https://tronscan.org/#/transaction/"_s + hex;
    QTest::newRow("token standard") << u"ERC20"_s << u"USDT"_s << hex << u"https://etherscan.io/tx/"_s + hex;
    QTest::newRow("bsc") << u"bsc"_s << u"USDT"_s << hex << u"https://bscscan.com/tx/"_s + hex;
    QTest::newRow("v10.2 asset id") << QString() << u"USDT.TRC20"_s << hex
                                    << u"https://tronscan.org/#/transaction/"_s + hex;
    QTest::newRow("ticker only") << QString() << u"LTC"_s << hex << u"https://litecoinspace.org/tx/"_s + hex;
    QTest::newRow("0x hash") << u"ethereum"_s << u"ETH"_s << u"0xabc123"_s << u"https://etherscan.io/tx/0xabc123"_s;
    QTest::newRow("unknown chain") << u"avalanche"_s << u"AVAX"_s << hex << QString();
    QTest::newRow("no chain at all") << QString() << u"USDT"_s << hex << QString();
    QTest::newRow("hash with a path") << u"bitcoin"_s << u"BTC"_s << u"abc/../evil"_s << QString();
    QTest::newRow("hash with a query") << u"bitcoin"_s << u"BTC"_s << u"abc?x=1"_s << QString();
    QTest::newRow("empty hash") << u"bitcoin"_s << u"BTC"_s << QString() << QString();
}

void TstBlockExplorer::transactionUrl()
{
    QFETCH(QString, network);
    QFETCH(QString, currency);
    QFETCH(QString, hash);
    QFETCH(QString, expected);
    QCOMPARE(blockExplorerTransactionUrl(network, currency, hash).toString(), expected);
}

QTEST_GUILESS_MAIN(TstBlockExplorer)
#include "tst_BlockExplorer.moc"
