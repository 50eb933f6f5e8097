#include "models/PaymentFilter.h"
#include "models/PaymentRow.h"
#include "tests/models/ModelTestData.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::modeltest;

namespace {

// The payment every row of matches_data() is tested against, with one field changed per row where needed.
Payment sample()
{
    Payment p = payment(u"a1"_s, u"5f0c-77"_s, 30, u"1234.50"_s, u"USD"_s, PaymentStatus::Paid);
    p.orderId = u"PD-10042"_s;
    p.description = u"Two coffees"_s;
    p.address = u"TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"_s;
    p.payerEmail = u"Alice@Example.com"_s;
    p.payAmount = Money{dec(u"0.01850000"_s), u"ETH"_s};
    p.network = u"ethereum"_s;
    return p;
}

} // namespace

using PaymentChange = std::function<void(Payment&)>;
using FilterSetup = std::function<void(PaymentFilter&)>;
Q_DECLARE_METATYPE(PaymentChange)
Q_DECLARE_METATYPE(FilterSetup)

class TstPaymentFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void emptyFilterMatchesEverything();
    void gettersReturnWhatWasSet();
    void narrows_data();
    void narrows();
    void narrowingIsSound();
};

void TstPaymentFilter::matches_data()
{
    QTest::addColumn<PaymentChange>("change");
    QTest::addColumn<FilterSetup>("setup");
    QTest::addColumn<bool>("expected");

    const PaymentChange none = [](Payment&) {};
    const auto text = [](const QString& t) { return FilterSetup([t](PaymentFilter& f) { f.setText(t); }); };

    // Text: each searched field, in any case.
    QTest::newRow("order id") << none << text(u"PD-1004"_s) << true;
    QTest::newRow("order id, lower case") << none << text(u"pd-10042"_s) << true;
    QTest::newRow("description") << none << text(u"COFFEE"_s) << true;
    QTest::newRow("payment id") << none << text(u"5F0C-7"_s) << true;
    QTest::newRow("address") << none << text(u"eRdOw5"_s) << true;
    QTest::newRow("payer email") << none << text(u"alice@example"_s) << true;
    QTest::newRow("amount text") << none << text(u"1234.5"_s) << true;
    QTest::newRow("pay amount text") << none << text(u"0.0185"_s) << true;
    QTest::newRow("trimmed") << none << text(u"  coffees \t"_s) << true;
    QTest::newRow("whole field") << none << text(u"Two coffees"_s) << true;
    QTest::newRow("absent") << none << text(u"tea"_s) << false;
    QTest::newRow("longer than a field") << none << text(u"Two coffees and cake"_s) << false;
    // Not across two fields, and not in the fields shown elsewhere.
    QTest::newRow("across fields") << none << text(u"10042Two"_s) << false;
    QTest::newRow("network is not searched") << none << text(u"ethereum"_s) << false;
    QTest::newRow("currency is not searched") << none << text(u"USD"_s) << false;
    QTest::newRow("raw status is not searched") << none << text(u"raw-paid"_s) << false;
    QTest::newRow("formatted amount is not canonical") << none << text(u"1,234.50"_s) << false;
    // A needle found only late in the text, after many candidates of its first letter.
    QTest::newRow("late match") << PaymentChange([](Payment& p) { p.description = u"eeeeeeeeeeeeeeeeeeeeeeX"_s; })
                                << text(u"eX"_s) << true;
    QTest::newRow("needle at the very end")
        << PaymentChange([](Payment& p) { p.payerEmail = u"x@y.zz"_s; }) << text(u".ZZ"_s) << true;
    QTest::newRow("needle one past the end")
        << PaymentChange([](Payment& p) { p.payerEmail = u"x@y.z"_s; }) << text(u"y.zz"_s) << false;

    // Unicode: rows or needles beyond ASCII compare like QString::contains(..., Qt::CaseInsensitive).
    const PaymentChange cafe = [](Payment& p) { p.description = u"Café Zürich"_s; };
    QTest::newRow("accented row, ascii needle") << cafe << text(u"CAF"_s) << true;
    QTest::newRow("accented row, accented needle") << cafe << text(u"ZÜRICH"_s) << true;
    QTest::newRow("accented row, other accent") << cafe << text(u"zurich"_s) << false;
    QTest::newRow("accented needle, its ascii part elsewhere")
        << PaymentChange([](Payment& p) { p.description = u"Zürch rich"_s; }) << text(u"zürich"_s) << false;
    QTest::newRow("accented needle, long s in the row")
        << PaymentChange([](Payment& p) { p.description = u"Zürich Ausſtellung"_s; }) << text(u"üRICH AUSST"_s) << true;
    QTest::newRow("ascii row, accented needle") << none << text(u"coffées"_s) << false;
    QTest::newRow("cyrillic") << PaymentChange([](Payment& p) { p.description = u"Оплата заказа"_s; })
                              << text(u"ОПЛАТА"_s) << true;
    QTest::newRow("long s in the row folds to s")
        << PaymentChange([](Payment& p) { p.description = u"Ausſtellung"_s; }) << text(u"AUSST"_s) << true;
    QTest::newRow("accented row, ascii needle after the accent") << cafe << text(u"rich"_s) << true;
    QTest::newRow("accented row, ascii needle across the accent") << cafe << text(u"caf z"_s) << false;
    QTest::newRow("kelvin sign folds to k")
        << PaymentChange([](Payment& p) { p.description = u"kiosk"_s; }) << text(u"\u212Aiosk"_s) << true;

    // Accounts.
    const auto accounts
        = [](const QStringList& ids) { return FilterSetup([ids](PaymentFilter& f) { f.setAccountIds(ids); }); };
    QTest::newRow("account listed") << none << accounts({u"a2"_s, u"a1"_s}) << true;
    QTest::newRow("account not listed") << none << accounts({u"a2"_s}) << false;

    // Statuses.
    const auto statuses
        = [](const QList<PaymentStatus>& s) { return FilterSetup([s](PaymentFilter& f) { f.setStatuses(s); }); };
    QTest::newRow("status in set") << none << statuses({PaymentStatus::Expired, PaymentStatus::Paid}) << true;
    QTest::newRow("status not in set") << none << statuses({PaymentStatus::Pending}) << false;
    QTest::newRow("unknown status") << PaymentChange([](Payment& p) { p.status = PaymentStatus::Unknown; })
                                    << statuses({PaymentStatus::Unknown}) << true;

    // Currencies: the requested currency or the pay currency, any case.
    const auto currencies
        = [](const QStringList& c) { return FilterSetup([c](PaymentFilter& f) { f.setCurrencies(c); }); };
    QTest::newRow("amount currency") << none << currencies({u"usd"_s}) << true;
    QTest::newRow("pay currency") << none << currencies({u"BTC"_s, u"ETH"_s}) << true;
    QTest::newRow("other currency") << none << currencies({u"EUR"_s}) << false;
    QTest::newRow("no amount, no currency") << PaymentChange([](Payment& p) {
        p.amount = {};
        p.payAmount = {};
    }) << currencies({u"USD"_s}) << false;

    // Created range [from, to).
    const QDateTime created = sample().created;
    const auto range = [](const QDateTime& from, const QDateTime& to) {
        return FilterSetup([from, to](PaymentFilter& f) { f.setCreatedRange(from, to); });
    };
    QTest::newRow("from is inclusive") << none << range(created, {}) << true;
    QTest::newRow("to is exclusive") << none << range({}, created) << false;
    QTest::newRow("inside") << none << range(created.addSecs(-1), created.addMSecs(1)) << true;
    QTest::newRow("after") << none << range(created.addMSecs(1), {}) << false;
    QTest::newRow("other time zone, same instant")
        << none << range(created.toOffsetFromUtc(3 * 3600), created.addSecs(1).toOffsetFromUtc(-5 * 3600)) << true;
    QTest::newRow("unknown created time")
        << PaymentChange([](Payment& p) { p.created = {}; }) << range(created.addYears(-10), {}) << false;
    QTest::newRow("unknown created time, no range")
        << PaymentChange([](Payment& p) { p.created = {}; }) << range({}, {}) << true;

    // All parts together: every one must hold.
    const FilterSetup all = [created](PaymentFilter& f) {
        f.setText(u"coffee"_s);
        f.setAccountIds({u"a1"_s});
        f.setStatuses({PaymentStatus::Paid});
        f.setCurrencies({u"USD"_s});
        f.setCreatedRange(created, created.addDays(1));
    };
    QTest::newRow("all parts hold") << none << all << true;
    QTest::newRow("all but the text") << PaymentChange([](Payment& p) { p.description = u"tea"_s; }) << all << false;
    QTest::newRow("all but the account") << PaymentChange([](Payment& p) { p.accountId = u"a2"_s; }) << all << false;
    QTest::newRow("all but the status") << PaymentChange([](Payment& p) { p.status = PaymentStatus::Expired; }) << all
                                        << false;
}

