#include "core/validation/CryptoProcessingInvoiceRules.h"

#include "core/Assets.h"
#include "core/validation/InvoiceChecks.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

constexpr qsizetype kMaxTextLength = 255;
constexpr std::chrono::seconds kMinLifetime{5 * 60}; // CryptoProcessing: 5 minutes …
constexpr std::chrono::seconds kMaxLifetime{60LL * 24 * 3600}; // … to 60 days

} // namespace

QList<FieldProblem> validateCryptoProcessingInvoice(const InvoiceDraft& draft)
{
    QList<FieldProblem> problems;
    const auto add = [&problems](const QString& field, const QString& message) {
        problems.append(FieldProblem{field, message});
    };

    const QString currency = draft.amount.currency.trimmed();
    const std::optional<AssetInfo> asset = findAsset(currency);
    if (currency.isEmpty()) {
        add(u"currency"_s, QCoreApplication::translate("InvoiceRules", "Choose a currency."));
    } else if (!asset) {
        add(u"currency"_s, QCoreApplication::translate("InvoiceRules", "The currency %1 is not known.").arg(currency));
    }

    if (draft.amount.amount.signum() <= 0) {
        add(u"amount"_s, QCoreApplication::translate("InvoiceRules", "The amount must be greater than zero."));
    } else if (asset && draft.amount.amount.normalized().scale() > asset->precision) {
        add(u"amount"_s,
            QCoreApplication::translate(
                "InvoiceRules", "%1 amounts can have at most %n decimal place(s).", nullptr, asset->precision)
                .arg(asset->code));
    }

    if (!draft.lifetime) {
        add(u"lifetime"_s,
            QCoreApplication::translate(
                "InvoiceRules", "CryptoProcessing needs to know how long the invoice stays open."));
    } else if (*draft.lifetime < kMinLifetime || *draft.lifetime > kMaxLifetime) {
        add(u"lifetime"_s,
            QCoreApplication::translate("InvoiceRules", "The invoice must stay open between 5 minutes and 60 days."));
    }

    if (draft.orderId.trimmed().isEmpty()) {
        add(u"orderId"_s,
            QCoreApplication::translate(
                "InvoiceRules", "CryptoProcessing needs an order id to find the invoice again."));
    } else {
        InvoiceChecks::checkMaxLength(draft.orderId, u"orderId"_s, kMaxTextLength, problems);
    }
    InvoiceChecks::checkMaxLength(draft.description, u"description"_s, kMaxTextLength, problems);
    InvoiceChecks::checkEmail(draft.payerEmail, problems);

    if (!draft.payCurrency.isEmpty()) {
        InvoiceChecks::checkCryptoAsset(draft.payCurrency, u"payCurrency"_s, problems);
    } else if (!draft.network.isEmpty()) {
        add(u"network"_s,
            QCoreApplication::translate("InvoiceRules", "Choose the crypto currency the network belongs to."));
    }
    InvoiceChecks::checkUrl(draft.returnUrl, u"returnUrl"_s, problems);

    if (draft.openAmount) {
        add(u"openAmount"_s,
            QCoreApplication::translate("InvoiceRules", "CryptoProcessing has no open-amount invoices."));
    }
    if (!draft.allowedCurrencies.isEmpty()) {
        add(u"allowedCurrencies"_s,
            QCoreApplication::translate("InvoiceRules", "CryptoProcessing takes at most one payer currency."));
    }
    if (draft.discountPercent) {
        add(u"discountPercent"_s, QCoreApplication::translate("InvoiceRules", "CryptoProcessing has no discounts."));
    }
    return problems;
}

} // namespace paydesk
