#pragma once

// A temporary ledger with two accounts and a few payments for the Payments page and dialog tests. Header-only.
#include "core/Decimal.h"
#include "core/domain/Account.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"
#include "core/ledger/Ledger.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace paydesk::uitest {

inline Decimal dec(const QString& text)
{
    const auto value = Decimal::fromString(text);
    if (!value)
        qFatal("test amount %s does not parse", qPrintable(text));
    return *value;
}

inline Money money(const QString& amount, const QString& currency)
{
    return {dec(amount), currency};
}

inline Account testAccount(const QString& id, const QString& name, Gateway gateway)
{
    Account a;
    a.id = id;
    a.name = name;
    a.gateway = gateway;
    a.baseUrl = QUrl(QStringLiteral("https://api.example.test/") + id);
    a.created = QDateTime::currentDateTimeUtc().addDays(-100);
    return a;
}

inline Payment testPayment(const Account& account, const QString& id, const QString& orderId, const QString& amount,
    const QString& currency, PaymentStatus status, qint64 ageHours)
{
    Payment p;
    p.accountId = account.id;
    p.gateway = account.gateway;
    p.id = id;
    p.orderId = orderId;
    p.description = QStringLiteral("Order ") + orderId;
    p.amount = money(amount, currency);
    p.status = status;
    p.rawStatus = paymentStatusId(status);
    p.paymentUrl = QStringLiteral("https://pay.example.test/") + id;
    p.created = QDateTime::currentDateTimeUtc().addSecs(-ageHours * 3600);
    p.updated = p.created;
    p.expires = p.created.addSecs(3600);
    p.rawJson = QByteArrayLiteral("{\"id\":\"") + id.toUtf8() + QByteArrayLiteral("\",\"note\":\"<b>plain</b>\"}");
    if (status == PaymentStatus::Paid)
        p.paid = p.amount;
    return p;
}

// shop-eu (Crypto.com Pay): four payments; crypto-desk (Cryptomus): two; processing (CryptoProcessing): one.
struct PaymentsLedger
{
    QTemporaryDir dir;
    std::unique_ptr<Ledger> ledger;
    Account cryptoCom = testAccount(QStringLiteral("acc-cc"), QStringLiteral("shop-eu"), Gateway::CryptoCom);
    Account cryptomus = testAccount(QStringLiteral("acc-cm"), QStringLiteral("crypto-desk"), Gateway::Cryptomus);
    Account processing = testAccount(QStringLiteral("acc-cp"), QStringLiteral("processing"), Gateway::CryptoProcessing);
    QList<Payment> payments;

    QString path() const { return dir.filePath(QStringLiteral("ledger.sqlite")); }

    bool create()
    {
        auto opened = Ledger::open(path());
        if (!opened.ok())
            return false;
        ledger = std::move(opened).value();
        for (const Account& account : {cryptoCom, cryptomus, processing}) {
            if (!ledger->addAccount(account).ok())
                return false;
        }
        payments = {
            testPayment(cryptoCom, QStringLiteral("cc-1"), QStringLiteral("PD-A1001"), QStringLiteral("100.00"),
                QStringLiteral("USD"), PaymentStatus::Paid, 2),
            testPayment(cryptoCom, QStringLiteral("cc-2"), QStringLiteral("PD-A1002"), QStringLiteral("25.50"),
                QStringLiteral("USD"), PaymentStatus::Pending, 5),
            testPayment(cryptoCom, QStringLiteral("cc-3"), QStringLiteral("PD-A1003"), QStringLiteral("9.99"),
                QStringLiteral("EUR"), PaymentStatus::Expired, 24 * 10),
            testPayment(cryptoCom, QStringLiteral("cc-4"), QStringLiteral("coffee-77"), QStringLiteral("3.20"),
                QStringLiteral("EUR"), PaymentStatus::Paid, 24 * 45),
            testPayment(cryptomus, QStringLiteral("cm-1"), QStringLiteral("PD-B2001"), QStringLiteral("0.00150000"),
                QStringLiteral("BTC"), PaymentStatus::Paid, 1),
            testPayment(cryptomus, QStringLiteral("cm-2"), QStringLiteral("PD-B2002"), QStringLiteral("40.00"),
                QStringLiteral("USDT"), PaymentStatus::Pending, 3),
            testPayment(processing, QStringLiteral("cp-1"), QStringLiteral("PD-C3001"), QStringLiteral("12.00"),
                QStringLiteral("USD"), PaymentStatus::Pending, 4),
        };
        payments[4].address = QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
        payments[4].payAmount = payments[4].amount;
        payments[4].network = QStringLiteral("bitcoin");
        for (const Account& account : {cryptoCom, cryptomus, processing}) {
            QList<Payment> mine;
            for (const Payment& p : std::as_const(payments)) {
                if (p.accountId == account.id)
                    mine.append(p);
            }
            if (!ledger->upsertPayments(mine).ok())
                return false;
        }
        Refund refund;
        refund.accountId = cryptoCom.id;
        refund.gateway = Gateway::CryptoCom;
        refund.id = QStringLiteral("rf-1");
        refund.paymentId = QStringLiteral("cc-1");
        refund.amount = money(QStringLiteral("10.00"), QStringLiteral("USD"));
        refund.reason = QStringLiteral("duplicate");
        refund.status = TransferStatus::Succeeded;
        refund.rawStatus = QStringLiteral("succeeded");
        refund.created = QDateTime::currentDateTimeUtc().addSecs(-3600);
        return ledger->upsertRefunds({refund}).ok();
    }
};

} // namespace paydesk::uitest
