#pragma once

#include <QByteArray>

#include <optional>

namespace paydesk {

// The environment variable that holds the vault passphrase for headless runs (CI, paydesk-cli).
inline constexpr char kPassphraseEnvVar[] = "PAYDESK_PASSPHRASE";

// The passphrase from PAYDESK_PASSPHRASE, or nullopt when it is unset or empty. The caller should wipe the returned
// bytes (OPENSSL_cleanse / fill('\0')) once the vault is unlocked.
std::optional<QByteArray> passphraseFromEnvironment();

} // namespace paydesk
