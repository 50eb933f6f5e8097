#pragma once

#include "core/domain/Account.h"
#include "models/PaymentFilter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QWidget>

#include <utility>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace paydesk {

// The Payments page's search box and filters (PRODUCT.md "Payments"): text search with a short debounce, account,
// a set of statuses, currency and a created range with presets. Emits filterChanged() with the whole filter as a
// value; the page hands it to PaymentTableModel::setFilter().
class PaymentFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentFilterBar)

public:
    enum class DatePreset { All, Today, Last7Days, Last30Days, ThisMonth, Custom };
    Q_ENUM(DatePreset)

    explicit PaymentFilterBar(QWidget* parent = nullptr);
    ~PaymentFilterBar() override;

    void setAccounts(const QList<Account>& accounts);
    PaymentFilter filter() const;
    void focusSearch();
    // Typing waits this long for the next keystroke before the filter applies (default 200 ms).
    void setSearchDelay(int milliseconds);

    // The created range [from, to) in UTC of a preset, in local days, at `now`; invalid bounds for All.
    static std::pair<QDateTime, QDateTime> presetRange(DatePreset preset, const QDateTime& now);

Q_SIGNALS:
    void filterChanged(const paydesk::PaymentFilter& filter);

private:
    void emitFilter();
    void onDatePresetChanged();
    void updateStatusButtonText();

    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QComboBox* m_account;
    QToolButton* m_statusButton;
    QMenu* m_statusMenu;
    QComboBox* m_currency;
    QComboBox* m_datePreset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QToolButton* m_clear;
};

} // namespace paydesk
