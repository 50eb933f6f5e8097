#include "sandbox/cryptoprocessing/CryptoprocessingCatalog.h"

#include "sandbox/SandboxCrypto.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

// id, code, iso, network, crypto, precision, EUR rate, minimum, deposit fee, withdrawal fee, mining fee, tag
const std::array<CryptoprocessingCurrency, 9> kCurrencies = {{
    {1, "BTC"_L1, "BTC"_L1, "BTC"_L1, true, 8, "60000"_L1, "0.00020000"_L1, "0.008000"_L1, "0.000000"_L1,
        "0.00005000"_L1, false},
    {2, "LTC"_L1, "LTC"_L1, "LTC"_L1, true, 8, "80"_L1, "0.01000000"_L1, "0.008000"_L1, "0.000000"_L1, "0.00100000"_L1,
        false},
    {3, "ETH"_L1, "ETH"_L1, "ERC20"_L1, true, 8, "3000"_L1, "0.00500000"_L1, "0.008000"_L1, "0.000000"_L1,
        "0.00200000"_L1, false},
    {4, "USDTT"_L1, "USDT"_L1, "TRC20"_L1, true, 8, "0.92"_L1, "1.00000000"_L1, "0.008000"_L1, "0.000000"_L1,
        "1.00000000"_L1, false},
    {5, "USDTE"_L1, "USDT"_L1, "ERC20"_L1, true, 8, "0.92"_L1, "10.00000000"_L1, "0.008000"_L1, "0.000000"_L1,
        "5.00000000"_L1, false},
    {6, "TRX"_L1, "TRX"_L1, "TRC20"_L1, true, 8, "0.12"_L1, "10.00000000"_L1, "0.008000"_L1, "0.000000"_L1,
        "1.00000000"_L1, false},
    {7, "XRP"_L1, "XRP"_L1, "XRP"_L1, true, 8, "0.5"_L1, "1.00000000"_L1, "0.008000"_L1, "0.000000"_L1, "0.25000000"_L1,
        true},
    {100, "EUR"_L1, "EUR"_L1, ""_L1, false, 2, "1"_L1, "1.00000000"_L1, "0.000000"_L1, "0.000000"_L1, "0.00000000"_L1,
        false},
    {101, "USD"_L1, "USD"_L1, ""_L1, false, 2, "0.92"_L1, "1.00000000"_L1, "0.000000"_L1, "0.000000"_L1,
        "0.00000000"_L1, false},
}};

constexpr char kBase58[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr char kBech32[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

QString encode(const QByteArray& seed, const char* alphabet, int alphabetSize, int length)
{
    QByteArray bytes = QByteArray::fromHex(crypto::sha256Hex(seed));
    bytes += QByteArray::fromHex(crypto::sha256Hex(bytes));
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[static_cast<unsigned char>(bytes.at(i % bytes.size())) % alphabetSize]));
    return out;
}

} // namespace

std::span<const CryptoprocessingCurrency> CryptoprocessingCatalog::currencies()
{
    return kCurrencies;
}

int CryptoprocessingCatalog::indexOf(QStringView code)
{
    for (int i = 0; i < count(); ++i) {
        if (code == at(i).code)
            return i;
    }
    return -1;
}

int CryptoprocessingCatalog::indexOfIso(QStringView iso, QStringView network)
{
    for (int i = 0; i < count(); ++i) {
        if (iso == at(i).iso && (network.isEmpty() || network == at(i).network))
            return i;
    }
    return -1;
}

Decimal CryptoprocessingCatalog::decimal(QLatin1StringView text)
{
    return Decimal::fromString(QString(text)).value_or(Decimal());
}

Decimal CryptoprocessingCatalog::convert(const Decimal& amount, int from, int to)
{
    const int precision = at(to).precision;
    if (from == to)
        return amount.rescaled(std::max(precision, amount.scale()), Decimal::Rounding::HalfUp).value_or(amount);
    const auto eur = amount.multipliedBy(decimal(at(from).rateEur), 12, Decimal::Rounding::HalfUp);
    if (!eur)
        return Decimal();
    return eur->dividedBy(decimal(at(to).rateEur), precision, Decimal::Rounding::HalfUp).value_or(Decimal());
}

Decimal CryptoprocessingCatalog::percentOf(const Decimal& amount, QLatin1StringView fraction, int currency)
{
    return amount.multipliedBy(decimal(fraction), at(currency).precision, Decimal::Rounding::HalfUp)
        .value_or(Decimal());
}

QString CryptoprocessingCatalog::address(int currency, qint64 number)
{
    const QLatin1StringView code = at(currency).code;
    const QByteArray seed
        = "cryptoprocessing-address-" + QByteArray(code.data(), code.size()) + '-' + QByteArray::number(number);
    if (code == "BTC"_L1)
        return u"bc1q"_s + encode(seed, kBech32, 32, 38);
    if (code == "LTC"_L1)
        return u"ltc1q"_s + encode(seed, kBech32, 32, 38);
    if (code == "ETH"_L1 || code == "USDTE"_L1)
        return u"0x"_s + QString::fromLatin1(crypto::sha256Hex(seed).left(40));
    if (code == "XRP"_L1)
        return u"r"_s + encode(seed, kBase58, 58, 33);
    return u"T"_s + encode(seed, kBase58, 58, 33); // TRX, USDTT
}

} // namespace paydesk::sandbox
