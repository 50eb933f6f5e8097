#include "core/secrets/VaultPassphrase.h"

#include <QtGlobal>

namespace paydesk {

std::optional<QByteArray> passphraseFromEnvironment()
{
    QByteArray value = qgetenv(kPassphraseEnvVar);
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

} // namespace paydesk
