#include "core/secrets/VaultSecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

using Status = SecretResult::Status;

// File layout, format version 1 (all integers big-endian):
//   magic "PAYDESKV" (8) | version u16 | kdf id u8 (1 = scrypt) | log2 N u8 | r u32 | p u32 |
//   salt length u8 | salt | nonce length u8 | nonce | key check (32) | payload length u32 |
//   header checksum (32, SHA-256 of everything before it)
// then the GCM ciphertext (payload length bytes) and the 16-byte GCM tag. AAD = the whole header incl. checksum.
constexpr char kMagic[] = "PAYDESKV";
constexpr int kMagicSize = 8;
constexpr quint8 kKdfScrypt = 1;
constexpr int kSaltSize = 32;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kDigestSize = 32;
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;
constexpr char kKeyCheckLabel[] = "Paydesk vault key check v1";
// Plaintext layout: "PDSM" | count u32 | (key length u32 | UTF-8 key | value length u32 | value)*
constexpr char kPayloadMagic[] = "PDSM";

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

unsigned char* bytes(QByteArray& a)
{
    return reinterpret_cast<unsigned char*>(a.data());
}

void wipe(QByteArray& a)
{
    if (!a.isEmpty())
        OPENSSL_cleanse(a.data(), static_cast<size_t>(a.size()));
    a.clear();
}

void appendU32(QByteArray& out, quint32 v)
{
    char buf[4];
    qToBigEndian(v, buf);
    out.append(buf, 4);
}

bool sha256(const QByteArray& data, unsigned char* out)
{
    unsigned int len = 0;
    return EVP_Digest(data.constData(), static_cast<size_t>(data.size()), out, &len, EVP_sha256(), nullptr) == 1
        && len == kDigestSize;
}

bool keyCheck(const std::array<unsigned char, 64>& key, unsigned char* out)
{
    size_t len = 0;
    char digestName[] = "SHA256";
    return EVP_Q_mac(nullptr, "HMAC", nullptr, digestName, nullptr, key.data() + 32, 32,
               reinterpret_cast<const unsigned char*>(kKeyCheckLabel), sizeof(kKeyCheckLabel) - 1, out, kDigestSize,
               &len)
        != nullptr
        && len == kDigestSize;
}

bool deriveKey(const QByteArray& passphrase, const QByteArray& salt, const VaultSecretStore::KdfParams& params,
    std::array<unsigned char, 64>& out)
{
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr), EVP_KDF_free);
    if (!kdf)
        return false;
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()), EVP_KDF_CTX_free);
    if (!ctx)
        return false;
    uint64_t n = uint64_t{1} << params.log2N;
    uint32_t r = params.r;
    uint32_t p = params.p;
    // OpenSSL 3.0 refuses N = 2^17, r = 8 under its 32 MiB default limit: always set maxmem explicitly.
    uint64_t maxmem = std::max<uint64_t>(VaultSecretStore::kMinMaxMemBytes, params.memoryBytes() + 1024 * 1024);
    QByteArray pass = passphrase; // OSSL_PARAM wants non-const pointers; a shallow copy, never modified
    QByteArray saltCopy = salt;
    OSSL_PARAM ossl[] = {
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_PASSWORD, const_cast<char*>(pass.constData()), static_cast<size_t>(pass.size())),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_SALT, const_cast<char*>(saltCopy.constData()), static_cast<size_t>(saltCopy.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    return EVP_KDF_derive(ctx.get(), out.data(), out.size(), ossl) == 1;
}

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

bool encrypt(const std::array<unsigned char, 64>& key, const QByteArray& nonce, const QByteArray& aad,
    const QByteArray& plaintext, QByteArray& ciphertext, QByteArray& tag)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    ciphertext.resize(plaintext.size());
    tag.resize(kTagSize);
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), bytes(ciphertext), &len, bytes(plaintext), static_cast<int>(plaintext.size()))
            != 1
        || EVP_EncryptFinal_ex(ctx.get(), bytes(ciphertext) + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1)
        return false;
    return true;
}

bool decrypt(const std::array<unsigned char, 64>& key, const QByteArray& nonce, const QByteArray& aad,
    const QByteArray& ciphertext, const QByteArray& tag, QByteArray& plaintext)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    int finalLen = 0;
    plaintext.resize(ciphertext.size());
    QByteArray tagCopy(tag.constData(), tag.size());
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce)) == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) == 1
        && EVP_DecryptUpdate(ctx.get(), bytes(plaintext), &len, bytes(ciphertext), static_cast<int>(ciphertext.size()))
            == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tagCopy.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), bytes(plaintext) + len, &finalLen) == 1;
    if (!ok)
        wipe(plaintext);
    return ok;
}

} // namespace

