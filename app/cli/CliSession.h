#pragma once

#include "app/cli/CliOutput.h"
#include "core/Decimal.h"
#include "core/domain/Account.h"
#include "core/domain/GatewayCapabilities.h"
#include "providers/AccountCredentials.h"
#include "providers/sync/SyncOptions.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace paydesk {
class GatewayOperations;
class HttpClient;
class Journal;
class Ledger;
class Provider;
class VaultSecretStore;
} // namespace paydesk

namespace paydesk::cli {

// What every paydesk-cli command shares: the data directory (--data-dir, else $PAYDESK_HOME, else the platform's
// app data location) with its ledger, journal and vault; one HTTP client; the output. Opened lazily, so `--help`
// and usage errors touch nothing. Secrets come from the vault, unlocked with $PAYDESK_PASSPHRASE or a prompt on
// the terminal; they are never taken from the command line.
class CliSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSession)

public:
    CliSession(QString dataDirectory, bool json, QObject* parent = nullptr);
    ~CliSession() override;

    const CliOutput& out() const { return m_out; }
    QString dataDirectory() const { return m_dataDirectory; }
    QString ledgerPath() const;
    QString vaultPath() const;

    // Opens (creating the directory and ledger when needed) the ledger and journal; false with a message printed
    // (in a read-only data folder: "The data folder … is read-only").
    bool openLedger();
    // For commands that only read (account list, payments, balances, address list, export, journal): openLedger(),
    // or, when the data folder is read-only, the ledger alone opened for reading (journal() is not available then).
    bool openLedgerForReading();
    Ledger& ledger() { return *m_ledger; }
    Journal& journal() { return *m_journal; }
    HttpClient& http();
    GatewayOperations& operations();

    // Unlocks the vault (creating it first when `create` and there is none); false with a message printed.
    bool unlockVault(bool create);
    VaultSecretStore& vault() { return *m_vault; }

    // The account by name; prints "no account named …" and returns nullopt when there is none.
    std::optional<Account> account(const QString& name);
    // The account's secrets from the vault; nullopt with a message printed.
    std::optional<AccountCredentials> credentials(const Account& account);
    // The account's provider with its credentials from the vault; nullptr with a message printed.
    std::unique_ptr<Provider> provider(const Account& account);

    // True (the gateway's reason printed, the command finished with exit 1) when the gateway has no API for this.
    bool refuseUnsupported(const Account& account, Capability capability);

    // The dashboard's "confirm amounts above" setting (settings.ini in the data directory; its default when there is
    // none): invoice create wants --yes above it.
    Decimal confirmAmountAbove() const;
    // How sync lists, from the same settings file (page size and the cap on pages).
    SyncOptions syncOptions() const;

    // Ends the command: the event loop returns `code` from main().
    void finish(int code);

private:
    QString m_dataDirectory;
    CliOutput m_out;
    std::unique_ptr<Ledger> m_ledger;
    QString m_readOnlyReason; // why m_ledger was opened read-only (empty: it was not)
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<VaultSecretStore> m_vault;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<GatewayOperations> m_operations;
};

} // namespace paydesk::cli
