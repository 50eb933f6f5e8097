#include "ui/pages/PaymentFilterBar.h"

#include "core/Assets.h"
#include "models/StatusText.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

constexpr PaymentStatus kStatuses[] = {PaymentStatus::Pending, PaymentStatus::Processing, PaymentStatus::Paid,
    PaymentStatus::Underpaid, PaymentStatus::Overpaid, PaymentStatus::Expired, PaymentStatus::Cancelled,
    PaymentStatus::Failed, PaymentStatus::Refunding, PaymentStatus::Refunded, PaymentStatus::PartiallyRefunded,
    PaymentStatus::Locked, PaymentStatus::Unknown};

QDateTime localMidnight(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), Qt::LocalTime).toUTC();
}

} // namespace

PaymentFilterBar::PaymentFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_account(new QComboBox(this))
    , m_statusButton(new QToolButton(this))
    , m_statusMenu(new QMenu(this))
    , m_currency(new QComboBox(this))
    , m_datePreset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search order id, description, id, address, e-mail, amount"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        emitFilter();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &PaymentFilterBar::emitFilter);

    m_account->setObjectName(u"accountComboBox"_s);
    m_account->setToolTip(tr("Account"));
    m_account->addItem(tr("All accounts"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_account, &QComboBox::currentIndexChanged, this, &PaymentFilterBar::emitFilter);

    m_statusButton->setObjectName(u"statusToolButton"_s);
    m_statusButton->setToolTip(tr("Statuses shown"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setMenu(m_statusMenu);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (PaymentStatus status : kStatuses) {
        QAction* action = m_statusMenu->addAction(StatusText::payment(status));
        action->setCheckable(true);
        action->setData(int(status));
        action->setObjectName(u"status_"_s + paymentStatusId(status));
        connect(action, &QAction::toggled, this, [this] {
            updateStatusButtonText();
            emitFilter();
        });
    }
    updateStatusButtonText();

    m_currency->setObjectName(u"currencyComboBox"_s);
    m_currency->setToolTip(tr("Currency (requested or paid with)"));
    m_currency->addItem(tr("All currencies"));
    for (const AssetInfo& asset : knownAssets())
        m_currency->addItem(asset.code, asset.code);
    m_currency->setMaxVisibleItems(20);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &PaymentFilterBar::emitFilter);

    m_datePreset->setObjectName(u"datePresetComboBox"_s);
    m_datePreset->setToolTip(tr("Created"));
    m_datePreset->addItem(tr("All time"), int(DatePreset::All));
    m_datePreset->addItem(tr("Today"), int(DatePreset::Today));
    m_datePreset->addItem(tr("Last 7 days"), int(DatePreset::Last7Days));
    m_datePreset->addItem(tr("Last 30 days"), int(DatePreset::Last30Days));
    m_datePreset->addItem(tr("This month"), int(DatePreset::ThisMonth));
    m_datePreset->addItem(tr("Custom range"), int(DatePreset::Custom));
    connect(m_datePreset, &QComboBox::currentIndexChanged, this, &PaymentFilterBar::onDatePresetChanged);

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &PaymentFilterBar::emitFilter);
    }
    m_from->setObjectName(u"fromDateEdit"_s);
    m_from->setToolTip(tr("From (inclusive)"));
    m_to->setObjectName(u"toDateEdit"_s);
    m_to->setToolTip(tr("To (inclusive)"));

    m_clear->setObjectName(u"clearFiltersToolButton"_s);
    m_clear->setText(tr("Clear filters"));
    connect(m_clear, &QToolButton::clicked, this, [this] {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockAccount(m_account);
        const QSignalBlocker blockCurrency(m_currency);
        const QSignalBlocker blockPreset(m_datePreset);
        m_search->clear();
        m_account->setCurrentIndex(0);
        m_currency->setCurrentIndex(0);
        m_datePreset->setCurrentIndex(0);
        m_from->setVisible(false);
        m_to->setVisible(false);
        for (QAction* action : m_statusMenu->actions()) {
            const QSignalBlocker blockAction(action);
            action->setChecked(false);
        }
        updateStatusButtonText();
        emitFilter();
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_account);
    layout->addWidget(m_statusButton);
    layout->addWidget(m_currency);
    layout->addWidget(m_datePreset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_clear);
    layout->addStretch(1);
}

