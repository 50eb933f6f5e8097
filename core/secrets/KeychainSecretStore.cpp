#include "core/secrets/KeychainSecretStore.h"

#include "core/secrets/KeychainProbe.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

using Status = SecretResult::Status;

SecretResult mapError(QKeychain::Error error, const QString& detail)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::success();
    case QKeychain::EntryNotFound:
        return SecretResult::failure(Status::NotFound);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretResult::failure(Status::Unavailable,
            QCoreApplication::translate("KeychainSecretStore", "Access to the system keychain was denied."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::failure(Status::Unavailable);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretResult::failure(Status::IoError,
        QCoreApplication::translate("KeychainSecretStore", "The system keychain reported an error: %1").arg(detail));
}

} // namespace

QString KeychainSecretStore::defaultServiceName()
{
    return u"Paydesk"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : KeychainSecretStore(defaultServiceName(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString& serviceName, QObject* parent)
    : SecretStore(parent)
    , m_serviceName(serviceName)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName() const
{
    return m_serviceName;
}

void KeychainSecretStore::run(QKeychain::Job* job, bool isRead, bool isRemove, QObject* context, Callback callback)
{
    // The job has no parent and deletes itself when finished: deleting a job that QtKeychain is still running is
    // not safe. If this store goes away first the connection is dropped and the result is discarded.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> target = context ? context : this;
    connect(job, &QKeychain::Job::finished, this,
        [this, isRead, isRemove, target, callback = std::move(callback)](QKeychain::Job* finished) mutable {
            if (!target)
                return;
            SecretResult result = mapError(finished->error(), finished->errorString());
            if (isRemove && result.status == Status::NotFound)
                result = SecretResult::success();
            if (isRead && result.ok()) {
                auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
                result.value = readJob->binaryData();
                registerSecret(result.value);
            }
            deliver(target, std::move(callback), std::move(result));
        });
    job->start();
}

void KeychainSecretStore::read(const QString& key, QObject* context, Callback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(key);
    run(job, true, false, context, std::move(callback));
}

void KeychainSecretStore::write(const QString& key, const QByteArray& value, QObject* context, Callback callback)
{
    registerSecret(value);
    auto* job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(key);
    job->setBinaryData(value);
    run(job, false, false, context, std::move(callback));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(key);
    run(job, false, true, context, std::move(callback));
}

void KeychainSecretStore::probe(QObject* context, Callback callback, int timeoutMs, const QString& serviceName)
{
    Q_ASSERT(context);
    // The probe runs on a thread of its own: on a machine without a Secret Service library QtKeychain's backend
    // detection blocks in D-Bus calls, which must never freeze the dashboard at start. Both outcomes arrive here
    // on `context`'s thread; the first one wins.
    auto done = std::make_shared<bool>(false);
    auto shared = std::make_shared<Callback>(std::move(callback));
    const auto finish = [done, shared](SecretResult result) {
        if (*done)
            return;
        *done = true;
        (*shared)(result);
    };
    KeychainProbe::start(serviceName, context, [finish](int status, const QString& message) {
        finish(status == static_cast<int>(Status::Ok) ? SecretResult::success()
                                                      : SecretResult::failure(static_cast<Status>(status), message));
    });
    QTimer::singleShot(timeoutMs, context, [finish] {
        finish(SecretResult::failure(Status::Unavailable,
            QCoreApplication::translate("KeychainSecretStore", "The system keychain did not answer in time.")));
    });
}

} // namespace paydesk
