// PaymentUri and the invoice QR payload from arbitrary fields.
//
// PaymentUri::build either refuses with the documented error or gives the bare address, or a BIP-21 / EIP-681 URI
// that is well-formed (QUrl parses it strictly and prints it back unchanged: nothing in it needed escaping), whose
// scheme fits the asset and whose amount (or wei value) reads back exactly as the amount given. invoiceQrText()
// picks the URI, else the payment page, else the address, and QrCode::encode of that text gives a square matrix of a
// valid version (or refuses cleanly: Empty, TooLong, Unavailable without libqrencode).
//
// Input, as UTF-8 split on U+001F: address, asset, network, amount (Decimal::fromString; empty or unparsable: none),
// payment URL, error-correction level (its length % 4).
#include "core/Assets.h"
#include "core/Decimal.h"
#include "core/Money.h"
#include "core/domain/Payment.h"
#include "core/qr/InvoiceQr.h"
#include "core/qr/PaymentUri.h"
#include "core/qr/QrCode.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

using paydesk::Decimal;
using paydesk::Money;
using paydesk::Payment;
using paydesk::PaymentUri;
using paydesk::QrCode;

// An invariant: when it breaks, say where (the line of the call) and abort, so libFuzzer keeps the input.
void check(bool condition, int line = __builtin_LINE())
{
    if (!condition) {
        std::fprintf(stderr, "%s:%d: invariant broken\n", __FILE__, line);
        std::abort();
    }
}

QString field(const QStringList& fields, qsizetype i)
{
    return i < fields.size() ? fields.at(i) : QString();
}

// A built URI: parses strictly, prints back byte for byte, and carries exactly the amount.
void checkUri(const PaymentUri& uri, const QString& address, const QString& asset, const Decimal& amount)
{
    const QUrl url(uri.text(), QUrl::StrictMode);
    check(url.isValid());
    check(url.toString(QUrl::FullyEncoded) == uri.text());
    const QString code = asset.trimmed().toUpper();
    const QUrlQuery query(url);
    if (uri.kind() == PaymentUri::Kind::Bip21) {
        check((code == u"BTC" && url.scheme() == u"bitcoin") || (code == u"LTC" && url.scheme() == u"litecoin")
            || (code == u"DOGE" && url.scheme() == u"dogecoin"));
        check(url.path() == address);
        check(query.queryItems().size() == 1 && query.hasQueryItem(QStringLiteral("amount")));
        const auto back = Decimal::fromString(query.queryItemValue(QStringLiteral("amount")));
        check(back && *back == amount && back->isIdenticalTo(back->normalized()));
    } else {
        check(uri.kind() == PaymentUri::Kind::Eip681);
        check(code == u"ETH" && url.scheme() == u"ethereum");
        check(url.path() == address + u"@1");
        check(query.queryItems().size() == 1 && query.hasQueryItem(QStringLiteral("value")));
        const QString wei = query.queryItemValue(QStringLiteral("value"));
        check(!wei.isEmpty() && std::all_of(wei.begin(), wei.end(), [](QChar c) { return c.isDigit(); }));
        // The amount's digits shifted by 18 places, without leading zeros: built here from the amount's text, since
        // the wei of a large amount has more digits than a Decimal holds.
        const int precision = paydesk::assetPrecision(u"ETH");
        const QString text = amount.normalized().toString();
        const qsizetype point = text.indexOf(u'.');
        const QString fraction = point < 0 ? QString() : text.mid(point + 1);
        check(fraction.size() <= precision);
        QString expected
            = (point < 0 ? text : text.left(point)) + fraction + QString(precision - fraction.size(), u'0');
        while (expected.size() > 1 && expected.startsWith(u'0'))
            expected.remove(0, 1);
        check(wei == expected);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QStringList fields = input.split(QChar(0x1F));
    const QString address = field(fields, 0);
    const QString asset = field(fields, 1);
    const QString network = field(fields, 2);
    const std::optional<Decimal> amount = Decimal::fromString(field(fields, 3));
    const QString paymentUrl = field(fields, 4);
    const auto level = static_cast<QrCode::ErrorCorrection>(field(fields, 5).size() % 4);

    PaymentUri::Error error = PaymentUri::Error::None;
    const auto uri = PaymentUri::build(address, asset, network, amount, &error);
    check(uri.has_value() == (error == PaymentUri::Error::None));
    if (address.isEmpty())
        check(error == PaymentUri::Error::EmptyAddress);
    if (!uri) {
        check(!PaymentUri::errorText(error).isEmpty());
        check(error != PaymentUri::Error::NonPositiveAmount || (amount && amount->signum() <= 0));
    } else {
        check(!amount || amount->signum() > 0);
        if (uri->kind() == PaymentUri::Kind::BareAddress) {
            check(uri->text() == address && !uri->carriesAmount());
        } else {
            check(amount.has_value() && uri->carriesAmount());
            checkUri(*uri, address, asset, *amount);
        }
    }
    if (amount) {
        // The Money form is the same call with the currency as the asset.
        PaymentUri::Error moneyError = PaymentUri::Error::None;
        const auto viaMoney = PaymentUri::build(address, Money{*amount, asset}, network, &moneyError);
        check(viaMoney == uri && moneyError == error);
    }

    Payment payment;
    payment.address = address;
    payment.network = network;
    if (amount)
        payment.payAmount = Money{*amount, asset};
    payment.paymentUrl = paymentUrl;
    const QString qrText = paydesk::invoiceQrText(payment);
    if (uri && uri->carriesAmount() && payment.payAmount.isValid())
        check(qrText == uri->text());
    else if (!paymentUrl.isEmpty())
        check(qrText == paymentUrl);
    else
        check(qrText == address);

    QrCode::Error qrError = QrCode::Error::None;
    const auto code = QrCode::encode(qrText, level, &qrError);
    check(code.has_value() == (qrError == QrCode::Error::None));
    if (!QrCode::isAvailable()) {
        check(!code && qrError == QrCode::Error::Unavailable);
        return 0;
    }
    if (qrText.isEmpty())
        check(qrError == QrCode::Error::Empty);
    if (qrText.toUtf8().size() > QrCode::kMaxInputBytes)
        check(qrError == QrCode::Error::TooLong);
    if (!code) {
        check(qrError == QrCode::Error::Empty || qrError == QrCode::Error::TooLong);
        return 0;
    }
    check(code->size() >= 21 && code->size() <= 177 && (code->size() - 17) % 4 == 0);
    check(code->version() >= 1 && code->version() <= 40 && code->errorCorrection() == level);
    const int dark = code->darkModuleCount();
    check(dark > 0 && dark < code->size() * code->size());
    // The three finder patterns: dark 7×7 outer rings in three corners, so the matrix is a real symbol.
    check(code->isDark(0, 0) && code->isDark(code->size() - 1, 0) && code->isDark(0, code->size() - 1));
    return 0;
}
