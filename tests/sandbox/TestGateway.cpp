#include "TestGateway.h"

#include "sandbox/JsonArrayStream.h"
#include "sandbox/JsonWriter.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxCrypto.h"
#include "sandbox/SandboxRandom.h"
#include "sandbox/WebhookDispatcher.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox::test {

namespace {

QLatin1StringView statusName(int status)
{
    switch (status) {
    case 0:
        return "pending"_L1;
    case 1:
        return "paid"_L1;
    default:
        return "expired"_L1;
    }
}

} // namespace

TestGateway::TestGateway(const SandboxEnvironment& environment)
    : m_environment(environment)
{
}

QString TestGateway::id() const
{
    return u"test"_s;
}

QString TestGateway::displayName() const
{
    return u"Test gateway"_s;
}

QString TestGateway::pathPrefix() const
{
    return u"/test/api"_s;
}

void TestGateway::writeItem(const Item& item, JsonWriter& writer) const
{
    writer.beginObject()
        .field("id"_L1, u"item_%1"_s.arg(item.number))
        .field("amount"_L1, item.amount.toString())
        .field("created"_L1, item.created)
        .field("expires_at"_L1, item.expiresAt)
        .field("status"_L1, statusName(static_cast<int>(item.status)))
        .endObject();
}

const TestGateway::Item* TestGateway::find(const QString& id) const
{
    bool ok = false;
    const qint64 number = QStringView(id).mid(5).toLongLong(&ok);
    if (!id.startsWith(u"item_") || !ok || number < 1 || number > static_cast<qint64>(m_items.size()))
        return nullptr;
    return &m_items[static_cast<size_t>(number - 1)];
}

HttpResponse TestGateway::handle(const HttpRequest& request, const QString& subPath)
{
    if (request.method == "POST" && subPath == u"/items") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const auto amount = Decimal::fromString(body.value(u"amount"_s).toString());
        if (!amount)
            return HttpResponse::json(400, R"({"error":"amount"})");
        Item item;
        item.number = static_cast<qint64>(m_items.size()) + 1;
        item.amount = *amount;
        item.created = m_environment.clock->nowSecs();
        item.expiresAt = item.created + body.value(u"lifetime"_s).toInteger(3600);
        m_items.push_back(item);
        JsonWriter w;
        writeItem(item, w);
        const QByteArray json = w.take();

        OutgoingWebhook webhook;
        webhook.gateway = id();
        webhook.event = u"item.created"_s;
        webhook.body = json;
        webhook.sign = [](const QByteArray& bytes, qint64) {
            return OutgoingWebhook::Headers{{"X-Test-Signature", crypto::hmacSha256Hex("test_secret", bytes)}};
        };
        webhook.retryDelaysSecs = {5, 5};
        m_environment.webhooks->enqueue(webhook);
        return HttpResponse::json(201, json);
    }
    if (request.method == "GET" && subPath == u"/items") {
        auto snapshot = std::make_shared<std::vector<Item>>(m_items);
        return HttpResponse::streamedJson(200,
            JsonArrayStream::producer(static_cast<qint64>(snapshot->size()),
                [this, snapshot](qint64 i, JsonWriter& w) { writeItem((*snapshot)[static_cast<size_t>(i)], w); }));
    }
    if (request.method == "GET" && subPath.startsWith(u"/items/")) {
        const Item* item = find(subPath.mid(7));
        if (!item)
            return HttpResponse::json(404, R"({"error":"not found"})");
        JsonWriter w;
        writeItem(*item, w);
        return HttpResponse::json(200, w.take());
    }
    return HttpResponse::json(404, R"({"error":"no route"})");
}

void TestGateway::reset()
{
    m_items.clear();
}

void TestGateway::generate(const GenerationPlan& plan)
{
    SandboxRandom random(plan.seed);
    const qint64 end = plan.end.toSecsSinceEpoch();
    const qint64 start = end - qint64(plan.days) * 86400;
    m_items.reserve(static_cast<size_t>(plan.count));
    for (qint64 i = 0; i < plan.count; ++i) {
        Item item;
        item.number = static_cast<qint64>(m_items.size()) + 1;
        item.amount = *Decimal::fromMinorUnits(QString::number(random.range(100, 100000)), 2);
        item.created = start + (end - start) * i / std::max<qint64>(1, plan.count);
        item.expiresAt = item.created + 3600;
        item.status = random.chance(0.8) ? Status::Paid : Status::Expired;
        m_items.push_back(item);
    }
}

HttpResponse TestGateway::pay(const PayRequest& request)
{
    const Item* found = find(request.id);
    if (!found)
        return HttpResponse::json(404, R"({"error":"not found"})");
    Item& item = m_items[static_cast<size_t>(found->number - 1)];
    if (item.status != Status::Pending)
        return HttpResponse::json(409, R"({"error":"not pending"})");
    item.status = Status::Paid;
    JsonWriter w;
    writeItem(item, w);
    return HttpResponse::json(200, w.take());
}

void TestGateway::advanceTo(const QDateTime& now)
{
    const qint64 secs = now.toSecsSinceEpoch();
    for (Item& item : m_items) {
        if (item.status == Status::Pending && item.expiresAt <= secs)
            item.status = Status::Expired;
    }
}

QList<DemoCredential> TestGateway::demoCredentials() const
{
    return {{u"webhook secret"_s, u"test_secret"_s}};
}

qint64 TestGateway::paymentCount() const
{
    return static_cast<qint64>(m_items.size());
}

QByteArray TestGateway::stateDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Item& item : m_items) {
        JsonWriter w;
        writeItem(item, w);
        hash.addData(w.take());
    }
    return hash.result().toHex();
}

} // namespace paydesk::sandbox::test
