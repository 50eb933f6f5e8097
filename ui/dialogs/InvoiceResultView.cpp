#include "ui/dialogs/InvoiceResultView.h"

#include "core/qr/InvoiceQr.h"
#include "models/QrImage.h"
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
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

constexpr int kImagePixels = 600;

} // namespace

InvoiceResultView::InvoiceResultView(GatewayActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_title(new WrapAnywhereLabel(this))
    , m_amount(new WrapAnywhereLabel(this))
    , m_status(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_qr(new QrCodeView(this))
    , m_url(new WrapAnywhereLabel(this))
    , m_notice(new WrapAnywhereLabel(this))
    , m_copyUrl(new QPushButton(tr("Copy URL"), this))
    , m_openUrl(new QPushButton(tr("Open payment page"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"invoiceResultView"_s);
    // The headline, the amount ("15.00 USD (pay 15.00000000 USDT.TRC20)") and the URL wrap, inside a word where
    // they must: never cut.
    m_title->setObjectName(u"invoiceTitleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_amount->setObjectName(u"invoiceAmountLabel"_s);
    QFont amountFont = m_amount->font();
    amountFont.setPointSizeF(amountFont.pointSizeF() * 1.8);
    m_amount->setFont(amountFont);
    m_status->setObjectName(u"invoiceStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_banner->setObjectName(u"invoiceResultErrorBanner"_s);
    m_qr->setObjectName(u"invoiceQrCodeView"_s);
    m_qr->setMinimumSize(300, 300);
    m_url->setObjectName(u"invoiceUrlLabel"_s);
    m_notice->setObjectName(u"invoiceNoticeLabel"_s);

    m_copyUrl->setObjectName(u"copyUrlPushButton"_s);
    m_openUrl->setObjectName(u"openUrlPushButton"_s);
    auto* copyImage = new QPushButton(tr("Copy QR image"), this);
    copyImage->setObjectName(u"copyQrImagePushButton"_s);
    auto* savePngButton = new QPushButton(tr("Save PNG…"), this);
    savePngButton->setObjectName(u"savePngPushButton"_s);
    auto* savePdfButton = new QPushButton(tr("Save PDF…"), this);
    savePdfButton->setObjectName(u"savePdfPushButton"_s);
    auto* printButton = new QPushButton(tr("Print…"), this);
    printButton->setObjectName(u"printPushButton"_s);

    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_payment.paymentUrl);
        m_notice->setText(tr("Payment URL copied."));
    });
    connect(m_openUrl, &QPushButton::clicked, this, [this] {
        const QUrl url(m_payment.paymentUrl);
        if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
            QDesktopServices::openUrl(url);
    });
    connect(copyImage, &QPushButton::clicked, this, [this] {
        const QImage image = m_qr->image(kImagePixels);
        if (image.isNull())
            return;
        QGuiApplication::clipboard()->setImage(image);
        m_notice->setText(tr("QR image copied."));
    });
    connect(savePngButton, &QPushButton::clicked, this, [this] {
        saveFile(
            tr("Save QR code"), tr("PNG images (*.png)"), u"png"_s, [this](const QString& path) { savePng(path); });
    });
    connect(savePdfButton, &QPushButton::clicked, this, [this] {
        saveFile(
            tr("Save invoice"), tr("PDF documents (*.pdf)"), u"pdf"_s, [this](const QString& path) { savePdf(path); });
    });
    connect(printButton, &QPushButton::clicked, this, &InvoiceResultView::print);

    m_timer->setObjectName(u"invoicePollTimer"_s);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &InvoiceResultView::poll);

    auto* side = new QVBoxLayout;
    side->addWidget(m_title);
    side->addWidget(m_amount);
    side->addWidget(m_status);
    side->addWidget(m_banner);
    side->addSpacing(8);
    side->addWidget(new QLabel(tr("Payment page:"), this));
    side->addWidget(m_url);
    auto* urlButtons = new QHBoxLayout;
    urlButtons->addWidget(m_copyUrl);
    urlButtons->addWidget(m_openUrl);
    urlButtons->addStretch(1);
    side->addLayout(urlButtons);
    side->addSpacing(8);
    auto* fileButtons = new QGridLayout;
    fileButtons->addWidget(copyImage, 0, 0);
    fileButtons->addWidget(savePngButton, 0, 1);
    fileButtons->addWidget(savePdfButton, 1, 0);
    fileButtons->addWidget(printButton, 1, 1);
    side->addLayout(fileButtons);
    side->addWidget(m_notice);
    side->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_qr, 3);
    layout->addLayout(side, 2);
}

