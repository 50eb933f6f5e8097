#include "core/export/ExportColumns.h"
#include "core/export/ExportJob.h"
#include "core/export/ReportExporter.h"
#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "tests/core/ExportTestData.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::exportdata;

Q_DECLARE_METATYPE(paydesk::ExportKind)
Q_DECLARE_METATYPE(paydesk::ExportFormat)

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QStringList dirEntries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// Whether this process can create a file in `dir` (root can, whatever the permissions say).
bool canCreate(const QString& dir)
{
    QFile probe(dir + u"/.paydesk-probe"_s);
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    probe.close();
    probe.remove();
    return true;
}

QString goldenPath(const QString& name)
{
    return qEnvironmentVariable("PAYDESK_TEST_DATA") + u"/export/"_s + name;
}

// A device that accepts `capacity` bytes and then fails like a full disk.
class FullDevice final : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    {
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override
    {
        if (m_written + size > m_capacity) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

} // namespace

class TstReportExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void kindAndFormatIds();
    void columnSetIsStable();
    void golden_data();
    void golden();
    void jsonKeysAreTheCsvHeader_data();
    void jsonKeysAreTheCsvHeader();
    void localTimeAcrossDst_data();
    void localTimeAcrossDst();
    void timesAgreeWithQt();
    void dateRangeInTheExportTimeZone();
    void filterAndPaging();
    void otherKindsHonourTheFilter();
    void progressIsReported();

    void runsOnAWorkerThread();
    void successReplacesAnOlderFile();
    void cancelKeepsAnOlderFileIntact();
    void cancelLeavesNoFile();
    void cancelBeforeStart();
    void failingDestination_data();
    void failingDestination();
    void destinationIsTheLedger();
    void missingLedger();
    void writeFailureMidway();

private:
    ExportRequest request(ExportKind kind, ExportFormat format = ExportFormat::Csv) const;
    QByteArray exportToBuffer(const ExportRequest& request, ExportResult* result = nullptr) const;
    QStringList exportedIds(const ExportRequest& request) const;
    QString bigLedgerPath();

    QTemporaryDir m_dir;
    QString m_ledgerPath;
    std::unique_ptr<Ledger> m_ledger;
    QString m_bigLedgerPath;
};

void TstReportExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(madrid().isValid());
    m_ledgerPath = m_dir.filePath(u"ledger.sqlite"_s);
    auto opened = Ledger::open(m_ledgerPath);
    QVERIFY2(opened, qPrintable(opened.error().message));
    m_ledger = std::move(opened).value();
    QVERIFY(m_ledger->addAccount(account(u"acc-eu"_s, u"shop-eu"_s, Gateway::Cryptomus)));
    QVERIFY(m_ledger->addAccount(account(u"acc-es"_s, u"Tienda \"Sol\", S.L."_s, Gateway::CryptoCom)));
    QVERIFY(m_ledger->addAccount(account(u"acc-cp"_s, u"@cp-ops"_s, Gateway::CryptoProcessing)));
    QVERIFY(m_ledger->upsertPayments(samplePayments()));
    QVERIFY(m_ledger->upsertRefunds(sampleRefunds()));
    {
        // rf_2 was made by Paydesk (a confirmed journal entry): origin "paydesk"; rf-1 was seen at the gateway.
        auto journal = Journal::open(*m_ledger);
        QVERIFY(journal);
        auto started = journal.value()->begin(
            {.accountId = u"acc-es"_s, .kind = JournalKind::Refund, .idempotencyKey = u"RK-2"_s, .requestJson = "{}"});
        QVERIFY(started && started.value().isNew());
        const CreatingCallPermit& permit = *started.value().permit;
        QVERIFY(journal.value()->markSent(permit));
        QVERIFY(journal.value()->confirm(permit, u"rf_2"_s));
    }
    QVERIFY(m_ledger->recordBalances(sampleBalances(1)));
    QVERIFY(m_ledger->recordBalances(sampleBalances(2)));
    QVERIFY(m_ledger->upsertDedicatedAddresses(sampleAddresses()));
}

