#include "bench/faults/FaultCampaign.h"

#include "core/domain/RefundedTotal.h"
#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "providers/GatewayOperations.h"
#include "providers/Provider.h"
#include "providers/ProviderFactory.h"
#include "providers/http/HttpClient.h"
#include "providers/sync/AccountSync.h"
#include "sandbox/FaultRule.h"
#include "sandbox/GatewaySimulator.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/WebhookDispatcher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <deque>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

enum class Operation { Invoice, Refund, Address, Withdrawal };
// A create call that has delivered nothing after this long (ms) is reported as stuck.
constexpr int kStuck = 20'000;
constexpr Operation kOperations[] = {Operation::Invoice, Operation::Refund, Operation::Address, Operation::Withdrawal};

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::Invoice:
        return u"invoice"_s;
    case Operation::Refund:
        return u"refund"_s;
    case Operation::Address:
        return u"address"_s;
    case Operation::Withdrawal:
        return u"withdrawal"_s;
    }
    return {};
}

JournalKind journalKind(Operation operation)
{
    switch (operation) {
    case Operation::Invoice:
        return JournalKind::Invoice;
    case Operation::Refund:
        return JournalKind::Refund;
    case Operation::Address:
        return JournalKind::DedicatedAddress;
    case Operation::Withdrawal:
        return JournalKind::Withdrawal;
    }
    return JournalKind::Invoice;
}

Capability capabilityOf(Operation operation)
{
    switch (operation) {
    case Operation::Invoice:
        return Capability::CreateInvoice;
    case Operation::Refund:
        return Capability::Refund;
    case Operation::Address:
        return Capability::DedicatedAddresses;
    case Operation::Withdrawal:
        return Capability::Withdrawals;
    }
    return Capability::CreateInvoice;
}

// Two letters per gateway in the campaign's keys: FC-cc-INV-12.
QString keyTag(Gateway gateway)
{
    switch (gateway) {
    case Gateway::CryptoCom:
        return u"cc"_s;
    case Gateway::CryptoProcessing:
        return u"cp"_s;
    case Gateway::BucksBus:
        return u"bb"_s;
    case Gateway::Cryptomus:
        return u"cm"_s;
    }
    return {};
}

Decimal dec(const char* text)
{
    return Decimal::fromString(QString::fromLatin1(text)).value_or(Decimal());
}

const QString kBitcoinAddress = u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s;
const QString kTronPayoutAddress = u"TJ4SCzCx3dMDi1gm8LWDPYQ8yYMKpY8w3G"_s;
const QString kTronRefundAddress = u"TDD97yguPESTpcrJMqU6h2ozZbibv4Vaqm"_s;

// What the client was told, in a few words, for the findings.
QString outcomeText(const ProviderError& error)
{
    QString text = error.outcomeUnknown ? u"unknown"_s : u"error"_s;
    if (error.httpStatus != 0)
        text += u" HTTP %1"_s.arg(error.httpStatus);
    return text;
}

template<typename Record>
std::optional<Record> firstWithId(const QList<Record>& records, const QString& id)
{
    for (const Record& record : records) {
        if (record.id == id)
            return record;
    }
    return std::nullopt;
}

} // namespace

struct FaultCampaign::State
{
    // One gateway account of the campaign.
    struct Run
    {
        Gateway gateway = Gateway::CryptoCom;
        QString simulator{};
        Account account{};
        std::unique_ptr<Provider> provider{};
        QMap<Operation, FaultCampaignRow> rows{};
    };
    // One idempotency key the campaign used, and how to ask for its create once more.
    struct Key
    {
        int run = 0;
        Operation operation = Operation::Invoice;
        QString key{};
        QString paymentId{}; // refunds: the invoice refunded
        std::function<void(std::function<void(bool ok, QString id)>)> create{};
        QStringList history{}; // what each create call delivered
        QString lastMessage{}; // the last error's message
        qint64 callStarted = -1; // clock time the create call under way started; -1: none under way
        bool reportedStuck = false;
    };

    FaultCampaign* self = nullptr;
    FaultCampaignOptions options;
    std::function<void(const QString&)> progress;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<sandbox::SandboxServer> sandbox;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<Ledger> ledger;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<GatewayOperations> operations;
    std::vector<Run> runs;
    std::vector<Key> keys;
    QHash<QString, int> keyIndex;
    QHash<QString, QString> refundKeyByPayment; // invoice id → refund key
    QHash<QString, QStringList> requestsByKey; // key → the requests that named it (or its invoice, for refunds)
    qint64 logSeq = 0;
    std::deque<std::function<void(std::function<void()>)>> queue;
    int inFlight = 0;
    int started = 0;
    int total = 0;
    std::function<void()> drained;
    QEventLoop* loop = nullptr;
    FaultCampaignFigures figures;
    QMap<QString, int> refusals; // why keys ended refused, for the progress output

