// CsvWriter on arbitrary cells: what it writes re-parses, with a strict RFC 4180 reader, to the cells it was given
// (text cells neutralised as CsvWriter documents: a leading single quote before '=', '+', '-', '@', tab or CR),
// and no text cell comes back beginning like a formula.
//
// Input: byte 0 picks the dialect (bit 0: ';' separator, bit 1: UTF-8 BOM); the rest, as UTF-8, is rows split on
// U+001E (record separator) and cells split on U+001F (unit separator). A cell beginning with U+0001 is a number
// (the rest, if Decimal::fromString parses it; otherwise text), a cell that is exactly U+0002 is addEmpty().
#include "core/Decimal.h"
#include "core/export/CsvDialect.h"
#include "core/export/CsvWriter.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

using paydesk::CsvDialect;
using paydesk::CsvWriter;
using paydesk::Decimal;

// An invariant: when it breaks, say where (the line of the call) and abort, so libFuzzer keeps the input.
void check(bool condition, int line = __builtin_LINE())
{
    if (!condition) {
        std::fprintf(stderr, "%s:%d: invariant broken\n", __FILE__, line);
        std::abort();
    }
}

struct Cell
{
    enum class Type { Text, Number, Empty };
    Type type = Type::Text;
    QString text; // what the re-parse must give back
};

// A strict RFC 4180 reader: every record ends with CRLF; a field is either unquoted (no quote, CR or LF inside) or
// fully quoted with inner quotes doubled. std::nullopt on anything else.
std::optional<QList<QStringList>> parseCsv(QStringView text, QChar separator)
{
    QList<QStringList> records;
    QStringList record;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        QString field;
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(text[i++]);
            }
        } else {
            while (i < n && text[i] != separator && text[i] != u'\r') {
                if (text[i] == u'"' || text[i] == u'\n')
                    return std::nullopt; // bare quote or LF in an unquoted field
                field.append(text[i++]);
            }
        }
        record.append(field);
        if (i < n && text[i] == separator) {
            ++i;
            if (i >= n)
                return std::nullopt; // a separator must be followed by a field and the CRLF
            continue;
        }
        if (i + 1 < n && text[i] == u'\r' && text[i + 1] == u'\n') {
            i += 2;
            records.append(record);
            record.clear();
            continue;
        }
        return std::nullopt; // anything else after a field, or a missing CRLF at the end
    }
    if (!record.isEmpty())
        return std::nullopt;
    return records;
}

// UTF-8 to text keeping a leading U+FEFF as a character (QString::fromUtf8 would drop it as a byte order mark).
QString decodeUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

bool beginsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    CsvDialect dialect;
    dialect.separator = (data[0] & 1) != 0 ? CsvDialect::Separator::Semicolon : CsvDialect::Separator::Comma;
    dialect.byteOrderMark = (data[0] & 2) != 0;
    const QString input
        = decodeUtf8(QByteArray(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1)));

    QList<QList<Cell>> rows;
    for (const QString& rowText : input.split(QChar(0x1E))) {
        QList<Cell> row;
        for (const QString& cellText : rowText.split(QChar(0x1F))) {
            Cell cell;
            if (cellText == QChar(0x02)) {
                cell.type = Cell::Type::Empty;
            } else if (cellText.startsWith(QChar(0x01)) && Decimal::fromString(cellText.mid(1))) {
                cell.type = Cell::Type::Number;
                cell.text = cellText.mid(1);
            } else {
                cell.text = cellText;
            }
            row.append(cell);
        }
        rows.append(row);
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, dialect);
    QList<QStringList> expected;
    for (const QList<Cell>& row : rows) {
        QStringList expectedRow;
        for (const Cell& cell : row) {
            switch (cell.type) {
            case Cell::Type::Empty:
                writer.addEmpty();
                expectedRow.append(QString());
                break;
            case Cell::Type::Number: {
                const Decimal number = *Decimal::fromString(cell.text);
                writer.addNumber(number);
                expectedRow.append(number.toString());
                break;
            }
            case Cell::Type::Text: {
                writer.addText(cell.text);
                const bool neutralise = CsvWriter::needsNeutralising(cell.text);
                check(neutralise == beginsLikeFormula(cell.text));
                expectedRow.append(neutralise ? u'\'' + cell.text : cell.text);
                // textField() is the field exactly as addText() writes it: re-parses to the same single cell.
                const QString field = CsvWriter::textField(cell.text, dialect);
                const auto alone = parseCsv(QString(field + u"\r\n"), QLatin1Char(dialect.separatorChar()));
                check(alone && alone->size() == 1 && alone->front() == QStringList{expectedRow.back()});
                break;
            }
            }
        }
        check(writer.endRow());
        expected.append(expectedRow);
    }
    check(writer.finish() && !writer.hasError());
    check(writer.rowCount() == rows.size());

    QByteArray bytes = buffer.data();
    const QByteArray bom("\xEF\xBB\xBF", 3);
    // (Without the dialect's BOM the file may still begin with those bytes: a first cell beginning with U+FEFF.)
    if (dialect.byteOrderMark) {
        check(bytes.startsWith(bom));
        bytes.remove(0, bom.size());
    }
    const QString text = decodeUtf8(bytes);
    check(text.toUtf8() == bytes); // valid UTF-8
    const auto parsed = parseCsv(text, QLatin1Char(dialect.separatorChar()));
    check(parsed.has_value());
    check(parsed->size() == expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r) {
        check(parsed->at(r) == expected.at(r));
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            if (rows.at(r).at(c).type == Cell::Type::Text)
                check(!beginsLikeFormula(parsed->at(r).at(c)));
        }
    }
    return 0;
}
