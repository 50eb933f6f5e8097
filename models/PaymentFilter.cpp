#include "models/PaymentFilter.h"

#include "models/PaymentRow.h"

#include <cstring>

namespace paydesk {

namespace {

constexpr int kStatusCount = static_cast<int>(PaymentStatus::Unknown) + 1;

quint32 statusBit(PaymentStatus status)
{
    return quint32(1) << static_cast<int>(status);
}

bool isAsciiLetter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

unsigned char asciiLower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}

// `needle` is ASCII and already lower case.
bool equalsAsciiLowered(const char* text, QByteArrayView needle)
{
    for (qsizetype i = 0; i < needle.size(); ++i) {
        if (asciiLower(static_cast<unsigned char>(text[i])) != static_cast<unsigned char>(needle[i]))
            return false;
    }
    return true;
}

const char* findByte(const char* from, const char* end, unsigned char byte)
{
    if (from >= end)
        return nullptr;
    return static_cast<const char*>(std::memchr(from, byte, static_cast<std::size_t>(end - from)));
}

// Case-insensitive (ASCII) substring search. Candidates are found with memchr on one byte of the needle: the first
// that is not a letter when there is one (one memchr), else the first letter in both cases (two memchr).
bool containsAsciiCaseInsensitive(QByteArrayView haystack, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    if (haystack.size() < n)
        return false;
    qsizetype anchor = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!isAsciiLetter(static_cast<unsigned char>(needle[i]))) {
            anchor = i;
            break;
        }
    }
    const char* base = haystack.data();
    // The anchor byte of a match at start s sits at s + anchor, s in [0, size - n].
    const char* first = base + anchor;
    const char* end = base + (haystack.size() - n) + anchor + 1;
    const auto lower = static_cast<unsigned char>(needle[anchor]);
    if (!isAsciiLetter(lower)) {
        for (const char* p = findByte(first, end, lower); p; p = findByte(p + 1, end, lower)) {
            if (equalsAsciiLowered(p - anchor, needle))
                return true;
        }
        return false;
    }
    const auto upper = static_cast<unsigned char>(lower - ('a' - 'A'));
    const char* nextLower = findByte(first, end, lower);
    const char* nextUpper = findByte(first, end, upper);
    while (nextLower || nextUpper) {
        const bool takeLower = nextLower && (!nextUpper || nextLower < nextUpper);
        const char* p = takeLower ? nextLower : nextUpper;
        if (equalsAsciiLowered(p - anchor, needle))
            return true;
        if (takeLower)
            nextLower = findByte(p + 1, end, lower);
        else
            nextUpper = findByte(p + 1, end, upper);
    }
    return false;
}

bool equalsIgnoringCase(QByteArrayView a, const QByteArray& b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.constData(), b.size()) == 0;
}

// `inner` is within `outer`: an empty (unrestricted) outer contains anything; an empty inner only an empty outer.
bool isSubset(const QStringList& inner, const QStringList& outer)
{
    if (outer.isEmpty())
        return true;
    if (inner.isEmpty())
        return false;
    for (const QString& item : inner) {
        if (!outer.contains(item))
            return false;
    }
    return true;
}

QStringList sortedUnique(QStringList items)
{
    items.removeAll(QString());
    items.sort();
    items.removeDuplicates();
    return items;
}

} // namespace

void PaymentFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    const QString folded = m_text.toCaseFolded();
    m_needleAscii = true;
    for (const QChar c : folded) {
        if (c.unicode() >= 0x80) {
            m_needleAscii = false;
            break;
        }
    }
    m_needle = m_needleAscii ? folded.toLatin1().toLower() : QByteArray();
    m_asciiRun.clear();
    if (!m_needleAscii) {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= folded.size(); ++i) {
            if (i < folded.size() && folded.at(i).unicode() < 0x80)
                continue;
            if (i - start > m_asciiRun.size())
                m_asciiRun = folded.mid(start, i - start).toLatin1().toLower();
            start = i + 1;
        }
    }
}

void PaymentFilter::setAccountIds(const QStringList& accountIds)
{
    m_accountIds = sortedUnique(accountIds);
}

QList<PaymentStatus> PaymentFilter::statuses() const
{
    QList<PaymentStatus> result;
    for (int i = 0; i < kStatusCount; ++i) {
        if (m_statusMask & (quint32(1) << i))
            result.append(static_cast<PaymentStatus>(i));
    }
    return result;
}

