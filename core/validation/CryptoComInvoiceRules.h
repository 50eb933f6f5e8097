#pragma once

#include "core/domain/InvoiceDraft.h"
#include "core/validation/FieldProblem.h"

#include <QList>

namespace paydesk {

// What Crypto.com Pay accepts for POST /payments, checked before anything is sent. Each problem names the
// InvoiceDraft member ("amount", "currency", "lifetime", "returnUrl", "payCurrency", …) and says what is wrong in
// translated plain words (context "InvoiceRules"). An empty list means the draft can be sent.
//
// Rules: amount > 0 and a whole number of the currency's minor units (Crypto.com takes integers in the smallest
// unit, so 10.005 USD cannot be sent); currency known with a minor-unit exponent; lifetime (sent as expired_at),
// when given, at least one minute and at most 30 days (the spec states no bounds: these are Paydesk's);
// returnUrl an absolute http(s) URL; order id and description at most 255 characters (Paydesk's cap, the spec
// states none); no field Crypto.com does not take (payCurrency, network, payerEmail, open amount, allowed
// currencies, discount).
QList<FieldProblem> validateCryptoComInvoice(const InvoiceDraft& draft);

} // namespace paydesk
