#include "core/settings/Settings.h"
#include "models/PaymentTableModel.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/pages/PaymentsPage.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/ExportRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "PaymentsTestData.h"
#include "RecordingGatewayActions.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::uitest;

// The export dialog over a small ledger (PaymentsTestData.h: seven payments over three accounts, one refund):
// the form's defaults and validation, CSV with the Excel dialect, JSON, a date range, the Payments page's current
// filter, cancel and a failing destination (no file either way). Also grabs the dialog for docs/screenshots/.
class TstExportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultsFollowKindAndFormat();
    void exportsCsvWithSemicolonAndByteOrderMark();
    void exportsJson();
    void dateRangeExportsOnlyThoseDays();
    void currentFilterExportsOnlyFilteredRows();
    void validationInPlainWords();
    void failingDestinationWritesNoFile();
    void cancelWritesNoFile();
    void screenshot();

private:
    std::unique_ptr<ExportDialog> makeDialog();
    // Runs the Export button and waits for the end; the result.
    ExportResult exportAndWait(ExportDialog& dialog);
    static QByteArray read(const QString& path);
    static QList<QByteArray> lines(const QByteArray& csv);

    std::unique_ptr<PaymentsLedger> m_data;
    QTemporaryDir m_out;
    std::unique_ptr<QSettings> m_storage;
    std::unique_ptr<Settings> m_settings;
};

void TstExportDialog::init()
{
    m_data = std::make_unique<PaymentsLedger>();
    QVERIFY(m_data->create());
    QVERIFY(m_out.isValid());
    m_storage = std::make_unique<QSettings>(m_out.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_storage.get());
    m_settings->setLastExportDirectory(m_out.path());
}

void TstExportDialog::cleanup()
{
    m_settings.reset();
    m_storage.reset();
    m_data.reset();
}

std::unique_ptr<ExportDialog> TstExportDialog::makeDialog()
{
    auto dialog = std::make_unique<ExportDialog>(m_data->path(), *m_settings);
    dialog->show();
    return dialog;
}

ExportResult TstExportDialog::exportAndWait(ExportDialog& dialog)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.findChild<QPushButton*>(u"exportButton"_s)->click();
    if (!finished.wait(20'000) && finished.isEmpty())
        return {};
    return finished.first().first().value<ExportResult>();
}

QByteArray TstExportDialog::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> TstExportDialog::lines(const QByteArray& csv)
{
    QList<QByteArray> result = csv.split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    for (QByteArray& line : result)
        line.chop(line.endsWith('\r') ? 1 : 0);
    return result;
}

void TstExportDialog::defaultsFollowKindAndFormat()
{
    const auto dialog = makeDialog();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(dialog->kind(), ExportKind::Payments);
    QCOMPARE(dialog->format(), ExportFormat::Csv);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::Everything);
    QCOMPARE(QDir::fromNativeSeparators(dialog->destination()), m_out.filePath(u"payments-%1.csv"_s.arg(today)));

    // The file name follows the kind and the suffix follows the format, while the dialog chose them.
    dialog->setKind(ExportKind::BalanceSnapshots);
    QCOMPARE(QFileInfo(dialog->destination()).fileName(), u"balance-snapshots-%1.csv"_s.arg(today));
    auto* separator = dialog->findChild<QComboBox*>(u"exportSeparatorCombo"_s);
    auto* bom = dialog->findChild<QCheckBox*>(u"exportBomCheckBox"_s);
    QVERIFY(separator->isEnabled() && bom->isEnabled());
    dialog->findChild<QRadioButton*>(u"exportJsonRadio"_s)->click();
    QCOMPARE(QFileInfo(dialog->destination()).fileName(), u"balance-snapshots-%1.json"_s.arg(today));
    QVERIFY(!separator->isEnabled() && !bom->isEnabled()); // no dialect for JSON

    // A name the user typed stays; only its suffix follows the format.
    dialog->setDestination(m_out.filePath(u"mine.json"_s));
    dialog->setKind(ExportKind::Refunds);
    dialog->setFormat(ExportFormat::Csv);
    QCOMPARE(QFileInfo(dialog->destination()).fileName(), u"mine.csv"_s);

    // Balances are the current state: no range to choose.
    auto* scope = dialog->findChild<QComboBox*>(u"exportScopeCombo"_s);
    QVERIFY(scope->isEnabled());
    dialog->setKind(ExportKind::Balances);
    QVERIFY(!scope->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(u"exportScopeNote"_s)->text().contains(u"no range"_s));

    // "The current filter" is offered for payments only, once the page gave one, and chosen.
    QCOMPARE(scope->findData(QVariant::fromValue(ExportDialog::Scope::CurrentFilter)), -1);
    dialog->setKind(ExportKind::Payments);
    dialog->setCurrentFilter(PaymentQuery{});
    QCOMPARE(dialog->scope(), ExportDialog::Scope::CurrentFilter);
    dialog->setKind(ExportKind::Refunds);
    QCOMPARE(scope->findData(QVariant::fromValue(ExportDialog::Scope::CurrentFilter)), -1);

    // Presets are whole days, both ends included.
    const QDate day(2026, 3, 15);
    QCOMPARE(ExportDialog::presetRange(ExportDialog::Scope::Today, day), std::pair(day, day));
    QCOMPARE(ExportDialog::presetRange(ExportDialog::Scope::Last7Days, day), std::pair(QDate(2026, 3, 9), day));
    QCOMPARE(ExportDialog::presetRange(ExportDialog::Scope::LastMonth, day),
        std::pair(QDate(2026, 2, 1), QDate(2026, 2, 28)));
    QCOMPARE(ExportDialog::presetRange(ExportDialog::Scope::ThisYear, day), std::pair(QDate(2026, 1, 1), day));
}

