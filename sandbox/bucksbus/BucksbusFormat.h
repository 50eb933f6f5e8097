#pragma once

#include "core/Decimal.h"
#include "sandbox/bucksbus/BucksbusAsset.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace paydesk::sandbox {
class SandboxRandom;
}

namespace paydesk::sandbox::bucksbus {

// A UUID kept as two 64-bit words (records stay small; text is made when a reply is written).
struct Uuid
{
    std::uint64_t hi = 0;
    std::uint64_t lo = 0;
    friend bool operator==(const Uuid&, const Uuid&) = default;
};

struct UuidHash
{
    size_t operator()(const Uuid& id) const noexcept
    {
        return static_cast<size_t>(id.hi ^ (id.lo * 0x9e3779b97f4a7c15ULL));
    }
};

// Wire formats of Gateway v10.2 and the sandbox's deterministic derived values.
namespace format {

Uuid randomUuid(SandboxRandom& random); // version 4 layout
Uuid derivedUuid(const Uuid& from, std::uint64_t salt); // a stable second id (address_id, payment code…)
QByteArray uuidText(const Uuid& id); // lower-case 8-4-4-4-12
std::optional<Uuid> parseUuid(QStringView text); // exactly 36 characters, any hex case
std::uint64_t mix(std::uint64_t value); // splitmix64 finaliser

// ISO 8601 UTC with a 'Z', seconds precision: "2023-06-02T14:06:25Z".
QByteArray isoTime(qint64 unixSecs);
// A float64 as the gateway prints it: shortest round-trip digits, exponent form below 1e-4 ("3.7088e-05",
// "1e-08"), integers without a fraction ("2400").
QByteArray floatToken(double value);
double toDouble(const Decimal& value);
// Amount strings in replies: the decimal without trailing fractional zeros ("100", "0.00370885").
QString amountText(const Decimal& value);

// A realistic-looking address of the network's kind, derived from a seed (same seed, same address).
QString address(AddressKind kind, std::uint64_t seed);
// A 64-hex transaction hash ("0x…" on Ethereum-style networks), derived from a seed.
QString transactionHash(AddressKind kind, std::uint64_t seed);
// Fills the {address} / {txid} placeholder of an asset's link template.
QString link(QLatin1StringView linkTemplate, QLatin1StringView placeholder, const QString& value);

} // namespace format

} // namespace paydesk::sandbox::bucksbus
