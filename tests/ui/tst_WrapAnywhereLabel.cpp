#include "ui/widgets/WrapAnywhereLabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

const QString kAddress = u"bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"_s;

} // namespace

// The label for values that must never be cut: wraps at spaces, inside a word only where it must, every line within
// the width, the height following the width, little width asked for, and Copy gives the whole text.
class TstWrapAnywhereLabel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void breaksInsideAWordOnlyWhereItMust();
    void heightFollowsWidth();
    void showsEverythingInALayout();
    void copiesTheWholeText();
};

void TstWrapAnywhereLabel::breaksInsideAWordOnlyWhereItMust()
{
    WrapAnywhereLabel label(u"Send 0.00150000\u00a0BTC to the address "_s + kAddress + u", now."_s);
    const int width = label.fontMetrics().horizontalAdvance(kAddress) / 3;
    const QStringList lines = label.lines(width);
    QVERIFY(lines.size() >= 4);
    QCOMPARE(lines.join(QString()), label.text()); // nothing lost, nothing added
    for (const QString& line : lines)
        QVERIFY2(label.fontMetrics().horizontalAdvance(line.trimmed()) <= width, qPrintable(line));
    QVERIFY2(lines.first().startsWith(u"Send "_s), qPrintable(lines.first())); // words stay whole where they fit
    QVERIFY(!lines.join(u'|').contains(u"BT|C"_s));
    // Wide enough: one line.
    QCOMPARE(label.lines(label.fontMetrics().horizontalAdvance(label.text()) + 10).size(), 1);
    // Line breaks in the text stay.
    label.setText(u"Account: shop\nStatus: Active"_s);
    QCOMPARE(label.lines(1000), (QStringList{u"Account: shop\n"_s, u"Status: Active"_s}));
}

void TstWrapAnywhereLabel::heightFollowsWidth()
{
    WrapAnywhereLabel label(kAddress);
    QVERIFY(label.hasHeightForWidth());
    QVERIFY(label.sizePolicy().hasHeightForWidth());
    const int lineHeight = label.fontMetrics().height();
    QVERIFY(label.heightForWidth(80) >= 4 * lineHeight);
    QVERIFY(label.heightForWidth(2000) < 2 * lineHeight + 2);
    // It asks for little width, so that a long value does not decide a page's width.
    QVERIFY(label.minimumSizeHint().width() <= 8 * label.fontMetrics().averageCharWidth() + 2);
    QVERIFY(label.sizeHint().width() <= 50 * label.fontMetrics().averageCharWidth() + 2);
    QCOMPARE(label.sizeHint().height(), label.heightForWidth(label.sizeHint().width()));
}

void TstWrapAnywhereLabel::showsEverythingInALayout()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* label = new WrapAnywhereLabel(kAddress, &window);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    layout->addStretch(1);
    window.resize(140, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(label->displayedLines().size() >= 3);
    QVERIFY(label->showsWholeText());
    QCOMPARE(label->displayedLines().join(QString()), kAddress);
    // The address changes to a longer one: the layout gives it the height.
    label->setText(kAddress + kAddress);
    QTRY_VERIFY(label->showsWholeText());
    const QImage image = label->grab().toImage();
    QVERIFY(!image.isNull());
}

void TstWrapAnywhereLabel::copiesTheWholeText()
{
    WrapAnywhereLabel label(kAddress);
    label.resize(100, 200);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    QGuiApplication::clipboard()->clear();
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5), label.mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(&label, &event);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = label.findChild<QMenu*>()) != nullptr);
    QCOMPARE(menu->actions().size(), 1);
    menu->actions().first()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), kAddress);
    menu->close();
}

QTEST_MAIN(TstWrapAnywhereLabel)
#include "tst_WrapAnywhereLabel.moc"
