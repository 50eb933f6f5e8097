// PaymentTableModel: loading on a worker thread, and sorting / filtering (in place below asyncThreshold() rows, on the
// worker above it), installed with a layout change that moves the persistent indexes.
#include "core/ledger/Ledger.h"
#include "models/PaymentTableModel.h"

#include <QtConcurrentRun>

namespace paydesk {

// What a load hands to the GUI thread.
struct PaymentTableModel::Snapshot
{
    std::vector<PaymentRow> rows;
    PaymentKeyIndex keys;
    PaymentArrangement arrangement;
    QHash<QString, QString> accountNames;
    QSet<QString> accountIds;
    LedgerError error;
};

namespace {

bool sameOrdering(const PaymentOrdering& a, const PaymentOrdering& b)
{
    return a.column() == b.column() && (a.column() < 0 || a.order() == b.order());
}

} // namespace

void PaymentTableModel::runLoad(QPromise<std::shared_ptr<Snapshot>>& promise, const QString& path, int column,
    Qt::SortOrder order, const PaymentFilter& filter, const std::shared_ptr<std::atomic<bool>>& cancel)
{
    const auto cancelled = [&] { return cancel->load(std::memory_order_relaxed) || promise.isCanceled(); };
    auto snapshot = std::make_shared<Snapshot>();
    const auto fail = [&](const LedgerError& error) {
        snapshot->error = error;
        promise.addResult(snapshot);
    };

    // This thread's own connection; it is closed again on this thread when `ledger` goes out of scope.
    auto opened = Ledger::open(path);
    if (!opened)
        return fail(opened.error());
    const std::unique_ptr<Ledger> ledger = std::move(opened.value());

    const auto accounts = ledger->accounts();
    if (!accounts)
        return fail(accounts.error());
    for (const Account& account : accounts.value()) {
        snapshot->accountNames.insert(account.id, account.name);
        snapshot->accountIds.insert(account.id);
    }

    const auto total = ledger->countPayments({});
    if (!total)
        return fail(total.error());
    promise.setProgressRange(0, int(qMin<qint64>(total.value(), INT_MAX)));
    promise.setProgressValue(0);
    // Headroom for the payments that arrive after the load (no reallocation of a million rows for the first one).
    snapshot->rows.reserve(std::size_t(total.value() + total.value() / 64 + 256));

    qint64 read = 0;
    const auto visited = ledger->forEachPayment({}, [&](const Payment& payment) {
        if ((read & 0x3FF) == 0 && cancelled())
            return false;
        auto id = snapshot->accountIds.constFind(payment.accountId);
        if (id == snapshot->accountIds.cend())
            id = snapshot->accountIds.insert(payment.accountId);
        snapshot->rows.emplace_back(payment, *id);
        if ((++read & 0x3FFF) == 0)
            promise.setProgressValue(int(qMin<qint64>(read, INT_MAX)));
        return true;
    });
    if (cancelled())
        return;
    if (!visited)
        return fail(visited.error());

    snapshot->keys.build(snapshot->rows);
    const PaymentOrdering ordering(column, order, PaymentOrdering::accountRanks(snapshot->accountNames));
    snapshot->arrangement = PaymentArrangement::compute(snapshot->rows, ordering, filter, cancel.get());
    if (cancelled() || snapshot->arrangement.cancelled)
        return;
    promise.setProgressValue(int(qMin<qint64>(read, INT_MAX)));
    promise.addResult(snapshot);
}

void PaymentTableModel::load(const QString& ledgerPath)
{
    if (m_loading) {
        m_loadCancel->store(true);
        m_loadWatcher->cancel();
    }
    if (m_arrangeCancel)
        m_arrangeCancel->store(true);
    m_path = ledgerPath;
    m_ledger.reset();
    m_lastError = {};
    m_loadCancel = std::make_shared<std::atomic<bool>>(false);
    setBusy(true, m_arranging);

    const auto cancel = m_loadCancel;
    const int column = m_requestedColumn;
    const Qt::SortOrder order = m_requestedOrder;
    const PaymentFilter filter = m_requestedFilter;
    m_loadWatcher->setFuture(QtConcurrent::run(
        &m_pool, [ledgerPath, column, order, filter, cancel](QPromise<std::shared_ptr<Snapshot>>& promise) {
            runLoad(promise, ledgerPath, column, order, filter, cancel);
        }));
}

void PaymentTableModel::cancelLoad()
{
    if (!m_loading)
        return;
    // The worker stops at its next check; its finished() is ignored (m_loading is false) or dropped by the next
    // setFuture().
    m_loadCancel->store(true);
    m_loadWatcher->cancel();
    setBusy(false, m_arranging);
    flushPending();
    scheduleArrange();
}

void PaymentTableModel::onLoadFinished()
{
    if (!m_loading)
        return;
    const QFuture<std::shared_ptr<Snapshot>> future = m_loadWatcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        setBusy(false, m_arranging);
        flushPending();
        scheduleArrange();
        return;
    }
    const std::shared_ptr<Snapshot> snapshot = future.result();
    if (snapshot->error.isError()) {
        m_lastError = snapshot->error;
        setBusy(false, m_arranging);
        Q_EMIT loadFinished(false);
        flushPending();
        scheduleArrange();
        return;
    }