ExportRequest TstReportExporter::request(ExportKind kind, ExportFormat format) const
{
    ExportRequest r;
    r.kind = kind;
    r.format = format;
    r.timeZone = madrid();
    return r;
}

QByteArray TstReportExporter::exportToBuffer(const ExportRequest& request, ExportResult* result) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ReportExporter exporter(*m_ledger, request);
    const ExportResult r = exporter.write(&buffer);
    if (result)
        *result = r;
    return r.ok() ? buffer.data() : QByteArray();
}

QStringList TstReportExporter::exportedIds(const ExportRequest& r) const
{
    ExportRequest json = r;
    json.format = ExportFormat::Json;
    const QJsonArray rows = QJsonDocument::fromJson(exportToBuffer(json)).array();
    QStringList ids;
    for (const QJsonValue& row : rows)
        ids << row.toObject().value(u"id"_s).toString(row.toObject().value(u"currency"_s).toString());
    return ids;
}

void TstReportExporter::kindAndFormatIds()
{
    const QList<std::pair<ExportKind, QString>> kinds{{ExportKind::Payments, u"payments"_s},
        {ExportKind::Refunds, u"refunds"_s}, {ExportKind::Balances, u"balances"_s},
        {ExportKind::BalanceSnapshots, u"balance_snapshots"_s}, {ExportKind::Addresses, u"addresses"_s}};
    for (const auto& [kind, id] : kinds) {
        QCOMPARE(exportKindId(kind), id);
        QCOMPARE(exportKindFromId(id), kind);
    }
    QCOMPARE(exportKindFromId(u"payment"), std::nullopt);
    QCOMPARE(exportFormatId(ExportFormat::Csv), u"csv"_s);
    QCOMPARE(exportFormatId(ExportFormat::Json), u"json"_s);
    QCOMPARE(exportFormatFromId(u"JSON"), ExportFormat::Json);
    QCOMPARE(exportFormatFromId(u"xlsx"), std::nullopt);
}

// The documented contract (docs/export.md): renaming or reordering a column breaks users' spreadsheets and scripts.
void TstReportExporter::columnSetIsStable()
{
    QCOMPARE(ExportColumns::names(ExportKind::Payments).join(u','),
        u"created_utc,created_local,account,account_id,gateway,live_mode,id,order_id,description,amount,currency,"
        "pay_amount,pay_currency,network,paid,paid_currency,refunded,refunded_currency,status,raw_status,address,"
        "payment_url,payer_email,updated_utc,expires_utc,exchange_rate,exchange_rate_utc,paid_value,"
        "paid_value_currency,fee,fee_currency,credited,credited_currency"_s);
    QCOMPARE(ExportColumns::names(ExportKind::Refunds).join(u','),
        u"created_utc,created_local,account,account_id,gateway,id,payment_id,amount,currency,status,raw_status,"
        "reason,address,updated_utc,origin"_s);
    QCOMPARE(ExportColumns::names(ExportKind::Balances).join(u','),
        u"as_of_utc,as_of_local,account,account_id,gateway,currency,total,available,on_hold,fiat_equivalent,"
        "fiat_currency"_s);
    QCOMPARE(ExportColumns::names(ExportKind::BalanceSnapshots), ExportColumns::names(ExportKind::Balances));
    QCOMPARE(ExportColumns::names(ExportKind::Addresses).join(u','),
        u"created_utc,created_local,account,account_id,gateway,id,currency,network,address,tag,label,"
        "customer_reference,status,raw_status,updated_utc"_s);
}

