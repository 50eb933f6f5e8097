#pragma once

#include "core/export/ExportRequest.h"
#include "core/export/ExportResult.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

class QIODevice;

namespace paydesk {

class Ledger;

// Progress of an export: data rows written so far and the rows expected in all (from Ledger::countPayments for
// payments; approximate if a sync writes to the ledger meanwhile). Called on the thread that runs the export, at
// the start (0, total), every ReportExporter::kProgressInterval rows and at the end.
using ExportProgress = std::function<void(qint64 rowsWritten, qint64 totalRows)>;

// Writes one export (ExportRequest) from an open Ledger to a QIODevice: the header (CSV) then one row per record
// (ExportColumns), streamed: payments go through Ledger::forEachPayment, so memory does not grow with the number
// of payments. Runs on the thread that owns the Ledger; cancellable between rows through an atomic flag.
//
// It writes to whatever device it is given and does not clean up after a cancel or failure: ExportJob does that
// (QSaveFile). Use ExportJob for files; use this directly for an in-memory QBuffer.
class ReportExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    static constexpr qint64 kProgressInterval = 1000;

    ReportExporter(const Ledger& ledger, ExportRequest request);

    // Checked before each row; when it becomes true the export stops with Outcome::Cancelled.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    void setProgressCallback(ExportProgress progress) { m_progress = std::move(progress); }

    ExportResult write(QIODevice* device) const;

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    const Ledger& m_ledger;
    ExportRequest m_request;
    const std::atomic_bool* m_cancel = nullptr;
    ExportProgress m_progress;
};

} // namespace paydesk
