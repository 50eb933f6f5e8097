#pragma once

#include "models/PaymentRow.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <vector>

namespace paydesk {

// Finds a payment row by its ledger key (account id, payment id) in O(log n) with 16 bytes per row: a vector of
// (hash, storage index) sorted by hash; equal hashes are told apart by comparing the rows themselves.
// The hash is seeded per process, so it is never stored.
class PaymentKeyIndex final
{
public:
    static quint64 hash(QStringView accountId, QByteArrayView idUtf8);

    // Indexes every row (on the loader's thread).
    void build(const std::vector<PaymentRow>& rows);
    // Storage index of the row with this key, or -1.
    qint64 find(const std::vector<PaymentRow>& rows, QStringView accountId, QByteArrayView idUtf8) const;
    // Adds rows appended to `rows` at these storage indices (one merge for the whole batch).
    void add(const std::vector<PaymentRow>& rows, const std::vector<quint32>& indices);

    qsizetype size() const { return qsizetype(m_entries.size()); }
    qsizetype memoryBytes() const { return qsizetype(m_entries.capacity() * sizeof(Entry)); }

private:
    struct Entry
    {
        quint64 hash = 0;
        quint32 row = 0;
    };
    static Entry entryOf(const std::vector<PaymentRow>& rows, quint32 index);
    static bool entryLess(const Entry& a, const Entry& b)
    {
        return a.hash < b.hash || (a.hash == b.hash && a.row < b.row);
    }

    std::vector<Entry> m_entries;
};

} // namespace paydesk
