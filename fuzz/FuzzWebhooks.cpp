// The four webhook verifiers (providers/webhooks/) on arbitrary headers and bodies. Input: a selector byte (bits 0-1:
// the gateway; bits 2-7: how far the self-signed Crypto.com timestamp is from "now"), a length byte, that many bytes
// of header values ('\n' between the first and the second value: CryptoProcessing's key and signature), then the
// body.
//
// 1. The fuzzed message: verify() gives one of its documented statuses, with words unless Valid, and Valid only
//    when the signature is what the gateway's scheme computes.
// 2. The fuzzed body signed correctly here with the test secrets (as tests/providers/tst_WebhookVerifiers does):
//    Valid (Crypto.com: Expired when the timestamp is outside the 300 s tolerance). The same message with one byte
//    flipped is not Valid, so the target can fail.
#include "providers/common/Digest.h"
#include "providers/common/RequestSigning.h"
#include "providers/cryptomus/PhpJsonEncoder.h"
#include "providers/webhooks/BucksBusWebhookVerifier.h"
#include "providers/webhooks/CryptoComWebhookVerifier.h"
#include "providers/webhooks/CryptoProcessingWebhookVerifier.h"
#include "providers/webhooks/CryptomusWebhookVerifier.h"

#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace paydesk;
using Status = WebhookVerification::Status;

namespace {

const QByteArray kSecret = QByteArrayLiteral("fuzz-webhook-secret");
const QByteArray kApiKey = QByteArrayLiteral("fuzz-api-key");
const QByteArray kPayoutKey = QByteArrayLiteral("fuzz-payout-key");
constexpr qint64 kNow = 1'700'000'000;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkVerdict(const WebhookVerification& verdict)
{
    switch (verdict.status) {
    case Status::Valid:
        return;
    case Status::Unsigned:
    case Status::Invalid:
    case Status::Expired:
    case Status::Malformed:
        require(!verdict.detail.isEmpty());
        return;
    }
    std::abort(); // not a documented status
}

WebhookMessage message(QList<std::pair<QByteArray, QByteArray>> headers, QByteArray body)
{
    WebhookMessage m;
    m.headers = std::move(headers);
    m.body = std::move(body);
    m.receivedAt = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC);
    return m;
}

// One byte of `bytes` with its lowest bit flipped (never a change of letter case, which hex comparisons ignore).
QByteArray flipped(QByteArray bytes, std::size_t where)
{
    if (!bytes.isEmpty()) {
        const qsizetype i = static_cast<qsizetype>(where % static_cast<std::size_t>(bytes.size()));
        bytes[i] = static_cast<char>(bytes[i] ^ 0x01);
    }
    return bytes;
}

void cryptoCom(const QByteArray& header, const QByteArray& body, int offsetStep)
{
    const CryptoComWebhookVerifier verifier(kSecret);
    const WebhookVerification fuzzed = verifier.verify(message({{"Pay-Signature", header}}, body));
    checkVerdict(fuzzed);
    if (fuzzed.isValid()) {
        // The header's timestamp (the last "t=") is within the tolerance and some v1 is the HMAC over it and the body.
        QByteArray t;
        for (const QByteArray& part : header.split(',')) {
            const qsizetype equals = part.indexOf('=');
            if (equals > 0 && part.left(equals).trimmed() == "t")
                t = part.mid(equals + 1).trimmed();
        }
        bool ok = false;
        const qint64 seconds = t.toLongLong(&ok);
        require(ok && seconds >= kNow - 300 && seconds <= kNow + 300);
        require(header.toLower().contains(digest::hmacSha256Hex(kSecret, QByteArray(t + '.' + body))));
    }

    // Signed here: t is kNow moved by up to ±(31 × 20) s, so some inputs fall outside the 300 s tolerance.
    const qint64 offset = static_cast<qint64>(offsetStep - 31) * 20;
    const QByteArray t = QByteArray::number(kNow + offset);
    const QByteArray signedHeader = "t=" + t + ",v1=" + digest::hmacSha256Hex(kSecret, QByteArray(t + '.' + body));
    const WebhookVerification good = verifier.verify(message({{"Pay-Signature", signedHeader}}, body));
    require(good.status == (offset >= -300 && offset <= 300 ? Status::Valid : Status::Expired));
    const WebhookVerification bad = body.isEmpty()
        ? verifier.verify(message({{"Pay-Signature", flipped(signedHeader, signedHeader.size() - 1)}}, body))
        : verifier.verify(message({{"Pay-Signature", signedHeader}}, flipped(body, header.size())));
    checkVerdict(bad);
    require(!bad.isValid());
}

void cryptoProcessing(const QByteArray& headers, const QByteArray& body)
{
    const CryptoProcessingWebhookVerifier verifier(kApiKey, kSecret);
    const qsizetype newline = headers.indexOf('\n');
    const QByteArray key = newline < 0 ? headers : headers.left(newline);
    const QByteArray signature = newline < 0 ? QByteArray() : headers.mid(newline + 1);
    const WebhookVerification fuzzed
        = verifier.verify(message({{"X-Processing-Key", key}, {"X-Processing-Signature", signature}}, body));
    checkVerdict(fuzzed);
    if (fuzzed.isValid())
        require(key.trimmed() == kApiKey && signature.trimmed().toLower() == digest::hmacSha512Hex(kSecret, body));

    const QByteArray good = digest::hmacSha512Hex(kSecret, body);
    require(
        verifier.verify(message({{"X-Processing-Key", kApiKey}, {"X-Processing-Signature", good}}, body)).isValid());
    const WebhookVerification bad = body.isEmpty()
        ? verifier.verify(message({{"X-Processing-Key", kApiKey}, {"X-Processing-Signature", flipped(good, 0)}}, body))
        : verifier.verify(
            message({{"X-Processing-Key", kApiKey}, {"X-Processing-Signature", good}}, flipped(body, headers.size())));
    checkVerdict(bad);
    require(!bad.isValid());
}