void TstReportExporter::golden_data()
{
    QTest::addColumn<ExportKind>("kind");
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("semicolonWithBom");
    QTest::addColumn<QString>("golden");

    QTest::newRow("payments csv") << ExportKind::Payments << ExportFormat::Csv << false << u"payments.csv"_s;
    QTest::newRow("payments csv ; BOM") << ExportKind::Payments << ExportFormat::Csv << true
                                        << u"payments-semicolon-bom.csv"_s;
    QTest::newRow("payments json") << ExportKind::Payments << ExportFormat::Json << false << u"payments.json"_s;
    QTest::newRow("refunds csv") << ExportKind::Refunds << ExportFormat::Csv << false << u"refunds.csv"_s;
    QTest::newRow("refunds json") << ExportKind::Refunds << ExportFormat::Json << false << u"refunds.json"_s;
    QTest::newRow("balances csv") << ExportKind::Balances << ExportFormat::Csv << false << u"balances.csv"_s;
    QTest::newRow("balances json") << ExportKind::Balances << ExportFormat::Json << false << u"balances.json"_s;
    QTest::newRow("balance snapshots csv")
        << ExportKind::BalanceSnapshots << ExportFormat::Csv << false << u"balance_snapshots.csv"_s;
    QTest::newRow("balance snapshots json")
        << ExportKind::BalanceSnapshots << ExportFormat::Json << false << u"balance_snapshots.json"_s;
    QTest::newRow("addresses csv") << ExportKind::Addresses << ExportFormat::Csv << false << u"addresses.csv"_s;
    QTest::newRow("addresses json") << ExportKind::Addresses << ExportFormat::Json << false << u"addresses.json"_s;
}

// Each kind and format through ExportJob (its own ledger connection, QSaveFile), compared byte for byte.
// PAYDESK_UPDATE_GOLDEN=1 rewrites the golden files instead (review the diff before committing).
void TstReportExporter::golden()
{
    QFETCH(ExportKind, kind);
    QFETCH(ExportFormat, format);
    QFETCH(bool, semicolonWithBom);
    QFETCH(QString, golden);

    ExportRequest r = request(kind, format);
    if (semicolonWithBom)
        r.dialect = CsvDialect{CsvDialect::Separator::Semicolon, true};
    const QString out = m_dir.filePath(golden);
    ExportJob job(m_ledgerPath, out, r);
    const ExportResult result = job.run();
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QByteArray produced = readAll(out);
    QVERIFY(!produced.isEmpty());

    if (qEnvironmentVariableIntValue("PAYDESK_UPDATE_GOLDEN") == 1) {
        QVERIFY(writeFile(goldenPath(golden), produced));
        qWarning("Golden file %s rewritten", qPrintable(goldenPath(golden)));
    }
    const QByteArray expected = readAll(goldenPath(golden));
    QVERIFY2(!expected.isEmpty(), qPrintable(u"Missing golden file "_s + goldenPath(golden)));
    if (produced != expected) {
        const QList<QByteArray> a = produced.split('\n');
        const QList<QByteArray> b = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            const QByteArray la = a.value(i);
            const QByteArray lb = b.value(i);
            if (la != lb) {
                qWarning("line %lld\n produced: %s\n expected: %s", static_cast<long long>(i + 1), la.constData(),
                    lb.constData());
                break;
            }
        }
    }
    QCOMPARE(produced, expected);
    const qint64 records = format == ExportFormat::Json
        ? QJsonDocument::fromJson(produced).array().size()
        : -1; // CSV rows contain quoted line breaks; counted through JSON
    if (records >= 0)
        QCOMPARE(result.rows, records);
}

void TstReportExporter::jsonKeysAreTheCsvHeader_data()
{
    QTest::addColumn<ExportKind>("kind");
    QTest::newRow("payments") << ExportKind::Payments;
    QTest::newRow("refunds") << ExportKind::Refunds;
    QTest::newRow("balances") << ExportKind::Balances;
    QTest::newRow("balance snapshots") << ExportKind::BalanceSnapshots;
    QTest::newRow("addresses") << ExportKind::Addresses;
}

