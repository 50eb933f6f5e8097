#include "core/log/SecretRedactor.h"
#include "core/secrets/VaultPassphrase.h"
#include "core/secrets/VaultSecretStore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using Status = SecretResult::Status;

namespace {

// Small scrypt cost so that the many unlocks below stay fast; the header records it.
const VaultSecretStore::KdfParams kFast{10, 8, 1};
const QByteArray kPass = "correct horse battery staple"_ba;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// A vault file with other scrypt costs in its header and the header checksum recomputed, as anyone can.
QByteArray withKdfCosts(QByteArray file, int log2N, quint32 r, quint32 p)
{
    // magic (8) | version (2) | kdf id (1) | log2 N @11 | r @12 | p @16 | salt length @20 | salt (32) |
    // nonce length @53 | nonce (12) | key check (32) | payload length @98 | checksum @102 (SHA-256 of [0, 102))
    constexpr qsizetype kChecksumAt = 102;
    file[11] = static_cast<char>(log2N);
    qToBigEndian(r, file.data() + 12);
    qToBigEndian(p, file.data() + 16);
    file.replace(kChecksumAt, 32, QCryptographicHash::hash(file.left(kChecksumAt), QCryptographicHash::Sha256));
    return file;
}

QByteArray binaryValue()
{
    QByteArray v;
    for (int i = 0; i < 256; ++i)
        v.append(static_cast<char>(i));
    return v;
}

} // namespace

class TstVaultSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripSeveralKeys();
    void asyncDeliveryIsQueued();
    void reopenWithRightPassphrase();
    void wrongPassphrase();
    void lockedStoreRefuses();
    void everySingleByteFlipIsDetected();
    void truncatedFile();
    void freshNoncePerWrite();
    void plaintextNeverInFile();
    void fileModeIsOwnerOnly();
    void failedWriteKeepsExistingVault();
    void changePassphrase();
    void createRefusesExistingFileAndBadParams();
    void kdfCostBoundsAreTight();
    void craftedKdfCostsAreRefusedBeforeDerivingTheKey_data();
    void craftedKdfCostsAreRefusedBeforeDerivingTheKey();
    void missingVaultIsNotFound();
    void valuesAreRedacted();
    void passphraseFromEnvironmentHelper();
    void defaultKdfParametersWork();
    // Last: the lowered limit stays for the rest of the process.
    void loweredKdfWorkLimitRefusesCostlierHeaders();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TstVaultSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"secrets.vault"_s);
}

void TstVaultSecretStore::roundTripSeveralKeys()
{
    VaultSecretStore store(m_path);
    QVERIFY(store.create(kPass, kFast).ok());
    QVERIFY(store.isUnlocked());
    const QList<std::pair<QString, QByteArray>> entries{
        {u"acc-1/api_key"_s, "sk_live_abcdef0123456789"_ba},
        {u"acc-1/webhook_secret"_s, binaryValue()},
        {u"acc-2/api_secret"_s, QByteArray("\0\0zero\0bytes", 12)},
        {u"acc-ü/payout_key"_s, QByteArray(5000, 'x')},
    };
    for (const auto& [k, v] : entries)
        QVERIFY(store.writeNow(k, v).ok());
    for (const auto& [k, v] : entries) {
        const SecretResult r = store.readNow(k);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.value, v);
    }
    QCOMPARE(store.readNow(u"acc-3/api_key"_s).status, Status::NotFound);
    QVERIFY(!SecretResult::failure(Status::NotFound).message.isEmpty());

    // Replace and remove.
    QVERIFY(store.writeNow(u"acc-1/api_key"_s, "rotated-key-value"_ba).ok());
    QCOMPARE(store.readNow(u"acc-1/api_key"_s).value, "rotated-key-value"_ba);
    QVERIFY(store.removeNow(u"acc-2/api_secret"_s).ok());
    QCOMPARE(store.readNow(u"acc-2/api_secret"_s).status, Status::NotFound);
    QVERIFY(store.removeNow(u"acc-2/api_secret"_s).ok()); // removing nothing is fine
    QStringList keys;
    QVERIFY(store.listKeys(keys).ok());
    QCOMPARE(keys, (QStringList{u"acc-1/api_key"_s, u"acc-1/webhook_secret"_s, u"acc-ü/payout_key"_s}));
}

