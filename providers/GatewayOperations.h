#pragma once

#include "core/journal/JournalEntry.h"
#include "core/ledger/LedgerChange.h"
#include "core/ledger/LedgerResult.h"
#include "core/ledger/UpsertResult.h"
#include "providers/Provider.h"

#include <QObject>

#include <functional>
#include <memory>

namespace paydesk {

class Journal;
class Ledger;
struct JournalEntry;
template<typename Record>
struct CreatingCall;

// Creating calls done right (ARCHITECTURE.md "Data flow"): the intent is journaled with its idempotency key before
// anything is sent, the request goes out exactly once, the ledger gets the result, and an outcome that is unknown
// (timeout, 5xx, dropped connection) is reconciled by looking the object up by its key — never by sending again
// blindly. Used by the CLI, the dashboard and the sync engine alike, on the thread that owns the ledger.
//
// The same steps serve invoices, refunds, dedicated addresses and withdrawals. Outcomes of each create*():
// - created: journal confirmed, ledger upserted, the record delivered;
// - not sent (a check before sending, connection refused, unknown host, TLS): journal not_sent, the error delivered;
// - refused by the gateway (a 4xx answer: validation, auth, conflict…): journal failed, the error delivered;
// - either of these, then the same key again: the entry is reopened and the request sent (docs/journal.md);
// - unknown, then found by its key: journal confirmed, ledger upserted, the record delivered;
// - unknown, and not found (or the lookup failed or does not exist for this gateway): the entry stays `unknown` and
//   the error says so (outcomeUnknown = true). Asking again with the same key looks it up once more and only then
//   sends again under the same key (Journal::resumeAfterNotFound); a refusal of that re-send saying the key is
//   taken (CreatingCall::proven) confirms the entry with the object it proves;
// - the same key again after success: the record already created is delivered, nothing is sent.
// Every ledger write is announced with ledgerChanged().
class GatewayOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayOperations)

public:
    GatewayOperations(Ledger& ledger, Journal& journal, QObject* parent = nullptr);
    ~GatewayOperations() override;

    // An empty draft.orderId gets a generated one (generateKey(JournalKind::Invoice)).
    void createInvoice(Provider& provider, InvoiceDraft draft, QObject* context, Provider::Callback<Payment> done);
    // An empty draft.idempotencyKey gets a generated one. Where the gateway can show the payment, it is fetched first
    // (and stored) so draft.refundedBefore is what the gateway says now, and again (stored) once the refund is made,
    // so that the payment's refunded amount and status show it at once.
    void createRefund(Provider& provider, RefundDraft draft, QObject* context, Provider::Callback<Refund> done);
    // An empty draft.customerReference gets a generated one.
    void createAddress(
        Provider& provider, AddressDraft draft, QObject* context, Provider::Callback<DedicatedAddress> done);
    // An empty draft.foreignId gets a generated one.
    void createWithdrawal(
        Provider& provider, WithdrawalDraft draft, QObject* context, Provider::Callback<Withdrawal> done);

    // Settles one `unknown` entry of any kind by looking it up: confirmed when found; left unknown otherwise.
    // Delivers the entry as it is afterwards.
    void reconcile(
        Provider& provider, const JournalEntry& entry, QObject* context, Provider::Callback<JournalEntry> done);

    // generateIdempotencyKey() (core/journal/JournalEntry.h): the key a draft gets when it has none.
    static QString generateKey(JournalKind kind);

Q_SIGNALS:
    void ledgerChanged(const paydesk::LedgerChange& change);

private:
    template<typename Record>
    void start(Provider& provider, std::shared_ptr<const CreatingCall<Record>> call, QObject* context,
        Provider::Callback<Record> done);
    // How this attempt came about: the key's first, or the key sent again, reopened after an attempt that created
    // nothing or resumed after an unknown outcome was looked up and not found. A re-send may read a refusal as proof
    // that an earlier attempt created the object (CreatingCall::proven); a resumed attempt that creates nothing leaves
    // the earlier outcome unknown.
    enum class Attempt { First, Reopened, Resumed };
    template<typename Record>
    void send(Provider& provider, std::shared_ptr<const CreatingCall<Record>> call,
        std::shared_ptr<CreatingCallPermit> permit, QObject* context, Provider::Callback<Record> done,
        Attempt attempt = Attempt::First);
    template<typename Record>
    void lookUpAfterUnknown(Provider& provider, std::shared_ptr<const CreatingCall<Record>> call, qint64 entryId,
        ProviderError original, QObject* context, Provider::Callback<Record> done);
    template<typename Record>
    void retryAfterUnknown(Provider& provider, std::shared_ptr<const CreatingCall<Record>> call, qint64 entryId,
        QObject* context, Provider::Callback<Record> done);
    template<typename Record>
    void reconcileWith(
        Provider& provider, const JournalEntry& entry, QObject* context, Provider::Callback<JournalEntry> done);
    template<typename Record>
    Result<Record> store(const Record& record);
    // Settles the journal entry (`settle`: its confirm or settleFound step) and stores the record, in one ledger
    // transaction: a process killed in between leaves the entry as it was and no record (docs/journal.md).
    template<typename Record>
    Result<Record> settleAndStore(const std::function<LedgerResult<JournalEntry>()>& settle, const Record& record);
    // Confirms the journal entry with the record found at the gateway, and stores the record (settleAndStore).
    template<typename Record>
    Result<Record> settleFound(qint64 entryId, const Record& record);
    template<typename Record>
    void announce(const Record& record, const UpsertResult& stored);

    Ledger& m_ledger;
    Journal& m_journal;
};

} // namespace paydesk
