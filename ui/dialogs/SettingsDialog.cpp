#include "ui/dialogs/SettingsDialog.h"

#include "ui/LanguageLoader.h"
#include "ui/notifications/NotificationText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

constexpr Settings::NotificationKind kNotificationKinds[] = {
    Settings::NotificationKind::Paid,
    Settings::NotificationKind::Overpaid,
    Settings::NotificationKind::Underpaid,
    Settings::NotificationKind::Expired,
    Settings::NotificationKind::RefundCompleted,
};

} // namespace

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(createGeneralPage(), tr("General"));
    tabs->addTab(createSecurityPage(), tr("Security"));
    tabs->addTab(createNotificationsPage(), tr("Notifications"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    load();
}

QWidget* SettingsDialog::createGeneralPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);

    m_language = new QComboBox(page);
    m_language->setObjectName(u"languageCombo"_s);
    for (const LanguageLoader::Language& language : LanguageLoader::availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    form->addRow(tr("&Language:"), m_language);
    auto* restartNote = new QLabel(tr("A new language applies the next time Paydesk starts."), page);
    restartNote->setWordWrap(true);
    restartNote->setEnabled(false);
    form->addRow(QString(), restartNote);

    m_reportingCurrency = new QComboBox(page);
    m_reportingCurrency->setObjectName(u"reportingCurrencyCombo"_s);
    m_reportingCurrency->setEditable(true);
    m_reportingCurrency->addItems({u"USD"_s, u"EUR"_s, u"GBP"_s, u"CHF"_s, u"JPY"_s, u"CAD"_s, u"AUD"_s, u"USDT"_s});
    m_reportingCurrency->lineEdit()->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9]{2,10}"_s), m_reportingCurrency));
    m_reportingCurrency->setToolTip(tr("Totals are shown in this currency only where the gateway itself gives an "
                                       "equivalent; Paydesk never converts with a rate of its own."));
    form->addRow(tr("&Reporting currency:"), m_reportingCurrency);

    m_syncMinutes = new QSpinBox(page);
    m_syncMinutes->setObjectName(u"syncMinutesSpin"_s);
    m_syncMinutes->setRange(1, 1440);
    m_syncMinutes->setSuffix(tr(" min"));
    form->addRow(tr("&Sync every:"), m_syncMinutes);
    m_listPageSize = new QSpinBox(page);
    m_listPageSize->setObjectName(u"listPageSizeSpin"_s);
    m_listPageSize->setRange(0, Settings::kMaxSyncListPageSize);
    m_listPageSize->setSpecialValueText(tr("Gateway default"));
    m_listPageSize->setToolTip(tr("Invoices asked for per list page, where the gateway takes a page size."));
    form->addRow(tr("Invoices per list &page:"), m_listPageSize);
    m_maxListPages = new QSpinBox(page);
    m_maxListPages->setObjectName(u"maxListPagesSpin"_s);
    m_maxListPages->setRange(1, Settings::kMaxSyncListPages);
    m_maxListPages->setToolTip(
        tr("A sync stops listing an account's invoices after this many pages and says so in its result."));
    form->addRow(tr("List pages per s&ync:"), m_maxListPages);
    return page;
}

QWidget* SettingsDialog::createSecurityPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_autoLockMinutes = new QSpinBox(page);
    m_autoLockMinutes->setObjectName(u"autoLockSpin"_s);
    m_autoLockMinutes->setRange(0, 1440);
    m_autoLockMinutes->setSuffix(tr(" min"));
    m_autoLockMinutes->setSpecialValueText(tr("Never"));
    form->addRow(tr("&Lock the vault after idle:"), m_autoLockMinutes);

    m_clipboardSeconds = new QSpinBox(page);
    m_clipboardSeconds->setObjectName(u"clipboardSpin"_s);
    m_clipboardSeconds->setRange(0, 3600);
    m_clipboardSeconds->setSuffix(tr(" s"));
    m_clipboardSeconds->setSpecialValueText(tr("Never"));
    form->addRow(tr("&Clear copied secrets after:"), m_clipboardSeconds);

    m_confirmAmount = new QLineEdit(page);
    m_confirmAmount->setObjectName(u"confirmAmountEdit"_s);
    m_confirmAmount->setToolTip(tr("A new invoice above this amount (in its own currency, whatever it is) is only "
                                   "created after a second click; 0: never ask."));
    form->addRow(tr("Confirm &invoices above:"), m_confirmAmount);
    return page;
}

QWidget* SettingsDialog::createNotificationsPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Show a desktop notification when:"), page);
    layout->addWidget(intro);
    for (const Settings::NotificationKind kind : kNotificationKinds) {
        auto* box = new QCheckBox(NotificationText::kindName(kind), page);
        box->setObjectName(u"notify_"_s + Settings::notificationKindName(kind));
        layout->addWidget(box);
        m_notifications.insert(kind, box);
    }
    layout->addStretch(1);
    return page;
}

void SettingsDialog::load()
{
    const int language = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    m_reportingCurrency->setCurrentText(m_settings.reportingCurrency());
    m_syncMinutes->setValue((m_settings.syncIntervalSeconds() + 59) / 60);
    m_listPageSize->setValue(m_settings.syncListPageSize());
    m_maxListPages->setValue(m_settings.syncMaxListPages());
    m_autoLockMinutes->setValue(m_settings.autoLockMinutes());
    m_clipboardSeconds->setValue(m_settings.clipboardClearSeconds());
    m_confirmAmount->setText(m_settings.confirmAmountAbove().toString());
    for (auto it = m_notifications.cbegin(); it != m_notifications.cend(); ++it)
        it.value()->setChecked(m_settings.notificationEnabled(it.key()));
}

bool SettingsDialog::save()
{
    const QString currency = m_reportingCurrency->currentText().trimmed().toUpper();
    if (currency.size() < 2) {
        QMessageBox::warning(this, windowTitle(), tr("Enter a reporting currency code, such as USD or EUR."));
        return false;
    }
    const auto confirmAbove = Decimal::fromUserInput(m_confirmAmount->text().trimmed());
    if (!confirmAbove || confirmAbove->signum() < 0) {
        QMessageBox::warning(this, windowTitle(),
            tr("Enter the amount above which new invoices are confirmed, such as 10000 (0: never ask)."));
        return false;
    }
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setReportingCurrency(currency);
    m_settings.setSyncIntervalSeconds(m_syncMinutes->value() * 60);
    m_settings.setSyncListPageSize(m_listPageSize->value());
    m_settings.setSyncMaxListPages(m_maxListPages->value());
    m_settings.setAutoLockMinutes(m_autoLockMinutes->value());
    m_settings.setClipboardClearSeconds(m_clipboardSeconds->value());
    m_settings.setConfirmAmountAbove(*confirmAbove);
    for (auto it = m_notifications.cbegin(); it != m_notifications.cend(); ++it)
        m_settings.setNotificationEnabled(it.key(), it.value()->isChecked());
    m_settings.sync();
    return true;
}

void SettingsDialog::accept()
{
    if (!save())
        return;
    Q_EMIT settingsSaved();
    QDialog::accept();
}

} // namespace paydesk