void TstReportExporter::jsonKeysAreTheCsvHeader()
{
    QFETCH(ExportKind, kind);
    const QByteArray csv = exportToBuffer(request(kind, ExportFormat::Csv));
    const QByteArray json = exportToBuffer(request(kind, ExportFormat::Json));
    const QStringList header = QString::fromUtf8(csv.left(csv.indexOf("\r\n"))).split(u',');
    QCOMPARE(header, ExportColumns::names(kind));

    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray rows = doc.array();
    QVERIFY(!rows.isEmpty());
    QStringList sortedHeader = header;
    sortedHeader.sort();
    for (const QJsonValue& row : rows) {
        const QJsonObject object = row.toObject();
        QCOMPARE(object.keys(), sortedHeader); // QJsonObject sorts its keys
        for (auto it = object.begin(); it != object.end(); ++it) {
            // Never a JSON number: amounts are exact strings.
            QVERIFY2(!it.value().isDouble(), qPrintable(it.key()));
        }
    }
    // Written in the header's order, not alphabetically.
    QVERIFY(json.startsWith(QString(u"[\n{\""_s + header.first() + u"\":"_s).toUtf8()));
}

void TstReportExporter::localTimeAcrossDst_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("utcText");
    QTest::addColumn<QString>("localText");

    QTest::newRow("winter") << utc(2024, 3, 1, 10, 15, 30) << QByteArray("Europe/Madrid") << u"2024-03-01T10:15:30Z"_s
                            << u"2024-03-01T11:15:30+01:00"_s;
    QTest::newRow("summer, next day") << utc(2024, 7, 15, 22, 30, 0) << QByteArray("Europe/Madrid")
                                      << u"2024-07-15T22:30:00Z"_s << u"2024-07-16T00:30:00+02:00"_s;
    QTest::newRow("last second of CEST") << utc(2024, 10, 27, 0, 59, 59) << QByteArray("Europe/Madrid")
                                         << u"2024-10-27T00:59:59Z"_s << u"2024-10-27T02:59:59+02:00"_s;
    QTest::newRow("first second of CET") << utc(2024, 10, 27, 1, 0, 0) << QByteArray("Europe/Madrid")
                                         << u"2024-10-27T01:00:00Z"_s << u"2024-10-27T02:00:00+01:00"_s;
    QTest::newRow("negative offset, year change") << utc(2024, 1, 1, 3, 0, 0) << QByteArray("America/New_York")
                                                  << u"2024-01-01T03:00:00Z"_s << u"2023-12-31T22:00:00-05:00"_s;
    QTest::newRow("half-hour offset") << utc(2024, 1, 1, 0, 0, 0) << QByteArray("Asia/Kolkata")
                                      << u"2024-01-01T00:00:00Z"_s << u"2024-01-01T05:30:00+05:30"_s;
    QTest::newRow("UTC zone") << utc(2024, 1, 1, 0, 0, 0) << QByteArray("UTC") << u"2024-01-01T00:00:00Z"_s
                              << u"2024-01-01T00:00:00+00:00"_s;
    QTest::newRow("milliseconds dropped")
        << QDateTime::fromMSecsSinceEpoch(1'700'000'000'999, Qt::UTC) << QByteArray("UTC") << u"2023-11-14T22:13:20Z"_s
        << u"2023-11-14T22:13:20+00:00"_s;
    QTest::newRow("leap day") << utc(2024, 2, 29, 23, 59, 59) << QByteArray("Europe/Madrid")
                              << u"2024-02-29T23:59:59Z"_s << u"2024-03-01T00:59:59+01:00"_s;
    QTest::newRow("not a leap year, 2100") << utc(2100, 2, 28, 23, 30, 0) << QByteArray("Asia/Kolkata")
                                           << u"2100-02-28T23:30:00Z"_s << u"2100-03-01T05:00:00+05:30"_s;
    QTest::newRow("before 1970") << QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC) << QByteArray("UTC")
                                 << u"1969-12-31T23:59:59Z"_s << u"1969-12-31T23:59:59+00:00"_s;
    QTest::newRow("year 2000") << utc(2000, 3, 1, 0, 0, 0) << QByteArray("UTC") << u"2000-03-01T00:00:00Z"_s
                               << u"2000-03-01T00:00:00+00:00"_s;
    QTest::newRow("not UTC on input") << QDateTime(QDate(2024, 3, 1), QTime(12, 0), QTimeZone("America/New_York"))
                                      << QByteArray("Europe/Madrid") << u"2024-03-01T17:00:00Z"_s
                                      << u"2024-03-01T18:00:00+01:00"_s;
    QTest::newRow("unknown time") << QDateTime() << QByteArray("Europe/Madrid") << QString() << QString();
}

