#pragma once

#include "core/domain/InvoiceDraft.h"
#include "core/validation/FieldProblem.h"

#include <QList>

namespace paydesk {

// Cryptomus rules for a new invoice (v1/payment), checked before anything is sent. Fields are named after
// InvoiceDraft's members. Cryptomus takes: an amount > 0 in a known currency within its decimal places; an order id
// of 1–128 characters, letters, digits, '_' and '-' only (alpha_dash; ASCII here, to be safe), which is also the
// idempotency key; a lifetime of 300–43200 s; to_currency (payCurrency) a known crypto asset, never fiat; a network
// only with a crypto currency or payCurrency; discount_percent −99…100; additional_data (description) up to 255
// characters; url_return (returnUrl) 6–255 characters; allowed currencies known crypto assets. It has no payer e-mail
// and no open amount.
QList<FieldProblem> validateCryptomusInvoice(const InvoiceDraft& draft);

} // namespace paydesk
