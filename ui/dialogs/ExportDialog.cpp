#include "ui/dialogs/ExportDialog.h"

#include "core/export/ExportJob.h"
#include "core/settings/Settings.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/ExportRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

QString suffixOf(ExportFormat format)
{
    return format == ExportFormat::Json ? u"json"_s : u"csv"_s;
}

} // namespace

ExportDialog::ExportDialog(const QString& ledgerPath, Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ledgerPath(ledgerPath)
    , m_settings(settings)
    , m_runner(new ExportRunner(this))
    , m_form(new QFormLayout)
    , m_kind(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_scopeNote(new QLabel(this))
    , m_rangeRow(new QWidget(this))
    , m_from(new QDateEdit(m_rangeRow))
    , m_to(new QDateEdit(m_rangeRow))
    , m_csv(new QRadioButton(tr("CSV"), this))
    , m_json(new QRadioButton(tr("JSON"), this))
    , m_separator(new QComboBox(this))
    , m_byteOrderMark(new QCheckBox(tr("Start with a byte order mark (for Excel)"), this))
    , m_destination(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_banner(new ErrorBanner(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_exportButton(m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));

    m_kind->setObjectName(u"exportKindCombo"_s);
    m_kind->addItem(tr("Payments"), QVariant::fromValue(ExportKind::Payments));
    m_kind->addItem(tr("Refunds"), QVariant::fromValue(ExportKind::Refunds));
    m_kind->addItem(tr("Balances (latest)"), QVariant::fromValue(ExportKind::Balances));
    m_kind->addItem(tr("Balance history"), QVariant::fromValue(ExportKind::BalanceSnapshots));
    m_kind->addItem(tr("Dedicated addresses"), QVariant::fromValue(ExportKind::Addresses));

    m_scope->setObjectName(u"exportScopeCombo"_s);
    m_scopeNote->setObjectName(u"exportScopeNote"_s);
    m_scopeNote->setEnabled(false); // a quieter grey: a note, not a control
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setDate(QDate::currentDate());
    }
    m_from->setObjectName(u"exportFromDateEdit"_s);
    m_to->setObjectName(u"exportToDateEdit"_s);
    m_rangeRow->setObjectName(u"exportRangeRow"_s);
    auto* range = new QHBoxLayout(m_rangeRow);
    range->setContentsMargins(0, 0, 0, 0);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), m_rangeRow));
    range->addWidget(m_to);
    range->addStretch(1);

    m_csv->setObjectName(u"exportCsvRadio"_s);
    m_json->setObjectName(u"exportJsonRadio"_s);
    m_csv->setChecked(true);
    auto* formats = new QHBoxLayout;
    formats->setContentsMargins(0, 0, 0, 0);
    formats->addWidget(m_csv);
    formats->addWidget(m_json);
    formats->addStretch(1);

    m_separator->setObjectName(u"exportSeparatorCombo"_s);
    m_separator->addItem(tr("Comma ( , )"), QVariant::fromValue(CsvDialect::Separator::Comma));
    m_separator->addItem(tr("Semicolon ( ; ) for spreadsheets with a decimal comma"),
        QVariant::fromValue(CsvDialect::Separator::Semicolon));
    m_byteOrderMark->setObjectName(u"exportBomCheckBox"_s);

    m_destination->setObjectName(u"exportDestinationEdit"_s);
    m_destination->setMinimumWidth(m_destination->fontMetrics().averageCharWidth() * 56);
    m_destination->setPlaceholderText(tr("File to write"));
    m_browse->setObjectName(u"exportBrowseButton"_s);
    auto* destination = new QHBoxLayout;
    destination->setContentsMargins(0, 0, 0, 0);
    destination->addWidget(m_destination, 1);
    destination->addWidget(m_browse);

    auto* destinationLabel = new QLabel(tr("Save &to:"), this);
    destinationLabel->setBuddy(m_destination);
    auto* form = m_form;
    form->addRow(tr("&Export:"), m_kind);
    form->addRow(tr("&Range:"), m_scope);
    form->addRow(QString(), m_rangeRow);
    form->addRow(QString(), m_scopeNote);
    form->addRow(tr("Format:"), formats);
    form->addRow(tr("&Separator:"), m_separator);
    form->addRow(QString(), m_byteOrderMark);
    form->addRow(destinationLabel, destination);

    m_banner->setObjectName(u"exportErrorBanner"_s);
    m_banner->hide();
    m_progress->setObjectName(u"exportProgressBar"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(u"exportStatusLabel"_s);
    m_status->setWordWrap(true);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"exportCancelButton"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateScopeChoices();
        updateDestinationName();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ExportDialog::onScopeChanged);
    connect(m_csv, &QRadioButton::toggled, this, &ExportDialog::onFormatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_runner, &ExportRunner::progress, this, &ExportDialog::onProgress);
    connect(m_runner, &ExportRunner::finished, this, &ExportDialog::onFinished);

    updateScopeChoices();
    onFormatChanged();
    updateDestinationName();
}

ExportDialog::~ExportDialog() = default;

