#pragma once

#include "sandbox/HttpResponse.h"
#include "sandbox/JsonWriter.h"

#include <functional>

namespace paydesk::sandbox {

// Builds a streamed JSON array reply: `prefix` (e.g. "{\"data\":"), then "[item,item,…]", then `suffix`, produced
// in pieces of about kPieceBytes as the socket drains. writeItem(i, writer) writes item i (0 ≤ i < count) as one
// JSON value. The items must stay valid while the reply streams: capture indexes or shared data, not references
// to records that a later request could move.
class JsonArrayStream final
{
public:
    static constexpr qsizetype kPieceBytes = 64 * 1024;
    using ItemWriter = std::function<void(qint64 index, JsonWriter& writer)>;

    static HttpResponse::Producer producer(
        qint64 count, ItemWriter writeItem, QByteArray prefix = {}, QByteArray suffix = {});
};

} // namespace paydesk::sandbox
