#pragma once

#include <QString>

namespace paydesk {

// The one check every idempotency key passes before anything is journaled or sent: an invoice's order id, a refund
// key, a dedicated address's customer reference, a withdrawal's foreign id (docs/cli.md "Keys"). A key travels in
// request bodies and in lookup URLs and is printed back to the merchant, so it may not hold whitespace, control or
// invisible formatting characters, a path separator (/ or \), a "..", or the URL's own ? # %. Returns the problem
// in plain words (translated, context "InvoiceRules"), or an empty string when the key is fine. An empty key is
// fine here (a generated one is used); the gateways' own rules (length, character set) are checked on top.
QString idempotencyKeyProblem(const QString& key);

} // namespace paydesk
