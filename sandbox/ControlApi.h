#pragma once

#include "sandbox/HttpRequest.h"
#include "sandbox/HttpResponse.h"

#include <QJsonObject>

#include <optional>

namespace paydesk::sandbox {

class SandboxServer;

// The control API under /_sandbox/ (docs/sandbox.md, "Control API"): pay, clock, faults, requests, webhooks,
// reset, state, and gateway-specific actions. Bodies are JSON objects or form-encoded fields; replies are JSON,
// errors {"error":"…"} with 400, 404 or 405.
class ControlApi final
{
public:
    explicit ControlApi(SandboxServer* server);

    HttpResponse handle(const HttpRequest& request);

    static HttpResponse error(int status, const QString& message);
    // The request body as a JSON object (JSON or form-encoded); nullopt when it is neither.
    static std::optional<QJsonObject> bodyObject(const HttpRequest& request);

private:
    HttpResponse info() const;
    HttpResponse pay(const QJsonObject& body);
    HttpResponse clock(const HttpRequest& request, const QJsonObject& body);
    HttpResponse faults(const HttpRequest& request);
    HttpResponse requests(const HttpRequest& request);
    HttpResponse webhooks(const HttpRequest& request, const QJsonObject& body);
    HttpResponse reset(const QJsonObject& body);
    HttpResponse state() const;

    SandboxServer* m_server;
};

} // namespace paydesk::sandbox
