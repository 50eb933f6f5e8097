#include "core/secrets/MemorySecretStore.h"

#include <openssl/crypto.h>

namespace paydesk {

namespace {

void wipe(QByteArray& value)
{
    if (!value.isEmpty())
        OPENSSL_cleanse(value.data(), static_cast<size_t>(value.size()));
    value.clear();
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore()
{
    clear();
}

void MemorySecretStore::read(const QString& key, QObject* context, Callback callback)
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd()) {
        deliver(context, std::move(callback), SecretResult::failure(SecretResult::Status::NotFound));
        return;
    }
    registerSecret(*it);
    // A deep copy, so that wiping our copy later never touches the caller's.
    deliver(context, std::move(callback), SecretResult::success(QByteArray(it->constData(), it->size())));
}

void MemorySecretStore::write(const QString& key, const QByteArray& value, QObject* context, Callback callback)
{
    insert(key, value);
    deliver(context, std::move(callback), SecretResult::success());
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback callback)
{
    auto it = m_values.find(key);
    if (it != m_values.end()) {
        wipe(*it);
        m_values.erase(it);
    }
    deliver(context, std::move(callback), SecretResult::success());
}

void MemorySecretStore::insert(const QString& key, const QByteArray& value)
{
    registerSecret(value);
    auto it = m_values.find(key);
    if (it != m_values.end())
        wipe(*it);
    m_values.insert(key, QByteArray(value.constData(), value.size()));
}

bool MemorySecretStore::contains(const QString& key) const
{
    return m_values.contains(key);
}

qsizetype MemorySecretStore::size() const
{
    return m_values.size();
}

void MemorySecretStore::clear()
{
    for (auto& value : m_values)
        wipe(value);
    m_values.clear();
}

} // namespace paydesk
