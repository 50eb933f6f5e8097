#pragma once

// Records and a temporary ledger for the model tests. Header-only.
#include "core/Decimal.h"
#include "core/domain/Account.h"
#include "core/domain/Balance.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/ledger/Ledger.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace paydesk::modeltest {

inline Decimal dec(const QString& text)
{
    const auto value = Decimal::fromString(text);
    if (!value)
        qFatal("test amount %s does not parse", qPrintable(text));
    return *value;
}

inline QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// 2024-01-01T00:00:00Z plus `minutes`.
inline QDateTime at(int minutes)
{
    return utc(1'704'067'200'000LL + qint64(minutes) * 60'000);
}

inline Account account(const QString& id, const QString& name, Gateway gateway = Gateway::Cryptomus)
{
    Account a;
    a.id = id;
    a.name = name;
    a.gateway = gateway;
    a.baseUrl = QUrl(QStringLiteral("https://api.example.test/") + id);
    a.liveMode = false;
    a.created = at(0);
    return a;
}

inline Payment payment(const QString& accountId, const QString& id, int createdMinutes,
    const QString& amount = QStringLiteral("15.00"), const QString& currency = QStringLiteral("USD"),
    PaymentStatus status = PaymentStatus::Pending)
{
    Payment p;
    p.accountId = accountId;
    p.gateway = Gateway::Cryptomus;
    p.id = id;
    p.orderId = QStringLiteral("PD-") + id;
    p.description = QStringLiteral("Invoice ") + id;
    if (!currency.isEmpty())
        p.amount = Money{dec(amount), currency};
    p.payAmount = Money{dec(QStringLiteral("0.00023100")), QStringLiteral("BTC")};
    p.network = QStringLiteral("bitcoin");
    p.paid = Money{Decimal(), QStringLiteral("BTC")};
    p.refunded = Money{Decimal(), currency};
    p.status = status;
    p.rawStatus = QStringLiteral("raw-") + paymentStatusId(status);
    p.address = QStringLiteral("bc1q") + id;
    p.paymentUrl = QStringLiteral("https://pay.example.test/") + id;
    p.payerEmail = id + QStringLiteral("@example.test");
    p.created = at(createdMinutes);
    p.updated = at(createdMinutes + 1);
    p.expires = at(createdMinutes + 60);
    p.rawJson = QByteArrayLiteral("{\"uuid\":\"") + id.toUtf8() + QByteArrayLiteral("\"}");
    return p;
}

inline Refund refund(const QString& accountId, const QString& id, int createdMinutes,
    const QString& amount = QStringLiteral("5.00"), TransferStatus status = TransferStatus::Pending)
{
    Refund r;
    r.accountId = accountId;
    r.gateway = Gateway::Cryptomus;
    r.id = id;
    r.paymentId = QStringLiteral("pay-") + id;
    r.amount = Money{dec(amount), QStringLiteral("USD")};
    r.reason = QStringLiteral("reason ") + id;
    r.address = QStringLiteral("T") + id;
    r.status = status;
    r.rawStatus = QStringLiteral("raw-") + transferStatusId(status);
    r.created = at(createdMinutes);
    r.updated = at(createdMinutes + 1);
    return r;
}

inline Balance balance(const QString& accountId, const QString& currency, const QString& total, int asOfMinutes = 0)
{
    Balance b;
    b.accountId = accountId;
    b.gateway = Gateway::Cryptomus;
    b.currency = currency;
    b.total = dec(total);
    b.available = dec(total);
    b.onHold = Decimal();
    b.asOf = at(asOfMinutes);
    return b;
}

inline DedicatedAddress address(
    const QString& accountId, const QString& id, int createdMinutes, AddressStatus status = AddressStatus::Active)
{
    DedicatedAddress a;
    a.accountId = accountId;
    a.gateway = Gateway::Cryptomus;
    a.id = id;
    a.address = QStringLiteral("TAddr") + id;
    a.currency = QStringLiteral("USDT");
    a.network = QStringLiteral("tron");
    a.label = QStringLiteral("label ") + id;
    a.customerReference = QStringLiteral("cust-") + id;
    a.status = status;
    a.rawStatus = addressStatusId(status);
    a.created = at(createdMinutes);
    return a;
}

// A ledger file in a temporary directory with two accounts ("a1" named "shop-eu", "a2" named "Berlin").
class TempLedger final
{
public:
    TempLedger()
    {
        if (!m_dir.isValid())
            qFatal("no temporary directory");
        auto opened = Ledger::open(path());
        if (!opened)
            qFatal("cannot open the test ledger: %s", qPrintable(opened.error().message));
        m_ledger = std::move(opened.value());
        addAccount(account(QStringLiteral("a1"), QStringLiteral("shop-eu")));
        addAccount(account(QStringLiteral("a2"), QStringLiteral("Berlin"), Gateway::BucksBus));
    }

    QString path() const { return m_dir.filePath(QStringLiteral("ledger.sqlite")); }
    Ledger& ledger() { return *m_ledger; }

    void addAccount(const Account& a)
    {
        if (!m_ledger->addAccount(a))
            qFatal("cannot add account %s", qPrintable(a.id));
    }
    UpsertResult upsert(const QList<Payment>& payments)
    {
        auto result = m_ledger->upsertPayments(payments);
        if (!result)
            qFatal("upsertPayments failed: %s", qPrintable(result.error().message));
        return result.value();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
};

// The values of `role` in column `column`, top to bottom.
inline QStringList columnValues(const QAbstractItemModel& model, int column, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

} // namespace paydesk::modeltest
