#include "core/Decimal.h"
#include "core/Money.h"
#include "core/qr/PaymentUri.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

Q_DECLARE_METATYPE(paydesk::PaymentUri::Kind)
Q_DECLARE_METATYPE(paydesk::PaymentUri::Error)

namespace {

// Well-formed example addresses (BIP-173 test vector, EIP-681 example, public explorer examples).
const QString kBech32 = u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s;
const QString kBase58 = u"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"_s;
const QString kLitecoin = u"ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea"_s;
const QString kDogecoin = u"DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L"_s;
const QString kEther = u"0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359"_s;
const QString kTron = u"TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"_s;
const QString kTon = u"EQD4FPq-PRDieyQKkizFTRtSDyucUIqrj0v_zXJmqaDp6_0t"_s;

} // namespace

class TstPaymentUri final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_data();
    void build();
    void fromMoney();
    void errorTexts();
};

void TstPaymentUri::build_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("amount"); // "" = no amount
    QTest::addColumn<QString>("text"); // "" = no result
    QTest::addColumn<PaymentUri::Kind>("kind");
    QTest::addColumn<PaymentUri::Error>("error");

    using K = PaymentUri::Kind;
    using E = PaymentUri::Error;

    // BIP-21: amount in BTC as plain decimal text, trailing zeros dropped, never an exponent.
    QTest::newRow("btc bech32") << kBech32 << u"BTC"_s << u"bitcoin"_s << u"0.001"_s
                                << u"bitcoin:%1?amount=0.001"_s.arg(kBech32) << K::Bip21 << E::None;
    QTest::newRow("btc trailing zeros") << kBech32 << u"BTC"_s << u"bitcoin"_s << u"0.00100000"_s
                                        << u"bitcoin:%1?amount=0.001"_s.arg(kBech32) << K::Bip21 << E::None;
    QTest::newRow("btc whole") << kBase58 << u"BTC"_s << u"BTC"_s << u"2.00000000"_s
                               << u"bitcoin:%1?amount=2"_s.arg(kBase58) << K::Bip21 << E::None;
    QTest::newRow("btc one satoshi") << kBase58 << u"BTC"_s << u"Bitcoin"_s << u"0.00000001"_s
                                     << u"bitcoin:%1?amount=0.00000001"_s.arg(kBase58) << K::Bip21 << E::None;
    QTest::newRow("btc large exact") << kBech32 << u"btc"_s << u"BITCOIN"_s << u"20999999.97690001"_s
                                     << u"bitcoin:%1?amount=20999999.97690001"_s.arg(kBech32) << K::Bip21 << E::None;
    QTest::newRow("btc no network") << kBech32 << u"BTC"_s << QString() << u"0.5"_s
                                    << u"bitcoin:%1?amount=0.5"_s.arg(kBech32) << K::Bip21 << E::None;
    QTest::newRow("btc too precise") << kBech32 << u"BTC"_s << u"bitcoin"_s << u"0.000000001"_s << QString()
                                     << K::BareAddress << E::AmountTooPrecise;
    QTest::newRow("btc zero") << kBech32 << u"BTC"_s << u"bitcoin"_s << u"0.000"_s << QString() << K::BareAddress
                              << E::NonPositiveAmount;
    QTest::newRow("btc negative") << kBech32 << u"BTC"_s << u"bitcoin"_s << u"-0.1"_s << QString() << K::BareAddress
                                  << E::NonPositiveAmount;
    QTest::newRow("btc on bsc: wrapped, bare")
        << kEther << u"BTC"_s << u"bsc"_s << u"0.1"_s << kEther << K::BareAddress << E::None;
    QTest::newRow("btc without amount: bare")
        << kBech32 << u"BTC"_s << u"bitcoin"_s << QString() << kBech32 << K::BareAddress << E::None;
    QTest::newRow("btc address with a scheme") << u"bitcoin:%1"_s.arg(kBech32) << u"BTC"_s << u"bitcoin"_s << u"0.1"_s
                                               << QString() << K::BareAddress << E::InvalidAddress;
    QTest::newRow("btc address with a query") << kBech32 + u"?amount=5"_s << u"BTC"_s << u"bitcoin"_s << u"0.1"_s
                                              << QString() << K::BareAddress << E::InvalidAddress;

    // Litecoin and Dogecoin: the same BIP-21 form under their own schemes.
    QTest::newRow("ltc") << kLitecoin << u"LTC"_s << u"litecoin"_s << u"1.50"_s
                         << u"litecoin:%1?amount=1.5"_s.arg(kLitecoin) << K::Bip21 << E::None;
    QTest::newRow("ltc short network") << kLitecoin << u"LTC"_s << u"ltc"_s << u"0.25"_s
                                       << u"litecoin:%1?amount=0.25"_s.arg(kLitecoin) << K::Bip21 << E::None;
    QTest::newRow("doge") << kDogecoin << u"DOGE"_s << QString() << u"42.0"_s
                          << u"dogecoin:%1?amount=42"_s.arg(kDogecoin) << K::Bip21 << E::None;

    // EIP-681: value in wei as an integer, on Ethereum mainnet (chain id 1).
    QTest::newRow("eth") << kEther << u"ETH"_s << u"ethereum"_s << u"1.5"_s
                         << u"ethereum:%1@1?value=1500000000000000000"_s.arg(kEther) << K::Eip681 << E::None;
    QTest::newRow("eth one wei") << kEther << u"ETH"_s << u"ETH"_s << u"0.000000000000000001"_s
                                 << u"ethereum:%1@1?value=1"_s.arg(kEther) << K::Eip681 << E::None;
    QTest::newRow("eth erc20 network") << kEther << u"eth"_s << u"ERC20"_s << u"0.0421"_s
                                       << u"ethereum:%1@1?value=42100000000000000"_s.arg(kEther) << K::Eip681
                                       << E::None;
    QTest::newRow("eth large") << kEther << u"ETH"_s << u"ethereum"_s << u"123456789.123456789123456789"_s
                               << u"ethereum:%1@1?value=123456789123456789123456789"_s.arg(kEther) << K::Eip681
                               << E::None;
    QTest::newRow("eth too precise") << kEther << u"ETH"_s << u"ethereum"_s << u"0.0000000000000000001"_s << QString()
                                     << K::BareAddress << E::AmountTooPrecise;
    QTest::newRow("eth short address") << u"0x123"_s << u"ETH"_s << u"ethereum"_s << u"1"_s << QString()
                                       << K::BareAddress << E::InvalidAddress;
    QTest::newRow("eth non-hex address") << u"0xzb6916095ca1df60bb79Ce92ce3ea74c37c5d359"_s << u"ETH"_s << u"ethereum"_s
                                         << u"1"_s << QString() << K::BareAddress << E::InvalidAddress;
    QTest::newRow("eth on arbitrum: bare")
        << kEther << u"ETH"_s << u"arbitrum"_s << u"1"_s << kEther << K::BareAddress << E::None;

    // Tokens and other chains: the bare address, whatever the amount's precision (it is not encoded).
    QTest::newRow("usdt tron") << kTron << u"USDT"_s << u"tron"_s << u"10.5"_s << kTron << K::BareAddress << E::None;
    QTest::newRow("usdt trc20 7 decimals")
        << kTron << u"USDT"_s << u"TRC20"_s << u"1.0000001"_s << kTron << K::BareAddress << E::None;
    QTest::newRow("usdt erc20") << kEther << u"USDT"_s << u"ERC20"_s << u"25"_s << kEther << K::BareAddress << E::None;
    QTest::newRow("usdc ethereum") << kEther << u"USDC"_s << u"ethereum"_s << u"25"_s << kEther << K::BareAddress
                                   << E::None;
    QTest::newRow("ton with - and _") << kTon << u"TON"_s << u"ton"_s << u"3"_s << kTon << K::BareAddress << E::None;
    QTest::newRow("unknown asset") << kBase58 << u"XYZ"_s << u"bitcoin"_s << u"1"_s << kBase58 << K::BareAddress
                                   << E::None;
    QTest::newRow("usdt zero") << kTron << u"USDT"_s << u"tron"_s << u"0"_s << QString() << K::BareAddress
                               << E::NonPositiveAmount;

    // Addresses a scan must not carry along.
    QTest::newRow("empty address") << QString() << u"BTC"_s << u"bitcoin"_s << u"1"_s << QString() << K::BareAddress
                                   << E::EmptyAddress;
    QTest::newRow("space in address") << u"TXYZ opY"_s << u"USDT"_s << u"tron"_s << QString() << QString()
                                      << K::BareAddress << E::InvalidAddress;
    QTest::newRow("trailing newline") << kTron + u"\n"_s << u"USDT"_s << u"tron"_s << u"1"_s << QString()
                                      << K::BareAddress << E::InvalidAddress;
    QTest::newRow("zero-width space") << kTron + QChar(0x200B) << u"USDT"_s << u"tron"_s << u"1"_s << QString()
                                      << K::BareAddress << E::InvalidAddress;
}

