#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace paydesk {

// One keychain probe, run on a thread of its own (see KeychainSecretStore::probe). QtKeychain's backend detection
// makes blocking D-Bus calls when no Secret Service library is installed (the KWallet check connects to the
// session bus synchronously, 25 s on a bus that does not answer), so the probe never runs on the caller's thread:
// the caller gives up at its own deadline and the thread, abandoned, ends whenever the call returns.
class KeychainProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainProbe)

public:
    // Starts a thread with a probe in it; `onAnswer(status, message)` runs on `context`'s thread once the keychain
    // answered (never if `context` is gone by then). status is a SecretResult::Status: Ok when a backend answered,
    // even with "not found". The thread and the probe delete themselves afterwards.
    static void start(const QString& serviceName, QObject* context, std::function<void(int, QString)> onAnswer);

Q_SIGNALS:
    void answered(int status, const QString& message);

private:
    explicit KeychainProbe(QString serviceName);
    void run();

    QString m_serviceName;
};

} // namespace paydesk
