#pragma once

#include "core/Decimal.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <optional>

class QSettings;

namespace paydesk {

// Typed facade over an injected QSettings (STYLE.md c.7). Every plain setting is a Key mapped through one table to
// {string key, default}; the per-table header states and per-kind notification switches are keyed by name under
// their own groups. Enums are stored as strings; a value that cannot be read (unknown enum name, out of range number,
// malformed text) reads as the default.
//
// No group may be called "general" in any case: in an INI file [General] holds the keys outside any group, so
// QSettings writes a "general" group as [%General] and reads it back as "General", and on case-sensitive platforms a
// "general/..." key is then not found after a restart (version 1 lost its language and currency that way).
//
// There is no key for a secret and no method that takes one: API keys and webhook secrets live in the SecretStore
// only. migrate() even removes secret-looking keys that very old development builds may have left behind.
class Settings final
{
public:
    static constexpr int kCurrentVersion = 2;
    static constexpr int kMaxSyncListPageSize = 100;
    static constexpr int kMaxSyncListPages = 100000;

    enum class Key {
        Language, // "interface/language": UI language ("de", "pt_BR"); empty = the system language
        ReportingCurrency, // "reporting/currency": "USD"
        Theme, // "appearance/theme": system | light | dark
        HideAmounts, // "privacy/hideAmounts": false
        AutoLockMinutes, // "security/autoLockMinutes": 15 (0 = never), 0..1440
        SecretBackend, // "security/secretBackend": auto | keychain | vault
        ClipboardClearSeconds, // "security/clipboardClearSeconds": 30 (0 = never), 0..3600
        SyncIntervalSeconds, // "sync/intervalSeconds": 300, 30..86400
        SyncListPageSize, // "sync/listPageSize": 0 (the gateway's default), 0..100: invoices per list page asked for
        SyncMaxListPages, // "sync/maxListPages": 500, 1..100000: list pages one sync follows per account
        MainWindowGeometry, // "mainWindow/geometry": QWidget::saveGeometry()
        MainWindowState, // "mainWindow/state": QMainWindow::saveState()
        LastExportDirectory, // "export/lastDirectory": empty
        ConfirmAmountAbove, // "invoices/confirmAmountAbove": "1000000" (an exact decimal; 0 = never ask)
    };
    enum class Theme {
        System,
        Light,
        Dark,
    };
    enum class SecretBackend {
        Auto, // the OS keychain when it answers, else the vault
        Keychain,
        Vault,
    };
    enum class NotificationKind {
        Paid,
        Overpaid,
        Underpaid,
        Expired,
        RefundCompleted,
    };

    struct MigrationReport
    {
        int fromVersion = 0;
        int toVersion = 0;
        bool changed = false;
        bool newerFile = false; // written by a newer Paydesk: left untouched
        QStringList removedSecretKeys; // names only
    };

    // `storage` is not owned and must outlive the facade.
    explicit Settings(QSettings* storage);

    // The stored version; 0 for a file written before settings were versioned (or a new, empty file).
    int version() const;
    // Brings the file to kCurrentVersion (renaming and converting old keys). Safe to call on every start.
    MigrationReport migrate();
    void sync();

    // Generic access through the table (raw stored values; the typed getters below validate).
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    bool contains(Key key) const;
    void reset(Key key);

    QString language() const;
    void setLanguage(const QString& language);
    QString reportingCurrency() const;
    void setReportingCurrency(const QString& currency);
    Theme theme() const;
    void setTheme(Theme theme);
    bool hideAmounts() const;
    void setHideAmounts(bool hide);
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    SecretBackend secretBackend() const;
    void setSecretBackend(SecretBackend backend);
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    int syncIntervalSeconds() const;
    void setSyncIntervalSeconds(int seconds);
    int syncListPageSize() const;
    void setSyncListPageSize(int size);
    int syncMaxListPages() const;
    void setSyncMaxListPages(int pages);
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    QString lastExportDirectory() const;
    void setLastExportDirectory(const QString& directory);
    // The sanity bound on a new invoice's amount, in the invoice's own currency units (whatever the currency): above
    // it the dashboard asks for a confirmation and paydesk-cli wants --yes. Zero means never ask; a value that cannot
    // be read (or is negative) reads as the default, 1000000.
    Decimal confirmAmountAbove() const;
    void setConfirmAmountAbove(const Decimal& limit);

    // QHeaderView::saveState() per table ("payments", "refunds" ...): "tables/<name>/headerState".
    QByteArray headerState(const QString& tableName) const;
    void setHeaderState(const QString& tableName, const QByteArray& state);
    // Desktop notification per event kind, all on by default: "notifications/<kind>".
    bool notificationEnabled(NotificationKind kind) const;
    void setNotificationEnabled(NotificationKind kind, bool enabled);

    // Stored names of the enums ("system", "keychain", "refund_completed") and their parsers.
    static QString themeName(Theme theme);
    static std::optional<Theme> themeFromName(QStringView name);
    static QString secretBackendName(SecretBackend backend);
    static std::optional<SecretBackend> secretBackendFromName(QStringView name);
    static QString notificationKindName(NotificationKind kind);
    static std::optional<NotificationKind> notificationKindFromName(QStringView name);

private:
    int intValue(Key key, int min, int max) const;
    bool boolValue(const QString& key, bool fallback) const;
    void migrateFromUnversioned(MigrationReport& report);
    void migrateTo2(MigrationReport& report);

    QSettings* m_storage;
};

} // namespace paydesk
