#include "app/gui/DashboardApp.h"

#include "app/gui/AppGatewayActions.h"
#include "app/gui/DashboardSession.h"
#include "core/secrets/SecretStoreChooser.h"
#include "core/secrets/VaultPassphrase.h"
#include "core/secrets/VaultSecretStore.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/VaultUnlockDialog.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QInputDialog>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

DashboardApp::DashboardApp(const QString& dataDirectory, QObject* parent)
    : QObject(parent)
    , m_dataDirectory(dataDirectory)
    , m_storage(QDir(dataDirectory).filePath(u"settings.ini"_s), QSettings::IniFormat)
    , m_settings(&m_storage)
    , m_idleTimer(new QTimer(this))
{
    m_settings.migrate();
    m_language.load(m_settings.language());
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &DashboardApp::lockVault);
    setAutoLockInterval(std::chrono::minutes(m_settings.autoLockMinutes()));
    qApp->installEventFilter(this);
}

DashboardApp::~DashboardApp()
{
    m_window.reset();
    m_session.reset();
}

void DashboardApp::setAutoLockInterval(std::chrono::milliseconds interval)
{
    m_idleTimer->setInterval(interval);
    if (interval.count() <= 0)
        m_idleTimer->stop();
    else if (m_vault && m_vault->isUnlocked())
        m_idleTimer->start();
}

void DashboardApp::setLanguage(const QString& code)
{
    m_language.load(code);
}

void DashboardApp::setStartupWarning(const StartupWarning& warning)
{
    m_startupWarning = warning;
    if (m_window)
        m_window->showStartupWarning(warning.message, warning.details);
}

bool DashboardApp::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idleTimer->isActive())
            m_idleTimer->start(); // restart the idle time
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void DashboardApp::lockVault()
{
    if (!m_vault || !m_vault->isUnlocked() || !m_session)
        return;
    m_vault->lock();
    m_session->actions().forgetSecrets();
    auto* dialog = new VaultUnlockDialog(m_window.get());
    dialog->setObjectName(u"vaultUnlockDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setVaultPath(m_vault->filePath());
    connect(dialog, &VaultUnlockDialog::unlockRequested, this, [this, dialog](const QByteArray& typed) {
        QByteArray passphrase = typed;
        const SecretResult opened = m_vault->unlock(passphrase);
        passphrase.fill('\0');
        if (!opened.ok()) {
            dialog->showError(opened.message);
            return;
        }
        dialog->accept();
        if (m_idleTimer->interval() > 0)
            m_idleTimer->start();
    });
    // Without the passphrase the dashboard stays browsable; calls needing a secret say the vault is locked.
    dialog->open();
}

void DashboardApp::startSandbox()
{
    QString error;
    auto session = DashboardSession::openSandbox(5000, 90, &error);
    if (!session) {
        Q_EMIT failed(tr("The sandbox could not start: %1").arg(error));
        return;
    }
    show(std::move(session));
}

void DashboardApp::startLocal()
{
    SecretStoreChooser::choose(m_settings.secretBackend(), this, [this](const SecretStoreChooser::Choice& choice) {
        auto store = SecretStoreChooser::create(choice.backend, QDir(m_dataDirectory).filePath(u"secrets.vault"_s));
        if (choice.backend == SecretStore::Backend::Vault)
            unlockVault(std::move(store));
        else
            openLocal(std::move(store));
    });
}

void DashboardApp::unlockVault(std::unique_ptr<SecretStore> store)
{
    auto* vault = static_cast<VaultSecretStore*>(store.get());
    if (auto passphrase = passphraseFromEnvironment()) {
        const SecretResult opened = vault->exists() ? vault->unlock(*passphrase) : vault->create(*passphrase);
        passphrase->fill('\0');
        if (!opened.ok()) {
            Q_EMIT failed(opened.message);
            return;
        }
        openLocal(std::move(store));
        return;
    }
    auto shared = std::make_shared<std::unique_ptr<SecretStore>>(std::move(store));
    if (vault->exists()) {
        // Asked on screen, without a nested event loop: the dialog answers through its signal and waits.
        auto* dialog = new VaultUnlockDialog;
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setVaultPath(vault->filePath());
        connect(dialog, &VaultUnlockDialog::unlockRequested, this, [this, shared, dialog](const QByteArray& typed) {
            QByteArray passphrase = typed;
            const SecretResult opened = static_cast<VaultSecretStore*>(shared->get())->unlock(passphrase);
            passphrase.fill('\0');
            if (!opened.ok()) {
                dialog->showError(opened.message);
                return;
            }
            dialog->accept();
            openLocal(std::move(*shared));
        });
        connect(dialog, &QDialog::rejected, this, [this] { Q_EMIT failed({}); });
        dialog->open();
        return;
    }
    // No vault yet: the passphrase that will protect it.
    auto* dialog = new QInputDialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Paydesk"));
    dialog->setLabelText(tr("Choose a passphrase for the secret vault that keeps your API keys:"));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, shared](const QString& text) {
        QByteArray passphrase = text.toUtf8();
        const SecretResult created = static_cast<VaultSecretStore*>(shared->get())->create(passphrase);
        passphrase.fill('\0');
        if (!created.ok()) {
            Q_EMIT failed(created.message);
            return;
        }
        openLocal(std::move(*shared));
    });
    connect(dialog, &QInputDialog::rejected, this, [this] { Q_EMIT failed({}); });
    dialog->open();
}

void DashboardApp::openLocal(std::unique_ptr<SecretStore> store)
{
    VaultSecretStore* vault
        = store->backend() == SecretStore::Backend::Vault ? static_cast<VaultSecretStore*>(store.get()) : nullptr;
    QString error;
    auto session = DashboardSession::openLocal(m_dataDirectory, std::move(store), &error);
    if (!session) {
        Q_EMIT failed(error);
        return;
    }
    show(std::move(session));
    m_vault = vault; // owned by the session
    if (m_vault && m_idleTimer->interval() > 0)
        m_idleTimer->start();
}

void DashboardApp::show(std::unique_ptr<DashboardSession> session)
{
    auto window = std::make_unique<MainWindow>(session->ledger(), session->actions(), m_settings);
    if (session->sandboxUrl().isValid())
        window->showSandboxRunning(session->sandboxUrl());
    if (!m_startupWarning.isEmpty())
        window->showStartupWarning(m_startupWarning.message, m_startupWarning.details);
    connect(window.get(), &MainWindow::trySandboxRequested, this, &DashboardApp::startSandbox, Qt::QueuedConnection);
    AppGatewayActions& actions = session->actions();
    actions.setSyncOptions(syncOptionsFrom(m_settings));
    connect(window.get(), &MainWindow::settingsChanged, this, [this, &actions] {
        setAutoLockInterval(std::chrono::minutes(m_settings.autoLockMinutes()));
        actions.setSyncOptions(syncOptionsFrom(m_settings));
    });
    window->show();
    // The old window goes before the session it shows (and a sandbox session has no vault).
    m_vault = nullptr;
    m_idleTimer->stop();
    m_window = std::move(window);
    m_session = std::move(session);
}

} // namespace paydesk
