#include "app/cli/CliSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/RecordJson.h"
#include "core/ledger/Ledger.h"
#include "providers/GatewayOperations.h"
#include "providers/Provider.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AddressCommand", text);
}

QString addressText(const DedicatedAddress& address)
{
    QString text = tr("Address %1\n  %2 %3%4\n  status: %5\n")
                       .arg(address.id, address.currency, address.address,
                           address.network.isEmpty() ? QString() : tr(" (%1)").arg(address.network),
                           addressStatusId(address.status));
    if (!address.tag.isEmpty())
        text += tr("  tag:    %1\n").arg(address.tag);
    if (!address.customerReference.isEmpty())
        text += tr("  reference: %1\n").arg(address.customerReference);
    return text;
}

void createAddress(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"address create"_s,
        {{u"asset"_s, tr("Asset to receive (BTC, USDT…)."), u"code"_s},
            {u"network"_s, tr("Network (tron, ethereum…)."), u"network"_s},
            {u"label"_s, tr("A label for you."), u"text"_s},
            {u"reference"_s, tr("Customer reference, the idempotency key (default: generated)."), u"text"_s}});
    if (!line.parse(session, arguments, 1, 1))
        return;
    if (!line.isSet(u"asset"_s))
        return session.finish(session.out().usage(tr("address create: --asset is required")));
    if (!line.keyIsValid(session, u"reference"_s, u"customerReference"_s))
        return;
    const auto account = session.account(line.positional().first());
    if (!account)
        return session.finish(kExitFailure);
    if (session.refuseUnsupported(*account, Capability::DedicatedAddresses))
        return;
    std::shared_ptr<Provider> provider = session.provider(*account);
    if (!provider)
        return session.finish(kExitFailure);
    AddressDraft draft;
    draft.currency = line.value(u"asset"_s).toUpper();
    draft.network = line.value(u"network"_s);
    draft.label = line.value(u"label"_s);
    draft.customerReference = line.value(u"reference"_s);
    session.operations().createAddress(*provider, draft, &session,
        [&session, provider, name = account->name](const Result<DedicatedAddress>& address) {
            if (!address.ok())
                return session.finish(session.out().fail(address.error(), name));
            session.out().result(addressJson(address.value()), addressText(address.value()));
            session.finish(kExitOk);
        });
}

void releaseAddress(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"address release"_s);
    if (!line.parse(session, arguments, 2, 2))
        return;
    const auto account = session.account(line.positional().at(0));
    if (!account)
        return session.finish(kExitFailure);
    if (session.refuseUnsupported(*account, Capability::ReleaseAddress))
        return;
    std::shared_ptr<Provider> provider = session.provider(*account);
    if (!provider)
        return session.finish(kExitFailure);
    provider->releaseAddress(line.positional().at(1), &session,
        [&session, provider, name = account->name](const Result<DedicatedAddress>& address) {
            if (!address.ok())
                return session.finish(session.out().fail(address.error(), name));
            // Some gateways answer a release with the new state only (Cryptomus block-address): keep what the ledger
            // knows of the address and take the state from the answer.
            DedicatedAddress released = address.value();
            const auto known = session.ledger().dedicatedAddresses({released.accountId});
            for (const DedicatedAddress& candidate : known.ok() ? known.value() : QList<DedicatedAddress>()) {
                if (candidate.id == released.id && released.address.isEmpty()) {
                    DedicatedAddress merged = candidate;
                    merged.status = released.status;
                    merged.rawStatus = released.rawStatus;
                    merged.updated = released.updated.isValid() ? released.updated : QDateTime::currentDateTimeUtc();
                    released = merged;
                }
            }
            if (const auto stored = session.ledger().upsertDedicatedAddresses({released}); !stored.ok())
                return session.finish(session.out().fail(stored.error().message, u"ledger"_s));
            session.out().result(addressJson(released), addressText(released));
            session.finish(kExitOk);
        });
}

} // namespace

void runAddressCommand(CliSession& session, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == u"create")
        return createAddress(session, rest);
    if (action == u"release")
        return releaseAddress(session, rest);
    if (action == u"list")
        return runAddressListCommand(session, rest);
    if (action == u"show")
        return runAddressShowCommand(session, rest);
    session.finish(session.out().usage(tr("address: expected create, release, list or show")));
}

} // namespace paydesk::cli
