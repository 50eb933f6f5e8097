#include "core/export/ExportJob.h"

#include "core/ledger/Ledger.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace paydesk {

namespace {

ExportResult failure(QString message, QString detail = {})
{
    return ExportResult{ExportResult::Outcome::Failed, 0, std::move(message), std::move(detail)};
}

} // namespace

ExportJob::ExportJob(QString ledgerPath, QString destinationPath, ExportRequest request)
    : m_ledgerPath(std::move(ledgerPath))
    , m_destinationPath(std::move(destinationPath))
    , m_request(std::move(request))
{
}

ExportResult ExportJob::run() const
{
    const QString destination = QDir::toNativeSeparators(m_destinationPath);
    if (m_destinationPath.isEmpty())
        return failure(tr("Choose a file to export to."));
    const QFileInfo ledgerInfo(m_ledgerPath);
    if (m_ledgerPath.isEmpty() || !ledgerInfo.isFile())
        return failure(tr("There is no ledger at %1.").arg(QDir::toNativeSeparators(m_ledgerPath)));
    const QFileInfo destinationInfo(m_destinationPath);
    if (destinationInfo.isDir())
        return failure(tr("%1 is a folder. Choose a file name to export to.").arg(destination));
    if (destinationInfo.exists() && destinationInfo.canonicalFilePath() == ledgerInfo.canonicalFilePath())
        return failure(tr("%1 is the ledger itself. Choose another file to export to.").arg(destination));

    if (m_cancel && m_cancel->load())
        return ExportResult{ExportResult::Outcome::Cancelled, 0, tr("The export was cancelled."), {}};

    auto ledger = Ledger::open(m_ledgerPath);
    if (!ledger && ledger.error().kind == LedgerError::Kind::ReadOnly)
        ledger = Ledger::openReadOnly(m_ledgerPath); // an export only reads
    if (!ledger) {
        return failure(
            tr("Cannot open the ledger to export from: %1").arg(ledger.error().message), ledger.error().detail);
    }

    QSaveFile file(m_destinationPath); // writes a temporary file next to the destination, renamed on commit()
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(
            tr("Cannot create %1: %2. Choose a folder you can write to.").arg(destination, file.errorString()),
            file.errorString());
    }

    ReportExporter exporter(*ledger.value(), m_request);
    exporter.setCancelFlag(m_cancel);
    exporter.setProgressCallback(m_progress);
    ExportResult result = exporter.write(&file);
    if (!result.ok()) {
        file.cancelWriting(); // the temporary file is removed; the destination is untouched
        return result;
    }
    if (!file.commit()) {
        result.outcome = ExportResult::Outcome::Failed;
        result.message = tr("Cannot save %1: %2.").arg(destination, file.errorString());
        result.detail = file.errorString();
    }
    return result;
}

} // namespace paydesk
