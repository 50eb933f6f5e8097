#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdint>
#include <functional>
#include <memory>

namespace paydesk::bench {

// The kill campaign (docs/journal.md, "Kill campaign"): a real paydesk-sandbox process and real paydesk-cli
// processes on one temporary data folder. Each round starts `invoice create`, `refund create` or `sync` on one
// gateway and kills the CLI with SIGKILL (by its pid) at a seeded moment: at a random time, just after the creating
// POST reached the gateway, while the gateway holds its reply after committing (error500AfterCommit with delayMs),
// or while it holds the request itself (latency). Then it recovers as a user would (`sync`, then the same command
// under the same key) and counts, per key: objects the gateway created (from its request log), rows in the ledger
// (read-only SQLite), duplicates, lost, phantom, wrong amounts and journal entries still `unknown`.
// `PRAGMA integrity_check` runs on the ledger file every few kills while no CLI runs.
class KillCampaign
{
public:
    enum class Operation { Invoice, Refund, Sync };

    struct Options
    {
        int kills = 30;
        std::uint64_t seed = 1;
        QStringList gateways = {QStringLiteral("cryptocom"), QStringLiteral("cryptoprocessing"),
            QStringLiteral("bucksbus"), QStringLiteral("cryptomus")};
        int integrityEvery = 5; // a PRAGMA integrity_check after every N kills (and at the end)
        bool keepData = false; // leave the data folder (ledger, vault) in place afterwards, for a post-mortem
        QString cliPath;
        QString sandboxPath;
        std::function<void(const QString&)> log; // progress lines; may be empty
    };

    // Figures of one gateway and operation.
    struct Figures
    {
        QString gateway;
        Operation operation = Operation::Invoice;
        int kills = 0;
        int operations = 0; // keys checked (sync: the gateway's campaign invoices checked after the recovery)
        int atGateway = 0; // objects the gateway created for those keys
        int inLedger = 0; // ledger rows for those keys
        int duplicates = 0; // keys with more than one object at the gateway or more than one row in the ledger
        int lost = 0; // keys the gateway created something for that Paydesk does not show (no row, not even unknown)
        int phantom = 0; // keys the ledger shows that the gateway never created
        int wrongAmount = 0; // ledger rows whose amount differs from the amount asked for
        int wrongStatus = 0; // invoices the payer paid that the ledger still shows unpaid (pending, expired…)
        int unknown = 0; // journal entries still `unknown` after the recovery
        int rerunFailed = 0; // the same command again (same key) exited non-zero
    };

    // One key whose counts are not clean, for the report.
    struct Finding
    {
        QString gateway;
        Operation operation = Operation::Invoice;
        QString key;
        QString killMode;
        QString what;
    };

    struct Report
    {
        QList<Figures> figures;
        QList<Finding> findings;
        // Every key counted once more after a last sync of every account, at the end.
        Figures final;
        QList<Finding> finalFindings;
        int kills = 0;
        int integrityChecks = 0;
        int integrityPassed = 0;
        QStringList integrityErrors;
        QString dataFolder; // PAYDESK_HOME of the CLI runs
        QString error; // the campaign could not run (sandbox or CLI not starting, set-up failing)
        qint64 elapsedMs = 0;

        Figures total() const;
        // No duplicate, lost or phantom object after any recovery nor at the end, and every integrity check passed.
        bool clean() const;
    };

    explicit KillCampaign(Options options);
    ~KillCampaign();

    KillCampaign(const KillCampaign&) = delete;
    KillCampaign& operator=(const KillCampaign&) = delete;

    Report run();

    static QString operationName(Operation operation);
    // The figures as a plain-text table, one line per gateway and operation, plus totals and integrity checks.
    static QString table(const Report& report);

private:
    struct Key;
    struct CliRun
    {
        int exitCode = -1;
        bool killed = false;
        QByteArray out;
        QByteArray err;
    };

    bool startSandbox();
    bool addAccount(const QString& gateway);
    QProcessEnvironment cliEnvironment() const;
    CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& extra = {});
    // The body of `reply` once it has finished (a local event loop waits for it).
    static QByteArray finished(QNetworkReply* reply);
    QJsonObject control(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    qint64 lastRequestSeq();

    void killRound(int round);
    // Starts the CLI with `arguments`, kills it in `mode`; true when it was still running at the kill.
    bool startAndKill(const QString& gateway, const QStringList& arguments, const QString& creatingPath, int mode);
    void recover(const QString& gateway, Key& key);
    // The counts of one key now (operations = 1); updates its ledger id and whether it is clean.
    Figures count(Key& key);
    void countKilled(Key& key);
    void countSync(const QString& gateway);
    void countAll();
    static QString describe(const Figures& outcome, const Key& key);
    static void add(Figures& row, const Figures& outcome);
    void checkIntegrity();
    void collectRequests();
    bool payInvoice(const QString& gateway, const QString& id);
    // What Crypto.com shows as refunded on a payment (GET /payments/{id}, minor units); -1 when it cannot be read.
    qint64 cryptocomRefunded(const QString& paymentId);
    // How many payments v10.2 lists under this order id (custom1) around today; -1 when the list cannot be read.
    int bucksbusListed(const QString& orderId);

    Figures& figures(const QString& gateway, Operation operation);
    QString accountName(const QString& gateway) const { return u"kill-" + gateway; }
    QString accountId(const QString& gateway);
    QString ledgerPath() const;
    std::uint64_t random(std::uint64_t bound);
    void say(const QString& line) const;

    Options m_options;
    Report m_report;
    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_sandbox;
    QUrl m_sandboxUrl;
    QNetworkAccessManager m_network;
    std::uint64_t m_random = 0;
    qint64 m_seenSeq = 0;
    int m_serial = 0;
    QMap<QString, QString> m_accountIds;
    QList<Key*> m_keys;
    // Creating POSTs the gateway committed, per gateway and key (invoices: order id; refunds: refund key or paid
    // payment id, whichever the gateway's request carries).
    QMap<QString, QMap<QString, int>> m_committed;
};

} // namespace paydesk::bench
