#include "ui/dialogs/RefundDialog.h"

#include "core/Assets.h"
#include "core/ProviderErrorText.h"
#include "core/domain/GatewayCapabilities.h"
#include "models/StatusText.h"
#include "ui/GatewayActions.h"
#include "ui/pages/PaymentText.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/WrapAnywhereLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

QLabel* problemLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

RefundDialog::RefundDialog(const Payment& payment, const QString& accountName, GatewayActions& actions, QWidget* parent)
    : QDialog(parent)
    , m_payment(payment)
    , m_accountName(accountName)
    , m_actions(actions)
    , m_idempotencyKey(u"PR-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper())
    , m_steps(new QStackedWidget(this))
    , m_banner(new ErrorBanner(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_next(new QPushButton(tr("Review…"), this))
    , m_close(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"refundDialog"_s);
    setWindowTitle(tr("Refund payment"));
    setMinimumWidth(520);
    m_banner->setObjectName(u"refundErrorBanner"_s);

    m_steps->addWidget(createForm());
    m_steps->addWidget(createConfirm());
    m_steps->addWidget(createResult());

    m_back->setObjectName(u"backPushButton"_s);
    m_next->setObjectName(u"nextPushButton"_s);
    m_close->setObjectName(u"closePushButton"_s);
    m_next->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_steps->setCurrentIndex(FormStep);
        updateForm();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_steps->currentIndex() == FormStep)
            review();
        else if (m_steps->currentIndex() == ConfirmStep)
            send();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_close);
    buttons->addWidget(m_next);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);
    updateForm();

    // The refundable amount as the gateway shows it now, where it can tell.
    if (hasCapability(m_payment.gateway, Capability::GetInvoice)) {
        m_actions.refreshInvoice(m_payment, this, [this](const Result<Payment>& result) {
            if (!result.ok() || m_sending)
                return;
            m_payment = result.value();
            updateForm();
        });
    }
}

RefundDialog::~RefundDialog() = default;

Money RefundDialog::refundable(const Payment& payment)
{
    if (payment.gateway == Gateway::CryptoCom) {
        const Decimal refunded = payment.refunded.isValid() ? payment.refunded.amount : Decimal();
        return {payment.amount.amount.minus(refunded).value_or(Decimal()), payment.amount.currency};
    }
    if (payment.paid.isValid() && !payment.paid.amount.isZero())
        return payment.paid;
    return payment.payAmount.isValid() ? payment.payAmount : payment.amount;
}

bool RefundDialog::refundsToAddress() const
{
    return m_payment.gateway == Gateway::Cryptomus || m_payment.gateway == Gateway::BucksBus;
}

