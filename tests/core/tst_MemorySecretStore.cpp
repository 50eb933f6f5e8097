#include "core/log/SecretRedactor.h"
#include "core/secrets/MemorySecretStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using Status = SecretResult::Status;

class TstMemorySecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void callbacksAreQueuedAndContextBound();
    void secretsFeedTheRedactor();

private:
    SecretResult call(const std::function<void(SecretStore::Callback)>& start);
};

SecretResult TstMemorySecretStore::call(const std::function<void(SecretStore::Callback)>& start)
{
    SecretResult result;
    bool done = false;
    start([&](const SecretResult& r) {
        result = r;
        done = true;
    });
    if (done)
        qWarning("callback ran inside the call");
    [&] { QTRY_VERIFY(done); }();
    return result;
}

void TstMemorySecretStore::roundTrip()
{
    MemorySecretStore store;
    QCOMPARE(store.backend(), SecretStore::Backend::Memory);
    const QByteArray binary("\0\x01\xff\x7f secret", 12);
    QVERIFY(call([&](auto cb) { store.write(u"a/api_key"_s, binary, this, cb); }).ok());
    const SecretResult r = call([&](auto cb) { store.read(u"a/api_key"_s, this, cb); });
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.value, binary);
    QCOMPARE(call([&](auto cb) { store.read(u"b/api_key"_s, this, cb); }).status, Status::NotFound);
    QVERIFY(call([&](auto cb) { store.write(u"a/api_key"_s, "replaced"_ba, this, cb); }).ok());
    QCOMPARE(call([&](auto cb) { store.read(u"a/api_key"_s, this, cb); }).value, "replaced"_ba);
    QVERIFY(call([&](auto cb) { store.remove(u"a/api_key"_s, this, cb); }).ok());
    QVERIFY(!store.contains(u"a/api_key"_s));
    QCOMPARE(call([&](auto cb) { store.read(u"a/api_key"_s, this, cb); }).status, Status::NotFound);
    QVERIFY(call([&](auto cb) { store.remove(u"a/api_key"_s, this, cb); }).ok());

    // The value handed out is independent of the store's copy.
    store.insert(u"c/api_key"_s, "independent"_ba);
    QByteArray got = call([&](auto cb) { store.read(u"c/api_key"_s, this, cb); }).value;
    store.clear();
    QCOMPARE(got, "independent"_ba);
    QCOMPARE(store.size(), 0);
}

void TstMemorySecretStore::callbacksAreQueuedAndContextBound()
{
    MemorySecretStore store;
    bool called = false;
    store.write(u"k/api_key"_s, "v-value"_ba, this, [&](const SecretResult&) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);

    bool dropped = true;
    {
        QObject context;
        store.read(u"k/api_key"_s, &context, [&](const SecretResult&) { dropped = false; });
    }
    QTest::qWait(20);
    QVERIFY(dropped);

    // A null context means the store itself.
    bool viaStore = false;
    store.read(u"k/api_key"_s, nullptr, [&](const SecretResult& r) { viaStore = r.ok(); });
    QTRY_VERIFY(viaStore);
}

void TstMemorySecretStore::secretsFeedTheRedactor()
{
    SecretRedactor redactor;
    MemorySecretStore store;
    store.setRedactor(&redactor);
    QCOMPARE(store.redactor(), &redactor);
    store.insert(u"k/api_key"_s, "memory-secret-42"_ba);
    QCOMPARE(redactor.redact(u"x memory-secret-42 y"_s), u"x [redacted] y"_s);
}

QTEST_GUILESS_MAIN(TstMemorySecretStore)
#include "tst_MemorySecretStore.moc"
