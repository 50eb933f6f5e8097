#include "sandbox/SandboxOptions.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

std::optional<SandboxOptions> parseSandboxOptions(const QStringList& arguments, QString* error)
{
    SandboxOptions options;
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        bool hasInlineValue = false;
        if (name.startsWith(u"--") && name.contains(u'=')) {
            value = name.mid(name.indexOf(u'=') + 1);
            name = name.left(name.indexOf(u'='));
            hasInlineValue = true;
        }
        if (name == u"--help" || name == u"-h") {
            options.help = true;
            continue;
        }
        if (name == u"--version") {
            options.version = true;
            continue;
        }
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size())
                return fail(QCoreApplication::translate("sandbox", "%1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        bool ok = false;
        if (name == u"--port") {
            const uint port = value.toUInt(&ok);
            if (!ok || port > 65535)
                return fail(QCoreApplication::translate("sandbox", "--port takes 0 to 65535"));
            options.port = static_cast<quint16>(port);
        } else if (name == u"--seed") {
            options.seed = value.toULongLong(&ok);
        } else if (name == u"--payments") {
            options.payments = value.toLongLong(&ok);
            ok = ok && options.payments >= 0 && options.payments <= 50'000'000;
        } else if (name == u"--days") {
            options.days = value.toInt(&ok);
            ok = ok && options.days > 0 && options.days <= 3660;
        } else if (name == u"--speed") {
            options.speed = value.toDouble(&ok);
            ok = ok && options.speed > 0;
        } else if (name == u"--faults") {
            options.faultsFile = value;
            ok = !value.isEmpty();
        } else if (name == u"--epoch") {
            options.epoch = value.toLongLong(&ok);
            ok = ok && options.epoch > 0;
        } else if (name == u"--webhook-url") {
            options.webhookUrl = QUrl(value, QUrl::StrictMode);
            ok = options.webhookUrl.isValid() && !options.webhookUrl.scheme().isEmpty();
        } else {
            return fail(QCoreApplication::translate("sandbox", "unknown option %1 (see --help)").arg(name));
        }
        if (!ok)
            return fail(QCoreApplication::translate("sandbox", "invalid value for %1: %2").arg(name, value));
    }
    return options;
}

QString sandboxHelpText()
{
    return QCoreApplication::translate("sandbox", R"(Usage: paydesk-sandbox [options]

Simulates the four payment gateways of Paydesk on one loopback HTTP port (127.0.0.1 only):
  /cryptocom/api/...          Crypto.com Pay
  /cryptoprocessing/api/...   CryptoProcessing (CoinsPaid)
  /bucksbus/int/...           Gateway v10.2 (BucksBus)
  /cryptomus/v1/...           Cryptomus
On start it prints its base URL and the demo credentials of each gateway.

Options:
  --port N          listen on 127.0.0.1:N (default 0: any free port; the chosen one is printed)
  --seed N          seed of the data generator and of probabilistic faults (default 1)
  --payments N      generate N payments of history, spread over the gateways (default 0)
  --days D          spread the history over the last D days (default 30)
  --speed X         run the sandbox clock X times faster than real time (default 1)
  --epoch UNIX      start the sandbox clock at this Unix time (default: now); with --seed it makes
                    the generated data identical from run to run
  --faults FILE     load fault rules from a JSON file (format below)
  --webhook-url URL send the webhooks of every gateway to URL (same as POST /_sandbox/webhooks)
  --help            this text;  --version  the version

Control API (JSON bodies; form-encoded bodies work too):
  GET    /_sandbox/                 base URL, clock, gateways, demo credentials
  POST   /_sandbox/pay              {"gateway":"cryptocom","id":"<payment id>","amount":"12.50"}
                                    the payer pays; amount in major units of the invoice currency,
                                    omitted = exactly what is due; less = partial, more = over
  GET    /_sandbox/clock            {"now":UNIX,"now_iso":"...","speed":X}
  POST   /_sandbox/clock            {"advance":SECONDS} | {"set":UNIX} | {"speed":X}  (never backwards)
  GET    /_sandbox/faults           the active rules with their fired counts
  POST   /_sandbox/faults           add rules (body as in the rules file; "replace":true replaces)
  DELETE /_sandbox/faults           remove every rule
  GET    /_sandbox/requests         log of gateway requests; ?since=SEQ&gateway=ID&limit=N
  DELETE /_sandbox/requests         clear the log (sequence numbers keep growing)
  GET    /_sandbox/webhooks         targets and deliveries with every attempt; ?since=ID
  POST   /_sandbox/webhooks         {"url":"http://127.0.0.1:9000/hook"} (optional "gateway":"cryptocom")
  DELETE /_sandbox/webhooks         forget deliveries (targets stay)
  POST   /_sandbox/reset            back to the start: data regenerated, clock, faults, log, deliveries;
                                    optional {"payments":N,"days":D,"seed":S}
  GET    /_sandbox/state            per gateway: payment count and a digest of all data
  POST   /_sandbox/<gateway>/<action>  gateway-specific controls (docs/sandbox.md)

Fault rules file: {"rules":[RULE,...]} where RULE is
  {"method":"POST", "path":"/cryptocom/api/payments", "kind":KIND, "count":N, "probability":P, ...}
  path is a glob ('*' within a segment, '**' across); method "*" matches any; count = next N matching
  requests (default 1, or unlimited when only probability is given; -1 = unlimited).
  KIND and its extra fields:
    latency               delayMs: answer normally after the delay
    error500BeforeCommit  status (500): the gateway's 5xx body; nothing changes
    error500AfterCommit   status (500), delayMs: the change is committed, then the 5xx is sent
    rateLimit429          retryAfter (seconds): 429 with Retry-After; nothing changes
    dropConnection        afterCommit (false): reset the connection without any reply
    truncatedBody         bytes (half): full Content-Length, fewer bytes, then close
    malformedJson         a reply body that is not valid JSON
Faults apply to gateway routes only, never to /_sandbox/. See docs/sandbox.md for details.
)");
}

} // namespace paydesk::sandbox
