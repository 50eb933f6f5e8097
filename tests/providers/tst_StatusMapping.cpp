#include "providers/StatusMapping.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

Q_DECLARE_METATYPE(paydesk::Gateway)
Q_DECLARE_METATYPE(paydesk::PaymentStatus)
Q_DECLARE_METATYPE(paydesk::TransferStatus)
Q_DECLARE_METATYPE(paydesk::AddressStatus)

// Every status each gateway documents, row by row (specs/ and API-NOTES.md).
class TstStatusMapping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paymentStatus_data();
    void paymentStatus();
    void transferStatus_data();
    void transferStatus();
    void addressStatus_data();
    void addressStatus();
    void everyTableRowIsTested();
    void unknownStatusesStayUnknown();

private:
    int m_paymentRows = 0;
    int m_transferRows = 0;
    int m_addressRows = 0;
};

void TstStatusMapping::paymentStatus_data()
{
    QTest::addColumn<Gateway>("gateway");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<PaymentStatus>("expected");
    auto row = [this](Gateway g, const QString& raw, PaymentStatus expected) {
        QTest::addRow("%s/%s", qPrintable(gatewayId(g)), qPrintable(raw)) << g << raw << expected;
        ++m_paymentRows;
    };
    m_paymentRows = 0;
    row(Gateway::CryptoCom, u"pending"_s, PaymentStatus::Pending);
    row(Gateway::CryptoCom, u"succeeded"_s, PaymentStatus::Paid);
    row(Gateway::CryptoCom, u"cancelled"_s, PaymentStatus::Cancelled);

    row(Gateway::CryptoProcessing, u"created"_s, PaymentStatus::Pending);
    row(Gateway::CryptoProcessing, u"processing"_s, PaymentStatus::Processing);
    row(Gateway::CryptoProcessing, u"paid"_s, PaymentStatus::Paid);
    row(Gateway::CryptoProcessing, u"failed"_s, PaymentStatus::Failed);
    row(Gateway::CryptoProcessing, u"expired"_s, PaymentStatus::Expired);

    row(Gateway::BucksBus, u"OPEN"_s, PaymentStatus::Pending);
    row(Gateway::BucksBus, u"CLOSING"_s, PaymentStatus::Processing);
    row(Gateway::BucksBus, u"COMPLETE"_s, PaymentStatus::Paid);
    row(Gateway::BucksBus, u"CANCEL"_s, PaymentStatus::Cancelled);

    row(Gateway::Cryptomus, u"check"_s, PaymentStatus::Pending);
    row(Gateway::Cryptomus, u"process"_s, PaymentStatus::Processing);
    row(Gateway::Cryptomus, u"confirm_check"_s, PaymentStatus::Processing);
    row(Gateway::Cryptomus, u"wrong_amount_waiting"_s, PaymentStatus::Underpaid);
    row(Gateway::Cryptomus, u"paid"_s, PaymentStatus::Paid);
    row(Gateway::Cryptomus, u"paid_over"_s, PaymentStatus::Overpaid);
    row(Gateway::Cryptomus, u"wrong_amount"_s, PaymentStatus::Underpaid);
    row(Gateway::Cryptomus, u"fail"_s, PaymentStatus::Failed);
    row(Gateway::Cryptomus, u"cancel"_s, PaymentStatus::Cancelled);
    row(Gateway::Cryptomus, u"system_fail"_s, PaymentStatus::Failed);
    row(Gateway::Cryptomus, u"refund_process"_s, PaymentStatus::Refunding);
    row(Gateway::Cryptomus, u"refund_fail"_s, PaymentStatus::Paid);
    row(Gateway::Cryptomus, u"refund_paid"_s, PaymentStatus::Refunded);
    row(Gateway::Cryptomus, u"locked"_s, PaymentStatus::Locked);
}

void TstStatusMapping::paymentStatus()
{
    QFETCH(Gateway, gateway);
    QFETCH(QString, raw);
    QFETCH(PaymentStatus, expected);
    QCOMPARE(mapPaymentStatus(gateway, raw), expected);
    QCOMPARE(mapPaymentStatus(gateway, raw.toUpper()), expected);
}

