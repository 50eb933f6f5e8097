// PhpJsonEncoder::reencodeWithout (providers/cryptomus/PhpJsonEncoder.h), the bytes Cryptomus signs webhooks over, on
// arbitrary bodies. Whatever it returns:
// - is compact JSON that QJsonDocument reads back to the values of the input as PHP sees them (json_decode($body,
//   true): a repeated key keeps its first place and its last value; an object whose keys are 0..n-1 in order, or no
//   keys, is a list; numbers compare as doubles; the removed "sign" member is gone);
// - escapes '/' as "\/", leaves non-ASCII as raw UTF-8 (JSON_UNESCAPED_UNICODE) except U+2028/U+2029, and has no raw
//   control character;
// - re-encodes to itself (idempotent; PHP's one exception, -0.0, is allowed).
// A body the project's strict JSON reader (RawJsonNode) takes as an object with finite numbers is never refused.
#include "providers/common/RawJsonNode.h"
#include "providers/cryptomus/PhpJsonEncoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

using namespace paydesk;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// Every number finite as a double (PHP refuses INF), anywhere in the tree.
bool numbersFinite(const RawJsonNode& node)
{
    if (node.isNumber()) {
        const std::string text = node.numberText().toStdString();
        return std::isfinite(std::strtod(text.c_str(), nullptr));
    }
    for (const RawJsonNode& child : node.children()) {
        if (!numbersFinite(child))
            return false;
    }
    return true;
}

// The value PHP's json_decode($body, true) then json_encode gives, as QJsonDocument would read it.
QJsonValue phpValue(const RawJsonNode& node, const QString& removeKey = {})
{
    switch (node.type()) {
    case RawJsonNode::Type::Null:
        return QJsonValue::Null;
    case RawJsonNode::Type::Bool:
        return node.boolean();
    case RawJsonNode::Type::Number:
        return std::strtod(node.numberText().toStdString().c_str(), nullptr);
    case RawJsonNode::Type::String:
        return node.string();
    case RawJsonNode::Type::Array: {
        QJsonArray array;
        for (const RawJsonNode& child : node.children())
            array.append(phpValue(child));
        return array;
    }
    case RawJsonNode::Type::Object: {
        QStringList keys;
        QList<QJsonValue> values;
        for (qsizetype i = 0; i < node.keys().size(); ++i) {
            const QString& key = node.keys().at(i);
            if (!removeKey.isNull() && key == removeKey)
                continue;
            const qsizetype at = keys.indexOf(key);
            if (at >= 0) {
                values[at] = phpValue(node.children().at(i));
            } else {
                keys.append(key);
                values.append(phpValue(node.children().at(i)));
            }
        }
        bool isList = true;
        for (qsizetype i = 0; i < keys.size() && isList; ++i)
            isList = keys.at(i) == QString::number(i);
        if (isList) {
            QJsonArray array;
            for (const QJsonValue& value : std::as_const(values))
                array.append(value);
            return array;
        }
        QJsonObject object;
        for (qsizetype i = 0; i < keys.size(); ++i)
            object.insert(keys.at(i), values.at(i));
        return object;
    }
    }
    return QJsonValue::Undefined;
}

// Deep equality with numbers compared as doubles (QJsonValue's own == tells an integer from an equal double).
bool sameJson(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() || b.isDouble())
        return a.isDouble() && b.isDouble() && a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameJson(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!sameJson(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

// Compact, '/' escaped, non-ASCII raw except U+2028/U+2029, no raw control character, valid UTF-8.
void checkPhpForm(const QByteArray& out)
{
    require(QString::fromUtf8(out).toUtf8() == out);
    require(!out.contains("\xe2\x80\xa8") && !out.contains("\xe2\x80\xa9"));
    bool inString = false;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out.at(i));
        require(c >= 0x20);
        if (!inString) {
            require(c != ' ' && c != '/');
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c == '/') {
            std::abort(); // a raw '/' inside a string
        } else if (c == '\\') {
            require(i + 1 < out.size());
            const char escape = out.at(++i);
            require(QByteArrayView("\"\\/bfnrtu").contains(escape));
            if (escape == 'u') {
                const QByteArray hex = out.mid(i + 1, 4);
                bool ok = false;
                const uint codePoint = hex.toUInt(&ok, 16);
                require(hex.size() == 4 && ok && hex == hex.toLower());
                require(codePoint < 0x20 || codePoint == 0x2028 || codePoint == 0x2029);
                // The short escapes are used where PHP has them.
                require(codePoint != '\b' && codePoint != '\f' && codePoint != '\n' && codePoint != '\r'
                    && codePoint != '\t');
                i += 4;
            }
        }
    }
    require(!inString);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const std::optional<QByteArray> out = PhpJsonEncoder::reencodeWithout(body, "sign");
    const std::optional<RawJsonNode> strict = RawJsonNode::parse(body);
    if (strict && strict->isObject() && numbersFinite(*strict))
        require(out.has_value());
    if (!out)
        return 0;

    checkPhpForm(*out);
    // Re-encoding is idempotent (wrapped, so that a list or [] at the top is an object member). One exception, as in
    // PHP: a float -0.0 prints "-0", which decodes as the integer 0 and prints "0"; after that it is a fixed point.
    const QByteArray wrapped = "{\"k\":" + *out + '}';
    const std::optional<QByteArray> again = PhpJsonEncoder::reencodeWithout(wrapped, "sign");
    require(again.has_value());
    static const QRegularExpression negativeZero(QStringLiteral("[:,\\[]-0[,\\]}]"));
    if (*again != wrapped) {
        require(negativeZero.match(QString::fromUtf8(wrapped)).hasMatch());
        require(PhpJsonEncoder::reencodeWithout(*again, "sign") == *again);
    }

    // QJsonDocument reads the same values (RawJsonNode stops at depth 128; deeper bodies skip this comparison).
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*out, &error);
    require(error.error == QJsonParseError::NoError);
    if (strict) {
        const QJsonValue expected = phpValue(*strict, QStringLiteral("sign"));
        const QJsonValue actual = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        require(sameJson(expected, actual));
    }
    return 0;
}
