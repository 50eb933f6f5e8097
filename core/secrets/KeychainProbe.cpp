#include "core/secrets/KeychainProbe.h"

#include "core/secrets/SecretResult.h"

#include <QCoreApplication>
#include <QThread>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

const QString kProbeKey = u"paydesk-keychain-probe"_s;

SecretResult probeResult(QKeychain::Error error, const QString& detail)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound: // the backend answered: it works
        return SecretResult::success();
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretResult::failure(SecretResult::Status::Unavailable,
            QCoreApplication::translate("KeychainSecretStore", "Access to the system keychain was denied."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::failure(SecretResult::Status::Unavailable);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretResult::failure(SecretResult::Status::Unavailable,
        QCoreApplication::translate("KeychainSecretStore", "The system keychain reported an error: %1").arg(detail));
}

} // namespace

KeychainProbe::KeychainProbe(QString serviceName)
    : m_serviceName(std::move(serviceName))
{
}

void KeychainProbe::start(const QString& serviceName, QObject* context, std::function<void(int, QString)> onAnswer)
{
    // No parent, never waited for: if the keychain blocks past the caller's deadline the thread is abandoned and
    // cleans up after itself when the call finally returns (or with the process).
    auto* thread = new QThread;
    thread->setObjectName(u"paydesk-keychain-probe"_s);
    auto* probe = new KeychainProbe(serviceName);
    probe->moveToThread(thread);
    connect(thread, &QThread::started, probe, &KeychainProbe::run);
    connect(thread, &QThread::finished, probe, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(probe, &KeychainProbe::answered, context, std::move(onAnswer)); // queued to context's thread
    thread->start();
}

void KeychainProbe::run()
{
    auto* job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kProbeKey);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* finished) {
        const SecretResult result = probeResult(finished->error(), finished->errorString());
        Q_EMIT answered(static_cast<int>(result.status), result.message);
        thread()->quit();
    });
    job->start(); // may block this thread, never the caller's
}

} // namespace paydesk