void TstExportDialog::exportsCsvWithSemicolonAndByteOrderMark()
{
    const auto dialog = makeDialog();
    auto* separator = dialog->findChild<QComboBox*>(u"exportSeparatorCombo"_s);
    separator->setCurrentIndex(separator->findData(QVariant::fromValue(CsvDialect::Separator::Semicolon)));
    dialog->findChild<QCheckBox*>(u"exportBomCheckBox"_s)->setChecked(true);
    const QString path = m_out.filePath(u"excel.csv"_s);
    dialog->findChild<QLineEdit*>(u"exportDestinationEdit"_s)->setText(path);
    QSignalSpy status(dialog.get(), &ExportDialog::statusMessage);

    const ExportResult result = exportAndWait(*dialog);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.rows, qint64(7));
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().first().toString(), u"Exported 7 payment(s) to %1"_s.arg(QDir::toNativeSeparators(path)));
    QVERIFY(!dialog->isVisible()); // done: the dialog closed
    QCOMPARE(m_settings->lastExportDirectory(), m_out.path());

    const QByteArray csv = read(path);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.count("\r\n"), 8); // header + 7 payments, CRLF
    const QList<QByteArray> rows = lines(csv.mid(3));
    QVERIFY(rows.first().startsWith("created_utc;created_local;account;account_id;gateway;"));
    QVERIFY(!rows.first().contains(','));
    // Newest first: cm-1 (an hour ago) on the first data row, its amount in canonical form.
    QVERIFY(rows.at(1).contains(";cm-1;PD-B2001;"));
    QVERIFY(rows.at(1).contains(";0.00150000;BTC;"));
}

