#include "core/validation/BucksBusInvoiceRules.h"

#include "core/Assets.h"
#include "core/validation/InvoiceChecks.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

QList<FieldProblem> validateBucksBusInvoice(const InvoiceDraft& draft)
{
    const QString gateway = u"Gateway v10.2"_s;
    QList<FieldProblem> problems;
    InvoiceChecks::checkAmount(draft.amount, problems);

    if (!draft.payCurrency.isEmpty()) {
        InvoiceChecks::checkCryptoAsset(draft.payCurrency, u"payCurrency"_s, problems);
    } else if (!draft.amount.currency.isEmpty() && isFiat(InvoiceChecks::baseAssetCode(draft.amount.currency))) {
        problems.append({u"payCurrency"_s,
            QCoreApplication::translate("InvoiceRules", "Choose the crypto asset the payer pays %1 with.")
                .arg(draft.amount.currency)});
    }
    if (!draft.network.isEmpty()) {
        problems.append({u"network"_s,
            QCoreApplication::translate(
                "InvoiceRules", "Gateway v10.2 takes the network as part of the asset id (for example USDT.TRC20).")});
    }
    if (draft.lifetime) {
        const auto seconds = draft.lifetime->count();
        if (seconds < 60 || seconds > 1440 * 60 || seconds % 60 != 0) {
            problems.append({u"lifetime"_s,
                QCoreApplication::translate(
                    "InvoiceRules", "Gateway v10.2 invoices last whole minutes, from 1 minute to 24 hours.")});
        }
    }
    InvoiceChecks::checkEmail(draft.payerEmail, problems);
    InvoiceChecks::checkUrl(draft.returnUrl, u"returnUrl"_s, problems);
    if (!draft.allowedCurrencies.isEmpty())
        problems.append(InvoiceChecks::unsupported(u"allowedCurrencies"_s, gateway));
    if (draft.discountPercent)
        problems.append(InvoiceChecks::unsupported(u"discountPercent"_s, gateway));
    return problems;
}

} // namespace paydesk
