#pragma once

#include "sandbox/FaultRule.h"
#include "sandbox/SandboxRandom.h"

#include <QList>

#include <optional>

namespace paydesk::sandbox {

// Holds the fault rules and decides, per request on a gateway route, which fault (if any) happens.
// Rules come from a JSON rules file (--faults FILE) or POST /_sandbox/faults; the format is in docs/sandbox.md:
//   {"rules":[{"method":"POST","path":"/cryptocom/api/payments","kind":"error500AfterCommit","count":1}]}
// (a bare array of rules is accepted too). Probabilities draw from a seeded generator, so runs repeat.
class FaultInjector final
{
public:
    struct Decision
    {
        int delayMs = 0; // sum of the latency rules that fired
        std::optional<FaultRule> fault; // the first non-latency rule that fired
        QStringList names; // kinds that fired, for the request log
    };

    explicit FaultInjector(std::uint64_t seed = 1);

    // Parses rules; on success appends them (or replaces all when replace) and returns true.
    bool load(const QByteArray& json, QString* error, bool replace = false);
    bool loadFile(const QString& fileName, QString* error);
    int addRule(FaultRule rule); // returns its id
    bool removeRule(int id);
    void clear();
    void reseed(std::uint64_t seed);
    const QList<FaultRule>& rules() const { return m_rules; }
    QByteArray toJson() const; // {"rules":[…]} with fired counts and remaining counts

    // Consumes the matching rules for one request.
    Decision decide(QByteArrayView method, const QString& path);

    static std::optional<FaultRule> ruleFromJson(const QJsonObject& object, QString* error);

private:
    QList<FaultRule> m_rules;
    SandboxRandom m_random;
    int m_nextId = 1;
};

} // namespace paydesk::sandbox
