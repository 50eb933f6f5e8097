#pragma once

#include "core/domain/Account.h"
#include "core/domain/DedicatedAddress.h"

#include <QDialog>
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
    // Checks the fields and shows the problems inline; true when the draft can be sent.
    bool validate();

Q_SIGNALS:
    void addressCreated(const paydesk::DedicatedAddress& address);

private:
    void updateFields();
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
    bool m_busy = false;
};

} // namespace paydesk