// ---- KdfParams ----

namespace {

std::atomic<quint64> g_kdfWorkLimit{VaultSecretStore::kMaxWork};

} // namespace

quint64 VaultSecretStore::kdfWorkLimit()
{
    return g_kdfWorkLimit.load(std::memory_order_relaxed);
}

void VaultSecretStore::lowerKdfWorkLimit(quint64 maxWork)
{
    quint64 current = g_kdfWorkLimit.load(std::memory_order_relaxed);
    while (maxWork < current && !g_kdfWorkLimit.compare_exchange_weak(current, maxWork, std::memory_order_relaxed)) { }
}

bool VaultKdfParams::isValid() const
{
    return log2N >= 1 && log2N <= 24 && r >= 1 && r <= 64 && p >= 1 && p <= 16
        && memoryBytes() <= VaultSecretStore::kMaxMemoryBytes && work() <= VaultSecretStore::kdfWorkLimit();
}

quint64 VaultKdfParams::work() const
{
    return (quint64{1} << std::clamp(log2N, 0, 40)) * r * p;
}

quint64 VaultKdfParams::memoryBytes() const
{
    // OpenSSL's scrypt needs 128·r·p bytes for B and 128·r·(N + 2) bytes for V.
    const quint64 n = quint64{1} << std::clamp(log2N, 0, 40);
    return 128ull * r * p + 128ull * r * (n + 2);
}

// ---- the decrypted map, wiped on destruction ----

class VaultSecretStore::SecretMap
{
public:
    SecretMap() = default;
    SecretMap(const SecretMap&) = delete;
    SecretMap& operator=(const SecretMap&) = delete;
    ~SecretMap() { clear(); }

    void clear()
    {
        for (auto it = values.begin(); it != values.end(); ++it)
            wipe(it.value());
        values.clear();
    }

    QByteArray serialize() const
    {
        qsizetype size = 8;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            size += 8 + it.key().toUtf8().size() + it.value().size();
        QByteArray out;
        out.reserve(size); // one allocation: no stale plaintext copies left behind by reallocation
        out.append(kPayloadMagic, 4);
        appendU32(out, static_cast<quint32>(values.size()));
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QByteArray key = it.key().toUtf8();
            appendU32(out, static_cast<quint32>(key.size()));
            out.append(key);
            appendU32(out, static_cast<quint32>(it.value().size()));
            out.append(it.value());
        }
        return out;
    }

    bool parse(const QByteArray& data)
    {
        clear();
        qsizetype pos = 0;
        auto readU32 = [&](quint32& v) {
            if (data.size() - pos < 4)
                return false;
            v = qFromBigEndian<quint32>(data.constData() + pos);
            pos += 4;
            return true;
        };
        auto readBytes = [&](quint32 n, QByteArray& out) {
            if (static_cast<quint64>(data.size() - pos) < n)
                return false;
            out = QByteArray(data.constData() + pos, n);
            pos += n;
            return true;
        };
        quint32 count = 0;
        if (data.size() < 8 || !data.startsWith(QByteArrayView(kPayloadMagic, 4)))
            return false;
        pos = 4;
        if (!readU32(count))
            return false;
        for (quint32 i = 0; i < count; ++i) {
            quint32 n = 0;
            QByteArray key;
            QByteArray value;
            if (!readU32(n) || !readBytes(n, key) || !readU32(n) || !readBytes(n, value)) {
                wipe(value);
                clear();
                return false;
            }
            values.insert(QString::fromUtf8(key), value);
        }
        return pos == data.size();
    }

    QMap<QString, QByteArray> values;
};

// ---- the parsed header ----

struct VaultSecretStore::Header
{
    KdfParams params;
    QByteArray salt;
    QByteArray nonce;
    QByteArray keyCheck;
    quint32 payloadLength = 0;
    QByteArray raw; // the header bytes incl. checksum (the GCM AAD)

