#include "ui/dialogs/AccountDialog.h"

#include "core/domain/GatewaySecrets.h"
#include "ui/GatewayActions.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/SecretClipboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

constexpr Gateway kGateways[] = {Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus};

// "apiKey" for the object names of a secret's widgets (apiKeyLineEdit, apiKeyRevealToolButton...).
QString objectStem(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ApiKey:
        return u"apiKey"_s;
    case SecretKind::ApiSecret:
        return u"apiSecret"_s;
    case SecretKind::WebhookSecret:
        return u"webhookSecret"_s;
    case SecretKind::PayoutKey:
        return u"payoutKey"_s;
    }
    return {};
}

QLabel* problemLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x30));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

void setProblem(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// Overwrites a secret's bytes before the buffer is released (STYLE.md c.8; best effort with implicit sharing).
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        bytes.fill('\0');
    bytes.clear();
}

} // namespace

AccountDialog::AccountDialog(GatewayActions& actions, QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_clipboard(new SecretClipboard(this))
    , m_errorBanner(new ErrorBanner(this))
    , m_nameEdit(new QLineEdit(this))
    , m_nameProblem(problemLabel(u"nameProblemLabel"_s, this))
    , m_gatewayCombo(new QComboBox(this))
    , m_baseUrlEdit(new QLineEdit(this))
    , m_baseUrlProblem(problemLabel(u"baseUrlProblemLabel"_s, this))
    , m_merchantIdLabel(new QLabel(tr("&Merchant ID:"), this))
    , m_merchantIdEdit(new QLineEdit(this))
    , m_merchantIdProblem(problemLabel(u"merchantIdProblemLabel"_s, this))
    , m_liveModeCheck(new QCheckBox(tr("&Live mode: real payments"), this))
    , m_secretsBox(new QGroupBox(tr("Credentials"), this))
    , m_secretsForm(new QFormLayout)
    , m_secretsNote(new QLabel(this))
{
    setObjectName(u"accountDialog"_s);
    setWindowTitle(tr("Add Account"));
    setMinimumWidth(520);

    m_nameEdit->setObjectName(u"nameLineEdit"_s);
    m_nameEdit->setPlaceholderText(tr("e.g. shop-eu"));
    m_gatewayCombo->setObjectName(u"gatewayComboBox"_s);
    for (Gateway gateway : kGateways)
        m_gatewayCombo->addItem(gatewayDisplayName(gateway), int(gateway));
    m_baseUrlEdit->setObjectName(u"baseUrlLineEdit"_s);
    m_merchantIdEdit->setObjectName(u"merchantIdLineEdit"_s);
    m_merchantIdEdit->setPlaceholderText(tr("The merchant UUID from the Cryptomus dashboard"));
    m_merchantIdLabel->setBuddy(m_merchantIdEdit);
    m_liveModeCheck->setObjectName(u"liveModeCheckBox"_s);
    m_liveModeCheck->setToolTip(tr("Off for the gateway's test environment; on when the account takes real money"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Gateway:"), m_gatewayCombo);
    form->addRow(tr("&Base URL:"), m_baseUrlEdit);
    form->addRow(QString(), m_baseUrlProblem);
    form->addRow(m_merchantIdLabel, m_merchantIdEdit);
    form->addRow(QString(), m_merchantIdProblem);
    form->addRow(QString(), m_liveModeCheck);

    m_secretsBox->setObjectName(u"credentialsGroupBox"_s);
    m_secretsNote->setObjectName(u"secretsNoteLabel"_s);
    m_secretsNote->setTextFormat(Qt::PlainText);
    m_secretsNote->setWordWrap(true);
    auto* secretsLayout = new QVBoxLayout(m_secretsBox);
    secretsLayout->addLayout(m_secretsForm);
    secretsLayout->addWidget(m_secretsNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(tr("Add Account"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"savePushButton"_s);
    m_saveButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, &AccountDialog::clearSecrets);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errorBanner);
    layout->addLayout(form);
    layout->addWidget(m_secretsBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_account.gateway = Gateway::CryptoCom;
    m_shownGateway = Gateway::CryptoCom;
    m_baseUrlEdit->setText(gatewayProductionUrl(Gateway::CryptoCom).toString());
    connect(m_gatewayCombo, &QComboBox::currentIndexChanged, this, &AccountDialog::onGatewayChanged);
    onGatewayChanged();
}

void AccountDialog::setClipboardClearSeconds(int seconds)
{
    m_clipboard->setClearAfterSeconds(seconds);
}

AccountDialog::~AccountDialog()
{
    clearSecrets();
}

void AccountDialog::setAccount(const Account& account)
{
    m_account = account;
    m_editing = true;
    setWindowTitle(tr("Edit Account “%1”").arg(account.name));
    m_saveButton->setText(tr("Save"));
    m_nameEdit->setText(account.name);
    m_shownGateway = account.gateway;
    m_gatewayCombo->setCurrentIndex(m_gatewayCombo->findData(int(account.gateway)));
    m_gatewayCombo->setEnabled(false);
    m_gatewayCombo->setToolTip(tr("An account stays on its gateway; add a new account for another one."));
    m_baseUrlEdit->setText(account.baseUrl.toString());
    m_merchantIdEdit->setText(account.merchantId);
    m_liveModeCheck->setChecked(account.liveMode);
    onGatewayChanged();
}

void AccountDialog::setTakenNames(const QStringList& names)
{
    m_takenNames = names;
}

void AccountDialog::setGateway(Gateway gateway)
{
    if (!m_editing)
        m_gatewayCombo->setCurrentIndex(m_gatewayCombo->findData(int(gateway)));
}

void AccountDialog::onGatewayChanged()
{
    const Gateway gateway = Gateway(m_gatewayCombo->currentData().toInt());
    if (!m_editing) {
        // Follow the gateway's default unless the merchant typed a URL of their own.
        const QString text = m_baseUrlEdit->text().trimmed();
        if (text.isEmpty() || text == gatewayProductionUrl(m_shownGateway).toString())
            m_baseUrlEdit->setText(gatewayProductionUrl(gateway).toString());
    }
    m_shownGateway = gateway;
    m_baseUrlEdit->setPlaceholderText(gateway == Gateway::BucksBus
            ? tr("Your deployment's API root, e.g. https://api.example.com/int")
            : gatewayProductionUrl(gateway).toString());
    m_baseUrlEdit->setToolTip(gateway == Gateway::BucksBus
            ? tr("Gateway v10.2 is white-label: each service has its own API root.")
            : tr("The production URL unless you use a sandbox or a proxy."));
    const bool cryptomus = gateway == Gateway::Cryptomus;
    m_merchantIdLabel->setVisible(cryptomus);
    m_merchantIdEdit->setVisible(cryptomus);
    if (!cryptomus)
        setProblem(m_merchantIdProblem, {});
    setProblem(m_baseUrlProblem, {});
    rebuildSecretRows();
}

void AccountDialog::rebuildSecretRows()
{
    clearSecrets();
    while (m_secretsForm->rowCount() > 0)
        m_secretsForm->removeRow(0);
    m_secretRows.clear();

    const Gateway gateway = m_shownGateway;
    for (const GatewaySecret& secret : gatewaySecrets(gateway)) {
        SecretRow row;
        row.kind = secret.kind;
        row.required = secret.required;
        const QString stem = objectStem(secret.kind);
        row.edit = new QLineEdit(m_secretsBox);
        row.edit->setObjectName(stem + u"LineEdit"_s);
        row.edit->setEchoMode(QLineEdit::Password);
        row.edit->setAttribute(Qt::WA_InputMethodEnabled, false);
        row.edit->setContextMenuPolicy(Qt::NoContextMenu); // no "Copy" of a masked field
        if (m_editing)
            row.edit->setPlaceholderText(tr("Stored; leave empty to keep it"));
        else
            row.edit->setPlaceholderText(secret.required ? tr("Required") : tr("Optional"));
        row.problem = problemLabel(stem + u"ProblemLabel"_s, m_secretsBox);

        auto* field = new QWidget(m_secretsBox);
        auto* fieldLayout = new QHBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        fieldLayout->addWidget(row.edit, 1);
        if (m_editing) {
            row.reveal = new QToolButton(field);
            row.reveal->setObjectName(stem + u"RevealToolButton"_s);
            row.reveal->setText(tr("Reveal"));
            row.reveal->setCheckable(true);
            row.reveal->setToolTip(tr("Show the stored value"));
            const SecretKind kind = secret.kind;
            connect(row.reveal, &QToolButton::toggled, this, [this, kind](bool show) {
                if (SecretRow* target = rowOf(kind))
                    reveal(*target, show);
            });
            fieldLayout->addWidget(row.reveal);
        }
        // Copy: the secret leaves the clipboard again after a while (SecretClipboard).
        auto* copy = new QToolButton(field);
        copy->setObjectName(stem + u"CopyToolButton"_s);
        copy->setText(tr("Copy"));
        copy->setToolTip(
            tr("Copy to the clipboard; it is cleared after %n second(s)", nullptr, m_clipboard->clearAfterSeconds()));
        copy->setEnabled(false);
        connect(row.edit, &QLineEdit::textChanged, copy,
            [copy](const QString& text) { copy->setEnabled(!text.isEmpty()); });
        connect(copy, &QToolButton::clicked, this, [this, edit = row.edit] { m_clipboard->copy(edit->text()); });
        fieldLayout->addWidget(copy);
        const QString name = secretDisplayName(gateway, secret.kind);
        m_secretsForm->addRow(secret.required ? tr("%1:").arg(name) : tr("%1 (optional):").arg(name), field);
        m_secretsForm->addRow(QString(), row.problem);
        m_secretRows.push_back(row);
    }
    m_secretsNote->setText(m_editing
            ? tr("Secrets are kept in the system keychain or the encrypted vault, never in the ledger. Leave a "
                 "field empty to keep what is stored.")
            : tr("Entered once and kept in the system keychain or the encrypted vault, never in the ledger; "
                 "Paydesk does not show them again unless you ask."));
}

AccountDialog::SecretRow* AccountDialog::rowOf(SecretKind kind)
{
    for (SecretRow& row : m_secretRows) {
        if (row.kind == kind)
            return &row;
    }
    return nullptr;
}

void AccountDialog::reveal(SecretRow& row, bool show)
{
    if (!show) {
        row.edit->setEchoMode(QLineEdit::Password);
        row.reveal->setText(tr("Reveal"));
        // An unchanged revealed value leaves the field: nothing to save, and the secret is not kept on screen.
        if (!row.revealed.isEmpty() && row.edit->text().toUtf8() == row.revealed)
            row.edit->clear();
        wipe(row.revealed);
        return;
    }
    row.reveal->setText(tr("Hide"));
    if (!row.edit->text().isEmpty()) { // what the merchant typed: just unmask it
        row.edit->setEchoMode(QLineEdit::Normal);
        return;
    }
    row.reveal->setEnabled(false);
    const SecretKind kind = row.kind;
    m_actions.revealSecret(m_account.id, kind, this, [this, kind](const Result<QByteArray>& result) {
        SecretRow* target = rowOf(kind);
        if (!target)
            return;
        target->reveal->setEnabled(true);
        if (!result.ok()) {
            const QSignalBlocker blocker(target->reveal);
            target->reveal->setChecked(false);
            target->reveal->setText(tr("Reveal"));
            if (result.error().kind == ProviderError::Kind::NotFound)
                setProblem(target->problem, tr("Nothing is stored for this account."));
            else
                m_errorBanner->showError(result.error(), m_account.name);
            return;
        }
        if (!target->reveal->isChecked())
            return; // hidden again while the store answered
        target->revealed = result.value();
        target->edit->setText(QString::fromUtf8(target->revealed));
        target->edit->setEchoMode(QLineEdit::Normal);
        setProblem(target->problem, {});
    });
}

Account AccountDialog::account() const
{
    Account account = m_account;
    account.name = m_nameEdit->text().trimmed();
    account.gateway = m_shownGateway;
    account.baseUrl = QUrl(m_baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    account.merchantId = account.gateway == Gateway::Cryptomus ? m_merchantIdEdit->text().trimmed() : QString();
    account.liveMode = m_liveModeCheck->isChecked();
    return account;
}

QString AccountDialog::problem(const QString& field) const
{
    const QLabel* label = nullptr;
    if (field == u"name")
        label = m_nameProblem;
    else if (field == u"baseUrl")
        label = m_baseUrlProblem;
    else if (field == u"merchantId")
        label = m_merchantIdProblem;
    for (const SecretRow& row : m_secretRows) {
        if (secretKindId(row.kind) == field)
            label = row.problem;
    }
    return label && !label->isHidden() ? label->text() : QString();
}

bool AccountDialog::validate()
{
    bool ok = true;
    const Gateway gateway = m_shownGateway;
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty()) {
        setProblem(m_nameProblem, tr("Give the account a name."));
        ok = false;
    } else if (m_takenNames.contains(name) && !(m_editing && name == m_account.name)) {
        setProblem(m_nameProblem, tr("Another account is named “%1”.").arg(name));
        ok = false;
    } else {
        setProblem(m_nameProblem, {});
    }

    const QString urlText = m_baseUrlEdit->text().trimmed();
    const QUrl url(urlText, QUrl::StrictMode);
    if (urlText.isEmpty()) {
        setProblem(m_baseUrlProblem,
            gateway == Gateway::BucksBus
                ? tr("Gateway v10.2 has no single production URL: enter your deployment's API root, e.g. "
                     "https://api.example.com/int.")
                : tr("Enter the API root, e.g. %1.").arg(gatewayProductionUrl(gateway).toString()));
        ok = false;
    } else if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
        setProblem(m_baseUrlProblem, tr("Enter a full URL such as https://api.example.com/int."));
        ok = false;
    } else {
        setProblem(m_baseUrlProblem, {});
    }

    if (gateway == Gateway::Cryptomus && m_merchantIdEdit->text().trimmed().isEmpty()) {
        setProblem(m_merchantIdProblem, tr("Cryptomus accounts need the merchant ID (a UUID from its dashboard)."));
        ok = false;
    } else {
        setProblem(m_merchantIdProblem, {});
    }

    for (SecretRow& row : m_secretRows) {
        if (row.required && !m_editing && row.edit->text().isEmpty()) {
            setProblem(row.problem,
                tr("%1 accounts need the %2.").arg(gatewayDisplayName(gateway), secretDisplayName(gateway, row.kind)));
            ok = false;
        } else if (row.edit->text() != row.edit->text().trimmed()) {
            setProblem(row.problem, tr("Remove the spaces at the start or end."));
            ok = false;
        } else {
            setProblem(row.problem, {});
        }
    }
    return ok;
}

void AccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_saveButton->setEnabled(!busy);
    m_saveButton->setText(busy ? tr("Saving…") : (m_editing ? tr("Save") : tr("Add Account")));
}

void AccountDialog::save()
{
    if (m_busy || !validate())
        return;
    Account account = this->account();
    if (!m_editing) {
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.created = QDateTime::currentDateTimeUtc();
    }
    GatewayActions::Secrets secrets;
    for (const SecretRow& row : m_secretRows) {
        QByteArray value = row.edit->text().toUtf8();
        if (!value.isEmpty() && !(m_editing && !row.revealed.isEmpty() && value == row.revealed))
            secrets.insert(row.kind, value);
        wipe(value);
    }
    m_errorBanner->clear();
    setBusy(true);
    auto done = [this, name = account.name](const Result<Account>& result) {
        setBusy(false);
        if (!result.ok()) {
            m_errorBanner->showError(result.error(), name);
            return;
        }
        clearSecrets();
        Q_EMIT accountSaved(result.value());
        accept();
    };
    if (m_editing)
        m_actions.updateAccount(account, secrets, this, done);
    else
        m_actions.addAccount(account, secrets, this, done);
    for (QByteArray& value : secrets)
        wipe(value);
}

void AccountDialog::clearSecrets()
{
    for (SecretRow& row : m_secretRows) {
        // Overwrite the line edit's buffer before clearing it (Bitcoin's SecureClearQLineEdit).
        if (!row.edit->text().isEmpty())
            row.edit->setText(QString(row.edit->text().size(), u' '));
        row.edit->clear();
        wipe(row.revealed);
        if (row.reveal) {
            const QSignalBlocker blocker(row.reveal);
            row.reveal->setChecked(false);
            row.reveal->setText(tr("Reveal"));
        }
        row.edit->setEchoMode(QLineEdit::Password);
    }
}

} // namespace paydesk