QWidget* RefundDialog::createForm()
{
    auto* page = new QWidget(this);
    m_summary = new WrapAnywhereLabel(page);
    m_summary->setObjectName(u"refundSummaryLabel"_s);
    m_refundableLabel = new WrapAnywhereLabel(page);
    m_refundableLabel->setObjectName(u"refundableLabel"_s);

    m_full = new QRadioButton(tr("Full refund"), page);
    m_full->setObjectName(u"fullRefundRadioButton"_s);
    m_partial = new QRadioButton(tr("Partial refund"), page);
    m_partial->setObjectName(u"partialRefundRadioButton"_s);
    m_amountMode = new QButtonGroup(page);
    m_amountMode->addButton(m_full);
    m_amountMode->addButton(m_partial);
    m_full->setChecked(true);
    m_amount = new QLineEdit(page);
    m_amount->setObjectName(u"amountLineEdit"_s);
    m_amount->setPlaceholderText(tr("Amount, for example 12.50"));
    m_amountProblem = problemLabel(u"amountProblemLabel"_s, page);
    connect(m_amountMode, &QButtonGroup::buttonToggled, this, [this] { updateForm(); });
    connect(m_amount, &QLineEdit::textEdited, m_amountProblem, &QLabel::hide);

    m_reasonCombo = new QComboBox(page);
    m_reasonCombo->setObjectName(u"reasonComboBox"_s);
    m_reasonCombo->addItem(tr("Requested by the customer"), u"requested_by_customer"_s);
    m_reasonCombo->addItem(tr("Duplicate payment"), u"duplicate"_s);
    m_reasonCombo->addItem(tr("Fraudulent payment"), u"fraudulent"_s);
    m_note = new QLineEdit(page);
    m_note->setObjectName(u"noteLineEdit"_s);
    m_note->setPlaceholderText(tr("Optional"));
    m_address = new QLineEdit(page);
    m_address->setObjectName(u"addressLineEdit"_s);
    m_address->setPlaceholderText(tr("The payer's address"));
    m_addressProblem = problemLabel(u"addressProblemLabel"_s, page);
    connect(m_address, &QLineEdit::textEdited, m_addressProblem, &QLabel::hide);
    m_feeFromRefund = new QCheckBox(tr("Take the network fee from the refund"), page);
    m_feeFromRefund->setObjectName(u"feeFromRefundCheckBox"_s);
    m_feeFromRefund->setChecked(true);
    m_feeFromRefund->setToolTip(
        tr("Unchecked, the merchant balance pays the fee and the payer gets the whole amount."));

    auto* amountBox = new QVBoxLayout;
    auto* modes = new QHBoxLayout;
    modes->addWidget(m_full);
    modes->addWidget(m_partial);
    modes->addStretch(1);
    amountBox->addLayout(modes);
    amountBox->addWidget(m_amount);
    amountBox->addWidget(m_amountProblem);
    auto* addressRow = new QWidget(page); // owned by the page even where the gateway takes no address
    auto* addressBox = new QVBoxLayout(addressRow);
    addressBox->setContentsMargins(0, 0, 0, 0);
    addressBox->addWidget(m_address);
    addressBox->addWidget(m_addressProblem);

    auto* form = new QFormLayout;
    form->addRow(tr("Amount"), amountBox);
    if (m_payment.gateway == Gateway::CryptoCom)
        form->addRow(tr("Reason"), m_reasonCombo);
    else
        m_reasonCombo->hide();
    if (m_payment.gateway == Gateway::BucksBus)
        form->addRow(tr("Note"), m_note);
    else
        m_note->hide();
    if (refundsToAddress()) {
        form->addRow(tr("Refund to"), addressRow);
    } else {
        addressRow->hide();
    }
    if (m_payment.gateway == Gateway::Cryptomus)
        form->addRow(QString(), m_feeFromRefund);
    else
        m_feeFromRefund->hide();
    if (m_payment.gateway == Gateway::Cryptomus) {
        // Cryptomus always refunds the whole payment: no amount to choose.
        m_partial->hide();
        m_amount->hide();
    }

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_refundableLabel);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget* RefundDialog::createConfirm()
{
    auto* page = new QWidget(this);
    auto* title = new QLabel(tr("Please check what will be sent:"), page);
    // The payer's address in full, wrapped inside itself where it must: what is sent has to be checked whole.
    m_confirmText = new WrapAnywhereLabel(page);
    m_confirmText->setObjectName(u"confirmationLabel"_s);
    auto* warning = new QLabel(tr("A refund cannot be undone."), page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addWidget(m_confirmText);
    layout->addWidget(warning);
    layout->addStretch(1);
    return page;
}

QWidget* RefundDialog::createResult()
{
    auto* page = new QWidget(this);
    m_resultText = new WrapAnywhereLabel(page);
    m_resultText->setObjectName(u"resultLabel"_s);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_resultText);
    layout->addStretch(1);
    return page;
}

void RefundDialog::updateForm()
{
    const Money limit = refundable();
    const QString order = m_payment.orderId.isEmpty() ? m_payment.id : m_payment.orderId;
    m_summary->setText(tr("Payment %1 on %2 (%3): %4, paid %5, refunded so far %6.")
                           .arg(order, m_accountName.isEmpty() ? m_payment.accountId : m_accountName,
                               gatewayDisplayName(m_payment.gateway), PaymentText::money(m_payment.amount),
                               PaymentText::money(m_payment.paid), PaymentText::money(m_payment.refunded)));
    m_refundableLabel->setText(tr("Refundable: %1").arg(PaymentText::money(limit)));
    if (m_payment.gateway == Gateway::Cryptomus)
        m_full->setText(
            tr("The whole payment (%1): Cryptomus refunds whole payments only").arg(PaymentText::money(limit)));
    else
        m_full->setText(tr("Full refund (%1)").arg(PaymentText::money(limit)));
    m_amount->setEnabled(m_partial->isChecked());
    const int step = m_steps->currentIndex();
    m_back->setVisible(step == ConfirmStep);
    m_next->setVisible(step != ResultStep);
    m_next->setEnabled(!m_sending);
    m_next->setText(step == ConfirmStep ? tr("Send refund") : tr("Review…"));
    m_close->setText(step == ResultStep ? tr("Close") : tr("Cancel"));
}

