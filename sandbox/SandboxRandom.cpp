#include "sandbox/SandboxRandom.h"

namespace paydesk::sandbox {

namespace {

std::uint64_t splitmix64(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

SandboxRandom::SandboxRandom(std::uint64_t seed)
{
    std::uint64_t x = seed;
    for (auto& s : m_state)
        s = splitmix64(x);
}

std::uint64_t SandboxRandom::deriveSeed(std::uint64_t seed, QByteArrayView label)
{
    std::uint64_t h = 0xcbf29ce484222325ULL; // FNV-1a over the label, mixed with the seed
    for (const char c : label) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    std::uint64_t x = seed ^ h;
    return splitmix64(x);
}

std::uint64_t SandboxRandom::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

std::uint64_t SandboxRandom::bounded(std::uint64_t n)
{
    if (n == 0)
        return 0;
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t value = next();
    while (value >= limit)
        value = next();
    return value % n;
}

qint64 SandboxRandom::range(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + static_cast<qint64>(bounded(static_cast<std::uint64_t>(high - low) + 1));
}

double SandboxRandom::unit()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

bool SandboxRandom::chance(double probability)
{
    return unit() < probability;
}

QString SandboxRandom::uuid()
{
    static const char digits[] = "0123456789abcdef";
    std::uint64_t hi = next();
    std::uint64_t lo = next();
    hi = (hi & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    char text[36];
    int pos = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            text[pos++] = '-';
        const std::uint64_t word = i < 16 ? hi : lo;
        const int shift = 60 - 4 * (i % 16);
        text[pos++] = digits[(word >> shift) & 0xf];
    }
    return QString::fromLatin1(text, 36);
}

QByteArray SandboxRandom::hex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = static_cast<char>(next() & 0xff);
    return raw.toHex();
}

} // namespace paydesk::sandbox
