#include "sandbox/SandboxCrypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace paydesk::sandbox::crypto {

namespace {

QByteArray hmacHex(const EVP_MD* md, QByteArrayView key, QByteArrayView message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    static const unsigned char empty = 0;
    const auto* keyData = key.isEmpty() ? &empty : reinterpret_cast<const unsigned char*>(key.data());
    const auto* messageData = message.isEmpty() ? &empty : reinterpret_cast<const unsigned char*>(message.data());
    if (!HMAC(
            md, keyData, static_cast<int>(key.size()), messageData, static_cast<size_t>(message.size()), out, &length))
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length)).toHex();
}

QByteArray digestHex(const EVP_MD* md, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_Digest(data.data(), static_cast<size_t>(data.size()), out, &length, md, nullptr))
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length)).toHex();
}

} // namespace

QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message)
{
    return hmacHex(EVP_sha256(), key, message);
}

QByteArray hmacSha512Hex(QByteArrayView key, QByteArrayView message)
{
    return hmacHex(EVP_sha512(), key, message);
}

QByteArray md5Hex(QByteArrayView data)
{
    return digestHex(EVP_md5(), data);
}

QByteArray sha256Hex(QByteArrayView data)
{
    return digestHex(EVP_sha256(), data);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace paydesk::sandbox::crypto
