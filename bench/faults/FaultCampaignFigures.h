#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace paydesk {

// The figures of one fault campaign for one gateway and operation (docs/journal.md, "Fault campaign", has what each
// column means). Objects are counted by the idempotency key the campaign used (refunds: by the invoice refunded).
struct FaultCampaignRow
{
    QString gateway{}; // "cryptocom", "cryptoprocessing", "bucksbus", "cryptomus"
    QString operation{}; // "invoice", "refund", "address", "withdrawal"
    int keys = 0; // idempotency keys used
    int calls = 0; // create calls made (first calls, same-key retries, the retry after settlement)
    int errors = 0; // create calls that delivered an error
    int confirmed = 0; // journal entries confirmed at the end
    int refused = 0; // journal entries failed or not_sent at the end (nothing created, by Paydesk's account)
    int atGateway = 0; // objects at the gateway under the campaign's keys
    int inLedger = 0; // objects in the ledger under the campaign's keys
    int duplicates = 0; // extra objects for one key, at the gateway or in the ledger
    int lost = 0; // keys with an object at the gateway and none in the ledger
    int phantom = 0; // ledger objects the gateway does not have
    int wrong = 0; // ledger objects whose id, amount, currency or status differs from the gateway's
    // Ledger objects held under a stand-in id because the gateway never told theirs (docs/journal.md: a Crypto.com
    // refund found by the refunded total is kept under its refund key, a CryptoProcessing request proven by its
    // foreign id under "foreign:" + that id): matched to the gateway's object by key, not a defect.
    int standIn = 0;
    int unknown = 0; // journal entries still unknown (or pending / sent) at the end

    void add(const FaultCampaignRow& other);
};

struct FaultCampaignFigures
{
    QList<FaultCampaignRow> rows{};
    QMap<QString, int> faultsByGateway{}; // faults the sandbox injected, per gateway
    QMap<QString, int> faultsByKind{}; // and per fault kind ("dropConnection+afterCommit" apart)
    int stuckCalls = 0; // create calls with no result within 20 s, and syncs unfinished after 120 s (in findings)
    qint64 requests = 0; // requests the gateway routes received
    double seconds = 0; // wall time of the whole campaign
    QStringList findings{}; // one line per defect found: key, what is wrong, what happened to its requests
    QString error{}; // set when the campaign could not run at all

    int faultsInjected() const;
    FaultCampaignRow totals() const;
    // No duplicate, lost, phantom, wrong or unknown object and no stuck call (the campaign's goal).
    bool clean() const;
    // At most `perCategory` findings of each gateway, operation and kind of defect ("lost", "duplicate"…).
    QStringList sampleFindings(int perCategory) const;
    // The figures as a plain-text table (per gateway and operation, then totals and faults per kind).
    QString table() const;
};

} // namespace paydesk
