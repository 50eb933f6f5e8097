#pragma once

#include "core/ProviderError.h"

#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace paydesk {

struct FieldProblem;

// Small pieces the gateways' request builders share.
class RequestBuilding final
{
public:
    // base URL + path ("https://api.bucksbus.com/int" + "/payment" → ".../int/payment"), with an optional query.
    // std::nullopt when the base is empty, relative, or not http(s) (plain http is refused later by HttpClient for
    // non-loopback hosts).
    static std::optional<QUrl> endpoint(const QUrl& base, const QString& path, const QUrlQuery& query = {});
    // True for an id that can go into a URL path as it is (letters, digits, '-', '_', '.', '~'; not "." or "..").
    static bool isSafePathSegment(const QString& id);

    static ProviderError refused(const QString& message);
    static ProviderError validation(const QString& field, const QString& message);
    static ProviderError validation(const FieldProblem& problem);
    // Common refusals, in plain words.
    static ProviderError badBaseUrl();
    static ProviderError missingCredential(const QString& what);
    static ProviderError badId(const QString& field);
    static ProviderError unsupportedField(const QString& field, const QString& gateway);
};

} // namespace paydesk
