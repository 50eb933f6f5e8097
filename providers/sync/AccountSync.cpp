#include "providers/sync/AccountSync.h"

#include "core/ProviderErrorText.h"
#include "core/domain/RefundedTotal.h"
#include "core/journal/Journal.h"
#include "core/journal/UnknownOutcome.h"
#include "core/ledger/Ledger.h"
#include "providers/GatewayOperations.h"
#include "providers/Provider.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <type_traits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

// An address a deposit names, as far as the deposit tells: the gateway lists no addresses (or not this one), so its
// status is not known and its creation is at the latest the first deposit's.
DedicatedAddress addressSeenIn(const Payment& deposit)
{
    DedicatedAddress address;
    address.accountId = deposit.accountId;
    address.gateway = deposit.gateway;
    address.id = deposit.addressId;
    address.address = deposit.address;
    address.currency = deposit.payAmount.isValid() ? deposit.payAmount.currency : deposit.paid.currency;
    address.network = deposit.network;
    address.status = AddressStatus::Unknown;
    address.created = deposit.created;
    address.updated = deposit.created;
    return address;
}

QList<PaymentStatus> openStatuses()
{
    QList<PaymentStatus> open;
    for (int value = 0; value <= static_cast<int>(PaymentStatus::Unknown); ++value) {
        const auto status = static_cast<PaymentStatus>(value);
        if (!isFinal(status))
            open.append(status);
    }
    return open;
}

constexpr int kStoreBatch = 50;

// Records a list showed (refunds, withdrawals), each completed with what the list does not show from the copy the
// ledger holds (completedFrom()).
template<typename T>
QList<T> completedWith(const QList<T>& listed, const QList<T>& held)
{
    QHash<QString, T> known;
    for (const T& record : held)
        known.insert(record.id, record);
    QList<T> completed;
    for (const T& record : listed)
        completed.append(known.contains(record.id) ? completedFrom(record, known.value(record.id)) : record);
    return completed;
}

// Gateways whose invoice objects say nothing of test or live: the account's mode is the invoices' (CryptomusJson,
// CryptoProcessingJson). Crypto.com (live_mode) and v10.2 (is_test) say it themselves.
bool modeComesFromTheAccount(Gateway gateway)
{
    return gateway == Gateway::Cryptomus || gateway == Gateway::CryptoProcessing;
}

// Gateways whose list cursor stays valid from one sync to the next (v10.2: the last day of the next date window),
// so that a listing that failed part-way resumes there instead of starting over.
bool keepsListProgress(Gateway gateway)
{
    return gateway == Gateway::BucksBus;
}

