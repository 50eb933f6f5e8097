#pragma once

#include "core/secrets/SecretStore.h"

namespace QKeychain {
class Job;
}

namespace paydesk {

// Secrets in the OS keychain through QtKeychain (libsecret / KWallet, macOS Keychain, Windows Credential Manager),
// under the service name "Paydesk" and the SecretStore key as the account name. Only built with
// PAYDESK_WITH_KEYCHAIN. Never uses QtKeychain's plaintext "insecure fallback".
//
// On machines without a keychain backend (CI, headless servers) a keychain call can fail, or hang for the D-Bus
// timeout (25 s); call probe() first (SecretStoreChooser does) and fall back to the vault.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr int kProbeTimeoutMs = 1500;
    static QString defaultServiceName(); // "Paydesk"

    explicit KeychainSecretStore(QObject* parent = nullptr);
    KeychainSecretStore(const QString& serviceName, QObject* parent);
    ~KeychainSecretStore() override;

    Backend backend() const override { return Backend::Keychain; }
    void read(const QString& key, QObject* context, Callback callback) override;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback callback) override;
    void remove(const QString& key, QObject* context, Callback callback) override;

    QString serviceName() const;

    // Asks the keychain for a probe entry. Delivers Ok when a backend answers (even with "not found"), Unavailable
    // when there is none, access is denied, or no answer came within timeoutMs. The callback runs exactly once,
    // queued to `context` (required); a late answer after the timeout is ignored.
    static void probe(QObject* context, Callback callback, int timeoutMs = kProbeTimeoutMs,
        const QString& serviceName = defaultServiceName());

private:
    // Starts `job` (auto-deleting) and maps its outcome; `value` is the read data for read jobs.
    void run(QKeychain::Job* job, bool isRead, bool isRemove, QObject* context, Callback callback);

    QString m_serviceName;
};

} // namespace paydesk
