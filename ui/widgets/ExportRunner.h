#pragma once

#include "core/export/ExportJob.h"
#include "core/export/ExportKind.h"
#include "core/export/ExportResult.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace paydesk {

// Runs one ExportJob at a time off the GUI thread (QtConcurrent) and reports back on the runner's thread: progress()
// while it writes, finished() once with the result. cancel() sets the job's cancel flag; a cancelled or failed export
// leaves no file (docs/export.md). Used by the export dialog. Destroying a
// running runner cancels the job and waits for it (it stops at the next row).
class ExportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportRunner)

public:
    explicit ExportRunner(QObject* parent = nullptr);
    ~ExportRunner() override;

    // False (and nothing happens) while another export runs.
    bool start(ExportJob job);
    bool isRunning() const { return m_running; }
    void cancel();

    // One line for the status bar: "Exported 12 payments to /home/me/payments.csv", "Export cancelled; no file was
    // written." or the failure's plain-words message.
    static QString summary(const ExportResult& result, ExportKind kind, const QString& path);

Q_SIGNALS:
    // Rows written so far of `total` (0 when unknown), every 1,000 rows.
    void progress(qint64 done, qint64 total);
    void finished(const paydesk::ExportResult& result);

private:
    void onFinished();

    QFutureWatcher<ExportResult>* m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace paydesk
