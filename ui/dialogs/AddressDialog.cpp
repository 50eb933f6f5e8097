#include "ui/dialogs/AddressDialog.h"

#include "core/Assets.h"
#include "core/domain/AddressDraft.h"
#include "core/domain/GatewayCapabilities.h"
#include "ui/GatewayActions.h"
#include "ui/widgets/ErrorBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

enum class Field { Refused, Optional, Required };

// What each gateway's create-address call takes (providers/*Requests.cpp createAddress / takeAddress).
struct AddressRules
{
    Field network = Field::Optional;
    Field label = Field::Optional;
    Field reference = Field::Optional;
    QString networkNote;
    QString labelNote;
    QString referenceNote;
};

AddressRules rulesFor(Gateway gateway)
{
    switch (gateway) {
    case Gateway::CryptoProcessing:
        return {Field::Refused, Field::Refused, Field::Required,
            AddressDialog::tr("CryptoProcessing picks the network through the currency code; it takes no separate "
                              "network."),
            AddressDialog::tr("CryptoProcessing deposit addresses have no label."),
            AddressDialog::tr("Required: CryptoProcessing keys each address to a customer reference (foreign id); "
                              "the same reference gives back the same address.")};
    case Gateway::BucksBus:
        return {Field::Refused, Field::Optional, Field::Optional,
            AddressDialog::tr("Gateway v10.2 picks the network through the asset; it takes no separate network."),
            AddressDialog::tr("Sent as the address's description."),
            AddressDialog::tr("Optional: sent as the order id.")};
    case Gateway::Cryptomus:
        return {Field::Required, Field::Refused, Field::Required, AddressDialog::tr("Required: e.g. tron, eth, bsc."),
            AddressDialog::tr("Cryptomus static wallets have no label."),
            AddressDialog::tr("Required: the static wallet's order id (letters, digits, - and _).")};
    case Gateway::CryptoCom:
        break;
    }
    return {};
}

QLabel* noteLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

void showProblem(QLabel* label, const QString& text, bool problem)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPalette palette = label->parentWidget()->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x30));
    label->setPalette(palette);
    label->setProperty("problem", problem);
}

} // namespace

