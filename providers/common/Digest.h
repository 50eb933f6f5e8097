#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace paydesk::digest {

// Lowercase hex digests, as the four gateways send them.
QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message);
QByteArray hmacSha512Hex(QByteArrayView key, QByteArrayView message);
QByteArray md5Hex(QByteArrayView data);

// Compares two signatures in time independent of where they differ (lengths are not secret).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace paydesk::digest
