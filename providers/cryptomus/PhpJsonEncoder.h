#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace paydesk {

// Reproduces the bytes PHP's json_encode($data, JSON_UNESCAPED_UNICODE) gives for $data = json_decode($body, true),
// which is what Cryptomus signs webhooks over. QJsonDocument cannot do this: it reorders keys and does not escape '/'.
//
// Faithful to PHP: keys keep their order (a repeated key keeps its first position and its last value); '/' becomes
// "\/"; non-ASCII stays raw UTF-8 except U+2028/U+2029 ("\u2028"); other control characters become "\u00xx";
// objects become PHP arrays, so {} re-encodes as [] and {"0":a,"1":b} as [a,b]; integers beyond 64 bits become floats,
// and floats print in PHP's shortest form (1.0 → 1, 1e25 → 1.0e+25).
class PhpJsonEncoder final
{
public:
    // The body re-encoded without the top-level member named `removeKey` (usually "sign"); std::nullopt when the
    // body is not a JSON object, is not valid JSON, has invalid UTF-8 anywhere (even in a member that is dropped) or
    // a number beyond double range (PHP's json_decode / json_encode would fail).
    static std::optional<QByteArray> reencodeWithout(QByteArrayView body, QByteArrayView removeKey);
    // The top-level string member `key`, decoded; std::nullopt when absent or not a string.
    static std::optional<QByteArray> topLevelString(QByteArrayView body, QByteArrayView key);
};

} // namespace paydesk
