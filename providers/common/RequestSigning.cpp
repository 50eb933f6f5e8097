#include "providers/common/RequestSigning.h"

#include "providers/common/Digest.h"

#include <QStringBuilder>

namespace paydesk::signing {

QByteArray basicAuthorization(QByteArrayView user, QByteArrayView password)
{
    QByteArray credentials = user.toByteArray() + ':' + password.toByteArray();
    QByteArray header = "Basic " + credentials.toBase64();
    credentials.fill('\0');
    return header;
}

QByteArray cryptoProcessingSignature(QByteArrayView apiSecret, QByteArrayView body)
{
    return digest::hmacSha512Hex(apiSecret, body);
}

QByteArray cryptomusSignature(QByteArrayView key, QByteArrayView body)
{
    const QByteArray message = body.toByteArray().toBase64() + key.toByteArray();
    return digest::md5Hex(message);
}

} // namespace paydesk::signing
