#include "app/cli/CliSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "providers/Provider.h"
#include "providers/webhooks/WebhookVerifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WebhookCommand", text);
}

QString verdictId(WebhookVerification::Status status)
{
    switch (status) {
    case WebhookVerification::Status::Valid:
        return u"valid"_s;
    case WebhookVerification::Status::Unsigned:
        return u"unsigned"_s;
    case WebhookVerification::Status::Invalid:
        return u"invalid"_s;
    case WebhookVerification::Status::Expired:
        return u"expired"_s;
    case WebhookVerification::Status::Malformed:
        return u"malformed"_s;
    }
    return u"invalid"_s;
}

} // namespace

void runWebhookCommand(CliSession& session, const QStringList& arguments)
{
    if (arguments.value(0) != u"verify")
        return session.finish(session.out().usage(tr("webhook: expected verify")));
    CommandLine line(u"webhook verify"_s,
        {{u"body-file"_s, tr("The exact body bytes as received."), u"file"_s},
            {u"header"_s, tr("A header as received, 'Name: value' (repeatable)."), u"header"_s}});
    if (!line.parse(session, arguments.mid(1), 1, 1))
        return;
    if (!line.isSet(u"body-file"_s))
        return session.finish(session.out().usage(tr("webhook verify: --body-file is required")));
    WebhookMessage message;
    for (const QString& header : line.values(u"header"_s)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0)
            return session.finish(
                session.out().usage(tr("webhook verify: --header must look like 'Name: value', not “%1”").arg(header)));
        message.headers.append({header.left(colon).trimmed().toLatin1(), header.mid(colon + 1).trimmed().toUtf8()});
    }
    QFile body(line.value(u"body-file"_s));
    if (!body.open(QIODevice::ReadOnly))
        return session.finish(
            session.out().fail(tr("Cannot read %1: %2").arg(line.value(u"body-file"_s), body.errorString()), u"io"_s));
    message.body = body.readAll();
    message.receivedAt = QDateTime::currentDateTimeUtc();

    const auto account = session.account(line.positional().first());
    if (!account)
        return session.finish(kExitFailure);
    const auto provider = session.provider(*account);
    if (!provider)
        return session.finish(kExitFailure);
    const WebhookVerification verdict = provider->webhookVerifier()->verify(message);
    const QJsonObject json{
        {u"account"_s, account->name}, {u"verdict"_s, verdictId(verdict.status)}, {u"detail"_s, verdict.detail}};
    if (!verdict.isValid()) {
        return session.finish(session.out().fail(
            tr("The webhook is not authentic (%1): %2").arg(verdictId(verdict.status), verdict.detail),
            verdictId(verdict.status)));
    }
    session.out().result(json, tr("Valid: the webhook was signed with the secret of “%1”.").arg(account->name));
    session.finish(kExitOk);
}

} // namespace paydesk::cli