    // Everything before the checksum.
    QByteArray serializeBody() const
    {
        QByteArray out(kMagic, kMagicSize);
        char u16[2];
        qToBigEndian<quint16>(kFormatVersion, u16);
        out.append(u16, 2);
        out.append(static_cast<char>(kKdfScrypt));
        out.append(static_cast<char>(params.log2N));
        appendU32(out, params.r);
        appendU32(out, params.p);
        out.append(static_cast<char>(salt.size()));
        out.append(salt);
        out.append(static_cast<char>(nonce.size()));
        out.append(nonce);
        out.append(keyCheck);
        appendU32(out, payloadLength);
        return out;
    }

    // Parses and checks the header at the start of `file`; on success `raw` is set. Tampered otherwise.
    static SecretResult parse(const QByteArray& file, Header& h)
    {
        const auto damaged = [] { return SecretResult::failure(Status::Tampered); };
        if (file.size() < kMagicSize + 2 || !file.startsWith(QByteArrayView(kMagic, kMagicSize)))
            return SecretResult::failure(Status::Tampered, tr("This file is not a Paydesk secret vault."));
        qsizetype pos = kMagicSize;
        const quint16 version = qFromBigEndian<quint16>(file.constData() + pos);
        pos += 2;
        const auto need = [&](qsizetype n) { return file.size() - pos >= n; };
        if (!need(1 + 1 + 4 + 4 + 1))
            return damaged();
        const quint8 kdf = static_cast<quint8>(file.at(pos++));
        h.params.log2N = static_cast<quint8>(file.at(pos++));
        h.params.r = qFromBigEndian<quint32>(file.constData() + pos);
        pos += 4;
        h.params.p = qFromBigEndian<quint32>(file.constData() + pos);
        pos += 4;
        const int saltSize = static_cast<quint8>(file.at(pos++));
        if (saltSize < 16 || !need(saltSize + 1))
            return damaged();
        h.salt = file.mid(pos, saltSize);
        pos += saltSize;
        const int nonceSize = static_cast<quint8>(file.at(pos++));
        if (nonceSize != kNonceSize || !need(kNonceSize + kDigestSize + 4 + kDigestSize))
            return damaged();
        h.nonce = file.mid(pos, kNonceSize);
        pos += kNonceSize;
        h.keyCheck = file.mid(pos, kDigestSize);
        pos += kDigestSize;
        h.payloadLength = qFromBigEndian<quint32>(file.constData() + pos);
        pos += 4;
        unsigned char digest[kDigestSize];
        if (!sha256(file.left(pos), digest) || CRYPTO_memcmp(digest, file.constData() + pos, kDigestSize) != 0)
            return damaged();
        pos += kDigestSize;
        // The checksum matches, so these fields are as written: report them in plain words.
        if (version != kFormatVersion || kdf != kKdfScrypt)
            return SecretResult::failure(Status::Tampered,
                tr("This secret vault was written by a newer version of Paydesk and cannot be opened here."));
        if (!h.params.isValid())
            return damaged();
        if (file.size() - pos != static_cast<qint64>(h.payloadLength) + kTagSize)
            return SecretResult::failure(
                Status::Tampered, tr("The secret vault file is incomplete (truncated). It cannot be opened."));
        h.raw = file.left(pos);
        return SecretResult::success();
    }
};

// ---- VaultSecretStore ----

VaultSecretStore::VaultSecretStore(const QString& filePath, QObject* parent)
    : SecretStore(parent)
    , m_filePath(filePath)
{
}

VaultSecretStore::~VaultSecretStore()
{
    lock();
}

QString VaultSecretStore::filePath() const
{
    return m_filePath;
}

bool VaultSecretStore::exists() const
{
    return QFileInfo::exists(m_filePath);
}

bool VaultSecretStore::isUnlocked() const
{
    return m_unlocked;
}

VaultSecretStore::KdfParams VaultSecretStore::kdfParams() const
{
    return m_params;
}

void VaultSecretStore::lock()
{
    OPENSSL_cleanse(m_key.data(), m_key.size());
    m_unlocked = false;
    m_salt.clear();
    m_params = KdfParams{};
}

