#include "providers/common/RawJsonNode.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

// Recursive-descent reader over the raw bytes; depth-limited so hostile input cannot exhaust the stack.
class RawJsonParser final
{
public:
    explicit RawJsonParser(const QByteArray& source)
        : m_source(source)
        , m_data(source.constData())
        , m_size(source.size())
    {
    }

    std::optional<RawJsonNode> parseDocument()
    {
        skipWhitespace();
        RawJsonNode root;
        if (!parseValue(root, 0))
            return std::nullopt;
        skipWhitespace();
        if (m_pos != m_size)
            return fail("unexpected data after the JSON value");
        return root;
    }

    QString error() const { return m_error; }

private:
    std::nullopt_t fail(const char* what)
    {
        if (m_error.isEmpty()) {
            m_error = QCoreApplication::translate("RawJsonNode", "Invalid JSON at byte %1: %2")
                          .arg(m_pos)
                          .arg(QString::fromLatin1(what));
        }
        return std::nullopt;
    }

    bool failed(const char* what)
    {
        fail(what);
        return false;
    }

    void skipWhitespace()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool parseValue(RawJsonNode& node, int depth)
    {
        if (depth > RawJsonNode::kMaxDepth)
            return failed("nesting too deep");
        if (m_pos >= m_size)
            return failed("the document ends where a value was expected");
        node.m_source = m_source;
        node.m_begin = m_pos;
        const char c = m_data[m_pos];
        bool ok = false;
        switch (c) {
        case '{':
            ok = parseObject(node, depth);
            break;
        case '[':
            ok = parseArray(node, depth);
            break;
        case '"':
            node.m_type = RawJsonNode::Type::String;
            ok = parseString(node.m_string);
            break;
        case 't':
            node.m_type = RawJsonNode::Type::Bool;
            node.m_bool = true;
            ok = parseLiteral("true");
            break;
        case 'f':
            node.m_type = RawJsonNode::Type::Bool;
            ok = parseLiteral("false");
            break;
        case 'n':
            node.m_type = RawJsonNode::Type::Null;
            ok = parseLiteral("null");
            break;
        default:
            node.m_type = RawJsonNode::Type::Number;
            ok = parseNumber();
            break;
        }
        node.m_end = m_pos;
        return ok;
    }

    bool parseLiteral(const char* literal)
    {
        for (const char* p = literal; *p; ++p) {
            if (m_pos >= m_size || m_data[m_pos] != *p)
                return failed("unknown literal");
            ++m_pos;
        }
        return true;
    }

    bool isDigit(qsizetype pos) const { return pos < m_size && m_data[pos] >= '0' && m_data[pos] <= '9'; }

