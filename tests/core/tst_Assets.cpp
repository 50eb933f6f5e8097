#include "core/Assets.h"
#include "core/Decimal.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

class TstAssets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void known_data();
    void known();
    void caseInsensitive();
    void unknown();
    void tableIsConsistent();
    void cryptoComMinorUnits();
};

void TstAssets::known_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("precision");
    QTest::addColumn<bool>("fiat");

    // Fiat: ISO 4217 minor units.
    QTest::newRow("USD") << u"USD"_s << 2 << true;
    QTest::newRow("EUR") << u"EUR"_s << 2 << true;
    QTest::newRow("GBP") << u"GBP"_s << 2 << true;
    QTest::newRow("AUD") << u"AUD"_s << 2 << true;
    QTest::newRow("CAD") << u"CAD"_s << 2 << true;
    QTest::newRow("CHF") << u"CHF"_s << 2 << true;
    QTest::newRow("JPY") << u"JPY"_s << 0 << true;
    QTest::newRow("KRW") << u"KRW"_s << 0 << true;
    QTest::newRow("RUB") << u"RUB"_s << 2 << true;
    QTest::newRow("UAH") << u"UAH"_s << 2 << true;
    QTest::newRow("BRL") << u"BRL"_s << 2 << true;
    QTest::newRow("TRY") << u"TRY"_s << 2 << true;
    QTest::newRow("INR") << u"INR"_s << 2 << true;
    QTest::newRow("SGD") << u"SGD"_s << 2 << true;
    QTest::newRow("HKD") << u"HKD"_s << 2 << true;
    QTest::newRow("PLN") << u"PLN"_s << 2 << true;
    QTest::newRow("CZK") << u"CZK"_s << 2 << true;
    QTest::newRow("KWD") << u"KWD"_s << 3 << true;
    // Crypto: native decimals.
    QTest::newRow("BTC") << u"BTC"_s << 8 << false;
    QTest::newRow("ETH") << u"ETH"_s << 18 << false;
    QTest::newRow("LTC") << u"LTC"_s << 8 << false;
    QTest::newRow("BCH") << u"BCH"_s << 8 << false;
    QTest::newRow("DOGE") << u"DOGE"_s << 8 << false;
    QTest::newRow("XRP") << u"XRP"_s << 6 << false;
    QTest::newRow("TRX") << u"TRX"_s << 6 << false;
    QTest::newRow("USDT") << u"USDT"_s << 6 << false;
    QTest::newRow("USDC") << u"USDC"_s << 6 << false;
    QTest::newRow("DAI") << u"DAI"_s << 18 << false;
    QTest::newRow("CRO") << u"CRO"_s << 18 << false;
    QTest::newRow("BNB") << u"BNB"_s << 18 << false;
    QTest::newRow("SOL") << u"SOL"_s << 9 << false;
    QTest::newRow("TON") << u"TON"_s << 9 << false;
    QTest::newRow("MATIC") << u"MATIC"_s << 18 << false;
    QTest::newRow("POL") << u"POL"_s << 18 << false;
    QTest::newRow("DASH") << u"DASH"_s << 8 << false;
    QTest::newRow("XMR") << u"XMR"_s << 12 << false;
    QTest::newRow("TUSD") << u"TUSD"_s << 18 << false;
}

void TstAssets::known()
{
    QFETCH(QString, code);
    QFETCH(int, precision);
    QFETCH(bool, fiat);

    const auto info = findAsset(code);
    QVERIFY(info.has_value());
    QCOMPARE(info->code, code);
    QCOMPARE(info->precision, precision);
    QCOMPARE(info->fiat, fiat);
    QCOMPARE(assetPrecision(code), precision);
    QCOMPARE(isFiat(code), fiat);
    QCOMPARE(cryptoComMinorUnitExponent(code), std::optional<int>(precision));
}

void TstAssets::caseInsensitive()
{
    const auto lower = findAsset(u"usdt");
    QVERIFY(lower.has_value());
    QCOMPARE(lower->code, u"USDT"_s); // the canonical upper-case code comes back
    QCOMPARE(assetPrecision(u"eth"), 18);
    QCOMPARE(assetPrecision(u"Cro"), 18);
    QVERIFY(isFiat(u"eur"));
    QVERIFY(!isFiat(u"btc"));
}

void TstAssets::unknown()
{
    for (const QString& code : {u"XYZ"_s, u""_s, u"US"_s, u"USDTT"_s, u"U SD"_s, u"BTC "_s}) {
        QVERIFY2(!findAsset(code).has_value(), qPrintable(code));
        QCOMPARE(assetPrecision(code), kDefaultAssetPrecision);
        QVERIFY(!isFiat(code));
        QVERIFY(!cryptoComMinorUnitExponent(code).has_value());
    }
    QCOMPARE(kDefaultAssetPrecision, 8);
}

void TstAssets::tableIsConsistent()
{
    const QList<AssetInfo> assets = knownAssets();
    QVERIFY(assets.size() >= 40);
    QSet<QString> codes;
    bool cryptoSeen = false;
    for (const AssetInfo& asset : assets) {
        QVERIFY2(!codes.contains(asset.code), qPrintable(asset.code));
        codes.insert(asset.code);
        QCOMPARE(asset.code, asset.code.toUpper());
        QVERIFY(asset.precision >= 0 && asset.precision <= Decimal::kMaxScale);
        if (asset.fiat) {
            QVERIFY2(!cryptoSeen, "fiat currencies come first");
            QCOMPARE(asset.code.size(), 3); // ISO 4217
            QVERIFY(asset.precision <= 3);
        } else {
            cryptoSeen = true;
        }
        QCOMPARE(findAsset(asset.code), std::optional<AssetInfo>(asset));
    }
}

void TstAssets::cryptoComMinorUnits()
{
    // API notes: 100 CRO = 100000000000000000000 minor units; the spec's 1900 EUR payment is 19.00 EUR.
    const auto cro = Decimal::fromMinorUnits(u"100000000000000000000", cryptoComMinorUnitExponent(u"CRO").value());
    QVERIFY(cro.has_value());
    QCOMPARE(cro->normalized().toString(), u"100"_s);
    const auto eur = Decimal::fromMinorUnits(u"1900", cryptoComMinorUnitExponent(u"EUR").value());
    QVERIFY(eur.has_value());
    QCOMPARE(eur->toString(), u"19.00"_s);
    QCOMPARE(cryptoComMinorUnitExponent(u"USD"), std::optional<int>(2));
    QCOMPARE(cryptoComMinorUnitExponent(u"JPY"), std::optional<int>(0));
}

QTEST_GUILESS_MAIN(TstAssets)
#include "tst_Assets.moc"
