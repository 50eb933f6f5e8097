// PaymentTableModel: row-level updates that keep the current filter and order.
#include "core/journal/UnknownOutcome.h"
#include "core/ledger/Ledger.h"
#include "models/PaymentTableModel.h"

#include <algorithm>

namespace paydesk {

namespace {

using Field = PaymentRow::Field;

QString batchKey(const PaymentRow& row)
{
    return row.accountId() + QChar(u'\x1f') + row.text(Field::Id);
}

template<typename Vector>
void insertAt(Vector& vector, qsizetype position, quint32 value)
{
    vector.insert(vector.begin() + std::ptrdiff_t(position), value);
}

template<typename Vector>
void eraseAt(Vector& vector, qsizetype position)
{
    vector.erase(vector.begin() + std::ptrdiff_t(position));
}

// Room for `more` rows, growing by 1/8 (a million rows do not double their vector for a few new payments).
void reserveFor(std::vector<PaymentRow>& rows, std::size_t more)
{
    if (rows.size() + more > rows.capacity())
        rows.reserve(rows.size() + std::max(more, rows.size() / 8 + 16));
}

} // namespace

LedgerResult<void> PaymentTableModel::applyUpsert(const QString& accountId, const UpsertResult& result)
{
    if (const auto opened = openReadLedger(); !opened.ok())
        return opened;
    QList<Payment> payments;
    payments.reserve(result.inserted.size() + result.changed.size());
    for (const QStringList* ids : {&result.inserted, &result.changed}) {
        for (const QString& id : *ids) {
            auto payment = m_ledger->payment(accountId, id);
            if (!payment) {
                if (payment.error().kind == LedgerError::Kind::NotFound)
                    continue; // removed since (its account was removed): a later load drops it
                m_lastError = payment.error();
                return m_lastError;
            }
            payments.append(std::move(payment.value()));
        }
    }
    applyPayments(payments);
    // A payment stored may settle an unknown outcome: its stand-in row gives way.
    return refreshUnknownOutcomes();
}

LedgerResult<void> PaymentTableModel::openReadLedger()
{
    if (m_path.isEmpty())
        return LedgerError::make(LedgerError::Kind::InvalidArgument, tr("No ledger is loaded."));
    if (!m_ledger) {
        auto opened = Ledger::open(m_path);
        if (!opened) {
            m_lastError = opened.error();
            return m_lastError;
        }
        m_ledger = std::move(opened.value());
    }
    return {};
}

LedgerResult<void> PaymentTableModel::refreshUnknownOutcomes()
{
    if (m_loading || m_arranging) {
        m_unknownOutcomesPending = true;
        return {};
    }
    if (const auto opened = openReadLedger(); !opened.ok())
        return opened;
    const auto unknown = UnknownOutcome::payments(*m_ledger);
    if (!unknown.ok()) {
        m_lastError = unknown.error();
        return m_lastError;
    }
    QSet<QString> now;
    for (const Payment& payment : unknown.value())
        now.insert(payment.accountId + QChar(u'\x1f') + payment.id);
    const QSet<QString> settled = m_standIns - now;
    m_standIns = now;
    removeRowsByKey(settled);
    applyPayments(unknown.value());
    return {};
}

void PaymentTableModel::removeRowsByKey(const QSet<QString>& keys)
{
    std::vector<quint32> doomed;
    for (const QString& key : keys) {
        const qsizetype separator = key.indexOf(QChar(u'\x1f'));
        const qint64 index = m_keys.find(m_rows, QStringView(key).left(separator), key.mid(separator + 1).toUtf8());
        if (index >= 0)
            doomed.push_back(quint32(index));
    }
    if (doomed.empty())
        return;
    std::sort(doomed.begin(), doomed.end());
    std::vector<quint32>& all = m_arrangement.sortedAll;
    std::vector<quint32>& visible = m_arrangement.visible;
    for (const quint32 index : doomed) {
        if (const auto it = std::find(visible.begin(), visible.end(), index); it != visible.end()) {
            const auto position = int(it - visible.begin());
            beginRemoveRows({}, position, position);
            visible.erase(it);
            endRemoveRows();
        }
        all.erase(std::remove(all.begin(), all.end(), index), all.end());
    }
    // Storage: the rows go, and every index above one of them moves down (the order of the rest is unchanged).
    for (auto it = doomed.rbegin(); it != doomed.rend(); ++it)
        m_rows.erase(m_rows.begin() + std::ptrdiff_t(*it));
    const auto renumber = [&doomed](std::vector<quint32>& indices) {
        for (quint32& index : indices)
            index -= quint32(std::lower_bound(doomed.begin(), doomed.end(), index) - doomed.begin());
    };
    renumber(all);
    renumber(visible);
    m_keys.build(m_rows);
}

void PaymentTableModel::applyPayments(const QList<Payment>& payments)
{
    if (payments.isEmpty())
        return;
    if (m_loading || m_arranging) {
        m_pending.append(payments);
        return;
    }
    std::vector<PaymentRow> rows;
    rows.reserve(std::size_t(payments.size()));
    for (const Payment& payment : payments)
        rows.emplace_back(payment, internAccountId(payment.accountId));
    // Row by row, each change costs a memmove of the index vectors; past a budget one layout change is cheaper.
    const qint64 cost = qint64(rows.size()) * qint64(m_rows.size() + 1);
    if (cost > m_bulkUpdateThreshold)
        applyInOneLayoutChange(std::move(rows));
    else
        applyRowByRow(std::move(rows));
}

void PaymentTableModel::applyRowByRow(std::vector<PaymentRow> rows)
{
    const PaymentOrdering& order = m_arrangement.ordering;
    const PaymentFilter& filter = m_arrangement.filter;
    std::vector<quint32>& all = m_arrangement.sortedAll;
    std::vector<quint32>& visible = m_arrangement.visible;
    std::vector<quint32> changed;
    std::vector<quint32> added;
    QHash<QString, quint32> addedKeys; // a payment twice in one batch

    for (PaymentRow& row : rows) {
        qint64 found = m_keys.find(m_rows, row.accountId(), row.utf8(Field::Id));
        if (found < 0 && !addedKeys.isEmpty()) {
            const auto it = addedKeys.constFind(batchKey(row));
            if (it != addedKeys.cend())
                found = *it;
        }
        if (found < 0) {
            const auto index = quint32(m_rows.size());
            reserveFor(m_rows, 1);
            m_rows.push_back(std::move(row));
            added.push_back(index);
            addedKeys.insert(batchKey(m_rows.back()), index);
            insertAt(all, order.lowerBound(m_rows, all, index), index);
            if (filter.matches(m_rows.back())) {
                const qsizetype position = order.lowerBound(m_rows, visible, index);
                beginInsertRows({}, int(position), int(position));
                insertAt(visible, position, index);
                endInsertRows();
            }
            continue;
        }

        const auto index = quint32(found);
        if (m_rows[index] == row)
            continue;
        // Where the row is now (old values), then where it goes (new values).
        const qsizetype allOld = order.lowerBound(m_rows, all, index);
        const bool wasVisible = filter.matches(m_rows[index]);
        const qsizetype visibleOld = wasVisible ? order.lowerBound(m_rows, visible, index) : -1;
        Q_ASSERT(all[std::size_t(allOld)] == index);
        Q_ASSERT(!wasVisible || visible[std::size_t(visibleOld)] == index);

        std::swap(m_rows[index], row); // new values in; `row` holds the old ones
        eraseAt(all, allOld);
        insertAt(all, order.lowerBound(m_rows, all, index), index);
        const bool nowVisible = filter.matches(m_rows[index]);

        if (wasVisible && nowVisible) {
            eraseAt(visible, visibleOld);
            const qsizetype visibleNew = order.lowerBound(m_rows, visible, index);
            insertAt(visible, visibleOld, index);
            if (visibleNew != visibleOld) {
                std::swap(m_rows[index], row); // old values while the views prepare
                beginMoveRows({}, int(visibleOld), int(visibleOld), {},
                    int(visibleNew > visibleOld ? visibleNew + 1 : visibleNew));
                std::swap(m_rows[index], row);
                eraseAt(visible, visibleOld);
                insertAt(visible, visibleNew, index);
                endMoveRows();
            }
            changed.push_back(index);
        } else if (wasVisible) {
            std::swap(m_rows[index], row);
            beginRemoveRows({}, int(visibleOld), int(visibleOld));
            std::swap(m_rows[index], row);
            eraseAt(visible, visibleOld);
            endRemoveRows();
        } else if (nowVisible) {
            const qsizetype position = order.lowerBound(m_rows, visible, index);
            beginInsertRows({}, int(position), int(position));
            insertAt(visible, position, index);
            endInsertRows();
        }
    }
    m_keys.add(m_rows, added);
    emitDataChanged(changed);
}

void PaymentTableModel::applyInOneLayoutChange(std::vector<PaymentRow> rows)
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    std::vector<quint32> persistentRows; // storage index of each persistent index
    persistentRows.reserve(std::size_t(from.size()));
    for (const QModelIndex& index : from)
        persistentRows.push_back(m_arrangement.visible[std::size_t(index.row())]);

