#pragma once

#include "core/domain/Payment.h"
#include "ui/print/PrintSheet.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QTimeZone>

namespace paydesk {

// The printable invoice (PRODUCT.md "New invoice": print or save the invoice, PDF with QR) on one page: the
// merchant's name, the amount due (exact, in the locale's format) and what the payer sends in crypto when it
// differs, the description, a large QR code of invoiceQrText(payment) drawn as vector modules with its quiet zone,
// the payment page URL as text, and a table of the order id, invoice id, gateway, status, created and expiry
// times (in the locale's format with the time zone), deposit address and network, and a test-mode mark.
class InvoiceSheet final : public PrintSheet
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceSheet)

public:
    // merchantName: the account's display name unless the caller has a better one.
    InvoiceSheet(const Payment& payment, const QString& merchantName, const QLocale& locale = QLocale(),
        const QTimeZone& timeZone = QTimeZone::systemTimeZone());

    int pageCount() const override { return 1; }
    QString documentTitle() const override;
    void paintPage(QPainter& painter, const QRectF& area, int page) const override;

    const Payment& payment() const { return m_payment; }
    QString merchantName() const { return m_merchantName; }
    // What the QR code carries (invoiceQrText); empty when the invoice has nothing to scan.
    QString qrText() const;
    // The amount due as printed ("1,234.50 USD").
    QString amountText() const;
    // The (label, value) rows of the details table, in order.
    QList<QPair<QString, QString>> detailRows() const;
    // `time` in the sheet's locale and time zone with the zone's name ("21/11/2026 14:05 CET"); "—" when invalid.
    QString dateTimeText(const QDateTime& time) const;

private:
    Payment m_payment;
    QString m_merchantName;
    QLocale m_locale;
    QTimeZone m_timeZone;
};

} // namespace paydesk