void bucksBus(const QByteArray& header, const QByteArray& body)
{
    const BucksBusWebhookVerifier verifier(kSecret);
    const WebhookVerification fuzzed = verifier.verify(message({{"X-Webhook-HMAC-SHA256", header}}, body));
    checkVerdict(fuzzed);
    if (fuzzed.isValid())
        require(header.trimmed().toLower() == digest::hmacSha256Hex(kSecret, body));
    // Without a secret nothing is Valid: the webhook is Unsigned.
    const BucksBusWebhookVerifier noSecret{QByteArray()};
    require(noSecret.verify(message({{"X-Webhook-HMAC-SHA256", header}}, body)).status == Status::Unsigned);

    const QByteArray good = digest::hmacSha256Hex(kSecret, body);
    require(verifier.verify(message({{"X-Webhook-HMAC-SHA256", good}}, body)).isValid());
    const WebhookVerification bad = body.isEmpty()
        ? verifier.verify(message({{"X-Webhook-HMAC-SHA256", flipped(good, 0)}}, body))
        : verifier.verify(message({{"X-Webhook-HMAC-SHA256", good}}, flipped(body, header.size())));
    checkVerdict(bad);
    require(!bad.isValid());
}

// The key Cryptomus signs with: the payout key for "type":"payout", the payment key otherwise.
QByteArray cryptomusKey(const QByteArray& body)
{
    return PhpJsonEncoder::topLevelString(body, "type") == QByteArray("payout") ? kPayoutKey : kApiKey;
}

void cryptomus(const QByteArray& body, std::size_t where)
{
    const CryptomusWebhookVerifier verifier(kApiKey, kPayoutKey);
    const WebhookVerification fuzzed = verifier.verify(message({}, body));
    checkVerdict(fuzzed);
    if (fuzzed.isValid()) {
        const auto unsignedBody = PhpJsonEncoder::reencodeWithout(body, "sign");
        require(unsignedBody.has_value());
        require(PhpJsonEncoder::topLevelString(body, "sign")->toLower()
            == signing::cryptomusSignature(cryptomusKey(body), *unsignedBody));
    }

    // Signed here: the body re-encoded the PHP way without any "sign", then "sign" put first. Re-encoded twice: as in
    // PHP, a float -0.0 prints "-0", which reads back as the integer 0 (so a body with "-0" verifies over "0").
    auto unsignedBody = PhpJsonEncoder::reencodeWithout(body, "sign");
    if (unsignedBody && unsignedBody->startsWith('{'))
        unsignedBody = PhpJsonEncoder::reencodeWithout(*unsignedBody, "sign");
    if (!unsignedBody || !(unsignedBody->startsWith('{') || *unsignedBody == "[]"))
        return; // not an object, or one PHP would encode as a list: there is no object to add "sign" to
    const QByteArray sign = signing::cryptomusSignature(cryptomusKey(*unsignedBody), *unsignedBody);
    const QByteArray signedBody = *unsignedBody == "[]"
        ? QByteArray("{\"sign\":\"" + sign + "\"}")
        : QByteArray("{\"sign\":\"" + sign + "\"," + unsignedBody->mid(1));
    const WebhookVerification good = verifier.verify(message({}, signedBody));
    require(good.isValid());
    const QByteArray tampered = flipped(signedBody, where);
    const WebhookVerification bad = verifier.verify(message({}, tampered));
    checkVerdict(bad);
    // A flip that leaves the same values (a float's 17th digit) may still verify; anything else must not.
    const auto tamperedUnsigned = PhpJsonEncoder::reencodeWithout(tampered, "sign");
    const auto tamperedSign = PhpJsonEncoder::topLevelString(tampered, "sign");
    const bool sameContent = tamperedUnsigned && *tamperedUnsigned == *unsignedBody && tamperedSign
        && tamperedSign->toLower() == sign && cryptomusKey(tampered) == cryptomusKey(*unsignedBody);
    require(bad.isValid() == sameContent);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const std::size_t headerSize = std::min<std::size_t>(data[1], size - 2);
    const QByteArray headers(reinterpret_cast<const char*>(data) + 2, static_cast<qsizetype>(headerSize));
    const QByteArray body(
        reinterpret_cast<const char*>(data) + 2 + headerSize, static_cast<qsizetype>(size - 2 - headerSize));
    switch (data[0] & 0x03) {
    case 0:
        cryptoCom(headers, body, data[0] >> 2);
        break;
    case 1:
        cryptoProcessing(headers, body);
        break;
    case 2:
        bucksBus(headers, body);
        break;
    default:
        cryptomus(body, headerSize + (data[0] >> 2));
        break;
    }
    return 0;
}