    const PaymentOrdering& order = m_arrangement.ordering;
    const PaymentFilter& filter = m_arrangement.filter;
    std::vector<quint32> touched; // changed or added, each once
    std::vector<quint32> changed;
    std::vector<quint32> added;
    std::vector<quint8> moved(m_rows.size(), 0);
    QHash<QString, quint32> addedKeys;
    for (PaymentRow& row : rows) {
        qint64 found = m_keys.find(m_rows, row.accountId(), row.utf8(Field::Id));
        if (found < 0) {
            const auto it = addedKeys.constFind(batchKey(row));
            if (it != addedKeys.cend())
                found = *it;
        }
        if (found < 0) {
            const auto index = quint32(m_rows.size());
            addedKeys.insert(batchKey(row), index);
            reserveFor(m_rows, 1);
            m_rows.push_back(std::move(row));
            added.push_back(index);
            touched.push_back(index);
            continue;
        }
        const auto index = quint32(found);
        if (m_rows[index] == row)
            continue;
        m_rows[index] = std::move(row);
        if (index < moved.size() && !moved[index]) {
            moved[index] = 1;
            touched.push_back(index);
            changed.push_back(index);
        }
    }
    m_keys.add(m_rows, added);

    // The rows that did not move keep their relative order; the touched ones are sorted and merged in.
    const std::vector<quint32> extra = order.sorted(m_rows, touched);
    const auto merge = [&](const std::vector<quint32>& current, bool onlyMatching) {
        std::vector<quint32> base; // without the touched rows, whose old places no longer fit their values
        base.reserve(current.size());
        for (quint32 index : current) {
            if (index >= moved.size() || !moved[index])
                base.push_back(index);
        }
        std::vector<quint32> result;
        result.reserve(base.size() + extra.size());
        auto next = base.cbegin();
        for (quint32 index : extra) {
            if (onlyMatching && !filter.matches(m_rows[index]))
                continue;
            const auto position = std::lower_bound(
                next, base.cend(), index, [&](quint32 a, quint32 b) { return order.before(m_rows, a, b); });
            result.insert(result.end(), next, position);
            result.push_back(index);
            next = position;
        }
        result.insert(result.end(), next, base.cend());
        return result;
    };
    m_arrangement.sortedAll = merge(m_arrangement.sortedAll, false);
    m_arrangement.visible = merge(m_arrangement.visible, true);

