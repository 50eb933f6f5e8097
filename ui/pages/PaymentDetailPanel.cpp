#include "ui/pages/PaymentDetailPanel.h"

#include "core/domain/BlockExplorer.h"
#include "core/domain/GatewayCapabilities.h"
#include "core/ledger/Ledger.h"
#include "core/qr/InvoiceQr.h"
#include "models/StatusText.h"
#include "ui/GatewayActions.h"
#include "ui/pages/PaymentText.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/QrCodeView.h"
#include "ui/widgets/WrapAnywhereLabel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString orNone(const QString& text)
{
    return text.isEmpty() ? PaymentText::none() : text;
}

} // namespace

PaymentDetailPanel::PaymentDetailPanel(const Ledger& ledger, GatewayActions& actions, QWidget* parent)
    : QScrollArea(parent)
    , m_ledger(ledger)
    , m_actions(actions)
    , m_content(new QWidget(this))
    , m_placeholder(new QLabel(tr("Select a payment to see its details."), m_content))
    , m_body(new QWidget(m_content))
    , m_title(new WrapAnywhereLabel(m_body))
    , m_banner(new ErrorBanner(m_body))
    , m_notice(new WrapAnywhereLabel(m_body))
    , m_form(new QGridLayout)
    , m_qr(new QrCodeView(m_body))
    , m_url(new WrapAnywhereLabel(m_body))
    , m_copyUrl(new QPushButton(tr("Copy URL"), m_body))
    , m_openUrl(new QPushButton(tr("Open"), m_body))
    , m_copyId(new QPushButton(tr("Copy id"), m_body))
    , m_copyOrderId(new QPushButton(tr("Copy order id"), m_body))
    , m_copyAddress(new QPushButton(tr("Copy address"), m_body))
    , m_showAddress(new QPushButton(tr("Show address"), m_body))
    , m_printInvoice(new QPushButton(tr("Print Invoice…"), m_body))
    , m_saveInvoicePdf(new QPushButton(tr("Save Invoice as PDF…"), m_body))
    , m_refresh(new QPushButton(tr("Refresh"), m_body))
    , m_cancel(new QPushButton(tr("Cancel invoice"), m_body))
    , m_refund(new QPushButton(tr("Refund…"), m_body))
    , m_cancelConfirm(new QFrame(m_body))
    , m_txNote(new QLabel(m_body))
    , m_txs(new QTreeWidget(m_body))
    , m_refundsNote(new QLabel(m_body))
    , m_refunds(new QTreeWidget(m_body))
    , m_rawToggle(new QToolButton(m_body))
    , m_raw(new QPlainTextEdit(m_body))
{
    setObjectName(u"paymentDetailPanel"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(340);

    m_placeholder->setObjectName(u"detailPlaceholderLabel"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_title->setObjectName(u"detailTitleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_banner->setObjectName(u"detailErrorBanner"_s);
    m_notice->setObjectName(u"detailNoticeLabel"_s);
    m_notice->hide();

    // Actions.
    m_refresh->setObjectName(u"refreshPushButton"_s);
    m_cancel->setObjectName(u"cancelInvoicePushButton"_s);
    m_refund->setObjectName(u"refundPushButton"_s);
    connect(m_refresh, &QPushButton::clicked, this, &PaymentDetailPanel::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelConfirm->show();
        m_cancel->setEnabled(false);
    });
    connect(m_refund, &QPushButton::clicked, this, [this] { Q_EMIT refundRequested(m_payment); });
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_refresh);
    actionRow->addWidget(m_cancel);
    actionRow->addWidget(m_refund);
    actionRow->addStretch(1);

    // Inline confirmation for cancelling (no modal box, no nested loop).
    m_cancelConfirm->setObjectName(u"cancelConfirmFrame"_s);
    m_cancelConfirm->setFrameShape(QFrame::StyledPanel);
    auto* confirmLabel = new QLabel(tr("Cancel this invoice? The payer can no longer pay it."), m_cancelConfirm);
    confirmLabel->setWordWrap(true);
    auto* confirmYes = new QPushButton(tr("Cancel invoice"), m_cancelConfirm);
    confirmYes->setObjectName(u"confirmCancelPushButton"_s);
    auto* confirmNo = new QPushButton(tr("Keep it"), m_cancelConfirm);
    confirmNo->setObjectName(u"keepInvoicePushButton"_s);
    auto* confirmLayout = new QHBoxLayout(m_cancelConfirm);
    confirmLayout->addWidget(confirmLabel, 1);
    confirmLayout->addWidget(confirmYes);
    confirmLayout->addWidget(confirmNo);
    m_cancelConfirm->hide();
    connect(confirmNo, &QPushButton::clicked, this, [this] {
        m_cancelConfirm->hide();
        updateActions();
    });
    connect(confirmYes, &QPushButton::clicked, this, [this] {
        m_cancelConfirm->hide();
        m_banner->clear();
        m_cancel->setEnabled(false);
        const quint64 generation = m_generation;
        m_actions.cancelInvoice(m_payment, this, [this, generation](const Result<Payment>& result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_banner->showError(result.error(), m_accountNames.value(m_payment.accountId));
                updateActions();
                return;
            }
            setPayment(result.value());
        });
    });

    // Fields.
    addField(u"accountValueLabel"_s, tr("Account"));
    addField(u"gatewayValueLabel"_s, tr("Gateway"));
    addField(u"statusValueLabel"_s, tr("Status"));
    addField(u"amountValueLabel"_s, tr("Amount"));
    addField(u"payAmountValueLabel"_s, tr("Pay amount"));
    addField(u"networkValueLabel"_s, tr("Network"));
    addField(u"paidValueLabel"_s, tr("Paid"));
    addField(u"refundedValueLabel"_s, tr("Refunded"));
    addField(u"orderIdValueLabel"_s, tr("Order id"));
    addField(u"descriptionValueLabel"_s, tr("Description"));
    // Long unbreakable values (ids, addresses) wrap inside the word: whole on screen, without widening the panel.
    addField(u"idValueLabel"_s, tr("Payment id"));
    addField(u"addressValueLabel"_s, tr("Address"));
    addField(u"payerEmailValueLabel"_s, tr("Payer e-mail"));
    addField(u"createdValueLabel"_s, tr("Created"));
    addField(u"updatedValueLabel"_s, tr("Updated"));
    addField(u"expiresValueLabel"_s, tr("Expires"));
    addField(u"modeValueLabel"_s, tr("Mode"));

    // QR and URL.
    m_qr->setObjectName(u"paymentQrCodeView"_s);
    m_qr->setMinimumSize(180, 180);
    m_qr->setMaximumSize(260, 260);
    m_url->setObjectName(u"paymentUrlLabel"_s);
    m_copyUrl->setObjectName(u"copyUrlPushButton"_s);
    m_openUrl->setObjectName(u"openUrlPushButton"_s);
    m_copyId->setObjectName(u"copyIdPushButton"_s);
    m_copyOrderId->setObjectName(u"copyOrderIdPushButton"_s);
    m_copyAddress->setObjectName(u"copyAddressPushButton"_s);
    connect(m_copyUrl, &QPushButton::clicked, this, [this] { copyText(m_payment.paymentUrl, tr("Payment URL")); });
    connect(m_openUrl, &QPushButton::clicked, this, [this] {
        const QUrl url(m_payment.paymentUrl);
        if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
            QDesktopServices::openUrl(url);
    });
    connect(m_copyId, &QPushButton::clicked, this, [this] { copyText(m_payment.id, tr("Payment id")); });
    connect(m_copyOrderId, &QPushButton::clicked, this, [this] { copyText(m_payment.orderId, tr("Order id")); });
    connect(m_copyAddress, &QPushButton::clicked, this, [this] { copyText(m_payment.address, tr("Address")); });
    m_showAddress->setObjectName(u"showAddressPushButton"_s);
    m_showAddress->setToolTip(tr("A deposit to a dedicated address: show the address with all its deposits"));
    connect(m_showAddress, &QPushButton::clicked, this,
        [this] { Q_EMIT addressRequested(m_payment.accountId, m_payment.addressId); });
    auto* urlButtons = new QHBoxLayout;
    urlButtons->addWidget(m_copyUrl);
    urlButtons->addWidget(m_openUrl);
    urlButtons->addStretch(1);
    m_printInvoice->setObjectName(u"printInvoicePushButton"_s);
    m_printInvoice->setToolTip(tr("Print the invoice with its QR code"));
    m_saveInvoicePdf->setObjectName(u"saveInvoicePdfPushButton"_s);
    m_saveInvoicePdf->setToolTip(tr("Save the invoice with its QR code as a PDF file"));
    connect(m_printInvoice, &QPushButton::clicked, this, &PaymentDetailPanel::printInvoice);
    connect(m_saveInvoicePdf, &QPushButton::clicked, this, &PaymentDetailPanel::chooseInvoicePdf);
    auto* printButtons = new QHBoxLayout;
    printButtons->addWidget(m_printInvoice);
    printButtons->addWidget(m_saveInvoicePdf);
    printButtons->addStretch(1);
    auto* copyButtons = new QHBoxLayout;
    copyButtons->addWidget(m_copyId);
    copyButtons->addWidget(m_copyOrderId);
    copyButtons->addWidget(m_copyAddress);
    copyButtons->addWidget(m_showAddress);
    copyButtons->addStretch(1);

    // Transactions and refunds.
    m_txNote->setObjectName(u"transactionsNoteLabel"_s);
    m_txNote->setWordWrap(true);
    m_txNote->setTextFormat(Qt::PlainText);
    m_txs->setObjectName(u"transactionsTreeWidget"_s);
    m_txs->setRootIsDecorated(false);
    m_txs->setHeaderLabels({tr("Time"), tr("Amount"), tr("Confirmations"), tr("Hash")});
    m_txs->setMaximumHeight(140);
    m_txs->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copyHash = new QAction(tr("Copy transaction hash"), m_txs);
    connect(copyHash, &QAction::triggered, this, [this] {
        if (const QTreeWidgetItem* item = m_txs->currentItem())
            copyText(item->text(3), tr("Transaction hash"));
    });
    m_txs->addAction(copyHash);
    auto* openExplorer = new QAction(tr("Open in block explorer"), m_txs);
    openExplorer->setObjectName(u"openExplorerAction"_s);
    const auto openCurrent = [this] {
        if (const QTreeWidgetItem* item = m_txs->currentItem()) {
            const QUrl url = item->data(3, Qt::UserRole).toUrl();
            if (url.isValid())
                QDesktopServices::openUrl(url);
        }
    };
    connect(openExplorer, &QAction::triggered, this, openCurrent);
    connect(m_txs, &QTreeWidget::itemActivated, this, openCurrent);
    m_txs->addAction(openExplorer);
    m_refundsNote->setObjectName(u"refundsNoteLabel"_s);
    m_refundsNote->setWordWrap(true);
    m_refunds->setObjectName(u"paymentRefundsTreeWidget"_s);
    m_refunds->setRootIsDecorated(false);
    m_refunds->setHeaderLabels({tr("Created"), tr("Amount"), tr("Status"), tr("Reason"), tr("Id")});
    m_refunds->setMaximumHeight(120);

    // Raw JSON, collapsed.
    m_rawToggle->setObjectName(u"rawJsonToolButton"_s);
    m_rawToggle->setText(tr("Raw JSON"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setArrowType(Qt::RightArrow);
    m_rawToggle->setAutoRaise(true);
    m_raw->setObjectName(u"rawJsonPlainTextEdit"_s);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setMinimumHeight(160);
    m_raw->hide();
    connect(m_rawToggle, &QToolButton::toggled, this, [this](bool open) {
        m_rawToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_raw->setVisible(open);
    });

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_title);
    body->addWidget(m_banner);
    body->addWidget(m_notice);
    body->addLayout(actionRow);
    body->addWidget(m_cancelConfirm);
    body->addLayout(m_form);
    body->addLayout(copyButtons);
    body->addWidget(heading(tr("Payment page"), m_body));
    body->addWidget(m_qr, 0, Qt::AlignHCenter);
    body->addWidget(m_url);
    body->addLayout(urlButtons);
    body->addLayout(printButtons);
    body->addWidget(heading(tr("Blockchain transactions"), m_body));
    body->addWidget(m_txNote);
    body->addWidget(m_txs);
    body->addWidget(heading(tr("Refunds"), m_body));
    body->addWidget(m_refundsNote);
    body->addWidget(m_refunds);
    body->addWidget(m_rawToggle);
    body->addWidget(m_raw);
    body->addStretch(1);

    auto* content = new QVBoxLayout(m_content);
    content->addWidget(m_placeholder, 1);
    content->addWidget(m_body);
    setWidget(m_content);
    clear();
}

PaymentDetailPanel::~PaymentDetailPanel() = default;

WrapAnywhereLabel* PaymentDetailPanel::addField(const QString& objectName, const QString& label)
{
    auto* value = new WrapAnywhereLabel(m_body);
    value->setObjectName(objectName);
    // A grid, not a QFormLayout: Qt 6.4's form squeezes wrapped rows together in a resizable scroll area.
    const int row = int(m_fields.size());
    auto* title = new QLabel(label, m_body);
    title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->addWidget(title, row, 0, Qt::AlignTop);
    m_form->addWidget(value, row, 1);
    m_form->setColumnStretch(1, 1);
    m_fields.insert(objectName, value);
    return value;
}

void PaymentDetailPanel::setAccountNames(const QHash<QString, QString>& names)
{
    m_accountNames = names;
    if (m_hasPayment)
        fillFields();
}

void PaymentDetailPanel::setPayment(const Payment& payment)
{
    const bool other = !m_hasPayment || payment.accountId != m_payment.accountId || payment.id != m_payment.id;
    m_payment = payment;
    m_hasPayment = true;
    if (other) {
        ++m_generation;
        m_banner->clear();
        m_notice->hide();
        m_cancelConfirm->hide();
        m_rawToggle->setChecked(false);
    }
    m_placeholder->hide();
    m_body->show();
    fillFields();
    updateActions();
    if (other) {
        reloadRefunds();
        fetchTransactions();
    }
}

void PaymentDetailPanel::clear()
{
    ++m_generation;
    m_hasPayment = false;
    m_payment = {};
    m_body->hide();
    m_placeholder->show();
}

void PaymentDetailPanel::fillFields()
{
    const Payment& p = m_payment;
    const QString account = m_accountNames.value(p.accountId, p.accountId);
    m_title->setText(p.orderId.isEmpty() ? p.id : p.orderId);
    m_fields.value(u"accountValueLabel"_s)->setText(account);
    m_fields.value(u"gatewayValueLabel"_s)->setText(gatewayDisplayName(p.gateway));
    m_fields.value(u"statusValueLabel"_s)
        ->setText(p.rawStatus.isEmpty() ? StatusText::payment(p.status)
                                        : tr("%1 (gateway: %2)").arg(StatusText::payment(p.status), p.rawStatus));
    m_fields.value(u"amountValueLabel"_s)->setText(PaymentText::money(p.amount));
    m_fields.value(u"payAmountValueLabel"_s)->setText(PaymentText::money(p.payAmount));
    m_fields.value(u"networkValueLabel"_s)->setText(orNone(p.network));
    m_fields.value(u"paidValueLabel"_s)->setText(PaymentText::money(p.paid));
    m_fields.value(u"refundedValueLabel"_s)->setText(PaymentText::money(p.refunded));
    m_fields.value(u"orderIdValueLabel"_s)->setText(orNone(p.orderId));
    m_fields.value(u"descriptionValueLabel"_s)->setText(orNone(p.description));
    m_fields.value(u"idValueLabel"_s)->setText(p.id);
    m_fields.value(u"addressValueLabel"_s)->setText(orNone(p.address));
    m_fields.value(u"payerEmailValueLabel"_s)->setText(orNone(p.payerEmail));
    m_fields.value(u"createdValueLabel"_s)->setText(PaymentText::dateTime(p.created));
    m_fields.value(u"updatedValueLabel"_s)->setText(PaymentText::dateTime(p.updated));
    m_fields.value(u"expiresValueLabel"_s)->setText(PaymentText::dateTime(p.expires));
    m_fields.value(u"modeValueLabel"_s)->setText(p.liveMode ? tr("Live") : tr("Test"));
    m_fields.value(u"statusValueLabel"_s)->setToolTip(p.rawStatus);

    m_qr->setText(invoiceQrText(p));
    m_qr->setVisible(m_qr->hasCode());
    m_url->setText(p.paymentUrl.isEmpty() ? tr("This payment has no hosted payment page.") : p.paymentUrl);
    m_copyUrl->setEnabled(!p.paymentUrl.isEmpty());
    m_openUrl->setEnabled(!p.paymentUrl.isEmpty());
    m_copyOrderId->setEnabled(!p.orderId.isEmpty());
    m_copyAddress->setEnabled(!p.address.isEmpty());
    m_showAddress->setVisible(!p.addressId.isEmpty());
    m_raw->setPlainText(QString::fromUtf8(p.rawJson));
}

void PaymentDetailPanel::updateActions()
{
    const auto setAction
        = [this](QPushButton* button, Capability capability, bool allowedNow, const QString& whyNotNow) {
              const QString reason = unsupportedReason(m_payment.gateway, capability);
              button->setEnabled(m_hasPayment && reason.isEmpty() && allowedNow);
              button->setToolTip(!reason.isEmpty() ? reason : (allowedNow ? QString() : whyNotNow));
          };
    const PaymentStatus status = m_payment.status;
    const bool cancellable = status == PaymentStatus::Pending;
    const bool refundable = status == PaymentStatus::Paid || status == PaymentStatus::Overpaid
        || status == PaymentStatus::PartiallyRefunded || status == PaymentStatus::Underpaid;
    setAction(m_refresh, Capability::GetInvoice, true, {});
    setAction(m_cancel, Capability::CancelInvoice, cancellable && m_cancelConfirm->isHidden(),
        tr("Only a pending invoice can be cancelled."));
    setAction(m_refund, Capability::Refund, refundable, tr("Only a paid payment can be refunded."));
}

void PaymentDetailPanel::refresh()
{
    if (!m_hasPayment || !hasCapability(m_payment.gateway, Capability::GetInvoice))
        return;
    m_banner->clear();
    m_refresh->setEnabled(false);
    const quint64 generation = m_generation;
    m_actions.refreshInvoice(m_payment, this, [this, generation](const Result<Payment>& result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_banner->showError(result.error(), m_accountNames.value(m_payment.accountId));
            updateActions();
            return;
        }
        setPayment(result.value());
        fetchTransactions();
    });
}

