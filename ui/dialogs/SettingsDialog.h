#pragma once

#include "core/settings/Settings.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace paydesk {

// Preferences: language (applied at the next start), reporting currency, sync interval, vault auto-lock,
// clipboard clearing and which desktop notifications to show. Reads Settings when opened, writes them on OK only.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void settingsSaved();

private:
    QWidget* createGeneralPage();
    QWidget* createSecurityPage();
    QWidget* createNotificationsPage();
    void load();
    bool save();

    Settings& m_settings;
    QComboBox* m_language = nullptr;
    QComboBox* m_reportingCurrency = nullptr;
    QSpinBox* m_syncMinutes = nullptr;
    QSpinBox* m_listPageSize = nullptr;
    QSpinBox* m_maxListPages = nullptr;
    QSpinBox* m_autoLockMinutes = nullptr;
    QSpinBox* m_clipboardSeconds = nullptr;
    QLineEdit* m_confirmAmount = nullptr;
    QMap<Settings::NotificationKind, QCheckBox*> m_notifications;
};

} // namespace paydesk
