#include "models/PaymentRow.h"
#include "tests/models/ModelTestData.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::modeltest;

using Field = PaymentRow::Field;

class TstPaymentRow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEveryShownField();
    void amountsAreExact_data();
    void amountsAreExact();
    void missingValues();
    void searchTextCoversOnlySearchableFields();
    void nonAsciiFlag_data();
    void nonAsciiFlag();
    void longDescriptionIsCutAtACharacterBoundary();
    void copyAndEquality();
    void staysSmall();
};

void TstPaymentRow::keepsEveryShownField()
{
    Payment p = payment(u"a1"_s, u"p-1"_s, 10, u"1234.50"_s, u"EUR"_s, PaymentStatus::Paid);
    p.gateway = Gateway::BucksBus;
    p.liveMode = true;
    p.paid = Money{dec(u"0.00023100"_s), u"BTC"_s};
    p.refunded = Money{dec(u"1.25"_s), u"EUR"_s};
    const PaymentRow row(p);

    QCOMPARE(row.accountId(), u"a1"_s);
    QCOMPARE(row.gateway(), Gateway::BucksBus);
    QCOMPARE(row.status(), PaymentStatus::Paid);
    QVERIFY(row.liveMode());
    QCOMPARE(row.created(), p.created);
    QCOMPARE(row.expires(), p.expires);
    QCOMPARE(row.text(Field::Id), p.id);
    QCOMPARE(row.text(Field::OrderId), p.orderId);
    QCOMPARE(row.text(Field::Description), p.description);
    QCOMPARE(row.text(Field::Address), p.address);
    QCOMPARE(row.text(Field::PayerEmail), p.payerEmail);
    QCOMPARE(row.text(Field::Network), p.network);
    QCOMPARE(row.text(Field::RawStatus), p.rawStatus);
    QCOMPARE(row.amount().value(), p.amount);
    QCOMPARE(row.payAmount().value(), p.payAmount);
    QCOMPARE(row.paid().value(), p.paid);
    QCOMPARE(row.refunded().value(), p.refunded);
}

void TstPaymentRow::amountsAreExact_data()
{
    QTest::addColumn<QString>("amount");
    QTest::newRow("cents") << u"15.00"_s;
    QTest::newRow("18 decimals") << u"1234.002137791379927765"_s;
    QTest::newRow("38 digits") << u"12345678901234567890.123456789012345678"_s;
    QTest::newRow("negative") << u"-0.5"_s;
    QTest::newRow("zero with scale") << u"0.00000000"_s;
}

void TstPaymentRow::amountsAreExact()
{
    QFETCH(QString, amount);
    const PaymentRow row(payment(u"a1"_s, u"p"_s, 0, amount, u"ETH"_s));
    QVERIFY(row.amount()->amount.isIdenticalTo(dec(amount))); // same digits and scale, not just equal
    QCOMPARE(row.text(Field::Amount), amount);
}

void TstPaymentRow::missingValues()
{
    Payment p;
    p.accountId = u"a1"_s;
    p.id = u"bare"_s;
    const PaymentRow row(p);
    QVERIFY(!row.amount());
    QVERIFY(!row.payAmount());
    QVERIFY(!row.paid());
    QVERIFY(!row.created().isValid());
    QCOMPARE(row.createdMs(), PaymentRow::kNoTime);
    QVERIFY(!row.expires().isValid());
    QCOMPARE(row.text(Field::OrderId), QString());
    QCOMPARE(row.text(Field::Id), u"bare"_s);

    const PaymentRow empty;
    QVERIFY(empty.utf8(Field::Id).isEmpty());
    QVERIFY(empty.searchText().isEmpty());
    QCOMPARE(empty.heapBytes(), 0);
}

void TstPaymentRow::searchTextCoversOnlySearchableFields()
{
    const PaymentRow row(payment(u"a1"_s, u"p-7"_s, 0, u"42.10"_s, u"USD"_s));
    const QByteArray text = row.searchText().toByteArray();
    for (const QByteArray& expected :
        {"PD-p-7"_ba, "Invoice p-7"_ba, "bc1qp-7"_ba, "42.10"_ba, "0.00023100"_ba, "p-7@example.test"_ba})
        QVERIFY2(text.contains(expected), expected.constData());
    // Network, currencies and the raw status are shown in their own columns and not searched.
    QVERIFY(!text.contains("bitcoin"));
    QVERIFY(!text.contains("USD"));
    QVERIFY(!text.contains("raw-"));
    // Fields are separated, so a search cannot run from one into the next.
    QVERIFY(text.contains("PD-p-7\0Invoice"_ba));
}

