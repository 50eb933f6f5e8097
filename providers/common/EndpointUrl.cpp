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

std::optional<QString> pathSegment(QStringView id)
{
    if (id.isEmpty() || id == u"." || id == u"..")
        return std::nullopt;
    for (const QChar c : id) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return std::nullopt;
    }
    return QString::fromLatin1(QUrl::toPercentEncoding(id.toString()));
}

} // namespace paydesk::endpoint
