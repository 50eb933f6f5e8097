#include "tests/support/DashboardFixture.h"

#include "app/gui/SandboxAccounts.h"
#include "providers/http/HttpClient.h"
#include "tests/support/SandboxControl.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk::test {

DashboardFixture::DashboardFixture() = default;

DashboardFixture::~DashboardFixture()
{
    m_actions.reset();
    m_secrets.reset();
    m_journal.reset();
    m_ledger.reset();
    m_sandbox.reset();
}

bool DashboardFixture::start(QString* error, qint64 payments, int days)
{
    sandbox::SandboxOptions options;
    options.payments = payments;
    options.days = days;
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    m_sandbox->addDefaultGateways();
    if (!m_sandbox->start(error))
        return false;
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
    m_secrets = std::make_unique<MemorySecretStore>();
    m_actions = std::make_unique<AppGatewayActions>(*m_ledger, *m_journal, *m_secrets);
    m_actions->http().setRetryPolicy({.maxAttempts = 2, .baseDelay = std::chrono::milliseconds(10)});
    return true;
}

Account DashboardFixture::addSandboxAccount(Gateway gateway)
{
    for (const SandboxAccount& demo : sandboxAccounts(*m_sandbox)) {
        if (demo.account.gateway != gateway)
            continue;
        const auto added = wait<Account>(&m_context,
            [&](QObject* context, auto done) { m_actions->addAccount(demo.account, demo.secrets, context, done); });
        if (!added.ok())
            qFatal("could not add the sandbox account: %s", qPrintable(added.error().message));
        return added.value();
    }
    qFatal("the sandbox has no such gateway");
}

QJsonObject DashboardFixture::control(const QString& path, const QJsonObject& body)
{
    return postToSandboxControl(m_control, m_sandbox->baseUrl(), path, body);
}

bool DashboardFixture::syncAll()
{
    const auto accounts = m_ledger->accounts();
    if (!accounts.ok())
        return false;
    qsizetype finished = 0;
    const auto connection
        = QObject::connect(m_actions.get(), &GatewayActions::syncFinished, &m_context, [&finished] { ++finished; });
    m_actions->syncAccounts();
    const bool done = QTest::qWaitFor([&] { return finished >= accounts.value().size(); }, 60'000);
    QObject::disconnect(connection);
    return done;
}

} // namespace paydesk::test