ExportKind ExportDialog::kind() const
{
    return m_kind->currentData().value<ExportKind>();
}

void ExportDialog::setKind(ExportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(QVariant::fromValue(kind)));
}

void ExportDialog::setCurrentFilter(const std::optional<PaymentQuery>& filter)
{
    m_currentFilter = filter;
    if (m_currentFilter) {
        m_currentFilter->limit = -1; // the whole filter, not the page of it the table happens to show
        m_currentFilter->offset = 0;
    }
    updateScopeChoices();
    if (m_currentFilter && kind() == ExportKind::Payments)
        setScope(Scope::CurrentFilter);
}

ExportDialog::Scope ExportDialog::scope() const
{
    return m_scope->isEnabled() ? m_scope->currentData().value<Scope>() : Scope::Everything;
}

void ExportDialog::setScope(Scope scope)
{
    const int index = m_scope->findData(QVariant::fromValue(scope));
    if (index >= 0)
        m_scope->setCurrentIndex(index);
}

void ExportDialog::setDateRange(QDate first, QDate last)
{
    setScope(Scope::Custom);
    m_from->setDate(first);
    m_to->setDate(last);
}

ExportFormat ExportDialog::format() const
{
    return m_json->isChecked() ? ExportFormat::Json : ExportFormat::Csv;
}

void ExportDialog::setFormat(ExportFormat format)
{
    (format == ExportFormat::Json ? m_json : m_csv)->setChecked(true);
}

void ExportDialog::setDialect(const CsvDialect& dialect)
{
    m_separator->setCurrentIndex(m_separator->findData(QVariant::fromValue(dialect.separator)));
    m_byteOrderMark->setChecked(dialect.byteOrderMark);
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ExportDialog::setDestination(const QString& path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
}

std::pair<QDate, QDate> ExportDialog::presetRange(Scope scope, QDate today)
{
    switch (scope) {
    case Scope::Today:
        return {today, today};
    case Scope::Last7Days:
        return {today.addDays(-6), today};
    case Scope::Last30Days:
        return {today.addDays(-29), today};
    case Scope::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case Scope::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case Scope::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Scope::Everything:
    case Scope::CurrentFilter:
    case Scope::Custom:
        break;
    }
    return {};
}

std::optional<ExportRequest> ExportDialog::request(QString* problem) const
{
    const auto fail = [problem](const QString& message) {
        if (problem)
            *problem = message;
        return std::nullopt;
    };
    ExportRequest request;
    request.kind = kind();
    request.format = format();
    request.dialect.separator = m_separator->currentData().value<CsvDialect::Separator>();
    request.dialect.byteOrderMark = m_byteOrderMark->isChecked();
    const Scope chosen = scope();
    if (chosen == Scope::CurrentFilter && m_currentFilter) {
        request.query = *m_currentFilter;
    } else if (chosen != Scope::Everything && chosen != Scope::CurrentFilter) {
        if (m_to->date() < m_from->date())
            return fail(tr("The range ends before it starts: choose an end date on or after the start date."));
        request.setDateRange(m_from->date(), m_to->date());
    }

    if (destination().isEmpty())
        return fail(tr("Choose where to save the export: type a file name or use Browse…"));
    const QString path = absoluteDestination();
    if (QFileInfo(path).isDir())
        return fail(tr("%1 is a folder. Add a file name to it.").arg(QDir::toNativeSeparators(path)));
    return request;
}

QString ExportDialog::defaultFileName() const
{
    QString name = exportKindId(kind());
    name.replace(u'_', u'-');
    return u"%1-%2.%3"_s.arg(name, QDate::currentDate().toString(Qt::ISODate), suffixOf(format()));
}

bool ExportDialog::isExporting() const
{
    return m_runner->isRunning();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

QString ExportDialog::errorText() const
{
    return m_banner->isHidden() ? QString() : m_banner->message();
}

void ExportDialog::updateScopeChoices()
{
    const bool payments = kind() == ExportKind::Payments;
    const Scope previous = m_scope->count() > 0 ? m_scope->currentData().value<Scope>() : Scope::Everything;
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("Everything"), QVariant::fromValue(Scope::Everything));
        if (payments && m_currentFilter)
            m_scope->addItem(tr("The current filter of the Payments page"), QVariant::fromValue(Scope::CurrentFilter));
        const QList<std::pair<Scope, QString>> presets{{Scope::Today, tr("Today")},
            {Scope::Last7Days, tr("Last 7 days")}, {Scope::Last30Days, tr("Last 30 days")},
            {Scope::ThisMonth, tr("This month")}, {Scope::LastMonth, tr("Last month")},
            {Scope::ThisYear, tr("This year")}, {Scope::Custom, tr("Dates from… to…")}};
        for (const auto& [value, text] : presets)
            m_scope->addItem(text, QVariant::fromValue(value));
        const int index = m_scope->findData(QVariant::fromValue(previous));
        m_scope->setCurrentIndex(index >= 0 ? index : 0);
    }
    onScopeChanged();
}