    bool parseNumber()
    {
        if (m_pos < m_size && m_data[m_pos] == '-')
            ++m_pos;
        if (!isDigit(m_pos))
            return failed("a value was expected");
        if (m_data[m_pos] == '0') {
            ++m_pos;
        } else {
            while (isDigit(m_pos))
                ++m_pos;
        }
        if (m_pos < m_size && m_data[m_pos] == '.') {
            ++m_pos;
            if (!isDigit(m_pos))
                return failed("a digit must follow the decimal point");
            while (isDigit(m_pos))
                ++m_pos;
        }
        if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            if (!isDigit(m_pos))
                return failed("a digit must follow the exponent");
            while (isDigit(m_pos))
                ++m_pos;
        }
        return true;
    }

    int hexValue(char c) const
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(char32_t& out)
    {
        if (m_pos + 4 > m_size)
            return failed("the document ends inside a \\u escape");
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int v = hexValue(m_data[m_pos + i]);
            if (v < 0)
                return failed("bad \\u escape");
            out = (out << 4) | char32_t(v);
        }
        m_pos += 4;
        return true;
    }

    static void appendUtf8(QByteArray& out, char32_t cp)
    {
        if (cp < 0x80) {
            out.append(char(cp));
        } else if (cp < 0x800) {
            out.append(char(0xC0 | (cp >> 6)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.append(char(0xE0 | (cp >> 12)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else {
            out.append(char(0xF0 | (cp >> 18)));
            out.append(char(0x80 | ((cp >> 12) & 0x3F)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        }
    }

    // Validates one UTF-8 sequence starting at m_pos (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
    bool copyUtf8Sequence(QByteArray& out)
    {
        const auto lead = static_cast<unsigned char>(m_data[m_pos]);
        int length = 0;
        char32_t cp = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            cp = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            cp = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            cp = lead & 0x07;
        } else {
            return failed("invalid UTF-8");
        }
        if (m_pos + length > m_size)
            return failed("the document ends inside a UTF-8 sequence");
        for (int i = 1; i < length; ++i) {
            const auto next = static_cast<unsigned char>(m_data[m_pos + i]);
            if ((next & 0xC0) != 0x80)
                return failed("invalid UTF-8");
            cp = (cp << 6) | (next & 0x3F);
        }
        if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return failed("invalid UTF-8");
        out.append(m_data + m_pos, length);
        m_pos += length;
        return true;
    }

    bool parseString(QString& result)
    {
        ++m_pos; // opening quote
        QByteArray utf8;
        while (true) {
            if (m_pos >= m_size)
                return failed("the document ends inside a string");
            const auto c = static_cast<unsigned char>(m_data[m_pos]);
            if (c == '"') {
                ++m_pos;
                break;
            }
            if (c < 0x20)
                return failed("control character inside a string");
            if (c == '\\') {
                ++m_pos;
                if (m_pos >= m_size)
                    return failed("the document ends inside a string");
                const char e = m_data[m_pos++];
                switch (e) {
                case '"':
                case '\\':
                case '/':
                    utf8.append(e);
                    break;
                case 'b':
                    utf8.append('\b');
                    break;
                case 'f':
                    utf8.append('\f');
                    break;
                case 'n':
                    utf8.append('\n');
                    break;
                case 'r':
                    utf8.append('\r');
                    break;
                case 't':
                    utf8.append('\t');
                    break;
                case 'u': {
                    char32_t cp = 0;
                    if (!parseHex4(cp))
                        return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        if (m_pos + 1 < m_size && m_data[m_pos] == '\\' && m_data[m_pos + 1] == 'u') {
                            m_pos += 2;
                            char32_t low = 0;
                            if (!parseHex4(low))
                                return false;
                            if (low < 0xDC00 || low > 0xDFFF)
                                return failed("unpaired surrogate in a \\u escape");
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        } else {
                            return failed("unpaired surrogate in a \\u escape");
                        }
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        return failed("unpaired surrogate in a \\u escape");
                    }
                    appendUtf8(utf8, cp);
                    break;
                }
                default:
                    return failed("unknown escape in a string");
                }
                continue;
            }
            if (c < 0x80) {
                utf8.append(char(c));
                ++m_pos;
            } else if (!copyUtf8Sequence(utf8)) {
                return false;
            }
        }
        result = QString::fromUtf8(utf8);
        return true;
    }

    bool parseArray(RawJsonNode& node, int depth)
    {
        node.m_type = RawJsonNode::Type::Array;
        ++m_pos; // [
        skipWhitespace();
        if (m_pos < m_size && m_data[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipWhitespace();
            RawJsonNode child;
            if (!parseValue(child, depth + 1))
                return false;
            node.m_children.append(std::move(child));
            skipWhitespace();
            if (m_pos >= m_size)
                return failed("the document ends inside an array");
            const char c = m_data[m_pos++];
            if (c == ']')
                return true;
            if (c != ',')
                return failed("',' or ']' expected in an array");
        }
    }

    bool parseObject(RawJsonNode& node, int depth)
    {
        node.m_type = RawJsonNode::Type::Object;
        ++m_pos; // {
        skipWhitespace();
        if (m_pos < m_size && m_data[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (m_pos >= m_size)
                return failed("the document ends inside an object");
            if (m_data[m_pos] != '"')
                return failed("a member name in quotes expected");
            QString key;
            if (!parseString(key))
                return false;
            skipWhitespace();
            if (m_pos >= m_size || m_data[m_pos] != ':')
                return failed("':' expected after a member name");
            ++m_pos;
            skipWhitespace();
            RawJsonNode child;
            if (!parseValue(child, depth + 1))
                return false;
            node.m_keys.append(key);
            node.m_children.append(std::move(child));
            skipWhitespace();
            if (m_pos >= m_size)
                return failed("the document ends inside an object");
            const char c = m_data[m_pos++];
            if (c == '}')
                return true;
            if (c != ',')
                return failed("',' or '}' expected in an object");
        }
    }

    const QByteArray& m_source;
    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    QString m_error;
};

std::optional<RawJsonNode> RawJsonNode::parse(const QByteArray& json, QString* error)
{
    RawJsonParser parser(json);
    std::optional<RawJsonNode> root = parser.parseDocument();
    if (!root && error)
        *error = parser.error();
    return root;
}

QByteArray RawJsonNode::rawBytes() const
{
    return m_source.mid(m_begin, m_end - m_begin);
}

const RawJsonNode* RawJsonNode::member(QStringView key, KeyMatch match) const
{
    if (m_type != Type::Object)
        return nullptr;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i) == key)
            return &m_children.at(i);
    }
    if (match == KeyMatch::IgnoreSurroundingSpaces) {
        for (qsizetype i = 0; i < m_keys.size(); ++i) {
            if (QStringView(m_keys.at(i)).trimmed() == key)
                return &m_children.at(i);
        }
    }
    return nullptr;
}

std::optional<Decimal> RawJsonNode::decimalFromNumberText(QByteArrayView text)
{
    // -?digits(.digits)?([eE][+-]?digits)?  — a leading '+' and leading zeros are tolerated for strings.
    qsizetype pos = 0;
    const qsizetype size = text.size();
    bool negative = false;
    if (pos < size && (text[pos] == '-' || text[pos] == '+')) {
        negative = text[pos] == '-';
        ++pos;
    }
    QByteArray digits;
    qsizetype fractionDigits = 0;
    const auto isDigitAt = [&](qsizetype p) { return p < size && text[p] >= '0' && text[p] <= '9'; };
    if (!isDigitAt(pos))
        return std::nullopt;
    while (isDigitAt(pos))
        digits.append(text[pos++]);
    if (pos < size && text[pos] == '.') {
        ++pos;
        if (!isDigitAt(pos))
            return std::nullopt;
        while (isDigitAt(pos)) {
            digits.append(text[pos++]);
            ++fractionDigits;
        }
    }
    qint64 exponent = 0;
    if (pos < size && (text[pos] == 'e' || text[pos] == 'E')) {
        ++pos;
        bool negativeExponent = false;
        if (pos < size && (text[pos] == '+' || text[pos] == '-')) {
            negativeExponent = text[pos] == '-';
            ++pos;
        }
        if (!isDigitAt(pos))
            return std::nullopt;
        while (isDigitAt(pos)) {
            exponent = exponent * 10 + (text[pos++] - '0');
            if (exponent > 10'000)
                return std::nullopt; // far outside what Decimal can hold either way
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    if (pos != size)
        return std::nullopt;

    // Value = digits × 10^(exponent − fractionDigits).
    qint64 scale = fractionDigits - exponent;
    // Drop leading zeros so that they do not count against the digit limit.
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() - 1 && digits[firstNonZero] == '0')
        ++firstNonZero;
    digits.remove(0, firstNonZero);
    if (scale < 0) {
        if (digits != "0")
            digits.append(QByteArray(qsizetype(-scale), '0'));
        scale = 0;
    }
    if (scale > Decimal::kMaxScale) {
        // Trailing zeros beyond the limit carry no value: 1.50000…e-3 may still fit.
        while (scale > Decimal::kMaxScale && digits.size() > 1 && digits.endsWith('0')) {
            digits.chop(1);
            --scale;
        }
        if (scale > Decimal::kMaxScale)
            return std::nullopt;
    }
    QByteArray plain;
    if (negative)
        plain.append('-');
    if (scale == 0) {
        plain.append(digits);
    } else if (digits.size() > scale) {
        plain.append(digits.left(digits.size() - scale));
        plain.append('.');
        plain.append(digits.right(scale));
    } else {
        plain.append("0.");
        plain.append(QByteArray(qsizetype(scale) - digits.size(), '0'));
        plain.append(digits);
    }
    return Decimal::fromString(QString::fromLatin1(plain));
}

std::optional<Decimal> RawJsonNode::toDecimal() const
{
    if (m_type == Type::Number)
        return decimalFromNumberText(rawBytes());
    if (m_type == Type::String) {
        const QString trimmed = m_string.trimmed();
        if (trimmed.isEmpty())
            return std::nullopt;
        return decimalFromNumberText(trimmed.toLatin1());
    }
    return std::nullopt;
}

std::optional<QString> RawJsonNode::toText() const
{
    if (m_type == Type::String)
        return m_string;
    if (m_type == Type::Number)
        return QString::fromLatin1(rawBytes());
    return std::nullopt;
}

namespace {

std::optional<QDateTime> fromUnixText(QByteArrayView text)
{
    const std::optional<Decimal> seconds = RawJsonNode::decimalFromNumberText(text);
    if (!seconds || seconds->isNegative())
        return std::nullopt;
    const std::optional<Decimal> millis = seconds->multipliedBy(Decimal::fromInt(1000), 0, Decimal::Rounding::Down);
    if (!millis)
        return std::nullopt;
    bool ok = false;
    const qint64 ms = millis->toString().toLongLong(&ok);
    // Year 9999 is far beyond any gateway timestamp; anything larger is garbage, not a time.
    if (!ok || ms > 253'402'300'799'000LL)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

std::optional<QDateTime> fromIsoText(const QString& text)
{
    QString iso = text.trimmed();
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime) // no zone designator: the gateways mean UTC
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

} // namespace

std::optional<QDateTime> RawJsonNode::toUtcDateTime() const
{
    if (m_type == Type::Number)
        return fromUnixText(rawBytes());
    if (m_type != Type::String)
        return std::nullopt;
    const QString trimmed = m_string.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (const QChar c : trimmed) {
        if ((c < u'0' || c > u'9') && c != u'.') {
            allDigits = false;
            break;
        }
    }
    if (allDigits)
        return fromUnixText(trimmed.toLatin1());
    return fromIsoText(trimmed);
}

} // namespace paydesk
