// JsonRowWriter on arbitrary keys and cells: the output is one JSON array that QJsonDocument parses, with one object
// per row holding, under each key, the value written (text as the same string, a number as its canonical text, Empty
// as null, a boolean as itself), and one object per line as JsonRowWriter documents.
//
// Input, as UTF-8: records split on U+001E; the first record is the keys, the others are rows; fields split on
// U+001F. A row field beginning with U+0001 is a number (the rest, if Decimal::fromString parses it; otherwise text),
// exactly U+0002 is Empty, U+0003 / U+0004 are false / true. Rows get as many values as there are keys (missing ones
// Empty, extra ones dropped); a repeated key gets its index appended so that the keys stay distinct.
#include "core/Decimal.h"
#include "core/export/ExportValue.h"
#include "core/export/JsonRowWriter.h"

#include <QBuffer>
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using paydesk::Decimal;
using paydesk::ExportRow;
using paydesk::ExportValue;
using paydesk::JsonRowWriter;

// An invariant: when it breaks, say where (the line of the call) and abort, so libFuzzer keeps the input.
void check(bool condition, int line = __builtin_LINE())
{
    if (!condition) {
        std::fprintf(stderr, "%s:%d: invariant broken\n", __FILE__, line);
        std::abort();
    }
}

ExportValue valueOf(const QString& field)
{
    if (field == QChar(0x02))
        return ExportValue::empty();
    if (field == QChar(0x03))
        return ExportValue::ofBoolean(false);
    if (field == QChar(0x04))
        return ExportValue::ofBoolean(true);
    if (field.startsWith(QChar(0x01))) {
        if (const auto number = Decimal::fromString(field.mid(1)))
            return ExportValue::ofNumber(*number);
    }
    return ExportValue::ofText(field);
}

QJsonValue expectedJson(const ExportValue& value)
{
    switch (value.type) {
    case ExportValue::Type::Empty:
        return QJsonValue(QJsonValue::Null);
    case ExportValue::Type::Text:
        return value.text;
    case ExportValue::Type::Number:
        return value.number.toString();
    case ExportValue::Type::Boolean:
        return value.flag;
    }
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QStringList records = input.split(QChar(0x1E));
    QStringList keys;
    QSet<QString> seen;
    for (const QString& key : records.front().split(QChar(0x1F))) {
        QString distinct = key;
        if (seen.contains(distinct))
            distinct += QString::number(keys.size());
        while (seen.contains(distinct))
            distinct += u'_';
        seen.insert(distinct);
        keys.append(distinct);
    }

    QList<ExportRow> rows;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList fields = records.at(r).split(QChar(0x1F));
        ExportRow row;
        for (qsizetype c = 0; c < keys.size(); ++c)
            row.append(c < fields.size() ? valueOf(fields.at(c)) : ExportValue::empty());
        rows.append(row);
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonRowWriter writer(&buffer, keys);
    for (const ExportRow& row : rows)
        check(writer.writeRow(row));
    check(writer.finish() && !writer.hasError());
    check(writer.rowCount() == rows.size());

    const QByteArray bytes = buffer.data();
    check(QString::fromUtf8(bytes).toUtf8() == bytes); // valid UTF-8
    // One line per object between "[" and "]": no raw line break inside a string.
    check(bytes.count('\n') == (rows.isEmpty() ? 1 : rows.size() + 2));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    check(error.error == QJsonParseError::NoError && document.isArray());
    const QJsonArray array = document.array();
    check(array.size() == rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        check(array.at(r).isObject());
        const QJsonObject object = array.at(r).toObject();
        check(object.size() == keys.size());
        // Looked up by iterating, not with QJsonObject::value(): Qt 6.4's lookup misses some keys that mix U+FFFD
        // with characters beyond the BMP, though iterating the same object shows them (a Qt issue, not the writer's).
        QHash<QString, QJsonValue> values;
        for (auto it = object.begin(); it != object.end(); ++it)
            values.insert(it.key(), it.value());
        for (qsizetype c = 0; c < keys.size(); ++c)
            check(values.contains(keys.at(c)) && values.value(keys.at(c)) == expectedJson(rows.at(r).at(c)));
    }

    // quoted() is the string as the writer escapes it: a JSON string that reads back as the text.
    const QString text = records.back();
    const QJsonDocument single = QJsonDocument::fromJson(QByteArray("[") + JsonRowWriter::quoted(text).toUtf8() + ']');
    check(single.isArray() && single.array().size() == 1 && single.array().at(0).toString() == text);
    return 0;
}