    bool start(QString* error);
    void addAccount(Gateway gateway);
    void addFaultRules();
    void planOperations();
    void pump();
    QElapsedTimer clock;
    void say(const QString& line) const
    {
        if (progress)
            progress(u"[%1 s] "_s.arg(static_cast<double>(clock.elapsed()) / 1000.0, 0, 'f', 1) + line);
    }

    int addKey(int run, Operation operation, const QString& key,
        std::function<void(std::function<void(bool, QString)>)> create, const QString& paymentId = {});
    void attempt(int keyIndex, int retriesLeft, std::function<void(bool, QString)> done);
    template<typename Record>
    std::function<void(std::function<void(bool, QString)>)> creator(int run, Operation operation, QString key,
        std::function<void(Provider&, QObject*, Provider::Callback<Record>)> call);

    void invoiceTask(int run, int n, std::function<void()> done);
    void refundTask(int run, int n, std::function<void()> done);
    void addressTask(int run, int n, std::function<void()> done);
    void withdrawalTask(int run, int n, std::function<void()> done);
    InvoiceDraft invoiceDraft(Gateway gateway, const QString& key) const;
    bool pay(const Run& run, const QString& invoiceId) const;

    void drainLog(bool all);
    void reportStuck();
    void settle(std::function<void()> done);
    void syncAll(size_t index, std::function<void()> done);
    void count();
    void countRun(Run& run, const QList<sandbox::SimulatedRecord>& records);
    void finding(const Run& run, Operation operation, const QString& key, const QString& what);
};

FaultCampaign::FaultCampaign(FaultCampaignOptions options, QObject* parent)
    : QObject(parent)
    , m_state(std::make_unique<State>())
{
    m_state->self = this;
    m_state->options = std::move(options);
}

FaultCampaign::~FaultCampaign()
{
    // Providers and operations first: they hold the HTTP client and the journal.
    if (m_state) {
        m_state->runs.clear();
        m_state->operations.reset();
        m_state->journal.reset();
        m_state->ledger.reset();
        m_state->http.reset();
        m_state->sandbox.reset();
    }
}

void FaultCampaign::setProgress(std::function<void(const QString&)> progress)
{
    m_state->progress = std::move(progress);
}

FaultCampaignFigures FaultCampaign::run()
{
    State& s = *m_state;
    QElapsedTimer timer;
    timer.start();
    s.clock.start();
    QString error;
    if (!s.start(&error)) {
        s.figures.error = error;
        return s.figures;
    }
    QEventLoop loop;
    s.loop = &loop;
    s.planOperations();
    s.say(u"%1 operations under faults…"_s.arg(s.total));
    s.drained = [&s] {
        s.drainLog(true);
        // Faults counted and off: what follows must settle everything.
        for (const sandbox::FaultRule& rule : s.sandbox->faults().rules()) {
            const QString gateway = rule.path.section(u'/', 1, 1);
            QString kind = sandbox::FaultRule::kindName(rule.kind);
            if (rule.afterCommit)
                kind += u"+afterCommit"_s;
            s.figures.faultsByGateway[gateway] += rule.fired;
            s.figures.faultsByKind[kind] += rule.fired;
        }
        s.sandbox->faults().clear();
        s.http->setTimeoutCap(std::chrono::milliseconds(0));
        s.settle([&s] { s.loop->quit(); });
    };
    QTimer::singleShot(0, this, [&s] { s.pump(); });
    loop.exec();
    s.loop = nullptr;
    s.drainLog(true);
    s.count();
    for (auto it = s.refusals.cbegin(); it != s.refusals.cend(); ++it)
        s.say(u"refused %1×: %2"_s.arg(it.value()).arg(it.key()));
    s.figures.requests = s.sandbox->requestLog().lastSeq();
    s.figures.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return s.figures;
}

