// The sandbox control API (sandbox/ControlApi.h, docs/sandbox.md "Control API" and "Fault rules") on arbitrary
// bodies. The first byte picks the route (faults, clock, pay, the gateways' own actions, a few with the wrong
// method), the rest is the body. A fresh SandboxServer (not listening, fixed epoch) answers each input.
// Checks: the reply is 200 with a JSON body, or 400 / 404 / 405 / 409 with {"error":"<words>"}; and every fault rule
// the API accepted is listed by GET /_sandbox/faults in a form that, given back to the rules parser (without the
// listing's own "id" and "fired"), gives the same rule.
#include "sandbox/ControlApi.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>

using namespace paydesk::sandbox;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

struct Route
{
    const char* method;
    const char* path;
};

constexpr Route kRoutes[] = {
    {"POST", "/_sandbox/faults"},
    {"POST", "/_sandbox/faults"},
    {"POST", "/_sandbox/faults"},
    {"POST", "/_sandbox/clock"},
    {"POST", "/_sandbox/pay"},
    {"POST", "/_sandbox/cryptocom/config"},
    {"POST", "/_sandbox/bucksbus/store"},
    {"POST", "/_sandbox/bucksbus/timeout500"},
    {"POST", "/_sandbox/bucksbus/withdraw-fail"},
    {"POST", "/_sandbox/cryptoprocessing/payment_request"},
    {"POST", "/_sandbox/cryptoprocessing/resend"},
    {"POST", "/_sandbox/cryptoprocessing/cancel_withdrawal"},
    {"POST", "/_sandbox/cryptomus/nothing"},
    {"PUT", "/_sandbox/faults"},
    {"GET", "/_sandbox/pay"},
    {"POST", "/_sandbox/no-such-route"},
};

bool sameRule(const FaultRule& a, const FaultRule& b)
{
    return a.method == b.method && a.path == b.path && a.kind == b.kind && a.count == b.count
        && a.probability == b.probability && a.delayMs == b.delayMs && a.retryAfter == b.retryAfter
        && a.status == b.status && a.afterCommit == b.afterCommit && a.bytes == b.bytes
        && a.malformation == b.malformation;
}

void checkReply(const HttpResponse& response)
{
    require(!response.isStreamed());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    require(error.error == QJsonParseError::NoError);
    if (response.status == 200)
        return;
    require(response.status == 400 || response.status == 404 || response.status == 405 || response.status == 409);
    require(document.isObject() && !document.object().value(QStringLiteral("error")).toString().isEmpty());
}

// The listing of the accepted rules parses back to the same rules.
void checkListedRules(ControlApi& api, const FaultInjector& injector)
{
    HttpRequest list;
    list.method = "GET";
    list.path = QStringLiteral("/_sandbox/faults");
    const HttpResponse listed = api.handle(list);
    require(listed.status == 200);
    const QJsonArray rules = QJsonDocument::fromJson(listed.body).object().value(QStringLiteral("rules")).toArray();
    require(rules.size() == injector.rules().size());
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QJsonObject object = rules.at(i).toObject();
        require(object.value(QStringLiteral("id")).toInt() == injector.rules().at(i).id);
        object.remove(QStringLiteral("id"));
        object.remove(QStringLiteral("fired"));
        QString why;
        const std::optional<FaultRule> again = FaultInjector::ruleFromJson(object, &why);
        require(again.has_value() && sameRule(*again, injector.rules().at(i)));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    SandboxOptions options;
    options.epoch = 1'700'000'000;
    SandboxServer server(options);
    server.addDefaultGateways();
    ControlApi api(&server);

    const Route& route = kRoutes[data[0] % std::size(kRoutes)];
    HttpRequest request;
    request.method = route.method;
    request.path = QString::fromLatin1(route.path);
    request.target = route.path;
    request.version = "HTTP/1.1";
    request.body = QByteArray(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    const qsizetype rulesBefore = server.faults().rules().size();
    const HttpResponse response = api.handle(request);
    checkReply(response);
    if (request.path == QStringLiteral("/_sandbox/faults")) {
        if (response.status != 200)
            require(server.faults().rules().size() == rulesBefore); // a refused document adds nothing
        checkListedRules(api, server.faults());
    }
    return 0;
}
