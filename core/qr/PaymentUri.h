#pragma once

#include "core/Decimal.h"
#include "core/Money.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace paydesk {

// The text a wallet app understands when it scans the QR code of a deposit address: a payment URI where one is
// exact, simple and read by wallets everywhere, otherwise the bare address.
//
//   BTC on bitcoin     BIP-21   bitcoin:ADDR?amount=0.001        amount in BTC, plain decimal, no trailing zeros
//   LTC on litecoin    BIP-21   litecoin:ADDR?amount=1.5         the same form (Litecoin Core, most LTC wallets)
//   DOGE on dogecoin   BIP-21   dogecoin:ADDR?amount=42          the same form (Dogecoin Core, most DOGE wallets)
//   ETH on ethereum    EIP-681  ethereum:ADDR?value=1500000000000000000   value in wei (integer), mainnet
//   anything else      the bare address
//
// Why the bare address for everything else: tokens (USDT/USDC on Tron, Ethereum, BSC, Solana …) have no URI
// form that wallets agree on. EIP-681 token transfers (ethereum:CONTRACT/transfer?address=…&uint256=…) need the
// token contract and its decimals, and many wallets read them wrongly or not at all; Tron, TON, Solana, XRP and the
// EVM side chains have only wallet-specific schemes. A wrong amount in a QR code costs the merchant money, so
// outside the four forms above the payer types the amount shown next to the code. The same goes for ETH on a
// network other than Ethereum mainnet (Arbitrum, BSC …), and for any memo / destination tag: it is never encoded,
// the UI shows it next to the code.
//
// Network names are matched case-insensitively against the spellings the four gateways use ("bitcoin", "BTC",
// "ethereum", "ETH", "ERC20", …); an empty network means the asset's own chain.
//
// Amounts go in as exact Decimals, never double: trailing zeros are dropped, and an amount with more fractional
// digits than the asset has (0.000000001 BTC) is refused rather than rounded, since no wallet can send it exactly.
class PaymentUri final
{
    Q_DECLARE_TR_FUNCTIONS(PaymentUri)

public:
    enum class Kind {
        BareAddress, // just the address: no amount in the code
        Bip21, // bitcoin: / litecoin: / dogecoin:
        Eip681, // ethereum: with value in wei
    };

    enum class Error {
        None,
        EmptyAddress,
        InvalidAddress, // whitespace or control characters, or (for a URI) anything but ASCII letters and digits
        NonPositiveAmount, // zero or negative
        AmountTooPrecise, // more fractional digits than the asset has
    };

    // The wallet text for `address` of `asset` on `network`, with `amount` (in `asset`) when given. Without an
    // amount the result is always the bare address: that is what a static deposit address's QR code shows.
    static std::optional<PaymentUri> build(QStringView address, QStringView asset, QStringView network,
        const std::optional<Decimal>& amount, Error* error = nullptr);
    // The same with the amount's currency as the asset.
    static std::optional<PaymentUri> build(
        QStringView address, const Money& amount, QStringView network, Error* error = nullptr);

    // A translated plain-words message for the user ("" for None).
    static QString errorText(Error error);

    const QString& text() const { return m_text; }
    Kind kind() const { return m_kind; }
    // False for BareAddress: the payer must type the amount.
    bool carriesAmount() const { return m_kind != Kind::BareAddress; }

    friend bool operator==(const PaymentUri&, const PaymentUri&) = default;

private:
    PaymentUri(QString text, Kind kind);

    QString m_text;
    Kind m_kind = Kind::BareAddress;
};

} // namespace paydesk