void TstVaultSecretStore::asyncDeliveryIsQueued()
{
    VaultSecretStore store(m_path);
    QVERIFY(store.create(kPass, kFast).ok());
    bool written = false;
    store.write(u"k/api_key"_s, "value-1234"_ba, this, [&](const SecretResult& r) {
        QVERIFY(r.ok());
        written = true;
    });
    QVERIFY(!written); // never inside the call
    QTRY_VERIFY(written);

    SecretResult got;
    bool read = false;
    store.read(u"k/api_key"_s, this, [&](const SecretResult& r) {
        got = r;
        read = true;
    });
    QVERIFY(!read);
    QTRY_VERIFY(read);
    QCOMPARE(got.value, "value-1234"_ba);

    // A destroyed context drops the callback.
    bool called = false;
    {
        QObject context;
        store.read(u"k/api_key"_s, &context, [&](const SecretResult&) { called = true; });
    }
    QTest::qWait(20);
    QVERIFY(!called);
}

void TstVaultSecretStore::reopenWithRightPassphrase()
{
    {
        VaultSecretStore store(m_path);
        QVERIFY(store.create(kPass, kFast).ok());
        QVERIFY(store.writeNow(u"a/api_key"_s, binaryValue()).ok());
    }
    VaultSecretStore reopened(m_path);
    QVERIFY(reopened.exists());
    QVERIFY(!reopened.isUnlocked());
    const SecretResult r = reopened.unlock(kPass);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(reopened.kdfParams(), kFast);
    QCOMPARE(reopened.readNow(u"a/api_key"_s).value, binaryValue());
}

void TstVaultSecretStore::wrongPassphrase()
{
    {
        VaultSecretStore store(m_path);
        QVERIFY(store.create(kPass, kFast).ok());
        QVERIFY(store.writeNow(u"a/api_key"_s, "secret-value"_ba).ok());
    }
    VaultSecretStore reopened(m_path);
    for (const QByteArray& wrong : {"correct horse battery stapl"_ba, "Correct horse battery staple"_ba, "x"_ba}) {
        const SecretResult r = reopened.unlock(wrong);
        QCOMPARE(r.status, Status::WrongPassphrase);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(!reopened.isUnlocked());
    }
    QVERIFY(reopened.unlock(kPass).ok());
}

void TstVaultSecretStore::lockedStoreRefuses()
{
    VaultSecretStore store(m_path);
    QVERIFY(store.create(kPass, kFast).ok());
    QVERIFY(store.writeNow(u"a/api_key"_s, "secret-value"_ba).ok());
    store.lock();
    QVERIFY(!store.isUnlocked());
    QCOMPARE(store.readNow(u"a/api_key"_s).status, Status::Locked);
    QCOMPARE(store.writeNow(u"a/api_key"_s, "other"_ba).status, Status::Locked);
    QCOMPARE(store.removeNow(u"a/api_key"_s).status, Status::Locked);
    QVERIFY(store.unlock(kPass).ok());
    QCOMPARE(store.readNow(u"a/api_key"_s).value, "secret-value"_ba);
}

