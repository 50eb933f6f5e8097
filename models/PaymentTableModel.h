#pragma once

#include "core/domain/Payment.h"
#include "core/ledger/LedgerError.h"
#include "core/ledger/LedgerResult.h"
#include "core/ledger/UpsertResult.h"
#include "models/AmountFormatter.h"
#include "models/PaymentArrangement.h"
#include "models/PaymentFilter.h"
#include "models/PaymentKeyIndex.h"
#include "models/PaymentRow.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPromise>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

namespace paydesk {

class Ledger;

// The Payments page: every payment of every account in one table, built for a million rows.
//
// It holds all rows (compact PaymentRow values) and two index vectors: every row in the current order (sortedAll)
// and the rows that pass the current PaymentFilter in that order (visible). Model row r is rows[visible[r]].
// There is no QSortFilterProxyModel on top: sorting builds a key per row and sorts the index (PaymentOrdering),
// filtering is one linear scan (PaymentArrangement), and both run on a worker thread when the table is larger than
// asyncThreshold() rows, ending in layoutAboutToBeChanged / layoutChanged with persistent indexes (the selection)
// moved to their rows' new positions; rows the filter now hides lose their persistent indexes.
//
// Loading: load() opens its own Ledger on the file in a worker thread, streams Ledger::forEachPayment into rows,
// reports loadProgress(), can be cancelled, and hands the rows, sorted and filtered, to the GUI thread in one go
// (the only model reset). Afterwards the table follows the ledger row by row: applyUpsert() / applyPayments() insert,
// move and change exactly the affected rows (beginInsertRows, beginMoveRows, beginRemoveRows when a changed row no
// longer passes the filter, coalesced dataChanged), keeping the current filter and order. A batch too large to
// apply row by row at this size (see bulkUpdateThreshold()) becomes one layout change instead. Updates that arrive
// while a load or a sort runs wait for it and are applied right after.
class PaymentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentTableModel)

