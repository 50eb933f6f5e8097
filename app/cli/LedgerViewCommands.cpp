#include "app/cli/CliSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/RecordJson.h"
#include "core/journal/Journal.h"
#include "core/journal/UnknownOutcome.h"
#include "core/ledger/Ledger.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <functional>

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
    if (!session.openLedgerForReading())
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

// Prints records read from the ledger: as JSON objects with the account's name added, or as a table.
template<typename Record>
void printRecords(CliSession& session, const LedgerResult<QList<Record>>& records, const QHash<QString, QString>& names,
    const std::function<QJsonObject(const Record&)>& toJson, const QStringList& header,
    const std::function<QStringList(const Record&, const QString& accountName)>& toRow)
{
    if (!records.ok())
        return session.finish(session.out().fail(records.error().message, u"ledger"_s));
    QJsonArray json;
    QList<QStringList> rows;
    for (const Record& record : records.value()) {
        QJsonObject object = toJson(record);
        object.insert(u"account"_s, names.value(record.accountId));
        json.append(object);
        rows.append(toRow(record, names.value(record.accountId)));
    }
    session.out().result(json, CliOutput::table(header, rows));
    session.finish(kExitOk);
}

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
    // Invoices whose outcome is unknown (UnknownOutcome) are listed unless --status asks for others only.
    bool withUnknownOutcomes = !line.isSet(u"status"_s);
    for (const QString& status : line.values(u"status"_s)) {
        if (status.toLower() == UnknownOutcome::kRawStatus) {
            withUnknownOutcomes = true;
            continue;
        }
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
    const bool onlyUnknownOutcomes = line.isSet(u"status"_s) && query.statuses.isEmpty();
    LedgerResult<QList<Payment>> payments
        = onlyUnknownOutcomes ? LedgerResult<QList<Payment>>(QList<Payment>()) : session.ledger().payments(query);
    if (payments.ok() && withUnknownOutcomes) {
        const auto unknown = UnknownOutcome::payments(session.ledger(), query.accountIds);
        if (!unknown.ok())
            return session.finish(session.out().fail(unknown.error().message, u"ledger"_s));
        const QString search = query.search.trimmed();
        for (const Payment& payment : unknown.value()) {
            if ((!query.currencies.isEmpty() && !query.currencies.contains(payment.amount.currency))
                || (query.createdFrom.isValid() && payment.created < query.createdFrom)
                || (query.createdTo.isValid() && payment.created > query.createdTo)
                || (!search.isEmpty() && !payment.orderId.contains(search, Qt::CaseInsensitive)
                    && !payment.description.contains(search, Qt::CaseInsensitive)))
                continue;
            payments.value().append(payment);
        }
        std::stable_sort(payments.value().begin(), payments.value().end(),
            [](const Payment& a, const Payment& b) { return a.created > b.created; });
        if (query.limit >= 0 && payments.value().size() > query.limit)
            payments.value().resize(query.limit);
    }
    printRecords<Payment>(session, payments, names, paymentJson,
        {tr("CREATED"), tr("ACCOUNT"), tr("ID"), tr("ORDER ID"), tr("AMOUNT"), tr("STATUS")},
        [](const Payment& payment, const QString& account) {
            return QStringList{timeText(payment.created), account, payment.id, payment.orderId,
                moneyText(payment.amount),
                UnknownOutcome::isStandIn(payment) ? UnknownOutcome::statusText() : paymentStatusId(payment.status)};
        });
}

