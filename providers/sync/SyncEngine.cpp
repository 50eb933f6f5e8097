#include "providers/sync/SyncEngine.h"

#include "providers/sync/SyncWorker.h"

#include <QThread>

namespace paydesk {

SyncEngine::SyncEngine(const QString& ledgerPath, SyncOptions options, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new SyncWorker(ledgerPath, options))
{
    qRegisterMetaType<LedgerChange>();
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncOutcome>();
    m_thread->setObjectName(QStringLiteral("paydesk-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(m_worker, &SyncWorker::ledgerChanged, this, &SyncEngine::ledgerChanged);
    connect(m_worker, &SyncWorker::accountFinished, this, [this](const SyncOutcome& outcome) {
        m_syncing.remove(outcome.accountId);
        Q_EMIT accountFinished(outcome);
        if (m_syncing.isEmpty())
            Q_EMIT idle();
    });
    m_thread->start();
}

SyncEngine::~SyncEngine()
{
    // The worker and everything it owns (ledger connection, sockets) are destroyed on their own thread.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SyncEngine::sync(const Account& account, AccountCredentials credentials)
{
    if (m_syncing.contains(account.id)) {
        credentials.wipe();
        return;
    }
    m_syncing.insert(account.id);
    Q_EMIT accountStarted(account.id);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, account, credentials]() mutable { worker->sync(account, std::move(credentials)); },
        Qt::QueuedConnection);
    credentials.wipe();
}

void SyncEngine::cancel(const QString& accountId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, accountId] { worker->cancel(accountId); }, Qt::QueuedConnection);
}

void SyncEngine::setOptions(const SyncOptions& options)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, options] { worker->setOptions(options); }, Qt::QueuedConnection);
}

bool SyncEngine::isSyncing(const QString& accountId) const
{
    return accountId.isEmpty() ? !m_syncing.isEmpty() : m_syncing.contains(accountId);
}

} // namespace paydesk
