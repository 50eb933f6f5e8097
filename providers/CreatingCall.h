#pragma once

#include "core/journal/JournalEntry.h"
#include "providers/Provider.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace paydesk {

class CreatingCallPermit;
class Journal;

// One creating call as GatewayOperations drives it: what the journal records (kind, key, summary), how the request
// is sent under a permit, and how the created object is found again by its key after an unknown outcome. Built from a
// draft before sending, or from a journal entry's summary when reconciling later.
template<typename Record>
struct CreatingCall
{
    using Send = std::function<void(
        Provider&, Journal&, const CreatingCallPermit&, QObject* context, Provider::Callback<Record>)>;
    using Find = std::function<void(Provider&, QObject* context, Provider::Callback<std::optional<Record>>)>;
    // The object a refusal of a re-send under the same key proves to exist (Provider::invoiceHeldUnderKey), or
    // std::nullopt. Asked only when the key was sent before (GatewayOperations::send, `resent`).
    using Proven = std::function<std::optional<Record>(const Provider&, const ProviderError& refusal)>;

    JournalKind kind = JournalKind::Invoice;
    QString accountId{};
    QString key{}; // order id / refund key / customer reference / foreign id
    QByteArray summary{}; // compact JSON for the journal, without secrets
    Send send{};
    Find find{};
    Proven proven{}; // empty: no refusal proves anything
};

} // namespace paydesk
