#include "core/Decimal.h"
#include "core/export/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

CsvDialect comma(bool bom = false)
{
    return CsvDialect{CsvDialect::Separator::Comma, bom};
}

CsvDialect semicolon(bool bom = false)
{
    return CsvDialect{CsvDialect::Separator::Semicolon, bom};
}

// A device that accepts `capacity` bytes and then fails like a full disk.
class FullDevice final : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    {
    }

    QByteArray written;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (written.size() + size > m_capacity) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        written.append(data, size);
        return size;
    }

private:
    qint64 m_capacity;
};

} // namespace

class TstCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textField_data();
    void textField();
    void textCellThroughWriter_data();
    void textCellThroughWriter();
    void numberCell_data();
    void numberCell();
    void rowsEndWithCrlf();
    void byteOrderMark_data();
    void byteOrderMark();
    void semicolonDialect();
    void emptyFieldsAndHeader();
    void utf8();
    void bufferedUntilFinish();
    void writeErrorIsReported();
    void readOnlyDeviceIsAnError();
};

void TstCsvWriter::textField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("useSemicolon");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("neutralised");

    // Quoting (RFC 4180): separator, quote, CR, LF.
    QTest::newRow("plain") << u"plain text"_s << false << u"plain text"_s << false;
    QTest::newRow("empty") << QString() << false << QString() << false;
    QTest::newRow("comma quoted") << u"a,b"_s << false << u"\"a,b\""_s << false;
    QTest::newRow("comma plain in ; dialect") << u"a,b"_s << true << u"a,b"_s << false;
    QTest::newRow("semicolon plain in , dialect") << u"a;b"_s << false << u"a;b"_s << false;
    QTest::newRow("semicolon quoted in ; dialect") << u"a;b"_s << true << u"\"a;b\""_s << false;
    QTest::newRow("quotes doubled") << u"say \"hi\""_s << false << u"\"say \"\"hi\"\"\""_s << false;
    QTest::newRow("only a quote") << u"\""_s << false << u"\"\"\"\""_s << false;
    QTest::newRow("LF") << u"line 1\nline 2"_s << false << u"\"line 1\nline 2\""_s << false;
    QTest::newRow("CRLF inside") << u"a\r\nb"_s << false << u"\"a\r\nb\""_s << false;
    QTest::newRow("inner tab not quoted") << u"a\tb"_s << false << u"a\tb"_s << false;
    QTest::newRow("leading space kept") << u" =1+1"_s << false << u" =1+1"_s << false;
    QTest::newRow("equals not first") << u"a=b"_s << false << u"a=b"_s << false;
    QTest::newRow("non-ASCII") << u"Café Zürich — 日本語"_s << false << u"Café Zürich — 日本語"_s << false;

    // Formula injection: '=', '+', '-', '@', tab, CR as the first character.
    QTest::newRow("=") << u"=1+2"_s << false << u"'=1+2"_s << true;
    QTest::newRow("+") << u"+41 22 000"_s << false << u"'+41 22 000"_s << true;
    QTest::newRow("-cmd") << u"-cmd"_s << false << u"'-cmd"_s << true;
    QTest::newRow("number-looking text") << u"-5.00"_s << false << u"'-5.00"_s << true;
    QTest::newRow("@") << u"@SUM(A1:A9)"_s << false << u"'@SUM(A1:A9)"_s << true;
    QTest::newRow("tab") << u"\tx"_s << false << u"'\tx"_s << true;
    QTest::newRow("CR") << u"\rx"_s << false << u"\"'\rx\""_s << true;
    QTest::newRow("HYPERLINK quoted and neutralised")
        << u"=HYPERLINK(\"http://evil.example\",\"click\")"_s << false
        << u"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""_s << true;
    QTest::newRow("DDE") << u"=cmd|' /C calc'!A0"_s << true << u"'=cmd|' /C calc'!A0"_s << true;
    QTest::newRow("neutralised then quoted for ;") << u"+a;b"_s << true << u"\"'+a;b\""_s << true;
    QTest::newRow("lone =") << u"="_s << false << u"'="_s << true;
}

void TstCsvWriter::textField()
{
    QFETCH(QString, text);
    QFETCH(bool, useSemicolon);
    QFETCH(QString, expected);
    QFETCH(bool, neutralised);
    QCOMPARE(CsvWriter::needsNeutralising(text), neutralised);
    QCOMPARE(CsvWriter::textField(text, useSemicolon ? semicolon() : comma()), expected);
}

void TstCsvWriter::textCellThroughWriter_data()
{
    textField_data();
}

// The same rules hold when the cell goes through the writer, between two other cells.
void TstCsvWriter::textCellThroughWriter()
{
    QFETCH(QString, text);
    QFETCH(bool, useSemicolon);
    QFETCH(QString, expected);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const CsvDialect dialect = useSemicolon ? semicolon() : comma();
    CsvWriter writer(&buffer, dialect);
    writer.addText(u"x"_s);
    writer.addText(text);
    writer.addText(u"y"_s);
    QVERIFY(writer.endRow());
    QVERIFY(writer.finish());
    const QString sep = useSemicolon ? u";"_s : u","_s;
    QCOMPARE(QString::fromUtf8(buffer.data()), u"x"_s + sep + expected + sep + u"y\r\n"_s);
}

