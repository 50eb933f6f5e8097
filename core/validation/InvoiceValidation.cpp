#include "core/validation/InvoiceValidation.h"

#include "core/validation/BucksBusInvoiceRules.h"
#include "core/validation/CryptoComInvoiceRules.h"
#include "core/validation/CryptoProcessingInvoiceRules.h"
#include "core/validation/CryptomusInvoiceRules.h"

namespace paydesk {

QList<FieldProblem> validateInvoice(Gateway gateway, const InvoiceDraft& draft)
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

} // namespace paydesk
