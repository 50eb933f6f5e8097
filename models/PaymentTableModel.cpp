// PaymentTableModel: presentation (data, headers, settings). Loading and arranging: PaymentTableModelJobs.cpp;
// row-level updates: PaymentTableModelUpdates.cpp.
#include "models/PaymentTableModel.h"

#include "core/journal/UnknownOutcome.h"
#include "core/ledger/Ledger.h"
#include "models/ModelRoles.h"
#include "models/StatusText.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

using Field = PaymentRow::Field;

bool isAmountColumn(int column)
{
    return column == PaymentTableModel::AmountColumn || column == PaymentTableModel::PayAmountColumn
        || column == PaymentTableModel::PaidColumn || column == PaymentTableModel::RefundedColumn;
}

std::optional<Money> moneyOf(const PaymentRow& row, int column)
{
    switch (column) {
    case PaymentTableModel::PayAmountColumn:
        return row.payAmount();
    case PaymentTableModel::PaidColumn:
        return row.paid();
    case PaymentTableModel::RefundedColumn:
        return row.refunded();
    default:
        return row.amount();
    }
}

QVariant utcTime(qint64 ms)
{
    return ms == PaymentRow::kNoTime ? QVariant(QDateTime()) : QVariant(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

QVariant textOf(const PaymentRow& row, Field field)
{
    return row.text(field);
}

} // namespace

PaymentTableModel::PaymentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_formatter(m_locale)
{
    m_pool.setMaxThreadCount(1);
    m_loadWatcher = new QFutureWatcher<std::shared_ptr<Snapshot>>(this);
    m_arrangeWatcher = new QFutureWatcher<std::shared_ptr<PaymentArrangement>>(this);
    connect(m_loadWatcher, &QFutureWatcherBase::finished, this, &PaymentTableModel::onLoadFinished);
    connect(m_loadWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        // Before the worker knows the count, the watcher replays an empty range: not worth reporting.
        if (m_loading && m_loadWatcher->progressMaximum() > 0)
            Q_EMIT loadProgress(value, m_loadWatcher->progressMaximum());
    });
    connect(m_arrangeWatcher, &QFutureWatcherBase::finished, this, &PaymentTableModel::onArrangeFinished);
    m_arrangement.ordering = requestedOrdering();
}

PaymentTableModel::~PaymentTableModel()
{
    if (m_loadCancel)
        m_loadCancel->store(true);
    if (m_arrangeCancel)
        m_arrangeCancel->store(true);
    m_loadWatcher->disconnect(this);
    m_arrangeWatcher->disconnect(this);
    m_loadWatcher->cancel();
    // The workers read m_rows and m_arrangement: they must be done before the members go.
    m_pool.waitForDone();
}

int PaymentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_arrangement.visible.size());
}

int PaymentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PaymentRow* PaymentTableModel::rowAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_arrangement.visible.size())
        return nullptr;
    return &m_rows[m_arrangement.visible[std::size_t(row)]];
}

int PaymentTableModel::rowOf(const QString& accountId, const QString& paymentId) const
{
    const qint64 index = m_keys.find(m_rows, accountId, paymentId.toUtf8());
    if (index < 0 || !m_arrangement.filter.matches(m_rows[std::size_t(index)]))
        return -1;
    const qsizetype position = m_arrangement.ordering.lowerBound(m_rows, m_arrangement.visible, quint32(index));
    return int(position);
}

QVariant PaymentTableModel::data(const QModelIndex& index, int role) const
{
    const PaymentRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*row, column);
    case Qt::ToolTipRole:
        if (column == StatusColumn)
            return row->text(Field::RawStatus);
        if (column == DescriptionColumn || column == AddressColumn || column == IdColumn)
            return displayData(*row, column);
        return {};
    case Qt::TextAlignmentRole:
        if (isAmountColumn(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(*row, column);
    case IdRole:
        return row->text(Field::Id);
    case AccountIdRole:
        return row->accountId();
    case GatewayRole:
        return int(row->gateway());
    case StatusRole:
        return int(row->status());
    case RawStatusRole:
        return row->text(Field::RawStatus);
    case AmountRole:
        return amountData(*row, column);
    case CurrencyRole: {
        const auto money = moneyOf(*row, column);
        return money ? QVariant(money->currency) : QVariant();
    }
    default:
        return {};
    }
}

