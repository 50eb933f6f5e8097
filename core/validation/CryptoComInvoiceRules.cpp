#include "core/validation/CryptoComInvoiceRules.h"

#include "core/Assets.h"
#include "core/validation/InvoiceChecks.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

constexpr qsizetype kMaxTextLength = 255;
constexpr std::chrono::seconds kMinLifetime{60};
constexpr std::chrono::seconds kMaxLifetime{30LL * 24 * 3600};

} // namespace

QList<FieldProblem> validateCryptoComInvoice(const InvoiceDraft& draft)
{
    QList<FieldProblem> problems;
    const auto add = [&problems](const QString& field, const QString& message) {
        problems.append(FieldProblem{field, message});
    };

    const QString currency = draft.amount.currency.trimmed();
    const std::optional<int> exponent = cryptoComMinorUnitExponent(currency);
    if (currency.isEmpty()) {
        add(u"currency"_s, QCoreApplication::translate("InvoiceRules", "Choose a currency."));
    } else if (!exponent) {
        add(u"currency"_s,
            QCoreApplication::translate("InvoiceRules", "Crypto.com Pay does not take the currency %1.").arg(currency));
    }

    if (draft.amount.amount.signum() <= 0) {
        add(u"amount"_s, QCoreApplication::translate("InvoiceRules", "The amount must be greater than zero."));
    } else if (exponent && draft.amount.amount.normalized().scale() > *exponent) {
        add(u"amount"_s,
            QCoreApplication::translate(
                "InvoiceRules", "%1 amounts can have at most %n decimal place(s).", nullptr, *exponent)
                .arg(currency));
    } else if (exponent && !draft.amount.amount.toMinorUnits(*exponent)) {
        add(u"amount"_s, QCoreApplication::translate("InvoiceRules", "The amount is too large."));
    }

    if (draft.lifetime && (*draft.lifetime < kMinLifetime || *draft.lifetime > kMaxLifetime)) {
        add(u"lifetime"_s,
            QCoreApplication::translate("InvoiceRules", "The invoice must stay open between one minute and 30 days."));
    }
    InvoiceChecks::checkUrl(draft.returnUrl, u"returnUrl"_s, problems);
    InvoiceChecks::checkMaxLength(draft.orderId, u"orderId"_s, kMaxTextLength, problems);
    InvoiceChecks::checkMaxLength(draft.description, u"description"_s, kMaxTextLength, problems);

    // Fields Crypto.com Pay has no parameter for: refuse rather than drop them silently.
    if (!draft.payCurrency.isEmpty()) {
        add(u"payCurrency"_s,
            QCoreApplication::translate("InvoiceRules", "Crypto.com Pay lets the payer choose the crypto currency."));
    }
    if (!draft.network.isEmpty()) {
        add(u"network"_s,
            QCoreApplication::translate("InvoiceRules", "Crypto.com Pay does not take a blockchain network."));
    }
    if (!draft.payerEmail.isEmpty()) {
        add(u"payerEmail"_s,
            QCoreApplication::translate("InvoiceRules", "Crypto.com Pay does not take the payer's e-mail address."));
    }
    if (draft.openAmount) {
        add(u"openAmount"_s,
            QCoreApplication::translate("InvoiceRules", "Crypto.com Pay has no open-amount invoices."));
    }
    if (!draft.allowedCurrencies.isEmpty()) {
        add(u"allowedCurrencies"_s,
            QCoreApplication::translate("InvoiceRules", "Crypto.com Pay does not restrict the payer's currencies."));
    }
    if (draft.discountPercent) {
        add(u"discountPercent"_s, QCoreApplication::translate("InvoiceRules", "Crypto.com Pay has no discounts."));
    }
    return problems;
}

} // namespace paydesk
