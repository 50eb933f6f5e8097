#include "app/cli/CliSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/RecordJson.h"
#include "core/ledger/Ledger.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LedgerViewCommands", text);
}

// Account names by id, and the ids selected by --account (all when unset); false with a message when unknown.
bool selectAccounts(CliSession& session, const CommandLine& line, QHash<QString, QString>& names, QStringList& ids)
{
    if (!session.openLedger())
        return false;
    const auto accounts = session.ledger().accounts();
    if (!accounts.ok()) {
        session.out().fail(accounts.error().message, u"ledger"_s);
        return false;
    }
    for (const Account& account : accounts.value())
        names.insert(account.id, account.name);
    if (line.isSet(u"account"_s)) {
        const auto account = session.account(line.value(u"account"_s));
        if (!account)
            return false;
        ids = {account->id};
    }
    return true;
}

const QCommandLineOption kAccountOption{u"account"_s, QStringLiteral("Only this account."), u"name"_s};

} // namespace

void runPaymentsCommand(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"payments"_s,
        {kAccountOption, {u"status"_s, tr("Only this status (repeatable): pending, paid, expired…"), u"status"_s},
            {u"currency"_s, tr("Only this currency (repeatable)."), u"code"_s},
            {u"from"_s, tr("Created on or after (YYYY-MM-DD or ISO 8601)."), u"date"_s},
            {u"to"_s, tr("Created on or before (YYYY-MM-DD or ISO 8601)."), u"date"_s},
            {u"search"_s, tr("Text in the id, order id, description or address."), u"text"_s},
            {u"limit"_s, tr("At most this many, newest first (default 100)."), u"n"_s}});
    if (!line.parse(session, arguments, 0, 0))
        return;
    PaymentQuery query;
    for (const QString& status : line.values(u"status"_s)) {
        const auto parsed = paymentStatusFromId(status.toLower());
        if (!parsed)
            return session.finish(session.out().usage(tr("payments: unknown status “%1”").arg(status)));
        query.statuses.append(*parsed);
    }
    for (const QString& currency : line.values(u"currency"_s))
        query.currencies.append(currency.toUpper());
    if (line.isSet(u"from"_s)) {
        const auto from = line.time(session, u"from"_s, false);
        if (!from)
            return;
        query.createdFrom = *from;
    }
    if (line.isSet(u"to"_s)) {
        const auto to = line.time(session, u"to"_s, true);
        if (!to)
            return;
        query.createdTo = *to;
    }
    query.search = line.value(u"search"_s);
    query.limit = 100;
    if (line.isSet(u"limit"_s)) {
        const auto limit = line.integer(session, u"limit"_s);
        if (!limit)
            return;
        query.limit = static_cast<int>(std::min<qint64>(*limit, std::numeric_limits<int>::max()));
    }
    QHash<QString, QString> names;
    if (!selectAccounts(session, line, names, query.accountIds))
        return session.finish(kExitFailure);
    const auto payments = session.ledger().payments(query);
    if (!payments.ok())
        return session.finish(session.out().fail(payments.error().message, u"ledger"_s));
    QJsonArray json;
    QList<QStringList> rows;
    for (const Payment& payment : payments.value()) {
        QJsonObject object = paymentJson(payment);
        object.insert(u"account"_s, names.value(payment.accountId));
        json.append(object);
        rows.append({timeText(payment.created), names.value(payment.accountId), payment.id, payment.orderId,
            moneyText(payment.amount), paymentStatusId(payment.status)});
    }
    session.out().result(json,
        CliOutput::table({tr("CREATED"), tr("ACCOUNT"), tr("ID"), tr("ORDER ID"), tr("AMOUNT"), tr("STATUS")}, rows));
    session.finish(kExitOk);
}

void runBalancesCommand(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"balances"_s, {kAccountOption});
    if (!line.parse(session, arguments, 0, 0))
        return;
    QHash<QString, QString> names;
    QStringList ids;
    if (!selectAccounts(session, line, names, ids))
        return session.finish(kExitFailure);
    const auto balances = session.ledger().latestBalances(ids);
    if (!balances.ok())
        return session.finish(session.out().fail(balances.error().message, u"ledger"_s));
    QJsonArray json;
    QList<QStringList> rows;
    for (const Balance& balance : balances.value()) {
        QJsonObject object = balanceJson(balance);
        object.insert(u"account"_s, names.value(balance.accountId));
        json.append(object);
        rows.append({names.value(balance.accountId), balance.currency, balance.total.toString(),
            balance.available.toString(), balance.onHold.toString(), timeText(balance.asOf)});
    }
    session.out().result(json,
        CliOutput::table(
            {tr("ACCOUNT"), tr("CURRENCY"), tr("TOTAL"), tr("AVAILABLE"), tr("ON HOLD"), tr("AS OF")}, rows));
    session.finish(kExitOk);
}

void runAddressListCommand(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"address list"_s, {kAccountOption});
    if (!line.parse(session, arguments, 0, 0))
        return;
    QHash<QString, QString> names;
    QStringList ids;
    if (!selectAccounts(session, line, names, ids))
        return session.finish(kExitFailure);
    const auto addresses = session.ledger().dedicatedAddresses(ids);
    if (!addresses.ok())
        return session.finish(session.out().fail(addresses.error().message, u"ledger"_s));
    QJsonArray json;
    QList<QStringList> rows;
    for (const DedicatedAddress& address : addresses.value()) {
        QJsonObject object = addressJson(address);
        object.insert(u"account"_s, names.value(address.accountId));
        json.append(object);
        rows.append({names.value(address.accountId), address.id, address.currency, address.network, address.address,
            addressStatusId(address.status), address.label});
    }
    session.out().result(json,
        CliOutput::table(
            {tr("ACCOUNT"), tr("ID"), tr("ASSET"), tr("NETWORK"), tr("ADDRESS"), tr("STATUS"), tr("LABEL")}, rows));
    session.finish(kExitOk);
}

} // namespace paydesk::cli
