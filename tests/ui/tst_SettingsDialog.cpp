#include "core/settings/Settings.h"
#include "ui/LanguageLoader.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// Preferences: what Settings holds is shown, OK writes every change, Cancel none, a bad currency is refused.
class TstSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsStoredValues();
    void okWritesEveryChange();
    void cancelWritesNothing();
    void emptyCurrencyIsRefused();

private:
    QPushButton* button(SettingsDialog& dialog, QDialogButtonBox::StandardButton which);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_storage;
    std::unique_ptr<Settings> m_settings;
};

void TstSettingsDialog::init()
{
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_storage = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_storage.get());
}

void TstSettingsDialog::cleanup()
{
    m_settings.reset();
    m_storage.reset();
}

QPushButton* TstSettingsDialog::button(SettingsDialog& dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox*>()->button(which);
}

void TstSettingsDialog::showsStoredValues()
{
    m_settings->setReportingCurrency(u"EUR"_s);
    m_settings->setSyncIntervalSeconds(600);
    m_settings->setAutoLockMinutes(0);
    m_settings->setNotificationEnabled(Settings::NotificationKind::Expired, false);
    SettingsDialog dialog(*m_settings);
    QCOMPARE(dialog.findChild<QComboBox*>(u"reportingCurrencyCombo"_s)->currentText(), u"EUR"_s);
    QCOMPARE(dialog.findChild<QSpinBox*>(u"syncMinutesSpin"_s)->value(), 10);
    auto* autoLock = dialog.findChild<QSpinBox*>(u"autoLockSpin"_s);
    QCOMPARE(autoLock->value(), 0);
    QCOMPARE(autoLock->text(), u"Never"_s);
    QVERIFY(!dialog.findChild<QCheckBox*>(u"notify_expired"_s)->isChecked());
    QVERIFY(dialog.findChild<QCheckBox*>(u"notify_paid"_s)->isChecked());
    // The system language first, then English and every embedded translation.
    auto* language = dialog.findChild<QComboBox*>(u"languageCombo"_s);
    QCOMPARE(language->currentIndex(), 0);
    QCOMPARE(language->itemData(0).toString(), QString());
    QVERIFY(language->findData(u"en"_s) > 0);
    QCOMPARE(language->count(), LanguageLoader::availableLanguages().size());
}

void TstSettingsDialog::okWritesEveryChange()
{
    SettingsDialog dialog(*m_settings);
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    auto* language = dialog.findChild<QComboBox*>(u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    dialog.findChild<QComboBox*>(u"reportingCurrencyCombo"_s)->setCurrentText(u"chf"_s);
    dialog.findChild<QSpinBox*>(u"syncMinutesSpin"_s)->setValue(15);
    auto* pageSize = dialog.findChild<QSpinBox*>(u"listPageSizeSpin"_s);
    QCOMPARE(pageSize->text(), u"Gateway default"_s);
    pageSize->setValue(50);
    dialog.findChild<QSpinBox*>(u"maxListPagesSpin"_s)->setValue(40);
    dialog.findChild<QSpinBox*>(u"autoLockSpin"_s)->setValue(5);
    dialog.findChild<QSpinBox*>(u"clipboardSpin"_s)->setValue(0);
    auto* confirm = dialog.findChild<QLineEdit*>(u"confirmAmountEdit"_s);
    QCOMPARE(confirm->text(), u"1000000"_s);
    confirm->setText(u"2500.50"_s);
    dialog.findChild<QCheckBox*>(u"notify_refund_completed"_s)->setChecked(false);
    button(dialog, QDialogButtonBox::Ok)->click();

    QCOMPARE(saved.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_settings->language(), u"en"_s);
    QCOMPARE(m_settings->reportingCurrency(), u"CHF"_s);
    QCOMPARE(m_settings->syncIntervalSeconds(), 900);
    QCOMPARE(m_settings->syncListPageSize(), 50);
    QCOMPARE(m_settings->syncMaxListPages(), 40);
    QCOMPARE(m_settings->autoLockMinutes(), 5);
    QCOMPARE(m_settings->clipboardClearSeconds(), 0);
    QCOMPARE(m_settings->confirmAmountAbove().toString(), u"2500.50"_s);
    QVERIFY(!m_settings->notificationEnabled(Settings::NotificationKind::RefundCompleted));
    QVERIFY(m_settings->notificationEnabled(Settings::NotificationKind::Paid));
    // Written to the file, not only to the facade's cache.
    QSettings reread(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    QCOMPARE(Settings(&reread).reportingCurrency(), u"CHF"_s);
}

void TstSettingsDialog::cancelWritesNothing()
{
    SettingsDialog dialog(*m_settings);
    dialog.findChild<QComboBox*>(u"reportingCurrencyCombo"_s)->setCurrentText(u"GBP"_s);
    dialog.findChild<QCheckBox*>(u"notify_paid"_s)->setChecked(false);
    button(dialog, QDialogButtonBox::Cancel)->click();
    QCOMPARE(m_settings->reportingCurrency(), Settings::defaultValue(Settings::Key::ReportingCurrency).toString());
    QVERIFY(m_settings->notificationEnabled(Settings::NotificationKind::Paid));
    QVERIFY(!m_settings->contains(Settings::Key::ReportingCurrency));
}

void TstSettingsDialog::emptyCurrencyIsRefused()
{
    SettingsDialog dialog(*m_settings);
    dialog.show();
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    dialog.findChild<QComboBox*>(u"reportingCurrencyCombo"_s)->setCurrentText(QString());
    bool warned = false;
    QTimer::singleShot(0, this, [&warned] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            warned = box->text().contains(u"reporting currency"_s);
            box->accept();
        }
    });
    button(dialog, QDialogButtonBox::Ok)->click();
    QVERIFY(warned);
    QVERIFY(saved.isEmpty());
    QVERIFY(dialog.isVisible());
    QVERIFY(!m_settings->contains(Settings::Key::ReportingCurrency));
}

QTEST_MAIN(TstSettingsDialog)
#include "tst_SettingsDialog.moc"
