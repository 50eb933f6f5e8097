#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace paydesk::signing {

// Each signs the exact bytes that are sent; nothing re-serialises a body after it was signed.

// Crypto.com Pay and Gateway v10.2: "Basic base64(user:password)". Crypto.com passes the secret key as the user name
// with an empty password; v10.2 passes api key : api secret.
QByteArray basicAuthorization(QByteArrayView user, QByteArrayView password);

// CryptoProcessing: X-Processing-Signature = lowercase hex HMAC-SHA512(api secret, body). A call with no fields
// sends and signs "{}".
QByteArray cryptoProcessingSignature(QByteArrayView apiSecret, QByteArrayView body);

// Cryptomus: sign = md5_hex(base64(body) + key), standard padded base64; an empty body signs the empty string.
QByteArray cryptomusSignature(QByteArrayView key, QByteArrayView body);

} // namespace paydesk::signing
