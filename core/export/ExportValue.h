#pragma once

#include "core/Decimal.h"

#include <QList>
#include <QString>

#include <utility>

namespace paydesk {

// One typed cell of an export row. The type decides how each format writes it:
//   Empty   CSV: empty field              JSON: null
//   Text    CSV: neutralised, quoted      JSON: string
//   Number  CSV: plain canonical decimal  JSON: string (exact, never a JSON number)
//   Boolean CSV: true / false             JSON: true / false
struct ExportValue
{
    enum class Type { Empty, Text, Number, Boolean };

    Type type = Type::Empty;
    QString text{}; // Text
    Decimal number{}; // Number
    bool flag = false; // Boolean

    static ExportValue empty() { return {}; }
    static ExportValue ofText(QString text) { return {Type::Text, std::move(text), {}, false}; }
    static ExportValue ofNumber(const Decimal& number) { return {Type::Number, {}, number, false}; }
    static ExportValue ofBoolean(bool flag) { return {Type::Boolean, {}, {}, flag}; }

    // Canonical text of the value, as CSV writes it before neutralising and quoting ("" for Empty).
    QString toString() const
    {
        switch (type) {
        case Type::Text:
            return text;
        case Type::Number:
            return number.toString();
        case Type::Boolean:
            return flag ? QStringLiteral("true") : QStringLiteral("false");
        case Type::Empty:
            break;
        }
        return {};
    }
};

using ExportRow = QList<ExportValue>;

} // namespace paydesk
