#pragma once

#include "core/export/ExportKind.h"
#include "core/export/ExportRequest.h"
#include "core/export/ExportResult.h"
#include "core/ledger/PaymentQuery.h"

#include <QDate>
#include <QDialog>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace paydesk {

class ErrorBanner;
class ExportRunner;
class Settings;

// File > Export… and the pages' "Export…" buttons (docs/export.md "From the dashboard"): what to export (an
// ExportKind), its scope (everything, the Payments page's current filter, or a range of whole local days with
// presets; balances are the current state and have none), CSV or JSON, the CSV dialect (separator, byte order mark
// for Excel) and the destination file, whose suffix follows the format. Export runs ExportJob off the GUI thread
// (ExportRunner) with a progress bar; Cancel stops it and no file is written. On success the dialog emits
// statusMessage() and closes; a failure stays in the dialog, in plain words. Open it with open(), never exec().
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Scope {
        Everything,
        CurrentFilter,
        Today,
        Last7Days,
        Last30Days,
        ThisMonth,
        LastMonth,
        ThisYear,
        Custom
    };
    Q_ENUM(Scope)

    // The ledger file is opened again by the export, on its worker thread.
    ExportDialog(const QString& ledgerPath, Settings& settings, QWidget* parent = nullptr);
    ~ExportDialog() override;

    ExportKind kind() const;
    void setKind(ExportKind kind);
    // The Payments page's filter: offers "The current filter" as the scope of payments, and chooses it.
    void setCurrentFilter(const std::optional<PaymentQuery>& filter);
    Scope scope() const;
    void setScope(Scope scope);
    // Whole local days, both included; sets the scope to Custom.
    void setDateRange(QDate first, QDate last);
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    void setDialect(const CsvDialect& dialect);
    QString destination() const;
    void setDestination(const QString& path);

    // The request the form describes, or nullopt with the problem in plain words in `problem`.
    std::optional<ExportRequest> request(QString* problem = nullptr) const;
    // "payments-2026-11-21.csv": the kind, today's date, the format's suffix.
    QString defaultFileName() const;
    // The first and last day of a range scope at `today` (invalid for Everything / CurrentFilter / Custom).
    static std::pair<QDate, QDate> presetRange(Scope scope, QDate today);

    bool isExporting() const;
    // What the status line of the dialog says ("Exporting…", "Export cancelled; no file was written.").
    QString statusText() const;
    // The plain-words message of a refused or failed export (empty when none).
    QString errorText() const;

public Q_SLOTS:
    // The Export button: checks the form, then starts the export (or shows what is missing).
    void startExport();
    // Cancel while exporting stops the export (the dialog stays open); otherwise it closes the dialog.
    void reject() override;

Q_SIGNALS:
    // Once per export, when it has ended (ok, cancelled or failed).
    void exportFinished(const paydesk::ExportResult& result, const QString& path);
    // After a successful export: "Exported 12 payments to …", for the status bar.
    void statusMessage(const QString& message);

private:
    void updateScopeChoices();
    void onScopeChanged();
    void onFormatChanged();
    QString exportFolder() const;
    QString absoluteDestination() const;
    void updateDestinationName();
    void browse();
    void setRunning(bool running);
    void onProgress(qint64 done, qint64 total);
    void onFinished(const ExportResult& result);

    QString m_ledgerPath;
    Settings& m_settings;
    ExportRunner* m_runner;
    QFormLayout* m_form;
    std::optional<PaymentQuery> m_currentFilter;
    QComboBox* m_kind;
    QComboBox* m_scope;
    QLabel* m_scopeNote;
    QWidget* m_rangeRow;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QRadioButton* m_csv;
    QRadioButton* m_json;
    QComboBox* m_separator;
    QCheckBox* m_byteOrderMark;
    QLineEdit* m_destination;
    QPushButton* m_browse;
    ErrorBanner* m_banner;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_exportButton;
    QString m_autoDestination; // the last destination the dialog chose itself (follows kind and format)
    QString m_runningPath;
    ExportKind m_runningKind = ExportKind::Payments;
};

} // namespace paydesk