void TstReportExporter::localTimeAcrossDst()
{
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, zone);
    QFETCH(QString, utcText);
    QFETCH(QString, localText);
    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    QCOMPARE(ExportColumns::utcText(time), utcText);
    QCOMPARE(ExportColumns::localText(time, timeZone), localText);
}

// The integer calendar arithmetic against QDateTime over 250 years of pseudo-random instants.
void TstReportExporter::timesAgreeWithQt()
{
    const QTimeZone zone = madrid();
    const qint64 first = utc(1950, 1, 1, 0, 0, 0).toSecsSinceEpoch();
    const qint64 last = utc(2200, 1, 1, 0, 0, 0).toSecsSinceEpoch();
    quint64 state = 42;
    for (int i = 0; i < 20000; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const qint64 seconds = first + static_cast<qint64>((state >> 11) % static_cast<quint64>(last - first));
        const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        QCOMPARE(ExportColumns::utcText(time), time.toString(Qt::ISODate));
        QCOMPARE(ExportColumns::localText(time, zone), time.toTimeZone(zone).toString(Qt::ISODate));
    }
}

// setDateRange() takes whole days in the export's time zone: p2 was created on 15 July in UTC but on 16 July in
// Madrid.
void TstReportExporter::dateRangeInTheExportTimeZone()
{
    ExportRequest inMadrid = request(ExportKind::Payments);
    inMadrid.setDateRange(QDate(2024, 3, 1), QDate(2024, 7, 15));
    QCOMPARE(inMadrid.query.createdFrom, utc(2024, 2, 29, 23, 0, 0));
    QCOMPARE(inMadrid.query.createdTo, utc(2024, 7, 15, 22, 0, 0));
    QCOMPARE(exportedIds(inMadrid), (QStringList{u"c1f0e3a2-0001"_s}));

    ExportRequest inUtc = request(ExportKind::Payments);
    inUtc.timeZone = QTimeZone::utc();
    inUtc.setDateRange(QDate(2024, 3, 1), QDate(2024, 7, 15));
    QCOMPARE(exportedIds(inUtc), (QStringList{u"pay_2"_s, u"c1f0e3a2-0001"_s}));

    ExportRequest openStart = request(ExportKind::Payments);
    openStart.setDateRange(QDate(), QDate(2024, 2, 1));
    QCOMPARE(exportedIds(openStart), (QStringList{u"c1f0e3a2-0004"_s}));
}

void TstReportExporter::filterAndPaging()
{
    ExportRequest r = request(ExportKind::Payments);
    QCOMPARE(exportedIds(r),
        (QStringList{u"pay_2"_s, u"c1f0e3a2-0001"_s, u"c1f0e3a2-0004"_s, u"cp-3"_s})); // unknown created time last
    r.query.accountIds = {u"acc-eu"_s};
    QCOMPARE(exportedIds(r), (QStringList{u"c1f0e3a2-0001"_s, u"c1f0e3a2-0004"_s}));
    r.query.statuses = {PaymentStatus::Underpaid};
    QCOMPARE(exportedIds(r), (QStringList{u"c1f0e3a2-0004"_s}));

    ExportRequest paged = request(ExportKind::Payments);
    paged.query.limit = 2;
    paged.query.offset = 1;
    qint64 lastTotal = -1;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    ReportExporter exporter(*m_ledger, paged);
    exporter.setProgressCallback([&](qint64, qint64 total) { lastTotal = total; });
    const ExportResult result = exporter.write(&buffer);
    QVERIFY(result.ok());
    QCOMPARE(result.rows, 2);
    QCOMPARE(lastTotal, 2);
    QCOMPARE(exportedIds(paged), (QStringList{u"c1f0e3a2-0001"_s, u"c1f0e3a2-0004"_s}));
}

