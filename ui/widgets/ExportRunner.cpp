#include "ui/widgets/ExportRunner.h"

#include <QDir>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace paydesk {

ExportRunner::ExportRunner(QObject* parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<ExportResult>(this))
{
    connect(m_watcher, &QFutureWatcher<ExportResult>::finished, this, &ExportRunner::onFinished);
}

ExportRunner::~ExportRunner()
{
    if (m_running) {
        *m_cancel = true;
        m_watcher->waitForFinished(); // the job checks the flag before every row
    }
}

bool ExportRunner::start(ExportJob job)
{
    if (m_running)
        return false;
    m_running = true;
    // A fresh flag per export: the job reads it on the worker thread until run() returns.
    m_cancel = std::make_shared<std::atomic_bool>(false);
    job.setCancelFlag(m_cancel.get());
    // The callback runs on the worker thread; the queued call lands on this object's thread. The destructor waits for
    // the job, so `this` outlives every call; calls still queued when it goes are dropped with it.
    job.setProgressCallback([this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
    });
    m_watcher->setFuture(QtConcurrent::run([job = std::move(job), cancel = m_cancel] { return job.run(); }));
    return true;
}

void ExportRunner::cancel()
{
    if (m_running)
        *m_cancel = true;
}

void ExportRunner::onFinished()
{
    m_running = false;
    Q_EMIT finished(m_watcher->result());
}

QString ExportRunner::summary(const ExportResult& result, ExportKind kind, const QString& path)
{
    if (result.outcome == ExportResult::Outcome::Cancelled)
        return tr("Export cancelled; no file was written.");
    if (!result.ok())
        return result.message.isEmpty() ? tr("The export failed; no file was written.") : result.message;
    const int rows = static_cast<int>(result.rows);
    const QString where = QDir::toNativeSeparators(path);
    switch (kind) {
    case ExportKind::Payments:
        return tr("Exported %Ln payment(s) to %1", nullptr, rows).arg(where);
    case ExportKind::Refunds:
        return tr("Exported %Ln refund(s) to %1", nullptr, rows).arg(where);
    case ExportKind::Balances:
        return tr("Exported %Ln balance(s) to %1", nullptr, rows).arg(where);
    case ExportKind::BalanceSnapshots:
        return tr("Exported %Ln balance record(s) to %1", nullptr, rows).arg(where);
    case ExportKind::Addresses:
        return tr("Exported %Ln address(es) to %1", nullptr, rows).arg(where);
    }
    return tr("Exported %Ln row(s) to %1", nullptr, rows).arg(where);
}

} // namespace paydesk