void TstPaymentFilter::matches()
{
    QFETCH(PaymentChange, change);
    QFETCH(FilterSetup, setup);
    QFETCH(bool, expected);

    Payment p = sample();
    change(p);
    PaymentFilter filter;
    setup(filter);
    QCOMPARE(filter.matches(PaymentRow(p)), expected);
}

void TstPaymentFilter::emptyFilterMatchesEverything()
{
    PaymentFilter filter;
    QVERIFY(filter.isEmpty());
    QVERIFY(filter.matches(PaymentRow(sample())));
    QVERIFY(filter.matches(PaymentRow()));
    filter.setText(u"   "_s); // only spaces: no restriction
    QVERIFY(filter.isEmpty());
    filter.setStatuses({PaymentStatus::Paid});
    QVERIFY(!filter.isEmpty());
    QVERIFY(!filter.matches(PaymentRow()));
}

void TstPaymentFilter::gettersReturnWhatWasSet()
{
    PaymentFilter filter;
    filter.setText(u" PD-1 "_s);
    filter.setAccountIds({u"b"_s, u"a"_s, u"b"_s});
    filter.setStatuses({PaymentStatus::Refunded, PaymentStatus::Pending});
    filter.setCurrencies({u"usdt"_s, u"BTC"_s});
    const QDateTime from = QDateTime(QDate(2024, 3, 1), QTime(12, 0), QTimeZone(3600));
    filter.setCreatedRange(from, {});
    QCOMPARE(filter.text(), u"PD-1"_s);
    QCOMPARE(filter.accountIds(), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(filter.statuses(), (QList<PaymentStatus>{PaymentStatus::Pending, PaymentStatus::Refunded}));
    QCOMPARE(filter.currencies(), (QStringList{u"BTC"_s, u"USDT"_s}));
    QCOMPARE(filter.createdFrom(), from);
    QCOMPARE(filter.createdFrom().timeSpec(), Qt::UTC);
    QVERIFY(!filter.createdTo().isValid());

    PaymentFilter same;
    same.setText(u"PD-1"_s);
    same.setAccountIds({u"a"_s, u"b"_s});
    same.setStatuses({PaymentStatus::Pending, PaymentStatus::Refunded});
    same.setCurrencies({u"BTC"_s, u"USDT"_s});
    same.setCreatedRange(from.toUTC(), {});
    QVERIFY(filter == same);
    same.setText(u"PD-2"_s);
    QVERIFY(!(filter == same));
}

void TstPaymentFilter::narrows_data()
{
    QTest::addColumn<FilterSetup>("previous");
    QTest::addColumn<FilterSetup>("next");
    QTest::addColumn<bool>("expected");

    const auto text = [](const QString& t) { return FilterSetup([t](PaymentFilter& f) { f.setText(t); }); };
    const FilterSetup none = [](PaymentFilter&) {};
    QTest::newRow("typing on") << text(u"PD-1"_s) << text(u"PD-10"_s) << true;
    QTest::newRow("typing on, other case") << text(u"pd-1"_s) << text(u"PD-10"_s) << true;
    QTest::newRow("text inside") << text(u"coffee"_s) << text(u"two coffees"_s) << true;
    QTest::newRow("from nothing") << none << text(u"x"_s) << true;
    QTest::newRow("backspace") << text(u"PD-10"_s) << text(u"PD-1"_s) << false;
    QTest::newRow("other text") << text(u"PD-1"_s) << text(u"PX-1"_s) << false;
    QTest::newRow("cleared") << text(u"PD-1"_s) << none << false;
    const auto statuses
        = [](const QList<PaymentStatus>& s) { return FilterSetup([s](PaymentFilter& f) { f.setStatuses(s); }); };
    QTest::newRow("fewer statuses") << statuses({PaymentStatus::Paid, PaymentStatus::Pending})
                                    << statuses({PaymentStatus::Paid}) << true;
    QTest::newRow("more statuses") << statuses({PaymentStatus::Paid})
                                   << statuses({PaymentStatus::Paid, PaymentStatus::Pending}) << false;
    QTest::newRow("statuses dropped") << statuses({PaymentStatus::Paid}) << none << false;
    const auto accounts
        = [](const QStringList& ids) { return FilterSetup([ids](PaymentFilter& f) { f.setAccountIds(ids); }); };
    QTest::newRow("fewer accounts") << accounts({u"a1"_s, u"a2"_s}) << accounts({u"a2"_s}) << true;
    QTest::newRow("other account") << accounts({u"a1"_s}) << accounts({u"a2"_s}) << false;
    const QDateTime t = at(0);
    const auto range = [](const QDateTime& from, const QDateTime& to) {
        return FilterSetup([from, to](PaymentFilter& f) { f.setCreatedRange(from, to); });
    };
    QTest::newRow("shorter range") << range(t, t.addDays(7)) << range(t.addDays(1), t.addDays(2)) << true;
    QTest::newRow("earlier start") << range(t, t.addDays(7)) << range(t.addDays(-1), t.addDays(2)) << false;
    QTest::newRow("open end") << range(t, t.addDays(7)) << range(t, {}) << false;
}

void TstPaymentFilter::narrows()
{
    QFETCH(FilterSetup, previous);
    QFETCH(FilterSetup, next);
    QFETCH(bool, expected);
    PaymentFilter a;
    PaymentFilter b;
    previous(a);
    next(b);
    QCOMPARE(b.narrows(a), expected);
}

// Whatever narrows() claims must hold on real rows: every row the narrower filter matches, the previous one matches.
void TstPaymentFilter::narrowingIsSound()
{
    QList<Payment> payments;
    const QStringList descriptions{u"Two coffees"_s, u"Café Zürich"_s, u"kiosk"_s, u"PD-1 refill"_s, u""_s};
    for (int i = 0; i < 40; ++i) {
        Payment p = payment(i % 2 ? u"a1"_s : u"a2"_s, u"p"_s + QString::number(i), i * 7,
            QString::number(i * 3) + u".5"_s, i % 3 ? u"USD"_s : u"EUR"_s, PaymentStatus(i % 13));
        p.description = descriptions.at(i % descriptions.size());
        payments.append(p);
    }
    const QStringList texts{u""_s, u"p"_s, u"P1"_s, u"pd-1"_s, u"coffee"_s, u"café"_s, u"1.5"_s, u"ZÜ"_s};
    int checked = 0;
    for (const QString& previousText : texts) {
        for (const QString& nextText : texts) {
            PaymentFilter previous;
            previous.setText(previousText);
            PaymentFilter next;
            next.setText(nextText);
            next.setStatuses(nextText.size() % 2 ? QList<PaymentStatus>{PaymentStatus::Paid} : QList<PaymentStatus>{});
            if (!next.narrows(previous))
                continue;
            ++checked;
            for (const Payment& p : std::as_const(payments)) {
                const PaymentRow row(p);
                if (next.matches(row))
                    QVERIFY2(previous.matches(row), qPrintable(previousText + u" → "_s + nextText));
            }
        }
    }
    QVERIFY(checked > 10);
}

QTEST_APPLESS_MAIN(TstPaymentFilter)
#include "tst_PaymentFilter.moc"