SecretResult VaultSecretStore::create(const QByteArray& passphrase, const KdfParams& params)
{
    if (passphrase.isEmpty())
        return SecretResult::failure(Status::WrongPassphrase, tr("The passphrase must not be empty."));
    if (!params.isValid())
        return SecretResult::failure(Status::IoError, tr("The key derivation settings are out of range."));
    if (exists())
        return SecretResult::failure(Status::IoError, tr("A secret vault already exists at %1.").arg(m_filePath));
    QByteArray salt(kSaltSize, '\0');
    std::array<unsigned char, 64> key{};
    if (RAND_bytes(bytes(salt), kSaltSize) != 1 || !deriveKey(passphrase, salt, params, key))
        return SecretResult::failure(Status::IoError, tr("The encryption library failed to derive the key."));
    SecretMap empty;
    SecretResult result = save(empty, key, params, salt);
    if (result.ok()) {
        lock();
        m_key = key;
        m_salt = salt;
        m_params = params;
        m_unlocked = true;
    }
    OPENSSL_cleanse(key.data(), key.size());
    return result;
}

SecretResult VaultSecretStore::unlock(const QByteArray& passphrase)
{
    lock();
    QFile file(m_filePath);
    if (!file.exists())
        return SecretResult::failure(Status::NotFound, tr("There is no secret vault at %1 yet.").arg(m_filePath));
    if (file.size() > kMaxFileSize)
        return SecretResult::failure(Status::Tampered);
    if (!file.open(QIODevice::ReadOnly))
        return SecretResult::failure(
            Status::IoError, tr("The secret vault could not be read: %1").arg(file.errorString()));
    const QByteArray data = file.readAll();
    Header header;
    if (SecretResult r = Header::parse(data, header); !r.ok())
        return r;
    std::array<unsigned char, 64> key{};
    if (!deriveKey(passphrase, header.salt, header.params, key))
        return SecretResult::failure(Status::IoError, tr("The encryption library failed to derive the key."));
    unsigned char check[kDigestSize];
    const bool match = keyCheck(key, check) && CRYPTO_memcmp(check, header.keyCheck.constData(), kDigestSize) == 0;
    if (!match) {
        OPENSSL_cleanse(key.data(), key.size());
        return SecretResult::failure(Status::WrongPassphrase);
    }
    m_key = key;
    OPENSSL_cleanse(key.data(), key.size());
    m_salt = header.salt;
    m_params = header.params;
    m_unlocked = true;
    // Authenticate the payload now, so that a damaged file is reported at unlock rather than at first use.
    SecretMap map;
    if (SecretResult r = load(map); !r.ok()) {
        lock();
        return r;
    }
    return SecretResult::success();
}

SecretResult VaultSecretStore::changePassphrase(
    const QByteArray& current, const QByteArray& next, const KdfParams& params)
{
    if (!m_unlocked)
        return SecretResult::failure(Status::Locked);
    if (next.isEmpty())
        return SecretResult::failure(Status::WrongPassphrase, tr("The new passphrase must not be empty."));
    if (!params.isValid())
        return SecretResult::failure(Status::IoError, tr("The key derivation settings are out of range."));
    std::array<unsigned char, 64> key{};
    if (!deriveKey(current, m_salt, m_params, key))
        return SecretResult::failure(Status::IoError, tr("The encryption library failed to derive the key."));
    const bool same = CRYPTO_memcmp(key.data(), m_key.data(), key.size()) == 0;
    OPENSSL_cleanse(key.data(), key.size());
    if (!same)
        return SecretResult::failure(Status::WrongPassphrase, tr("The current passphrase is wrong."));

    SecretMap map;
    if (SecretResult r = load(map); !r.ok())
        return r;
    QByteArray salt(kSaltSize, '\0');
    if (RAND_bytes(bytes(salt), kSaltSize) != 1 || !deriveKey(next, salt, params, key))
        return SecretResult::failure(Status::IoError, tr("The encryption library failed to derive the key."));
    SecretResult result = save(map, key, params, salt);
    if (result.ok()) {
        m_key = key;
        m_salt = salt;
        m_params = params;
    }
    OPENSSL_cleanse(key.data(), key.size());
    return result;
}

