#include "models/PaymentRow.h"

#include <QVarLengthArray>

#include <array>
#include <cstring>

namespace paydesk {

namespace {

constexpr int kHeaderBytes = PaymentRow::kFieldCount * static_cast<int>(sizeof(quint16));

using Buffer = QVarLengthArray<char, 512>;

// UTF-16 → UTF-8 without a temporary QByteArray (the loader does this for ~15 fields of a million rows). At most
// `limit` bytes are written, never cutting a character in two. A lone surrogate becomes U+FFFD.
void appendUtf8(Buffer& out, QStringView text, qsizetype limit)
{
    const qsizetype start = out.size();
    const auto put = [&](const char* bytes, qsizetype count) {
        if (out.size() - start + count > limit)
            return false;
        out.append(bytes, count);
        return true;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x80) {
            const char byte = static_cast<char>(c);
            if (!put(&byte, 1))
                return;
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(static_cast<char16_t>(c), text[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD;
        }
        char bytes[4];
        qsizetype count = 0;
        if (c < 0x800) {
            bytes[0] = static_cast<char>(0xC0 | (c >> 6));
            bytes[1] = static_cast<char>(0x80 | (c & 0x3F));
            count = 2;
        } else if (c < 0x10000) {
            bytes[0] = static_cast<char>(0xE0 | (c >> 12));
            bytes[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            bytes[2] = static_cast<char>(0x80 | (c & 0x3F));
            count = 3;
        } else {
            bytes[0] = static_cast<char>(0xF0 | (c >> 18));
            bytes[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            bytes[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            bytes[3] = static_cast<char>(0x80 | (c & 0x3F));
            count = 4;
        }
        if (!put(bytes, count))
            return;
    }
}

qint64 msOrNone(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : PaymentRow::kNoTime;
}

QString amountText(const Money& money)
{
    return money.isValid() ? money.amount.toString() : QString();
}

} // namespace

PaymentRow::PaymentRow(const Payment& p, const QString& accountId)
    : m_accountId(accountId)
    , m_createdMs(msOrNone(p.created))
    , m_expiresMs(msOrNone(p.expires))
    , m_gateway(static_cast<quint8>(p.gateway))
    , m_status(static_cast<quint8>(p.status))
    , m_liveMode(p.liveMode)
{
    const QString texts[kFieldCount] = {
        p.orderId,
        p.description,
        p.id,
        p.address,
        amountText(p.amount),
        amountText(p.payAmount),
        p.payerEmail,
        p.amount.currency,
        p.payAmount.currency,
        amountText(p.paid),
        p.paid.currency,
        amountText(p.refunded),
        p.refunded.currency,
        p.network,
        p.rawStatus,
    };

    Buffer data;
    std::array<quint16, kFieldCount> ends{};
    // First without limits; if the block would be too large, cut the description, then (absurd input) every field.
    for (int attempt = 0; attempt < 3; ++attempt) {
        data.clear();
        qsizetype othersBytes = 0;
        if (attempt == 1) {
            for (int i = 0; i < kFieldCount; ++i)
                othersBytes += i == static_cast<int>(Field::Description) ? 1 : texts[i].size() * 3 + 1;
        }
        for (int i = 0; i < kFieldCount; ++i) {
            qsizetype limit = kMaxTextBytes;
            if (attempt == 1 && i == static_cast<int>(Field::Description))
                limit = qMax<qsizetype>(0, kMaxTextBytes - othersBytes);
            else if (attempt == 2)
                limit = kMaxTextBytes / kFieldCount - 1;
            appendUtf8(data, texts[i], limit);
            if (data.size() > kMaxTextBytes)
                break;
            ends[static_cast<std::size_t>(i)] = static_cast<quint16>(data.size());
            data.append('\0');
        }
        if (data.size() <= kMaxTextBytes)
            break;
    }

    const qsizetype searchEnd = ends[kSearchableFields - 1];
    for (qsizetype i = 0; i < searchEnd; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80) {
            m_nonAsciiText = true;
            break;
        }
    }
    if (m_nonAsciiText) {
        for (int f = 0; f < kSearchableFields && !m_asciiFoldingText; ++f) {
            // Both such characters are in the BMP; a surrogate half folds to itself.
            for (const QChar c : texts[f]) {
                if (c.unicode() >= 0x80 && c.toCaseFolded().unicode() < 0x80) {
                    m_asciiFoldingText = true;
                    break;
                }
            }
        }
    }

    m_text = std::make_unique_for_overwrite<char[]>(static_cast<std::size_t>(kHeaderBytes + data.size()));
    std::memcpy(m_text.get(), ends.data(), kHeaderBytes);
    std::memcpy(m_text.get() + kHeaderBytes, data.constData(), static_cast<std::size_t>(data.size()));
}

PaymentRow::PaymentRow(const PaymentRow& other)
    : m_accountId(other.m_accountId)
    , m_createdMs(other.m_createdMs)
    , m_expiresMs(other.m_expiresMs)
    , m_gateway(other.m_gateway)
    , m_status(other.m_status)
    , m_liveMode(other.m_liveMode)
    , m_nonAsciiText(other.m_nonAsciiText)
    , m_asciiFoldingText(other.m_asciiFoldingText)
{
    if (other.m_text) {
        const auto size = static_cast<std::size_t>(other.blockSize());
        m_text = std::make_unique_for_overwrite<char[]>(size);
        std::memcpy(m_text.get(), other.m_text.get(), size);
    }
}

PaymentRow& PaymentRow::operator=(const PaymentRow& other)
{
    if (this != &other) {
        PaymentRow copy(other);
        *this = std::move(copy);
    }
    return *this;
}

QDateTime PaymentRow::created() const
{
    return m_createdMs == kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(m_createdMs, Qt::UTC);
}

QDateTime PaymentRow::expires() const
{
    return m_expiresMs == kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(m_expiresMs, Qt::UTC);
}

quint16 PaymentRow::fieldEnd(int index) const
{
    quint16 end = 0;
    std::memcpy(&end, m_text.get() + index * static_cast<int>(sizeof(quint16)), sizeof end);
    return end;
}

quint16 PaymentRow::fieldStart(int index) const
{
    return index == 0 ? 0 : static_cast<quint16>(fieldEnd(index - 1) + 1);
}

qsizetype PaymentRow::blockSize() const
{
    return m_text ? kHeaderBytes + fieldEnd(kFieldCount - 1) + 1 : 0;
}

QByteArrayView PaymentRow::utf8(Field field) const
{
    if (!m_text)
        return {};
    const int index = static_cast<int>(field);
    const quint16 start = fieldStart(index);
    return QByteArrayView(m_text.get() + kHeaderBytes + start, fieldEnd(index) - start);
}

QString PaymentRow::text(Field field) const
{
    return QString::fromUtf8(utf8(field));
}

QByteArrayView PaymentRow::searchText() const
{
    if (!m_text)
        return {};
    return QByteArrayView(m_text.get() + kHeaderBytes, fieldEnd(kSearchableFields - 1));
}

qsizetype PaymentRow::heapBytes() const
{
    return blockSize();
}

std::optional<Money> PaymentRow::money(Field amount, Field currency) const
{
    const QByteArrayView code = utf8(currency);
    if (code.isEmpty())
        return std::nullopt;
    const QByteArrayView digits = utf8(amount);
    // Canonical decimal text is ASCII: widen it without an allocation.
    char16_t wide[96];
    if (digits.isEmpty() || digits.size() > qsizetype(std::size(wide)))
        return std::nullopt;
    for (qsizetype i = 0; i < digits.size(); ++i)
        wide[i] = static_cast<unsigned char>(digits[i]);
    const auto value = Decimal::fromString(QStringView(wide, digits.size()));
    if (!value)
        return std::nullopt;
    return Money{*value, QString::fromUtf8(code)};
}

bool operator==(const PaymentRow& a, const PaymentRow& b)
{
    if (a.m_accountId != b.m_accountId || a.m_createdMs != b.m_createdMs || a.m_expiresMs != b.m_expiresMs
        || a.m_gateway != b.m_gateway || a.m_status != b.m_status || a.m_liveMode != b.m_liveMode)
        return false;
    const qsizetype size = a.blockSize();
    return size == b.blockSize()
        && (size == 0 || std::memcmp(a.m_text.get(), b.m_text.get(), static_cast<std::size_t>(size)) == 0);
}

} // namespace paydesk
