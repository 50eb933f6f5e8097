#pragma once

#include "core/secrets/SecretResult.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace paydesk {

class SecretRedactor;

// Where API keys and webhook secrets live (ARCHITECTURE.md "Secrets", STYLE.md c.8). Keys are the names from
// secretKey(accountId, SecretKind), e.g. "<account id>/api_key".
//
// Asynchronous: every operation returns at once and its result is delivered later to `callback`, invoked in the
// thread of `context` through a queued call. The callback never runs inside the call that started it, and is dropped
// if `context` is destroyed first (a null context means the store itself). No operation spins a nested event loop.
//
// Every secret value read or written is also fed to the SecretRedactor set with setRedactor(), so that it can never
// reach a log line.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(const SecretResult&)>;

    enum class Backend {
        Memory,
        Vault,
        Keychain,
    };

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    virtual Backend backend() const = 0;

    // Ok with the value, NotFound, or an error (Locked, WrongPassphrase, Tampered, Unavailable, IoError).
    virtual void read(const QString& key, QObject* context, Callback callback) = 0;
    // Stores (or replaces) the value. Ok or an error.
    virtual void write(const QString& key, const QByteArray& value, QObject* context, Callback callback) = 0;
    // Ok also when there was nothing to remove.
    virtual void remove(const QString& key, QObject* context, Callback callback) = 0;

    // Not owned; may be null. The redactor must outlive the store or be reset first.
    void setRedactor(SecretRedactor* redactor);
    SecretRedactor* redactor() const;

protected:
    // Queues `callback(result)` to `context` (or to the store when null); see the class comment.
    void deliver(QObject* context, Callback callback, SecretResult result);
    // Hands a secret value to the redactor, if there is one.
    void registerSecret(const QByteArray& value) const;

private:
    QPointer<SecretRedactor> m_redactor;
};

} // namespace paydesk
