#include "providers/common/EndpointUrl.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk::endpoint {

QUrl join(const QUrl& base, QStringView path, const QueryItems& query)
{
    QUrl url = base;
    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path.toString(), QUrl::StrictMode);
    if (query.isEmpty()) {
        url.setQuery(QString());
    } else {
        QByteArray encoded;
        for (const auto& [key, value] : query) {
            if (!encoded.isEmpty())
                encoded.append('&');
            encoded.append(QUrl::toPercentEncoding(key));
            encoded.append('=');
            encoded.append(QUrl::toPercentEncoding(value));
        }
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    }
    url.setFragment(QString());
    return url;
}

bool isHttpBase(const QUrl& base)
{
    const QString scheme = base.scheme();
    return base.isValid() && !base.isRelative() && !base.host().isEmpty()
        && (scheme == u"https"_s || scheme == u"http"_s);
}

std::optional<QString> pathSegment(QStringView id, IdChars chars)
{
    if (id.isEmpty() || id == u"." || id == u"..")
        return std::nullopt;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F)
            return std::nullopt;
        const bool unreserved = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'-' || u == u'.' || u == u'_' || u == u'~';
        if (chars == IdChars::UnreservedOnly && !unreserved)
            return std::nullopt;
    }
    return QString::fromLatin1(QUrl::toPercentEncoding(id.toString()));
}

} // namespace paydesk::endpoint
