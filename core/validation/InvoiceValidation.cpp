#include "core/validation/InvoiceValidation.h"

#include "core/validation/BucksBusInvoiceRules.h"
#include "core/validation/CryptoComInvoiceRules.h"
#include "core/validation/CryptoProcessingInvoiceRules.h"
#include "core/validation/CryptomusInvoiceRules.h"
#include "core/validation/IdempotencyKeyCheck.h"

namespace paydesk {

namespace {

QList<FieldProblem> gatewayRules(Gateway gateway, const InvoiceDraft& draft)
{
    switch (gateway) {
    case Gateway::CryptoCom:
        return validateCryptoComInvoice(draft);
    case Gateway::CryptoProcessing:
        return validateCryptoProcessingInvoice(draft);
    case Gateway::BucksBus:
        return validateBucksBusInvoice(draft);
    case Gateway::Cryptomus:
        return validateCryptomusInvoice(draft);
    }
    return {};
}

} // namespace

QList<FieldProblem> validateInvoice(Gateway gateway, const InvoiceDraft& draft)
{
    QList<FieldProblem> problems = gatewayRules(gateway, draft);
    // The order id is the idempotency key: the same check for every gateway, first, and only once.
    if (const QString problem = idempotencyKeyProblem(draft.orderId); !problem.isEmpty()) {
        problems.removeIf([](const FieldProblem& p) { return p.field == QLatin1String("orderId"); });
        problems.prepend({QStringLiteral("orderId"), problem});
    }
    return problems;
}

} // namespace paydesk