bool FaultCampaign::State::start(QString* error)
{
    QString base = options.workDirectory;
    if (base.isEmpty()) {
        const QFileInfo shm(u"/dev/shm"_s);
        base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    }
    dir = std::make_unique<QTemporaryDir>(base + u"/paydesk-faults-XXXXXX"_s);
    if (!dir->isValid()) {
        *error = u"cannot create a temporary folder in %1"_s.arg(base);
        return false;
    }
    sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.seed = options.seed;
    sandboxOptions.payments = options.historyPayments;
    sandbox = std::make_unique<sandbox::SandboxServer>(sandboxOptions);
    sandbox->addDefaultGateways();
    if (!sandbox->start(error))
        return false;
    // A frozen clock: nothing expires or completes on its own, so the gateway's statuses are the ones Paydesk saw.
    sandbox->clock().setSpeed(0);
    if (auto* cryptomus = sandbox->gateway(u"cryptomus"_s))
        cryptomus->control(u"config"_s, {{u"list_interval_ms"_s, 0}, {u"per_page"_s, 100}});

    http = std::make_unique<HttpClient>();
    http->setRetryPolicy({.maxAttempts = 4,
        .baseDelay = std::chrono::milliseconds(5),
        .maxDelay = std::chrono::milliseconds(50),
        .maxRetryAfter = std::chrono::milliseconds(20)});
    http->setTimeoutCap(options.timeout);
    auto opened = Ledger::open(dir->filePath(u"ledger.sqlite"_s));
    if (!opened.ok()) {
        *error = opened.error().message;
        return false;
    }
    ledger = std::move(opened).value();
    auto journalOpened = Journal::open(*ledger);
    if (!journalOpened.ok()) {
        *error = journalOpened.error().message;
        return false;
    }
    journal = std::move(journalOpened).value();
    operations = std::make_unique<GatewayOperations>(*ledger, *journal);
    for (const Gateway gateway : options.gateways)
        addAccount(gateway);
    addFaultRules();
    return true;
}

void FaultCampaign::State::addAccount(Gateway gateway)
{
    Run run;
    run.gateway = gateway;
    run.simulator = gatewayId(gateway); // the sandbox names its simulators by the gateway id
    const sandbox::GatewaySimulator* simulator = sandbox->gateway(run.simulator);
    const auto credential = [simulator](const QString& name) {
        for (const auto& item : simulator->demoCredentials()) {
            if (item.name == name)
                return item.value.toUtf8();
        }
        return QByteArray();
    };
    run.account = Account{.id = u"fc-"_s + keyTag(gateway),
        .name = u"fc-"_s + keyTag(gateway),
        .gateway = gateway,
        .baseUrl = sandbox->baseUrl().resolved(QUrl(simulator->accountBasePath())),
        .created = QDateTime::currentDateTimeUtc()};
    AccountCredentials credentials;
    switch (gateway) {
    case Gateway::CryptoCom:
        credentials.apiKey = credential(u"secret key"_s);
        break;
    case Gateway::CryptoProcessing:
        credentials.apiKey = credential(u"API key (X-Processing-Key)"_s);
        credentials.apiSecret = credential(u"API secret (HMAC-SHA512 of the body)"_s);
        break;
    case Gateway::BucksBus:
        credentials.apiKey = credential(u"API key (Basic user)"_s);
        credentials.apiSecret = credential(u"API secret (Basic password)"_s);
        break;
    case Gateway::Cryptomus:
        run.account.merchantId = QString::fromUtf8(credential(u"merchant"_s));
        credentials.apiKey = credential(u"payment key"_s);
        credentials.payoutKey = credential(u"payout key"_s);
        break;
    }
    if (!ledger->addAccount(run.account).ok())
        qFatal("the fault campaign could not add its account");
    run.provider = createProvider(run.account, credentials, http.get());
    for (const Operation operation : kOperations) {
        if (run.provider->supports(capabilityOf(operation)))
            run.rows.insert(operation, {.gateway = run.simulator, .operation = operationName(operation)});
    }
    runs.push_back(std::move(run));
}

void FaultCampaign::State::addFaultRules()
{
    struct Kind
    {
        sandbox::FaultKind kind;
        bool afterCommit;
    };
    const Kind kinds[]
        = {{sandbox::FaultKind::Error500BeforeCommit, false}, {sandbox::FaultKind::Error500AfterCommit, false},
            {sandbox::FaultKind::RateLimit429, false}, {sandbox::FaultKind::DropConnection, false},
            {sandbox::FaultKind::DropConnection, true}, {sandbox::FaultKind::TruncatedBody, false},
            {sandbox::FaultKind::MalformedJson, false}, {sandbox::FaultKind::Latency, false}};
    const double each = 1.0 - std::pow(1.0 - options.probability, 1.0 / static_cast<double>(std::size(kinds)));
    for (const Run& run : runs) {
        const QString prefix = sandbox->gateway(run.simulator)->pathPrefix();
        for (const Kind& kind : kinds) {
            sandbox::FaultRule rule;
            rule.path = prefix + u"/**"_s;
            rule.kind = kind.kind;
            rule.afterCommit = kind.afterCommit;
            rule.count = -1;
            rule.probability = each;
            if (kind.kind == sandbox::FaultKind::Latency)
                rule.delayMs = static_cast<int>(options.latency.count());
            sandbox->faults().addRule(rule);
        }
    }
}