PaymentFilterBar::~PaymentFilterBar() = default;

void PaymentFilterBar::setAccounts(const QList<Account>& accounts)
{
    const QString current = m_account->currentData().toString();
    const QSignalBlocker block(m_account);
    while (m_account->count() > 1)
        m_account->removeItem(1);
    for (const Account& account : accounts)
        m_account->addItem(account.name, account.id);
    const int index = m_account->findData(current);
    m_account->setCurrentIndex(index > 0 ? index : 0);
    if (!current.isEmpty() && index <= 0)
        emitFilter();
}

PaymentFilter PaymentFilterBar::filter() const
{
    PaymentFilter filter;
    filter.setText(m_search->text());
    if (const QString account = m_account->currentData().toString(); !account.isEmpty())
        filter.setAccountIds({account});
    QList<PaymentStatus> statuses;
    for (const QAction* action : m_statusMenu->actions()) {
        if (action->isChecked())
            statuses.append(PaymentStatus(action->data().toInt()));
    }
    filter.setStatuses(statuses);
    if (const QString currency = m_currency->currentData().toString(); !currency.isEmpty())
        filter.setCurrencies({currency});
    const auto preset = DatePreset(m_datePreset->currentData().toInt());
    if (preset == DatePreset::Custom) {
        filter.setCreatedRange(localMidnight(m_from->date()), localMidnight(m_to->date().addDays(1)));
    } else {
        const auto [from, to] = presetRange(preset, QDateTime::currentDateTime());
        filter.setCreatedRange(from, to);
    }
    return filter;
}

void PaymentFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PaymentFilterBar::setSearchDelay(int milliseconds)
{
    m_searchTimer->setInterval(milliseconds);
}

std::pair<QDateTime, QDateTime> PaymentFilterBar::presetRange(DatePreset preset, const QDateTime& now)
{
    const QDate today = now.toLocalTime().date();
    const QDateTime tomorrow = localMidnight(today.addDays(1));
    switch (preset) {
    case DatePreset::All:
    case DatePreset::Custom:
        return {};
    case DatePreset::Today:
        return {localMidnight(today), tomorrow};
    case DatePreset::Last7Days:
        return {localMidnight(today.addDays(-6)), tomorrow};
    case DatePreset::Last30Days:
        return {localMidnight(today.addDays(-29)), tomorrow};
    case DatePreset::ThisMonth:
        return {localMidnight(QDate(today.year(), today.month(), 1)), tomorrow};
    }
    return {};
}

void PaymentFilterBar::emitFilter()
{
    m_searchTimer->stop();
    Q_EMIT filterChanged(filter());
}

void PaymentFilterBar::onDatePresetChanged()
{
    const bool custom = DatePreset(m_datePreset->currentData().toInt()) == DatePreset::Custom;
    if (custom) {
        const QSignalBlocker blockFrom(m_from);
        m_from->setDate(QDate::currentDate().addDays(-29));
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    emitFilter();
}

void PaymentFilterBar::updateStatusButtonText()
{
    QStringList names;
    for (const QAction* action : m_statusMenu->actions()) {
        if (action->isChecked())
            names.append(action->text());
    }
    if (names.isEmpty())
        m_statusButton->setText(tr("All statuses"));
    else if (names.size() <= 2)
        m_statusButton->setText(names.join(u", "_s));
    else
        m_statusButton->setText(tr("%n statuses", nullptr, int(names.size())));
}

} // namespace paydesk