SecretResult VaultSecretStore::load(SecretMap& map) const
{
    if (!m_unlocked)
        return SecretResult::failure(Status::Locked);
    QFile file(m_filePath);
    if (!file.exists())
        return SecretResult::failure(Status::IoError, tr("The secret vault file %1 has disappeared.").arg(m_filePath));
    if (file.size() > kMaxFileSize)
        return SecretResult::failure(Status::Tampered);
    if (!file.open(QIODevice::ReadOnly))
        return SecretResult::failure(
            Status::IoError, tr("The secret vault could not be read: %1").arg(file.errorString()));
    const QByteArray data = file.readAll();
    Header header;
    if (SecretResult r = Header::parse(data, header); !r.ok())
        return r;
    if (header.salt != m_salt || !(header.params == m_params))
        return SecretResult::failure(
            Status::Locked, tr("The secret vault was changed by another program. Unlock it again."));
    unsigned char check[kDigestSize];
    if (!keyCheck(m_key, check) || CRYPTO_memcmp(check, header.keyCheck.constData(), kDigestSize) != 0)
        return SecretResult::failure(Status::Tampered);
    const QByteArray ciphertext = data.mid(header.raw.size(), header.payloadLength);
    const QByteArray tag = data.right(kTagSize);
    QByteArray plaintext;
    if (!decrypt(m_key, header.nonce, header.raw, ciphertext, tag, plaintext))
        return SecretResult::failure(Status::Tampered);
    const bool parsed = map.parse(plaintext);
    wipe(plaintext);
    if (!parsed)
        return SecretResult::failure(Status::Tampered);
    return SecretResult::success();
}

SecretResult VaultSecretStore::save(
    const SecretMap& map, const std::array<unsigned char, 64>& key, const KdfParams& params, const QByteArray& salt)
{
    Header header;
    header.params = params;
    header.salt = salt;
    header.nonce = QByteArray(kNonceSize, '\0');
    header.keyCheck = QByteArray(kDigestSize, '\0');
    if (RAND_bytes(bytes(header.nonce), kNonceSize) != 1
        || !keyCheck(key, reinterpret_cast<unsigned char*>(header.keyCheck.data())))
        return SecretResult::failure(Status::IoError, tr("The encryption library failed."));
    QByteArray plaintext = map.serialize();
    header.payloadLength = static_cast<quint32>(plaintext.size());
    QByteArray aad = header.serializeBody();
    QByteArray digest(kDigestSize, '\0');
    sha256(aad, bytes(digest));
    aad.append(digest);

    QByteArray ciphertext;
    QByteArray tag;
    const bool encrypted = encrypt(key, header.nonce, aad, plaintext, ciphertext, tag);
    wipe(plaintext);
    if (!encrypted)
        return SecretResult::failure(Status::IoError, tr("The encryption library failed."));

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return SecretResult::failure(
            Status::IoError, tr("The secret vault could not be saved: %1").arg(file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray out = aad + ciphertext + tag;
    if (file.write(out) != out.size() || !file.commit()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return SecretResult::failure(Status::IoError, tr("The secret vault could not be saved: %1").arg(error));
    }
    return SecretResult::success();
}

SecretResult VaultSecretStore::readNow(const QString& key)
{
    SecretMap map;
    if (SecretResult r = load(map); !r.ok())
        return r;
    const auto it = map.values.constFind(key);
    if (it == map.values.constEnd())
        return SecretResult::failure(Status::NotFound);
    registerSecret(*it);
    return SecretResult::success(QByteArray(it->constData(), it->size()));
}

SecretResult VaultSecretStore::writeNow(const QString& key, const QByteArray& value)
{
    SecretMap map;
    if (SecretResult r = load(map); !r.ok())
        return r;
    registerSecret(value);
    auto it = map.values.find(key);
    if (it != map.values.end())
        wipe(*it);
    map.values.insert(key, QByteArray(value.constData(), value.size()));
    return save(map, m_key, m_params, m_salt);
}

SecretResult VaultSecretStore::removeNow(const QString& key)
{
    SecretMap map;
    if (SecretResult r = load(map); !r.ok())
        return r;
    auto it = map.values.find(key);
    if (it == map.values.end())
        return SecretResult::success();
    wipe(*it);
    map.values.erase(it);
    return save(map, m_key, m_params, m_salt);
}

SecretResult VaultSecretStore::listKeys(QStringList& keys) const
{
    keys.clear();
    SecretMap map;
    if (SecretResult r = load(map); !r.ok())
        return r;
    keys = map.values.keys();
    return SecretResult::success();
}

void VaultSecretStore::read(const QString& key, QObject* context, Callback callback)
{
    deliver(context, std::move(callback), readNow(key));
}

void VaultSecretStore::write(const QString& key, const QByteArray& value, QObject* context, Callback callback)
{
    deliver(context, std::move(callback), writeNow(key, value));
}

void VaultSecretStore::remove(const QString& key, QObject* context, Callback callback)
{
    deliver(context, std::move(callback), removeNow(key));
}

} // namespace paydesk
