#pragma once

#include "core/domain/InvoiceDraft.h"
#include "core/validation/FieldProblem.h"

#include <QList>

namespace paydesk {

// Gateway v10.2 (BucksBus) rules for a new invoice, checked before anything is sent. Fields are named after
// InvoiceDraft's members. v10.2 takes: an amount > 0 in a known currency within its decimal places (asset ids such as
// "USDT.TRC20" count as their base asset); the crypto to pay with (payCurrency, a known crypto asset; required when the
// amount is fiat, defaulting to the amount's own asset for crypto); no separate network (it is part of the asset id);
// a lifetime of whole minutes between 1 and 1440 (the gateway's "timeout"); an optional payer e-mail and return URL;
// fixed or open amount. Cryptomus-only fields (currency list, discount) are refused.
QList<FieldProblem> validateBucksBusInvoice(const InvoiceDraft& draft);

} // namespace paydesk