void runRefundListCommand(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"refund list"_s, {kAccountOption});
    if (!line.parse(session, arguments, 0, 0))
        return;
    QHash<QString, QString> names;
    QStringList ids;
    if (!selectAccounts(session, line, names, ids))
        return session.finish(kExitFailure);
    // The ledger's refunds and the refunds whose outcome is unknown (UnknownOutcome), newest first.
    auto refunds = session.ledger().refunds(ids);
    if (refunds.ok()) {
        const auto unknown = UnknownOutcome::refunds(session.ledger(), ids);
        if (!unknown.ok())
            return session.finish(session.out().fail(unknown.error().message, u"ledger"_s));
        refunds.value().append(unknown.value());
        std::stable_sort(refunds.value().begin(), refunds.value().end(),
            [](const Refund& a, const Refund& b) { return a.created > b.created; });
    }
    // Whether Paydesk sent each refund or it was seen at the gateway (made in the gateway's dashboard).
    const auto createdHere = Journal::createdHere(session.ledger(), JournalKind::Refund);
    if (!createdHere.ok())
        return session.finish(session.out().fail(createdHere.error().message, u"ledger"_s));
    const auto origin = [&createdHere](const Refund& refund) {
        return UnknownOutcome::sentFromPaydesk(refund, createdHere.value()) ? u"paydesk"_s : u"gateway"_s;
    };
    printRecords<Refund>(
        session, refunds, names,
        [&origin](const Refund& refund) {
            QJsonObject object = refundJson(refund);
            object.insert(u"origin"_s, origin(refund));
            return object;
        },
        {tr("CREATED"), tr("ACCOUNT"), tr("ID"), tr("PAYMENT ID"), tr("AMOUNT"), tr("STATUS"), tr("ORIGIN")},
        [&origin](const Refund& refund, const QString& account) {
            return QStringList{timeText(refund.created), account, refund.id, refund.paymentId, moneyText(refund.amount),
                UnknownOutcome::isStandIn(refund) ? UnknownOutcome::statusText() : transferStatusId(refund.status),
                origin(refund)};
        });
}

void runWithdrawalListCommand(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"withdrawal list"_s, {kAccountOption});
    if (!line.parse(session, arguments, 0, 0))
        return;
    QHash<QString, QString> names;
    QStringList ids;
    if (!selectAccounts(session, line, names, ids))
        return session.finish(kExitFailure);
    // Withdrawals whose outcome is unknown are in `journal` (they have no id at the gateway yet).
    printRecords<Withdrawal>(session, session.ledger().withdrawals(ids), names, withdrawalJson,
        {tr("CREATED"), tr("ACCOUNT"), tr("ID"), tr("AMOUNT"), tr("FEE"), tr("STATUS"), tr("ADDRESS")},
        [](const Withdrawal& withdrawal, const QString& account) {
            return QStringList{timeText(withdrawal.created), account, withdrawal.id, moneyText(withdrawal.amount),
                withdrawal.fee.isValid() ? moneyText(withdrawal.fee) : QString(), transferStatusId(withdrawal.status),
                withdrawal.address};
        });
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
    printRecords<Balance>(session, session.ledger().latestBalances(ids), names, balanceJson,
        {tr("ACCOUNT"), tr("CURRENCY"), tr("TOTAL"), tr("AVAILABLE"), tr("ON HOLD"), tr("AS OF")},
        [](const Balance& balance, const QString& account) {
            return QStringList{account, balance.currency, balance.total.toString(), balance.available.toString(),
                balance.onHold.toString(), timeText(balance.asOf)};
        });
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
    const auto activities = session.ledger().addressActivity(ids);
    if (!activities.ok())
        return session.finish(session.out().fail(activities.error().message, u"ledger"_s));
    QHash<QString, AddressActivity> activityOf;
    for (const AddressActivity& activity : activities.value())
        activityOf.insert(Journal::createdHereKey(activity.accountId, activity.addressId), activity);
    const auto activity = [&activityOf](const DedicatedAddress& address) {
        return activityOf.value(Journal::createdHereKey(address.accountId, address.id));
    };
    printRecords<DedicatedAddress>(
        session, session.ledger().dedicatedAddresses(ids), names,
        [&activity](const DedicatedAddress& address) {
            QJsonObject object = addressJson(address);
            insertActivity(object, activity(address));
            return object;
        },
        {tr("ACCOUNT"), tr("ID"), tr("ASSET"), tr("NETWORK"), tr("ADDRESS"), tr("STATUS"), tr("DEPOSITS"),
            tr("RECEIVED"), tr("LAST ACTIVITY"), tr("LABEL")},
        [&activity](const DedicatedAddress& address, const QString& account) {
            const AddressActivity seen = activity(address);
            return QStringList{account, address.id, address.currency, address.network, address.address,
                addressStatusId(address.status), QString::number(seen.deposits), receivedText(seen),
                timeText(seen.lastActivity), address.label};
        });
}

