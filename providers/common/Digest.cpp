#include "providers/common/Digest.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <openssl/crypto.h>

namespace paydesk::digest {

QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message)
{
    return QMessageAuthenticationCode::hash(message.toByteArray(), key.toByteArray(), QCryptographicHash::Sha256)
        .toHex();
}

QByteArray hmacSha512Hex(QByteArrayView key, QByteArrayView message)
{
    return QMessageAuthenticationCode::hash(message.toByteArray(), key.toByteArray(), QCryptographicHash::Sha512)
        .toHex();
}

QByteArray md5Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace paydesk::digest
