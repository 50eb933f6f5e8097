#include "sandbox/GatewaySimulator.h"

namespace paydesk::sandbox {

HttpResponse GatewaySimulator::serverErrorResponse(int status) const
{
    return HttpResponse::json(status, R"({"error":"internal server error"})");
}

HttpResponse GatewaySimulator::rateLimitResponse(int retryAfterSeconds) const
{
    HttpResponse response = HttpResponse::json(429, R"({"error":"too many requests"})");
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

std::optional<HttpResponse> GatewaySimulator::control(const QString& action, const QJsonObject& body)
{
    Q_UNUSED(action)
    Q_UNUSED(body)
    return std::nullopt;
}

} // namespace paydesk::sandbox