void FaultCampaign::State::planOperations()
{
    for (int n = 1; n <= options.operations; ++n) {
        for (int r = 0; r < static_cast<int>(runs.size()); ++r) {
            for (const Operation operation : runs[static_cast<size_t>(r)].rows.keys()) {
                queue.push_back([this, r, n, operation](std::function<void()> done) {
                    switch (operation) {
                    case Operation::Invoice:
                        invoiceTask(r, n, std::move(done));
                        return;
                    case Operation::Refund:
                        refundTask(r, n, std::move(done));
                        return;
                    case Operation::Address:
                        addressTask(r, n, std::move(done));
                        return;
                    case Operation::Withdrawal:
                        withdrawalTask(r, n, std::move(done));
                        return;
                    }
                });
            }
        }
    }
    total = static_cast<int>(queue.size());
}

void FaultCampaign::State::pump()
{
    while (inFlight < options.concurrency && !queue.empty()) {
        auto task = std::move(queue.front());
        queue.pop_front();
        ++inFlight;
        ++started;
        if (started % 500 == 0)
            say(u"%1/%2 operations started"_s.arg(started).arg(total));
        // An operation whose create call never delivers a result would hold its slot for ever: after kStuck it is
        // reported (a defect of its own) and its slot freed; a result arriving later is ignored here.
        auto finished = std::make_shared<bool>(false);
        auto release = [this, finished] {
            if (*finished)
                return;
            *finished = true;
            --inFlight;
            if (started % 50 == 0) {
                drainLog(false);
                // Webhooks go nowhere (no target); forgotten, so the dispatcher's scan over them stays short.
                sandbox->webhooks().clearDeliveries();
            }
            QTimer::singleShot(0, self, [this] { pump(); });
        };
        QTimer::singleShot(kStuck, self, [this, finished, release] {
            if (*finished)
                return;
            reportStuck();
            release();
        });
        task(release);
    }
    if (inFlight == 0 && queue.empty() && drained) {
        auto finish = std::move(drained);
        drained = nullptr;
        finish();
    }
}

int FaultCampaign::State::addKey(int run, Operation operation, const QString& key,
    std::function<void(std::function<void(bool, QString)>)> create, const QString& paymentId)
{
    keys.push_back({.run = run, .operation = operation, .key = key, .paymentId = paymentId, .create = create});
    const int index = static_cast<int>(keys.size()) - 1;
    keyIndex.insert(key, index);
    runs[static_cast<size_t>(run)].rows[operation].keys += 1;
    if (!paymentId.isEmpty())
        refundKeyByPayment.insert(paymentId, key);
    return index;
}

template<typename Record>
std::function<void(std::function<void(bool, QString)>)> FaultCampaign::State::creator(int run, Operation operation,
    QString key, std::function<void(Provider&, QObject*, Provider::Callback<Record>)> call)
{
    return [this, run, operation, key, call](std::function<void(bool, QString)> done) {
        Run& r = runs[static_cast<size_t>(run)];
        r.rows[operation].calls += 1;
        if (const int index = keyIndex.value(key, -1); index >= 0)
            keys[static_cast<size_t>(index)].callStarted = clock.elapsed();
        call(*r.provider, self, [this, run, operation, key, done](const Result<Record>& result) {
            Run& r = runs[static_cast<size_t>(run)];
            const int index = keyIndex.value(key, -1);
            if (index >= 0)
                keys[static_cast<size_t>(index)].callStarted = -1;
            if (result.ok()) {
                if (index >= 0)
                    keys[static_cast<size_t>(index)].history.append(u"ok"_s);
                done(true, result.value().id);
                return;
            }
            r.rows[operation].errors += 1;
            if (index >= 0) {
                Key& k = keys[static_cast<size_t>(index)];
                k.history.append(outcomeText(result.error()));
                k.lastMessage = result.error().message.isEmpty() ? result.error().providerCode : result.error().message;
            }
            done(false, {});
        });
    };
}

void FaultCampaign::State::attempt(int index, int retriesLeft, std::function<void(bool, QString)> done)
{
    keys[static_cast<size_t>(index)].create([this, index, retriesLeft, done](bool ok, const QString& id) {
        if (!ok && retriesLeft > 0) {
            attempt(index, retriesLeft - 1, done);
            return;
        }
        done(ok, id);
    });
}

