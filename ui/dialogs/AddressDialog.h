#pragma once

#include "core/domain/Account.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/GatewayAsset.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace paydesk {

class ErrorBanner;
class GatewayActions;

// "Create address": a dedicated / static deposit address on one account (PRODUCT.md "Addresses"). Lists only the
// accounts whose gateway has the DedicatedAddresses capability; asks for asset, network, label and customer
// reference, disabling with an explanation the fields the chosen gateway refuses and requiring the ones it needs.
// The asset list is what the account's gateway accepts as the last sync read it (setAcceptedAssets; the network is
// filled in where the asset has one network only), else the assets Paydesk knows with a note to sync; it is filled
// again whenever the account changes.
// Sends through GatewayActions::createAddress (journaled), shows a failure in its banner, and on success emits
// addressCreated() and closes. Open it with open(), never exec().
class AddressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressDialog)

public:
    // `actions` must outlive the dialog.
    AddressDialog(GatewayActions& actions, const QList<Account>& accounts, QWidget* parent = nullptr);
    ~AddressDialog() override;

    // Preselects an account (when the page has one selected); ignored for an account not in the list.
    void setAccount(const QString& accountId);
    // The assets each account's gateway accepts (Ledger::gatewayAssets), by account id.
    void setAcceptedAssets(const QHash<QString, QList<GatewayAsset>>& byAccount);
    // Checks the fields and shows the problems inline; true when the draft can be sent.
    bool validate();

Q_SIGNALS:
    void addressCreated(const paydesk::DedicatedAddress& address);

private:
    void updateFields();
    // Fills the asset list for the current account (when the account changed, or the list did).
    void fillAssets();
    // The accepted crypto assets of the current account with this code (empty: none, or the list was never read).
    QList<GatewayAsset> acceptedAs(const QString& code) const;
    // Names the networks the gateway accepts the chosen asset on, and fills in the only one.
    void suggestNetwork();
    void create();
    void setBusy(bool busy);
    const Account* currentAccount() const;

    GatewayActions& m_actions;
    QList<Account> m_accounts; // the ones that can have dedicated addresses
    ErrorBanner* m_errorBanner;
    QComboBox* m_accountCombo;
    QComboBox* m_assetCombo;
    QLineEdit* m_networkEdit;
    QLineEdit* m_labelEdit;
    QLineEdit* m_referenceEdit;
    QLabel* m_noAccountsLabel;
    QLabel* m_assetProblem;
    QLabel* m_networkNote;
    QLabel* m_labelNote;
    QLabel* m_referenceNote;
    QPushButton* m_createButton;
    QHash<QString, QList<GatewayAsset>> m_accepted;
    QString m_assetsFor; // the account the asset list was filled for
    bool m_busy = false;
};

} // namespace paydesk
