#include "app/cli/CliSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/RecordJson.h"
#include "core/Assets.h"
#include "core/ledger/Ledger.h"
#include "core/qr/InvoiceQr.h"
#include "core/qr/QrCode.h"
#include "core/validation/InvoiceValidation.h"
#include "providers/GatewayOperations.h"
#include "providers/Provider.h"

#ifdef PAYDESK_CLI_PNG
#include "models/QrImage.h"
#endif

#include <QCoreApplication>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceCommand", text);
}

QString paymentText(const Payment& payment)
{
    QString text = tr("Invoice %1\n  status:   %2 (%3)\n  amount:   %4\n")
                       .arg(payment.id, paymentStatusId(payment.status), payment.rawStatus, moneyText(payment.amount));
    if (!payment.orderId.isEmpty())
        text += tr("  order id: %1\n").arg(payment.orderId);
    if (payment.payAmount.isValid())
        text += tr("  pay:      %1%2\n")
                    .arg(moneyText(payment.payAmount),
                        payment.network.isEmpty() ? QString() : tr(" on %1").arg(payment.network));
    if (payment.paid.isValid() && !payment.paid.amount.isZero())
        text += tr("  paid:     %1\n").arg(moneyText(payment.paid));
    if (payment.refunded.isValid() && !payment.refunded.amount.isZero())
        text += tr("  refunded: %1\n").arg(moneyText(payment.refunded));
    if (payment.exchangeRate)
        text += tr("  rate:     %1 %2 per %3%4\n")
                    .arg(payment.exchangeRate->toString(), payment.payAmount.currency, payment.amount.currency,
                        payment.exchangeRateTime.isValid() ? tr(" (%1)").arg(timeText(payment.exchangeRateTime))
                                                           : QString());
    if (payment.paidValue.isValid())
        text += tr("  paid value: %1\n").arg(moneyText(payment.paidValue));
    if (payment.fee.isValid())
        text += tr("  fee:      %1\n").arg(moneyText(payment.fee));
    if (payment.credited.isValid())
        text += tr("  credited: %1\n").arg(moneyText(payment.credited));
    if (!payment.address.isEmpty())
        text += tr("  address:  %1\n").arg(payment.address);
    if (!payment.paymentUrl.isEmpty())
        text += tr("  pay at:   %1\n").arg(payment.paymentUrl);
    if (payment.expires.isValid())
        text += tr("  expires:  %1\n").arg(timeText(payment.expires));
    return text;
}

void storeAndPrint(CliSession& session, const Payment& payment)
{
    if (const auto stored = session.ledger().upsertPayments({payment}); !stored.ok())
        return session.finish(session.out().fail(stored.error().message, u"ledger"_s));
    session.out().result(paymentJson(payment), paymentText(payment));
    session.finish(kExitOk);
}

void createInvoice(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"invoice create"_s,
        {{u"amount"_s, tr("Amount, an exact decimal."), u"amount"_s},
            {u"currency"_s, tr("Currency of the amount (USD, EUR, BTC…)."), u"code"_s},
            {u"pay-currency"_s, tr("Crypto the payer must use."), u"code"_s},
            {u"network"_s, tr("Network of the pay currency."), u"network"_s},
            {u"order-id"_s, tr("Order id (default: generated)."), u"id"_s},
            {u"description"_s, tr("Description shown to the payer."), u"text"_s},
            {u"lifetime"_s, tr("Lifetime in seconds."), u"seconds"_s}, {u"email"_s, tr("Payer e-mail."), u"address"_s},
            {u"yes"_s, tr("Create it even when the amount is above the confirmation limit.")}});
    if (!line.parse(session, arguments, 1, 1))
        return;
    if (!line.isSet(u"amount"_s) || !line.isSet(u"currency"_s))
        return session.finish(session.out().usage(tr("invoice create: --amount and --currency are required")));
    const auto amount = line.decimal(session, u"amount"_s);
    if (!amount)
        return;
    if (!line.keyIsValid(session, u"order-id"_s, u"orderId"_s))
        return;
    // A sanity bound against a slipped finger (10^32 USD): above it, only with --yes.
    if (const Decimal limit = session.confirmAmountAbove(); !line.isSet(u"yes"_s) && !limit.isZero() && *amount > limit)
        return session.finish(session.out().fail(ProviderError::validation(u"amount"_s,
            tr("%1 %2 is above the confirmation limit of %3 (setting invoices/confirmAmountAbove): run again "
               "with --yes if this amount is right.")
                .arg(amount->toString(), line.value(u"currency"_s).toUpper(), limit.toString()))));
    InvoiceDraft draft;
    draft.amount = {*amount, line.value(u"currency"_s).toUpper()};
    draft.payCurrency = line.value(u"pay-currency"_s).toUpper();
    draft.network = line.value(u"network"_s);
    draft.orderId = line.value(u"order-id"_s);
    draft.description = line.value(u"description"_s);
    draft.payerEmail = line.value(u"email"_s);
    if (line.isSet(u"lifetime"_s)) {
        const auto seconds = line.integer(session, u"lifetime"_s);
        if (!seconds)
            return;
        draft.lifetime = std::chrono::seconds(*seconds);
    }
    const auto account = session.account(line.positional().first());
    if (!account)
        return session.finish(kExitFailure);
    // CryptoProcessing payment requests need a life time: an hour unless told otherwise.
    if (account->gateway == Gateway::CryptoProcessing && !draft.lifetime)
        draft.lifetime = std::chrono::hours(1);
    // The gateway's rules first: nothing is journaled or sent for a draft that breaks them.
    if (draft.orderId.isEmpty())
        draft.orderId = GatewayOperations::generateKey(JournalKind::Invoice);
    if (const auto problems = validateInvoice(account->gateway, draft); !problems.isEmpty()) {
        const FieldProblem& first = problems.first();
        return session.finish(session.out().fail(ProviderError::validation(first.field, first.message), account->name));
    }
    std::shared_ptr<Provider> provider = session.provider(*account);
    if (!provider)
        return session.finish(kExitFailure);
    session.operations().createInvoice(
        *provider, draft, &session, [&session, provider, name = account->name](const Result<Payment>& created) {
            if (!created.ok())
                return session.finish(session.out().fail(created.error(), name));
            session.out().result(paymentJson(created.value()), paymentText(created.value()));
            session.finish(kExitOk);
        });
}

