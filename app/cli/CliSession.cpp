#include "app/cli/CliSession.h"

#include "app/cli/SecretPrompt.h"
#include "core/journal/Journal.h"
#include "core/ledger/Ledger.h"
#include "core/secrets/VaultPassphrase.h"
#include "core/secrets/VaultSecretStore.h"
#include "core/settings/DataDirectory.h"
#include "core/settings/Settings.h"
#include "providers/GatewayOperations.h"
#include "providers/Provider.h"
#include "providers/ProviderFactory.h"
#include "providers/http/HttpClient.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {

CliSession::CliSession(QString dataDirectory, bool json, QObject* parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory))
    , m_out(json)
{
}

CliSession::~CliSession()
{
    m_operations.reset();
    m_http.reset();
    m_journal.reset();
    m_ledger.reset();
}

QString CliSession::ledgerPath() const
{
    return QDir(m_dataDirectory).filePath(u"ledger.sqlite"_s);
}

QString CliSession::vaultPath() const
{
    return QDir(m_dataDirectory).filePath(u"secrets.vault"_s);
}

bool CliSession::openLedger()
{
    if (m_ledger && m_readOnlyReason.isEmpty())
        return true;
    if (!m_readOnlyReason.isEmpty()) {
        m_out.fail(m_readOnlyReason, u"read_only"_s);
        return false;
    }
    if (!QDir().mkpath(m_dataDirectory)) {
        m_out.fail(tr("Cannot create the data directory %1.").arg(QDir::toNativeSeparators(m_dataDirectory)));
        return false;
    }
    if (const QString lost = lostLedgerProblem(m_dataDirectory); !lost.isEmpty()) {
        m_out.fail(lost, u"ledger"_s);
        return false;
    }
    auto ledger = Ledger::open(ledgerPath());
    if (!ledger.ok() && ledger.error().kind == LedgerError::Kind::ReadOnly) {
        m_out.fail(ledger.error().message, u"read_only"_s);
        return false;
    }
    if (!ledger.ok()) {
        m_out.fail(ledger.error().message, u"ledger"_s);
        return false;
    }
    auto journal = Journal::open(*ledger.value());
    if (!journal.ok()) {
        m_out.fail(journal.error().message, u"ledger"_s);
        return false;
    }
    m_ledger = std::move(ledger).value();
    m_journal = std::move(journal).value();
    if (m_journal->recoveredOnOpen() > 0)
        m_out.note(counted(m_journal->recoveredOnOpen(),
            "%n interrupted request from an earlier run will be checked at the next sync.",
            "%n interrupted requests from an earlier run will be checked at the next sync."));
    return true;
}

bool CliSession::openLedgerForReading()
{
    if (m_ledger)
        return true;
    if (const QString lost = lostLedgerProblem(m_dataDirectory); !lost.isEmpty()) {
        m_out.fail(lost, u"ledger"_s);
        return false;
    }
    const QFileInfo folder(m_dataDirectory);
    const QFileInfo file(ledgerPath());
    const bool readOnly = folder.isDir() && (!folder.isWritable() || (file.exists() && !file.isWritable()));
    if (!readOnly)
        return openLedger();
    auto ledger = Ledger::openReadOnly(ledgerPath());
    if (!ledger.ok()) {
        // Nothing to read yet (no ledger in the read-only folder): say why nothing can be written either.
        if (ledger.error().kind == LedgerError::Kind::NotFound)
            return openLedger();
        m_out.fail(ledger.error().message, u"ledger"_s);
        return false;
    }
    m_ledger = std::move(ledger).value();
    m_readOnlyReason = tr("The data folder %1 is read-only: this command needs to write to it. Reading (account "
                          "list, payments, balances, address list, export, journal) works.")
                           .arg(QDir::toNativeSeparators(m_dataDirectory));
    return true;
}

HttpClient& CliSession::http()
{
    if (!m_http)
        m_http = std::make_unique<HttpClient>();
    return *m_http;
}

GatewayOperations& CliSession::operations()
{
    if (!m_operations)
        m_operations = std::make_unique<GatewayOperations>(*m_ledger, *m_journal);
    return *m_operations;
}

