#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>

namespace paydesk {

// Keeps secrets in process memory only: for tests and the sandbox's demo accounts. Values are wiped when removed,
// replaced or when the store is destroyed.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject* parent = nullptr);
    ~MemorySecretStore() override;

    Backend backend() const override { return Backend::Memory; }
    void read(const QString& key, QObject* context, Callback callback) override;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback callback) override;
    void remove(const QString& key, QObject* context, Callback callback) override;

    // Synchronous helpers for seeding (sandbox demo accounts) and for inspection in tests.
    void insert(const QString& key, const QByteArray& value);
    bool contains(const QString& key) const;
    qsizetype size() const;
    void clear();

private:
    QHash<QString, QByteArray> m_values;
};

} // namespace paydesk
