#include "tests/support/SandboxFixture.h"

#include "providers/ProviderFactory.h"
#include "providers/sync/AccountSync.h"
#include "sandbox/GatewaySimulator.h"
#include "sandbox/RequestLog.h"
#include "tests/support/SandboxControl.h"

#include <QHash>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::test {

SandboxFixture::SandboxFixture() = default;

SandboxFixture::~SandboxFixture()
{
    m_journal.reset();
    m_ledger.reset();
    m_http.reset();
    m_sandbox.reset();
}

bool SandboxFixture::start(QString* error)
{
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    m_sandbox->addDefaultGateways();
    if (!m_sandbox->start(error))
        return false;
    m_http = std::make_unique<HttpClient>();
    m_http->setRetryPolicy({.maxAttempts = 2, .baseDelay = std::chrono::milliseconds(10)});
    auto ledger = Ledger::open(m_dir.filePath(u"ledger.sqlite"_s));
    if (!ledger.ok()) {
        *error = ledger.error().message;
        return false;
    }
    m_ledger = std::move(ledger).value();
    auto journal = Journal::open(*m_ledger);
    if (!journal.ok()) {
        *error = journal.error().message;
        return false;
    }
    m_journal = std::move(journal).value();
    return true;
}

Account SandboxFixture::addAccount(const QString& id, Gateway gateway, const QString& pathPrefix)
{
    Account account{.id = id,
        .name = id,
        .gateway = gateway,
        .baseUrl = m_sandbox->baseUrl().resolved(QUrl(pathPrefix)),
        .created = QDateTime::currentDateTimeUtc()};
    if (!m_ledger->addAccount(account).ok())
        qFatal("could not add the test account");
    return account;
}

std::unique_ptr<Provider> SandboxFixture::provider(Gateway gateway)
{
    struct Demo
    {
        QString accountId;
        QString path;
    };
    static const QHash<Gateway, Demo> demos{{Gateway::CryptoCom, {u"acc-cc"_s, u"/cryptocom/api"_s}},
        {Gateway::CryptoProcessing, {u"acc-cp"_s, u"/cryptoprocessing"_s}},
        {Gateway::BucksBus, {u"acc-bb"_s, u"/bucksbus/int"_s}}, {Gateway::Cryptomus, {u"acc-cm"_s, u"/cryptomus"_s}}};
    const Demo demo = demos.value(gateway);
    const auto held = m_ledger->account(demo.accountId);
    Account account = held.ok() ? held.value() : addAccount(demo.accountId, gateway, demo.path);
    if (gateway == Gateway::Cryptomus)
        account.merchantId = demoCredential(u"cryptomus"_s, u"merchant"_s);
    return createProvider(account, credentials(gateway), m_http.get());
}

AccountCredentials SandboxFixture::credentials(Gateway gateway) const
{
    AccountCredentials credentials;
    switch (gateway) {
    case Gateway::CryptoCom:
        credentials.apiKey = demoCredential(u"cryptocom"_s, u"secret key"_s).toUtf8();
        break;
    case Gateway::CryptoProcessing:
        credentials.apiKey = demoCredential(u"cryptoprocessing"_s, u"API key (X-Processing-Key)"_s).toUtf8();
        credentials.apiSecret
            = demoCredential(u"cryptoprocessing"_s, u"API secret (HMAC-SHA512 of the body)"_s).toUtf8();
        break;
    case Gateway::BucksBus:
        credentials.apiKey = demoCredential(u"bucksbus"_s, u"API key (Basic user)"_s).toUtf8();
        credentials.apiSecret = demoCredential(u"bucksbus"_s, u"API secret (Basic password)"_s).toUtf8();
        break;
    case Gateway::Cryptomus:
        credentials.apiKey = demoCredential(u"cryptomus"_s, u"payment key"_s).toUtf8();
        credentials.payoutKey = demoCredential(u"cryptomus"_s, u"payout key"_s).toUtf8();
        break;
    }
    return credentials;
}

QByteArray SandboxFixture::sendOutsidePaydesk(const HttpRequest& request)
{
    QNetworkRequest outgoing(request.url);
    for (const auto& [name, value] : request.headers)
        outgoing.setRawHeader(name, value);
    QNetworkReply* reply = request.method == HttpRequest::Method::Get
        ? m_control.get(outgoing)
        : m_control.sendCustomRequest(
            outgoing, request.method == HttpRequest::Method::Post ? "POST" : "PUT", request.body);
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    reply->deleteLater();
    return finished ? reply->readAll() : QByteArray();
}

SyncOutcome SandboxFixture::sync(Provider& provider, GatewayOperations& operations, const SyncOptions& options)
{
    AccountSync sync(provider, *m_ledger, *m_journal, operations, options);
    std::optional<SyncOutcome> outcome;
    QObject::connect(&sync, &AccountSync::finished, [&](const SyncOutcome& finished) { outcome = finished; });
    sync.start();
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 60'000)) {
        sync.cancel();
        return SyncOutcome{.errors = {u"timed out: the sync did not end"_s}};
    }
    return *outcome;
}

QString SandboxFixture::demoCredential(const QString& gatewayId, const QString& name) const
{
    if (const auto* gateway = m_sandbox->gateway(gatewayId)) {
        for (const auto& credential : gateway->demoCredentials()) {
            if (credential.name == name)
                return credential.value;
        }
    }
    return {};
}

QJsonObject SandboxFixture::control(const QString& path, const QJsonObject& body)
{
    return postToSandboxControl(m_control, m_sandbox->baseUrl(), path, body);
}

int SandboxFixture::received(const QByteArray& method, const QString& path) const
{
    int count = 0;
    for (const auto& entry : m_sandbox->requestLog().entries()) {
        if (entry.method == method && entry.path == path)
            ++count;
    }
    return count;
}

int SandboxFixture::restartJournal()
{
    m_journal.reset();
    auto journal = Journal::open(*m_ledger);
    if (!journal.ok())
        return -1;
    m_journal = std::move(journal).value();
    return m_journal->recoveredOnOpen();
}

void SandboxFixture::clearFaults()
{
    control(u"/_sandbox/faults"_s, {{u"rules"_s, QJsonArray()}, {u"replace"_s, true}});
}

QUrl SandboxFixture::refusingUrl(const QString& path)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("could not find a free loopback port");
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path));
}

} // namespace paydesk::test