void TstReportExporter::otherKindsHonourTheFilter()
{
    ExportRequest refunds = request(ExportKind::Refunds);
    QCOMPARE(exportedIds(refunds), (QStringList{u"rf_2"_s, u"rf-1"_s}));
    refunds.setDateRange(QDate(2024, 10, 1), QDate(2024, 10, 31));
    QCOMPARE(exportedIds(refunds), (QStringList{u"rf_2"_s}));
    refunds.setDateRange({}, {});
    refunds.query.accountIds = {u"acc-eu"_s};
    QCOMPARE(exportedIds(refunds), (QStringList{u"rf-1"_s}));

    ExportRequest addresses = request(ExportKind::Addresses);
    addresses.query.currencies = {u"xrp"_s};
    QCOMPARE(exportedIds(addresses), (QStringList{u"addr-2"_s}));

    ExportRequest latest = request(ExportKind::Balances);
    latest.query.accountIds = {u"acc-eu"_s};
    QCOMPARE(exportedIds(latest), (QStringList{u"BTC"_s, u"USDT"_s}));
    latest.setDateRange(QDate(2030, 1, 1), QDate(2030, 1, 2)); // the current state: no date range
    QCOMPARE(exportedIds(latest), (QStringList{u"BTC"_s, u"USDT"_s}));

    ExportRequest history = request(ExportKind::BalanceSnapshots);
    history.query.accountIds = {u"acc-eu"_s};
    QCOMPARE(exportedIds(history), (QStringList{u"USDT"_s, u"BTC"_s, u"USDT"_s}));
    history.setDateRange(QDate(2025, 1, 1), QDate(2025, 1, 1)); // midnight in Madrid is still 2024 in UTC
    QCOMPARE(exportedIds(history), (QStringList{u"USDT"_s}));
}

void TstReportExporter::progressIsReported()
{
    QList<std::pair<qint64, qint64>> calls;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    ReportExporter exporter(*m_ledger, request(ExportKind::Payments));
    exporter.setProgressCallback([&](qint64 done, qint64 total) { calls.append({done, total}); });
    QVERIFY(exporter.write(&buffer).ok());
    QVERIFY(calls.size() >= 2);
    QCOMPARE(calls.first(), (std::pair<qint64, qint64>{0, 4}));
    QCOMPARE(calls.last(), (std::pair<qint64, qint64>{4, 4}));
}

QString TstReportExporter::bigLedgerPath()
{
    if (!m_bigLedgerPath.isEmpty())
        return m_bigLedgerPath;
    const QString path = m_dir.filePath(u"big.sqlite"_s);
    auto opened = Ledger::open(path);
    if (!opened)
        return {};
    Ledger& ledger = *opened.value();
    if (!ledger.addAccount(account(u"acc-eu"_s, u"shop-eu"_s, Gateway::Cryptomus)))
        return {};
    QList<Payment> payments;
    const Payment base = samplePayments().first();
    for (int i = 0; i < 2500; ++i) {
        Payment p = base;
        p.id = u"p-%1"_s.arg(i, 5, 10, QChar(u'0'));
        p.created = base.created.addSecs(i);
        payments.append(p);
    }
    if (!ledger.upsertPayments(payments))
        return {};
    m_bigLedgerPath = path;
    return path;
}

