#include "core/secrets/SecretStore.h"

#include "core/log/SecretRedactor.h"

#include <QMetaObject>

#include <utility>

namespace paydesk {

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

void SecretStore::setRedactor(SecretRedactor* redactor)
{
    m_redactor = redactor;
}

SecretRedactor* SecretStore::redactor() const
{
    return m_redactor.data();
}

void SecretStore::deliver(QObject* context, Callback callback, SecretResult result)
{
    if (!callback)
        return;
    QObject* target = context ? context : this;
    QMetaObject::invokeMethod(
        target, [callback = std::move(callback), result = std::move(result)]() { callback(result); },
        Qt::QueuedConnection);
}

void SecretStore::registerSecret(const QByteArray& value) const
{
    if (m_redactor)
        m_redactor->addSecret(value);
}

} // namespace paydesk
