#include "app/cli/CliSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/RecordJson.h"
#include "app/cli/SecretPrompt.h"
#include "core/domain/GatewaySecrets.h"
#include "core/ledger/Ledger.h"
#include "core/secrets/VaultSecretStore.h"
#include "providers/Provider.h"
#include "providers/http/HttpClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AccountCommand", text);
}

// Where paydesk-cli reads each secret kind from (the kinds a gateway takes: gatewaySecrets()).
const char* environmentVariable(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ApiKey:
        return "PAYDESK_API_KEY";
    case SecretKind::ApiSecret:
        return "PAYDESK_API_SECRET";
    case SecretKind::WebhookSecret:
        return "PAYDESK_WEBHOOK_SECRET";
    case SecretKind::PayoutKey:
        return "PAYDESK_PAYOUT_KEY";
    }
    return "PAYDESK_API_KEY";
}

void addAccount(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"account add"_s,
        {{u"provider"_s, tr("Gateway: cryptocom, cryptoprocessing, bucksbus or cryptomus."), u"id"_s},
            {u"base-url"_s, tr("API root (default: the gateway's production URL)."), u"url"_s},
            {u"merchant"_s, tr("Cryptomus merchant UUID."), u"id"_s}, {u"live"_s, tr("A live (not test) account.")}});
    if (!line.parse(session, arguments, 1, 1))
        return;
    const QString name = line.positional().first().trimmed();
    if (name.isEmpty())
        return session.finish(session.out().usage(tr("account add: the name must not be empty")));
    if (!line.isSet(u"provider"_s))
        return session.finish(session.out().usage(tr("account add: --provider is required")));
    const auto gateway = gatewayFromId(line.value(u"provider"_s));
    if (!gateway)
        return session.finish(session.out().usage(
            tr("account add: unknown provider “%1” (cryptocom, cryptoprocessing, bucksbus, cryptomus)")
                .arg(line.value(u"provider"_s))));
    QUrl baseUrl = line.isSet(u"base-url"_s) ? QUrl(line.value(u"base-url"_s), QUrl::StrictMode)
                                             : gatewayProductionUrl(*gateway);
    if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || baseUrl.host().isEmpty())
        return session.finish(session.out().usage(line.isSet(u"base-url"_s)
                ? tr("account add: --base-url must be a full URL such as https://api.example.com/int")
                : tr(
                    "account add: %1 has no single production URL; give --base-url (e.g. https://api.bucksbus.com/int)")
                      .arg(gatewayDisplayName(*gateway))));
    // The rule every call is held to (HttpClient), applied now rather than at the first call.
    if (const QString refused = HttpClient::urlRefusal(baseUrl); !refused.isEmpty())
        return session.finish(session.out().usage(tr("account add: --base-url: %1").arg(refused)));
    if (*gateway == Gateway::Cryptomus && !line.isSet(u"merchant"_s))
        return session.finish(
            session.out().usage(tr("account add: Cryptomus accounts need --merchant (the merchant UUID)")));

    if (!session.openLedger())
        return session.finish(kExitFailure);
    if (session.ledger().accountByName(name).ok())
        return session.finish(session.out().fail(tr("An account named “%1” exists already.").arg(name), u"conflict"_s));

    // Secrets: from the environment, else a prompt; never from the command line.
    Account account{.id = QUuid::createUuid().toString(QUuid::WithoutBraces),
        .name = name,
        .gateway = *gateway,
        .baseUrl = baseUrl,
        .merchantId = line.value(u"merchant"_s),
        .liveMode = line.isSet(u"live"_s),
        .created = QDateTime::currentDateTimeUtc()};
    QList<std::pair<SecretKind, QByteArray>> secrets;
    const auto wipeAll = [&secrets] {
        for (auto& [kind, value] : secrets)
            value.fill('\0');
    };
    for (const GatewaySecret& secret : gatewaySecrets(*gateway)) {
        const QString variable = QString::fromLatin1(environmentVariable(secret.kind));
        QByteArray value = qgetenv(environmentVariable(secret.kind));
        if (value.isEmpty() && secret.required) {
            value = promptSecret(tr("%1 for %2: ").arg(secretDisplayName(*gateway, secret.kind), name))
                        .value_or(QByteArray());
            if (value.isEmpty()) {
                wipeAll();
                return session.finish(session.out().fail(
                    tr("%1 accounts need %2: set it in the environment or run in a terminal to be asked.")
                        .arg(gatewayDisplayName(*gateway), variable),
                    u"secrets"_s));
            }
        }
        if (!value.isEmpty())
            secrets.append({secret.kind, value});
    }
    if (!session.unlockVault(true)) {
        wipeAll();
        return session.finish(kExitFailure);
    }
    for (const auto& [kind, value] : secrets) {
        const SecretResult written = session.vault().writeNow(secretKey(account.id, kind), value);
        if (!written.ok()) {
            wipeAll();
            return session.finish(session.out().fail(written.message, secretStatusName(written.status)));
        }
    }
    wipeAll();
    if (const auto added = session.ledger().addAccount(account); !added.ok()) {
        for (const GatewaySecret& secret : gatewaySecrets(*gateway))
            (void)session.vault().removeNow(secretKey(account.id, secret.kind));
        return session.finish(session.out().fail(added.error().message, u"ledger"_s));
    }
    session.out().result(accountJson(account),
        tr("Added %1 account “%2” (%3). Check it with: paydesk-cli account test %2")
            .arg(gatewayDisplayName(account.gateway), account.name, account.liveMode ? tr("live") : tr("test mode")));
    session.finish(kExitOk);
}

