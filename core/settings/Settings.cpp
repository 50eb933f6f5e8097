#include "core/settings/Settings.h"

#include <QRegularExpression>
#include <QSettings>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

const QString kVersionKey = u"settingsVersion"_s;

struct Entry
{
    Settings::Key key;
    QString name;
    QVariant defaultValue;
};

// The one table of plain settings: Key → {string key, default}. Ordered as the enum.
const std::array<Entry, 14>& table()
{
    using K = Settings::Key;
    static const std::array<Entry, 14> entries{{
        {K::Language, u"interface/language"_s, QString()},
        {K::ReportingCurrency, u"reporting/currency"_s, u"USD"_s},
        {K::Theme, u"appearance/theme"_s, u"system"_s},
        {K::HideAmounts, u"privacy/hideAmounts"_s, false},
        {K::AutoLockMinutes, u"security/autoLockMinutes"_s, 15},
        {K::SecretBackend, u"security/secretBackend"_s, u"auto"_s},
        {K::ClipboardClearSeconds, u"security/clipboardClearSeconds"_s, 30},
        {K::SyncIntervalSeconds, u"sync/intervalSeconds"_s, 300},
        {K::SyncListPageSize, u"sync/listPageSize"_s, 0},
        {K::SyncMaxListPages, u"sync/maxListPages"_s, 500},
        {K::MainWindowGeometry, u"mainWindow/geometry"_s, QByteArray()},
        {K::MainWindowState, u"mainWindow/state"_s, QByteArray()},
        {K::LastExportDirectory, u"export/lastDirectory"_s, QString()},
        {K::ConfirmAmountAbove, u"invoices/confirmAmountAbove"_s, u"1000000"_s},
    }};
    return entries;
}

const Entry& entry(Settings::Key key)
{
    return table()[static_cast<size_t>(key)];
}

QString headerStateKey(const QString& tableName)
{
    return u"tables/"_s + tableName + u"/headerState"_s;
}

QString notificationKey(Settings::NotificationKind kind)
{
    return u"notifications/"_s + Settings::notificationKindName(kind);
}

