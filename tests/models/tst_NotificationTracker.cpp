#include "models/NotificationTracker.h"

#include <QTest>

#include "ModelTestData.h"

using namespace paydesk;
using namespace paydesk::modeltest;
using namespace Qt::Literals::StringLiterals;
using Kind = Settings::NotificationKind;

Q_DECLARE_METATYPE(paydesk::PaymentStatus)

namespace {

// The tracker starts at minute 1000; history before it never notifies unless it was open and changes.
const QDateTime kSince = at(1000);

Payment withStatus(Payment payment, PaymentStatus status)
{
    payment.status = status;
    return payment;
}

} // namespace

class TstNotificationTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openInvoiceChangingStatus_data();
    void openInvoiceChangingStatus();
    void historyFromAFirstSyncIsQuiet();
    void newInvoiceOfThisSession();
    void sameStatusTwiceNotifiesOnce();
    void underpaidThenPaid();
    void closedInvoicesAreForgotten();
    void refundCompleted();
};

void TstNotificationTracker::openInvoiceChangingStatus_data()
{
    QTest::addColumn<PaymentStatus>("from");
    QTest::addColumn<PaymentStatus>("to");
    QTest::addColumn<int>("kind"); // -1: no event

    QTest::newRow("pending → paid") << PaymentStatus::Pending << PaymentStatus::Paid << int(Kind::Paid);
    QTest::newRow("processing → paid") << PaymentStatus::Processing << PaymentStatus::Paid << int(Kind::Paid);
    QTest::newRow("pending → overpaid") << PaymentStatus::Pending << PaymentStatus::Overpaid << int(Kind::Overpaid);
    QTest::newRow("pending → underpaid") << PaymentStatus::Pending << PaymentStatus::Underpaid << int(Kind::Underpaid);
    QTest::newRow("pending → expired") << PaymentStatus::Pending << PaymentStatus::Expired << int(Kind::Expired);
    QTest::newRow("pending → processing") << PaymentStatus::Pending << PaymentStatus::Processing << -1;
    QTest::newRow("pending → cancelled") << PaymentStatus::Pending << PaymentStatus::Cancelled << -1;
    QTest::newRow("unknown → paid") << PaymentStatus::Unknown << PaymentStatus::Paid << int(Kind::Paid);
}

void TstNotificationTracker::openInvoiceChangingStatus()
{
    QFETCH(PaymentStatus, from);
    QFETCH(PaymentStatus, to);
    QFETCH(int, kind);

    NotificationTracker tracker(kSince);
    const Payment before = payment(u"a1"_s, u"p1"_s, 10, u"15.00"_s, u"USD"_s, from);
    tracker.prime({before}, {});
    QCOMPARE(tracker.trackedPayments(), 1);

    const auto events = tracker.paymentsChanged({withStatus(before, to)});
    if (kind < 0) {
        QVERIFY(events.isEmpty());
        return;
    }
    QCOMPARE(events.size(), 1);
    QCOMPARE(int(events.first().kind), kind);
    QCOMPARE(events.first().accountId, u"a1"_s);
    QCOMPARE(events.first().recordId, u"p1"_s);
    QCOMPARE(events.first().reference, u"PD-p1"_s);
    QCOMPARE(events.first().amount, (Money{dec(u"15.00"_s), u"USD"_s}));
}

void TstNotificationTracker::historyFromAFirstSyncIsQuiet()
{
    NotificationTracker tracker(kSince);
    // Paid, expired and overpaid invoices from last month, read for the first time: nothing to tell.
    const auto events = tracker.paymentsChanged({
        payment(u"a1"_s, u"old1"_s, 10, u"1.00"_s, u"USD"_s, PaymentStatus::Paid),
        payment(u"a1"_s, u"old2"_s, 20, u"2.00"_s, u"USD"_s, PaymentStatus::Expired),
        payment(u"a1"_s, u"old3"_s, 30, u"3.00"_s, u"USD"_s, PaymentStatus::Pending),
    });
    QVERIFY(events.isEmpty());
    // The old pending one is remembered: when it is paid later, that is news.
    QCOMPARE(tracker.trackedPayments(), 1);
    const auto later
        = tracker.paymentsChanged({payment(u"a1"_s, u"old3"_s, 30, u"3.00"_s, u"USD"_s, PaymentStatus::Paid)});
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.first().kind, Kind::Paid);
}