    if (!from.isEmpty()) {
        std::vector<qint32> newRow(m_rows.size(), -1);
        for (std::size_t i = 0; i < m_arrangement.visible.size(); ++i)
            newRow[m_arrangement.visible[i]] = qint32(i);
        QModelIndexList to;
        to.reserve(from.size());
        for (qsizetype i = 0; i < from.size(); ++i) {
            const qint32 row = newRow[persistentRows[std::size_t(i)]];
            to.append(row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
        }
        changePersistentIndexList(from, to);
    }
    Q_EMIT layoutChanged();
    emitDataChanged(changed);
}

void PaymentTableModel::emitDataChanged(const std::vector<quint32>& storageIndices)
{
    const std::vector<quint32>& visible = m_arrangement.visible;
    std::vector<int> positions;
    positions.reserve(storageIndices.size());
    for (quint32 index : storageIndices) {
        if (!m_arrangement.filter.matches(m_rows[index]))
            continue;
        const qsizetype position = m_arrangement.ordering.lowerBound(m_rows, visible, index);
        if (position < qsizetype(visible.size()) && visible[std::size_t(position)] == index)
            positions.push_back(int(position));
    }
    if (positions.empty())
        return;
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    // More than half of the rows: one range (the views repaint what they show either way).
    if (positions.size() * 2 > visible.size()) {
        Q_EMIT dataChanged(index(positions.front(), 0), index(positions.back(), ColumnCount - 1));
        return;
    }
    std::size_t start = 0;
    for (std::size_t i = 1; i <= positions.size(); ++i) {
        if (i == positions.size() || positions[i] != positions[i - 1] + 1) {
            Q_EMIT dataChanged(index(positions[start], 0), index(positions[i - 1], ColumnCount - 1));
            start = i;
        }
    }
}

} // namespace paydesk
