#pragma once

#include "core/domain/Account.h"

#include <QByteArray>
#include <QDialog>
#include <QStringList>

#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace paydesk {

class ErrorBanner;
class SecretClipboard;
class GatewayActions;

// Add or edit a gateway account (PRODUCT.md "Accounts"): name, gateway, base URL (the gateway's production URL
// unless changed; required for Gateway v10.2, which has none), Cryptomus merchant id, live mode, and the secrets
// the gateway takes (gatewaySecrets(): masked, entered once). When editing, the stored secrets are not read: their
// fields are empty and say so, Reveal fetches one on request (GatewayActions::revealSecret), and a field left
// empty keeps the stored value. Problems are shown inline next to their field before anything is sent; the
// gateway's or the store's refusal appears in the banner. On success emits accountSaved() and closes.
// Open it with open(), never exec().
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    // An "Add account" dialog; call setAccount() to edit one instead. `actions` must outlive the dialog.
    explicit AccountDialog(GatewayActions& actions, QWidget* parent = nullptr);
    ~AccountDialog() override;

    // How long a copied secret stays on the clipboard (Settings "clipboardClearSeconds"; 0: until replaced).
    void setClipboardClearSeconds(int seconds);

    // Edit mode for this account: its fields filled in, the gateway fixed, secrets shown as stored.
    void setAccount(const Account& account);
    bool isEditing() const { return m_editing; }
    // Names of the other accounts: a new name must differ from these.
    void setTakenNames(const QStringList& names);
    void setGateway(Gateway gateway);

    // Checks every field and shows the problems inline; true when the account can be saved.
    bool validate();
    // The inline problem of a field ("name", "baseUrl", "merchantId" or a secretKindId() such as "api_key");
    // empty when none is shown.
    QString problem(const QString& field) const;
    // The account the fields describe (without secrets).
    Account account() const;

Q_SIGNALS:
    void accountSaved(const paydesk::Account& account);

private:
    struct SecretRow
    {
        SecretKind kind = SecretKind::ApiKey;
        bool required = false;
        QLineEdit* edit = nullptr;
        QToolButton* reveal = nullptr;
        QLabel* problem = nullptr;
        QByteArray revealed; // the stored value while shown; not sent again unless changed
    };

    void onGatewayChanged();
    void rebuildSecretRows();
    void reveal(SecretRow& row, bool show);
    void save();
    void setBusy(bool busy);
    void clearSecrets();
    SecretRow* rowOf(SecretKind kind);

    GatewayActions& m_actions;
    SecretClipboard* m_clipboard;
    Account m_account; // the edited account (id, created) or the defaults of a new one
    bool m_editing = false;
    bool m_busy = false;
    QStringList m_takenNames;
    Gateway m_shownGateway = Gateway::CryptoCom;

    ErrorBanner* m_errorBanner;
    QLineEdit* m_nameEdit;
    QLabel* m_nameProblem;
    QComboBox* m_gatewayCombo;
    QLineEdit* m_baseUrlEdit;
    QLabel* m_baseUrlProblem;
    QLabel* m_merchantIdLabel;
    QLineEdit* m_merchantIdEdit;
    QLabel* m_merchantIdProblem;
    QCheckBox* m_liveModeCheck;
    QGroupBox* m_secretsBox;
    QFormLayout* m_secretsForm;
    QLabel* m_secretsNote;
    std::vector<SecretRow> m_secretRows;
    QPushButton* m_saveButton;
};

} // namespace paydesk
