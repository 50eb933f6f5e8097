#include "providers/common/RequestBuilding.h"

#include "core/validation/FieldProblem.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

std::optional<QUrl> RequestBuilding::endpoint(const QUrl& base, const QString& path, const QUrlQuery& query)
{
    if (!base.isValid() || base.isRelative() || base.host().isEmpty())
        return std::nullopt;
    const QString scheme = base.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return std::nullopt;
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setFragment({});
    if (!query.isEmpty())
        url.setQuery(query);
    else
        url.setQuery(QString());
    return url;
}

bool RequestBuilding::isSafePathSegment(const QString& id)
{
    if (id.isEmpty() || id == u"."_s || id == u".."_s)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'_' || u == u'.' || u == u'~';
        if (!ok)
            return false;
    }
    return true;
}

ProviderError RequestBuilding::refused(const QString& message)
{
    ProviderError error;
    error.kind = ProviderError::Kind::Refused;
    error.message = message;
    return error;
}

ProviderError RequestBuilding::validation(const QString& field, const QString& message)
{
    ProviderError error;
    error.kind = ProviderError::Kind::Validation;
    error.field = field;
    error.message = message;
    return error;
}

ProviderError RequestBuilding::validation(const FieldProblem& problem)
{
    return validation(problem.field, problem.message);
}

ProviderError RequestBuilding::badBaseUrl()
{
    return refused(
        QCoreApplication::translate("RequestBuilding", "The account's API address is not a valid http(s) URL."));
}

ProviderError RequestBuilding::missingCredential(const QString& what)
{
    return refused(
        QCoreApplication::translate("RequestBuilding", "The account has no %1: add it in the account settings.")
            .arg(what));
}

ProviderError RequestBuilding::badId(const QString& field)
{
    return validation(field,
        QCoreApplication::translate("RequestBuilding", "The id contains characters that cannot be sent in a URL."));
}

ProviderError RequestBuilding::unsupportedField(const QString& field, const QString& gateway)
{
    return validation(field,
        QCoreApplication::translate("RequestBuilding", "%1 does not support this field; leave it empty.").arg(gateway));
}

} // namespace paydesk