void TstNotificationTracker::newInvoiceOfThisSession()
{
    NotificationTracker tracker(kSince);
    // Created and paid between two syncs of this session: first seen already paid.
    const auto events
        = tracker.paymentsChanged({payment(u"a2"_s, u"n1"_s, 1005, u"9.99"_s, u"EUR"_s, PaymentStatus::Paid)});
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, Kind::Paid);
    QCOMPARE(events.first().amount, (Money{dec(u"9.99"_s), u"EUR"_s}));
    QCOMPARE(tracker.trackedPayments(), 1); // of this session: remembered, so it never notifies twice
}

void TstNotificationTracker::sameStatusTwiceNotifiesOnce()
{
    NotificationTracker tracker(kSince);
    const Payment open = payment(u"a1"_s, u"p1"_s, 1001);
    QVERIFY(tracker.paymentsChanged({open}).isEmpty());
    QCOMPARE(tracker.paymentsChanged({withStatus(open, PaymentStatus::Paid)}).size(), 1);
    // The same paid invoice changed again (a refund, a later updated time): no second notification.
    QVERIFY(tracker.paymentsChanged({withStatus(open, PaymentStatus::Paid)}).isEmpty());
    QVERIFY(tracker.paymentsChanged({withStatus(open, PaymentStatus::PartiallyRefunded)}).isEmpty());
}

void TstNotificationTracker::underpaidThenPaid()
{
    NotificationTracker tracker(kSince);
    const Payment open = payment(u"a1"_s, u"p1"_s, 10);
    tracker.prime({open}, {});
    QCOMPARE(tracker.paymentsChanged({withStatus(open, PaymentStatus::Underpaid)}).first().kind, Kind::Underpaid);
    // Still underpaid after a second small transfer: not news.
    QVERIFY(tracker.paymentsChanged({withStatus(open, PaymentStatus::Underpaid)}).isEmpty());
    QCOMPARE(tracker.paymentsChanged({withStatus(open, PaymentStatus::Paid)}).first().kind, Kind::Paid);
}

void TstNotificationTracker::closedInvoicesAreForgotten()
{
    NotificationTracker tracker(kSince);
    QList<Payment> open;
    for (int i = 0; i < 5; ++i)
        open.append(payment(u"a1"_s, u"p%1"_s.arg(i), 10 + i));
    open.append(payment(u"a1"_s, u"done"_s, 5, u"1.00"_s, u"USD"_s, PaymentStatus::Paid)); // not open: ignored
    tracker.prime(open, {});
    QCOMPARE(tracker.trackedPayments(), 5);
    QList<Payment> closed;
    for (int i = 0; i < 5; ++i)
        closed.append(withStatus(open.at(i), i % 2 ? PaymentStatus::Expired : PaymentStatus::Cancelled));
    QCOMPARE(tracker.paymentsChanged(closed).size(), 2); // the two expired ones
    QCOMPARE(tracker.trackedPayments(), 0);
}

void TstNotificationTracker::refundCompleted()
{
    NotificationTracker tracker(kSince);
    const Refund pending = refund(u"a1"_s, u"r1"_s, 10);
    tracker.prime({}, {pending, refund(u"a1"_s, u"r0"_s, 5, u"1.00"_s, TransferStatus::Succeeded)});
    QCOMPARE(tracker.trackedRefunds(), 1);

    Refund processing = pending;
    processing.status = TransferStatus::Processing;
    QVERIFY(tracker.refundsChanged({processing}).isEmpty());
    Refund done = pending;
    done.status = TransferStatus::Succeeded;
    const auto events = tracker.refundsChanged({done});
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, Kind::RefundCompleted);
    QCOMPARE(events.first().reference, u"pay-r1"_s);
    QCOMPARE(events.first().amount, (Money{dec(u"5.00"_s), u"USD"_s}));
    QVERIFY(tracker.refundsChanged({done}).isEmpty());

    // A failed refund is not a completed one; an old succeeded refund read by a first sync is quiet.
    Refund failed = refund(u"a1"_s, u"r2"_s, 1001);
    QVERIFY(tracker.refundsChanged({failed}).isEmpty());
    failed.status = TransferStatus::Failed;
    QVERIFY(tracker.refundsChanged({failed}).isEmpty());
    QVERIFY(tracker.refundsChanged({refund(u"a1"_s, u"r3"_s, 20, u"2.00"_s, TransferStatus::Succeeded)}).isEmpty());
    // A refund of this session that completed at once.
    QCOMPARE(tracker.refundsChanged({refund(u"a1"_s, u"r4"_s, 1002, u"2.00"_s, TransferStatus::Succeeded)}).size(), 1);
}

QTEST_GUILESS_MAIN(TstNotificationTracker)
#include "tst_NotificationTracker.moc"
