#pragma once

#include "core/domain/Gateway.h"
#include "core/domain/InvoiceDraft.h"
#include "core/validation/FieldProblem.h"

#include <QList>

namespace paydesk {

// The invoice rules of the draft's gateway (amount, currency, order id, lifetime…), checked before anything is sent.
QList<FieldProblem> validateInvoice(Gateway gateway, const InvoiceDraft& draft);

} // namespace paydesk