// invoice show / cancel: one call on one invoice, stored, then printed.
void invoiceCall(CliSession& session, const QStringList& arguments, bool cancel)
{
    CommandLine line(cancel ? u"invoice cancel"_s : u"invoice show"_s);
    if (!line.parse(session, arguments, 2, 2))
        return;
    const auto account = session.account(line.positional().at(0));
    if (!account)
        return session.finish(kExitFailure);
    const Capability needed = cancel ? Capability::CancelInvoice : Capability::GetInvoice;
    if (!hasCapability(account->gateway, needed)) {
        // No API for it: show what the ledger knows instead of failing (show), or say why (cancel).
        if (!cancel) {
            if (const auto known = session.ledger().payment(account->id, line.positional().at(1)); known.ok()) {
                session.out().result(paymentJson(known.value()), paymentText(known.value()));
                return session.finish(kExitOk);
            }
        }
        session.refuseUnsupported(*account, needed);
        return;
    }
    std::shared_ptr<Provider> provider = session.provider(*account);
    if (!provider)
        return session.finish(kExitFailure);
    const auto done = [&session, provider, name = account->name](const Result<Payment>& payment) {
        if (!payment.ok())
            return session.finish(session.out().fail(payment.error(), name));
        storeAndPrint(session, payment.value());
    };
    if (cancel)
        provider->cancelInvoice(line.positional().at(1), &session, done);
    else
        provider->fetchInvoice(line.positional().at(1), &session, done);
}

// Writes the invoice's QR code (invoiceQrText()) as SVG or PNG, by the file's extension.
void writeQr(CliSession& session, const Payment& payment, const QString& path, int pixels)
{
    const QString text = invoiceQrText(payment);
    if (text.isEmpty())
        return session.finish(session.out().fail(
            tr("Invoice %1 has neither a payment page nor a deposit address to put in a QR code.").arg(payment.id),
            u"qr"_s));
    QrCode::Error error = QrCode::Error::None;
    const auto code = QrCode::encode(text, QrCode::ErrorCorrection::Medium, &error);
    if (!code)
        return session.finish(session.out().fail(QrCode::errorText(error), u"qr"_s));
    QString problem;
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(code->toSvg().toUtf8()) < 0 || !file.commit())
            problem = tr("Cannot write %1: %2").arg(path, file.errorString());
    } else {
#ifdef PAYDESK_CLI_PNG
        QrImage::savePng(QrImage::renderToSize(*code, pixels), path, &problem);
#else
        Q_UNUSED(pixels);
        problem = tr("This paydesk-cli was built without PNG support: use a .svg file.");
#endif
    }
    if (!problem.isEmpty())
        return session.finish(session.out().fail(problem, u"io"_s));
    session.out().result(QJsonObject{{u"id"_s, payment.id}, {u"file"_s, path}, {u"text"_s, text}},
        tr("Wrote the QR code of invoice %1 to %2\n  it carries: %3").arg(payment.id, path, text));
    session.finish(kExitOk);
}

void invoiceQr(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"invoice qr"_s,
        {{u"out"_s, tr("Destination: FILE.png or FILE.svg."), u"file"_s},
            {u"size"_s, tr("PNG size in pixels (default 512)."), u"pixels"_s}});
    if (!line.parse(session, arguments, 2, 2))
        return;
    if (!line.isSet(u"out"_s))
        return session.finish(session.out().usage(tr("invoice qr: --out FILE.png|FILE.svg is required")));
    int pixels = 512;
    if (line.isSet(u"size"_s)) {
        const auto size = line.integer(session, u"size"_s);
        if (!size)
            return;
        if (*size < 64 || *size > 8192)
            return session.finish(session.out().usage(tr("invoice qr: --size must be between 64 and 8192 pixels")));
        pixels = static_cast<int>(*size);
    }
    const auto account = session.account(line.positional().at(0));
    if (!account)
        return session.finish(kExitFailure);
    // The ledger's copy first (works offline); else ask the gateway.
    const QString id = line.positional().at(1);
    if (const auto known = session.ledger().payment(account->id, id); known.ok())
        return writeQr(session, known.value(), line.value(u"out"_s), pixels);
    if (session.refuseUnsupported(*account, Capability::GetInvoice))
        return;
    std::shared_ptr<Provider> provider = session.provider(*account);
    if (!provider)
        return session.finish(kExitFailure);
    provider->fetchInvoice(id, &session,
        [&session, provider, name = account->name, out = line.value(u"out"_s), pixels](const Result<Payment>& payment) {
            if (!payment.ok())
                return session.finish(session.out().fail(payment.error(), name));
            writeQr(session, payment.value(), out, pixels);
        });
}

} // namespace

void runInvoiceCommand(CliSession& session, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == u"create")
        return createInvoice(session, rest);
    if (action == u"show")
        return invoiceCall(session, rest, false);
    if (action == u"cancel")
        return invoiceCall(session, rest, true);
    if (action == u"qr")
        return invoiceQr(session, rest);
    session.finish(session.out().usage(tr("invoice: expected create, show, cancel or qr")));
}

} // namespace paydesk::cli
