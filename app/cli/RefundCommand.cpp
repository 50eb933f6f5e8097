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
    return QCoreApplication::translate("RefundCommand", text);
}

// What is still refundable, in the currency the gateway refunds in: the invoice currency on Crypto.com (refunds to
// the payer's Crypto.com account), the crypto received elsewhere (refunds to an address).
Money refundable(const Payment& payment)
{
    if (payment.gateway == Gateway::CryptoCom) {
        const Decimal refunded = payment.refunded.isValid() ? payment.refunded.amount : Decimal();
        return {payment.amount.amount.minus(refunded).value_or(Decimal()), payment.amount.currency};
    }
    if (payment.paid.isValid() && !payment.paid.amount.isZero())
        return payment.paid;
    return payment.payAmount.isValid() ? payment.payAmount : payment.amount;
}

void sendRefund(CliSession& session, std::shared_ptr<Provider> provider, RefundDraft draft, const QString& name)
{
    session.operations().createRefund(
        *provider, draft, &session, [&session, provider, name](const Result<Refund>& refund) {
            if (!refund.ok())
                return session.finish(session.out().fail(refund.error(), name));
            const Refund& made = refund.value();
            session.out().result(refundJson(made),
                tr("Refund %1 of %2 for payment %3: %4")
                    .arg(made.id, moneyText(made.amount), made.paymentId, transferStatusId(made.status)));
            session.finish(kExitOk);
        });
}

void createRefund(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"refund create"_s,
        {{u"amount"_s, tr("Amount to refund (default: all that is refundable)."), u"amount"_s},
            {u"reason"_s, tr("Reason (Crypto.com: duplicate, fraudulent, requested_by_customer)."), u"reason"_s},
            {u"address"_s, tr("Destination address (Cryptomus, Gateway v10.2)."), u"address"_s},
            {u"network"_s, tr("Network of the destination address."), u"network"_s},
            {u"fee-from-merchant"_s, tr("Cryptomus: the merchant pays the fee instead of the refund.")},
            {u"key"_s, tr("Idempotency key (default: generated)."), u"key"_s}});
    if (!line.parse(session, arguments, 2, 2))
        return;
    if (!line.keyIsValid(session, u"key"_s, u"idempotencyKey"_s))
        return;
    const auto account = session.account(line.positional().at(0));
    if (!account)
        return session.finish(kExitFailure);
    if (session.refuseUnsupported(*account, Capability::Refund))
        return;
    const bool toAddress = account->gateway == Gateway::Cryptomus || account->gateway == Gateway::BucksBus;
    if (toAddress && !line.isSet(u"address"_s))
        return session.finish(session.out().usage(
            tr("refund create: %1 refunds to an address: give --address").arg(gatewayDisplayName(account->gateway))));
    RefundDraft draft;
    draft.paymentId = line.positional().at(1);
    draft.reason = line.value(u"reason"_s);
    draft.address = line.value(u"address"_s);
    draft.network = line.value(u"network"_s);
    draft.feeFromRefund = !line.isSet(u"fee-from-merchant"_s);
    draft.idempotencyKey = line.value(u"key"_s);
    std::optional<Decimal> amount;
    if (line.isSet(u"amount"_s)) {
        amount = line.decimal(session, u"amount"_s);
        if (!amount)
            return;
        if (amount->signum() <= 0)
            return session.finish(session.out().usage(tr("refund create: --amount must be greater than zero")));
    }
    std::shared_ptr<Provider> provider = session.provider(*account);
    if (!provider)
        return session.finish(kExitFailure);

    // The payment as the gateway shows it now: the refundable amount is checked before anything is journaled.
    const auto withPayment = [&session, provider, prepared = draft, amount, name = account->name](
                                 const Payment& payment) {
        RefundDraft draft = prepared;
        const Money limit = refundable(payment);
        draft.amount = {amount.value_or(limit.amount), limit.currency};
        if (draft.amount.amount.signum() <= 0)
            return session.finish(session.out().fail(
                ProviderError::validation(u"amount"_s, tr("Payment %1 has nothing left to refund.").arg(payment.id)),
                name));
        if (payment.gateway == Gateway::Cryptomus && draft.amount.amount != limit.amount)
            return session.finish(session.out().fail(
                ProviderError::validation(u"amount"_s,
                    tr("Cryptomus refunds the whole payment (%1); leave out --amount.").arg(moneyText(limit))),
                name));
        if (draft.amount.amount > limit.amount)
            return session.finish(session.out().fail(
                ProviderError::validation(u"amount"_s, tr("At most %1 can be refunded.").arg(moneyText(limit))), name));
        if (payment.gateway == Gateway::Cryptomus)
            draft.amount = {}; // Cryptomus takes no amount: the whole payment goes back
        sendRefund(session, provider, draft, name);
    };
    if (!provider->supports(Capability::GetInvoice)) {
        const auto known = session.ledger().payment(account->id, draft.paymentId);
        if (!known.ok())
            return session.finish(session.out().fail(
                tr("Payment %1 is not in the ledger; run 'paydesk-cli sync %2'.").arg(draft.paymentId, account->name),
                u"not_found"_s));
        return withPayment(known.value());
    }
    provider->fetchInvoice(
        draft.paymentId, &session, [&session, withPayment, name = account->name](const Result<Payment>& payment) {
            if (!payment.ok())
                return session.finish(session.out().fail(payment.error(), name));
            withPayment(payment.value());
        });
}

} // namespace

void runRefundCommand(CliSession& session, const QStringList& arguments)
{
    if (arguments.value(0) == u"create")
        return createRefund(session, arguments.mid(1));
    if (arguments.value(0) == u"list")
        return runRefundListCommand(session, arguments.mid(1));
    session.finish(session.out().usage(tr("refund: expected create or list")));
}

} // namespace paydesk::cli