void TstReportExporter::runsOnAWorkerThread()
{
    const QString out = m_dir.filePath(u"threaded.csv"_s);
    ExportJob job(m_ledgerPath, out, request(ExportKind::Payments));
    ExportResult result;
    Qt::HANDLE workerId = nullptr;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        workerId = QThread::currentThreadId();
        result = job.run();
    }));
    thread->start();
    QVERIFY(thread->wait(60'000));
    QVERIFY(workerId != QThread::currentThreadId());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.rows, 4);
    QCOMPARE(readAll(out), readAll(goldenPath(u"payments.csv"_s)));
}

void TstReportExporter::successReplacesAnOlderFile()
{
    const QString out = m_dir.filePath(u"replace.csv"_s);
    QVERIFY(writeFile(out, "older export\n"));
    const ExportResult result = ExportJob(m_ledgerPath, out, request(ExportKind::Refunds)).run();
    QVERIFY(result.ok());
    QCOMPARE(readAll(out), readAll(goldenPath(u"refunds.csv"_s)));
}

// Cancelled half-way through 2,500 payments: the older file is untouched and no temporary file is left.
void TstReportExporter::cancelKeepsAnOlderFileIntact()
{
    const QString ledgerPath = bigLedgerPath();
    QVERIFY(!ledgerPath.isEmpty());
    QTemporaryDir outDir;
    const QString out = outDir.filePath(u"payments.csv"_s);
    const QByteArray older = "an older export that must survive\r\n";
    QVERIFY(writeFile(out, older));

    std::atomic_bool cancel = false;
    qint64 total = 0;
    ExportJob job(ledgerPath, out, request(ExportKind::Payments));
    job.setCancelFlag(&cancel);
    job.setProgressCallback([&](qint64 done, qint64 all) {
        total = all;
        if (done >= 1000)
            cancel = true;
    });
    const ExportResult result = job.run();
    QCOMPARE(result.outcome, ExportResult::Outcome::Cancelled);
    QCOMPARE(total, 2500);
    QCOMPARE(result.rows, 1000);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(readAll(out), older);
    QCOMPARE(dirEntries(outDir.path()), (QStringList{u"payments.csv"_s}));

    // Uncancelled, the same job replaces it with all 2,500 rows.
    cancel = false;
    job.setProgressCallback({});
    const ExportResult done = job.run();
    QVERIFY2(done.ok(), qPrintable(done.message));
    QCOMPARE(done.rows, 2500);
    QVERIFY(readAll(out).startsWith("created_utc,"));
    QCOMPARE(dirEntries(outDir.path()), (QStringList{u"payments.csv"_s}));
}

void TstReportExporter::cancelLeavesNoFile()
{
    const QString ledgerPath = bigLedgerPath();
    QVERIFY(!ledgerPath.isEmpty());
    QTemporaryDir outDir;
    const QString out = outDir.filePath(u"payments.json"_s);
    std::atomic_bool cancel = false;
    ExportJob job(ledgerPath, out, request(ExportKind::Payments, ExportFormat::Json));
    job.setCancelFlag(&cancel);
    job.setProgressCallback([&](qint64 done, qint64) {
        if (done >= 2000)
            cancel = true;
    });
    const ExportResult result = job.run();
    QCOMPARE(result.outcome, ExportResult::Outcome::Cancelled);
    QCOMPARE(result.rows, 2000);
    QVERIFY(dirEntries(outDir.path()).isEmpty());
}

void TstReportExporter::cancelBeforeStart()
{
    QTemporaryDir outDir;
    const QString out = outDir.filePath(u"addresses.csv"_s);
    const std::atomic_bool cancel = true;
    ExportJob job(m_ledgerPath, out, request(ExportKind::Addresses));
    job.setCancelFlag(&cancel);
    const ExportResult result = job.run();
    QCOMPARE(result.outcome, ExportResult::Outcome::Cancelled);
    QCOMPARE(result.rows, 0);
    QVERIFY(dirEntries(outDir.path()).isEmpty());
}

