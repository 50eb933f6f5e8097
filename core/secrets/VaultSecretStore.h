#pragma once

#include "core/secrets/SecretStore.h"

#include <QStringList>

#include <array>

namespace paydesk {

// scrypt cost parameters of a vault (VaultSecretStore::KdfParams).
struct VaultKdfParams
{
    int log2N = 17; // N = 2^17
    quint32 r = 8;
    quint32 p = 1;

    // Accepted range: 1 <= log2N <= 24, 1 <= r <= 64, 1 <= p <= 16, at most VaultSecretStore::kMaxMemoryBytes of
    // memory and at most VaultSecretStore::kdfWorkLimit() (kMaxWork) for N·r·p: twice what the defaults need. A vault
    // file's header is only checksummed until the key is derived, so these bounds are all that limits what a crafted
    // file makes unlock() spend before the key check can fail.
    bool isValid() const;
    // N·r·p: scrypt's time is proportional to it.
    quint64 work() const;
    // Memory scrypt needs with these parameters (what OpenSSL checks against maxmem).
    quint64 memoryBytes() const;
    friend bool operator==(const VaultKdfParams&, const VaultKdfParams&) = default;
};

// Secrets in one encrypted file (ARCHITECTURE.md "Secrets"): the whole key → value map is one AES-256-GCM payload
// under a key derived from the master passphrase with scrypt. Each write uses a fresh random 12-byte nonce and
// replaces the file atomically (QSaveFile, mode 0600). The header (magic, format version, KDF parameters, salt,
// nonce, key-check value, payload length, header checksum) is authenticated as GCM additional data.
//
// Error classes: a damaged header (SHA-256 checksum) or payload (GCM tag), or a truncated file → Tampered; a header
// that is intact but whose key check (HMAC-SHA256 under the second half of the 64 derived bytes) does not match →
// WrongPassphrase.
//
// While unlocked only the derived key is kept; every operation reads and decrypts the file, and wipes the plaintext
// with OPENSSL_cleanse when done. Nothing decrypted is written to disk. lock() forgets the key.
//
// create(), unlock() and changePassphrase() block for the key derivation (about 0.5 s at the defaults). The
// SecretStore operations themselves are quick and deliver their results queued. The passphrase is never read from
// the environment here: see passphraseFromEnvironment() in VaultPassphrase.h.
class VaultSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultSecretStore)

public:
    using KdfParams = VaultKdfParams;

    static constexpr quint64 kMinMaxMemBytes = 256ull * 1024 * 1024; // maxmem is at least this (OpenSSL: 32 MiB)
    // Refuse parameters needing more: twice the defaults (N = 2^17, r = 8, p = 1 need 128 MiB and N·r·p = 2^20),
    // which is all Paydesk writes, plus scrypt's few extra blocks.
    static constexpr quint64 kMaxMemoryBytes = 257ull * 1024 * 1024;
    static constexpr quint64 kMaxWork = quint64{1} << 21;
    static constexpr int kFormatVersion = 1;

    // The N·r·p ceiling VaultKdfParams::isValid() applies: kMaxWork unless lowered below.
    static quint64 kdfWorkLimit();
    // Lowers (never raises) that ceiling for the rest of the process. Only for the fuzz harness
    // (fuzz/FuzzVaultFile.cpp), so that a crafted header with a valid checksum cannot make one input spend half a
    // second in scrypt: with the limit lowered, costs above it are refused as Tampered, as costs above kMaxWork always
    // are. Call it before any vault is used; the application never calls it.
    static void lowerKdfWorkLimit(quint64 maxWork);

    explicit VaultSecretStore(const QString& filePath, QObject* parent = nullptr);
    ~VaultSecretStore() override;

    Backend backend() const override { return Backend::Vault; }
    void read(const QString& key, QObject* context, Callback callback) override;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback callback) override;
    void remove(const QString& key, QObject* context, Callback callback) override;

    QString filePath() const;
    bool exists() const;
    bool isUnlocked() const;
    // The parameters of the unlocked vault (defaults when locked).
    KdfParams kdfParams() const;

    // Creates an empty vault; fails (IoError) if the file exists. On success the store is unlocked.
    SecretResult create(const QByteArray& passphrase, const KdfParams& params = KdfParams{});
    // Ok, NotFound (no file), WrongPassphrase, Tampered or IoError.
    SecretResult unlock(const QByteArray& passphrase);
    // Re-encrypts the vault under a new passphrase, new salt and `params`. The store must be unlocked and `current`
    // must be its passphrase (WrongPassphrase otherwise). The file is replaced atomically.
    SecretResult changePassphrase(
        const QByteArray& current, const QByteArray& next, const KdfParams& params = KdfParams{});
    void lock();

    // Synchronous forms of the SecretStore operations (the asynchronous ones call these and deliver the result).
    SecretResult readNow(const QString& key);
    SecretResult writeNow(const QString& key, const QByteArray& value);
    SecretResult removeNow(const QString& key);
    // The stored keys, sorted; Ok or an error.
    SecretResult listKeys(QStringList& keys) const;

private:
    struct Header;
    class SecretMap;

    SecretResult load(SecretMap& map) const;
    SecretResult save(const SecretMap& map, const std::array<unsigned char, 64>& key, const KdfParams& params,
        const QByteArray& salt);

    QString m_filePath;
    bool m_unlocked = false;
    std::array<unsigned char, 64> m_key{}; // [0, 32): AES-256 key; [32, 64): key-check HMAC key
    QByteArray m_salt;
    KdfParams m_params;
};

} // namespace paydesk
