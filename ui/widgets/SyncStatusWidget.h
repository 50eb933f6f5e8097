#pragma once

#include "core/domain/SyncProgress.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace paydesk {

class GatewayActions;
class Ledger;

// The status bar's sync corner: what is syncing and how far (a busy bar when the gateway does not say how much),
// Cancel while it runs; afterwards the time of the last sync, or which accounts failed (details in the tooltip).
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    SyncStatusWidget(const Ledger& ledger, GatewayActions& actions, QWidget* parent = nullptr);
    ~SyncStatusWidget() override;

    QString text() const;

private:
    void started(const QString& accountId);
    void progressed(const SyncProgress& progress);
    void finished(const SyncOutcome& outcome);
    void showIdle();
    QString accountName(const QString& accountId) const;

    const Ledger& m_ledger;
    GatewayActions& m_actions;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QHash<QString, SyncProgress> m_running;
    QHash<QString, QString> m_failures; // account id → plain words, from the last sync
    QHash<QString, QString> m_notices; // account id → what its last sync wants the merchant to know
    QDateTime m_lastFinished;
};

} // namespace paydesk
