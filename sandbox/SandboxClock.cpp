#include "sandbox/SandboxClock.h"

#include <cmath>

namespace paydesk::sandbox {

SandboxClock::SandboxClock(QDateTime start, double speed, QObject* parent)
    : QObject(parent)
    , m_start(start.toUTC())
    , m_speed(speed > 0 ? speed : 1.0)
    , m_baseMSecs(m_start.toMSecsSinceEpoch())
{
    m_elapsed.start();
}

QDateTime SandboxClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMSecs(), Qt::UTC);
}

qint64 SandboxClock::nowMSecs() const
{
    return m_baseMSecs + static_cast<qint64>(std::llround(static_cast<double>(m_elapsed.elapsed()) * m_speed));
}

void SandboxClock::setSpeed(double speed)
{
    if (!(speed > 0))
        return;
    m_baseMSecs = nowMSecs();
    m_elapsed.restart();
    m_speed = speed;
}

void SandboxClock::advance(qint64 msecs)
{
    if (msecs <= 0)
        return;
    m_baseMSecs = nowMSecs() + msecs;
    m_elapsed.restart();
    Q_EMIT jumped();
}

bool SandboxClock::setNow(const QDateTime& time)
{
    const qint64 target = time.toMSecsSinceEpoch();
    const qint64 current = nowMSecs();
    if (target < current)
        return false;
    advance(target - current);
    return true;
}

void SandboxClock::reset()
{
    m_baseMSecs = m_start.toMSecsSinceEpoch();
    m_elapsed.restart();
    Q_EMIT jumped();
}

} // namespace paydesk::sandbox