void TstStatusMapping::transferStatus_data()
{
    QTest::addColumn<Gateway>("gateway");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<TransferStatus>("expected");
    auto row = [this](Gateway g, const QString& raw, TransferStatus expected) {
        QTest::addRow("%s/%s", qPrintable(gatewayId(g)), qPrintable(raw)) << g << raw << expected;
        ++m_transferRows;
    };
    m_transferRows = 0;
    row(Gateway::CryptoCom, u"prepared"_s, TransferStatus::Pending);
    row(Gateway::CryptoCom, u"pending"_s, TransferStatus::Pending);
    row(Gateway::CryptoCom, u"succeeded"_s, TransferStatus::Succeeded);
    row(Gateway::CryptoCom, u"failed"_s, TransferStatus::Failed);

    row(Gateway::CryptoProcessing, u"pending"_s, TransferStatus::Pending);
    row(Gateway::CryptoProcessing, u"processing"_s, TransferStatus::Processing); // the withdrawal/crypto reply
    row(Gateway::CryptoProcessing, u"not_confirmed"_s, TransferStatus::Processing);
    row(Gateway::CryptoProcessing, u"confirmed"_s, TransferStatus::Succeeded);
    row(Gateway::CryptoProcessing, u"cancelled"_s, TransferStatus::Cancelled);

    row(Gateway::BucksBus, u"OPEN"_s, TransferStatus::Processing);
    row(Gateway::BucksBus, u"CLOSING"_s, TransferStatus::Processing);
    row(Gateway::BucksBus, u"COMPLETE"_s, TransferStatus::Succeeded);
    row(Gateway::BucksBus, u"CANCEL"_s, TransferStatus::Cancelled);

    row(Gateway::Cryptomus, u"check"_s, TransferStatus::Pending);
    row(Gateway::Cryptomus, u"process"_s, TransferStatus::Processing);
    row(Gateway::Cryptomus, u"paid"_s, TransferStatus::Succeeded);
    row(Gateway::Cryptomus, u"fail"_s, TransferStatus::Failed);
    row(Gateway::Cryptomus, u"system_fail"_s, TransferStatus::Failed);
    row(Gateway::Cryptomus, u"cancel"_s, TransferStatus::Cancelled);
}

void TstStatusMapping::transferStatus()
{
    QFETCH(Gateway, gateway);
    QFETCH(QString, raw);
    QFETCH(TransferStatus, expected);
    QCOMPARE(mapTransferStatus(gateway, raw), expected);
}

void TstStatusMapping::addressStatus_data()
{
    QTest::addColumn<Gateway>("gateway");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<AddressStatus>("expected");
    auto row = [this](Gateway g, const QString& raw, AddressStatus expected) {
        QTest::addRow("%s/%s", qPrintable(gatewayId(g)), qPrintable(raw)) << g << raw << expected;
        ++m_addressRows;
    };
    m_addressRows = 0;
    row(Gateway::BucksBus, u"OPEN"_s, AddressStatus::Active);
    row(Gateway::BucksBus, u"COMPLETE"_s, AddressStatus::Released);
    row(Gateway::Cryptomus, u"active"_s, AddressStatus::Active);
    row(Gateway::Cryptomus, u"blocked"_s, AddressStatus::Released);
    row(Gateway::Cryptomus, u"in_active"_s, AddressStatus::Released);
}

void TstStatusMapping::addressStatus()
{
    QFETCH(Gateway, gateway);
    QFETCH(QString, raw);
    QFETCH(AddressStatus, expected);
    QCOMPARE(mapAddressStatus(gateway, raw), expected);
}

// A row added to a table without a test row above fails here.
void TstStatusMapping::everyTableRowIsTested()
{
    qsizetype payments = 0;
    qsizetype transfers = 0;
    qsizetype addresses = 0;
    for (Gateway g : {Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus}) {
        payments += paymentStatusTable(g).size();
        transfers += transferStatusTable(g).size();
        addresses += addressStatusTable(g).size();
    }
    QCOMPARE(payments, m_paymentRows);
    QCOMPARE(transfers, m_transferRows);
    QCOMPARE(addresses, m_addressRows);
}

void TstStatusMapping::unknownStatusesStayUnknown()
{
    QCOMPARE(mapPaymentStatus(Gateway::CryptoCom, u"authorized"), PaymentStatus::Unknown);
    QCOMPARE(mapPaymentStatus(Gateway::BucksBus, u""), PaymentStatus::Unknown);
    QCOMPARE(mapTransferStatus(Gateway::Cryptomus, u"queued"), TransferStatus::Unknown);
    QCOMPARE(mapAddressStatus(Gateway::CryptoProcessing, u"active"), AddressStatus::Unknown);
}

QTEST_APPLESS_MAIN(TstStatusMapping)
#include "tst_StatusMapping.moc"