void PaymentDetailPanel::reloadRefunds()
{
    m_refunds->clear();
    if (!m_hasPayment)
        return;
    const auto refunds = m_ledger.refundsForPayment(m_payment.accountId, m_payment.id);
    if (!refunds.ok()) {
        m_refundsNote->setText(tr("The refunds could not be read from the ledger."));
        m_refundsNote->show();
        m_refunds->hide();
        return;
    }
    for (const Refund& refund : refunds.value()) {
        auto* item = new QTreeWidgetItem(m_refunds);
        item->setText(0, PaymentText::dateTime(refund.created));
        item->setText(1, PaymentText::money(refund.amount));
        item->setText(2, StatusText::transfer(refund.status));
        item->setToolTip(2, refund.rawStatus);
        item->setText(3, refund.reason);
        item->setText(4, refund.id);
    }
    const bool none = refunds.value().isEmpty();
    m_refundsNote->setText(tr("No refunds."));
    m_refundsNote->setVisible(none);
    m_refunds->setVisible(!none);
}

void PaymentDetailPanel::fetchTransactions()
{
    m_txs->clear();
    const QString reason = unsupportedReason(m_payment.gateway, Capability::BlockchainTransactions);
    if (!reason.isEmpty()) {
        m_txNote->setText(reason);
        m_txNote->show();
        m_txs->hide();
        return;
    }
    // What the ledger knows at once; the gateway's answer replaces it.
    const auto known = m_ledger.blockchainTxsForPayment(m_payment.accountId, m_payment.id);
    showTransactions(known.ok() ? known.value() : QList<BlockchainTx>{});
    m_txNote->setText(tr("Asking the gateway…"));
    m_txNote->setVisible(m_txs->topLevelItemCount() == 0);
    const quint64 generation = m_generation;
    m_actions.fetchTransactions(m_payment, this, [this, generation](const Result<QList<BlockchainTx>>& result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_txNote->setText(tr("The transactions could not be fetched: %1").arg(result.error().message));
            m_txNote->show();
            return;
        }
        showTransactions(result.value());
    });
}