bool CliSession::unlockVault(bool create)
{
    if (m_vault && m_vault->isUnlocked())
        return true;
    if (!QDir().mkpath(m_dataDirectory)) {
        m_out.fail(tr("Cannot create the data directory %1.").arg(QDir::toNativeSeparators(m_dataDirectory)));
        return false;
    }
    m_vault = std::make_unique<VaultSecretStore>(vaultPath());
    const bool exists = m_vault->exists();
    if (!exists && !create) {
        m_out.fail(tr("There is no secret vault in %1 yet: add an account first.")
                       .arg(QDir::toNativeSeparators(m_dataDirectory)),
            u"secrets"_s);
        return false;
    }
    std::optional<QByteArray> passphrase = passphraseFromEnvironment();
    if (!passphrase) {
        passphrase = promptSecret(exists ? tr("Vault passphrase: ") : tr("New vault passphrase: "));
        if (!passphrase) {
            m_out.fail(
                tr("The secret vault needs a passphrase: set PAYDESK_PASSPHRASE or run in a terminal."), u"secrets"_s);
            return false;
        }
    }
    const SecretResult opened = exists ? m_vault->unlock(*passphrase) : m_vault->create(*passphrase);
    passphrase->fill('\0');
    if (!opened.ok()) {
        m_out.fail(opened.message, secretStatusName(opened.status));
        return false;
    }
    return true;
}

std::optional<Account> CliSession::account(const QString& name)
{
    if (!m_ledger && !openLedger())
        return std::nullopt;
    auto account = m_ledger->accountByName(name);
    if (!account.ok()) {
        m_out.fail(tr("There is no account named “%1” (see 'paydesk-cli account list').").arg(name), u"not_found"_s);
        return std::nullopt;
    }
    return account.value();
}

std::optional<AccountCredentials> CliSession::credentials(const Account& account)
{
    if (!unlockVault(false))
        return std::nullopt;
    AccountCredentials credentials;
    const auto read = [this, &account](SecretKind kind, QByteArray& into) {
        SecretResult secret = m_vault->readNow(secretKey(account.id, kind));
        if (secret.ok())
            into = std::move(secret.value);
        return secret.ok() || secret.status == SecretResult::Status::NotFound;
    };
    if (!read(SecretKind::ApiKey, credentials.apiKey) || !read(SecretKind::ApiSecret, credentials.apiSecret)
        || !read(SecretKind::WebhookSecret, credentials.webhookSecret)
        || !read(SecretKind::PayoutKey, credentials.payoutKey)) {
        credentials.wipe();
        m_out.fail(tr("Cannot read the secrets of account “%1” from the vault.").arg(account.name), u"secrets"_s);
        return std::nullopt;
    }
    return credentials;
}

std::unique_ptr<Provider> CliSession::provider(const Account& account)
{
    auto secrets = credentials(account);
    if (!secrets)
        return nullptr;
    auto provider = createProvider(account, std::move(*secrets), &http());
    if (!provider)
        m_out.fail(
            tr("Paydesk cannot talk to %1 accounts yet.").arg(gatewayDisplayName(account.gateway)), u"unsupported"_s);
    return provider;
}

bool CliSession::refuseUnsupported(const Account& account, Capability capability)
{
    if (hasCapability(account.gateway, capability))
        return false;
    ProviderError error;
    error.kind = ProviderError::Kind::Unsupported;
    error.message = unsupportedReason(account.gateway, capability);
    finish(m_out.fail(error, account.name));
    return true;
}

Decimal CliSession::confirmAmountAbove() const
{
    QSettings storage(QDir(m_dataDirectory).filePath(u"settings.ini"_s), QSettings::IniFormat);
    return Settings(&storage).confirmAmountAbove();
}

SyncOptions CliSession::syncOptions() const
{
    QSettings storage(QDir(m_dataDirectory).filePath(u"settings.ini"_s), QSettings::IniFormat);
    return syncOptionsFrom(Settings(&storage));
}

void CliSession::finish(int code)
{
    // Queued, so a command can call this from anywhere, even before the event loop runs.
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

} // namespace paydesk::cli
