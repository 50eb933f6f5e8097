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

QString FaultRule::malformationName(Malformation malformation)
{
    switch (malformation) {
    case Malformation::Cut:
        return u"cut"_s;
    case Malformation::InvalidUtf8:
        return u"invalidUtf8"_s;
    case Malformation::DeepNesting:
        return u"deepNesting"_s;
    case Malformation::HugeNumber:
        return u"hugeNumber"_s;
    case Malformation::Empty:
        return u"empty"_s;
    }
    return {};
}

std::optional<Malformation> FaultRule::malformationFromName(QStringView name)
{
    for (const Malformation malformation : {Malformation::Cut, Malformation::InvalidUtf8, Malformation::DeepNesting,
             Malformation::HugeNumber, Malformation::Empty}) {
        if (name.compare(malformationName(malformation), Qt::CaseInsensitive) == 0)
            return malformation;
    }
    return std::nullopt;
}

QByteArray FaultRule::malformed(const QByteArray& body, Malformation malformation)
{
    switch (malformation) {
    case Malformation::Cut:
        break;
    case Malformation::InvalidUtf8: {
        const qsizetype quote = body.indexOf('"');
        if (quote < 0)
            return body + "\xff";
        return body.left(quote + 1) + "\xc3\x28\xff" + body.mid(quote + 1);
    }
    case Malformation::DeepNesting: {
        constexpr qsizetype depth = 100'000;
        return QByteArray(depth, '[') + body + QByteArray(depth, ']');
    }
    case Malformation::HugeNumber: {
        // The first number outside a string.
        bool inString = false;
        for (qsizetype i = 0; i < body.size(); ++i) {
            const char c = body.at(i);
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if ((c >= '0' && c <= '9') || c == '-') {
                qsizetype end = i + 1;
                while (end < body.size() && QByteArrayView("0123456789.eE+-").contains(body.at(end)))
                    ++end;
                return body.left(i) + "1e999999" + body.mid(end);
            }
        }
        return body + "1e999999";
    }
    case Malformation::Empty:
        return {};
    }
    return body.left(body.size() / 2) + "<!-- malformed by paydesk-sandbox -->";
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