void TstPaymentUri::build()
{
    QFETCH(QString, address);
    QFETCH(QString, asset);
    QFETCH(QString, network);
    QFETCH(QString, amount);
    QFETCH(QString, text);
    QFETCH(PaymentUri::Kind, kind);
    QFETCH(PaymentUri::Error, error);

    std::optional<Decimal> value;
    if (!amount.isEmpty()) {
        value = Decimal::fromString(amount);
        QVERIFY2(value, qPrintable(amount));
    }
    PaymentUri::Error actualError = PaymentUri::Error::EmptyAddress; // must be overwritten
    const std::optional<PaymentUri> uri = PaymentUri::build(address, asset, network, value, &actualError);
    QCOMPARE(actualError, error);
    QCOMPARE(uri.has_value(), !text.isEmpty());
    if (uri) {
        QCOMPARE(uri->text(), text);
        QCOMPARE(uri->kind(), kind);
        QCOMPARE(uri->carriesAmount(), kind != PaymentUri::Kind::BareAddress);
    }
    // The error pointer is optional.
    QCOMPARE(PaymentUri::build(address, asset, network, value).has_value(), uri.has_value());
}

void TstPaymentUri::fromMoney()
{
    const Money money{*Decimal::fromString(u"0.0500"), u"BTC"_s};
    const auto uri = PaymentUri::build(kBech32, money, u"bitcoin");
    QVERIFY(uri);
    QCOMPARE(uri->text(), u"bitcoin:%1?amount=0.05"_s.arg(kBech32));

    const Money tether{*Decimal::fromString(u"99.99"), u"USDT"_s};
    const auto bare = PaymentUri::build(kTron, tether, u"tron");
    QVERIFY(bare);
    QCOMPARE(bare->text(), kTron);
    QVERIFY(!bare->carriesAmount());
}

void TstPaymentUri::errorTexts()
{
    QVERIFY(PaymentUri::errorText(PaymentUri::Error::None).isEmpty());
    for (const auto error : {PaymentUri::Error::EmptyAddress, PaymentUri::Error::InvalidAddress,
             PaymentUri::Error::NonPositiveAmount, PaymentUri::Error::AmountTooPrecise}) {
        QVERIFY(!PaymentUri::errorText(error).isEmpty());
    }
}

QTEST_APPLESS_MAIN(TstPaymentUri)
#include "tst_PaymentUri.moc"
