#include "app/cli/CliOutput.h"

#include "core/ProviderErrorText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {
namespace {

QString errorKindId(ProviderError::Kind kind)
{
    switch (kind) {
    case ProviderError::Kind::Network:
        return u"network"_s;
    case ProviderError::Kind::Timeout:
        return u"timeout"_s;
    case ProviderError::Kind::Tls:
        return u"tls"_s;
    case ProviderError::Kind::Auth:
        return u"auth"_s;
    case ProviderError::Kind::RateLimited:
        return u"rate_limited"_s;
    case ProviderError::Kind::Validation:
        return u"validation"_s;
    case ProviderError::Kind::NotFound:
        return u"not_found"_s;
    case ProviderError::Kind::Conflict:
        return u"conflict"_s;
    case ProviderError::Kind::Server:
        return u"server"_s;
    case ProviderError::Kind::Parse:
        return u"parse"_s;
    case ProviderError::Kind::Unsupported:
        return u"unsupported"_s;
    case ProviderError::Kind::Refused:
        return u"refused"_s;
    }
    return u"error"_s;
}

void printOut(const QString& text)
{
    QTextStream out(stdout);
    out << text;
    if (!text.endsWith(u'\n'))
        out << '\n';
}

void printErr(const QString& text)
{
    QTextStream err(stderr);
    err << text << '\n';
}

} // namespace

void CliOutput::result(const QJsonValue& json, const QString& text) const
{
    if (m_json) {
        const QJsonDocument document = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        printOut(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    } else {
        printOut(text);
    }
}

QString CliOutput::table(const QStringList& header, const QList<QStringList>& rows)
{
    if (rows.isEmpty())
        return tr("(none)");
    QList<qsizetype> widths(header.size(), 0);
    const auto measure = [&widths](const QStringList& row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    };
    measure(header);
    for (const QStringList& row : rows)
        measure(row);
    QString text;
    const auto line = [&text, &widths](const QStringList& row) {
        QString rendered;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                rendered += row.at(i).leftJustified(widths.at(i)) + u"  "_s;
            else
                rendered += row.at(i);
        }
        text += rendered + u'\n';
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    return text;
}

int CliOutput::fail(const ProviderError& error, const QString& accountName) const
{
    const QString summary = ProviderErrorText::summary(error, accountName);
    const QString detail = ProviderErrorText::detail(error);
    printErr(tr("paydesk-cli: %1").arg(summary));
    if (!detail.isEmpty())
        printErr(tr("  gateway said: %1").arg(detail));
    if (m_json) {
        QJsonObject object{{u"kind"_s, errorKindId(error.kind)}, {u"message"_s, summary}};
        if (!detail.isEmpty())
            object.insert(u"detail"_s, detail);
        if (!error.field.isEmpty())
            object.insert(u"field"_s, error.field);
        if (!error.providerCode.isEmpty())
            object.insert(u"code"_s, error.providerCode);
        if (error.httpStatus > 0)
            object.insert(u"http_status"_s, error.httpStatus);
        if (error.outcomeUnknown)
            object.insert(u"outcome_unknown"_s, true);
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"error"_s, object}}).toJson(QJsonDocument::Indented)));
    }
    return kExitFailure;
}

int CliOutput::fail(const QString& message, const QString& code) const
{
    printErr(tr("paydesk-cli: %1").arg(message));
    if (m_json) {
        const QJsonObject object{{u"kind"_s, code}, {u"message"_s, message}};
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"error"_s, object}}).toJson(QJsonDocument::Indented)));
    }
    return kExitFailure;
}

int CliOutput::usage(const QString& message) const
{
    printErr(tr("paydesk-cli: %1").arg(message));
    printErr(tr("Try 'paydesk-cli --help'."));
    return kExitUsage;
}

void CliOutput::note(const QString& message) const
{
    printErr(message);
}

} // namespace paydesk::cli
