#include "core/export/ExportColumns.h"

#include "core/domain/PaymentStatus.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

// Column order is part of the documented format (docs/export.md): append only.
const QStringList& paymentColumns()
{
    static const QStringList columns{u"created_utc"_s, u"created_local"_s, u"account"_s, u"account_id"_s, u"gateway"_s,
        u"live_mode"_s, u"id"_s, u"order_id"_s, u"description"_s, u"amount"_s, u"currency"_s, u"pay_amount"_s,
        u"pay_currency"_s, u"network"_s, u"paid"_s, u"paid_currency"_s, u"refunded"_s, u"refunded_currency"_s,
        u"status"_s, u"raw_status"_s, u"address"_s, u"payment_url"_s, u"payer_email"_s, u"updated_utc"_s,
        u"expires_utc"_s,
        // Valuation and fees, as the gateway gives them (appended in ledger format 3).
        u"exchange_rate"_s, u"exchange_rate_utc"_s, u"paid_value"_s, u"paid_value_currency"_s, u"fee"_s,
        u"fee_currency"_s, u"credited"_s, u"credited_currency"_s};
    return columns;
}

const QStringList& refundColumns()
{
    static const QStringList columns{u"created_utc"_s, u"created_local"_s, u"account"_s, u"account_id"_s, u"gateway"_s,
        u"id"_s, u"payment_id"_s, u"amount"_s, u"currency"_s, u"status"_s, u"raw_status"_s, u"reason"_s, u"address"_s,
        u"updated_utc"_s, u"origin"_s};
    return columns;
}

const QStringList& balanceColumns()
{
    static const QStringList columns{u"as_of_utc"_s, u"as_of_local"_s, u"account"_s, u"account_id"_s, u"gateway"_s,
        u"currency"_s, u"total"_s, u"available"_s, u"on_hold"_s, u"fiat_equivalent"_s, u"fiat_currency"_s};
    return columns;
}

const QStringList& addressColumns()
{
    static const QStringList columns{u"created_utc"_s, u"created_local"_s, u"account"_s, u"account_id"_s, u"gateway"_s,
        u"id"_s, u"currency"_s, u"network"_s, u"address"_s, u"tag"_s, u"label"_s, u"customer_reference"_s, u"status"_s,
        u"raw_status"_s, u"updated_utc"_s};
    return columns;
}

void appendTwoDigits(QString& out, int value)
{
    out.append(QChar(u'0' + value / 10));
    out.append(QChar(u'0' + value % 10));
}

qint64 floorDivide(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// "yyyy-MM-ddTHH:mm:ss" of seconds since the epoch, in the proleptic Gregorian calendar. Pure integer arithmetic
// (Howard Hinnant's days-to-civil): a million rows format their times without going through QDate.
void appendEpochSeconds(QString& out, qint64 seconds)
{
    const qint64 days = floorDivide(seconds, 86400);
    const qint64 secondOfDay = seconds - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = floorDivide(z, 146097);
    const qint64 dayOfEra = z - era * 146097; // [0, 146096]
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100); // from 1 March
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153; // 0 = March
    const int day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    if (year >= 0 && year <= 9999) {
        appendTwoDigits(out, static_cast<int>(year / 100));
        appendTwoDigits(out, static_cast<int>(year % 100));
    } else {
        out.append(QString::number(year));
    }
    out.append(u'-');
    appendTwoDigits(out, month);
    out.append(u'-');
    appendTwoDigits(out, day);
    out.append(u'T');
    appendTwoDigits(out, static_cast<int>(secondOfDay / 3600));
    out.append(u':');
    appendTwoDigits(out, static_cast<int>(secondOfDay % 3600 / 60));
    out.append(u':');
    appendTwoDigits(out, static_cast<int>(secondOfDay % 60));
}

ExportValue timeValue(QString text)
{
    return text.isEmpty() ? ExportValue::empty() : ExportValue::ofText(std::move(text));
}

ExportValue textValue(const QString& text)
{
    return ExportValue::ofText(text);
}

void appendMoney(ExportRow& row, const Money& money)
{
    if (money.isValid()) {
        row.append(ExportValue::ofNumber(money.amount));
        row.append(ExportValue::ofText(money.currency));
    } else {
        row.append(ExportValue::empty());
        row.append(ExportValue::empty());
    }
}

} // namespace

ExportColumns::ExportColumns(const QTimeZone& timeZone, const QList<Account>& accounts)
    : m_timeZone(timeZone)
{
    for (const Account& account : accounts)
        m_accountNames.insert(account.id, account.name);
}

