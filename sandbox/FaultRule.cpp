#include "sandbox/FaultRule.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

bool FaultRule::matches(QByteArrayView requestMethod, const QString& requestPath) const
{
    if (method != "*" && QByteArrayView(method).compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    const QRegularExpression re = compiled.pattern().isEmpty() ? globToRegularExpression(path) : compiled;
    return re.match(requestPath).hasMatch();
}

QString FaultRule::kindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Latency:
        return u"latency"_s;
    case FaultKind::Error500BeforeCommit:
        return u"error500BeforeCommit"_s;
    case FaultKind::Error500AfterCommit:
        return u"error500AfterCommit"_s;
    case FaultKind::RateLimit429:
        return u"rateLimit429"_s;
    case FaultKind::DropConnection:
        return u"dropConnection"_s;
    case FaultKind::TruncatedBody:
        return u"truncatedBody"_s;
    case FaultKind::MalformedJson:
        return u"malformedJson"_s;
    }
    return {};
}

std::optional<FaultKind> FaultRule::kindFromName(QStringView name)
{
    for (const FaultKind kind : {FaultKind::Latency, FaultKind::Error500BeforeCommit, FaultKind::Error500AfterCommit,
             FaultKind::RateLimit429, FaultKind::DropConnection, FaultKind::TruncatedBody, FaultKind::MalformedJson}) {
        if (name.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QRegularExpression FaultRule::globToRegularExpression(const QString& glob)
{
    QString pattern = u"^"_s;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            if (i + 1 < glob.size() && glob.at(i + 1) == u'*') {
                pattern += u".*"_s;
                ++i;
            } else {
                pattern += u"[^/]*"_s;
            }
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    pattern += u'$';
    return QRegularExpression(pattern);
}

} // namespace paydesk::sandbox