// The progress of an unfinished listing, as the "payments" sync state's cursor keeps it: the period listed, the
// cursor of the next page, and when the sync that started the listing began.
QString progressText(const InvoiceListRequest& next, const QDateTime& started)
{
    const QJsonObject object{{u"from"_s, next.from.toUTC().toString(Qt::ISODateWithMs)},
        {u"to"_s, next.to.toUTC().toString(Qt::ISODateWithMs)}, {u"next"_s, next.cursor},
        {u"started"_s, started.toUTC().toString(Qt::ISODateWithMs)}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<std::pair<InvoiceListRequest, QDateTime>> progressFrom(const QString& text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const auto time = [&](const QString& name) {
        QDateTime value = QDateTime::fromString(object.value(name).toString(), Qt::ISODateWithMs);
        return value.isValid() ? value.toUTC() : value;
    };
    InvoiceListRequest request{
        .from = time(u"from"_s), .to = time(u"to"_s), .cursor = object.value(u"next"_s).toString()};
    const QDateTime started = time(u"started"_s);
    if (!request.from.isValid() || !request.to.isValid() || request.cursor.isEmpty() || !started.isValid())
        return std::nullopt;
    return std::pair{request, started};
}

} // namespace

AccountSync::AccountSync(Provider& provider, Ledger& ledger, Journal& journal, GatewayOperations& operations,
    SyncOptions options, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_ledger(ledger)
    , m_journal(journal)
    , m_operations(operations)
    , m_options(options)
{
}

AccountSync::~AccountSync()
{
    delete m_context;
}

QString AccountSync::syncKind(SyncProgress::Stage stage)
{
    switch (stage) {
    case SyncProgress::Stage::Reconciling:
        return u"journal"_s;
    case SyncProgress::Stage::Invoices:
        return u"payments"_s;
    case SyncProgress::Stage::OpenInvoices:
        return u"open_payments"_s;
    case SyncProgress::Stage::OpenRefunds:
        return u"open_refunds"_s;
    case SyncProgress::Stage::Withdrawals:
        return u"withdrawals"_s;
    case SyncProgress::Stage::OpenWithdrawals:
        return u"open_withdrawals"_s;
    case SyncProgress::Stage::Balances:
        return u"balances"_s;
    case SyncProgress::Stage::Assets:
        return u"assets"_s;
    case SyncProgress::Stage::Addresses:
        return u"addresses"_s;
    case SyncProgress::Stage::Deposits:
        return u"deposits"_s;
    }
    return {};
}

void AccountSync::start()
{
    if (isRunning())
        return;
    m_context = new QObject(this);
    m_outcome = SyncOutcome{.accountId = m_provider.account().id};
    m_started = QDateTime::currentDateTimeUtc();
    m_windowStart = {};
    m_listed = 0;
    m_listedRefunds.clear();
    m_knownAddresses.reset();

    applyAccountMode();
    auto unknown = m_journal.unknownEntries(m_provider.account().id);
    if (!unknown.ok()) {
        m_outcome.errors << unknown.error().message;
        startInvoices();
        return;
    }
    reconcileNext(unknown.value());
}

void AccountSync::cancel()
{
    if (!isRunning())
        return;
    delete m_context; // late answers have nowhere to go
    m_outcome.cancelled = true;
    Q_EMIT finished(m_outcome);
}

void AccountSync::report(SyncProgress::Stage stage, qint64 done, qint64 total)
{
    Q_EMIT progress({.accountId = m_provider.account().id, .stage = stage, .done = done, .total = total});
}

void AccountSync::announce(LedgerChange::Kind kind, const UpsertResult& ids)
{
    const LedgerChange change{.kind = kind, .accountId = m_provider.account().id, .ids = ids};
    if (!change.isEmpty())
        Q_EMIT ledgerChanged(change);
}

bool AccountSync::storePayments(const QList<Payment>& payments)
{
    if (payments.isEmpty())
        return true;
    const auto stored = m_ledger.upsertPayments(payments);
    if (!stored.ok()) {
        m_outcome.errors << stored.error().message;
        return false;
    }
    m_outcome.invoicesSeen += payments.size();
    m_outcome.invoicesInserted += stored.value().inserted.size();
    m_outcome.invoicesChanged += stored.value().changed.size();
    announce(LedgerChange::Kind::Payments, stored.value());
    return storeAddressesSeenIn(payments) && storeRefundsSeenIn(payments);
}

bool AccountSync::storeRefundsSeenIn(const QList<Payment>& payments)
{
    if (refundSource(m_provider.gateway()) != RefundSource::PaymentTotal)
        return true;
    // A payment with a refund of ours still unsettled (in flight, or its outcome unknown) is left for a later sync:
    // its total may already hold that refund, which is not in the ledger yet.
    const auto open = m_journal.openEntries(m_provider.account().id, JournalKind::Refund);
    if (!open.ok()) {
        m_outcome.errors << open.error().message;
        return false;
    }
    QSet<QString> unsettled;
    for (const JournalEntry& entry : open.value())
        unsettled.insert(UnknownOutcome::refundFrom(entry, m_provider.gateway()).paymentId);
    QList<Refund> seen;
    for (const Payment& payment : payments) {
        if (!payment.refunded.isValid() || payment.refunded.amount.signum() <= 0 || unsettled.contains(payment.id))
            continue;
        const auto held = m_ledger.refundsForPayment(payment.accountId, payment.id);
        if (!held.ok()) {
            m_outcome.errors << held.error().message;
            return false;
        }
        if (std::optional<Refund> unaccounted = RefundedTotal::unaccounted(payment, held.value()))
            seen.append(std::move(*unaccounted));
    }
    if (seen.isEmpty())
        return true;
    const auto stored = m_ledger.upsertRefunds(seen);
    if (!stored.ok()) {
        m_outcome.errors << stored.error().message;
        return false;
    }
    m_outcome.refundsChanged += stored.value().inserted.size() + stored.value().changed.size();
    announce(LedgerChange::Kind::Refunds, stored.value());
    return true;
}

bool AccountSync::storeAddressesSeenIn(const QList<Payment>& payments)
{
    if (!m_knownAddresses) {
        const auto held = m_ledger.dedicatedAddresses({m_provider.account().id});
        if (!held.ok()) {
            m_outcome.errors << held.error().message;
            return false;
        }
        m_knownAddresses.emplace();
        for (const DedicatedAddress& address : held.value())
            m_knownAddresses->insert(address.id);
    }
    QList<DedicatedAddress> found;
    for (const Payment& payment : payments) {
        if (payment.addressId.isEmpty() || m_knownAddresses->contains(payment.addressId))
            continue;
        m_knownAddresses->insert(payment.addressId);
        found.append(addressSeenIn(payment));
    }
    if (found.isEmpty())
        return true;
    const auto stored = m_ledger.upsertDedicatedAddresses(found);
    if (!stored.ok()) {
        m_outcome.errors << stored.error().message;
        return false;
    }
    m_outcome.addressesFound += stored.value().inserted.size();
    announce(LedgerChange::Kind::DedicatedAddresses, stored.value());
    return true;
}

bool AccountSync::stepFailed(SyncProgress::Stage stage, const ProviderError& error)
{
    recordStepError(stage, ProviderErrorText::oneLine(error, m_provider.account().name));
    return error.kind != ProviderError::Kind::Auth;
}

void AccountSync::recordStepError(SyncProgress::Stage stage, const QString& text)
{
    m_outcome.errors << text;
    auto state = m_ledger.syncState(m_provider.account().id, syncKind(stage));
    SyncState saved = state.ok() ? state.value() : SyncState{};
    saved.accountId = m_provider.account().id;
    saved.kind = syncKind(stage);
    saved.lastAttempt = m_started;
    saved.lastError = text;
    if (const auto stored = m_ledger.saveSyncState(saved); !stored.ok())
        m_outcome.errors << stored.error().message;
}

void AccountSync::stepSucceeded(SyncProgress::Stage stage, const QString& cursor, const QDateTime& success)
{
    const SyncState state{.accountId = m_provider.account().id,
        .kind = syncKind(stage),
        .cursor = cursor,
        .lastAttempt = m_started,
        .lastSuccess = success.isValid() ? success : m_started,
        .lastError = {}};
    if (const auto saved = m_ledger.saveSyncState(state); !saved.ok())
        m_outcome.errors << saved.error().message;
}

// ---- 0. the account's mode ----------------------------------------------------------------------------------------

// Where the invoices' mode is the account's, stored invoices with the other mode are brought in line: those stored
// before the mode came from the account (they were all live), and all of them after the account's mode was changed.
// Settled invoices are never listed again, so the sync window alone would leave them as they were.
void AccountSync::applyAccountMode()
{
    const Account& account = m_provider.account();
    if (!modeComesFromTheAccount(account.gateway))
        return;
    PaymentQuery query{.accountIds = {account.id}};
    query.liveMode = !account.liveMode;
    auto stale = m_ledger.payments(query);
    if (!stale.ok()) {
        m_outcome.errors << stale.error().message;
        return;
    }
    if (stale.value().isEmpty())
        return;
    QList<Payment> payments = std::move(stale).value();
    for (Payment& payment : payments)
        payment.liveMode = account.liveMode;
    const auto stored = m_ledger.upsertPayments(payments);
    if (!stored.ok()) {
        m_outcome.errors << stored.error().message;
        return;
    }
    announce(LedgerChange::Kind::Payments, stored.value());
}

// ---- 1. journal -------------------------------------------------------------------------------------------------

void AccountSync::reconcileNext(QList<JournalEntry> entries)
{
    if (entries.isEmpty()) {
        startInvoices();
        return;
    }
    report(SyncProgress::Stage::Reconciling, m_outcome.reconciled, entries.size() + m_outcome.reconciled);
    const JournalEntry entry = entries.takeFirst();
    m_operations.reconcile(m_provider, entry, m_context,
        [this, entries = std::move(entries)](const Result<JournalEntry>& settled) mutable {
            if (settled.ok()) {
                if (settled.value().state != JournalState::Unknown)
                    ++m_outcome.reconciled;
            } else if (settled.error().kind != ProviderError::Kind::Unsupported) {
                if (!stepFailed(SyncProgress::Stage::Reconciling, settled.error())) {
                    finish();
                    return;
                }
            }
            reconcileNext(std::move(entries));
        });
}

// ---- 2. invoice lists -------------------------------------------------------------------------------------------

void AccountSync::startInvoices()
{
    if (!m_provider.supports(Capability::ListInvoices)) {
        startOpenInvoices();
        return;
    }
    const auto state = m_ledger.syncState(m_provider.account().id, syncKind(SyncProgress::Stage::Invoices));
    m_listingStarted = m_started;
    m_listing.emplace(m_options.maxListPages);
    if (keepsListProgress(m_provider.gateway()) && state.ok() && !state.value().cursor.isEmpty()) {
        // A listing a failed (or cancelled) sync left part-way: go on from its next page. Once it is complete, the
        // period since that sync began is listed as usual (listPage()).
        if (const auto progress = progressFrom(state.value().cursor)) {
            m_listingStarted = progress->second;
            m_windowStart = progress->first.from;
            report(SyncProgress::Stage::Invoices, 0);
            listPage(progress->first, m_options.rateLimitRetries);
            return;
        }
    }
    const bool synced = state.ok() && state.value().lastSuccess.isValid();
    m_windowStart = synced ? state.value().lastSuccess.addSecs(-std::chrono::seconds(m_options.overlap).count())
                           : m_started.addSecs(-std::chrono::seconds(m_options.firstSyncHistory).count());
    report(SyncProgress::Stage::Invoices, 0);
    listPage({.from = m_windowStart, .to = m_started.addSecs(60), .cursor = {}, .pageSize = m_options.listPageSize},
        m_options.rateLimitRetries);
}

void AccountSync::listPage(InvoiceListRequest request, int rateLimitRetriesLeft)
{
    m_provider.listInvoices(request, m_context, [this, request, rateLimitRetriesLeft](const Result<InvoicePage>& page) {
        if (!page.ok()) {
            if (page.error().kind == ProviderError::Kind::RateLimited && rateLimitRetriesLeft > 0) {
                // Throttled list (Cryptomus): wait, then ask for the same page again.
                QTimer::singleShot(m_options.rateLimitPause, m_context,
                    [this, request, rateLimitRetriesLeft] { listPage(request, rateLimitRetriesLeft - 1); });
                return;
            }
            if (keepsListProgress(m_provider.gateway()) && !request.cursor.isEmpty())
                saveListProgress(request); // the next sync asks for this page again and goes on from there
            if (!stepFailed(SyncProgress::Stage::Invoices, page.error())) {
                finish();
                return;
            }
            m_windowStart = {}; // the list failed: follow every open invoice one by one instead
            startOpenInvoices();
            return;
        }
        const QList<Payment>& payments = page.value().payments;
        if (!storePayments(payments) || !storeListedRefunds(page.value().refunds)) {
            finish();
            return;
        }
        m_listed += payments.size();
        report(SyncProgress::Stage::Invoices, m_listed);
        const QString& nextCursor = page.value().nextCursor;
        const ListingGuard::Verdict verdict = m_listing->afterPage(payments, nextCursor);
        // Newest first where the gateway ignores the window (Crypto.com): a page entirely older than the window
        // ends the listing.
        const bool pastWindow = !payments.isEmpty()
            && std::all_of(payments.cbegin(), payments.cend(),
                [&](const Payment& p) { return p.created.isValid() && p.created < m_windowStart; });
        if (verdict == ListingGuard::Verdict::Capped && !pastWindow) {
            InvoiceListRequest next = request;
            next.cursor = nextCursor;
            listingCapped(next);
            startOpenInvoices();
            return;
        }
        if (verdict == ListingGuard::Verdict::NothingNew && !pastWindow)
            m_outcome.notices << tr("%1 sent a page of invoices this sync had already listed, so the list stopped "
                                    "there after %n page(s). Invoices further back are refreshed one by one only "
                                    "while they are open.",
                nullptr, m_listing->pages())
                                     .arg(m_provider.account().name);
        if (verdict != ListingGuard::Verdict::Next || pastWindow) {
            if (m_listingStarted != m_started) {
                // A listing resumed from an earlier sync is complete: it covered the gateway up to when that sync
                // began. Now the period since then, from the sync state this leaves.
                stepSucceeded(SyncProgress::Stage::Invoices, {}, m_listingStarted);
                startInvoices();
                return;
            }
            stepSucceeded(SyncProgress::Stage::Invoices);
            startOpenInvoices();
            return;
        }
        InvoiceListRequest next = request;
        next.cursor = nextCursor;
        if (keepsListProgress(m_provider.gateway()))
            saveListProgress(next);
        const auto delay = m_provider.gateway() == Gateway::Cryptomus
            ? std::max(m_options.pageDelay, m_options.throttledPageDelay)
            : m_options.pageDelay;
        QTimer::singleShot(delay, m_context, [this, next] { listPage(next, m_options.rateLimitRetries); });
    });
}

void AccountSync::listingCapped(const InvoiceListRequest& next)
{
    const QString& name = m_provider.account().name;
    if (keepsListProgress(m_provider.gateway())) {
        saveListProgress(next);
        recordStepError(SyncProgress::Stage::Invoices,
            tr("%1: the invoice list stopped at the limit of %n page(s) per sync; the next sync goes on from there.",
                nullptr, m_listing->maxPages())
                .arg(name));
    } else {
        recordStepError(SyncProgress::Stage::Invoices,
            tr("%1: the invoice list stopped at the limit of %n page(s) per sync with more left at the gateway. "
               "Raise \"List pages per sync\" in Preferences to list further back.",
                nullptr, m_listing->maxPages())
                .arg(name));
    }
    m_windowStart = {}; // what the list did not reach is refreshed one by one while open
}

void AccountSync::saveListProgress(const InvoiceListRequest& next)
{
    auto state = m_ledger.syncState(m_provider.account().id, syncKind(SyncProgress::Stage::Invoices));
    SyncState saved = state.ok() ? state.value() : SyncState{};
    saved.accountId = m_provider.account().id;
    saved.kind = syncKind(SyncProgress::Stage::Invoices);
    saved.cursor = progressText(next, m_listingStarted);
    saved.lastAttempt = m_started;
    if (const auto stored = m_ledger.saveSyncState(saved); !stored.ok())
        m_outcome.errors << stored.error().message;
}

// ---- 3. open invoices one by one --------------------------------------------------------------------------------

void AccountSync::startOpenInvoices()
{
    if (!m_provider.supports(Capability::GetInvoice)) {
        startOpenRefunds();
        return;
    }
    PaymentQuery query;
    query.accountIds = {m_provider.account().id};
    query.statuses = openStatuses();
    query.createdTo = m_windowStart; // invalid: every open one
    query.limit = m_options.openRefreshLimit;
    const auto open = m_ledger.payments(query);
    if (!open.ok()) {
        m_outcome.errors << open.error().message;
        startOpenRefunds();
        return;
    }
    m_openTotal = open.value().size();
    report(SyncProgress::Stage::OpenInvoices, 0, m_openTotal);
    refreshNext(open.value(), {});
}

void AccountSync::refreshNext(QList<Payment> open, QList<Payment> fetched)
{
    if (open.isEmpty() || fetched.size() >= kStoreBatch) {
        if (!storePayments(fetched)) {
            finish();
            return;
        }
        fetched.clear();
        if (open.isEmpty()) {
            stepSucceeded(SyncProgress::Stage::OpenInvoices);
            startOpenRefunds();
            return;
        }
    }
    const Payment known = open.takeFirst();
    m_provider.refreshInvoice(known, m_context,
        [this, open = std::move(open), fetched = std::move(fetched)](const Result<Payment>& payment) mutable {
            if (payment.ok()) {
                fetched.append(payment.value());
            } else if (payment.error().kind != ProviderError::Kind::NotFound) {
                storePayments(fetched);
                if (!stepFailed(SyncProgress::Stage::OpenInvoices, payment.error())) {
                    finish();
                    return;
                }
                startOpenRefunds();
                return;
            }
            report(SyncProgress::Stage::OpenInvoices, m_openTotal - open.size(), m_openTotal);
            refreshNext(std::move(open), std::move(fetched));
        });
}

// ---- 4. refunds not final yet, one by one -----------------------------------------------------------------------

void AccountSync::startOpenRefunds()
{
    if (!m_provider.supports(Capability::Refund)) {
        startWithdrawals();
        return;
    }
    const auto refunds = m_ledger.refunds({m_provider.account().id});
    if (!refunds.ok()) {
        m_outcome.errors << refunds.error().message;
        startWithdrawals();
        return;
    }
    QList<Refund> open;
    for (const Refund& refund : refunds.value()) {
        if (!isFinal(refund.status) && !m_listedRefunds.contains(refund.id))
            open.append(refund);
    }
    m_openTotal = open.size();
    report(SyncProgress::Stage::OpenRefunds, 0, m_openTotal);
    followNext<Refund>(SyncProgress::Stage::OpenRefunds, std::move(open), {});
}

template<typename T>
void AccountSync::followNext(SyncProgress::Stage stage, QList<T> open, QList<T> fetched)
{
    const auto store = [this](const QList<T>& objects) {
        if constexpr (std::is_same_v<T, Refund>)
            return storeRefunds(objects);
        else
            return storeWithdrawals(objects);
    };
    if (open.isEmpty()) {
        if (store(fetched))
            stepSucceeded(stage);
        afterFollowing(stage);
        return;
    }
    const T known = open.takeFirst();
    auto next
        = [this, stage, store, open = std::move(open), fetched = std::move(fetched)](const Result<T>& object) mutable {
              if (object.ok()) {
                  fetched.append(object.value());
              } else if (object.error().kind == ProviderError::Kind::Unsupported) {
                  store(fetched);
                  afterFollowing(stage);
                  return;
              } else if (object.error().kind != ProviderError::Kind::NotFound) {
                  store(fetched);
                  if (!stepFailed(stage, object.error())) {
                      finish();
                      return;
                  }
                  afterFollowing(stage);
                  return;
              }
              report(stage, m_openTotal - open.size(), m_openTotal);
              followNext<T>(stage, std::move(open), std::move(fetched));
          };
    if constexpr (std::is_same_v<T, Refund>)
        m_provider.refreshRefund(known, m_context, std::move(next));
    else
        m_provider.refreshWithdrawal(known, m_context, std::move(next));
}

void AccountSync::afterFollowing(SyncProgress::Stage stage)
{
    if (stage == SyncProgress::Stage::OpenRefunds)
        startWithdrawals();
    else
        startBalances();
}

bool AccountSync::storeListedRefunds(const QList<Refund>& refunds)
{
    if (refunds.isEmpty())
        return true;
    // What the list does not show (the address a refund was sent to, its creation time) stays as the ledger has it.
    const auto held = m_ledger.refunds({m_provider.account().id});
    if (!held.ok()) {
        m_outcome.errors << held.error().message;
        return false;
    }
    for (const Refund& refund : refunds)
        m_listedRefunds.insert(refund.id);
    return storeRefunds(completedWith(refunds, held.value()));
}

bool AccountSync::storeRefunds(const QList<Refund>& refunds)
{
    if (refunds.isEmpty())
        return true;
    const auto stored = m_ledger.upsertRefunds(refunds);
    if (!stored.ok()) {
        m_outcome.errors << stored.error().message;
        return false;
    }
    m_outcome.refundsChanged += stored.value().changed.size();
    announce(LedgerChange::Kind::Refunds, stored.value());
    return true;
}

// ---- 5. withdrawals: listed where the gateway has a list, then those not final yet one by one --------------------

void AccountSync::startWithdrawals()
{
    m_listedWithdrawals.clear();
    if (!m_provider.supports(Capability::Withdrawals)) {
        startBalances();
        return;
    }
    const auto state = m_ledger.syncState(m_provider.account().id, syncKind(SyncProgress::Stage::Withdrawals));
    const bool synced = state.ok() && state.value().lastSuccess.isValid();
    const QDateTime from = synced ? state.value().lastSuccess.addSecs(-std::chrono::seconds(m_options.overlap).count())
                                  : m_started.addSecs(-std::chrono::seconds(m_options.firstSyncHistory).count());
    m_listing.emplace(m_options.maxListPages);
    report(SyncProgress::Stage::Withdrawals, 0);
    listWithdrawalPage({.from = from, .to = m_started.addSecs(60), .cursor = {}, .pageSize = m_options.listPageSize},
        m_options.rateLimitRetries);
}

void AccountSync::listWithdrawalPage(InvoiceListRequest request, int rateLimitRetriesLeft)
{
    m_provider.listWithdrawals(
        request, m_context, [this, request, rateLimitRetriesLeft](const Result<WithdrawalPage>& page) {
            if (!page.ok()) {
                if (page.error().kind == ProviderError::Kind::Unsupported) { // no list: follow them one by one
                    startOpenWithdrawals();
                    return;
                }
                if (page.error().kind == ProviderError::Kind::RateLimited && rateLimitRetriesLeft > 0) {
                    QTimer::singleShot(m_options.rateLimitPause, m_context, [this, request, rateLimitRetriesLeft] {
                        listWithdrawalPage(request, rateLimitRetriesLeft - 1);
                    });
                    return;
                }
                if (!stepFailed(SyncProgress::Stage::Withdrawals, page.error())) {
                    finish();
                    return;
                }
                startOpenWithdrawals();
                return;
            }
            const QList<Withdrawal>& withdrawals = page.value().withdrawals;
            if (!storeListedWithdrawals(withdrawals)) {
                finish();
                return;
            }
            for (const Withdrawal& withdrawal : withdrawals)
                m_listedWithdrawals.insert(withdrawal.id);
            report(SyncProgress::Stage::Withdrawals, m_listedWithdrawals.size());
            switch (m_listing->afterPage(withdrawals, page.value().nextCursor)) {
            case ListingGuard::Verdict::Next:
                break;
            case ListingGuard::Verdict::Capped:
                recordStepError(SyncProgress::Stage::Withdrawals,
                    tr("%1: the withdrawal list stopped at the limit of %n page(s) per sync with more left at the "
                       "gateway. Raise \"List pages per sync\" in Preferences to list further back.",
                        nullptr, m_listing->maxPages())
                        .arg(m_provider.account().name));
                startOpenWithdrawals();
                return;
            case ListingGuard::Verdict::End:
            case ListingGuard::Verdict::NothingNew:
                stepSucceeded(SyncProgress::Stage::Withdrawals);
                startOpenWithdrawals();
                return;
            }
            InvoiceListRequest next = request;
            next.cursor = page.value().nextCursor;
            QTimer::singleShot(std::max(m_options.pageDelay, m_options.throttledPageDelay), m_context,
                [this, next] { listWithdrawalPage(next, m_options.rateLimitRetries); });
        });
}

bool AccountSync::storeListedWithdrawals(const QList<Withdrawal>& withdrawals)
{
    if (withdrawals.isEmpty())
        return true;
    // What the list does not show (the tag, the key of a payout Paydesk sent) stays as the ledger has it.
    const auto held = m_ledger.withdrawals({m_provider.account().id});
    if (!held.ok()) {
        m_outcome.errors << held.error().message;
        return false;
    }
    return storeWithdrawals(completedWith(withdrawals, held.value()));
}

void AccountSync::startOpenWithdrawals()
{
    const auto withdrawals = m_ledger.withdrawals({m_provider.account().id});
    if (!withdrawals.ok()) {
        m_outcome.errors << withdrawals.error().message;
        startBalances();
        return;
    }
    QList<Withdrawal> open;
    for (const Withdrawal& withdrawal : withdrawals.value()) {
        if (!isFinal(withdrawal.status) && !m_listedWithdrawals.contains(withdrawal.id))
            open.append(withdrawal);
    }
    m_openTotal = open.size();
    report(SyncProgress::Stage::OpenWithdrawals, 0, m_openTotal);
    followNext<Withdrawal>(SyncProgress::Stage::OpenWithdrawals, std::move(open), {});
}

bool AccountSync::storeWithdrawals(const QList<Withdrawal>& withdrawals)
{
    if (withdrawals.isEmpty())
        return true;
    const auto stored = m_ledger.upsertWithdrawals(withdrawals);
    if (!stored.ok()) {
        m_outcome.errors << stored.error().message;
        return false;
    }
    m_outcome.withdrawalsChanged += stored.value().inserted.size() + stored.value().changed.size();
    announce(LedgerChange::Kind::Withdrawals, stored.value());
    return true;
}

// ---- 6. balances ------------------------------------------------------------------------------------------------

void AccountSync::startBalances()
{
    if (!m_provider.supports(Capability::Balances)) {
        startAssets();
        return;
    }
    report(SyncProgress::Stage::Balances, 0);
    m_provider.fetchBalances(m_context, [this](Result<QList<Balance>> balances) {
        if (balances.ok()) {
            // Gateways that do not date their balances get the time of this sync.
            for (Balance& balance : balances.value()) {
                if (!balance.asOf.isValid())
                    balance.asOf = m_started;
            }
        }
        if (!balances.ok()) {
            if (!stepFailed(SyncProgress::Stage::Balances, balances.error())) {
                finish();
                return;
            }
        } else if (const auto recorded = m_ledger.recordBalances(balances.value()); !recorded.ok()) {
            m_outcome.errors << recorded.error().message;
        } else {
            announce(LedgerChange::Kind::Balances, recorded.value());
            stepSucceeded(SyncProgress::Stage::Balances);
        }
        startAssets();
    });
}

// ---- 6b. the assets the gateway accepts -------------------------------------------------------------------------

void AccountSync::startAssets()
{
    report(SyncProgress::Stage::Assets, 0);
    m_provider.fetchAssets(m_context, [this](const Result<QList<GatewayAsset>>& assets) {
        if (!assets.ok()) {
            // No list on this gateway (Crypto.com): the forms offer what Paydesk knows.
            if (assets.error().kind != ProviderError::Kind::Unsupported
                && !stepFailed(SyncProgress::Stage::Assets, assets.error())) {
                finish();
                return;
            }
        } else if (const auto stored = m_ledger.replaceGatewayAssets(m_provider.account().id, assets.value());
                   !stored.ok()) {
            m_outcome.errors << stored.error().message;
        } else {
            stepSucceeded(SyncProgress::Stage::Assets);
        }
        startAddresses();
    });
}

// ---- 7. addresses -----------------------------------------------------------------------------------------------

void AccountSync::startAddresses()
{
    if (!m_provider.supports(Capability::DedicatedAddresses)) {
        finish();
        return;
    }
    report(SyncProgress::Stage::Addresses, 0);
    m_provider.listAddresses(m_context, [this](const Result<QList<DedicatedAddress>>& addresses) {
        if (!addresses.ok()) {
            // No list on this gateway: the addresses Paydesk created are in the ledger already.
            if (addresses.error().kind != ProviderError::Kind::Unsupported)
                stepFailed(SyncProgress::Stage::Addresses, addresses.error());
        } else if (const auto stored = m_ledger.upsertDedicatedAddresses(addresses.value()); !stored.ok()) {
            m_outcome.errors << stored.error().message;
        } else {
            announce(LedgerChange::Kind::DedicatedAddresses, stored.value());
            stepSucceeded(SyncProgress::Stage::Addresses);
        }
        startDeposits();
    });
}

// ---- 8. deposits, address by address ----------------------------------------------------------------------------

void AccountSync::startDeposits()
{
    if (depositSource(m_provider.gateway()) != DepositSource::AddressLookup) {
        finish();
        return;
    }
    const auto addresses = m_ledger.dedicatedAddresses({m_provider.account().id});
    if (!addresses.ok()) {
        m_outcome.errors << addresses.error().message;
        finish();
        return;
    }
    m_openTotal = addresses.value().size();
    report(SyncProgress::Stage::Deposits, 0, m_openTotal);
    depositsNext(addresses.value(), {});
}

void AccountSync::depositsNext(QList<DedicatedAddress> addresses, QList<Payment> found)
{
    if (addresses.isEmpty() || found.size() >= kStoreBatch) {
        if (!storePayments(found)) {
            finish();
            return;
        }
        found.clear();
        if (addresses.isEmpty()) {
            stepSucceeded(SyncProgress::Stage::Deposits);
            finish();
            return;
        }
    }
    const DedicatedAddress address = addresses.takeFirst();
    m_provider.findAddressDeposits(address, m_context,
        [this, addresses = std::move(addresses), found = std::move(found)](
            const Result<QList<Payment>>& deposits) mutable {
            if (deposits.ok()) {
                for (Payment deposit : deposits.value()) {
                    // The gateway dates nothing: the time Paydesk first saw the deposit is kept.
                    const auto held = m_ledger.payment(deposit.accountId, deposit.id);
                    deposit.created = held.ok() ? held.value().created : m_started;
                    deposit.updated = held.ok() && held.value().updated.isValid() ? held.value().updated : m_started;
                    if (held.ok() && held.value() != deposit)
                        deposit.updated = m_started;
                    found.append(std::move(deposit));
                }
            } else if (deposits.error().kind != ProviderError::Kind::Unsupported) {
                storePayments(found);
                stepFailed(SyncProgress::Stage::Deposits, deposits.error());
                finish();
                return;
            }
            report(SyncProgress::Stage::Deposits, m_openTotal - addresses.size(), m_openTotal);
            depositsNext(std::move(addresses), std::move(found));
        });
}

void AccountSync::finish()
{
    if (const auto left = m_journal.unknownEntries(m_provider.account().id); left.ok())
        m_outcome.unsettled = static_cast<int>(left.value().size());
    m_context->deleteLater();
    m_context = nullptr;
    Q_EMIT finished(m_outcome);
}

} // namespace paydesk
