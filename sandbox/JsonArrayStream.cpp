#include "sandbox/JsonArrayStream.h"

#include <memory>

namespace paydesk::sandbox {

HttpResponse::Producer JsonArrayStream::producer(
    qint64 count, ItemWriter writeItem, QByteArray prefix, QByteArray suffix)
{
    struct State
    {
        qint64 next = -1; // -1: prefix and '[' not written yet
        bool done = false;
    };
    auto state = std::make_shared<State>();
    return [state, count, writeItem = std::move(writeItem), prefix = std::move(prefix),
               suffix = std::move(suffix)]() -> QByteArray {
        if (state->done)
            return {};
        QByteArray piece;
        piece.reserve(kPieceBytes + 4096);
        if (state->next < 0) {
            piece += prefix;
            piece += '[';
            state->next = 0;
        }
        while (state->next < count && piece.size() < kPieceBytes) {
            if (state->next > 0)
                piece += ',';
            JsonWriter writer(&piece);
            writeItem(state->next, writer);
            ++state->next;
        }
        if (state->next >= count) {
            piece += ']';
            piece += suffix;
            state->done = true;
        }
        return piece;
    };
}

} // namespace paydesk::sandbox