InvoiceDraft FaultCampaign::State::invoiceDraft(Gateway gateway, const QString& key) const
{
    InvoiceDraft draft;
    draft.orderId = key;
    switch (gateway) {
    case Gateway::CryptoCom:
        draft.amount = {dec("10.00"), u"USD"_s};
        draft.description = u"Fault campaign"_s;
        break;
    case Gateway::CryptoProcessing:
        draft.amount = {dec("12.50"), u"EUR"_s};
        draft.description = u"Fault campaign"_s;
        draft.lifetime = std::chrono::seconds(3600);
        draft.payerEmail = u"payer@example.com"_s;
        break;
    case Gateway::BucksBus:
        draft.amount = {dec("0.001"), u"BTC"_s};
        draft.description = u"Fault campaign"_s;
        draft.lifetime = std::chrono::seconds(3600);
        break;
    case Gateway::Cryptomus:
        draft.amount = {dec("20"), u"USDT"_s};
        draft.network = u"tron"_s;
        break;
    }
    return draft;
}

void FaultCampaign::State::invoiceTask(int run, int n, std::function<void()> done)
{
    const Gateway gateway = runs[static_cast<size_t>(run)].gateway;
    const QString key = u"FC-%1-INV-%2"_s.arg(keyTag(gateway)).arg(n);
    const InvoiceDraft draft = invoiceDraft(gateway, key);
    const int index = addKey(run, Operation::Invoice, key,
        creator<Payment>(run, Operation::Invoice, key, [this, draft](Provider& provider, QObject* context, auto cb) {
            operations->createInvoice(provider, draft, context, cb);
        }));
    attempt(index, options.retries, [done](bool, const QString&) { done(); });
}

bool FaultCampaign::State::pay(const Run& run, const QString& invoiceId) const
{
    sandbox->tick();
    sandbox::PayRequest request;
    request.id = invoiceId;
    request.raw = QJsonObject{{u"gateway"_s, run.simulator}, {u"id"_s, invoiceId}};
    const sandbox::HttpResponse response = sandbox->gateway(run.simulator)->pay(request);
    return response.status >= 200 && response.status <= 299;
}

void FaultCampaign::State::refundTask(int run, int n, std::function<void()> done)
{
    const Gateway gateway = runs[static_cast<size_t>(run)].gateway;
    const QString invoiceKey = u"FC-%1-RINV-%2"_s.arg(keyTag(gateway)).arg(n);
    const InvoiceDraft invoice = invoiceDraft(gateway, invoiceKey);
    const int invoiceIndex = addKey(run, Operation::Invoice, invoiceKey,
        creator<Payment>(
            run, Operation::Invoice, invoiceKey, [this, invoice](Provider& provider, QObject* context, auto cb) {
                operations->createInvoice(provider, invoice, context, cb);
            }));
    attempt(invoiceIndex, options.retries, [this, run, n, gateway, invoice, done](bool ok, const QString& paymentId) {
        if (!ok || !pay(runs[static_cast<size_t>(run)], paymentId)) {
            done();
            return;
        }
        const QString key = u"FC-%1-REF-%2"_s.arg(keyTag(gateway)).arg(n);
        RefundDraft draft;
        draft.paymentId = paymentId;
        draft.idempotencyKey = key;
        switch (gateway) {
        case Gateway::CryptoCom:
            // Half: a second refund sent under the same key would be accepted too, and show as a duplicate.
            draft.amount = {dec("5.00"), invoice.amount.currency};
            draft.reason = u"requested_by_customer"_s;
            break;
        case Gateway::BucksBus:
            draft.amount = {dec("0.0005"), u"BTC"_s};
            draft.address = kBitcoinAddress;
            break;
        case Gateway::Cryptomus:
            draft.address = kTronRefundAddress;
            draft.feeFromRefund = true;
            break;
        case Gateway::CryptoProcessing:
            break;
        }
        const int index = addKey(run, Operation::Refund, key,
            creator<Refund>(run, Operation::Refund, key,
                [this, draft](Provider& provider, QObject* context, auto cb) {
                    operations->createRefund(provider, draft, context, cb);
                }),
            paymentId);
        attempt(index, options.retries, [done](bool, const QString&) { done(); });
    });
}

void FaultCampaign::State::addressTask(int run, int n, std::function<void()> done)
{
    const Gateway gateway = runs[static_cast<size_t>(run)].gateway;
    const QString key = u"FC-%1-ADR-%2"_s.arg(keyTag(gateway)).arg(n);
    AddressDraft draft;
    draft.customerReference = key;
    draft.currency = gateway == Gateway::Cryptomus ? u"USDT"_s : u"BTC"_s;
    if (gateway == Gateway::Cryptomus)
        draft.network = u"tron"_s;
    const int index = addKey(run, Operation::Address, key,
        creator<DedicatedAddress>(
            run, Operation::Address, key, [this, draft](Provider& provider, QObject* context, auto cb) {
                operations->createAddress(provider, draft, context, cb);
            }));
    attempt(index, options.retries, [done](bool, const QString&) { done(); });
}