std::optional<RefundDraft> RefundDialog::draft(QList<std::pair<QString, QString>>* problems) const
{
    QList<std::pair<QString, QString>> found;
    const Money limit = refundable();
    RefundDraft draft;
    draft.accountId = m_payment.accountId;
    draft.paymentId = m_payment.id;
    draft.idempotencyKey = m_idempotencyKey;
    draft.amount = limit;
    if (limit.amount.signum() <= 0)
        found.append({u"amount"_s, tr("This payment has nothing left to refund.")});
    if (m_partial->isChecked() && m_payment.gateway != Gateway::Cryptomus) {
        Decimal::ParseError error = Decimal::ParseError::None;
        const QString text = m_amount->text().trimmed();
        const auto amount = Decimal::fromUserInput(text, &error);
        if (!amount) {
            found.append({u"amount"_s,
                text.isEmpty() ? tr("Enter the amount to refund.")
                               : tr("The amount is not a number: %1").arg(Decimal::parseErrorText(error))});
        } else if (amount->signum() <= 0) {
            found.append({u"amount"_s, tr("The amount must be greater than zero.")});
        } else if (*amount > limit.amount) {
            found.append({u"amount"_s, tr("At most %1 can be refunded.").arg(PaymentText::money(limit))});
        } else if (amount->normalized().scale() > assetPrecision(limit.currency)) {
            found.append({u"amount"_s,
                tr("%1 amounts have at most %n decimal place(s).", nullptr, assetPrecision(limit.currency))
                    .arg(limit.currency)});
        } else {
            draft.amount = {*amount, limit.currency};
        }
    }
    if (m_payment.gateway == Gateway::CryptoCom)
        draft.reason = m_reasonCombo->currentData().toString();
    else if (m_payment.gateway == Gateway::BucksBus)
        draft.reason = m_note->text().trimmed();
    if (refundsToAddress()) {
        draft.address = m_address->text().trimmed();
        if (draft.address.isEmpty())
            found.append({u"address"_s, tr("Enter the payer's address to refund to.")});
        else if (draft.address.contains(u' '))
            found.append({u"address"_s, tr("An address has no spaces.")});
    }
    if (m_payment.gateway == Gateway::Cryptomus) {
        draft.feeFromRefund = m_feeFromRefund->isChecked();
        draft.amount = {}; // Cryptomus takes no amount: the whole payment goes back
    }
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return std::nullopt;
    return draft;
}

QString RefundDialog::confirmationText(const RefundDraft& draft) const
{
    const QString order = m_payment.orderId.isEmpty() ? m_payment.id : m_payment.orderId;
    const QString account = m_accountName.isEmpty() ? m_payment.accountId : m_accountName;
    QStringList lines;
    switch (m_payment.gateway) {
    case Gateway::CryptoCom:
        lines << tr("Refund %1 of payment %2 (account %3) to the payer's Crypto.com account.")
                     .arg(PaymentText::money(draft.amount), order, account);
        lines << tr("Reason: %1.").arg(m_reasonCombo->currentText());
        break;
    case Gateway::BucksBus:
        lines << tr("Send %1 from account %2 to the address %3, as the refund of payment %4.")
                     .arg(PaymentText::money(draft.amount), account, draft.address, order);
        if (!m_payment.network.isEmpty())
            lines << tr("Network: %1.").arg(m_payment.network);
        if (!draft.reason.isEmpty())
            lines << tr("Note: %1").arg(draft.reason);
        break;
    case Gateway::Cryptomus:
        lines << tr("Refund the whole payment %1 (%2, account %3) to the address %4.")
                     .arg(order, PaymentText::money(refundable()), account, draft.address);
        if (!m_payment.network.isEmpty())
            lines << tr("Network: %1.").arg(m_payment.network);
        lines << (draft.feeFromRefund ? tr("The network fee is taken from the refund: the payer receives less.")
                                      : tr("The merchant balance pays the network fee."));
        break;
    case Gateway::CryptoProcessing:
        lines << tr("Refund %1 of payment %2 (account %3).").arg(PaymentText::money(draft.amount), order, account);
        break;
    }
    lines << tr("Reference: %1").arg(draft.idempotencyKey);
    return lines.join(u'\n');
}

void RefundDialog::showProblems(const QList<std::pair<QString, QString>>& problems)
{
    m_amountProblem->hide();
    m_addressProblem->hide();
    for (const auto& [field, message] : problems) {
        QLabel* label = field == u"address"_s ? m_addressProblem : m_amountProblem;
        if (label->isHidden()) {
            label->setText(message);
            label->show();
        }
    }
}

void RefundDialog::review()
{
    m_banner->clear();
    QList<std::pair<QString, QString>> problems;
    const auto made = draft(&problems);
    showProblems(problems);
    if (!made)
        return;
    m_confirmText->setText(confirmationText(*made));
    m_steps->setCurrentIndex(ConfirmStep);
    updateForm();
}

void RefundDialog::send()
{
    const auto made = draft();
    if (!made || m_sending)
        return;
    m_sending = true;
    m_banner->clear();
    m_next->setEnabled(false);
    m_back->setEnabled(false);
    m_next->setText(tr("Sending…"));
    m_actions.createRefund(m_payment.accountId, *made, this, [this](const Result<Refund>& result) {
        m_sending = false;
        m_back->setEnabled(true);
        if (!result.ok()) {
            m_banner->showError(result.error(), m_accountName);
            const ProviderError& error = result.error();
            if (error.kind == ProviderError::Kind::Validation) {
                showProblems({{error.field == u"address"_s ? u"address"_s : u"amount"_s,
                    ProviderErrorText::summary(error, m_accountName)}});
            }
            m_steps->setCurrentIndex(FormStep);
            updateForm();
            return;
        }
        const Refund& refund = result.value();
        m_resultText->setText(
            tr("Refund %1 of %2 was created. Status: %3.\nIt is listed on the Refunds page.")
                .arg(refund.id, PaymentText::money(refund.amount), StatusText::transfer(refund.status)));
        m_steps->setCurrentIndex(ResultStep);
        updateForm();
        Q_EMIT refundCreated(refund);
    });
}

} // namespace paydesk
