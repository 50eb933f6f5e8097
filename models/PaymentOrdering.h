#pragma once

#include "models/PaymentRow.h"

#include <QHash>
#include <QString>
#include <Qt>

#include <atomic>
#include <vector>

namespace paydesk {

// The order of the Payments table for one column and direction, over rows identified by their storage index.
//
// It is a total order: the column's value, then the ledger's own order (created time newest first, then account id
// and payment id, as Ledger::payments() returns them), so rows with equal values stand where a fresh load would put
// them whatever order updates arrived in, and a row's position can be found again by binary search (lowerBound()).
// Sorting builds a precomputed key per row (an exact fixed-point amount, a time, a rank or the first 16 case-folded
// bytes of a text, plus the created time) and std::stable_sort()s the keys; only equal keys fall back to a full
// comparison (Decimal for amounts beyond 18 integer or 18 fractional digits, the whole text for texts, the ids).
//
// Values: times and amounts numerically (Decimal-exact, never double; missing values first); texts by ASCII
// case-insensitive byte order of their UTF-8 (code point order beyond ASCII), then exactly; status and gateway by
// their displayed name; account by account name. A column < 0 is the ledger's order alone.
class PaymentOrdering final
{
public:
    PaymentOrdering() = default; // storage order
    // accountRanks: account id → position of the account's name (accountRanks()); unknown ids sort last.
    PaymentOrdering(int column, Qt::SortOrder order, QHash<QString, int> accountRanks = {});

    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }

    // True when row a comes before row b.
    bool before(const std::vector<PaymentRow>& rows, quint32 a, quint32 b) const;
    // The given storage indices in this order. Returns an empty vector as soon as it sees *cancel set.
    std::vector<quint32> sorted(const std::vector<PaymentRow>& rows, const std::vector<quint32>& indices,
        const std::atomic<bool>* cancel = nullptr) const;
    // Where row r belongs in `order` (a vector sorted by this ordering): the first position whose row does not come
    // before r. When r is in `order`, that is its position.
    qsizetype lowerBound(const std::vector<PaymentRow>& rows, const std::vector<quint32>& order, quint32 r) const;

    // Account id → rank of its name (case-insensitive, then by id), for the account column.
    static QHash<QString, int> accountRanks(const QHash<QString, QString>& accountNames);

private:
    enum class Kind : quint8 { Natural, Time, Rank, Text, Amount };
    struct Key
    {
        quint64 hi = 0;
        quint64 lo = 0;
        qint64 created = 0; // the ledger's order, for equal values
        quint32 row = 0;
        bool full = false; // an amount the fixed-point key does not hold exactly
    };

    Key key(const PaymentRow& row, quint32 index) const;
    // Ascending comparison of the values alone (no index tie-break): < 0, 0, > 0.
    int compareValues(const std::vector<PaymentRow>& rows, const Key& a, const Key& b) const;
    int compareFull(const PaymentRow& a, const PaymentRow& b) const;
    // The ledger's order: created newest first (unknown last), account id, payment id.
    static int compareLedgerOrder(const std::vector<PaymentRow>& rows, const Key& a, const Key& b);
    bool keyBefore(const std::vector<PaymentRow>& rows, const Key& a, const Key& b) const;

    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    Kind m_kind = Kind::Natural;
    PaymentRow::Field m_field = PaymentRow::Field::Id; // Text and Amount kinds
    PaymentRow::Field m_currencyField = PaymentRow::Field::AmountCurrency; // Amount kind
    QHash<QString, int> m_accountRanks;
    quint64 m_ranks[16] = {}; // status or gateway value → rank of its displayed name
};

} // namespace paydesk
