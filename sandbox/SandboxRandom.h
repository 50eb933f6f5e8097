#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace paydesk::sandbox {

// Deterministic pseudo-random numbers (xoshiro256** seeded through splitmix64). Same seed, same sequence on every
// platform and standard library, which std::*_distribution does not promise; the data generator and the
// probability faults rely on that.
class SandboxRandom final
{
public:
    explicit SandboxRandom(std::uint64_t seed = 1);

    // A seed derived from a base seed and a label ("cryptocom"), so each gateway gets its own stream.
    static std::uint64_t deriveSeed(std::uint64_t seed, QByteArrayView label);

    std::uint64_t next();
    std::uint64_t bounded(std::uint64_t n); // uniform in [0, n); 0 when n == 0
    qint64 range(qint64 low, qint64 high); // uniform in [low, high]
    double unit(); // uniform in [0, 1)
    bool chance(double probability);
    QString uuid(); // version 4 layout, lower case
    QByteArray hex(int bytes); // 2 * bytes lower-case hex digits

private:
    std::uint64_t m_state[4];
};

} // namespace paydesk::sandbox