void ExportDialog::onScopeChanged()
{
    const ExportKind exportKind = kind();
    const bool hasRange = exportKind != ExportKind::Balances;
    m_scope->setEnabled(hasRange);
    const Scope chosen = scope();
    const auto [first, last] = presetRange(chosen, QDate::currentDate());
    if (first.isValid()) {
        m_from->setDate(first);
        m_to->setDate(last);
    }
    const bool dated = hasRange && chosen != Scope::Everything && chosen != Scope::CurrentFilter;
    m_from->setEnabled(dated && chosen == Scope::Custom);
    m_to->setEnabled(dated && chosen == Scope::Custom);
    m_form->setRowVisible(m_rangeRow, dated);

    QString note;
    if (!hasRange)
        note = tr("Balances are the current state: they have no range.");
    else if (chosen == Scope::CurrentFilter)
        note = tr("What the Payments page shows now: its search, account, status, currency and dates.");
    else if (dated)
        note = tr("Whole days in your time zone, both included.");
    else if (exportKind == ExportKind::BalanceSnapshots)
        note = tr("Every balance read at every sync.");
    m_scopeNote->setText(note);
    m_form->setRowVisible(m_scopeNote, !note.isEmpty());
}

void ExportDialog::onFormatChanged()
{
    const bool csv = format() == ExportFormat::Csv;
    m_separator->setEnabled(csv);
    m_byteOrderMark->setEnabled(csv);
    // The suffix follows the format: payments.csv <-> payments.json; another suffix is the user's choice.
    const QString path = destination();
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (!path.isEmpty() && (suffix == u"csv"_s || suffix == u"json"_s)) {
        const QString changed = path.left(path.size() - suffix.size()) + suffixOf(format());
        if (path == m_autoDestination)
            m_autoDestination = changed;
        m_destination->setText(changed);
    }
}

QString ExportDialog::exportFolder() const
{
    const QString folder = m_settings.lastExportDirectory();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

QString ExportDialog::absoluteDestination() const
{
    // A bare file name goes into the export folder, not into whatever the process's working directory is.
    const QString path = QDir::fromNativeSeparators(destination());
    return path.isEmpty() ? QString() : QDir::cleanPath(QDir(exportFolder()).absoluteFilePath(path));
}

void ExportDialog::updateDestinationName()
{
    // Only while the destination is still the one the dialog chose: a name the user typed stays.
    if (!destination().isEmpty() && destination() != m_autoDestination)
        return;
    m_autoDestination = QDir::toNativeSeparators(QDir(exportFolder()).filePath(defaultFileName()));
    m_destination->setText(m_autoDestination);
}

void ExportDialog::browse()
{
    const QString suffix = suffixOf(format());
    auto* chooser = new QFileDialog(this, tr("Export To"), QFileInfo(absoluteDestination()).absolutePath(),
        format() == ExportFormat::Json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    chooser->setObjectName(u"exportFileDialog"_s);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(suffix);
    chooser->selectFile(destination().isEmpty() ? defaultFileName() : QFileInfo(destination()).fileName());
    connect(chooser, &QFileDialog::fileSelected, this, &ExportDialog::setDestination);
    chooser->open();
}

void ExportDialog::startExport()
{
    if (isExporting())
        return;
    QString problem;
    const auto exportRequest = request(&problem);
    if (!exportRequest) {
        m_banner->showMessage(problem);
        m_banner->show();
        m_status->clear();
        return;
    }
    m_banner->clear();
    m_banner->hide();
    const QString path = absoluteDestination();
    m_settings.setLastExportDirectory(QFileInfo(path).absolutePath());
    m_runningPath = path;
    m_runningKind = exportRequest->kind;
    setRunning(true);
    m_runner->start(ExportJob(m_ledgerPath, path, *exportRequest));
}

void ExportDialog::reject()
{
    if (isExporting()) {
        m_runner->cancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget* widget : std::initializer_list<QWidget*>{m_kind, m_scope, m_from, m_to, m_csv, m_json, m_separator,
             m_byteOrderMark, m_destination, m_browse, m_exportButton})
        widget->setEnabled(!running);
    if (!running) {
        // Back to what the form allows.
        onScopeChanged();
        onFormatChanged();
    }
    m_progress->setVisible(running);
    m_progress->setRange(0, 0); // busy until the first progress report (small kinds report none)
    if (running)
        m_status->setText(tr("Exporting…"));
}

void ExportDialog::onProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(1000 * std::min(done, total) / total));
    m_status->setText(tr("Exporting… %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
}

void ExportDialog::onFinished(const ExportResult& result)
{
    setRunning(false);
    const QString summary = ExportRunner::summary(result, m_runningKind, m_runningPath);
    Q_EMIT exportFinished(result, m_runningPath);
    if (result.ok()) {
        m_status->setText(summary);
        Q_EMIT statusMessage(summary);
        accept();
    } else if (result.outcome == ExportResult::Outcome::Cancelled) {
        m_status->setText(summary);
    } else {
        m_status->clear();
        m_banner->showMessage(summary, result.detail);
        m_banner->show();
    }
}

} // namespace paydesk
