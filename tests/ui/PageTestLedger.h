#pragma once

#include "core/ledger/Ledger.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QWidget>

#include <memory>

namespace paydesk::test {

// A fresh ledger in a temporary directory with four accounts (one per gateway), for the Balances, Addresses and
// Accounts page tests: filled with Ledger::addAccount / recordBalances / upsertDedicatedAddresses.
class PageTestLedger final
{
public:
    PageTestLedger()
    {
        auto opened = Ledger::open(m_dir.filePath(QStringLiteral("ledger.sqlite")));
        if (opened.ok())
            m_ledger = std::move(opened).value();
    }

    bool ok() const { return m_dir.isValid() && m_ledger; }
    Ledger& ledger() { return *m_ledger; }

    static QDateTime at(int day, int hour) { return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC); }

    static Account account(const QString& id, const QString& name, Gateway gateway, bool live = false)
    {
        Account account;
        account.id = id;
        account.name = name;
        account.gateway = gateway;
        account.baseUrl = gateway == Gateway::BucksBus ? QUrl(QStringLiteral("https://api.bucksbus.example/int"))
                                                       : gatewayProductionUrl(gateway);
        account.merchantId
            = gateway == Gateway::Cryptomus ? QStringLiteral("8b03432e-385b-4670-8d06-064591096795") : QString();
        account.liveMode = live;
        account.created = at(1, 9);
        return account;
    }

    // shop-eu (Crypto.com Pay, live), coins (CryptoProcessing), bucks (v10.2), mus (Cryptomus, live).
    bool addFourAccounts()
    {
        return m_ledger
                   ->addAccount(account(QStringLiteral("a-cdc"), QStringLiteral("shop-eu"), Gateway::CryptoCom, true))
                   .ok()
            && m_ledger->addAccount(account(QStringLiteral("a-cp"), QStringLiteral("coins"), Gateway::CryptoProcessing))
                   .ok()
            && m_ledger->addAccount(account(QStringLiteral("a-bb"), QStringLiteral("bucks"), Gateway::BucksBus)).ok()
            && m_ledger->addAccount(account(QStringLiteral("a-cm"), QStringLiteral("mus"), Gateway::Cryptomus, true))
                   .ok();
    }

    static Decimal dec(const char* text) { return *Decimal::fromString(QString::fromLatin1(text)); }

    static Balance balance(const QString& accountId, Gateway gateway, const QString& currency, const char* total,
        const char* available, const char* onHold, Money fiat = {}, QDateTime asOf = at(20, 10))
    {
        Balance balance;
        balance.accountId = accountId;
        balance.gateway = gateway;
        balance.currency = currency;
        balance.total = dec(total);
        balance.available = dec(available);
        balance.onHold = dec(onHold);
        balance.fiatEquivalent = fiat;
        balance.asOf = asOf;
        balance.rawJson = "{}";
        return balance;
    }

    static DedicatedAddress address(const QString& accountId, Gateway gateway, const QString& id,
        const QString& address, const QString& currency, const QString& network, int day)
    {
        DedicatedAddress record;
        record.accountId = accountId;
        record.gateway = gateway;
        record.id = id;
        record.address = address;
        record.currency = currency;
        record.network = network;
        record.status = AddressStatus::Active;
        record.rawStatus = QStringLiteral("active");
        record.created = at(day, 12);
        record.rawJson = "{}";
        return record;
    }

    // Saves a 1280×800 grab of the widget into the build directory's screenshots/ folder.
    static bool screenshot(QWidget& widget, const QString& name)
    {
        QDir().mkpath(QStringLiteral("screenshots"));
        return widget.grab().save(QStringLiteral("screenshots/%1.png").arg(name));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
};

} // namespace paydesk::test
