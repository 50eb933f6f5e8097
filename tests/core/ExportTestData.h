#pragma once

// Handmade ledger records for tst_ReportExporter, with the text a spreadsheet or a parser trips over: quotes,
// separators, line breaks, formulas, non-ASCII, unknown times, missing amounts, 18 decimals, a negative number, both
// sides of a DST change in Europe/Madrid. The golden files in tests/data/export/ are exports of exactly these.
#include "core/Decimal.h"
#include "core/domain/Account.h"
#include "core/domain/Balance.h"
#include "core/domain/DedicatedAddress.h"
#include "core/domain/Payment.h"
#include "core/domain/Refund.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

namespace paydesk::exportdata {

using namespace Qt::Literals::StringLiterals;

inline Decimal dec(QStringView text)
{
    const auto value = Decimal::fromString(text);
    Q_ASSERT(value);
    return *value;
}

inline Money money(QStringView amount, const QString& currency)
{
    return Money{dec(amount), currency};
}

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

inline QTimeZone madrid()
{
    return QTimeZone("Europe/Madrid");
}

inline Account account(const QString& id, const QString& name, Gateway gateway)
{
    Account a;
    a.id = id;
    a.name = name;
    a.gateway = gateway;
    a.baseUrl = QUrl(u"https://api.example.test/v1"_s);
    a.liveMode = true;
    a.created = utc(2024, 1, 1, 0, 0, 0);
    return a;
}

inline QList<Payment> samplePayments()
{
    Payment p1;
    p1.accountId = u"acc-eu"_s;
    p1.gateway = Gateway::Cryptomus;
    p1.id = u"c1f0e3a2-0001"_s;
    p1.orderId = u"order-1001"_s;
    p1.description = u"Order #1001, \"blue\" widget"_s;
    p1.amount = money(u"15.00", u"USD"_s);
    p1.payAmount = money(u"0.00023100", u"BTC"_s);
    p1.network = u"bitcoin"_s;
    p1.paid = money(u"0.00023100", u"BTC"_s);
    p1.refunded = money(u"5.00", u"USD"_s);
    p1.status = PaymentStatus::PartiallyRefunded;
    p1.rawStatus = u"refund_paid"_s;
    p1.address = u"bc1qexampleaddress0001"_s;
    p1.paymentUrl = u"https://pay.example.test/c1f0e3a2-0001"_s;
    p1.payerEmail = u"buyer@example.com"_s;
    p1.created = utc(2024, 3, 1, 10, 15, 30);
    p1.updated = utc(2024, 3, 1, 10, 20, 0);
    p1.expires = utc(2024, 3, 1, 11, 15, 30);
    p1.liveMode = true;
    p1.rawJson = "{\"uuid\":\"c1f0e3a2-0001\"}";
    // Valuation columns (ledger format 3). The exporter writes whatever the record holds, whichever gateway gave it;
    // a rate with 20 decimals (what the float64 token 1.540000000000001e-05 expands to) is written without exponent.
    p1.exchangeRate = dec(u"0.00001540000000000001");
    p1.exchangeRateTime = utc(2024, 3, 1, 10, 15, 0);
    p1.paidValue = money(u"15.00", u"USD"_s);
    p1.credited = money(u"0.00022638", u"BTC"_s);

    Payment p2;
    p2.accountId = u"acc-es"_s;
    p2.gateway = Gateway::CryptoCom;
    p2.id = u"pay_2"_s;
    p2.orderId = u"-cmd"_s;
    p2.description = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
    p2.amount = money(u"1234567.89", u"EUR"_s);
    p2.payAmount = money(u"1.000000000000000001", u"CRO"_s);
    p2.network = u"cronos"_s;
    p2.status = PaymentStatus::Pending;
    p2.rawStatus = u"+pending"_s;
    p2.paymentUrl = u"https://pay.example.test/pay_2"_s;
    p2.payerEmail = u"@attacker"_s;
    p2.created = utc(2024, 7, 15, 22, 30, 0); // 2024-07-16 00:30 in Madrid (CEST)
    p2.expires = utc(2024, 7, 15, 23, 30, 0);
    p2.rawJson = "{\"id\":\"pay_2\"}";

    Payment p3;
    p3.accountId = u"acc-cp"_s;
    p3.gateway = Gateway::CryptoProcessing;
    p3.id = u"cp-3"_s;
    p3.orderId = u"ORD;3"_s;
    p3.description = u"Café Zürich — 日本語 ✓\nsecond line\r\nthird"_s;
    p3.amount = money(u"0.10", u"USDT"_s);
    p3.payAmount = money(u"0.10", u"USDT"_s);
    p3.network = u"tron"_s;
    p3.paid = money(u"0.10", u"USDT"_s);
    p3.refunded = money(u"0.00", u"USDT"_s);
    p3.status = PaymentStatus::Paid;
    p3.rawStatus = u"confirmed"_s;
    p3.address = u"TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"_s;
    p3.updated = utc(2024, 1, 10, 9, 0, 0); // no created time, no expiry
    p3.liveMode = true;
    p3.rawJson = "{\"id\":3}";
    p3.fee = money(u"0.0008", u"USDT"_s);
    p3.credited = money(u"0.0992", u"USDT"_s);

    Payment p4;
    p4.accountId = u"acc-eu"_s;
    p4.gateway = Gateway::Cryptomus;
    p4.id = u"c1f0e3a2-0004"_s;
    p4.orderId = u"\tTAB-4"_s;
    p4.description = u"Tab\tinside; semicolon, comma"_s;
    p4.amount = money(u"20.00", u"USD"_s);
    p4.payAmount = money(u"0.00030800", u"BTC"_s);
    p4.network = u"bitcoin"_s;
    p4.paid = money(u"0.00015000", u"BTC"_s);
    p4.status = PaymentStatus::Underpaid;
    p4.rawStatus = u"wrong_amount"_s;
    p4.address = u"bc1qexampleaddress0004"_s;
    p4.paymentUrl = u"https://pay.example.test/c1f0e3a2-0004"_s;
    p4.created = utc(2024, 1, 10, 8, 0, 0);
    p4.updated = utc(2024, 1, 10, 9, 0, 0);
    p4.expires = utc(2024, 1, 10, 9, 0, 0);
    p4.liveMode = true;
    p4.rawJson = "{\"uuid\":\"c1f0e3a2-0004\"}";
    return {p1, p2, p3, p4};
}

inline QList<Refund> sampleRefunds()
{
    Refund r1;
    r1.accountId = u"acc-eu"_s;
    r1.gateway = Gateway::Cryptomus;
    r1.id = u"rf-1"_s;
    r1.paymentId = u"c1f0e3a2-0001"_s;
    r1.amount = money(u"5.00", u"USD"_s);
    r1.reason = u"Customer said \"too late\", sorry"_s;
    r1.address = u"bc1qrefund"_s;
    r1.status = TransferStatus::Succeeded;
    r1.rawStatus = u"paid"_s;
    r1.created = utc(2024, 3, 2, 9, 0, 0);
    r1.updated = utc(2024, 3, 2, 9, 5, 0);
    r1.rawJson = "{}";

    Refund r2;
    r2.accountId = u"acc-es"_s;
    r2.gateway = Gateway::CryptoCom;
    r2.id = u"rf_2"_s;
    r2.paymentId = u"pay_2"_s;
    r2.amount = money(u"100.00", u"EUR"_s);
    r2.reason = u"=1+1\nplease"_s;
    r2.status = TransferStatus::Pending;
    r2.rawStatus = u"-pending"_s;
    r2.created = utc(2024, 10, 27, 1, 30, 0); // 02:30 CET in Madrid, half an hour after the clocks went back
    r2.rawJson = "{}";
    return {r1, r2};
}

inline QList<Balance> sampleBalances(int sync)
{
    Balance usdt;
    usdt.accountId = u"acc-eu"_s;
    usdt.gateway = Gateway::Cryptomus;
    usdt.currency = u"USDT"_s;
    Balance cro;
    cro.accountId = u"acc-es"_s;
    cro.gateway = Gateway::CryptoCom;
    cro.currency = u"CRO"_s;
    if (sync == 1) {
        usdt.total = dec(u"100.50");
        usdt.available = dec(u"90.50");
        usdt.onHold = dec(u"10.00");
        usdt.fiatEquivalent = money(u"100.45", u"USD"_s);
        usdt.asOf = utc(2024, 6, 30, 22, 0, 0); // midnight in Madrid (CEST)
        Balance btc = usdt;
        btc.currency = u"BTC"_s;
        btc.total = dec(u"0.00012345");
        btc.available = dec(u"0.00012345");
        btc.onHold = dec(u"0");
        btc.fiatEquivalent = {};
        cro.total = dec(u"1.000000000000000001");
        cro.available = dec(u"1.000000000000000001");
        cro.onHold = dec(u"0");
        cro.fiatEquivalent = money(u"0.09", u"EUR"_s);
        cro.asOf = usdt.asOf;
        return {usdt, btc, cro};
    }
    usdt.total = dec(u"80.00");
    usdt.available = dec(u"85.00");
    usdt.onHold = dec(u"-5.00"); // a negative number stays a plain number
    usdt.fiatEquivalent = money(u"79.96", u"USD"_s);
    usdt.asOf = utc(2024, 12, 31, 23, 0, 0); // midnight in Madrid (CET)
    cro.total = dec(u"2.5");
    cro.available = dec(u"2.0");
    cro.onHold = dec(u"0.5");
    cro.fiatEquivalent = money(u"0.22", u"EUR"_s);
    cro.asOf = usdt.asOf;
    return {usdt, cro};
}

inline QList<DedicatedAddress> sampleAddresses()
{
    DedicatedAddress a1;
    a1.accountId = u"acc-cp"_s;
    a1.gateway = Gateway::CryptoProcessing;
    a1.id = u"addr-1"_s;
    a1.address = u"TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"_s;
    a1.currency = u"USDT"_s;
    a1.network = u"tron"_s;
    a1.label = u"Customer, \"VIP\""_s;
    a1.customerReference = u"=cmd|' /C calc'!A0"_s;
    a1.status = AddressStatus::Active;
    a1.rawStatus = u"active"_s;
    a1.created = utc(2024, 5, 5, 5, 5, 5);
    a1.updated = a1.created;
    a1.rawJson = "{}";

    DedicatedAddress a2;
    a2.accountId = u"acc-eu"_s;
    a2.gateway = Gateway::Cryptomus;
    a2.id = u"addr-2"_s;
    a2.address = u"rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh"_s;
    a2.tag = u"12345"_s;
    a2.currency = u"XRP"_s;
    a2.network = u"ripple"_s;
    a2.label = u"Señora Müller\nlínea 2"_s;
    a2.customerReference = u"cust-42"_s;
    a2.status = AddressStatus::Released;
    a2.rawStatus = u"blocked"_s;
    a2.created = utc(2024, 2, 29, 23, 59, 59); // 2024-03-01 00:59:59 in Madrid
    a2.rawJson = "{}";
    return {a1, a2};
}

} // namespace paydesk::exportdata
