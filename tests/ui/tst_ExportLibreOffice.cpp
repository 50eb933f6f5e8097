#include "core/Decimal.h"
#include "core/export/ExportColumns.h"
#include "core/settings/Settings.h"
#include "tests/support/DashboardFixture.h"
#include "ui/dialogs/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

// One spreadsheet cell as LibreOffice read it: its type ("string", "float", "boolean"; empty for an empty cell), its
// value (office:value / office:boolean-value) and its text (paragraphs joined with '\n').
struct Cell
{
    QString type;
    QString value;
    QString text;
    bool formula = false;
};

using Row = QList<Cell>;

// RFC 4180 with the given separator: fields, quotes doubled, line breaks inside quotes kept.
QList<QStringList> parseCsv(const QString& text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// Digits from the first non-zero one to the last non-zero one: "0.00023100" has 3, "1.194473079775016729" 19.
int significantDigits(const QString& number)
{
    QString digits = number;
    digits.remove(u'-').remove(u'.');
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    while (digits.endsWith(u'0'))
        digits.chop(1);
    return static_cast<int>(digits.size());
}

// The first sheet of a flat ODS file, trailing empty rows and cells dropped.
QList<Row> parseFods(const QByteArray& xml, QString* error)
{
    QList<Row> rows;
    QXmlStreamReader reader(xml);
    bool inTable = false;
    Row row;
    Cell cell;
    int cellRepeat = 1;
    int paragraphs = 0;
    int depthInCell = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        const auto name = reader.name();
        if (reader.isStartElement()) {
            if (name == "table"_L1 && reader.namespaceUri().endsWith(u"table:1.0"_s)) {
                if (!rows.isEmpty())
                    break; // the first sheet only
                inTable = true;
            } else if (!inTable) {
                continue;
            } else if (name == "table-row"_L1) {
                row.clear();
            } else if (name == "table-cell"_L1 || name == "covered-table-cell"_L1) {
                const auto attributes = reader.attributes();
                cell = {};
                cell.type = attributes.value(u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s, u"value-type"_s)
                                .toString();
                cell.value = cell.type == u"boolean"_s
                    ? attributes.value(u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s, u"boolean-value"_s)
                          .toString()
                    : attributes.value(u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s, u"value"_s).toString();
                cell.formula
                    = attributes.hasAttribute(u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s, u"formula"_s);
                const auto repeat = attributes.value(
                    u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s, u"number-columns-repeated"_s);
                cellRepeat = repeat.isEmpty() ? 1 : repeat.toInt();
                paragraphs = 0;
                depthInCell = 1;
            } else if (depthInCell > 0) {
                ++depthInCell;
                if (name == "p"_L1 && paragraphs++ > 0)
                    cell.text += u'\n';
                else if (name == "s"_L1)
                    cell.text += QString(qMax(1, reader.attributes().value(u"c"_s).toInt()), u' ');
                else if (name == "tab"_L1)
                    cell.text += u'\t';
                else if (name == "line-break"_L1)
                    cell.text += u'\n';
            }
        } else if (reader.isCharacters() && depthInCell > 1) {
            cell.text += reader.text();
        } else if (reader.isEndElement() && inTable) {
            if (depthInCell > 1) {
                --depthInCell;
            } else if (depthInCell == 1) {
                depthInCell = 0;
                for (int i = 0; i < qMin(cellRepeat, 1000); ++i)
                    row << cell;
            } else if (name == "table-row"_L1) {
                while (!row.isEmpty() && row.last().type.isEmpty() && row.last().text.isEmpty())
                    row.removeLast();
                rows << row;
            } else if (name == "table"_L1) {
                break;
            }
        }
    }
    if (reader.hasError() && error)
        *error = reader.errorString();
    while (!rows.isEmpty() && rows.last().isEmpty())
        rows.removeLast();
    return rows;
}

} // namespace

// The "done when": payments exported from the dashboard open in a spreadsheet unchanged. A sandbox session
// (four gateways, generated history, synced) plus three payments with awkward texts; the export dialog writes them
// as CSV in the Excel dialect (semicolon, byte order mark); LibreOffice Calc (headless soffice) imports the file
// and saves it as flat ODS, whose cells say their type. Every row, the header and every cell must come back: amounts
// as numbers of the same value (a negative one too), live_mode as a boolean, every text and time as the same text
// (a text beginning with '=' stays text, not a formula; non-ASCII text survives).
class TstExportLibreOffice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughCalc();
};

