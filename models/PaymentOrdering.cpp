#include "models/PaymentOrdering.h"

#include "models/PaymentTableModel.h"
#include "models/StatusText.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace paydesk {

namespace {

using Field = PaymentRow::Field;

constexpr quint64 kSignBit = quint64(1) << 63;
constexpr quint64 kPow10_18 = 1'000'000'000'000'000'000ULL;

bool isCancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

unsigned char foldByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'A' && u <= 'Z') ? static_cast<unsigned char>(u + ('a' - 'A')) : u;
}

// Bytes [offset, offset + 8) of the case-folded text, big-endian, zero-padded: compares like the bytes do.
quint64 foldedWord(QByteArrayView text, qsizetype offset)
{
    quint64 word = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        const qsizetype at = offset + i;
        word = (word << 8) | (at < text.size() ? foldByte(text[at]) : 0u);
    }
    return word;
}

int compareText(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = foldByte(a[i]);
        const unsigned char y = foldByte(b[i]);
        if (x != y)
            return x < y ? -1 : 1;
    }
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    const int raw = n == 0 ? 0 : std::memcmp(a.data(), b.data(), std::size_t(n));
    return raw < 0 ? -1 : (raw > 0 ? 1 : 0);
}

// Canonical decimal text → (hi, lo) that compares like the value: hi = floor of the value truncated to 18
// fractional digits, offset-binary; lo = its fraction in units of 1e-18. `full` when that truncation or an integer
// part beyond 18 digits loses anything (hi then still orders correctly wherever it differs). Missing: (0, 0).
void amountKey(QByteArrayView text, quint64& hi, quint64& lo, bool& full)
{
    hi = 0;
    lo = 0;
    full = false;
    if (text.isEmpty())
        return;
    const bool negative = text[0] == '-';
    qsizetype i = (negative || text[0] == '+') ? 1 : 0;
    quint64 whole = 0;
    int wholeDigits = 0;
    bool big = false;
    for (; i < text.size() && text[i] != '.'; ++i) {
        const int digit = text[i] - '0';
        if (digit < 0 || digit > 9)
            return; // not canonical text: treated as missing
        if (wholeDigits == 0 && digit == 0)
            continue;
        if (++wholeDigits > 18)
            big = true;
        else
            whole = whole * 10 + quint64(digit);
    }
    quint64 fraction = 0;
    int fractionDigits = 0;
    if (i < text.size())
        ++i; // '.'
    for (; i < text.size(); ++i) {
        const int digit = text[i] - '0';
        if (digit < 0 || digit > 9)
            return;
        if (fractionDigits < 18) {
            fraction = fraction * 10 + quint64(digit);
            ++fractionDigits;
        } else if (digit != 0) {
            full = true;
        }
    }
    for (; fractionDigits < 18; ++fractionDigits)
        fraction *= 10;
    if (big) {
        full = true;
        hi = negative ? 1 : ~quint64(0);
        return;
    }
    qint64 floorWhole = qint64(whole);
    quint64 floorFraction = fraction;
    if (negative) {
        floorWhole = -qint64(whole) - (fraction ? 1 : 0);
        floorFraction = fraction ? kPow10_18 - fraction : 0;
    }
    hi = quint64(floorWhole) ^ kSignBit;
    lo = floorFraction;
}

std::optional<Decimal> decimalOf(const PaymentRow& row, Field field)
{
    const QByteArrayView text = row.utf8(field);
    if (text.isEmpty() || text.size() > 96)
        return std::nullopt;
    char16_t wide[96];
    for (qsizetype i = 0; i < text.size(); ++i)
        wide[i] = static_cast<unsigned char>(text[i]);
    return Decimal::fromString(QStringView(wide, text.size()));
}

} // namespace

