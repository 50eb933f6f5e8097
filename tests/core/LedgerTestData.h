#pragma once

// Sample records shared by tst_Ledger and tst_Journal.
#include "core/Decimal.h"
#include "core/domain/Account.h"
#include "core/domain/Payment.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace paydesk::testdata {

inline Decimal dec(const char* text)
{
    return Decimal::fromString(QString::fromLatin1(text)).value();
}

inline QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

inline Account account(const QString& id, const QString& name, Gateway gateway = Gateway::Cryptomus)
{
    Account a;
    a.id = id;
    a.name = name;
    a.gateway = gateway;
    a.baseUrl = QUrl(QStringLiteral("https://api.example.test/v1"));
    a.merchantId = QStringLiteral("m-") + id;
    a.liveMode = true;
    a.created = utc(1'700'000'000'000);
    return a;
}

inline Payment payment(const QString& accountId, const QString& id, qint64 createdMs,
    PaymentStatus status = PaymentStatus::Pending, const char* amount = "15.00",
    const QString& currency = QStringLiteral("USD"))
{
    Payment p;
    p.accountId = accountId;
    p.gateway = Gateway::Cryptomus;
    p.id = id;
    p.orderId = QStringLiteral("order-") + id;
    p.description = QStringLiteral("Invoice ") + id;
    p.amount = Money{dec(amount), currency};
    p.payAmount = Money{dec("0.00023100"), QStringLiteral("BTC")};
    p.network = QStringLiteral("bitcoin");
    p.status = status;
    p.rawStatus = paymentStatusId(status);
    p.address = QStringLiteral("bc1q") + id;
    p.paymentUrl = QStringLiteral("https://pay.example.test/") + id;
    p.created = utc(createdMs);
    p.updated = utc(createdMs + 1000);
    p.rawJson = QByteArrayLiteral("{\"uuid\":\"") + id.toUtf8() + QByteArrayLiteral("\"}");
    return p;
}

} // namespace paydesk::testdata