InvoiceResultView::~InvoiceResultView() = default;

void InvoiceResultView::setPayment(const Payment& payment, const QString& accountName)
{
    ++m_generation;
    m_payment = payment;
    m_accountName = accountName;
    m_paidEmitted = false;
    m_polling = false;
    m_banner->clear();
    m_notice->clear();
    showPayment();
    if (isFinal(payment.status))
        m_timer->stop();
    else
        m_timer->start(m_pollInterval);
}

bool InvoiceResultView::isFollowing() const
{
    return m_timer->isActive() || m_polling;
}

void InvoiceResultView::stopFollowing()
{
    ++m_generation;
    m_polling = false;
    m_timer->stop();
}

void InvoiceResultView::setPollInterval(int milliseconds)
{
    m_pollInterval = milliseconds;
    if (m_timer->isActive())
        m_timer->start(m_pollInterval);
}

void InvoiceResultView::showPayment()
{
    const Payment& p = m_payment;
    m_title->setText(tr("Invoice %1").arg(p.orderId.isEmpty() ? p.id : p.orderId));
    QString amount = PaymentText::money(p.amount);
    if (p.payAmount.isValid() && p.payAmount != p.amount)
        amount = tr("%1 (pay %2)").arg(amount, PaymentText::money(p.payAmount));
    m_amount->setText(amount);
    QString status = tr("Status: %1").arg(StatusText::payment(p.status));
    if (p.expires.isValid() && !isFinal(p.status))
        status += u'\n' + tr("Expires %1").arg(PaymentText::dateTime(p.expires));
    if (!isFinal(p.status))
        status += u'\n' + tr("Waiting for the payment; this updates by itself.");
    m_status->setText(status);
    m_status->setToolTip(p.rawStatus);
    m_qr->setText(invoiceQrText(p));
    m_url->setText(p.paymentUrl.isEmpty() ? tr("This invoice has no hosted payment page.") : p.paymentUrl);
    m_copyUrl->setEnabled(!p.paymentUrl.isEmpty());
    m_openUrl->setEnabled(!p.paymentUrl.isEmpty());
}

void InvoiceResultView::poll()
{
    if (m_polling)
        return;
    m_polling = true;
    const quint64 generation = m_generation;
    m_actions.refreshInvoice(m_payment, this, [this, generation](const Result<Payment>& result) {
        if (generation != m_generation)
            return;
        m_polling = false;
        if (!result.ok()) {
            m_banner->showError(result.error(), m_accountName);
            if (result.error().isTransient())
                m_timer->start(m_pollInterval * 2);
            return;
        }
        m_banner->clear();
        const bool changed = result.value().status != m_payment.status;
        m_payment = result.value();
        showPayment();
        if (changed)
            Q_EMIT statusChanged(m_payment);
        const bool isPaid = m_payment.status == PaymentStatus::Paid || m_payment.status == PaymentStatus::Overpaid;
        if (isPaid && !m_paidEmitted) {
            m_paidEmitted = true;
            Q_EMIT paid(m_payment);
        }
        if (!isFinal(m_payment.status))
            m_timer->start(m_pollInterval);
    });
}

void InvoiceResultView::saveFile(const QString& title, const QString& filter, const QString& suffix,
    const std::function<void(const QString&)>& write)
{
    auto* dialog = new QFileDialog(this, title);
    dialog->setObjectName(u"saveFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(filter);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile((m_payment.orderId.isEmpty() ? m_payment.id : m_payment.orderId) + u'.' + suffix);
    connect(dialog, &QFileDialog::fileSelected, this, write);
    dialog->open();
}

void InvoiceResultView::savePng(const QString& path)
{
    QString error;
    if (QrImage::savePng(m_qr->image(kImagePixels), path, &error))
        m_notice->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_banner->showMessage(tr("The QR code could not be saved."), error);
}

InvoiceSheet InvoiceResultView::invoiceSheet() const
{
    return InvoiceSheet(m_payment, m_merchantName.isEmpty() ? m_accountName : m_merchantName);
}

bool InvoiceResultView::savePdf(const QString& path)
{
    // The paper the user last printed on, else A4.
    const QPageSize pageSize = m_printer ? m_printer->pageLayout().pageSize() : QPageSize(QPageSize::A4);
    QString error;
    if (!invoiceSheet().writePdf(path, &error, pageSize)) {
        m_banner->showMessage(tr("The invoice could not be saved."), error);
        return false;
    }
    m_notice->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void InvoiceResultView::print()
{
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    PrintSheet::print(std::make_shared<InvoiceSheet>(invoiceSheet()), m_printer.get(), this);
}

} // namespace paydesk