void TstReportExporter::failingDestination_data()
{
    QTest::addColumn<QString>("setup");
    QTest::newRow("missing folder") << u"missing"_s;
    QTest::newRow("parent is a file") << u"file-parent"_s;
    QTest::newRow("destination is a folder") << u"folder"_s;
    QTest::newRow("folder not writable") << u"read-only"_s;
}

void TstReportExporter::failingDestination()
{
    QFETCH(QString, setup);
    QTemporaryDir outDir;
    QString out;
    if (setup == u"missing") {
        out = outDir.filePath(u"no/such/folder/payments.csv"_s);
    } else if (setup == u"file-parent") {
        QVERIFY(writeFile(outDir.filePath(u"plain-file"_s), "x"));
        out = outDir.filePath(u"plain-file/payments.csv"_s);
    } else if (setup == u"folder") {
        QVERIFY(QDir(outDir.path()).mkdir(u"payments.csv"_s));
        out = outDir.filePath(u"payments.csv"_s);
    } else {
        const QString locked = outDir.filePath(u"locked"_s);
        QVERIFY(QDir(outDir.path()).mkdir(u"locked"_s));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        out = locked + u"/payments.csv"_s;
        if (canCreate(locked)) {
            // root (a container's CI) ignores folder permissions: use a folder even root cannot write, if any.
            QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            if (!QFileInfo(u"/sys"_s).isDir() || canCreate(u"/sys"_s))
                QSKIP("No folder here that this user cannot write to");
            out = u"/sys/paydesk-export-test.csv"_s;
        }
    }
    const QStringList before = dirEntries(outDir.path());

    const ExportResult result = ExportJob(m_ledgerPath, out, request(ExportKind::Payments)).run();
    QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
    QCOMPARE(result.rows, 0);
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(out)), qPrintable(result.message));
    qInfo("%s", qPrintable(result.message));
    QCOMPARE(dirEntries(outDir.path()), before);
    QVERIFY(setup == u"folder" ? QFileInfo(out).isDir() : !QFileInfo::exists(out));
    if (setup == u"read-only") {
        QVERIFY(dirEntries(outDir.filePath(u"locked"_s)).isEmpty());
        QFile::setPermissions(outDir.filePath(u"locked"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

void TstReportExporter::destinationIsTheLedger()
{
    const QByteArray before = QCryptographicHash::hash(readAll(m_ledgerPath), QCryptographicHash::Sha256);
    const ExportResult result = ExportJob(m_ledgerPath, m_ledgerPath, request(ExportKind::Payments)).run();
    QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(QCryptographicHash::hash(readAll(m_ledgerPath), QCryptographicHash::Sha256), before);
    QVERIFY(m_ledger->countPayments({}).ok());
}

void TstReportExporter::missingLedger()
{
    QTemporaryDir dir;
    const QString ledger = dir.filePath(u"nope.sqlite"_s);
    const ExportResult result = ExportJob(ledger, dir.filePath(u"out.csv"_s), request(ExportKind::Payments)).run();
    QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(ledger)), qPrintable(result.message));
    QVERIFY(dirEntries(dir.path()).isEmpty()); // neither a new empty ledger nor an export
}

// A device that fills up (disk full) fails the export with the system's reason.
void TstReportExporter::writeFailureMidway()
{
    const QString ledgerPath = bigLedgerPath();
    QVERIFY(!ledgerPath.isEmpty());
    auto ledger = Ledger::open(ledgerPath);
    QVERIFY(ledger);
    FullDevice device(100'000);
    QVERIFY(device.open(QIODevice::WriteOnly));
    const ReportExporter exporter(*ledger.value(), request(ExportKind::Payments));
    const ExportResult result = exporter.write(&device);
    QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
    QVERIFY2(result.message.contains(u"No space left on device"_s), qPrintable(result.message));
    QVERIFY(result.rows < 2500);
}

QTEST_GUILESS_MAIN(TstReportExporter)
#include "tst_ReportExporter.moc"