public:
    enum Column {
        CreatedColumn,
        AccountColumn,
        GatewayColumn,
        OrderIdColumn,
        DescriptionColumn,
        AmountColumn,
        CurrencyColumn,
        PayAmountColumn,
        PayCurrencyColumn,
        NetworkColumn,
        StatusColumn,
        PaidColumn,
        RefundedColumn,
        ExpiresColumn,
        AddressColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PaymentTableModel(QObject* parent = nullptr);
    ~PaymentTableModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Asynchronous above asyncThreshold() rows: the order changes when arranged() is emitted.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // --- Loading.
    // Replaces everything with the payments in the ledger file at `ledgerPath` (cancels a running load).
    void load(const QString& ledgerPath);
    void cancelLoad();
    bool isLoading() const { return m_loading; }
    // The error of the last load or applyUpsert; kind None when it succeeded.
    LedgerError lastError() const { return m_lastError; }
    QString ledgerPath() const { return m_path; }

    // --- Filter and order (the requested ones; what is shown follows when arranged() is emitted).
    void setFilter(const PaymentFilter& filter);
    PaymentFilter filter() const { return m_requestedFilter; }
    int sortColumn() const { return m_requestedColumn; }
    Qt::SortOrder sortOrder() const { return m_requestedOrder; }
    // True while a load or a worker-thread sort / filter runs.
    bool isBusy() const { return m_loading || m_arranging; }

    // --- Row-level updates.
    // Re-reads the inserted and changed payments of one upsert batch from the ledger (a read connection of this
    // model, opened on ledgerPath() in the GUI thread) and applies them.
    LedgerResult<void> applyUpsert(const QString& accountId, const UpsertResult& result);
    // Inserts new payments and replaces known ones (by account id and payment id).
    void applyPayments(const QList<Payment>& payments);
    // Invoices whose creating call has an unknown outcome (UnknownOutcome): shows each as a row with status
    // "Outcome unknown", read from the journal (never from the ledger's payments, so never counted as money), and
    // removes the rows of those settled since. Runs after each load and each applyUpsert(); call it when the journal
    // may have changed otherwise (after a sync, after a creating call).
    LedgerResult<void> refreshUnknownOutcomes();

    // --- Presentation.
    // Account id → name, for the account column (load() reads them from the ledger too).
    void setAccountNames(const QHash<QString, QString>& names);
    QHash<QString, QString> accountNames() const { return m_accountNames; }
    void setLocale(const QLocale& locale);
    // Privacy: amounts display as "•••" (the typed roles keep their values).
    void setAmountsHidden(bool hidden);
    bool amountsHidden() const { return m_amountsHidden; }

    // --- Access and tuning.
    qsizetype totalRowCount() const { return qsizetype(m_rows.size()); } // loaded rows, shown or not
    // The row shown at `row`, or nullptr.
    const PaymentRow* rowAt(int row) const;
    // The shown row of a payment, or -1 (hidden by the filter or unknown).
    int rowOf(const QString& accountId, const QString& paymentId) const;
    // Approximate bytes held: rows, their text blocks and the indices.
    qsizetype memoryUsage() const;
    qsizetype asyncThreshold() const { return m_asyncThreshold; }
    void setAsyncThreshold(qsizetype rows) { m_asyncThreshold = rows; }
    // A batch whose size times the table size exceeds this is applied as one layout change.
    qint64 bulkUpdateThreshold() const { return m_bulkUpdateThreshold; }
    void setBulkUpdateThreshold(qint64 cost) { m_bulkUpdateThreshold = cost; }

Q_SIGNALS:
    void loadProgress(qint64 rowsRead, qint64 rowsTotal);
    // After a load, successful or not (lastError()); not emitted for a cancelled load.
    void loadFinished(bool ok);
    void busyChanged(bool busy);
    // The rows shown now follow the requested filter and order.
    void arranged();

private:
    struct Snapshot;

    QVariant displayData(const PaymentRow& row, int column) const;
    QVariant sortData(const PaymentRow& row, int column) const;
    QVariant amountData(const PaymentRow& row, int column) const;
    QString accountName(const QString& accountId) const;
    QString internAccountId(const QString& accountId);

    // Jobs (PaymentTableModelJobs.cpp).
    static void runLoad(QPromise<std::shared_ptr<Snapshot>>& promise, const QString& path, int column,
        Qt::SortOrder order, const PaymentFilter& filter, const std::shared_ptr<std::atomic<bool>>& cancel);
    void onLoadFinished();
    void scheduleArrange();
    void onArrangeFinished();
    void install(PaymentArrangement arrangement);
    void setBusy(bool loading, bool arranging);
    PaymentOrdering requestedOrdering() const;
    void flushPending();

    // Row-level updates (PaymentTableModelUpdates.cpp).
    void applyRowByRow(std::vector<PaymentRow> rows);
    void applyInOneLayoutChange(std::vector<PaymentRow> rows);
    void emitDataChanged(const std::vector<quint32>& storageIndices);
    // Removes rows from storage, the order and the view (beginRemoveRows); the stand-ins of settled entries.
    void removeRowsByKey(const QSet<QString>& keys);
    LedgerResult<void> openReadLedger();

    std::vector<PaymentRow> m_rows;
    PaymentKeyIndex m_keys;
    PaymentArrangement m_arrangement; // what is shown: ordering, filter, sortedAll, visible
    QHash<QString, QString> m_accountNames;
    QSet<QString> m_accountIds; // interned account ids, shared by the rows

    int m_requestedColumn = CreatedColumn;
    Qt::SortOrder m_requestedOrder = Qt::DescendingOrder;
    PaymentFilter m_requestedFilter;

    QString m_path;
    std::unique_ptr<Ledger> m_ledger; // GUI-thread reads for applyUpsert
    LedgerError m_lastError;
    QList<Payment> m_pending; // updates waiting for a load or a sort
    QSet<QString> m_standIns; // account id + U+001F + id of the "Outcome unknown" rows shown
    bool m_unknownOutcomesPending = false; // refreshUnknownOutcomes() waits for a load or a sort

    QLocale m_locale;
    AmountFormatter m_formatter;
    bool m_amountsHidden = false;
    bool m_loading = false;
    bool m_arranging = false;
    bool m_busyReported = false; // the last busyChanged() value
    bool m_resortNeeded = false; // the account names changed while sorted by account
    qsizetype m_asyncThreshold = 100000;
    qint64 m_bulkUpdateThreshold = 20'000'000;

    QThreadPool m_pool; // one worker: loads and arrangements run one at a time
    std::shared_ptr<std::atomic<bool>> m_loadCancel;
    std::shared_ptr<std::atomic<bool>> m_arrangeCancel;
    QFutureWatcher<std::shared_ptr<Snapshot>>* m_loadWatcher = nullptr;
    QFutureWatcher<std::shared_ptr<PaymentArrangement>>* m_arrangeWatcher = nullptr;
};

} // namespace paydesk
