#include "ui/widgets/SyncStatusWidget.h"

#include "core/ledger/Ledger.h"
#include "ui/GatewayActions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace paydesk {
namespace {

QString stageText(SyncProgress::Stage stage)
{
    switch (stage) {
    case SyncProgress::Stage::Reconciling:
        return SyncStatusWidget::tr("checking interrupted requests");
    case SyncProgress::Stage::Invoices:
        return SyncStatusWidget::tr("invoices");
    case SyncProgress::Stage::OpenInvoices:
        return SyncStatusWidget::tr("open invoices");
    case SyncProgress::Stage::OpenRefunds:
        return SyncStatusWidget::tr("refunds under way");
    case SyncProgress::Stage::Withdrawals:
        return SyncStatusWidget::tr("withdrawals");
    case SyncProgress::Stage::OpenWithdrawals:
        return SyncStatusWidget::tr("withdrawals under way");
    case SyncProgress::Stage::Balances:
        return SyncStatusWidget::tr("balances");
    case SyncProgress::Stage::Assets:
        return SyncStatusWidget::tr("accepted assets");
    case SyncProgress::Stage::Addresses:
        return SyncStatusWidget::tr("addresses");
    case SyncProgress::Stage::Deposits:
        return SyncStatusWidget::tr("deposits to addresses");
    }
    return {};
}

} // namespace

SyncStatusWidget::SyncStatusWidget(const Ledger& ledger, GatewayActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_actions(actions)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_label->setTextFormat(Qt::PlainText);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    m_cancel->setVisible(false);
    connect(m_cancel, &QToolButton::clicked, &m_actions, &GatewayActions::cancelSync);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(&m_actions, &GatewayActions::syncStarted, this, &SyncStatusWidget::started);
    connect(&m_actions, &GatewayActions::syncProgress, this, &SyncStatusWidget::progressed);
    connect(&m_actions, &GatewayActions::syncFinished, this, &SyncStatusWidget::finished);
    showIdle();
}

SyncStatusWidget::~SyncStatusWidget() = default;

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

QString SyncStatusWidget::accountName(const QString& accountId) const
{
    const auto account = m_ledger.account(accountId);
    return account.ok() ? account.value().name : accountId;
}

void SyncStatusWidget::started(const QString& accountId)
{
    m_running.insert(accountId, SyncProgress{.accountId = accountId});
    m_failures.remove(accountId);
    m_notices.remove(accountId);
    progressed(m_running.value(accountId));
}

void SyncStatusWidget::progressed(const SyncProgress& progress)
{
    m_running.insert(progress.accountId, progress);
    m_label->setText(m_running.size() == 1
            ? tr("Syncing %1: %2…").arg(accountName(progress.accountId), stageText(progress.stage))
            : tr("Syncing %n accounts…", nullptr, static_cast<int>(m_running.size())));
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    if (m_running.size() == 1 && progress.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(1000 * std::min(progress.done, progress.total) / progress.total));
    } else {
        m_progress->setRange(0, 0); // busy
    }
}

void SyncStatusWidget::finished(const SyncOutcome& outcome)
{
    m_running.remove(outcome.accountId);
    if (!outcome.errors.isEmpty())
        m_failures.insert(outcome.accountId, outcome.errors.join(QLatin1Char('\n')));
    if (!outcome.notices.isEmpty())
        m_notices.insert(outcome.accountId, outcome.notices.join(QLatin1Char('\n')));
    m_lastFinished = QDateTime::currentDateTime();
    if (m_running.isEmpty())
        showIdle();
    else
        progressed(*m_running.cbegin());
}

void SyncStatusWidget::showIdle()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (!m_failures.isEmpty()) {
        QStringList names;
        QStringList details;
        for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
            names << accountName(it.key());
            details << it.value();
        }
        m_label->setText(tr("Sync failed for %1").arg(QLocale().createSeparatedList(names)));
        setToolTip(details.join(QLatin1Char('\n')));
        return;
    }
    const QString synced = m_lastFinished.isValid()
        ? tr("Synced at %1").arg(QLocale().toString(m_lastFinished.time(), QLocale::ShortFormat))
        : tr("Not synced yet");
    if (!m_notices.isEmpty()) {
        setToolTip(QStringList(m_notices.cbegin(), m_notices.cend()).join(QLatin1Char('\n')));
        m_label->setText(tr("%1 (with a note: hover to read it)").arg(synced));
        return;
    }
    setToolTip({});
    m_label->setText(synced);
}

} // namespace paydesk