void TstVaultSecretStore::everySingleByteFlipIsDetected()
{
    {
        VaultSecretStore store(m_path);
        QVERIFY(store.create(kPass, kFast).ok());
        QVERIFY(store.writeNow(u"a/api_key"_s, "secret-value"_ba).ok());
    }
    const QByteArray original = readAll(m_path);
    QVERIFY(original.size() > 100);
    for (qsizetype pos = 0; pos < original.size(); ++pos) {
        for (const char mask : {'\x01', '\x80'}) {
            QByteArray damaged = original;
            damaged[pos] = static_cast<char>(damaged[pos] ^ mask);
            QVERIFY(writeAll(m_path, damaged));
            VaultSecretStore store(m_path);
            const SecretResult r = store.unlock(kPass);
            if (r.status != Status::Tampered)
                QFAIL(qPrintable(u"byte %1 flipped: status %2"_s.arg(pos).arg(secretStatusName(r.status))));
            QVERIFY(!r.message.isEmpty());
            QVERIFY(!store.isUnlocked());
        }
    }
    // Damage after a successful unlock is caught on the next read as well.
    QVERIFY(writeAll(m_path, original));
    VaultSecretStore store(m_path);
    QVERIFY(store.unlock(kPass).ok());
    QByteArray damaged = original;
    damaged[damaged.size() - 20] = static_cast<char>(damaged[damaged.size() - 20] ^ 0x04);
    QVERIFY(writeAll(m_path, damaged));
    QCOMPARE(store.readNow(u"a/api_key"_s).status, Status::Tampered);
    QCOMPARE(store.writeNow(u"b/api_key"_s, "value"_ba).status, Status::Tampered);
    QCOMPARE(readAll(m_path), damaged); // a failed read-modify-write leaves the file alone
}

void TstVaultSecretStore::truncatedFile()
{
    {
        VaultSecretStore store(m_path);
        QVERIFY(store.create(kPass, kFast).ok());
        QVERIFY(store.writeNow(u"a/api_key"_s, "secret-value"_ba).ok());
    }
    const QByteArray original = readAll(m_path);
    for (qsizetype length :
        {qsizetype(0), qsizetype(5), qsizetype(9), qsizetype(60), original.size() - 17, original.size() - 1}) {
        QVERIFY(writeAll(m_path, original.left(length)));
        VaultSecretStore store(m_path);
        QCOMPARE(store.unlock(kPass).status, Status::Tampered);
    }
    QVERIFY(writeAll(m_path, original + "X"_ba)); // trailing garbage too
    VaultSecretStore store(m_path);
    QCOMPARE(store.unlock(kPass).status, Status::Tampered);
}

void TstVaultSecretStore::freshNoncePerWrite()
{
    VaultSecretStore store(m_path);
    QVERIFY(store.create(kPass, kFast).ok());
    QVERIFY(store.writeNow(u"a/api_key"_s, "same-content"_ba).ok());
    const QByteArray first = readAll(m_path);
    QVERIFY(store.writeNow(u"a/api_key"_s, "same-content"_ba).ok());
    const QByteArray second = readAll(m_path);
    QCOMPARE(first.size(), second.size());
    QVERIFY(first != second);
    // The salt (bytes 21..52) stays, the nonce (54..65) changes, and so does all of the ciphertext.
    QCOMPARE(first.mid(21, 32), second.mid(21, 32));
    QVERIFY(first.mid(54, 12) != second.mid(54, 12));
    QVERIFY(first.right(40) != second.right(40));
}

void TstVaultSecretStore::plaintextNeverInFile()
{
    VaultSecretStore store(m_path);
    QVERIFY(store.create(kPass, kFast).ok());
    const QByteArray secret = "sk_live_plaintext_canary_0123456789"_ba;
    QVERIFY(store.writeNow(u"account-canary/api_key"_s, secret).ok());
    const QByteArray file = readAll(m_path);
    for (const QByteArray& needle :
        {secret, secret.toBase64(), secret.toHex(), "account-canary"_ba, kPass, "api_key"_ba})
        QVERIFY2(!file.contains(needle), needle.constData());
    // No leftover temporary files next to the vault.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"secrets.vault"_s});
}

void TstVaultSecretStore::fileModeIsOwnerOnly()
{
    VaultSecretStore store(m_path);
    QVERIFY(store.create(kPass, kFast).ok());
    QVERIFY(store.writeNow(u"a/api_key"_s, "value-1"_ba).ok());
    const auto perms = QFile::permissions(m_path);
    QVERIFY(perms.testFlag(QFileDevice::ReadOwner));
    QVERIFY(!perms.testFlag(QFileDevice::ReadGroup));
    QVERIFY(!perms.testFlag(QFileDevice::ReadOther));
    QVERIFY(!perms.testFlag(QFileDevice::WriteOther));
}

