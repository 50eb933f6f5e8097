#include "sandbox/FaultInjector.h"

#include "sandbox/JsonWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

FaultInjector::FaultInjector(std::uint64_t seed)
    : m_random(seed)
{
}

void FaultInjector::reseed(std::uint64_t seed)
{
    m_random = SandboxRandom(seed);
}

std::optional<FaultRule> FaultInjector::ruleFromJson(const QJsonObject& object, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<FaultRule> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QStringList known = {u"method"_s, u"path"_s, u"kind"_s, u"count"_s, u"probability"_s, u"delayMs"_s,
        u"retryAfter"_s, u"status"_s, u"afterCommit"_s, u"bytes"_s, u"malformation"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(QCoreApplication::translate("sandbox", "unknown fault rule field \"%1\"").arg(it.key()));
    }
    FaultRule rule;
    const auto kind = FaultRule::kindFromName(object.value(u"kind"_s).toString());
    if (!kind)
        return fail(QCoreApplication::translate("sandbox", "fault rule needs a valid \"kind\" (got \"%1\")")
                        .arg(object.value(u"kind"_s).toString()));
    rule.kind = *kind;
    rule.method = object.value(u"method"_s).toString(u"*"_s).toLatin1().toUpper();
    rule.path = object.value(u"path"_s).toString(u"**"_s);
    rule.count = object.value(u"count"_s).toInt(object.contains(u"probability"_s) ? -1 : 1);
    rule.probability = object.value(u"probability"_s).toDouble(1.0);
    rule.delayMs = object.value(u"delayMs"_s).toInt(0);
    rule.retryAfter = object.value(u"retryAfter"_s).toInt(1);
    rule.status = object.value(u"status"_s).toInt(0);
    rule.afterCommit = object.value(u"afterCommit"_s).toBool(false);
    rule.bytes = object.value(u"bytes"_s).toInteger(-1);
    if (object.contains(u"malformation"_s)) {
        const auto malformation = FaultRule::malformationFromName(object.value(u"malformation"_s).toString());
        if (!malformation)
            return fail(QCoreApplication::translate(
                "sandbox", "\"malformation\" must be cut, invalidUtf8, deepNesting, hugeNumber or empty (got \"%1\")")
                            .arg(object.value(u"malformation"_s).toString()));
        rule.malformation = *malformation;
    }
    if (rule.count == 0 || rule.count < -1)
        return fail(QCoreApplication::translate("sandbox", "\"count\" must be positive or -1 (no limit)"));
    if (rule.probability < 0 || rule.probability > 1)
        return fail(QCoreApplication::translate("sandbox", "\"probability\" must be between 0 and 1"));
    if (rule.delayMs < 0 || rule.retryAfter < 0)
        return fail(QCoreApplication::translate("sandbox", "\"delayMs\" and \"retryAfter\" must not be negative"));
    if (rule.kind == FaultKind::Latency && rule.delayMs == 0)
        return fail(QCoreApplication::translate("sandbox", "a latency rule needs \"delayMs\""));
    return rule;
}

bool FaultInjector::load(const QByteArray& json, QString* error, bool replace)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate("sandbox", "fault rules are not valid JSON: %1")
                         .arg(parseError.errorString());
        return false;
    }
    QJsonArray array;
    if (document.isArray()) {
        array = document.array();
    } else if (document.object().value(u"rules"_s).isArray()) {
        array = document.object().value(u"rules"_s).toArray();
        replace = replace || document.object().value(u"replace"_s).toBool(false);
    } else if (document.isObject() && document.object().contains(u"kind"_s)) {
        array.append(document.object());
    } else {
        if (error)
            *error = QCoreApplication::translate("sandbox", "expected {\"rules\":[…]}, a rule, or an array of rules");
        return false;
    }
    QList<FaultRule> parsed;
    for (const QJsonValue& value : array) {
        const auto rule = ruleFromJson(value.toObject(), error);
        if (!rule)
            return false;
        parsed.append(*rule);
    }
    if (replace)
        m_rules.clear();
    for (FaultRule& rule : parsed)
        addRule(std::move(rule));
    return true;
}

bool FaultInjector::loadFile(const QString& fileName, QString* error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("sandbox", "cannot read %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return load(file.readAll(), error, true);
}

int FaultInjector::addRule(FaultRule rule)
{
    rule.id = m_nextId++;
    rule.compiled = FaultRule::globToRegularExpression(rule.path);
    m_rules.append(std::move(rule));
    return m_rules.back().id;
}

bool FaultInjector::removeRule(int id)
{
    return m_rules.removeIf([id](const FaultRule& rule) { return rule.id == id; }) > 0;
}

void FaultInjector::clear()
{
    m_rules.clear();
}

FaultInjector::Decision FaultInjector::decide(QByteArrayView method, const QString& path)
{
    Decision decision;
    for (FaultRule& rule : m_rules) {
        if (rule.count == 0 || !rule.matches(method, path))
            continue;
        if (rule.kind != FaultKind::Latency && decision.fault)
            continue;
        if (rule.probability < 1.0 && !m_random.chance(rule.probability))
            continue;
        if (rule.count > 0)
            --rule.count;
        ++rule.fired;
        decision.names.append(FaultRule::kindName(rule.kind));
        if (rule.kind == FaultKind::Latency)
            decision.delayMs += rule.delayMs;
        else
            decision.fault = rule;
    }
    m_rules.removeIf([](const FaultRule& rule) { return rule.count == 0; });
    return decision;
}

QByteArray FaultInjector::toJson() const
{
    JsonWriter w;
    w.beginObject().key("rules"_L1).beginArray();
    for (const FaultRule& rule : m_rules) {
        w.beginObject()
            .field("id"_L1, rule.id)
            .field("method"_L1, QString::fromLatin1(rule.method))
            .field("path"_L1, rule.path)
            .field("kind"_L1, FaultRule::kindName(rule.kind))
            .field("count"_L1, rule.count)
            .key("probability"_L1)
            .rawNumber(QByteArray::number(rule.probability, 'g', QLocale::FloatingPointShortest))
            .field("delayMs"_L1, rule.delayMs)
            .field("retryAfter"_L1, rule.retryAfter)
            .field("status"_L1, rule.status)
            .field("afterCommit"_L1, rule.afterCommit)
            .field("bytes"_L1, rule.bytes)
            .field("malformation"_L1, FaultRule::malformationName(rule.malformation))
            .field("fired"_L1, rule.fired)
            .endObject();
    }
    w.endArray().endObject();
    return w.take();
}

} // namespace paydesk::sandbox
