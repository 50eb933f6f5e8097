// VaultSecretStore::unlock() on an arbitrary vault file: it opens, or it is refused as WrongPassphrase or Tampered
// (the only answers for a file that exists and is readable), never a crash; a refused file is left byte for byte as
// it was and the store stays locked. A vault that opens lists its keys, reads each of them, takes a new one and
// opens again with the new value, under the same costs.
//
// Input: byte 0 is flags, the rest is the file. Flag bit 0: recompute the header checksum (SHA-256 at the place the
// format puts it) before writing the file, so that mutated header fields (costs, lengths, version) get past the
// checksum to the checks behind it. LLVMFuzzerInitialize lowers the scrypt work ceiling to 2^10 (see
// VaultSecretStore::lowerKdfWorkLimit): a crafted header with a valid checksum cannot make one input slow. The seed
// corpus holds real vaults written with the passphrase below at low costs.
#include "core/secrets/SecretResult.h"
#include "core/secrets/VaultSecretStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using paydesk::SecretResult;
using paydesk::VaultSecretStore;
using Status = SecretResult::Status;

const QByteArray kPassphrase = QByteArrayLiteral("fuzz vault passphrase");
constexpr quint64 kWorkLimit = quint64{1} << 10;

// An invariant: when it breaks, say where (the line of the call) and abort, so libFuzzer keeps the input.
void check(bool condition, int line = __builtin_LINE())
{
    if (!condition) {
        std::fprintf(stderr, "%s:%d: invariant broken\n", __FILE__, line);
        std::abort();
    }
}

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    check(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// magic (8) | version (2) | kdf id (1) | log2 N (1) | r (4) | p (4) | salt length @20 | salt | nonce length (1) |
// nonce (12) | key check (32) | payload length (4) | checksum (32, SHA-256 of everything before it)
QByteArray withChecksumRecomputed(QByteArray file)
{
    if (file.size() < 21)
        return file;
    const qsizetype checksumAt = 21 + static_cast<quint8>(file.at(20)) + 1 + 12 + 32 + 4;
    if (file.size() < checksumAt + 32)
        return file;
    file.replace(checksumAt, 32, QCryptographicHash::hash(file.left(checksumAt), QCryptographicHash::Sha256));
    return file;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    VaultSecretStore::lowerKdfWorkLimit(kWorkLimit);
    check(scratch().isValid());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    if ((data[0] & 1) != 0)
        bytes = withChecksumRecomputed(bytes);
    const QString path = scratch().filePath(QStringLiteral("fuzz.vault"));
    QFile::remove(path);
    {
        QFile file(path);
        check(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }

    VaultSecretStore store(path);
    const SecretResult opened = store.unlock(kPassphrase);
    if (!opened.ok()) {
        check(opened.status == Status::WrongPassphrase || opened.status == Status::Tampered);
        check(!store.isUnlocked());
        check(readAll(path) == bytes);
        QStringList keys;
        check(store.listKeys(keys).status != Status::Ok && keys.isEmpty());
        return 0;
    }
    check(store.isUnlocked());
    check(store.kdfParams().isValid() && store.kdfParams().work() <= kWorkLimit);
    check(readAll(path) == bytes); // unlocking reads only

    QStringList keys;
    check(store.listKeys(keys).ok());
    for (const QString& key : keys)
        check(store.readNow(key).ok());
    const QString newKey = QStringLiteral("fuzz/new-key");
    const QByteArray newValue("fuzz value \x00\xff", 13);
    check(store.writeNow(newKey, newValue).ok());

    VaultSecretStore again(path);
    check(again.unlock(kPassphrase).ok());
    check(again.kdfParams() == store.kdfParams());
    const SecretResult readBack = again.readNow(newKey);
    check(readBack.ok() && readBack.value == newValue);
    QStringList after;
    check(again.listKeys(after).ok());
    if (!keys.contains(newKey))
        keys.append(newKey);
    keys.sort();
    check(after == keys);
    return 0;
}
