#pragma once

#include "core/Decimal.h"

#include <QLatin1StringView>
#include <QString>

#include <span>

namespace paydesk::sandbox {

// One currency of the simulated CryptoProcessing account: its v2 code ("USDTT"), the payment-request form
// {"iso":"USDT","network_name":"TRC20"}, and the figures of POST /api/v2/currencies/list.
struct CryptoprocessingCurrency
{
    int id = 0; // currencies/list "id"
    QLatin1StringView code; // v2 code: "BTC", "USDTT", "EUR"
    QLatin1StringView iso; // payment-request iso: "BTC", "USDT", "EUR"
    QLatin1StringView network; // payment-request network_name ("" for fiat)
    bool crypto = true;
    int precision = 8;
    QLatin1StringView rateEur; // sandbox exchange rate: EUR per unit
    QLatin1StringView minimum; // minimum_amount (deposits and withdrawals)
    QLatin1StringView depositFeePercent; // fraction: "0.008000" = 0.8 %
    QLatin1StringView withdrawalFeePercent;
    QLatin1StringView miningFee; // flat network fee of a withdrawal, in this currency
    bool usesTag = false; // XRP: destination tag
};

// The fixed currency table of the CryptoProcessing simulator, rates and deterministic deposit addresses.
class CryptoprocessingCatalog final
{
public:
    static std::span<const CryptoprocessingCurrency> currencies();
    static const CryptoprocessingCurrency& at(int index) { return currencies()[static_cast<size_t>(index)]; }
    static int count() { return static_cast<int>(currencies().size()); }
    // Index of a v2 code (case-sensitive, as the gateway), or -1.
    static int indexOf(QStringView code);
    // Index of a payment-request currency object: iso plus optional network_name; -1 when unknown. Without a
    // network the first currency with that iso is taken (USDT → USDTT).
    static int indexOfIso(QStringView iso, QStringView network);
    // amount in `from` → `to` at the sandbox rates, rounded half-up to the precision of `to`.
    static Decimal convert(const Decimal& amount, int from, int to);
    // amount × fraction, rounded half-up to the precision of `currency`.
    static Decimal percentOf(const Decimal& amount, QLatin1StringView fraction, int currency);
    static Decimal decimal(QLatin1StringView text); // a literal of the table
    // A deterministic, realistic-looking deposit address for address number `number` in `currency`.
    static QString address(int currency, qint64 number);
};

} // namespace paydesk::sandbox