void TstExportDialog::exportsJson()
{
    const auto dialog = makeDialog();
    dialog->setKind(ExportKind::Refunds);
    dialog->findChild<QRadioButton*>(u"exportJsonRadio"_s)->click();
    const QString path = dialog->destination();
    QVERIFY(path.endsWith(u".json"_s));
    const ExportResult result = exportAndWait(*dialog);
    QVERIFY2(result.ok(), qPrintable(result.message));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(read(path), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray refunds = document.array();
    QCOMPARE(refunds.size(), 1);
    const QJsonObject refund = refunds.first().toObject();
    QCOMPARE(refund.value(u"id"_s).toString(), u"rf-1"_s);
    QCOMPARE(refund.value(u"payment_id"_s).toString(), u"cc-1"_s);
    QCOMPARE(refund.value(u"amount"_s).toString(), u"10.00"_s); // a string: exact
    QCOMPARE(refund.value(u"account"_s).toString(), u"shop-eu"_s);
}

void TstExportDialog::dateRangeExportsOnlyThoseDays()
{
    // Five payments are hours old, cc-3 ten days and cc-4 45 days: the last three days hold the five.
    const auto dialog = makeDialog();
    const QDate today = QDate::currentDate();
    dialog->setDateRange(today.addDays(-2), today);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::Custom);
    const QString path = dialog->destination();
    const ExportResult result = exportAndWait(*dialog);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.rows, qint64(5));
    const QByteArray csv = read(path);
    QCOMPARE(lines(csv).size(), 6);
    QVERIFY(!csv.contains(",cc-3,") && !csv.contains(",cc-4,"));

    // A preset: the last 30 days add cc-3.
    const auto again = makeDialog();
    again->setScope(ExportDialog::Scope::Last30Days);
    again->setDestination(m_out.filePath(u"month.csv"_s));
    const ExportResult month = exportAndWait(*again);
    QVERIFY2(month.ok(), qPrintable(month.message));
    QCOMPARE(month.rows, qint64(6));
}

void TstExportDialog::currentFilterExportsOnlyFilteredRows()
{
    // The Payments page with the crypto-desk account chosen: its Export… button hands that filter over.
    RecordingGatewayActions actions;
    PaymentsPage page(*m_data->ledger, m_data->path(), actions);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), 7);
    auto* account = page.findChild<QComboBox*>(u"accountComboBox"_s);
    account->setCurrentIndex(account->findData(m_data->cryptomus.id));
    QTRY_COMPARE(page.model()->rowCount(), 2);

    std::unique_ptr<ExportDialog> dialog;
    connect(
        &page, &PaymentsPage::exportRequested, this, [&](ExportKind kind, const std::optional<PaymentQuery>& filter) {
            dialog = makeDialog();
            dialog->setKind(kind);
            dialog->setCurrentFilter(filter);
        });
    page.findChild<QPushButton*>(u"exportPushButton"_s)->click();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ExportKind::Payments);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::CurrentFilter);
    const QString path = dialog->destination();
    const ExportResult result = exportAndWait(*dialog);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.rows, qint64(2));
    const QList<QByteArray> rows = lines(read(path));
    QCOMPARE(rows.size(), 3);
    for (const QByteArray& row : rows.mid(1))
        QVERIFY2(row.contains(",acc-cm,cryptomus,"), row.constData());

    // Search text and status narrow the export as they narrow the table (PD-A1001 paid, PD-A1002 pending).
    account->setCurrentIndex(0);
    page.findChild<QLineEdit*>(u"searchLineEdit"_s)->setText(u"pd-a"_s);
    QTRY_COMPARE(page.model()->rowCount(), 3);
    page.findChild<QPushButton*>(u"exportPushButton"_s)->click();
    dialog->setDestination(m_out.filePath(u"search.csv"_s));
    const ExportResult searched = exportAndWait(*dialog);
    QVERIFY2(searched.ok(), qPrintable(searched.message));
    QCOMPARE(searched.rows, qint64(3));
    // Everything is still there when asked for.
    page.findChild<QPushButton*>(u"exportPushButton"_s)->click();
    dialog->setScope(ExportDialog::Scope::Everything);
    dialog->setDestination(m_out.filePath(u"all.csv"_s));
    QCOMPARE(exportAndWait(*dialog).rows, qint64(7));
}

void TstExportDialog::validationInPlainWords()
{
    const auto dialog = makeDialog();
    auto* banner = dialog->findChild<ErrorBanner*>(u"exportErrorBanner"_s);
    QVERIFY(banner->isHidden());

    dialog->setDestination(QString());
    dialog->startExport();
    QVERIFY(!dialog->isExporting());
    QVERIFY(banner->isVisible());
    QVERIFY2(dialog->errorText().startsWith(u"Choose where to save"_s), qPrintable(dialog->errorText()));

    dialog->setDestination(m_out.path()); // a folder
    dialog->startExport();
    QVERIFY2(dialog->errorText().contains(u"is a folder"_s), qPrintable(dialog->errorText()));

    const QString path = m_out.filePath(u"range.csv"_s);
    dialog->setDestination(path);
    const QDate today = QDate::currentDate();
    dialog->setDateRange(today, today.addDays(-1));
    dialog->startExport();
    QVERIFY2(dialog->errorText().contains(u"ends before it starts"_s), qPrintable(dialog->errorText()));
    QVERIFY(!dialog->isExporting());
    QVERIFY(dialog->isVisible());

    // Corrected: the message goes and the export runs. A bare file name goes into the last export folder.
    dialog->setDateRange(today.addDays(-1), today);
    dialog->setDestination(u"range.csv"_s);
    const ExportResult result = exportAndWait(*dialog);
    QVERIFY(result.ok());
    QVERIFY(dialog->errorText().isEmpty());
    QVERIFY(QFile::exists(path));
}

