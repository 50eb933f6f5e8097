#pragma once

#include "core/export/ExportRequest.h"
#include "core/export/ExportResult.h"
#include "core/export/ReportExporter.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace paydesk {

// One export to a file, self-contained so it can run on any thread: run() opens its own Ledger on the ledger file
// (a Ledger belongs to the thread that opened it), streams the export through ReportExporter into a QSaveFile and
// commits it only when everything was written. A cancelled or failed export leaves no file behind, never a partial
// one, and an existing destination is replaced only on success.
//
// Blocking: call run() off the GUI thread, e.g.
//     auto cancel = std::make_shared<std::atomic_bool>(false);
//     ExportJob job(ledgerPath, fileName, request);
//     job.setCancelFlag(cancel.get());
//     job.setProgressCallback([dialog = QPointer(dialog)](qint64 done, qint64 total) {
//         QMetaObject::invokeMethod(dialog, [=] { ... }, Qt::QueuedConnection); });
//     watcher->setFuture(QtConcurrent::run([job, cancel] { return job.run(); }));
// The cancel flag and whatever the progress callback captures must outlive run().
class ExportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)

public:
    ExportJob(QString ledgerPath, QString destinationPath, ExportRequest request);

    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    void setProgressCallback(ExportProgress progress) { m_progress = std::move(progress); }

    const QString& ledgerPath() const { return m_ledgerPath; }
    const QString& destinationPath() const { return m_destinationPath; }
    const ExportRequest& request() const { return m_request; }

    ExportResult run() const;

private:
    QString m_ledgerPath;
    QString m_destinationPath;
    ExportRequest m_request;
    const std::atomic_bool* m_cancel = nullptr;
    ExportProgress m_progress;
};

} // namespace paydesk