void PaymentFilter::setStatuses(const QList<PaymentStatus>& statuses)
{
    m_statusMask = 0;
    for (PaymentStatus status : statuses)
        m_statusMask |= statusBit(status);
}

void PaymentFilter::setCurrencies(const QStringList& currencies)
{
    QStringList upper;
    for (const QString& code : currencies)
        upper.append(code.trimmed().toUpper());
    m_currencies = sortedUnique(upper);
    m_currenciesUtf8.clear();
    for (const QString& code : std::as_const(m_currencies))
        m_currenciesUtf8.append(code.toUtf8());
}

void PaymentFilter::setCreatedRange(const QDateTime& from, const QDateTime& to)
{
    m_from = from.isValid() ? from.toUTC() : QDateTime();
    m_to = to.isValid() ? to.toUTC() : QDateTime();
    m_fromMs = m_from.isValid() ? m_from.toMSecsSinceEpoch() : 0;
    m_toMs = m_to.isValid() ? m_to.toMSecsSinceEpoch() : 0;
}

bool PaymentFilter::isEmpty() const
{
    return m_text.isEmpty() && m_accountIds.isEmpty() && m_statusMask == 0 && m_currencies.isEmpty()
        && !m_from.isValid() && !m_to.isValid();
}

bool PaymentFilter::matches(const PaymentRow& row) const
{
    if (m_statusMask != 0 && (m_statusMask & statusBit(row.status())) == 0)
        return false;
    if (m_from.isValid() && (row.createdMs() == PaymentRow::kNoTime || row.createdMs() < m_fromMs))
        return false;
    if (m_to.isValid() && (row.createdMs() == PaymentRow::kNoTime || row.createdMs() >= m_toMs))
        return false;
    if (!m_accountIds.isEmpty() && !m_accountIds.contains(row.accountId()))
        return false;
    if (!m_currenciesUtf8.isEmpty()) {
        const QByteArrayView amountCurrency = row.utf8(PaymentRow::Field::AmountCurrency);
        const QByteArrayView payCurrency = row.utf8(PaymentRow::Field::PayCurrency);
        bool any = false;
        for (const QByteArray& code : m_currenciesUtf8) {
            if (equalsIgnoringCase(amountCurrency, code) || equalsIgnoringCase(payCurrency, code)) {
                any = true;
                break;
            }
        }
        if (!any)
            return false;
    }
    return m_text.isEmpty() || textMatches(row);
}

bool PaymentFilter::textMatches(const PaymentRow& row) const
{
    if (m_needleAscii) {
        // Bytes of multi-byte UTF-8 sequences are never ASCII, and no character outside ASCII folds to ASCII unless
        // the row says so: the byte scan finds exactly what QString::contains(CaseInsensitive) finds.
        if (!row.hasAsciiFoldingText())
            return containsAsciiCaseInsensitive(row.searchText(), m_needle);
    } else if (!row.hasNonAsciiText()) {
        return false; // an ASCII text folds to ASCII and cannot contain a needle that does not
    } else if (!m_asciiRun.isEmpty() && !row.hasAsciiFoldingText()
        && !containsAsciiCaseInsensitive(row.searchText(), m_asciiRun)) {
        return false; // where the needle folds to ASCII, a match holds those ASCII bytes
    }
    // The NUL separators survive the conversion and the (trimmed, typed) needle never contains one.
    return QString::fromUtf8(row.searchText()).contains(m_text, Qt::CaseInsensitive);
}

bool PaymentFilter::narrows(const PaymentFilter& previous) const
{
    if (!isSubset(m_accountIds, previous.m_accountIds) || !isSubset(m_currencies, previous.m_currencies))
        return false;
    if (previous.m_statusMask != 0 && (m_statusMask == 0 || (m_statusMask & ~previous.m_statusMask) != 0))
        return false;
    if (previous.m_from.isValid() && (!m_from.isValid() || m_fromMs < previous.m_fromMs))
        return false;
    if (previous.m_to.isValid() && (!m_to.isValid() || m_toMs > previous.m_toMs))
        return false;
    return previous.m_text.isEmpty() || m_text.contains(previous.m_text, Qt::CaseInsensitive);
}

bool operator==(const PaymentFilter& a, const PaymentFilter& b)
{
    return a.m_text == b.m_text && a.m_accountIds == b.m_accountIds && a.m_statusMask == b.m_statusMask
        && a.m_currencies == b.m_currencies && a.m_from == b.m_from && a.m_to == b.m_to;
}

} // namespace paydesk
