#pragma once

#include <QByteArray>

namespace paydesk::sandbox::crypto {

// Digests and MACs for the gateways' signature checks, on OpenSSL directly: written for the sandbox, independent
// of providers/, so a wrong algorithm on one side cannot be mirrored on the other. Results are lower-case hex.
QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message);
QByteArray hmacSha512Hex(QByteArrayView key, QByteArrayView message);
QByteArray md5Hex(QByteArrayView data);
QByteArray sha256Hex(QByteArrayView data);
// Constant-time comparison (length leaks; contents do not).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace paydesk::sandbox::crypto