AddressDialog::AddressDialog(GatewayActions& actions, const QList<Account>& accounts, QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_errorBanner(new ErrorBanner(this))
    , m_accountCombo(new QComboBox(this))
    , m_assetCombo(new QComboBox(this))
    , m_networkEdit(new QLineEdit(this))
    , m_labelEdit(new QLineEdit(this))
    , m_referenceEdit(new QLineEdit(this))
    , m_noAccountsLabel(noteLabel(u"noAccountsLabel"_s, this))
    , m_assetProblem(noteLabel(u"assetProblemLabel"_s, this))
    , m_networkNote(noteLabel(u"networkNoteLabel"_s, this))
    , m_labelNote(noteLabel(u"labelNoteLabel"_s, this))
    , m_referenceNote(noteLabel(u"referenceNoteLabel"_s, this))
{
    setObjectName(u"addressDialog"_s);
    setWindowTitle(tr("Create Address"));
    setMinimumWidth(460);

    for (const Account& account : accounts) {
        if (hasCapability(account.gateway, Capability::DedicatedAddresses))
            m_accounts.append(account);
    }
    m_accountCombo->setObjectName(u"accountComboBox"_s);
    for (const Account& account : std::as_const(m_accounts))
        m_accountCombo->addItem(tr("%1 (%2)").arg(account.name, gatewayDisplayName(account.gateway)), account.id);
    m_noAccountsLabel->setText(
        tr("None of your accounts can have dedicated addresses: CryptoProcessing, Gateway v10.2 and Cryptomus "
           "accounts can. %1")
            .arg(unsupportedReason(Gateway::CryptoCom, Capability::DedicatedAddresses)));
    m_noAccountsLabel->setVisible(m_accounts.isEmpty());

    m_assetCombo->setObjectName(u"assetComboBox"_s);
    m_assetCombo->setEditable(true);
    m_assetCombo->setInsertPolicy(QComboBox::NoInsert);
    m_networkEdit->setObjectName(u"networkLineEdit"_s);
    m_networkEdit->setPlaceholderText(tr("e.g. tron"));
    m_labelEdit->setObjectName(u"labelLineEdit"_s);
    m_labelEdit->setPlaceholderText(tr("For you: what the address is for"));
    m_referenceEdit->setObjectName(u"customerReferenceLineEdit"_s);
    m_referenceEdit->setPlaceholderText(tr("Your customer's id or an order id"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Account:"), m_accountCombo);
    form->addRow(QString(), m_noAccountsLabel);
    form->addRow(tr("A&sset:"), m_assetCombo);
    form->addRow(QString(), m_assetProblem);
    form->addRow(tr("&Network:"), m_networkEdit);
    form->addRow(QString(), m_networkNote);
    form->addRow(tr("&Label:"), m_labelEdit);
    form->addRow(QString(), m_labelNote);
    form->addRow(tr("Customer &reference:"), m_referenceEdit);
    form->addRow(QString(), m_referenceNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(u"createPushButton"_s);
    m_createButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddressDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errorBanner);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, &AddressDialog::updateFields);
    connect(m_assetCombo, &QComboBox::currentTextChanged, this, &AddressDialog::suggestNetwork);
    m_assetProblem->setVisible(false);
    updateFields();
}

AddressDialog::~AddressDialog() = default;

void AddressDialog::setAccount(const QString& accountId)
{
    const int index = m_accountCombo->findData(accountId);
    if (index >= 0)
        m_accountCombo->setCurrentIndex(index);
}

const Account* AddressDialog::currentAccount() const
{
    const int index = m_accountCombo->currentIndex();
    return index >= 0 && index < m_accounts.size() ? &m_accounts.at(index) : nullptr;
}

void AddressDialog::setAcceptedAssets(const QHash<QString, QList<GatewayAsset>>& byAccount)
{
    m_accepted = byAccount;
    m_assetsFor.clear();
    updateFields();
}

QList<GatewayAsset> AddressDialog::acceptedAs(const QString& code) const
{
    const Account* account = currentAccount();
    QList<GatewayAsset> found;
    for (const GatewayAsset& asset : account ? m_accepted.value(account->id) : QList<GatewayAsset>()) {
        if (!asset.fiat && asset.available && asset.code == code)
            found.append(asset);
    }
    return found;
}

void AddressDialog::fillAssets()
{
    const Account* account = currentAccount();
    const QString accountId = account ? account->id : QString();
    if (accountId == m_assetsFor && m_assetCombo->count() > 0)
        return;
    m_assetsFor = accountId;
    const QString before = m_assetCombo->currentText().trimmed().toUpper();
    QStringList codes;
    QDateTime readAt;
    for (const GatewayAsset& asset : m_accepted.value(accountId)) {
        if (!asset.fiat && asset.available && !codes.contains(asset.code))
            codes << asset.code;
        readAt = asset.readAt;
    }
    const bool fromGateway = !codes.isEmpty();
    if (!fromGateway) {
        for (const AssetInfo& asset : knownAssets()) {
            if (!asset.fiat)
                codes << asset.code;
        }
    }
    m_assetCombo->clear();
    m_assetCombo->addItems(codes);
    m_assetCombo->setCurrentText(
        codes.contains(before) ? before : (codes.contains(u"USDT"_s) ? u"USDT"_s : codes.value(0)));
    m_assetCombo->setToolTip(fromGateway && account
            ? tr("The assets %1 accepts, as the last sync read them (%2).")
                  .arg(gatewayDisplayName(account->gateway),
                      QLocale().toString(readAt.toLocalTime(), QLocale::ShortFormat))
            : tr("Sync this account to offer exactly the assets its gateway accepts."));
    m_networkEdit->clear();
    suggestNetwork();
}

void AddressDialog::suggestNetwork()
{
    // One network for this asset at this gateway: it is that one.
    QStringList networks;
    for (const GatewayAsset& asset : acceptedAs(m_assetCombo->currentText().trimmed().toUpper())) {
        if (!asset.network.isEmpty())
            networks << asset.network;
    }
    if (m_networkEdit->isEnabled() && networks.size() == 1)
        m_networkEdit->setText(networks.first());
    m_networkEdit->setPlaceholderText(networks.isEmpty() ? tr("e.g. tron") : networks.join(u", "));
}

void AddressDialog::updateFields()
{
    const Account* account = currentAccount();
    fillAssets();
    const AddressRules rules = account ? rulesFor(account->gateway) : AddressRules{};
    const auto apply = [](QLineEdit* edit, QLabel* note, Field field, const QString& text) {
        edit->setEnabled(field != Field::Refused);
        if (field == Field::Refused)
            edit->clear();
        edit->setToolTip(field == Field::Refused ? text : QString());
        showProblem(note, text, false);
    };
    apply(m_networkEdit, m_networkNote, rules.network, rules.networkNote);
    apply(m_labelEdit, m_labelNote, rules.label, rules.labelNote);
    apply(m_referenceEdit, m_referenceNote, rules.reference, rules.referenceNote);
    m_createButton->setEnabled(account && !m_busy);
}

bool AddressDialog::validate()
{
    const Account* account = currentAccount();
    if (!account)
        return false;
    const AddressRules rules = rulesFor(account->gateway);
    bool ok = true;
    const QString asset = m_assetCombo->currentText().trimmed();
    if (asset.isEmpty()) {
        showProblem(m_assetProblem, tr("Choose an asset."), true);
        ok = false;
    } else if (findAsset(asset) && findAsset(asset)->fiat) {
        showProblem(
            m_assetProblem, tr("%1 is a fiat currency; deposit addresses hold crypto assets.").arg(asset), true);
        ok = false;
    } else if (!m_accepted.value(account->id).isEmpty() && acceptedAs(asset.toUpper()).isEmpty()) {
        showProblem(m_assetProblem,
            tr("%1 does not accept %2 (as the last sync read its assets). Choose one from the list.")
                .arg(gatewayDisplayName(account->gateway), asset),
            true);
        ok = false;
    } else {
        showProblem(m_assetProblem, {}, false);
    }
    if (rules.network == Field::Required && m_networkEdit->text().trimmed().isEmpty()) {
        showProblem(m_networkNote, tr("%1 needs the network.").arg(gatewayDisplayName(account->gateway)), true);
        ok = false;
    } else {
        showProblem(m_networkNote, rules.networkNote, false);
    }
    if (rules.reference == Field::Required && m_referenceEdit->text().trimmed().isEmpty()) {
        showProblem(m_referenceNote, rules.referenceNote, true);
        ok = false;
    } else {
        showProblem(m_referenceNote, rules.referenceNote, false);
    }
    return ok;
}

void AddressDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_createButton->setText(busy ? tr("Creating…") : tr("Create"));
    m_accountCombo->setEnabled(!busy);
    updateFields();
}

void AddressDialog::create()
{
    if (m_busy || !validate())
        return;
    const Account account = *currentAccount();
    const AddressDraft draft{.accountId = account.id,
        .currency = m_assetCombo->currentText().trimmed().toUpper(),
        .network = m_networkEdit->text().trimmed(),
        .label = m_labelEdit->text().trimmed(),
        .customerReference = m_referenceEdit->text().trimmed()};
    m_errorBanner->clear();
    setBusy(true);
    m_actions.createAddress(account.id, draft, this, [this, account](const Result<DedicatedAddress>& result) {
        setBusy(false);
        if (!result.ok()) {
            m_errorBanner->showError(result.error(), account.name);
            return;
        }
        Q_EMIT addressCreated(result.value());
        accept();
    });
}

} // namespace paydesk
