#pragma once

#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"

#include <functional>
#include <memory>

namespace paydesk {

// Decides where secrets live at start-up: the OS keychain when the preference allows it and the keychain probe
// succeeds, the encrypted vault otherwise (also when Paydesk is built without PAYDESK_WITH_KEYCHAIN).
class SecretStoreChooser final
{
public:
    struct Choice
    {
        SecretStore::Backend backend = SecretStore::Backend::Vault;
        // Ok when the keychain was probed and works; otherwise why the keychain is not used (Unavailable), or Ok
        // without a probe when the preference is Vault.
        SecretResult probe;
    };
    using Callback = std::function<void(const Choice&)>;

    // Delivers the choice queued to `context` (required), within about timeoutMs.
    static void choose(Settings::SecretBackend preference, QObject* context, Callback callback, int timeoutMs = 1500);
    // The store for a backend: a KeychainSecretStore, or a (locked) VaultSecretStore on vaultPath. Memory gives a
    // MemorySecretStore.
    static std::unique_ptr<SecretStore> create(SecretStore::Backend backend, const QString& vaultPath);
    // Whether this build has keychain support.
    static bool keychainCompiledIn();
};

} // namespace paydesk