template<typename Enum, size_t N>
std::optional<Enum> fromName(QStringView name, const std::array<Enum, N>& values, QString (*toName)(Enum))
{
    for (Enum value : values) {
        if (name.compare(toName(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace

Settings::Settings(QSettings* storage)
    : m_storage(storage)
{
    Q_ASSERT(m_storage);
}

// ---- table access ----

QString Settings::keyName(Key key)
{
    return entry(key).name;
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_storage->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_storage->setValue(keyName(key), value);
}

bool Settings::contains(Key key) const
{
    return m_storage->contains(keyName(key));
}

void Settings::reset(Key key)
{
    m_storage->remove(keyName(key));
}

int Settings::intValue(Key key, int min, int max) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok && v >= min && v <= max ? v : defaultValue(key).toInt();
}

bool Settings::boolValue(const QString& key, bool fallback) const
{
    const QVariant v = m_storage->value(key);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString text = v.toString().trimmed().toLower();
    if (text == u"true"_s || text == u"1"_s)
        return true;
    if (text == u"false"_s || text == u"0"_s)
        return false;
    return fallback;
}

// ---- typed getters and setters ----

QString Settings::language() const
{
    static const QRegularExpression valid(u"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?$"_s);
    const QString v = value(Key::Language).toString();
    return v.isEmpty() || valid.match(v).hasMatch() ? v : defaultValue(Key::Language).toString();
}

void Settings::setLanguage(const QString& language)
{
    setValue(Key::Language, language);
}

QString Settings::reportingCurrency() const
{
    static const QRegularExpression valid(u"^[A-Z0-9]{2,10}$"_s);
    const QString v = value(Key::ReportingCurrency).toString().trimmed().toUpper();
    return valid.match(v).hasMatch() ? v : defaultValue(Key::ReportingCurrency).toString();
}

void Settings::setReportingCurrency(const QString& currency)
{
    setValue(Key::ReportingCurrency, currency.trimmed().toUpper());
}

Settings::Theme Settings::theme() const
{
    return themeFromName(value(Key::Theme).toString()).value_or(Theme::System);
}

void Settings::setTheme(Theme theme)
{
    setValue(Key::Theme, themeName(theme));
}

bool Settings::hideAmounts() const
{
    return boolValue(keyName(Key::HideAmounts), defaultValue(Key::HideAmounts).toBool());
}

void Settings::setHideAmounts(bool hide)
{
    setValue(Key::HideAmounts, hide);
}

int Settings::autoLockMinutes() const
{
    return intValue(Key::AutoLockMinutes, 0, 24 * 60);
}

void Settings::setAutoLockMinutes(int minutes)
{
    setValue(Key::AutoLockMinutes, minutes);
}

Settings::SecretBackend Settings::secretBackend() const
{
    return secretBackendFromName(value(Key::SecretBackend).toString()).value_or(SecretBackend::Auto);
}

void Settings::setSecretBackend(SecretBackend backend)
{
    setValue(Key::SecretBackend, secretBackendName(backend));
}

int Settings::clipboardClearSeconds() const
{
    return intValue(Key::ClipboardClearSeconds, 0, 3600);
}

void Settings::setClipboardClearSeconds(int seconds)
{
    setValue(Key::ClipboardClearSeconds, seconds);
}

int Settings::syncIntervalSeconds() const
{
    return intValue(Key::SyncIntervalSeconds, 30, 24 * 3600);
}

void Settings::setSyncIntervalSeconds(int seconds)
{
    setValue(Key::SyncIntervalSeconds, seconds);
}

int Settings::syncListPageSize() const
{
    return intValue(Key::SyncListPageSize, 0, kMaxSyncListPageSize);
}

void Settings::setSyncListPageSize(int size)
{
    setValue(Key::SyncListPageSize, size);
}

int Settings::syncMaxListPages() const
{
    return intValue(Key::SyncMaxListPages, 1, kMaxSyncListPages);
}

void Settings::setSyncMaxListPages(int pages)
{
    setValue(Key::SyncMaxListPages, pages);
}

QByteArray Settings::mainWindowGeometry() const
{
    return value(Key::MainWindowGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    setValue(Key::MainWindowGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return value(Key::MainWindowState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray& state)
{
    setValue(Key::MainWindowState, state);
}

QString Settings::lastExportDirectory() const
{
    return value(Key::LastExportDirectory).toString();
}

void Settings::setLastExportDirectory(const QString& directory)
{
    setValue(Key::LastExportDirectory, directory);
}

Decimal Settings::confirmAmountAbove() const
{
    const auto limit = Decimal::fromString(value(Key::ConfirmAmountAbove).toString());
    if (!limit || limit->signum() < 0)
        return Decimal::fromString(defaultValue(Key::ConfirmAmountAbove).toString()).value();
    return *limit;
}

void Settings::setConfirmAmountAbove(const Decimal& limit)
{
    setValue(Key::ConfirmAmountAbove, limit.toString());
}

QByteArray Settings::headerState(const QString& tableName) const
{
    return m_storage->value(headerStateKey(tableName)).toByteArray();
}

void Settings::setHeaderState(const QString& tableName, const QByteArray& state)
{
    m_storage->setValue(headerStateKey(tableName), state);
}

bool Settings::notificationEnabled(NotificationKind kind) const
{
    return boolValue(notificationKey(kind), true);
}

void Settings::setNotificationEnabled(NotificationKind kind, bool enabled)
{
    m_storage->setValue(notificationKey(kind), enabled);
}

// ---- enum names ----

QString Settings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return u"system"_s;
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    }
    return {};
}

std::optional<Settings::Theme> Settings::themeFromName(QStringView name)
{
    return fromName(name, std::array{Theme::System, Theme::Light, Theme::Dark}, &Settings::themeName);
}

QString Settings::secretBackendName(SecretBackend backend)
{
    switch (backend) {
    case SecretBackend::Auto:
        return u"auto"_s;
    case SecretBackend::Keychain:
        return u"keychain"_s;
    case SecretBackend::Vault:
        return u"vault"_s;
    }
    return {};
}

std::optional<Settings::SecretBackend> Settings::secretBackendFromName(QStringView name)
{
    return fromName(name, std::array{SecretBackend::Auto, SecretBackend::Keychain, SecretBackend::Vault},
        &Settings::secretBackendName);
}

QString Settings::notificationKindName(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Paid:
        return u"paid"_s;
    case NotificationKind::Overpaid:
        return u"overpaid"_s;
    case NotificationKind::Underpaid:
        return u"underpaid"_s;
    case NotificationKind::Expired:
        return u"expired"_s;
    case NotificationKind::RefundCompleted:
        return u"refund_completed"_s;
    }
    return {};
}

std::optional<Settings::NotificationKind> Settings::notificationKindFromName(QStringView name)
{
    return fromName(name,
        std::array{NotificationKind::Paid, NotificationKind::Overpaid, NotificationKind::Underpaid,
            NotificationKind::Expired, NotificationKind::RefundCompleted},
        &Settings::notificationKindName);
}

// ---- versioning ----

int Settings::version() const
{
    bool ok = false;
    const int v = m_storage->value(kVersionKey).toInt(&ok);
    return ok && v > 0 ? v : 0;
}

void Settings::sync()
{
    m_storage->sync();
}

Settings::MigrationReport Settings::migrate()
{
    MigrationReport report;
    report.fromVersion = version();
    report.toVersion = report.fromVersion;
    if (report.fromVersion > kCurrentVersion) {
        report.newerFile = true;
        return report;
    }
    if (report.fromVersion == 0)
        migrateFromUnversioned(report);
    if (report.fromVersion < 2)
        migrateTo2(report);
    // Future steps: if (report.fromVersion < 3) migrateTo3(report); ...
    if (report.fromVersion < kCurrentVersion) {
        m_storage->setValue(kVersionKey, kCurrentVersion);
        report.toVersion = kCurrentVersion;
        report.changed = true;
    }
    return report;
}

// Version 1 kept the language and the reporting currency under "general/", which the INI file stores as [%General]
// and QSettings reads back as "General/" (after a restart, never within the process that wrote it). A language chosen
// again was written under "general/" once more, as a second [%General] section: read back, the later one wins, and
// it is the newer choice. Whichever spelling is there moves to the new key and both groups go.
void Settings::migrateTo2(MigrationReport& report)
{
    const std::array<std::pair<QString, Key>, 2> moved{{
        {u"language"_s, Key::Language},
        {u"reportingCurrency"_s, Key::ReportingCurrency},
    }};
    for (const auto& [oldName, key] : moved) {
        for (const QString& group : {u"general/"_s, u"General/"_s}) {
            const QString oldKey = group + oldName;
            if (!m_storage->contains(oldKey))
                continue;
            if (!m_storage->contains(keyName(key)))
                m_storage->setValue(keyName(key), m_storage->value(oldKey));
            m_storage->remove(oldKey);
            report.changed = true;
        }
    }
}

// Version 0: the flat layout of the unversioned development builds:
//   language, currency, theme (0 system / 1 light / 2 dark), hideAmounts, autoLock (minutes), useKeychain (bool),
//   geometry, windowState, exportDir; and, in the earliest builds, API keys in plain text.
void Settings::migrateFromUnversioned(MigrationReport& report)
{
    const auto move = [this, &report](const QString& oldKey, Key key, auto convert) {
        if (!m_storage->contains(oldKey))
            return;
        const QVariant converted = convert(m_storage->value(oldKey));
        if (converted.isValid() && !m_storage->contains(keyName(key)))
            m_storage->setValue(keyName(key), converted);
        m_storage->remove(oldKey);
        report.changed = true;
    };
    const auto same = [](const QVariant& v) { return v; };
    move(u"language"_s, Key::Language, same);
    move(u"currency"_s, Key::ReportingCurrency, same);
    move(u"theme"_s, Key::Theme, [](const QVariant& v) -> QVariant {
        bool ok = false;
        const int index = v.toInt(&ok);
        if (ok && index >= 0 && index <= 2)
            return themeName(static_cast<Theme>(index));
        if (const auto t = themeFromName(v.toString()))
            return themeName(*t);
        return {};
    });
    move(u"hideAmounts"_s, Key::HideAmounts, same);
    move(u"autoLock"_s, Key::AutoLockMinutes, same);
    move(u"useKeychain"_s, Key::SecretBackend, [](const QVariant& v) -> QVariant {
        const QString text = v.toString().trimmed().toLower();
        if (text == u"true"_s || text == u"1"_s)
            return secretBackendName(SecretBackend::Auto);
        if (text == u"false"_s || text == u"0"_s)
            return secretBackendName(SecretBackend::Vault);
        return {};
    });
    move(u"geometry"_s, Key::MainWindowGeometry, same);
    move(u"windowState"_s, Key::MainWindowState, same);
    move(u"exportDir"_s, Key::LastExportDirectory, same);

    // Secrets never belong here: drop anything that looks like one (the names are reported, never the values).
    static const QRegularExpression secretLike(
        u"(api[_-]?key|api[_-]?secret|secret|password|passphrase|payout[_-]?key|token)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QStringList keys = m_storage->allKeys();
    for (const QString& key : keys) {
        if (key == kVersionKey || !secretLike.match(key).hasMatch())
            continue;
        if (key == keyName(Key::SecretBackend))
            continue;
        m_storage->remove(key);
        report.removedSecretKeys.append(key);
        report.changed = true;
    }
}

} // namespace paydesk
