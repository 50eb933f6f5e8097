#include "core/journal/Journal.h"
#include "providers/GatewayOperations.h"
#include "providers/sync/SyncOptions.h"
#include "tests/support/SandboxFixture.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

// Listing never loses and never loops, whatever the gateway does with its pages (Crypto.com's paging is unpublished):
// a gateway that honours `limit` and `starting_after`, one that caps its pages at 20 (a short page used to end the
// list: 212 of 232 invoices were never seen), one that ignores the cursor (sync used to ask for the same page without
// end), and the cap on pages per sync, which stops and says so. The sandbox plays each behaviour (docs/sandbox.md).
class TstListPaging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyInvoiceIsListedOnce_data();
    void everyInvoiceIsListedOnce();
    void pageCapStopsAndSaysSo();
    void cappedDateWindowsResumeNextSync();
    void lookupStopsOnARepeatedPage();

private:
    SyncOutcome sync(Provider& provider, const SyncOptions& options);
    qint64 stored(const Provider& provider) const
    {
        return m_fixture->ledger().countPayments({.accountIds = {provider.account().id}}).value();
    }
    int listRequests() const { return m_fixture->received("GET", u"/cryptocom/api/payments"_s); }

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<GatewayOperations> m_operations;
};

namespace {

constexpr qint64 kPerGateway = 232; // not a multiple of any page size used here

} // namespace

void TstListPaging::init()
{
    m_fixture = std::make_unique<test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_fixture->sandbox().regenerate(4 * kPerGateway, 30, 11);
    m_operations = std::make_unique<GatewayOperations>(m_fixture->ledger(), m_fixture->journal());
}

void TstListPaging::cleanup()
{
    m_operations.reset();
    m_fixture.reset();
}

SyncOutcome TstListPaging::sync(Provider& provider, const SyncOptions& options)
{
    return m_fixture->sync(provider, *m_operations, options);
}

void TstListPaging::everyInvoiceIsListedOnce_data()
{
    QTest::addColumn<int>("pageCap"); // the sandbox's largest page, whatever `limit` asks (0: as asked)
    QTest::addColumn<bool>("ignoresCursor");
    QTest::addColumn<int>("pageSize"); // SyncOptions::listPageSize (0: the provider's 100)
    QTest::addColumn<qint64>("listed");
    QTest::addColumn<int>("requests");
    QTest::addColumn<bool>("notice");
    // 100 + 100 + 32, then an empty page ends the list.
    QTest::newRow("honours limit") << 0 << false << 0 << kPerGateway << 4 << false;
    QTest::newRow("page size from the settings") << 0 << false << 50 << kPerGateway << 6 << false;
    // Eleven pages of 20 and one of 12 (short pages no longer end the list), then the empty page.
    QTest::newRow("caps pages at 20") << 20 << false << 0 << kPerGateway << 13 << false;
    // The first page twice: nothing new, the listing stops and says so.
    QTest::newRow("ignores the cursor") << 0 << true << 0 << qint64(100) << 2 << true;
}

void TstListPaging::everyInvoiceIsListedOnce()
{
    QFETCH(int, pageCap);
    QFETCH(bool, ignoresCursor);
    QFETCH(int, pageSize);
    QFETCH(qint64, listed);
    QFETCH(int, requests);
    QFETCH(bool, notice);
    m_fixture->control(
        u"/_sandbox/cryptocom/config"_s, {{u"list_page_cap"_s, pageCap}, {u"list_ignores_cursor"_s, ignoresCursor}});
    auto provider = m_fixture->provider(Gateway::CryptoCom);

    const SyncOutcome outcome = sync(*provider, {.listPageSize = pageSize});
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors.join(u"; "_s)));
    QCOMPARE(stored(*provider), listed);
    QCOMPARE(outcome.invoicesInserted, listed);
    QCOMPARE(listRequests(), requests);
    QCOMPARE(!outcome.notices.isEmpty(), notice);
    if (notice)
        QVERIFY2(outcome.notices.first().contains(u"already listed"_s), qPrintable(outcome.notices.first()));
    const auto state = m_fixture->ledger().syncState(provider->account().id, u"payments"_s);
    QVERIFY(state.value().lastSuccess.isValid());
}

void TstListPaging::pageCapStopsAndSaysSo()
{
    m_fixture->control(u"/_sandbox/cryptocom/config"_s, {{u"list_page_cap"_s, 20}});
    auto provider = m_fixture->provider(Gateway::CryptoCom);

    const SyncOutcome outcome = sync(*provider, {.maxListPages = 3});
    QCOMPARE(listRequests(), 3);
    QCOMPARE(stored(*provider), 60);
    QCOMPARE(outcome.errors.size(), 1);
    QVERIFY2(outcome.errors.first().contains(u"limit of 3 page"_s), qPrintable(outcome.errors.first()));
    // Not a success: the next sync lists the same period again, and the account says why.
    const auto state = m_fixture->ledger().syncState(provider->account().id, u"payments"_s);
    QVERIFY(!state.value().lastSuccess.isValid());
    QCOMPARE(state.value().lastError, outcome.errors.first());

    // With the cap raised (Preferences), the next sync lists the rest.
    const SyncOutcome raised = sync(*provider, {.maxListPages = 500});
    QVERIFY2(raised.ok(), qPrintable(raised.errors.join(u"; "_s)));
    QCOMPARE(stored(*provider), kPerGateway);
}

// v10.2 lists date windows, and keeps the next window as the sync state's cursor: a listing stopped by the cap goes
// on from there at the next sync instead of listing the newest windows again.
void TstListPaging::cappedDateWindowsResumeNextSync()
{
    auto provider = m_fixture->provider(Gateway::BucksBus);
    const SyncOutcome first = sync(*provider, {.maxListPages = 2});
    QCOMPARE(first.errors.size(), 1);
    QVERIFY2(first.errors.first().contains(u"goes on from there"_s), qPrintable(first.errors.first()));
    const qint64 afterFirst = stored(*provider);
    QVERIFY(afterFirst < kPerGateway);
    const auto state = m_fixture->ledger().syncState(provider->account().id, u"payments"_s);
    QVERIFY(!state.value().cursor.isEmpty());

    int syncs = 1;
    SyncOutcome next;
    do {
        next = sync(*provider, {.maxListPages = 2});
        ++syncs;
    } while (!next.ok() && syncs < 40);
    QVERIFY2(next.ok(), qPrintable(next.errors.join(u"; "_s)));
    QCOMPARE(stored(*provider), kPerGateway);
    QCOMPARE(next.invoicesInserted + afterFirst <= kPerGateway, true);
    QVERIFY(m_fixture->ledger().syncState(provider->account().id, u"payments"_s).value().cursor.isEmpty());
}

// Crypto.com's lookup by order id (a lost answer to a creating call) scans the newest pages with the same rule.
void TstListPaging::lookupStopsOnARepeatedPage()
{
    m_fixture->control(u"/_sandbox/cryptocom/config"_s, {{u"list_ignores_cursor"_s, true}});
    auto provider = m_fixture->provider(Gateway::CryptoCom);
    const auto found = m_fixture->wait<std::optional<Payment>>(
        this, [&](QObject* context, auto done) { provider->findInvoiceByKey(u"no-such-order"_s, context, done); });
    QVERIFY(found.ok());
    QVERIFY(!found.value().has_value());
    QCOMPARE(listRequests(), 2);
}

QTEST_GUILESS_MAIN(TstListPaging)
#include "tst_ListPaging.moc"
