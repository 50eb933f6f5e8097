#include "core/validation/CryptomusInvoiceRules.h"

#include "core/Assets.h"
#include "core/validation/InvoiceChecks.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

constexpr qsizetype kMaxOrderIdLength = 128;
constexpr qsizetype kMaxDescriptionLength = 255;

bool isAlphaDash(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
            || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QList<FieldProblem> validateCryptomusInvoice(const InvoiceDraft& draft)
{
    const QString gateway = u"Cryptomus"_s;
    QList<FieldProblem> problems;
    InvoiceChecks::checkAmount(draft.amount, problems);

    if (draft.orderId.isEmpty()) {
        problems.append({u"orderId"_s, QCoreApplication::translate("InvoiceRules", "Cryptomus needs an order id.")});
    } else if (draft.orderId.size() > kMaxOrderIdLength) {
        InvoiceChecks::checkMaxLength(draft.orderId, u"orderId"_s, kMaxOrderIdLength, problems);
    } else if (!isAlphaDash(draft.orderId)) {
        problems.append({u"orderId"_s,
            QCoreApplication::translate(
                "InvoiceRules", "The order id may only hold letters, digits, underscores and dashes.")});
    }

    if (draft.lifetime) {
        const auto seconds = draft.lifetime->count();
        if (seconds < 300 || seconds > 43200) {
            problems.append({u"lifetime"_s,
                QCoreApplication::translate(
                    "InvoiceRules", "Cryptomus invoices last from 5 minutes (300 s) to 12 hours (43200 s).")});
        }
    }
    if (!draft.payCurrency.isEmpty())
        InvoiceChecks::checkCryptoAsset(draft.payCurrency, u"payCurrency"_s, problems);
    if (!draft.network.isEmpty() && draft.payCurrency.isEmpty() && isFiat(draft.amount.currency)) {
        problems.append({u"network"_s,
            QCoreApplication::translate(
                "InvoiceRules", "A network only applies to a crypto amount or a crypto to pay with.")});
    }
    if (draft.discountPercent && (*draft.discountPercent < -99 || *draft.discountPercent > 100)) {
        problems.append({u"discountPercent"_s,
            QCoreApplication::translate("InvoiceRules", "The discount must be between -99 and 100 percent.")});
    }
    InvoiceChecks::checkMaxLength(draft.description, u"description"_s, kMaxDescriptionLength, problems);
    InvoiceChecks::checkUrl(draft.returnUrl, u"returnUrl"_s, problems);
    if (!draft.returnUrl.isEmpty() && (draft.returnUrl.size() < 6 || draft.returnUrl.size() > 255)) {
        problems.append({u"returnUrl"_s,
            QCoreApplication::translate("InvoiceRules", "The return address must be 6 to 255 characters long.")});
    }
    for (const QString& code : draft.allowedCurrencies)
        InvoiceChecks::checkCryptoAsset(code, u"allowedCurrencies"_s, problems);
    if (!draft.payerEmail.isEmpty())
        problems.append(InvoiceChecks::unsupported(u"payerEmail"_s, gateway));
    if (draft.openAmount)
        problems.append(InvoiceChecks::unsupported(u"openAmount"_s, gateway));
    return problems;
}

} // namespace paydesk
