#include "core/qr/InvoiceQr.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// What an invoice's QR code carries: the wallet URI with the amount when it can, else the payment page, else the
// bare address.
class TstInvoiceQr final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choice_data();
    void choice();
};

void TstInvoiceQr::choice_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("payAmount");
    QTest::addColumn<QString>("payCurrency");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("paymentUrl");
    QTest::addColumn<QString>("expected");

    const QString btc = u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s;
    const QString url = u"https://pay.example/i/1"_s;
    QTest::newRow("BTC address and amount: BIP-21")
        << btc << u"0.00120000"_s << u"BTC"_s << u"bitcoin"_s << url << u"bitcoin:%1?amount=0.0012"_s.arg(btc);
    QTest::newRow("token without a common URI: the payment page")
        << u"TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"_s << u"25.5"_s << u"USDT"_s << u"tron"_s << url << url;
    QTest::newRow("no amount: the payment page") << btc << QString() << QString() << u"bitcoin"_s << url << url;
    QTest::newRow("only an address: the address") << u"TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"_s << u"25.5"_s << u"USDT"_s
                                                  << u"tron"_s << QString() << u"TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"_s;
    QTest::newRow("only a payment page") << QString() << QString() << QString() << QString() << url << url;
    QTest::newRow("nothing") << QString() << QString() << QString() << QString() << QString() << QString();
}

void TstInvoiceQr::choice()
{
    QFETCH(QString, address);
    QFETCH(QString, payAmount);
    QFETCH(QString, payCurrency);
    QFETCH(QString, network);
    QFETCH(QString, paymentUrl);
    QFETCH(QString, expected);
    Payment payment;
    payment.address = address;
    if (!payCurrency.isEmpty())
        payment.payAmount = {*Decimal::fromString(payAmount), payCurrency};
    payment.network = network;
    payment.paymentUrl = paymentUrl;
    QCOMPARE(invoiceQrText(payment), expected);
}

QTEST_GUILESS_MAIN(TstInvoiceQr)
#include "tst_InvoiceQr.moc"
