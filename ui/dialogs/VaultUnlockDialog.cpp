#include "ui/dialogs/VaultUnlockDialog.h"

#include "ui/widgets/WrapAnywhereLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

VaultUnlockDialog::VaultUnlockDialog(QWidget* parent)
    : QDialog(parent)
    , m_messageLabel(new WrapAnywhereLabel(this))
    , m_passphraseEdit(new QLineEdit(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(u"vaultUnlockDialog"_s);
    setWindowTitle(tr("Unlock Vault"));
    setMinimumWidth(420);

    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setText(tr("Your gateway keys are in an encrypted vault. Enter its passphrase to unlock it."));
    m_passphraseEdit->setObjectName(u"passphraseLineEdit"_s);
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_passphraseEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_passphraseEdit->setPlaceholderText(tr("Passphrase"));
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    QPalette palette = m_problemLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x30));
    m_problemLabel->setPalette(palette);
    m_problemLabel->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_unlockButton = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(u"unlockPushButton"_s);
    m_unlockButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &VaultUnlockDialog::requestUnlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, &VaultUnlockDialog::clearPassphrase);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_passphraseEdit);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_passphraseEdit->setFocus();
}

VaultUnlockDialog::~VaultUnlockDialog()
{
    clearPassphrase();
}

void VaultUnlockDialog::setVaultPath(const QString& path)
{
    m_messageLabel->setText(
        tr("Your gateway keys are in an encrypted vault (%1). Enter its passphrase to unlock it.").arg(path));
}

void VaultUnlockDialog::requestUnlock()
{
    if (m_waiting)
        return;
    if (m_passphraseEdit->text().isEmpty()) {
        m_problemLabel->setText(tr("Enter the passphrase."));
        m_problemLabel->setVisible(true);
        return;
    }
    QByteArray passphrase = m_passphraseEdit->text().toUtf8();
    clearPassphrase();
    m_waiting = true;
    m_problemLabel->setVisible(false);
    m_passphraseEdit->setEnabled(false);
    m_unlockButton->setEnabled(false);
    m_unlockButton->setText(tr("Unlocking…"));
    Q_EMIT unlockRequested(passphrase);
    passphrase.fill('\0');
}

void VaultUnlockDialog::showError(const QString& message)
{
    m_waiting = false;
    clearPassphrase();
    m_problemLabel->setText(message);
    m_problemLabel->setVisible(true);
    m_passphraseEdit->setEnabled(true);
    m_unlockButton->setEnabled(true);
    m_unlockButton->setText(tr("Unlock"));
    m_passphraseEdit->setFocus();
}

void VaultUnlockDialog::clearPassphrase()
{
    if (!m_passphraseEdit->text().isEmpty())
        m_passphraseEdit->setText(QString(m_passphraseEdit->text().size(), u' '));
    m_passphraseEdit->clear();
}

} // namespace paydesk
