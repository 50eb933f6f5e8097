#include "providers/cryptomus/PhpJsonEncoder.h"

#include <QList>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>
#include <system_error>
#include <utility>

namespace paydesk {
namespace {

// json_decode($body, true) as a tree: objects are ordered key → value lists (PHP arrays).
struct Node
{
    enum class Type { Null, True, False, Integer, Float, String, Array, Object };
    Type type = Type::Null;
    QByteArray text; // Integer: canonical digits; Float: PHP's rendering; String: decoded UTF-8
    QList<Node> items;
    QList<std::pair<QByteArray, Node>> members;
};

bool isValidUtf8(const QByteArray& text);

class Parser
{
public:
    explicit Parser(QByteArrayView input)
        : m_in(input)
    {
    }

    std::optional<Node> parseDocument()
    {
        auto value = parseValue(0);
        skipWhitespace();
        if (!value || m_pos != m_in.size())
            return std::nullopt;
        return value;
    }

private:
    static constexpr int kMaxDepth = 512; // PHP's default json_decode depth

    void skipWhitespace()
    {
        while (m_pos < m_in.size()) {
            const char c = m_in[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool consume(QByteArrayView literal)
    {
        if (m_in.sliced(m_pos).startsWith(literal)) {
            m_pos += literal.size();
            return true;
        }
        return false;
    }

    std::optional<Node> parseValue(int depth)
    {
        if (depth > kMaxDepth)
            return std::nullopt;
        skipWhitespace();
        if (m_pos >= m_in.size())
            return std::nullopt;
        const char c = m_in[m_pos];
        Node node;
        if (c == '{')
            return parseObject(depth);
        if (c == '[')
            return parseArray(depth);
        if (c == '"') {
            auto text = parseString();
            if (!text)
                return std::nullopt;
            node.type = Node::Type::String;
            node.text = *text;
            return node;
        }
        if (consume("true")) {
            node.type = Node::Type::True;
            return node;
        }
        if (consume("false")) {
            node.type = Node::Type::False;
            return node;
        }
        if (consume("null"))
            return node;
        return parseNumber();
    }

    std::optional<Node> parseObject(int depth)
    {
        ++m_pos; // {
        Node node;
        node.type = Node::Type::Object;
        skipWhitespace();
        if (consume("}"))
            return node;
        for (;;) {
            skipWhitespace();
            if (m_pos >= m_in.size() || m_in[m_pos] != '"')
                return std::nullopt;
            auto key = parseString();
            if (!key)
                return std::nullopt;
            skipWhitespace();
            if (!consume(":"))
                return std::nullopt;
            auto value = parseValue(depth + 1);
            if (!value)
                return std::nullopt;
            bool replaced = false;
            for (auto& member : node.members) {
                if (member.first == *key) {
                    member.second = std::move(*value);
                    replaced = true;
                    break;
                }
            }
            if (!replaced)
                node.members.append({*key, std::move(*value)});
            skipWhitespace();
            if (consume("}"))
                return node;
            if (!consume(","))
                return std::nullopt;
        }
    }

    std::optional<Node> parseArray(int depth)
    {
        ++m_pos; // [
        Node node;
        node.type = Node::Type::Array;
        skipWhitespace();
        if (consume("]"))
            return node;
        for (;;) {
            auto value = parseValue(depth + 1);
            if (!value)
                return std::nullopt;
            node.items.append(std::move(*value));
            skipWhitespace();
            if (consume("]"))
                return node;
            if (!consume(","))
                return std::nullopt;
        }
    }

    static void appendUtf8(QByteArray& out, char32_t cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    std::optional<char32_t> parseHex4()
    {
        if (m_pos + 4 > m_in.size())
            return std::nullopt;
        char32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_in[m_pos++];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= static_cast<char32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= static_cast<char32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= static_cast<char32_t>(c - 'A' + 10);
            else
                return std::nullopt;
        }
        return value;
    }

    std::optional<QByteArray> parseString()
    {
        ++m_pos; // "
        QByteArray out;
        while (m_pos < m_in.size()) {
            const auto c = static_cast<unsigned char>(m_in[m_pos]);
            if (c == '"') {
                ++m_pos;
                // Checked here, not only when encoding: json_decode fails on invalid UTF-8 even in a value that is
                // dropped later (an overwritten duplicate key, the removed member).
                if (!isValidUtf8(out))
                    return std::nullopt;
                return out;
            }
            if (c < 0x20)
                return std::nullopt;
            if (c != '\\') {
                out += static_cast<char>(c);
                ++m_pos;
                continue;
            }
            if (++m_pos >= m_in.size())
                return std::nullopt;
            const char escape = m_in[m_pos++];
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                out += escape;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                auto cp = parseHex4();
                if (!cp)
                    return std::nullopt;
                if (*cp >= 0xD800 && *cp <= 0xDBFF) {
                    if (!consume("\\u"))
                        return std::nullopt;
                    const auto low = parseHex4();
                    if (!low || *low < 0xDC00 || *low > 0xDFFF)
                        return std::nullopt;
                    *cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
                } else if (*cp >= 0xDC00 && *cp <= 0xDFFF) {
                    return std::nullopt;
                }
                appendUtf8(out, *cp);
                break;
            }
            default:
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    std::optional<Node> parseNumber()
    {
        const qsizetype start = m_pos;
        if (m_pos < m_in.size() && m_in[m_pos] == '-')
            ++m_pos;
        const qsizetype intStart = m_pos;
        while (m_pos < m_in.size() && m_in[m_pos] >= '0' && m_in[m_pos] <= '9')
            ++m_pos;
        const qsizetype intDigits = m_pos - intStart;
        if (intDigits == 0 || (intDigits > 1 && m_in[intStart] == '0'))
            return std::nullopt;
        bool isFloat = false;
        if (m_pos < m_in.size() && m_in[m_pos] == '.') {
            isFloat = true;
            const qsizetype fracStart = ++m_pos;
            while (m_pos < m_in.size() && m_in[m_pos] >= '0' && m_in[m_pos] <= '9')
                ++m_pos;
            if (m_pos == fracStart)
                return std::nullopt;
        }
        if (m_pos < m_in.size() && (m_in[m_pos] == 'e' || m_in[m_pos] == 'E')) {
            isFloat = true;
            ++m_pos;
            if (m_pos < m_in.size() && (m_in[m_pos] == '+' || m_in[m_pos] == '-'))
                ++m_pos;
            const qsizetype expStart = m_pos;
            while (m_pos < m_in.size() && m_in[m_pos] >= '0' && m_in[m_pos] <= '9')
                ++m_pos;
            if (m_pos == expStart)
                return std::nullopt;
        }
        const std::string lexeme(m_in.data() + start, static_cast<size_t>(m_pos - start));
        Node node;
        if (!isFloat) {
            long long value = 0;
            const auto [end, error] = std::from_chars(lexeme.data(), lexeme.data() + lexeme.size(), value);
            if (error == std::errc() && end == lexeme.data() + lexeme.size()) {
                node.type = Node::Type::Integer;
                node.text = QByteArray::number(value);
                return node;
            }
            // Beyond 64 bits PHP decodes a float (JSON_BIGINT_AS_STRING is not set).
        }
        const double value = std::strtod(lexeme.c_str(), nullptr);
        // Beyond double range json_decode gives INF, which json_encode refuses ("Inf and NaN cannot be JSON encoded").
        if (!std::isfinite(value))
            return std::nullopt;
        node.type = Node::Type::Float;
        node.text = phpDouble(value);
        return node;
    }

    // PHP's rendering of a double with serialize_precision = -1: shortest round-trip digits; exponential when the
    // decimal exponent is below -4 or above 15 ("1.0e+25", "1.0e-5"); no ".0" on integral values ("100000").
    static QByteArray phpDouble(double value)
    {
        char buffer[64];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
        const std::string scientific(buffer, result.ptr);
        const auto ePos = scientific.find('e');
        std::string mantissa = scientific.substr(0, ePos);
        const int exponent = std::atoi(scientific.c_str() + ePos + 1);
        const bool negative = !mantissa.empty() && mantissa.front() == '-';
        if (negative)
            mantissa.erase(0, 1);
        std::string digits;
        for (char c : mantissa) {
            if (c != '.')
                digits += c;
        }
        while (digits.size() > 1 && digits.back() == '0')
            digits.pop_back();
        std::string out = negative ? "-" : "";
        if (exponent < -4 || exponent > 15) {
            out += digits.substr(0, 1) + '.' + (digits.size() > 1 ? digits.substr(1) : std::string("0"));
            out += exponent < 0 ? "e-" : "e+";
            out += std::to_string(std::abs(exponent));
        } else if (exponent < 0) {
            out += "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
        } else if (static_cast<int>(digits.size()) <= exponent + 1) {
            out += digits + std::string(static_cast<size_t>(exponent + 1) - digits.size(), '0');
        } else {
            out += digits.substr(0, static_cast<size_t>(exponent + 1)) + '.'
                + digits.substr(static_cast<size_t>(exponent + 1));
        }
        return QByteArray::fromStdString(out);
    }

    QByteArrayView m_in;
    qsizetype m_pos = 0;
};

// PHP turns numeric-string keys into integer keys; an array whose keys are 0..n-1 in order encodes as a list.
bool isListKey(const QByteArray& key, qsizetype index)
{
    return key == QByteArray::number(index);
}

bool isValidUtf8(const QByteArray& text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        static constexpr char32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < kMinimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

bool encodeString(QByteArray& out, const QByteArray& text)
{
    if (!isValidUtf8(text))
        return false;
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '/':
            out += "\\/";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
            } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80
                && (static_cast<unsigned char>(text[i + 2]) == 0xA8
                    || static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
                out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
                i += 2;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
    return true;
}

bool encode(QByteArray& out, const Node& node)
{
    switch (node.type) {
    case Node::Type::Null:
        out += "null";
        return true;
    case Node::Type::True:
        out += "true";
        return true;
    case Node::Type::False:
        out += "false";
        return true;
    case Node::Type::Integer:
    case Node::Type::Float:
        out += node.text;
        return true;
    case Node::Type::String:
        return encodeString(out, node.text);
    case Node::Type::Array: {
        out += '[';
        for (qsizetype i = 0; i < node.items.size(); ++i) {
            if (i > 0)
                out += ',';
            if (!encode(out, node.items[i]))
                return false;
        }
        out += ']';
        return true;
    }
    case Node::Type::Object: {
        bool isList = true;
        for (qsizetype i = 0; i < node.members.size() && isList; ++i)
            isList = isListKey(node.members[i].first, i);
        out += isList ? '[' : '{';
        for (qsizetype i = 0; i < node.members.size(); ++i) {
            if (i > 0)
                out += ',';
            if (!isList) {
                if (!encodeString(out, node.members[i].first))
                    return false;
                out += ':';
            }
            if (!encode(out, node.members[i].second))
                return false;
        }
        out += isList ? ']' : '}';
        return true;
    }
    }
    return false;
}

} // namespace

std::optional<QByteArray> PhpJsonEncoder::reencodeWithout(QByteArrayView body, QByteArrayView removeKey)
{
    auto root = Parser(body).parseDocument();
    if (!root || root->type != Node::Type::Object)
        return std::nullopt;
    root->members.removeIf([removeKey](const auto& member) { return member.first == removeKey; });
    QByteArray out;
    if (!encode(out, *root))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> PhpJsonEncoder::topLevelString(QByteArrayView body, QByteArrayView key)
{
    const auto root = Parser(body).parseDocument();
    if (!root || root->type != Node::Type::Object)
        return std::nullopt;
    for (const auto& [name, value] : root->members) {
        if (name == key)
            return value.type == Node::Type::String ? std::optional(value.text) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace paydesk