void runAddressShowCommand(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"address show"_s);
    if (!line.parse(session, arguments, 2, 2))
        return;
    if (!session.openLedgerForReading())
        return session.finish(kExitFailure);
    const auto account = session.account(line.positional().at(0));
    if (!account)
        return session.finish(kExitFailure);
    const QString id = line.positional().at(1);
    const auto addresses = session.ledger().dedicatedAddresses({account->id});
    if (!addresses.ok())
        return session.finish(session.out().fail(addresses.error().message, u"ledger"_s));
    const auto found = std::find_if(addresses.value().cbegin(), addresses.value().cend(),
        [&id](const DedicatedAddress& address) { return address.id == id || address.address == id; });
    if (found == addresses.value().cend())
        return session.finish(session.out().fail(
            tr("“%1” has no dedicated address %2 in the ledger (paydesk-cli address list shows them; sync first "
               "if it was made elsewhere).")
                .arg(account->name, id),
            u"not_found"_s));
    const DedicatedAddress& address = *found;
    PaymentQuery query;
    query.accountIds = {account->id};
    query.addressId = address.id;
    const auto deposits = session.ledger().payments(query);
    const auto activities = session.ledger().addressActivity({account->id});
    if (!deposits.ok() || !activities.ok())
        return session.finish(
            session.out().fail((deposits.ok() ? activities.error() : deposits.error()).message, u"ledger"_s));
    AddressActivity activity{account->id, address.id};
    for (const AddressActivity& candidate : activities.value()) {
        if (candidate.addressId == address.id)
            activity = candidate;
    }

    QJsonObject json = addressJson(address);
    json.insert(u"account"_s, account->name);
    insertActivity(json, activity);
    QJsonArray depositsJson;
    QList<QStringList> rows;
    for (const Payment& deposit : deposits.value()) {
        depositsJson.append(paymentJson(deposit));
        // What the balance got, where the gateway says (an open-amount v10.2 receipt has no amount of its own).
        rows.append({timeText(deposit.created), deposit.id, moneyText(deposit.paid), moneyText(deposit.credited),
            paymentStatusId(deposit.status)});
    }
    json.insert(u"deposits"_s, depositsJson);

    QString text = tr("Address %1 (%2)\n  %3 %4%5\n  status: %6\n")
                       .arg(address.id, account->name, address.currency, address.address,
                           address.network.isEmpty() ? QString() : tr(" (%1)").arg(address.network),
                           addressStatusId(address.status));
    if (!address.tag.isEmpty())
        text += tr("  tag: %1\n").arg(address.tag);
    if (!address.label.isEmpty())
        text += tr("  label: %1\n").arg(address.label);
    if (!address.customerReference.isEmpty())
        text += tr("  reference: %1\n").arg(address.customerReference);
    text += tr("  deposits: %1 (%2 confirming)\n").arg(activity.deposits).arg(activity.confirming);
    if (!activity.received.isEmpty())
        text += tr("  received: %1\n").arg(receivedText(activity));
    if (activity.lastActivity.isValid())
        text += tr("  last activity: %1\n").arg(timeText(activity.lastActivity));
    if (!rows.isEmpty())
        text += u"\n"_s + CliOutput::table({tr("SEEN"), tr("ID"), tr("RECEIVED"), tr("CREDITED"), tr("STATUS")}, rows);
    session.out().result(json, text);
    session.finish(kExitOk);
}

} // namespace paydesk::cli
