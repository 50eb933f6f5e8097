#include "models/PaymentKeyIndex.h"

#include <QHash>

#include <algorithm>

namespace paydesk {

quint64 PaymentKeyIndex::hash(QStringView accountId, QByteArrayView idUtf8)
{
    return quint64(qHash(idUtf8, qHash(accountId, 0x5D1E7A11u)));
}

PaymentKeyIndex::Entry PaymentKeyIndex::entryOf(const std::vector<PaymentRow>& rows, quint32 index)
{
    const PaymentRow& row = rows[index];
    return Entry{hash(row.accountId(), row.utf8(PaymentRow::Field::Id)), index};
}

void PaymentKeyIndex::build(const std::vector<PaymentRow>& rows)
{
    m_entries.clear();
    m_entries.reserve(rows.size());
    for (quint32 i = 0; i < quint32(rows.size()); ++i)
        m_entries.push_back(entryOf(rows, i));
    std::sort(m_entries.begin(), m_entries.end(), &entryLess);
}

qint64 PaymentKeyIndex::find(const std::vector<PaymentRow>& rows, QStringView accountId, QByteArrayView idUtf8) const
{
    const quint64 h = hash(accountId, idUtf8);
    auto it = std::lower_bound(
        m_entries.begin(), m_entries.end(), h, [](const Entry& e, quint64 value) { return e.hash < value; });
    for (; it != m_entries.end() && it->hash == h; ++it) {
        const PaymentRow& row = rows[it->row];
        if (row.accountId() == accountId && row.utf8(PaymentRow::Field::Id) == idUtf8)
            return it->row;
    }
    return -1;
}

void PaymentKeyIndex::add(const std::vector<PaymentRow>& rows, const std::vector<quint32>& indices)
{
    if (indices.empty())
        return;
    std::vector<Entry> added;
    added.reserve(indices.size());
    for (quint32 index : indices)
        added.push_back(entryOf(rows, index));
    std::sort(added.begin(), added.end(), &entryLess);
    const std::size_t middle = m_entries.size();
    m_entries.insert(m_entries.end(), added.begin(), added.end());
    std::inplace_merge(m_entries.begin(), m_entries.begin() + std::ptrdiff_t(middle), m_entries.end(), &entryLess);
}

} // namespace paydesk
