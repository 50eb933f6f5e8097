#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace paydesk {

class WrapAnywhereLabel;

// Asks for the passphrase of the encrypted vault at start (or after an auto-lock). The dialog does not unlock
// anything itself: Unlock emits unlockRequested() with the passphrase and waits; the owner tries it and either
// closes the dialog (accept()) or calls showError(), which asks again. Cancel rejects (the owner decides whether
// the dashboard can go on without secrets). Open it with open(), never exec().
class VaultUnlockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultUnlockDialog)

public:
    explicit VaultUnlockDialog(QWidget* parent = nullptr);
    ~VaultUnlockDialog() override;

    // Where the vault is, to say which one is locked ("~/.local/share/Paydesk/vault.pdv"); optional.
    void setVaultPath(const QString& path);
    bool isWaiting() const { return m_waiting; }

public Q_SLOTS:
    // The passphrase did not open the vault (or another failure, in plain words): shown inline, field cleared and
    // focused for another try.
    void showError(const QString& message);

Q_SIGNALS:
    // The receiver should overwrite its copy once used.
    void unlockRequested(const QByteArray& passphrase);

private:
    void requestUnlock();
    void clearPassphrase();

    WrapAnywhereLabel* m_messageLabel; // with the vault's path, which may be long
    QLineEdit* m_passphraseEdit;
    QLabel* m_problemLabel;
    QPushButton* m_unlockButton;
    bool m_waiting = false;
};

} // namespace paydesk
