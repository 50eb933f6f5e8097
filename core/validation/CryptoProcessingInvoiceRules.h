#pragma once

#include "core/domain/InvoiceDraft.h"
#include "core/validation/FieldProblem.h"

#include <QList>

namespace paydesk {

// What CryptoProcessing accepts for POST /api/payments/v1/requests, checked before anything is sent. Problems name
// the InvoiceDraft member and carry translated plain words (context "InvoiceRules"); empty means the draft can be
// sent.
//
// Rules: amount > 0 within the currency's precision; currency known; lifetime required (the gateway needs
// life_time_duration or life_time_date_time) and between 5 minutes and 60 days; orderId (sent as foreign_id, the
// key callbacks and transactions/info find the request by) required, at most 255 characters; payerEmail (sent as
// end_user_email) a plausible address when given; payCurrency, when given, a known crypto asset (the gateway takes
// only cryptocurrencies there) and network only together with payCurrency; returnUrl an absolute http(s) URL; no
// field CryptoProcessing does not take (open amount, allowed currencies, discount).
QList<FieldProblem> validateCryptoProcessingInvoice(const InvoiceDraft& draft);

} // namespace paydesk