void TstVaultSecretStore::failedWriteKeepsExistingVault()
{
#ifdef Q_OS_UNIX
    VaultSecretStore store(m_path);
    QVERIFY(store.create(kPass, kFast).ok());
    QVERIFY(store.writeNow(u"a/api_key"_s, "kept-value"_ba).ok());
    const QByteArray before = readAll(m_path);

    // Make the next write fail half-way: a file size limit binds root too (unlike an unwritable directory).
    struct rlimit old
    {
    };
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = static_cast<rlim_t>(before.size() + 64);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const SecretResult r = store.writeNow(u"b/api_key"_s, QByteArray(64 * 1024, 'v'));
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QCOMPARE(r.status, Status::IoError);
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(readAll(m_path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"secrets.vault"_s});
    VaultSecretStore reopened(m_path);
    QVERIFY(reopened.unlock(kPass).ok());
    QCOMPARE(reopened.readNow(u"a/api_key"_s).value, "kept-value"_ba);
    QCOMPARE(reopened.readNow(u"b/api_key"_s).status, Status::NotFound);

    // A directory that cannot be written at all (only meaningful when not root).
    if (geteuid() != 0) {
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const SecretResult denied = store.writeNow(u"c/api_key"_s, "x-value"_ba);
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(denied.status, Status::IoError);
        QCOMPARE(readAll(m_path), before);
    }
#else
    QSKIP("needs setrlimit");
#endif
}

void TstVaultSecretStore::changePassphrase()
{
    VaultSecretStore store(m_path);
    QVERIFY(store.create(kPass, kFast).ok());
    QVERIFY(store.writeNow(u"a/api_key"_s, "value-abc"_ba).ok());
    const QByteArray before = readAll(m_path);
    QCOMPARE(store.changePassphrase("not it"_ba, "new passphrase"_ba, kFast).status, Status::WrongPassphrase);
    QCOMPARE(readAll(m_path), before);
    const VaultSecretStore::KdfParams other{11, 4, 2};
    QVERIFY(store.changePassphrase(kPass, "new passphrase"_ba, other).ok());
    QCOMPARE(store.readNow(u"a/api_key"_s).value, "value-abc"_ba);
    QVERIFY(readAll(m_path).mid(21, 32) != before.mid(21, 32)); // new salt

    VaultSecretStore reopened(m_path);
    QCOMPARE(reopened.unlock(kPass).status, Status::WrongPassphrase);
    QVERIFY(reopened.unlock("new passphrase"_ba).ok());
    QCOMPARE(reopened.kdfParams(), other);
    QCOMPARE(reopened.readNow(u"a/api_key"_s).value, "value-abc"_ba);
    // The first store's key no longer matches the file's salt: it must unlock again rather than misreport.
    store.lock();
    QVERIFY(store.unlock("new passphrase"_ba).ok());
}

void TstVaultSecretStore::createRefusesExistingFileAndBadParams()
{
    VaultSecretStore store(m_path);
    QCOMPARE(store.create({}, kFast).status, Status::WrongPassphrase);
    QVERIFY(!store.exists());
    QCOMPARE(store.create(kPass, VaultSecretStore::KdfParams{30, 8, 1}).status, Status::IoError);
    QCOMPARE(store.create(kPass, VaultSecretStore::KdfParams{10, 0, 1}).status, Status::IoError);
    QVERIFY(!store.exists());
    QVERIFY(store.create(kPass, kFast).ok());
    const QByteArray before = readAll(m_path);
    VaultSecretStore second(m_path);
    QCOMPARE(second.create("other"_ba, kFast).status, Status::IoError);
    QCOMPARE(readAll(m_path), before);
}

