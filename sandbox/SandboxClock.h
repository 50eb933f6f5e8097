#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

namespace paydesk::sandbox {

// The sandbox's notion of "now": starts at a given UTC instant, runs `speed` times faster than the wall clock,
// and jumps forward on advance() (POST /_sandbox/clock). It never runs backwards except through reset().
// Expiries, refund completion and webhook retry times all derive from it.
class SandboxClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxClock)

public:
    explicit SandboxClock(
        QDateTime start = QDateTime::currentDateTimeUtc(), double speed = 1.0, QObject* parent = nullptr);

    QDateTime now() const;
    qint64 nowMSecs() const; // milliseconds since the Unix epoch
    qint64 nowSecs() const { return nowMSecs() / 1000; }
    double speed() const { return m_speed; }
    QDateTime start() const { return m_start; }

    void setSpeed(double speed); // > 0; keeps now() continuous
    void advance(qint64 msecs); // > 0 moves forward; <= 0 is ignored
    bool setNow(const QDateTime& time); // forward only; false if time is in the past
    void reset(); // back to the start instant

Q_SIGNALS:
    void jumped(); // after advance()/setNow()/reset(): the owner re-evaluates deadlines at once

private:
    QDateTime m_start;
    double m_speed;
    qint64 m_baseMSecs = 0; // sandbox time at the last rebase
    QElapsedTimer m_elapsed; // wall time since the last rebase
};

} // namespace paydesk::sandbox
