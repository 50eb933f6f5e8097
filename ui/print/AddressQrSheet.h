#pragma once

#include "core/domain/DedicatedAddress.h"
#include "ui/print/PrintSheet.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>

namespace paydesk {

// A sheet of QR codes for dedicated deposit addresses (PRODUCT.md "Addresses": QR per address), to print and hand
// out or pin up: a grid of cells (2 columns × 3 rows per page unless set otherwise), each with the currency and
// network, the label, a QR code of the bare address drawn as vector modules with its quiet zone, the address in a
// fixed-pitch font (wrapped anywhere), the memo / tag when the network needs one (shown, never encoded, as on the
// Addresses page) and the customer reference; as many pages as the addresses need, each headed by the title and
// "Page n of m".
class AddressQrSheet final : public PrintSheet
{
    Q_DECLARE_TR_FUNCTIONS(AddressQrSheet)

public:
    explicit AddressQrSheet(const QList<DedicatedAddress>& addresses, const QString& title = QString());

    // Cells per row and rows per page (each at least 1).
    void setGrid(int columns, int rows);
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    int addressesPerPage() const { return m_columns * m_rows; }

    int pageCount() const override;
    QString documentTitle() const override;
    void paintPage(QPainter& painter, const QRectF& area, int page) const override;

    const QList<DedicatedAddress>& addresses() const { return m_addresses; }
    // What an address's QR code carries: the bare address (a static address takes any amount; the memo is not
    // part of it).
    static QString qrText(const DedicatedAddress& address);
    // The cell's heading: "USDT on tron", or the currency alone.
    static QString assetText(const DedicatedAddress& address);

private:
    struct CellFonts
    {
        QFont heading;
        QFont label;
        QFont address;
        QFont memo;
    };
    static CellFonts cellFonts();
    static QString memoText(const DedicatedAddress& address);
    static QString referenceText(const DedicatedAddress& address);
    // The heading and label lines above the code, and the text under it, in device pixels.
    qreal headHeight(const QPainter& painter) const;
    qreal tailHeight(const QPainter& painter, qreal width, const DedicatedAddress& address) const;
    // One cell: its frame, the text, the code in a `box` square (quiet zone included); `contentHeight` is the
    // page's tallest content, centred in the cell.
    void paintCell(
        QPainter& painter, const QRectF& cell, const DedicatedAddress& address, qreal box, qreal contentHeight) const;

    QList<DedicatedAddress> m_addresses;
    QString m_title;
    int m_columns = 2;
    int m_rows = 3;
};

} // namespace paydesk