void TstExportDialog::failingDestinationWritesNoFile()
{
    const auto dialog = makeDialog();
    const QString path = m_out.filePath(u"missing-folder/payments.csv"_s);
    dialog->setDestination(path);
    QSignalSpy status(dialog.get(), &ExportDialog::statusMessage);
    const ExportResult result = exportAndWait(*dialog);
    QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
    QVERIFY(!QFile::exists(path));
    QVERIFY(status.isEmpty());
    QVERIFY(dialog->isVisible()); // stays open to correct
    QVERIFY(!dialog->errorText().isEmpty());
    QCOMPARE(dialog->errorText(), result.message); // the engine's plain words
    QVERIFY(dialog->findChild<QPushButton*>(u"exportButton"_s)->isEnabled());

    // The ledger itself is refused too, and stays as it was.
    const QByteArray before = read(m_data->path());
    dialog->setDestination(m_data->path());
    QCOMPARE(exportAndWait(*dialog).outcome, ExportResult::Outcome::Failed);
    QCOMPARE(read(m_data->path()), before);
}

void TstExportDialog::cancelWritesNoFile()
{
    // The job waits behind a blocked task in a one-thread pool, so Cancel comes before its first row, whatever the
    // machine's speed; an older file at the destination stays as it was.
    QThreadPool* pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore gate;
    pool->start([&gate] { gate.acquire(); });

    const auto dialog = makeDialog();
    const QString path = m_out.filePath(u"cancelled.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("older export\n");
    }
    dialog->setDestination(path);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    dialog->findChild<QPushButton*>(u"exportButton"_s)->click();
    QVERIFY(dialog->isExporting());
    QVERIFY(dialog->findChild<QWidget*>(u"exportProgressBar"_s)->isVisible());
    QVERIFY(!dialog->findChild<QPushButton*>(u"exportButton"_s)->isEnabled());
    dialog->findChild<QPushButton*>(u"exportCancelButton"_s)->click(); // cancels, does not close
    QVERIFY(dialog->isVisible());
    gate.release();
    QVERIFY(finished.wait(20'000));
    pool->waitForDone();
    pool->setMaxThreadCount(threads);

    QCOMPARE(finished.first().first().value<ExportResult>().outcome, ExportResult::Outcome::Cancelled);
    QCOMPARE(dialog->statusText(), u"Export cancelled; no file was written."_s);
    QCOMPARE(read(path), QByteArray("older export\n"));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isExporting());
    // Cancel now closes the dialog.
    dialog->findChild<QPushButton*>(u"exportCancelButton"_s)->click();
    QVERIFY(!dialog->isVisible());
}

void TstExportDialog::screenshot()
{
    ExportDialog dialog(m_data->path(), *m_settings);
    dialog.setCurrentFilter(PaymentQuery{});
    auto* separator = dialog.findChild<QComboBox*>(u"exportSeparatorCombo"_s);
    separator->setCurrentIndex(separator->findData(QVariant::fromValue(CsvDialect::Separator::Semicolon)));
    dialog.findChild<QCheckBox*>(u"exportBomCheckBox"_s)->setChecked(true);
    dialog.setDestination(
        u"/home/merchant/Documents/payments-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.adjustSize();
    QDir().mkpath(u"screenshots"_s);
    QVERIFY(dialog.grab().save(u"screenshots/export-dialog.png"_s));
}

QTEST_MAIN(TstExportDialog)
#include "tst_ExportDialog.moc"
