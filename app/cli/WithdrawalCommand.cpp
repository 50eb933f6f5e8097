#include "app/cli/CliSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/RecordJson.h"
#include "providers/GatewayOperations.h"
#include "providers/Provider.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WithdrawalCommand", text);
}

void createWithdrawal(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"withdrawal create"_s,
        {{u"amount"_s, tr("Amount, an exact decimal."), u"amount"_s},
            {u"currency"_s, tr("Asset to send (BTC, USDT…)."), u"code"_s},
            {u"address"_s, tr("Destination address."), u"address"_s},
            {u"network"_s, tr("Network of the destination."), u"network"_s},
            {u"tag"_s, tr("Memo / destination tag."), u"tag"_s},
            {u"foreign-id"_s, tr("Idempotency key (default: generated)."), u"id"_s}});
    if (!line.parse(session, arguments, 1, 1))
        return;
    if (!line.isSet(u"amount"_s) || !line.isSet(u"currency"_s) || !line.isSet(u"address"_s))
        return session.finish(
            session.out().usage(tr("withdrawal create: --amount, --currency and --address are required")));
    const auto amount = line.decimal(session, u"amount"_s);
    if (!amount)
        return;
    if (amount->signum() <= 0)
        return session.finish(session.out().usage(tr("withdrawal create: --amount must be greater than zero")));
    if (!line.keyIsValid(session, u"foreign-id"_s, u"foreignId"_s))
        return;
    const auto account = session.account(line.positional().first());
    if (!account)
        return session.finish(kExitFailure);
    if (session.refuseUnsupported(*account, Capability::Withdrawals))
        return;
    std::shared_ptr<Provider> provider = session.provider(*account);
    if (!provider)
        return session.finish(kExitFailure);
    WithdrawalDraft draft;
    draft.amount = {*amount, line.value(u"currency"_s).toUpper()};
    draft.address = line.value(u"address"_s);
    draft.network = line.value(u"network"_s);
    draft.tag = line.value(u"tag"_s);
    draft.foreignId = line.value(u"foreign-id"_s);
    session.operations().createWithdrawal(
        *provider, draft, &session, [&session, provider, name = account->name](const Result<Withdrawal>& withdrawal) {
            if (!withdrawal.ok())
                return session.finish(session.out().fail(withdrawal.error(), name));
            const Withdrawal& sent = withdrawal.value();
            session.out().result(withdrawalJson(sent),
                tr("Withdrawal %1 of %2 to %3: %4")
                    .arg(sent.id, moneyText(sent.amount), sent.address, transferStatusId(sent.status)));
            session.finish(kExitOk);
        });
}

} // namespace

void runWithdrawalCommand(CliSession& session, const QStringList& arguments)
{
    if (arguments.value(0) == u"create")
        return createWithdrawal(session, arguments.mid(1));
    if (arguments.value(0) == u"list")
        return runWithdrawalListCommand(session, arguments.mid(1));
    session.finish(session.out().usage(tr("withdrawal: expected create or list")));
}

} // namespace paydesk::cli
