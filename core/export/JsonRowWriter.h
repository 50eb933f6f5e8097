#pragma once

#include "core/export/ExportValue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace paydesk {

// Streams a JSON array of objects to a QIODevice, one object per line, keys in the order given (the CSV header), so
// a million rows never sit in memory as a QJsonDocument:
//
//   [
//   {"created_utc":"2024-03-01T10:15:30Z","amount":"15.00",...},
//   {...}
//   ]
//
// UTF-8 without BOM; strings escaped per RFC 8259 (quote, backslash and control characters; other characters are
// written as UTF-8). Numbers are written as strings to stay exact; Empty is null. Call finish() after the last row.
class JsonRowWriter final
{
public:
    JsonRowWriter(QIODevice* device, const QStringList& keys);
    JsonRowWriter(const JsonRowWriter&) = delete;
    JsonRowWriter& operator=(const JsonRowWriter&) = delete;

    // One object; the row has one value per key.
    bool writeRow(const ExportRow& row);
    // Closes the array and writes what is still buffered. Returns false after a write error.
    bool finish();

    bool hasError() const { return m_failed; }
    QString errorString() const { return m_errorString; }
    qint64 rowCount() const { return m_rows; }

    // "text" with JSON escapes, quotes included.
    static QString quoted(QStringView text);

private:
    bool flushBuffer();

    QIODevice* m_device = nullptr;
    QStringList m_keyPrefixes; // `"key":` per column, escaped once
    QString m_line;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_failed = false;
    QString m_errorString;
};

} // namespace paydesk