void PaymentDetailPanel::showTransactions(const QList<BlockchainTx>& txs)
{
    m_txs->clear();
    for (const BlockchainTx& tx : txs) {
        auto* item = new QTreeWidgetItem(m_txs);
        item->setText(0, PaymentText::dateTime(tx.time));
        item->setText(1, PaymentText::money(tx.amount));
        item->setText(2, QLocale().toString(tx.confirmations));
        item->setText(3, tx.txHash);
        // The explorer of the transaction's chain (from the network, else the asset); opened on activation.
        const QUrl explorer = blockExplorerTransactionUrl(tx.network, tx.amount.currency, tx.txHash);
        item->setData(3, Qt::UserRole, explorer);
        item->setToolTip(
            3, explorer.isValid() ? tr("%1\nDouble-click to open %2").arg(tx.txHash, explorer.host()) : tx.txHash);
    }
    m_txNote->setText(tr("No transactions yet."));
    m_txNote->setVisible(txs.isEmpty());
    m_txs->setVisible(!txs.isEmpty());
}

void PaymentDetailPanel::copyText(const QString& text, const QString& what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_notice->setText(tr("%1 copied.").arg(what));
    m_notice->show();
}

InvoiceSheet PaymentDetailPanel::invoiceSheet() const
{
    return InvoiceSheet(m_payment, m_accountNames.value(m_payment.accountId, m_payment.accountId));
}

bool PaymentDetailPanel::saveInvoicePdf(const QString& path)
{
    if (!m_hasPayment)
        return false;
    // The paper the user last printed on, else A4.
    const QPageSize pageSize = m_printer ? m_printer->pageLayout().pageSize() : QPageSize(QPageSize::A4);
    QString error;
    if (!invoiceSheet().writePdf(path, &error, pageSize)) {
        m_banner->showMessage(tr("The invoice could not be saved."), error);
        return false;
    }
    m_notice->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    m_notice->show();
    return true;
}

void PaymentDetailPanel::printInvoice()
{
    if (!m_hasPayment)
        return;
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    PrintSheet::print(std::make_shared<InvoiceSheet>(invoiceSheet()), m_printer.get(), this);
}

void PaymentDetailPanel::chooseInvoicePdf()
{
    if (!m_hasPayment)
        return;
    auto* dialog = new QFileDialog(this, tr("Save Invoice as PDF"));
    dialog->setObjectName(u"saveInvoicePdfFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(u"pdf"_s);
    dialog->selectFile((m_payment.orderId.isEmpty() ? m_payment.id : m_payment.orderId) + u".pdf"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { saveInvoicePdf(path); });
    dialog->open();
}

} // namespace paydesk