void TstExportLibreOffice::roundTripThroughCalc()
{
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty()) {
        if (qEnvironmentVariableIntValue("PAYDESK_REQUIRE_TOOLS") == 1)
            QFAIL("soffice is not installed (Debian: libreoffice-calc-nogui; scripts/setup installs it)");
        QSKIP("soffice is not installed (Debian: libreoffice-calc-nogui): the spreadsheet round trip is not checked");
    }

    test::DashboardFixture fixture;
    QString error;
    QVERIFY2(fixture.start(&error, 200, 30), qPrintable(error));
    for (const Gateway gateway : {Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus})
        fixture.addSandboxAccount(gateway);
    QVERIFY(fixture.syncAll());
    const auto synced = fixture.ledger().payments({});
    QVERIFY(synced.ok() && synced.value().size() >= 50);

    // Awkward texts a payer can write, and a negative amount.
    Payment base = synced.value().first();
    const auto tricky = [&base](const QString& id, const QString& orderId, const QString& description,
                            const QString& amount, const QString& currency) {
        Payment payment = base;
        payment.id = id;
        payment.orderId = orderId;
        payment.description = description;
        payment.amount = {*Decimal::fromString(amount), currency};
        payment.created = QDateTime::currentDateTimeUtc().addSecs(-60);
        return payment;
    };
    const QString formula = u"=HYPERLINK(\"http://evil.example\";\"click\")"_s;
    const QString unicode = u"Café Zürich — 東京 ✓ «ñ» 🙂"_s;
    const QString multiline = u"two lines\nwith \"quotes\"; and a semicolon"_s;
    QVERIFY(fixture.ledger()
                .upsertPayments({tricky(u"rt-formula"_s, u"-5.00"_s, formula, u"-12.50"_s, u"USD"_s),
                    tricky(u"rt-unicode"_s, u"@admin"_s, unicode, u"0.00023100"_s, u"BTC"_s),
                    tricky(u"rt-multiline"_s, u"+1"_s, multiline, u"1234567.89"_s, u"EUR"_s)})
                .ok());
    const qint64 expected = fixture.ledger().countPayments({}).value();

    // Export through the dialog, as a merchant would for Excel.
    QTemporaryDir dir;
    QSettings storage(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Settings settings(&storage);
    ExportDialog dialog(fixture.ledgerPath(), settings);
    dialog.setKind(ExportKind::Payments);
    dialog.setFormat(ExportFormat::Csv);
    dialog.setDialect({CsvDialect::Separator::Semicolon, true});
    const QString csvPath = dir.filePath(u"payments.csv"_s);
    dialog.setDestination(csvPath);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(finished.wait(30'000));
    const ExportResult result = finished.first().first().value<ExportResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.rows, expected);

    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> csv = parseCsv(QString::fromUtf8(bytes.mid(3)), u';');
    QCOMPARE(csv.size(), expected + 1);

    // LibreOffice: its own profile (never the user's), UTF-8 (76), ';' (59), '"' (34), from line 1.
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString outDir = dir.filePath(u"calc"_s);
    process.start(soffice,
        {u"-env:UserInstallation=%1"_s.arg(QUrl::fromLocalFile(dir.filePath(u"lo-profile"_s)).toString()),
            u"--headless"_s, u"--norestore"_s, u"--nolockcheck"_s, u"--infilter=CSV:59,34,76,1"_s, u"--convert-to"_s,
            u"fods"_s, u"--outdir"_s, outDir, csvPath});
    QVERIFY2(process.waitForFinished(240'000), "soffice did not finish within 4 minutes");
    const QByteArray log = process.readAll();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, log.constData());
    QFile fods(QDir(outDir).filePath(u"payments.fods"_s));
    QVERIFY2(fods.open(QIODevice::ReadOnly), log.constData());
    const QList<Row> sheet = parseFods(fods.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Row count and header (the byte order mark is not part of the first name).
    QCOMPARE(sheet.size(), csv.size());
    const QStringList header = csv.first();
    QCOMPARE(header.first(), u"created_utc"_s);
    QStringList sheetHeader;
    for (const Cell& cell : sheet.first())
        sheetHeader << cell.text;
    QCOMPARE(sheetHeader, header);

    QCOMPARE(sheetHeader, ExportColumns::names(ExportKind::Payments));

    // Every cell against the ledger's payment, typed as the export typed it (ExportColumns, the export's time zone).
    const auto payments = fixture.ledger().payments({});
    const auto accounts = fixture.ledger().accounts();
    QVERIFY(payments.ok() && accounts.ok());
    QHash<std::pair<QString, QString>, Payment> ledger;
    for (const Payment& payment : payments.value())
        ledger.insert({payment.accountId, payment.id}, payment);
    const ExportColumns columns(QTimeZone::systemTimeZone(), accounts.value());
    const qsizetype idColumn = header.indexOf(u"id"_s);
    const qsizetype accountColumn = header.indexOf(u"account_id"_s);
    QSet<std::pair<QString, QString>> seen;
    QHash<QString, qsizetype> rowOfId;
    for (qsizetype r = 1; r < sheet.size(); ++r) {
        const Row& cells = sheet.at(r);
        const std::pair<QString, QString> key{cells.value(accountColumn).text, cells.value(idColumn).text};
        QVERIFY2(
            ledger.contains(key), qPrintable(u"row %1: %2 / %3 is no payment"_s.arg(r).arg(key.first, key.second)));
        QVERIFY2(!seen.contains(key), "a payment came back twice");
        seen.insert(key);
        rowOfId.insert(key.second, r);
        ExportRow typed;
        columns.paymentRow(ledger.value(key), typed);
        QCOMPARE(typed.size(), header.size());
        for (qsizetype c = 0; c < typed.size(); ++c) {
            const ExportValue& value = typed.at(c);
            const QString text = value.toString();
            const Cell cell = cells.value(c);
            const QByteArray where = u"row %1, column %2: \"%3\" came back as %4 \"%5\""_s.arg(r)
                                         .arg(header.at(c), text, cell.type, cell.text)
                                         .toUtf8();
            QVERIFY2(!cell.formula, where.constData());
            if (text.isEmpty()) { // an empty text is an empty field, like Empty
                QVERIFY2(cell.type.isEmpty() && cell.text.isEmpty(), where.constData());
                continue;
            }
            switch (value.type) {
            case ExportValue::Type::Empty:
                QVERIFY2(cell.type.isEmpty() && cell.text.isEmpty(), where.constData());
                break;
            case ExportValue::Type::Number:
                // The same value as a number. A spreadsheet cell is a double: up to 15 significant digits the value
                // is exact, an 18-decimal token amount keeps its first 15 (docs/export.md "Numbers").
                QVERIFY2(cell.type == u"float"_s, where.constData());
                if (significantDigits(text) <= 15) {
                    const auto theirs = Decimal::fromString(cell.value);
                    QVERIFY2(theirs && *theirs == value.number, where.constData());
                } else {
                    const double expected = text.toDouble();
                    QVERIFY2(qAbs(cell.value.toDouble() - expected) <= 1e-14 * qAbs(expected), where.constData());
                }
                break;
            case ExportValue::Type::Boolean:
                QVERIFY2(cell.type == u"boolean"_s && cell.value == text, where.constData());
                break;
            case ExportValue::Type::Text: {
                // Text and times come back as the same text; one that a spreadsheet would run keeps the leading
                // quote the export put before it (docs/export.md "Formula injection").
                static const QString risky = u"=+-@\t\r"_s;
                const QString shown = !text.isEmpty() && risky.contains(text.front()) ? u"'"_s + text : text;
                QVERIFY2(cell.type == u"string"_s && cell.text == shown, where.constData());
                break;
            }
            }
        }
    }
    QCOMPARE(seen.size(), ledger.size()); // every payment came back

    // The awkward rows, against what the ledger holds.
    const auto cellOf = [&](const QString& id, const QString& column) {
        return sheet.at(rowOfId.value(id)).value(header.indexOf(column));
    };
    QVERIFY(rowOfId.contains(u"rt-formula"_s) && rowOfId.contains(u"rt-unicode"_s));
    const Cell negative = cellOf(u"rt-formula"_s, u"amount"_s);
    QCOMPARE(negative.type, u"float"_s);
    QCOMPARE(*Decimal::fromString(negative.value), *Decimal::fromString(u"-12.50"_s));
    // Neutralised with a leading quote (docs/export.md "Formula injection"): text, never run.
    QCOMPARE(cellOf(u"rt-formula"_s, u"description"_s).type, u"string"_s);
    QCOMPARE(cellOf(u"rt-formula"_s, u"description"_s).text, u"'"_s + formula);
    QCOMPARE(cellOf(u"rt-formula"_s, u"order_id"_s).text, u"'-5.00"_s);
    QCOMPARE(cellOf(u"rt-unicode"_s, u"description"_s).text, unicode);
    QCOMPARE(cellOf(u"rt-unicode"_s, u"order_id"_s).text, u"'@admin"_s);
    QCOMPARE(cellOf(u"rt-unicode"_s, u"amount"_s).type, u"float"_s);
    QCOMPARE(cellOf(u"rt-multiline"_s, u"description"_s).text, multiline);
}

QTEST_MAIN(TstExportLibreOffice)
#include "tst_ExportLibreOffice.moc"