PaymentOrdering::PaymentOrdering(int column, Qt::SortOrder order, QHash<QString, int> accountRanks)
    : m_column(column)
    , m_order(order)
    , m_accountRanks(std::move(accountRanks))
{
    const auto text = [this](Field field) {
        m_kind = Kind::Text;
        m_field = field;
    };
    const auto amount = [this](Field field, Field currency) {
        m_kind = Kind::Amount;
        m_field = field;
        m_currencyField = currency;
    };
    switch (column) {
    case PaymentTableModel::CreatedColumn:
    case PaymentTableModel::ExpiresColumn:
        m_kind = Kind::Time;
        break;
    case PaymentTableModel::AccountColumn:
        m_kind = Kind::Rank;
        break;
    case PaymentTableModel::GatewayColumn: {
        m_kind = Kind::Rank;
        std::array<Gateway, 4> gateways{
            Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus};
        std::stable_sort(gateways.begin(), gateways.end(), [](Gateway a, Gateway b) {
            return gatewayDisplayName(a).compare(gatewayDisplayName(b), Qt::CaseInsensitive) < 0;
        });
        for (std::size_t rank = 0; rank < gateways.size(); ++rank)
            m_ranks[static_cast<int>(gateways[rank])] = rank;
        break;
    }
    case PaymentTableModel::StatusColumn: {
        m_kind = Kind::Rank;
        std::array<int, static_cast<int>(PaymentStatus::Unknown) + 1> statuses{};
        for (std::size_t i = 0; i < statuses.size(); ++i)
            statuses[i] = int(i);
        std::stable_sort(statuses.begin(), statuses.end(), [](int a, int b) {
            return StatusText::payment(PaymentStatus(a)).localeAwareCompare(StatusText::payment(PaymentStatus(b))) < 0;
        });
        for (std::size_t rank = 0; rank < statuses.size(); ++rank)
            m_ranks[statuses[rank]] = rank;
        break;
    }
    case PaymentTableModel::OrderIdColumn:
        text(Field::OrderId);
        break;
    case PaymentTableModel::DescriptionColumn:
        text(Field::Description);
        break;
    case PaymentTableModel::CurrencyColumn:
        text(Field::AmountCurrency);
        break;
    case PaymentTableModel::PayCurrencyColumn:
        text(Field::PayCurrency);
        break;
    case PaymentTableModel::NetworkColumn:
        text(Field::Network);
        break;
    case PaymentTableModel::AddressColumn:
        text(Field::Address);
        break;
    case PaymentTableModel::IdColumn:
        text(Field::Id);
        break;
    case PaymentTableModel::AmountColumn:
        amount(Field::Amount, Field::AmountCurrency);
        break;
    case PaymentTableModel::PayAmountColumn:
        amount(Field::PayAmount, Field::PayCurrency);
        break;
    case PaymentTableModel::PaidColumn:
        amount(Field::Paid, Field::PaidCurrency);
        break;
    case PaymentTableModel::RefundedColumn:
        amount(Field::Refunded, Field::RefundedCurrency);
        break;
    default:
        m_column = -1;
        m_kind = Kind::Natural;
        break;
    }
}

