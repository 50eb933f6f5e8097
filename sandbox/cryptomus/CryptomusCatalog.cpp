#include "sandbox/cryptomus/CryptomusCatalog.h"

#include "sandbox/SandboxRandom.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

enum class AddressStyle { Tron, Evm, Bech32Btc, Bech32Ltc, Doge, Ton, Solana };

struct NetworkRow
{
    const char* code;
    AddressStyle style;
};

// Cryptomus network codes are lower case ("tron", "bsc").
constexpr std::array<NetworkRow, 10> kNetworks{{
    {"btc", AddressStyle::Bech32Btc},
    {"eth", AddressStyle::Evm},
    {"tron", AddressStyle::Tron},
    {"bsc", AddressStyle::Evm},
    {"polygon", AddressStyle::Evm},
    {"ltc", AddressStyle::Bech32Ltc},
    {"doge", AddressStyle::Doge},
    {"ton", AddressStyle::Ton},
    {"sol", AddressStyle::Solana},
    {"arbitrum", AddressStyle::Evm},
}};

struct CurrencyRow
{
    const char* code;
    bool fiat;
    int scale;
    const char* usdRate;
    const char* min;
    const char* max;
    std::array<int, 6> networks; // -1 terminated
};

constexpr std::array<CurrencyRow, 14> kCurrencies{{
    {"USD", true, 2, "1", "0.5", "10000000", {-1, -1, -1, -1, -1, -1}},
    {"EUR", true, 2, "1.08", "0.5", "10000000", {-1, -1, -1, -1, -1, -1}},
    {"GBP", true, 2, "1.27", "0.5", "10000000", {-1, -1, -1, -1, -1, -1}},
    {"RUB", true, 2, "0.011", "50", "1000000000", {-1, -1, -1, -1, -1, -1}},
    {"USDT", false, 2, "1", "0.5", "10000000", {2, 1, 3, 4, 7, -1}},
    {"USDC", false, 2, "1", "0.5", "10000000", {1, 3, 4, 9, -1, -1}},
    {"BTC", false, 8, "65000", "0.00001", "100", {0, -1, -1, -1, -1, -1}},
    {"ETH", false, 8, "3200", "0.0002", "2000", {1, 3, 9, -1, -1, -1}},
    {"LTC", false, 8, "80", "0.01", "50000", {5, -1, -1, -1, -1, -1}},
    {"TRX", false, 6, "0.12", "5", "50000000", {2, -1, -1, -1, -1, -1}},
    {"TON", false, 8, "6", "0.1", "1000000", {7, -1, -1, -1, -1, -1}},
    {"DOGE", false, 8, "0.15", "5", "50000000", {6, -1, -1, -1, -1, -1}},
    {"BNB", false, 8, "580", "0.001", "10000", {3, -1, -1, -1, -1, -1}},
    {"SOL", false, 8, "150", "0.005", "50000", {8, -1, -1, -1, -1, -1}},
}};

struct Parsed
{
    std::array<Decimal, kCurrencies.size()> rate;
    std::array<Decimal, kCurrencies.size()> min;
    std::array<Decimal, kCurrencies.size()> max;
    Decimal fee;
};

const Parsed& parsed()
{
    static const Parsed table = [] {
        Parsed p;
        for (size_t i = 0; i < kCurrencies.size(); ++i) {
            p.rate[i] = *Decimal::fromString(QString::fromLatin1(kCurrencies[i].usdRate));
            p.min[i] = *Decimal::fromString(QString::fromLatin1(kCurrencies[i].min));
            p.max[i] = *Decimal::fromString(QString::fromLatin1(kCurrencies[i].max));
        }
        p.fee = *Decimal::fromString(u"2.00");
        return p;
    }();
    return table;
}

const CurrencyRow& row(int currency)
{
    return kCurrencies[static_cast<size_t>(currency)];
}

QString fromAlphabet(SandboxRandom& random, QLatin1StringView alphabet, int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(
            QChar(alphabet[static_cast<qsizetype>(random.bounded(static_cast<std::uint64_t>(alphabet.size())))]));
    return out;
}

constexpr auto kBase58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"_L1;
constexpr auto kBech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"_L1;
constexpr auto kBase64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"_L1;

} // namespace