void TstPaymentRow::nonAsciiFlag_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("network");
    QTest::addColumn<bool>("nonAscii");
    QTest::addColumn<bool>("asciiFolding");
    QTest::newRow("ascii") << u"Order 1"_s << u"tron"_s << false << false;
    QTest::newRow("accent") << u"Café"_s << u"tron"_s << true << false;
    QTest::newRow("emoji") << u"☕ \U0001F600"_s << u"tron"_s << true << false;
    QTest::newRow("long s") << u"Ausſtellung"_s << u"tron"_s << true << true;
    QTest::newRow("kelvin sign") << u"20 \u212A"_s << u"tron"_s << true << true;
    // Only the searched fields count.
    QTest::newRow("network only") << u"Order 1"_s << u"тrон ſ"_s << false << false;
}

void TstPaymentRow::nonAsciiFlag()
{
    QFETCH(QString, description);
    QFETCH(QString, network);
    QFETCH(bool, nonAscii);
    QFETCH(bool, asciiFolding);
    Payment p = payment(u"a1"_s, u"p"_s, 0);
    p.description = description;
    p.network = network;
    const PaymentRow row(p);
    QCOMPARE(row.hasNonAsciiText(), nonAscii);
    QCOMPARE(row.hasAsciiFoldingText(), asciiFolding);
    QCOMPARE(row.text(Field::Description), description);
    QCOMPARE(row.text(Field::Network), network);
}

void TstPaymentRow::longDescriptionIsCutAtACharacterBoundary()
{
    Payment p = payment(u"a1"_s, u"long"_s, 0);
    p.description = QString(40000, u'é'); // 80,000 bytes of UTF-8
    const PaymentRow row(p);
    const QString kept = row.text(Field::Description);
    QVERIFY(kept.size() > 30000);
    QVERIFY(kept.size() < p.description.size());
    QCOMPARE(kept, QString(kept.size(), u'é')); // no broken character at the end
    QCOMPARE(row.text(Field::Id), u"long"_s); // the other fields are whole
    QCOMPARE(row.text(Field::RawStatus), p.rawStatus);
    QVERIFY(row.heapBytes() <= PaymentRow::kMaxTextBytes + 2 * PaymentRow::kFieldCount);
}

void TstPaymentRow::copyAndEquality()
{
    const PaymentRow a(payment(u"a1"_s, u"p-1"_s, 0));
    PaymentRow b = a;
    QVERIFY(a == b);
    QVERIFY(b.utf8(Field::Id).data() != a.utf8(Field::Id).data()); // deep copy
    b = PaymentRow(payment(u"a1"_s, u"p-1"_s, 0, u"15.01"_s));
    QVERIFY(!(a == b));
    Payment other = payment(u"a1"_s, u"p-1"_s, 0);
    other.status = PaymentStatus::Paid;
    QVERIFY(!(a == PaymentRow(other)));
    other = payment(u"a2"_s, u"p-1"_s, 0);
    QVERIFY(!(a == PaymentRow(other)));
    PaymentRow moved = std::move(b);
    QCOMPARE(moved.text(Field::Amount), u"15.01"_s);
}

void TstPaymentRow::staysSmall()
{
    // The table keeps a million of these: the fixed part must stay small (the text lives in one heap block).
    QVERIFY2(sizeof(PaymentRow) <= 56, QByteArray::number(qulonglong(sizeof(PaymentRow))).constData());
    // A typical invoice: uuid, short order id and description, a TRON address, an e-mail.
    Payment p = payment(u"a1"_s, u"0b1f3c2e-5a5d-4c1e-9a57-3f0f5e0f7f11"_s, 0, u"149.90"_s, u"USD"_s);
    p.orderId = u"PD-1000042"_s;
    p.description = u"Order 1000042"_s;
    p.address = u"TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"_s;
    p.payerEmail = u"alice@example.com"_s;
    const PaymentRow row(p);
    QVERIFY2(row.heapBytes() < 220, QByteArray::number(row.heapBytes()).constData());
}

QTEST_APPLESS_MAIN(TstPaymentRow)
#include "tst_PaymentRow.moc"