void FaultCampaign::State::withdrawalTask(int run, int n, std::function<void()> done)
{
    const Gateway gateway = runs[static_cast<size_t>(run)].gateway;
    const QString key = u"FC-%1-WDR-%2"_s.arg(keyTag(gateway)).arg(n);
    WithdrawalDraft draft;
    draft.foreignId = key;
    if (gateway == Gateway::Cryptomus) {
        draft.amount = {dec("1"), u"USDT"_s};
        draft.network = u"tron"_s;
        draft.address = kTronPayoutAddress;
    } else {
        // CryptoProcessing's minimum is 0.0002 BTC.
        draft.amount = {dec(gateway == Gateway::CryptoProcessing ? "0.0005" : "0.0001"), u"BTC"_s};
        draft.address = kBitcoinAddress;
    }
    const int index = addKey(run, Operation::Withdrawal, key,
        creator<Withdrawal>(
            run, Operation::Withdrawal, key, [this, draft](Provider& provider, QObject* context, auto cb) {
                operations->createWithdrawal(provider, draft, context, cb);
            }));
    attempt(index, options.retries, [done](bool, const QString&) { done(); });
}

void FaultCampaign::State::drainLog(bool all)
{
    static const QRegularExpression keyPattern(u"FC-[a-z]{2}-[A-Z]+-[0-9]+"_s);
    static const QRegularExpression uuidPattern(u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
    // Requests still under way have no status yet: unless told to take all, leave the newest ones for later.
    const qint64 upTo = all ? sandbox->requestLog().lastSeq() : sandbox->requestLog().lastSeq() - 200;
    if (upTo <= logSeq)
        return;
    const auto entries = sandbox->requestLog().entries(logSeq, {}, upTo - logSeq);
    for (const auto& entry : entries) {
        logSeq = std::max(logSeq, entry.seq);
        const QString text = entry.path + u' ' + entry.query + u' ' + QString::fromUtf8(entry.body);
        QString line = u"%1 %2 → %3"_s.arg(QString::fromLatin1(entry.method), entry.path).arg(entry.status);
        if (!entry.fault.isEmpty())
            line += u' ' + entry.fault;
        QSet<QString> found;
        auto keysNamed = keyPattern.globalMatch(text);
        while (keysNamed.hasNext())
            found.insert(keysNamed.next().captured());
        // Crypto.com and Cryptomus refunds (and the reads before them) name the invoice, not the refund key.
        auto idsNamed = uuidPattern.globalMatch(text);
        while (idsNamed.hasNext()) {
            if (const QString key = refundKeyByPayment.value(idsNamed.next().captured()); !key.isEmpty())
                found.insert(key);
        }
        for (const QString& key : found)
            requestsByKey[key].append(line);
    }
}

void FaultCampaign::State::reportStuck()
{
    for (Key& key : keys) {
        if (key.callStarted < 0 || key.reportedStuck || clock.elapsed() - key.callStarted < kStuck - 1000)
            continue;
        key.reportedStuck = true;
        figures.stuckCalls += 1;
        const Run& run = runs[static_cast<size_t>(key.run)];
        drainLog(true);
        finding(
            run, key.operation, key.key, u"stuck: a create call delivered no result within %1 s"_s.arg(kStuck / 1000));
    }
}

void FaultCampaign::State::settle(std::function<void()> done)
{
    say(u"faults off; sync, then the same key once more for what is still unknown, then sync again"_s);
    syncAll(0, [this, done] {
        for (size_t i = 0; i < keys.size(); ++i) {
            const Key& key = keys[i];
            const Run& run = runs[static_cast<size_t>(key.run)];
            const auto entry = journal->entryByKey(run.account.id, journalKind(key.operation), key.key);
            if (!entry.ok() || entry.value().state != JournalState::Unknown)
                continue;
            queue.push_back([this, i](std::function<void()> taskDone) {
                keys[i].create([taskDone](bool, const QString&) { taskDone(); });
            });
        }
        say(u"%1 keys still unknown after the first sync"_s.arg(queue.size()));
        drained = [this, done] { syncAll(0, done); };
        pump();
    });
}

void FaultCampaign::State::syncAll(size_t index, std::function<void()> done)
{
    if (index >= runs.size()) {
        done();
        return;
    }
    Run& run = runs[index];
    SyncOptions syncOptions;
    syncOptions.openRefreshLimit = 1'000'000;
    syncOptions.throttledPageDelay = std::chrono::milliseconds(0);
    syncOptions.rateLimitPause = std::chrono::milliseconds(10);
    auto* sync = new AccountSync(*run.provider, *ledger, *journal, *operations, syncOptions, self);
    auto advanced = std::make_shared<bool>(false);
    QObject::connect(
        sync, &AccountSync::finished, self, [this, sync, index, done, advanced](const SyncOutcome& outcome) {
            if (!outcome.errors.isEmpty())
                say(u"sync of %1: %2 errors, the first: %3"_s.arg(runs[index].simulator)
                        .arg(outcome.errors.size())
                        .arg(outcome.errors.first()));
            sync->deleteLater();
            if (*advanced)
                return;
            *advanced = true;
            syncAll(index + 1, done);
        });
    // A sync that never finishes is a defect too: reported, and the campaign goes on.
    QTimer::singleShot(kStuck * 6, self, [this, sync, index, done, advanced] {
        if (*advanced)
            return;
        *advanced = true;
        figures.findings.append(
            u"%1 sync: did not finish within %2 s"_s.arg(runs[index].simulator).arg(kStuck * 6 / 1000));
        figures.stuckCalls += 1;
        sync->cancel();
        syncAll(index + 1, done);
    });
    sync->start();
}

void FaultCampaign::State::finding(const Run& run, Operation operation, const QString& key, const QString& what)
{
    QString line = u"%1 %2 %3: %4"_s.arg(run.simulator, operationName(operation), key, what);
    if (const int index = keyIndex.value(key, -1); index >= 0) {
        const Key& k = keys[static_cast<size_t>(index)];
        line += u" | client: "_s + k.history.join(u", "_s);
        if (!k.lastMessage.isEmpty())
            line += u" | last error: "_s + k.lastMessage;
    }
    // The requests that named the key, in order, with the status the sandbox answered (0: dropped) and its fault.
    const QStringList requests = requestsByKey.value(key);
    line += u" | requests: "_s + (requests.isEmpty() ? u"none named it"_s : requests.join(u"; "_s));
    figures.findings.append(line);
}

void FaultCampaign::State::count()
{
    for (Run& run : runs) {
        const auto* simulator = sandbox->gateway(run.simulator);
        countRun(run, simulator->records());
        for (auto it = run.rows.cbegin(); it != run.rows.cend(); ++it)
            figures.rows.append(it.value());
    }
}

void FaultCampaign::State::countRun(Run& run, const QList<sandbox::SimulatedRecord>& records)
{
    using Kind = sandbox::SimulatedRecord::Kind;
    const QStringList account{run.account.id};
    const QList<Payment> payments = ledger->payments({.accountIds = account}).value();
    const QList<Refund> refunds = ledger->refunds(account).value();
    const QList<DedicatedAddress> addresses = ledger->dedicatedAddresses(account).value();
    const QList<Withdrawal> withdrawals = ledger->withdrawals(account).value();

    // Gateway records by id, and the campaign's by key (refunds: by the key of the invoice they refund).
    QHash<QString, const sandbox::SimulatedRecord*> gatewayById;
    QHash<QString, QList<const sandbox::SimulatedRecord*>> gatewayByKey;
    for (const auto& record : records) {
        gatewayById.insert(record.id, &record);
        QString key;
        if (record.kind == Kind::Refund)
            key = refundKeyByPayment.value(record.parentId);
        else if (keyIndex.contains(record.key))
            key = record.key;
        if (!key.isEmpty())
            gatewayByKey[key].append(&record);
    }

    // Ledger objects as (key, id, amount, status), per operation. Statuses are compared for invoices and refunds
    // only: with the sandbox clock frozen they change only through what the campaign does, and sync refreshes
    // invoices. Withdrawals and addresses keep the status their creation reply worded (CryptoProcessing answers
    // "processing" to a withdrawal its transactions/info calls "pending"), and sync does not refresh them.
    struct Held
    {
        QString key{};
        QString id{};
        Money amount{};
        QString status{};
        bool compareAmount = true;
        bool compareStatus = false;
    };
    QMap<Operation, QList<Held>> held;
    for (const Payment& p : payments)
        held[Operation::Invoice].append({p.orderId, p.id, p.amount, p.rawStatus, true, true});
    // What the gateway refunded of each invoice outside the campaign (the sandbox's generated history): a ledger row
    // for the part of a payment's refunded total no refund accounts for (RefundedTotal) is that, not a phantom.
    QHash<QString, Decimal> refundedOutside;
    for (const auto& record : records) {
        if (record.kind == Kind::Refund && !refundKeyByPayment.contains(record.parentId))
            refundedOutside[record.parentId]
                = refundedOutside.value(record.parentId).plus(record.amount).value_or(Decimal());
    }
    for (const Refund& r : refunds) {
        if (RefundedTotal::isRefundedTotal(r) && refundedOutside.contains(r.paymentId)
            && !(refundedOutside.value(r.paymentId) < r.amount.amount))
            continue;
        held[Operation::Refund].append(
            {refundKeyByPayment.value(r.paymentId), r.id, r.amount, r.rawStatus, true, true});
    }
    for (const DedicatedAddress& a : addresses)
        held[Operation::Address].append({a.customerReference, a.id, {Decimal(), a.currency}, {}, false, false});
    for (const Withdrawal& w : withdrawals)
        held[Operation::Withdrawal].append({w.foreignId, w.id, w.amount, w.rawStatus, true, false});

    for (auto rowIt = run.rows.begin(); rowIt != run.rows.end(); ++rowIt) {
        const Operation operation = rowIt.key();
        FaultCampaignRow& row = rowIt.value();
        QHash<QString, QList<Held>> ledgerByKey;
        for (const Held& h : held.value(operation)) {
            const int index = keyIndex.value(h.key, -1);
            if (index >= 0 && keys[static_cast<size_t>(index)].operation == operation) {
                ledgerByKey[h.key].append(h);
            } else if (!gatewayById.contains(h.id)) {
                row.phantom += 1; // not the campaign's, and unknown to the gateway
                finding(run, operation, h.key, u"phantom: ledger id %1 not at the gateway"_s.arg(h.id));
            }
        }
        for (const Key& key : keys) {
            if (key.operation != operation || &runs[static_cast<size_t>(key.run)] != &run)
                continue;
            const auto atGateway = gatewayByKey.value(key.key);
            const auto inLedger = ledgerByKey.value(key.key);
            row.atGateway += static_cast<int>(atGateway.size());
            row.inLedger += static_cast<int>(inLedger.size());
            const auto entry = journal->entryByKey(run.account.id, journalKind(operation), key.key);
            const JournalState state = entry.ok() ? entry.value().state : JournalState::Unknown;
            if (state == JournalState::Confirmed)
                row.confirmed += 1;
            else if (state == JournalState::Failed || state == JournalState::NotSent) {
                row.refused += 1;
                refusals[u"%1 %2: %3"_s.arg(run.simulator, operationName(operation),
                    entry.ok() ? entry.value().failureReason.left(120) : QString())]
                    += 1;
            } else {
                row.unknown += 1;
                finding(run, operation, key.key, u"still %1 in the journal"_s.arg(journalStateId(state)));
            }
            if (atGateway.size() > 1 || inLedger.size() > 1) {
                row.duplicates += static_cast<int>(
                    std::max<qsizetype>(atGateway.size(), 1) - 1 + std::max<qsizetype>(inLedger.size(), 1) - 1);
                finding(run, operation, key.key,
                    u"duplicate: %1 at the gateway, %2 in the ledger"_s.arg(atGateway.size()).arg(inLedger.size()));
            }
            // An entry still unknown is shown (an "Outcome unknown" row, the journal banner): counted as unknown.
            if (!atGateway.isEmpty() && inLedger.isEmpty() && state != JournalState::Unknown) {
                row.lost += 1;
                finding(run, operation, key.key,
                    u"lost: at the gateway (%1, %2), not in the ledger; journal %3"_s.arg(
                        atGateway.first()->id, atGateway.first()->status, journalStateId(state)));
            }
            for (const Held& h : inLedger) {
                const sandbox::SimulatedRecord* match = gatewayById.value(h.id);
                if (!match && atGateway.isEmpty()) {
                    row.phantom += 1;
                    finding(run, operation, key.key, u"phantom: ledger id %1 not at the gateway"_s.arg(h.id));
                    continue;
                }
                if (!match && (h.id == key.key || h.id == u"foreign:"_s + key.key)) {
                    row.standIn += 1;
                    continue;
                }
                if (!match) {
                    row.wrong += 1;
                    finding(
                        run, operation, key.key, u"wrong id: ledger %1, gateway %2"_s.arg(h.id, atGateway.first()->id));
                    continue;
                }
                QStringList differences;
                if (h.compareAmount && h.amount.amount != match->amount)
                    differences.append(u"amount %1 vs %2"_s.arg(h.amount.amount.toString(), match->amount.toString()));
                if (h.amount.currency.compare(match->currency, Qt::CaseInsensitive) != 0)
                    differences.append(u"currency %1 vs %2"_s.arg(h.amount.currency, match->currency));
                if (h.compareStatus && h.status.compare(match->status, Qt::CaseInsensitive) != 0)
                    differences.append(u"status %1 vs %2"_s.arg(h.status, match->status));
                if (!differences.isEmpty()) {
                    row.wrong += 1;
                    finding(run, operation, key.key, u"wrong (ledger vs gateway): "_s + differences.join(u", "_s));
                }
            }
        }
    }
}

} // namespace paydesk
