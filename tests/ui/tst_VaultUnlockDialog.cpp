#include "ui/dialogs/VaultUnlockDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// The vault unlock dialog: masked entry, unlockRequested with the passphrase (field cleared), showError asks again.
class TstVaultUnlockDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlockAndRetry();
    void emptyPassphrase();
};

void TstVaultUnlockDialog::unlockAndRetry()
{
    VaultUnlockDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy requested(&dialog, &VaultUnlockDialog::unlockRequested);
    auto* field = dialog.findChild<QLineEdit*>(u"passphraseLineEdit"_s);
    auto* unlock = dialog.findChild<QPushButton*>(u"unlockPushButton"_s);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    field->setText(u"correct horse ✓"_s); // QTest types ASCII only
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toByteArray(), u"correct horse ✓"_s.toUtf8());
    QVERIFY(field->text().isEmpty());
    QVERIFY(dialog.isWaiting());
    QVERIFY(!unlock->isEnabled());
    QVERIFY(dialog.isVisible()); // the owner closes it once the vault opened

    dialog.showError(u"Wrong passphrase."_s);
    QVERIFY(!dialog.isWaiting());
    QVERIFY(unlock->isEnabled());
    QCOMPARE(dialog.findChild<QLabel*>(u"problemLabel"_s)->text(), u"Wrong passphrase."_s);
    QTest::keyClicks(field, u"again"_s);
    unlock->click();
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.last().first().toByteArray(), "again"_ba);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
}

void TstVaultUnlockDialog::emptyPassphrase()
{
    VaultUnlockDialog dialog;
    dialog.show();
    QSignalSpy requested(&dialog, &VaultUnlockDialog::unlockRequested);
    dialog.findChild<QPushButton*>(u"unlockPushButton"_s)->click();
    QCOMPARE(requested.size(), 0);
    QVERIFY(!dialog.findChild<QLabel*>(u"problemLabel"_s)->text().isEmpty());
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(TstVaultUnlockDialog)
#include "tst_VaultUnlockDialog.moc"