QHash<QString, int> PaymentOrdering::accountRanks(const QHash<QString, QString>& accountNames)
{
    QStringList ids = accountNames.keys();
    std::sort(ids.begin(), ids.end(), [&](const QString& a, const QString& b) {
        const int byName = accountNames.value(a).compare(accountNames.value(b), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a < b;
    });
    QHash<QString, int> ranks;
    for (int i = 0; i < ids.size(); ++i)
        ranks.insert(ids.at(i), i);
    return ranks;
}

PaymentOrdering::Key PaymentOrdering::key(const PaymentRow& row, quint32 index) const
{
    Key k;
    k.row = index;
    k.created = row.createdMs();
    switch (m_kind) {
    case Kind::Natural:
        break;
    case Kind::Time:
        // kNoTime (INT64_MIN) maps to 0: unknown times come first.
        k.hi = quint64(m_column == PaymentTableModel::ExpiresColumn ? row.expiresMs() : row.createdMs()) ^ kSignBit;
        break;
    case Kind::Rank:
        if (m_column == PaymentTableModel::AccountColumn)
            k.hi = quint64(m_accountRanks.value(row.accountId(), INT_MAX));
        else if (m_column == PaymentTableModel::GatewayColumn)
            k.hi = m_ranks[static_cast<int>(row.gateway())];
        else
            k.hi = m_ranks[static_cast<int>(row.status())];
        break;
    case Kind::Text: {
        const QByteArrayView text = row.utf8(m_field);
        k.hi = foldedWord(text, 0);
        k.lo = foldedWord(text, 8);
        break;
    }
    case Kind::Amount:
        if (!row.utf8(m_currencyField).isEmpty())
            amountKey(row.utf8(m_field), k.hi, k.lo, k.full);
        break;
    }
    return k;
}

int PaymentOrdering::compareFull(const PaymentRow& a, const PaymentRow& b) const
{
    if (m_kind == Kind::Text)
        return compareText(a.utf8(m_field), b.utf8(m_field));
    const bool hasA = !a.utf8(m_currencyField).isEmpty();
    const bool hasB = !b.utf8(m_currencyField).isEmpty();
    const auto x = hasA ? decimalOf(a, m_field) : std::nullopt;
    const auto y = hasB ? decimalOf(b, m_field) : std::nullopt;
    if (!x || !y)
        return x ? 1 : (y ? -1 : 0);
    return *x < *y ? -1 : (*y < *x ? 1 : 0);
}

int PaymentOrdering::compareValues(const std::vector<PaymentRow>& rows, const Key& a, const Key& b) const
{
    if (a.hi != b.hi)
        return a.hi < b.hi ? -1 : 1;
    switch (m_kind) {
    case Kind::Natural:
    case Kind::Time:
    case Kind::Rank:
        return 0;
    case Kind::Amount:
        if (a.full || b.full)
            return compareFull(rows[a.row], rows[b.row]);
        return a.lo == b.lo ? 0 : (a.lo < b.lo ? -1 : 1);
    case Kind::Text:
        if (a.lo != b.lo)
            return a.lo < b.lo ? -1 : 1;
        return compareFull(rows[a.row], rows[b.row]);
    }
    return 0;
}

int PaymentOrdering::compareLedgerOrder(const std::vector<PaymentRow>& rows, const Key& a, const Key& b)
{
    if (a.created != b.created)
        return a.created > b.created ? -1 : 1;
    const PaymentRow& x = rows[a.row];
    const PaymentRow& y = rows[b.row];
    if (const int byAccount = x.accountId().compare(y.accountId()); byAccount != 0)
        return byAccount < 0 ? -1 : 1;
    const QByteArrayView idX = x.utf8(Field::Id);
    const QByteArrayView idY = y.utf8(Field::Id);
    const int byId = std::memcmp(idX.data(), idY.data(), std::size_t(qMin(idX.size(), idY.size())));
    if (byId != 0)
        return byId < 0 ? -1 : 1;
    if (idX.size() != idY.size())
        return idX.size() < idY.size() ? -1 : 1;
    return a.row == b.row ? 0 : (a.row < b.row ? -1 : 1);
}

bool PaymentOrdering::keyBefore(const std::vector<PaymentRow>& rows, const Key& a, const Key& b) const
{
    int value = compareValues(rows, a, b);
    if (m_order == Qt::DescendingOrder)
        value = -value;
    return value != 0 ? value < 0 : compareLedgerOrder(rows, a, b) < 0;
}

bool PaymentOrdering::before(const std::vector<PaymentRow>& rows, quint32 a, quint32 b) const
{
    return keyBefore(rows, key(rows[a], a), key(rows[b], b));
}

std::vector<quint32> PaymentOrdering::sorted(
    const std::vector<PaymentRow>& rows, const std::vector<quint32>& indices, const std::atomic<bool>* cancel) const
{
    std::vector<Key> keys;
    keys.reserve(indices.size());
    for (std::size_t i = 0; i < indices.size(); ++i) {
        if ((i & 0xFFFF) == 0 && isCancelled(cancel))
            return {};
        keys.push_back(key(rows[indices[i]], indices[i]));
    }
    std::stable_sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) { return keyBefore(rows, a, b); });
    if (isCancelled(cancel))
        return {};
    std::vector<quint32> result;
    result.reserve(keys.size());
    for (const Key& k : keys)
        result.push_back(k.row);
    return result;
}

qsizetype PaymentOrdering::lowerBound(
    const std::vector<PaymentRow>& rows, const std::vector<quint32>& order, quint32 r) const
{
    const Key target = key(rows[r], r);
    const auto it = std::lower_bound(order.begin(), order.end(), target,
        [&](quint32 element, const Key& value) { return keyBefore(rows, key(rows[element], element), value); });
    return it - order.begin();
}

} // namespace paydesk