void TstVaultSecretStore::kdfCostBoundsAreTight()
{
    // What Paydesk writes (the defaults) and up to twice its work or memory is accepted; no more.
    using P = VaultSecretStore::KdfParams;
    QVERIFY(P{}.isValid());
    QVERIFY(kFast.isValid());
    QVERIFY((P{18, 8, 1}.isValid()));
    QVERIFY((P{17, 8, 2}.isValid()));
    QVERIFY((P{17, 16, 1}.isValid()));
    QVERIFY(!(P{19, 8, 1}.isValid()));
    QVERIFY(!(P{17, 32, 1}.isValid()));
    QVERIFY(!(P{17, 8, 3}.isValid()));
    QVERIFY(!(P{18, 8, 2}.isValid()));
    QVERIFY(!(P{20, 8, 16}.isValid()));
    QVERIFY(!(P{0, 8, 1}.isValid()));
    QVERIFY(!(P{10, 8, 0}.isValid()));
}

void TstVaultSecretStore::craftedKdfCostsAreRefusedBeforeDerivingTheKey_data()
{
    QTest::addColumn<int>("log2N");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::newRow("N-four-times-default") << 19 << 8u << 1u; // 512 MiB
    QTest::newRow("r-four-times-default") << 17 << 32u << 1u; // 512 MiB
    QTest::newRow("p-four-times-default") << 17 << 8u << 4u; // four times the work
    // Accepted by the old 1 GiB bound: about a minute of scrypt and 960 MiB before the key check could fail.
    QTest::newRow("a-minute-and-a-gigabyte") << 19 << 15u << 16u;
    QTest::newRow("beyond-the-old-1-GiB-bound-too") << 24 << 64u << 16u;
}

void TstVaultSecretStore::craftedKdfCostsAreRefusedBeforeDerivingTheKey()
{
    QFETCH(int, log2N);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    {
        VaultSecretStore store(m_path);
        QVERIFY(store.create(kPass, kFast).ok());
        QVERIFY(store.writeNow(u"a/api_key"_s, "secret-value"_ba).ok());
    }
    const QByteArray original = readAll(m_path);
    QCOMPARE(original.at(20), char(32)); // the salt length: the layout withKdfCosts() assumes
    QCOMPARE(withKdfCosts(original, kFast.log2N, kFast.r, kFast.p), original);
    QVERIFY(writeAll(m_path, withKdfCosts(original, log2N, r, p)));

    VaultSecretStore store(m_path);
    QElapsedTimer timer;
    timer.start();
    const SecretResult result = store.unlock(kPass);
    const qint64 elapsedMs = timer.elapsed();
    QCOMPARE(result.status, Status::Tampered);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!store.isUnlocked());
    QVERIFY2(elapsedMs < 1000, qPrintable(u"unlock took %1 ms"_s.arg(elapsedMs))); // no scrypt was run

    // The untouched vault still opens.
    QVERIFY(writeAll(m_path, original));
    QVERIFY(store.unlock(kPass).ok());
    QCOMPARE(store.readNow(u"a/api_key"_s).value, "secret-value"_ba);
}

void TstVaultSecretStore::missingVaultIsNotFound()
{
    VaultSecretStore store(m_path);
    QVERIFY(!store.exists());
    QCOMPARE(store.unlock(kPass).status, Status::NotFound);
    QCOMPARE(store.readNow(u"a/api_key"_s).status, Status::Locked);
}

void TstVaultSecretStore::valuesAreRedacted()
{
    SecretRedactor redactor;
    VaultSecretStore store(m_path);
    store.setRedactor(&redactor);
    QVERIFY(store.create(kPass, kFast).ok());
    QVERIFY(store.writeNow(u"a/api_key"_s, "written-secret-1"_ba).ok());
    QCOMPARE(redactor.redact(u"key=written-secret-1"_s), u"key=[redacted]"_s);

    redactor.clear();
    VaultSecretStore reader(m_path);
    reader.setRedactor(&redactor);
    QVERIFY(reader.unlock(kPass).ok());
    QCOMPARE(redactor.redact(u"key=written-secret-1"_s), u"key=written-secret-1"_s); // not read yet
    QVERIFY(reader.readNow(u"a/api_key"_s).ok());
    QCOMPARE(redactor.redact(u"key=written-secret-1"_s), u"key=[redacted]"_s);
}

