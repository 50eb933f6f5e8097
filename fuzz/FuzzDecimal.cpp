// Decimal::fromString on arbitrary text: whatever parses prints back to text that parses to the same value and scale.
#include "core/Decimal.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = paydesk::Decimal::fromString(text);
    if (!parsed)
        return 0;
    const auto again = paydesk::Decimal::fromString(parsed->toString());
    if (!again || *again != *parsed || again->scale() != parsed->scale())
        std::abort();
    return 0;
}