    // The one reset: everything is new.
    beginResetModel();
    m_rows = std::move(snapshot->rows);
    m_keys = std::move(snapshot->keys);
    m_arrangement = std::move(snapshot->arrangement);
    m_accountNames = std::move(snapshot->accountNames);
    m_accountIds = std::move(snapshot->accountIds);
    m_resortNeeded = false;
    m_standIns.clear();
    endResetModel();
    m_unknownOutcomesPending = true; // the "Outcome unknown" rows come from the journal, after the reset

    m_lastError = {};
    setBusy(false, m_arranging);
    Q_EMIT loadFinished(true);
    flushPending();
    scheduleArrange();
    if (!m_arranging)
        Q_EMIT arranged();
}

PaymentOrdering PaymentTableModel::requestedOrdering() const
{
    return PaymentOrdering(m_requestedColumn, m_requestedOrder,
        m_requestedColumn == AccountColumn ? PaymentOrdering::accountRanks(m_accountNames) : QHash<QString, int>());
}

void PaymentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = -1;
    if (column == m_requestedColumn && order == m_requestedOrder)
        return;
    m_requestedColumn = column;
    m_requestedOrder = order;
    if (m_arranging)
        m_arrangeCancel->store(true); // outdated; the next job does the latest request
    scheduleArrange();
}

void PaymentTableModel::setFilter(const PaymentFilter& filter)
{
    if (filter == m_requestedFilter)
        return;
    m_requestedFilter = filter;
    if (m_arranging)
        m_arrangeCancel->store(true);
    scheduleArrange();
}

void PaymentTableModel::scheduleArrange()
{
    if (m_loading || m_arranging)
        return; // re-evaluated when the running job ends
    const PaymentOrdering wanted = requestedOrdering();
    const bool resort = m_resortNeeded || !sameOrdering(wanted, m_arrangement.ordering);
    if (!resort && m_requestedFilter == m_arrangement.filter)
        return;

    if (qsizetype(m_rows.size()) <= m_asyncThreshold) {
        install(resort ? PaymentArrangement::compute(m_rows, wanted, m_requestedFilter)
                       : PaymentArrangement::update(m_rows, m_arrangement, wanted, m_requestedFilter));
        Q_EMIT arranged();
        return;
    }

    // The worker only reads m_rows and m_arrangement; nothing changes them until onArrangeFinished() (updates wait
    // in m_pending, a load installs only after this job: the pool has one thread).
    m_arrangeCancel = std::make_shared<std::atomic<bool>>(false);
    setBusy(m_loading, true);
    const auto cancel = m_arrangeCancel;
    const std::vector<PaymentRow>* rows = &m_rows;
    const PaymentArrangement* current = &m_arrangement;
    const PaymentFilter filter = m_requestedFilter;
    m_arrangeWatcher->setFuture(QtConcurrent::run(&m_pool, [rows, current, wanted, filter, resort, cancel] {
        return std::make_shared<PaymentArrangement>(resort
                ? PaymentArrangement::compute(*rows, wanted, filter, cancel.get())
                : PaymentArrangement::update(*rows, *current, wanted, filter, cancel.get()));
    }));
}

void PaymentTableModel::onArrangeFinished()
{
    if (!m_arranging)
        return;
    const QFuture<std::shared_ptr<PaymentArrangement>> future = m_arrangeWatcher->future();
    std::shared_ptr<PaymentArrangement> result;
    if (!future.isCanceled() && future.resultCount() > 0)
        result = future.result();
    m_arranging = false; // busyChanged() only if no next job starts below
    if (result && !result->cancelled && !m_loading)
        install(std::move(*result));
    flushPending();
    scheduleArrange();
    setBusy(m_loading, m_arranging);
    if (!m_arranging && !m_loading)
        Q_EMIT arranged();
}

void PaymentTableModel::install(PaymentArrangement arrangement)
{
    const bool reordered = !sameOrdering(arrangement.ordering, m_arrangement.ordering) || m_resortNeeded;
    const bool refiltered = !(arrangement.filter == m_arrangement.filter);
    const auto hint
        = reordered && !refiltered ? QAbstractItemModel::VerticalSortHint : QAbstractItemModel::NoLayoutChangeHint;
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    if (!from.isEmpty()) {
        std::vector<qint32> newRow(m_rows.size(), -1);
        for (std::size_t i = 0; i < arrangement.visible.size(); ++i)
            newRow[arrangement.visible[i]] = qint32(i);
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex& index : from) {
            const qint32 row = newRow[m_arrangement.visible[std::size_t(index.row())]];
            to.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
        }
        changePersistentIndexList(from, to);
    }
    m_arrangement = std::move(arrangement);
    m_resortNeeded = false;
    Q_EMIT layoutChanged({}, hint);
}

void PaymentTableModel::setBusy(bool loading, bool arranging)
{
    m_loading = loading;
    m_arranging = arranging;
    if (m_busyReported != isBusy()) {
        m_busyReported = isBusy();
        Q_EMIT busyChanged(m_busyReported);
    }
}

void PaymentTableModel::flushPending()
{
    if (m_loading || m_arranging)
        return;
    if (!m_pending.isEmpty()) {
        const QList<Payment> pending = std::move(m_pending);
        m_pending.clear();
        applyPayments(pending);
    }
    if (m_unknownOutcomesPending) {
        m_unknownOutcomesPending = false;
        (void)refreshUnknownOutcomes(); // an error is kept in lastError()
    }
}

} // namespace paydesk
