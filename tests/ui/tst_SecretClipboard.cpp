#include "ui/widgets/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// A copied secret leaves the clipboard again after its time, unless the user copied something else meanwhile.
class TstSecretClipboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clearedAfterItsTime();
    void somethingCopiedLaterIsKept();
    void clearedWhenTheOwnerGoes();
};

void TstSecretClipboard::clearedAfterItsTime()
{
    SecretClipboard clipboard;
    clipboard.setClearAfterSeconds(1);
    clipboard.copy(u"sk_live_secret"_s);
    QCOMPARE(QApplication::clipboard()->text(), u"sk_live_secret"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);
}

void TstSecretClipboard::somethingCopiedLaterIsKept()
{
    SecretClipboard clipboard;
    clipboard.copy(u"sk_live_secret"_s);
    QApplication::clipboard()->setText(u"an address"_s);
    clipboard.clearNow();
    QCOMPARE(QApplication::clipboard()->text(), u"an address"_s);
}

void TstSecretClipboard::clearedWhenTheOwnerGoes()
{
    {
        SecretClipboard clipboard;
        clipboard.copy(u"sk_live_secret"_s);
    }
    QVERIFY(QApplication::clipboard()->text().isEmpty());
}

QTEST_MAIN(TstSecretClipboard)
#include "tst_SecretClipboard.moc"