QVariant PaymentTableModel::displayData(const PaymentRow& row, int column) const
{
    switch (column) {
    case CreatedColumn:
    case ExpiresColumn: {
        const qint64 ms = column == CreatedColumn ? row.createdMs() : row.expiresMs();
        if (ms == PaymentRow::kNoTime)
            return QString();
        return m_locale.toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
    }
    case AccountColumn:
        return accountName(row.accountId());
    case GatewayColumn:
        return gatewayDisplayName(row.gateway());
    case OrderIdColumn:
        return textOf(row, Field::OrderId);
    case DescriptionColumn:
        return textOf(row, Field::Description);
    case CurrencyColumn:
        return textOf(row, Field::AmountCurrency);
    case PayCurrencyColumn:
        return textOf(row, Field::PayCurrency);
    case NetworkColumn:
        return textOf(row, Field::Network);
    case StatusColumn:
        if (row.status() == PaymentStatus::Unknown && row.text(Field::RawStatus) == UnknownOutcome::kRawStatus)
            return UnknownOutcome::statusText();
        return StatusText::payment(row.status());
    case AddressColumn:
        return textOf(row, Field::Address);
    case IdColumn:
        return textOf(row, Field::Id);
    case AmountColumn:
    case PayAmountColumn:
    case PaidColumn:
    case RefundedColumn: {
        const auto money = moneyOf(row, column);
        if (!money)
            return QString();
        if (m_amountsHidden)
            return u"•••"_s;
        // The asset's precision, or more when the amount has more significant digits: never hide a digit.
        const int precision = AmountFormatter::displayPrecision(money->amount, money->currency);
        if (column == PaidColumn || column == RefundedColumn)
            return m_formatter.formatWithCurrency(money->amount, precision, money->currency);
        return m_formatter.format(money->amount, precision);
    }
    default:
        return {};
    }
}

QVariant PaymentTableModel::sortData(const PaymentRow& row, int column) const
{
    switch (column) {
    case CreatedColumn:
        return utcTime(row.createdMs());
    case ExpiresColumn:
        return utcTime(row.expiresMs());
    case AccountColumn:
        return accountName(row.accountId());
    case GatewayColumn:
        return gatewayId(row.gateway());
    case StatusColumn:
        return paymentStatusId(row.status());
    case AmountColumn:
        return textOf(row, Field::Amount);
    case PayAmountColumn:
        return textOf(row, Field::PayAmount);
    case PaidColumn:
        return textOf(row, Field::Paid);
    case RefundedColumn:
        return textOf(row, Field::Refunded);
    default:
        return displayData(row, column);
    }
}

QVariant PaymentTableModel::amountData(const PaymentRow& row, int column) const
{
    const auto money = moneyOf(row, column);
    return money ? QVariant::fromValue(*money) : QVariant();
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case AccountColumn:
        return tr("Account");
    case GatewayColumn:
        return tr("Gateway");
    case OrderIdColumn:
        return tr("Order ID");
    case DescriptionColumn:
        return tr("Description");
    case AmountColumn:
        return tr("Amount");
    case CurrencyColumn:
        return tr("Currency");
    case PayAmountColumn:
        //: The amount the payer is asked to send, in crypto
        return tr("Pay amount");
    case PayCurrencyColumn:
        return tr("Pay currency");
    case NetworkColumn:
        return tr("Network");
    case StatusColumn:
        return tr("Status");
    case PaidColumn:
        return tr("Paid");
    case RefundedColumn:
        return tr("Refunded");
    case ExpiresColumn:
        return tr("Expires");
    case AddressColumn:
        return tr("Address");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

QString PaymentTableModel::accountName(const QString& accountId) const
{
    const auto it = m_accountNames.constFind(accountId);
    return it != m_accountNames.cend() && !it->isEmpty() ? *it : accountId;
}

QString PaymentTableModel::internAccountId(const QString& accountId)
{
    auto it = m_accountIds.constFind(accountId);
    if (it == m_accountIds.cend())
        it = m_accountIds.insert(accountId);
    return *it;
}

void PaymentTableModel::setAccountNames(const QHash<QString, QString>& names)
{
    if (names == m_accountNames)
        return;
    m_accountNames = names;
    if (!m_arrangement.visible.empty())
        Q_EMIT dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn), {Qt::DisplayRole, SortRole});
    if (m_arrangement.ordering.column() == AccountColumn) {
        m_resortNeeded = true;
        scheduleArrange();
    }
}

void PaymentTableModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    m_formatter = AmountFormatter(locale);
    if (!m_arrangement.visible.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void PaymentTableModel::setAmountsHidden(bool hidden)
{
    if (hidden == m_amountsHidden)
        return;
    m_amountsHidden = hidden;
    if (!m_arrangement.visible.empty())
        Q_EMIT dataChanged(index(0, AmountColumn), index(rowCount() - 1, RefundedColumn), {Qt::DisplayRole});
}

qsizetype PaymentTableModel::memoryUsage() const
{
    qsizetype bytes = qsizetype(m_rows.capacity() * sizeof(PaymentRow));
    for (const PaymentRow& row : m_rows)
        bytes += row.heapBytes();
    bytes += qsizetype((m_arrangement.sortedAll.capacity() + m_arrangement.visible.capacity()) * sizeof(quint32));
    return bytes + m_keys.memoryBytes();
}

} // namespace paydesk
