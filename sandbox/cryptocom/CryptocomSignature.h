#pragma once

#include <QByteArray>
#include <QList>

namespace paydesk::sandbox {

// Crypto.com Pay webhook signatures (specs/cryptocom-pay.txt, "Webhook Signature"), written from the spec for the
// sandbox: Pay-Signature: t=<unix>,v1=<hex>, where hex = lower-case HMAC-SHA256(signature secret, "<t>.<body>").
class CryptocomSignature final
{
public:
    static QByteArray sign(QByteArrayView secret, qint64 timestamp, QByteArrayView body);
    static QByteArray header(QByteArrayView secret, qint64 timestamp, QByteArrayView body); // "t=…,v1=…"

    // Accepts when any v1 matches (constant time) and |now - t| <= toleranceSecs; other schemes are ignored.
    static bool verify(
        QByteArrayView secret, QByteArrayView header, QByteArrayView body, qint64 nowSecs, qint64 toleranceSecs = 300);
};

} // namespace paydesk::sandbox