void TstCsvWriter::numberCell_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("useSemicolon");
    QTest::addColumn<QString>("expected");

    QTest::newRow("negative stays plain") << u"-5.00"_s << false << u"-5.00"_s;
    QTest::newRow("negative in ; dialect") << u"-5.00"_s << true << u"-5.00"_s;
    QTest::newRow("positive sign dropped") << u"+5"_s << false << u"5"_s;
    QTest::newRow("zero with scale") << u"0.00"_s << false << u"0.00"_s;
    QTest::newRow("negative zero") << u"-0.00"_s << false << u"0.00"_s;
    QTest::newRow("18 decimals") << u"1.000000000000000001"_s << false << u"1.000000000000000001"_s;
    QTest::newRow("no grouping") << u"1234567.89"_s << true << u"1234567.89"_s;
    QTest::newRow("beyond 64 bits") << u"-123456789012345678901234567890.12345678"_s << false
                                    << u"-123456789012345678901234567890.12345678"_s;
}

void TstCsvWriter::numberCell()
{
    QFETCH(QString, number);
    QFETCH(bool, useSemicolon);
    QFETCH(QString, expected);
    const auto decimal = Decimal::fromString(number);
    QVERIFY(decimal);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, useSemicolon ? semicolon() : comma());
    writer.addNumber(*decimal);
    writer.addText(number); // the same characters as a text cell: neutralised when they start with '-' or '+'
    QVERIFY(writer.endRow());
    QVERIFY(writer.finish());
    const QString sep = useSemicolon ? u";"_s : u","_s;
    QCOMPARE(QString::fromUtf8(buffer.data()),
        expected + sep + CsvWriter::textField(number, useSemicolon ? semicolon() : comma()) + u"\r\n"_s);
}

void TstCsvWriter::rowsEndWithCrlf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeTextRow({u"a"_s, u"b"_s}));
    writer.addText(u"multi\nline"_s);
    writer.addNumber(Decimal::fromInt(-1));
    QVERIFY(writer.endRow());
    QVERIFY(writer.finish());
    QCOMPARE(writer.rowCount(), 2);
    QCOMPARE(buffer.data(), QByteArray("a,b\r\n\"multi\nline\",-1\r\n"));
    // Every record ends with CRLF, including the last one; no bare LF outside quotes.
    QVERIFY(buffer.data().endsWith("\r\n"));
}

void TstCsvWriter::byteOrderMark_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("useSemicolon");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("comma, no BOM") << false << false << QByteArray("id,amount\r\n");
    QTest::newRow("comma, BOM") << true << false << QByteArray("\xEF\xBB\xBFid,amount\r\n");
    QTest::newRow("semicolon, BOM") << true << true << QByteArray("\xEF\xBB\xBFid;amount\r\n");
}

void TstCsvWriter::byteOrderMark()
{
    QFETCH(bool, bom);
    QFETCH(bool, useSemicolon);
    QFETCH(QByteArray, expected);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, useSemicolon ? semicolon(bom) : comma(bom));
    QVERIFY(writer.writeTextRow({u"id"_s, u"amount"_s}));
    QVERIFY(writer.finish());
    QCOMPARE(buffer.data(), expected);
}

void TstCsvWriter::semicolonDialect()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, semicolon());
    writer.addText(u"Order 1, blue"_s);
    writer.addNumber(Decimal::fromString(u"1234.50").value());
    writer.addText(u"a;b"_s);
    QVERIFY(writer.endRow());
    QVERIFY(writer.finish());
    // The decimal point stays '.', whatever the separator.
    QCOMPARE(buffer.data(), QByteArray("Order 1, blue;1234.50;\"a;b\"\r\n"));
}

void TstCsvWriter::emptyFieldsAndHeader()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.addEmpty();
    writer.addText(QString());
    writer.addEmpty();
    QVERIFY(writer.endRow());
    QVERIFY(writer.finish());
    QCOMPARE(buffer.data(), QByteArray(",,\r\n"));
}

void TstCsvWriter::utf8()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.addText(u"€ ✓ 日本"_s);
    QVERIFY(writer.endRow());
    QVERIFY(writer.finish());
    QCOMPARE(buffer.data(), QByteArray("\xE2\x82\xAC \xE2\x9C\x93 \xE6\x97\xA5\xE6\x9C\xAC\r\n"));
}

void TstCsvWriter::bufferedUntilFinish()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeTextRow({u"a"_s}));
    QVERIFY(buffer.data().isEmpty());
    QVERIFY(writer.finish());
    QCOMPARE(buffer.data(), QByteArray("a\r\n"));
    // Many rows flush on their own, in order.
    QBuffer big;
    QVERIFY(big.open(QIODevice::WriteOnly));
    CsvWriter bigWriter(&big);
    QByteArray expected;
    for (int i = 0; i < 20000; ++i) {
        bigWriter.addText(QString::number(i));
        QVERIFY(bigWriter.endRow());
        expected += QByteArray::number(i) + "\r\n";
    }
    QVERIFY(!big.data().isEmpty());
    QVERIFY(bigWriter.finish());
    QCOMPARE(big.data(), expected);
}

void TstCsvWriter::writeErrorIsReported()
{
    FullDevice device(100);
    QVERIFY(device.open(QIODevice::WriteOnly));
    CsvWriter writer(&device);
    bool ok = true;
    for (int i = 0; i < 10000 && ok; ++i) {
        writer.addText(QString(u"row number "_s + QString::number(i)));
        ok = writer.endRow();
    }
    ok = ok && writer.finish();
    QVERIFY(!ok);
    QVERIFY(writer.hasError());
    QCOMPARE(writer.errorString(), u"No space left on device"_s);
    QVERIFY(!writer.finish()); // sticky
}

void TstCsvWriter::readOnlyDeviceIsAnError()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeTextRow({u"a"_s}));
    QVERIFY(!writer.finish());
    QVERIFY(writer.hasError());
}

QTEST_GUILESS_MAIN(TstCsvWriter)
#include "tst_CsvWriter.moc"
