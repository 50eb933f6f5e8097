#pragma once

#include "app/gui/StartupCheck.h"
#include "core/settings/Settings.h"
#include "ui/LanguageLoader.h"

#include <QObject>
#include <QSettings>
#include <QTimer>

#include <chrono>
#include <memory>

namespace paydesk {

class DashboardSession;
class MainWindow;
class SecretStore;
class VaultSecretStore;

// The dashboard application: settings in the data folder, the secret store chosen at start (OS keychain, or the
// encrypted vault unlocked with a passphrase), the session and its main window; "Try the sandbox" swaps in a
// sandbox session.
class DashboardApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardApp)

public:
    explicit DashboardApp(const QString& dataDirectory, QObject* parent = nullptr);
    ~DashboardApp() override;

    // Chooses the secret store (asynchronously; the keychain probe gives up within 1.5 s), unlocks it, opens the
    // merchant's ledger and shows the window.
    void startLocal();
    void startSandbox();

    MainWindow* window() const { return m_window.get(); }
    // The vault of this session, when secrets live in one (nullptr with the keychain or in the sandbox).
    VaultSecretStore* vault() const { return m_vault; }
    // Idle time before the vault locks itself; from Settings (autoLockMinutes, 0 = never) unless set here.
    void setAutoLockInterval(std::chrono::milliseconds interval);
    // The UI language, from Settings::language() at construction; main() overrides it with --lang. Call before
    // startLocal()/startSandbox(): windows already open keep their text.
    void setLanguage(const QString& code);
    const LanguageLoader& language() const { return m_language; }
    // What the startup self-check found (main: checkTls()): shown as a banner on every window this application opens.
    void setStartupWarning(const StartupWarning& warning);

Q_SIGNALS:
    // A session could not open: the message is shown, then the application ends with status 1.
    void failed(const QString& message);

protected:
    // User input (keys, mouse, wheel) anywhere in the application restarts the idle timer.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void unlockVault(std::unique_ptr<SecretStore> store);
    // Idle for too long: the vault forgets its key, the providers their secrets, and the unlock dialog asks again.
    void lockVault();
    void openLocal(std::unique_ptr<SecretStore> store);
    void show(std::unique_ptr<DashboardSession> session);

    QString m_dataDirectory;
    LanguageLoader m_language;
    QSettings m_storage;
    Settings m_settings;
    std::unique_ptr<DashboardSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    VaultSecretStore* m_vault = nullptr;
    QTimer* m_idleTimer;
    StartupWarning m_startupWarning;
};

} // namespace paydesk