QStringList ExportColumns::names(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Payments:
        return paymentColumns();
    case ExportKind::Refunds:
        return refundColumns();
    case ExportKind::Balances:
    case ExportKind::BalanceSnapshots:
        return balanceColumns();
    case ExportKind::Addresses:
        return addressColumns();
    }
    return {};
}

QString ExportColumns::utcText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    QString out;
    out.reserve(20);
    appendEpochSeconds(out, floorDivide(time.toMSecsSinceEpoch(), 1000));
    out.append(u'Z');
    return out;
}

QString ExportColumns::localText(const QDateTime& time) const
{
    return localText(time, m_timeZone);
}

QString ExportColumns::localText(const QDateTime& time, const QTimeZone& timeZone)
{
    if (!time.isValid())
        return {};
    const int offset = timeZone.isValid() ? timeZone.offsetFromUtc(time) : 0; // seconds east of UTC at that instant
    QString out;
    out.reserve(25);
    appendEpochSeconds(out, floorDivide(time.toMSecsSinceEpoch(), 1000) + offset);
    const int magnitude = offset < 0 ? -offset : offset;
    out.append(offset < 0 ? u'-' : u'+');
    appendTwoDigits(out, magnitude / 3600);
    out.append(u':');
    appendTwoDigits(out, magnitude % 3600 / 60);
    return out;
}

void ExportColumns::appendCommon(ExportRow& row, const QDateTime& time, const QString& accountId, Gateway gateway) const
{
    row.append(timeValue(utcText(time)));
    row.append(timeValue(localText(time)));
    row.append(textValue(m_accountNames.value(accountId)));
    row.append(textValue(accountId));
    row.append(textValue(gatewayId(gateway)));
}

void ExportColumns::paymentRow(const Payment& p, ExportRow& row) const
{
    row.resize(0);
    appendCommon(row, p.created, p.accountId, p.gateway);
    row.append(ExportValue::ofBoolean(p.liveMode));
    row.append(textValue(p.id));
    row.append(textValue(p.orderId));
    row.append(textValue(p.description));
    appendMoney(row, p.amount);
    appendMoney(row, p.payAmount);
    row.append(textValue(p.network));
    appendMoney(row, p.paid);
    appendMoney(row, p.refunded);
    row.append(textValue(paymentStatusId(p.status)));
    row.append(textValue(p.rawStatus));
    row.append(textValue(p.address));
    row.append(textValue(p.paymentUrl));
    row.append(textValue(p.payerEmail));
    row.append(timeValue(utcText(p.updated)));
    row.append(timeValue(utcText(p.expires)));
    row.append(p.exchangeRate ? ExportValue::ofNumber(*p.exchangeRate) : ExportValue::empty());
    row.append(timeValue(utcText(p.exchangeRateTime)));
    appendMoney(row, p.paidValue);
    appendMoney(row, p.fee);
    appendMoney(row, p.credited);
    Q_ASSERT(row.size() == paymentColumns().size());
}

void ExportColumns::refundRow(const Refund& r, bool createdHere, ExportRow& row) const
{
    row.resize(0);
    appendCommon(row, r.created, r.accountId, r.gateway);
    row.append(textValue(r.id));
    row.append(textValue(r.paymentId));
    appendMoney(row, r.amount);
    row.append(textValue(transferStatusId(r.status)));
    row.append(textValue(r.rawStatus));
    row.append(textValue(r.reason));
    row.append(textValue(r.address));
    row.append(timeValue(utcText(r.updated)));
    row.append(textValue(createdHere ? u"paydesk"_s : u"gateway"_s));
    Q_ASSERT(row.size() == refundColumns().size());
}

void ExportColumns::balanceRow(const Balance& b, ExportRow& row) const
{
    row.resize(0);
    appendCommon(row, b.asOf, b.accountId, b.gateway);
    row.append(textValue(b.currency));
    row.append(ExportValue::ofNumber(b.total));
    row.append(ExportValue::ofNumber(b.available));
    row.append(ExportValue::ofNumber(b.onHold));
    appendMoney(row, b.fiatEquivalent);
    Q_ASSERT(row.size() == balanceColumns().size());
}

void ExportColumns::addressRow(const DedicatedAddress& a, ExportRow& row) const
{
    row.resize(0);
    appendCommon(row, a.created, a.accountId, a.gateway);
    row.append(textValue(a.id));
    row.append(textValue(a.currency));
    row.append(textValue(a.network));
    row.append(textValue(a.address));
    row.append(textValue(a.tag));
    row.append(textValue(a.label));
    row.append(textValue(a.customerReference));
    row.append(textValue(addressStatusId(a.status)));
    row.append(textValue(a.rawStatus));
    row.append(timeValue(utcText(a.updated)));
    Q_ASSERT(row.size() == addressColumns().size());
}

} // namespace paydesk
