#pragma once

#include "core/Decimal.h"
#include "core/domain/Account.h"
#include "core/ledger/LedgerResult.h"
#include "models/AmountFormatter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QString>

#include <algorithm>
#include <numeric>
#include <vector>

namespace paydesk {

// Base of the small tables (refunds, balances, addresses, accounts): a QList of core records that follows the
// ledger by diff (STYLE.md c.4.3, Bitcoin's PeerTableModel::refresh) and sorts itself with typed comparisons.
//
// setRecords() makes the rows equal to a new list from the ledger with exact row signals and never a reset:
// vanished records are removed in contiguous runs, new ones inserted in runs where they belong, a record whose sort
// position changed is moved (beginMoveRows), and changed records get coalesced dataChanged ranges (one full range
// when more than half changed). The first load is one insert. sort() is one layout change that moves the
// persistent indexes; a column < 0 restores the ledger's order.
//
// Subclasses give the key of a record (unique in the table), the comparison per column and data().
template<typename Record>
class RecordTableModel : public QAbstractTableModel
{
public:
    explicit RecordTableModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_formatter(m_locale)
    {
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        if (column < 0 || column >= columnCount())
            column = -1;
        m_sortColumn = column;
        m_sortOrder = order;
        relayout(ordered(m_source));
    }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    const QList<Record>& records() const { return m_records; }
    const Record* recordAt(int row) const { return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr; }
    // The row of the record with this key, or -1.
    int rowOfKey(const QString& key) const
    {
        for (int row = 0; row < m_records.size(); ++row) {
            if (keyOf(m_records.at(row)) == key)
                return row;
        }
        return -1;
    }

    void setAccountNames(const QHash<QString, QString>& names)
    {
        if (names == m_accountNames)
            return;
        m_accountNames = names;
        emitAllChanged();
    }
    // The records just read from the ledger, with the account names they are shown with; the first read that failed
    // wins and nothing changes then.
    LedgerResult<void> setRecordsFrom(
        const LedgerResult<QList<Account>>& accounts, const LedgerResult<QList<Record>>& records)
    {
        if (!accounts)
            return accounts.error();
        if (!records)
            return records.error();
        QHash<QString, QString> names;
        for (const Account& account : accounts.value())
            names.insert(account.id, account.name);
        setAccountNames(names);
        setRecords(records.value());
        return {};
    }
    void setLocale(const QLocale& locale)
    {
        m_locale = locale;
        m_formatter = AmountFormatter(locale);
        emitAllChanged();
    }
    void setAmountsHidden(bool hidden)
    {
        if (hidden == m_amountsHidden)
            return;
        m_amountsHidden = hidden;
        emitAllChanged();
    }
    bool amountsHidden() const { return m_amountsHidden; }

protected:
    virtual QString keyOf(const Record& record) const = 0;
    // < 0, 0 or > 0 for the values of `column`, ascending.
    virtual int compare(const Record& a, const Record& b, int column) const = 0;

    // The new contents, in the ledger's order.
    void setRecords(const QList<Record>& fromLedger)
    {
        m_source = fromLedger;
        applyDiff(ordered(m_source));
    }

