#include "core/qr/PaymentUri.h"

#include "core/Assets.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

// One asset whose native chain has a payment URI that wallets read everywhere.
struct UriScheme
{
    QStringView asset; // upper case
    QStringView scheme;
    PaymentUri::Kind kind;
    std::array<QStringView, 3> networks; // lower-case spellings of the native chain ("" is always accepted)
};

const std::array<UriScheme, 4> kSchemes{{
    {u"BTC", u"bitcoin", PaymentUri::Kind::Bip21, {u"bitcoin", u"btc"}},
    {u"LTC", u"litecoin", PaymentUri::Kind::Bip21, {u"litecoin", u"ltc"}},
    {u"DOGE", u"dogecoin", PaymentUri::Kind::Bip21, {u"dogecoin", u"doge"}},
    // ERC20 is how some gateways name the Ethereum network itself, for ETH too.
    {u"ETH", u"ethereum", PaymentUri::Kind::Eip681, {u"ethereum", u"eth", u"erc20"}},
}};

const UriScheme* findScheme(QStringView asset, QStringView network)
{
    const QString assetKey = asset.trimmed().toString().toUpper();
    const QString networkKey = network.trimmed().toString().toLower();
    for (const UriScheme& scheme : kSchemes) {
        if (scheme.asset != assetKey) {
            continue;
        }
        if (networkKey.isEmpty()
            || std::find(scheme.networks.begin(), scheme.networks.end(), networkKey) != scheme.networks.end()) {
            return &scheme;
        }
        return nullptr;
    }
    return nullptr;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Any address a gateway gives: no spaces, line breaks or other invisible characters that a scan would carry along.
bool isPrintableAddress(QStringView address)
{
    return std::none_of(address.begin(), address.end(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

// Base58 and bech32 addresses are ASCII letters and digits; anything else would need escaping in a URI and is not
// an address of these chains.
bool isUriAddress(const UriScheme& scheme, QStringView address)
{
    if (!std::all_of(address.begin(), address.end(), isAsciiAlnum)) {
        return false;
    }
    if (scheme.kind == PaymentUri::Kind::Eip681) {
        // 0x and 40 hex digits (ENS names are not resolved here).
        return address.size() == 42 && address.startsWith(u"0x")
            && std::all_of(address.begin() + 2, address.end(), isAsciiHexDigit);
    }
    return true;
}

void setError(PaymentUri::Error* error, PaymentUri::Error value)
{
    if (error) {
        *error = value;
    }
}

} // namespace

PaymentUri::PaymentUri(QString text, Kind kind)
    : m_text(std::move(text))
    , m_kind(kind)
{
}

std::optional<PaymentUri> PaymentUri::build(
    QStringView address, QStringView asset, QStringView network, const std::optional<Decimal>& amount, Error* error)
{
    setError(error, Error::None);
    if (address.isEmpty()) {
        setError(error, Error::EmptyAddress);
        return std::nullopt;
    }
    if (!isPrintableAddress(address)) {
        setError(error, Error::InvalidAddress);
        return std::nullopt;
    }
    if (amount && amount->signum() <= 0) {
        setError(error, Error::NonPositiveAmount);
        return std::nullopt;
    }

    const UriScheme* scheme = findScheme(asset, network);
    if (!amount || !scheme) {
        return PaymentUri(address.toString(), Kind::BareAddress);
    }
    if (!isUriAddress(*scheme, address)) {
        setError(error, Error::InvalidAddress);
        return std::nullopt;
    }
    const int precision = assetPrecision(scheme->asset);
    const Decimal value = amount->normalized();
    if (value.scale() > precision) {
        setError(error, Error::AmountTooPrecise);
        return std::nullopt;
    }

    QString text = scheme->scheme + u':' + address;
    if (scheme->kind == Kind::Eip681) {
        // Wei as a plain integer: exact, and the form every EIP-681 reader accepts (no exponent).
        const std::optional<QString> wei = value.toMinorUnits(precision);
        if (!wei) {
            setError(error, Error::AmountTooPrecise); // unreachable: the scale was checked above
            return std::nullopt;
        }
        // "@1": chain id of Ethereum mainnet. Without it a wallet keeps whatever network it is on (EIP-681), so a
        // wallet left on a side chain would pay there.
        text += u"@1?value="_s + *wei;
    } else {
        text += u"?amount="_s + value.toString();
    }
    return PaymentUri(std::move(text), scheme->kind);
}

std::optional<PaymentUri> PaymentUri::build(QStringView address, const Money& amount, QStringView network, Error* error)
{
    return build(address, amount.currency, network, amount.amount, error);
}

QString PaymentUri::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::EmptyAddress:
        return tr("There is no address to show.");
    case Error::InvalidAddress:
        return tr("The address contains characters an address of this network cannot have.");
    case Error::NonPositiveAmount:
        return tr("The amount to pay must be greater than zero.");
    case Error::AmountTooPrecise:
        return tr("The amount has more decimal places than the asset allows, so no wallet could send it exactly.");
    }
    return {};
}

} // namespace paydesk
