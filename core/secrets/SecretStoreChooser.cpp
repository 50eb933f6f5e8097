#include "core/secrets/SecretStoreChooser.h"

#include "core/secrets/MemorySecretStore.h"
#include "core/secrets/VaultSecretStore.h"
#ifdef PAYDESK_WITH_KEYCHAIN
#include "core/secrets/KeychainSecretStore.h"
#endif

#include <QCoreApplication>
#include <QMetaObject>

namespace paydesk {

bool SecretStoreChooser::keychainCompiledIn()
{
#ifdef PAYDESK_WITH_KEYCHAIN
    return true;
#else
    return false;
#endif
}

void SecretStoreChooser::choose(
    Settings::SecretBackend preference, QObject* context, Callback callback, [[maybe_unused]] int timeoutMs)
{
    Q_ASSERT(context);
    const auto deliver = [context](Callback cb, Choice choice) {
        QMetaObject::invokeMethod(
            context, [cb = std::move(cb), choice = std::move(choice)]() { cb(choice); }, Qt::QueuedConnection);
    };
    if (preference == Settings::SecretBackend::Vault) {
        deliver(std::move(callback), Choice{SecretStore::Backend::Vault, SecretResult::success()});
        return;
    }
#ifdef PAYDESK_WITH_KEYCHAIN
    KeychainSecretStore::probe(
        context,
        [callback = std::move(callback)](const SecretResult& probe) {
            callback(Choice{probe.ok() ? SecretStore::Backend::Keychain : SecretStore::Backend::Vault, probe});
        },
        timeoutMs);
#else
    deliver(std::move(callback),
        Choice{SecretStore::Backend::Vault,
            SecretResult::failure(SecretResult::Status::Unavailable,
                QCoreApplication::translate(
                    "SecretStoreChooser", "This build of Paydesk has no system keychain support."))});
#endif
}

std::unique_ptr<SecretStore> SecretStoreChooser::create(SecretStore::Backend backend, const QString& vaultPath)
{
    switch (backend) {
    case SecretStore::Backend::Memory:
        return std::make_unique<MemorySecretStore>();
    case SecretStore::Backend::Keychain:
#ifdef PAYDESK_WITH_KEYCHAIN
        return std::make_unique<KeychainSecretStore>();
#else
        break;
#endif
    case SecretStore::Backend::Vault:
        break;
    }
    return std::make_unique<VaultSecretStore>(vaultPath);
}

} // namespace paydesk