    // --- Presentation helpers for data().
    QString accountName(const QString& accountId) const
    {
        const QString name = m_accountNames.value(accountId);
        return name.isEmpty() ? accountId : name;
    }
    QString formatTime(const QDateTime& time) const
    {
        return time.isValid() ? m_locale.toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    // The asset's precision, or more when the amount has more significant digits: never hides a digit.
    QString formatAmount(const Decimal& amount, const QString& currency, bool withCurrency = false) const
    {
        if (currency.isEmpty() && amount.isZero())
            return QString();
        if (m_amountsHidden)
            return QStringLiteral("•••");
        const int precision = AmountFormatter::displayPrecision(amount, currency);
        return withCurrency ? m_formatter.formatWithCurrency(amount, precision, currency)
                            : m_formatter.format(amount, precision);
    }
    static QVariant utcTime(const QDateTime& time) { return time.isValid() ? QVariant(time.toUTC()) : QVariant(); }
    QString formatCount(qint64 count) const { return m_locale.toString(count); }

    // --- Comparison helpers for compare().
    static int compareText(const QString& a, const QString& b)
    {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded : a.compare(b);
    }
    static int compareTime(const QDateTime& a, const QDateTime& b)
    {
        if (a.isValid() != b.isValid())
            return a.isValid() ? 1 : -1;
        return a == b ? 0 : (a < b ? -1 : 1);
    }
    static int compareDecimal(const Decimal& a, const Decimal& b) { return a == b ? 0 : (a < b ? -1 : 1); }
    template<typename T>
    static int compareValue(const T& a, const T& b)
    {
        return a == b ? 0 : (a < b ? -1 : 1);
    }

private:
    QList<Record> ordered(QList<Record> records) const
    {
        if (m_sortColumn < 0)
            return records;
        const int column = m_sortColumn;
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        std::stable_sort(records.begin(), records.end(), [&](const Record& a, const Record& b) {
            const int value = compare(a, b, column);
            return descending ? value > 0 : value < 0;
        });
        return records;
    }

    // Same records, new order: one layout change.
    void relayout(const QList<Record>& target)
    {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        if (!from.isEmpty()) {
            QHash<QString, int> newRow;
            for (int row = 0; row < target.size(); ++row)
                newRow.insert(keyOf(target.at(row)), row);
            QModelIndexList to;
            to.reserve(from.size());
            for (const QModelIndex& index : from) {
                const int row = newRow.value(keyOf(m_records.at(index.row())), -1);
                to.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
            }
            changePersistentIndexList(from, to);
        }
        m_records = target;
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    void applyDiff(const QList<Record>& target)
    {
        QSet<QString> targetKeys;
        for (const Record& record : target)
            targetKeys.insert(keyOf(record));

        // 1. Vanished records, in contiguous runs from the end.
        for (int last = int(m_records.size()) - 1; last >= 0;) {
            if (targetKeys.contains(keyOf(m_records.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !targetKeys.contains(keyOf(m_records.at(first - 1))))
                --first;
            beginRemoveRows({}, first, last);
            m_records.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }

        // 2. Walk the target: keep, move up, or insert runs of new records.
        QSet<QString> existing;
        for (const Record& record : std::as_const(m_records))
            existing.insert(keyOf(record));
        std::vector<int> changed;
        for (int row = 0; row < target.size();) {
            const QString key = keyOf(target.at(row));
            if (row < m_records.size() && keyOf(m_records.at(row)) == key) {
                if (!(m_records.at(row) == target.at(row))) {
                    m_records[row] = target.at(row);
                    changed.push_back(row);
                }
                ++row;
                continue;
            }
            if (!existing.contains(key)) {
                int end = row + 1;
                while (end < target.size() && !existing.contains(keyOf(target.at(end))))
                    ++end;
                beginInsertRows({}, row, end - 1);
                for (int i = row; i < end; ++i)
                    m_records.insert(i, target.at(i));
                endInsertRows();
                row = end;
                continue;
            }
            // The record here belongs further down (its sort value grew) and the ones after it each move up by one:
            // one move down instead of one move up per record in between.
            const int down = downMoveTarget(target, row);
            if (down > row) {
                beginMoveRows({}, row, row, {}, down + 1);
                m_records.move(row, down);
                endMoveRows();
                continue;
            }
            // A known record further down belongs here now (its sort value changed).
            int from = row + 1;
            while (keyOf(m_records.at(from)) != key)
                ++from;
            beginMoveRows({}, from, from, {}, row);
            m_records.move(from, row);
            endMoveRows();
        }

        // 3. Coalesced dataChanged.
        if (changed.empty())
            return;
        const int last = columnCount() - 1;
        if (changed.size() * 2 > std::size_t(m_records.size())) {
            Q_EMIT dataChanged(index(changed.front(), 0), index(changed.back(), last));
            return;
        }
        std::size_t start = 0;
        for (std::size_t i = 1; i <= changed.size(); ++i) {
            if (i == changed.size() || changed[i] != changed[i - 1] + 1) {
                Q_EMIT dataChanged(index(changed[start], 0), index(changed[i - 1], last));
                start = i;
            }
        }
    }

    // When m_records[row..] equals target[row..] but for m_records[row] sitting `d` places too early, the target
    // index of that record (row + d); otherwise -1.
    int downMoveTarget(const QList<Record>& target, int row) const
    {
        const QString key = keyOf(m_records.at(row));
        int to = row;
        while (to < target.size() && keyOf(target.at(to)) != key) {
            if (to + 1 >= m_records.size() || keyOf(m_records.at(to + 1)) != keyOf(target.at(to)))
                return -1;
            ++to;
        }
        return to < target.size() ? to : -1;
    }

    void emitAllChanged()
    {
        if (!m_records.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_records.size()) - 1, columnCount() - 1));
    }

    QList<Record> m_source; // the last list from the ledger, in its order
    QList<Record> m_records; // what is shown
    QHash<QString, QString> m_accountNames;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_locale;
    AmountFormatter m_formatter;
    bool m_amountsHidden = false;
};

} // namespace paydesk
