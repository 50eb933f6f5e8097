#pragma once

#include "core/Decimal.h"
#include "core/export/CsvDialect.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace paydesk {

// Writes RFC 4180 CSV to a QIODevice: UTF-8, CRLF after every row, a field is put in double quotes when it holds the
// separator, a quote, CR or LF, and quotes inside are doubled. Optional UTF-8 BOM and ';' separator (CsvDialect).
//
// Cells are typed so that a spreadsheet cannot be made to run a formula (CSV / formula injection):
//  - addText(): a text beginning with '=', '+', '-', '@', tab or CR is neutralised by a leading single quote
//    ("=HYPERLINK(...)" is written as "'=HYPERLINK(...)", "-cmd" as "'-cmd");
//  - addNumber(): a Decimal, written plain in canonical form ("-5.00"), never neutralised, so spreadsheets can sum it;
//  - addEmpty(): an empty field.
//
// Output is buffered; call finish() after the last row (the destructor does not write). Write errors are sticky:
// after the first one every call is a no-op and hasError() / errorString() say what happened.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice* device, CsvDialect dialect = {});
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void addText(QStringView text);
    void addNumber(const Decimal& number);
    void addEmpty();
    // Ends the current row (CRLF). Returns false after a write error.
    bool endRow();
    // A whole row of text cells (a header).
    bool writeTextRow(const QStringList& texts);
    // Writes what is still buffered to the device. Returns false after a write error.
    bool finish();

    bool hasError() const { return m_failed; }
    QString errorString() const { return m_errorString; }
    qint64 rowCount() const { return m_rows; }
    const CsvDialect& dialect() const { return m_dialect; }

    // True when a text cell would be neutralised: it begins with '=', '+', '-', '@', tab or CR.
    static bool needsNeutralising(QStringView text);
    // The field exactly as addText() writes it (neutralised, then quoted if needed), without the separator.
    static QString textField(QStringView text, CsvDialect dialect = {});

private:
    void beginField();
    bool flushBuffer();

    QIODevice* m_device = nullptr;
    CsvDialect m_dialect;
    QString m_row; // the current row as text, converted to UTF-8 at endRow()
    QByteArray m_buffer; // UTF-8 waiting to be written
    qint64 m_rows = 0;
    bool m_rowHasField = false;
    bool m_failed = false;
    QString m_errorString;
};

} // namespace paydesk