void TstVaultSecretStore::passphraseFromEnvironmentHelper()
{
    const QByteArray saved = qgetenv(kPassphraseEnvVar);
    qunsetenv(kPassphraseEnvVar);
    QVERIFY(!passphraseFromEnvironment().has_value());
    qputenv(kPassphraseEnvVar, QByteArray());
    QVERIFY(!passphraseFromEnvironment().has_value());
    qputenv(kPassphraseEnvVar, "from the environment"_ba);
    QCOMPARE(passphraseFromEnvironment().value_or(QByteArray()), "from the environment"_ba);
    if (saved.isEmpty())
        qunsetenv(kPassphraseEnvVar);
    else
        qputenv(kPassphraseEnvVar, saved);
}

void TstVaultSecretStore::defaultKdfParametersWork()
{
    // N = 2^17, r = 8 needs 128 MiB: this fails under OpenSSL's 32 MiB default unless maxmem is set.
    const VaultSecretStore::KdfParams defaults;
    QCOMPARE(defaults.log2N, 17);
    QCOMPARE(defaults.r, 8u);
    QCOMPARE(defaults.p, 1u);
    QVERIFY(defaults.memoryBytes() > 32ull * 1024 * 1024);
    VaultSecretStore store(m_path);
    const SecretResult created = store.create(kPass);
    QVERIFY2(created.ok(), qPrintable(created.message));
    QVERIFY(store.writeNow(u"a/api_key"_s, "default-params"_ba).ok());
    VaultSecretStore reopened(m_path);
    QVERIFY(reopened.unlock(kPass).ok());
    QCOMPARE(reopened.kdfParams(), defaults);
    QCOMPARE(reopened.readNow(u"a/api_key"_s).value, "default-params"_ba);
}

void TstVaultSecretStore::loweredKdfWorkLimitRefusesCostlierHeaders()
{
    // The fuzz harness lowers the ceiling; it can never be raised above kMaxWork, and isValid() follows it.
    using P = VaultSecretStore::KdfParams;
    QCOMPARE(VaultSecretStore::kdfWorkLimit(), VaultSecretStore::kMaxWork);
    VaultSecretStore::lowerKdfWorkLimit(VaultSecretStore::kMaxWork * 2);
    QCOMPARE(VaultSecretStore::kdfWorkLimit(), VaultSecretStore::kMaxWork);
    {
        VaultSecretStore store(m_path);
        QVERIFY(store.create(kPass, kFast).ok());
        QVERIFY(store.writeNow(u"a/api_key"_s, "secret-value"_ba).ok());
    }
    VaultSecretStore::lowerKdfWorkLimit(kFast.work() / 2);
    QCOMPARE(VaultSecretStore::kdfWorkLimit(), kFast.work() / 2);
    QVERIFY(!kFast.isValid());
    QVERIFY((P{9, 8, 1}.isValid())); // exactly the limit
    QVERIFY(!(P{9, 8, 2}.isValid()));
    VaultSecretStore::lowerKdfWorkLimit(kFast.work()); // never raised again
    QCOMPARE(VaultSecretStore::kdfWorkLimit(), kFast.work() / 2);
    // A vault written with costs above the lowered limit is refused before scrypt runs.
    VaultSecretStore store(m_path);
    QCOMPARE(store.unlock(kPass).status, Status::Tampered);
    QVERIFY(!store.isUnlocked());
    QCOMPARE(store.create(kPass, kFast).status, Status::IoError);
}

QTEST_GUILESS_MAIN(TstVaultSecretStore)
#include "tst_VaultSecretStore.moc"