int CryptomusCatalog::currencyCount()
{
    return static_cast<int>(kCurrencies.size());
}

QLatin1StringView CryptomusCatalog::currencyCode(int currency)
{
    return QLatin1StringView(row(currency).code);
}

bool CryptomusCatalog::isFiat(int currency)
{
    return row(currency).fiat;
}

int CryptomusCatalog::scale(int currency)
{
    return row(currency).scale;
}

const Decimal& CryptomusCatalog::usdRate(int currency)
{
    return parsed().rate[static_cast<size_t>(currency)];
}

const Decimal& CryptomusCatalog::minAmount(int currency)
{
    return parsed().min[static_cast<size_t>(currency)];
}

const Decimal& CryptomusCatalog::maxAmount(int currency)
{
    return parsed().max[static_cast<size_t>(currency)];
}

int CryptomusCatalog::findCurrency(QStringView code)
{
    for (int i = 0; i < currencyCount(); ++i) {
        if (code.compare(currencyCode(i), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int CryptomusCatalog::networkCount()
{
    return static_cast<int>(kNetworks.size());
}

QLatin1StringView CryptomusCatalog::networkCode(int network)
{
    return QLatin1StringView(kNetworks[static_cast<size_t>(network)].code);
}

int CryptomusCatalog::findNetwork(QStringView code)
{
    for (int i = 0; i < networkCount(); ++i) {
        if (code.compare(networkCode(i), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool CryptomusCatalog::supports(int currency, int network)
{
    for (const int n : row(currency).networks) {
        if (n == network)
            return true;
    }
    return false;
}

int CryptomusCatalog::networksOf(int currency, int* out)
{
    int count = 0;
    for (const int n : row(currency).networks) {
        if (n >= 0)
            out[count++] = n;
    }
    return count;
}

int CryptomusCatalog::defaultNetwork(int currency)
{
    const int first = row(currency).networks[0];
    return first < 0 ? kNone : first;
}

std::optional<Decimal> CryptomusCatalog::convert(const Decimal& amount, int from, int to)
{
    if (from == to)
        return amount.rescaled(std::max(scale(to), amount.scale()), Decimal::Rounding::HalfUp);
    const auto usd = amount.multipliedBy(usdRate(from), 12, Decimal::Rounding::HalfUp);
    if (!usd)
        return std::nullopt;
    return usd->dividedBy(usdRate(to), scale(to), Decimal::Rounding::HalfUp);
}

QString CryptomusCatalog::format(const Decimal& amount, int currency)
{
    const int digits = currency >= 0 && currency < currencyCount() ? scale(currency) : 8;
    const auto scaled = amount.rescaled(std::max(digits, 0), Decimal::Rounding::HalfUp);
    return scaled ? scaled->toString() : amount.toString();
}

const Decimal& CryptomusCatalog::feePercent()
{
    return parsed().fee;
}

QString CryptomusCatalog::address(int network, std::uint64_t seed)
{
    SandboxRandom random(seed);
    if (network < 0 || network >= networkCount())
        return {};
    switch (kNetworks[static_cast<size_t>(network)].style) {
    case AddressStyle::Tron:
        return u"T"_s + fromAlphabet(random, kBase58, 33);
    case AddressStyle::Evm:
        return u"0x"_s + QString::fromLatin1(random.hex(20));
    case AddressStyle::Bech32Btc:
        return u"bc1q"_s + fromAlphabet(random, kBech32, 38);
    case AddressStyle::Bech32Ltc:
        return u"ltc1q"_s + fromAlphabet(random, kBech32, 38);
    case AddressStyle::Doge:
        return u"D"_s + fromAlphabet(random, kBase58, 33);
    case AddressStyle::Ton:
        return u"UQ"_s + fromAlphabet(random, kBase64Url, 46);
    case AddressStyle::Solana:
        return fromAlphabet(random, kBase58, 44);
    }
    return {};
}

QString CryptomusCatalog::txid(int network, std::uint64_t seed)
{
    SandboxRandom random(seed);
    const QString hex = QString::fromLatin1(random.hex(32));
    if (network >= 0 && network < networkCount() && kNetworks[static_cast<size_t>(network)].style == AddressStyle::Evm)
        return u"0x"_s + hex;
    return hex;
}

} // namespace paydesk::sandbox