void listAccounts(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"account list"_s);
    if (!line.parse(session, arguments, 0, 0))
        return;
    if (!session.openLedgerForReading())
        return session.finish(kExitFailure);
    const auto accounts = session.ledger().accounts();
    if (!accounts.ok())
        return session.finish(session.out().fail(accounts.error().message, u"ledger"_s));
    QJsonArray json;
    QList<QStringList> rows;
    for (const Account& account : accounts.value()) {
        json.append(accountJson(account));
        rows.append({account.name, gatewayId(account.gateway), account.liveMode ? tr("live") : tr("test"),
            account.baseUrl.toString()});
    }
    session.out().result(json, CliOutput::table({tr("NAME"), tr("PROVIDER"), tr("MODE"), tr("BASE URL")}, rows));
    session.finish(kExitOk);
}

void testAccount(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"account test"_s);
    if (!line.parse(session, arguments, 1, 1))
        return;
    const auto account = session.account(line.positional().first());
    if (!account)
        return session.finish(kExitFailure);
    std::shared_ptr<Provider> provider = session.provider(*account);
    if (!provider)
        return session.finish(kExitFailure);
    provider->testConnection(&session, [&session, provider, account = *account](const Result<void>& result) {
        if (!result.ok())
            return session.finish(session.out().fail(result.error(), account.name));
        session.out().result(QJsonObject{{u"account"_s, account.name}, {u"ok"_s, true}},
            tr("OK: %1 accepted the keys of “%2”.").arg(gatewayDisplayName(account.gateway), account.name));
        session.finish(kExitOk);
    });
}

void removeAccount(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"account remove"_s);
    if (!line.parse(session, arguments, 1, 1))
        return;
    const auto account = session.account(line.positional().first());
    if (!account)
        return session.finish(kExitFailure);
    // Secrets first: an account is never left behind without its secrets being removed with it.
    if (!session.unlockVault(false))
        return session.finish(kExitFailure);
    for (const GatewaySecret& secret : gatewaySecrets(account->gateway)) {
        const SecretResult removed = session.vault().removeNow(secretKey(account->id, secret.kind));
        if (!removed.ok() && removed.status != SecretResult::Status::NotFound)
            return session.finish(session.out().fail(removed.message, secretStatusName(removed.status)));
    }
    if (const auto removed = session.ledger().removeAccount(account->id); !removed.ok())
        return session.finish(session.out().fail(removed.error().message, u"ledger"_s));
    session.out().result(QJsonObject{{u"removed"_s, account->name}},
        tr("Removed account “%1”, its secrets and its records.").arg(account->name));
    session.finish(kExitOk);
}

} // namespace

void runAccountCommand(CliSession& session, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == u"add")
        return addAccount(session, rest);
    if (action == u"list")
        return listAccounts(session, rest);
    if (action == u"test")
        return testAccount(session, rest);
    if (action == u"remove")
        return removeAccount(session, rest);
    session.finish(session.out().usage(tr("account: expected add, list, test or remove")));
}

} // namespace paydesk::cli
