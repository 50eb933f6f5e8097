#include "providers/http/OneShotBodyDevice.h"

#include <algorithm>
#include <cstring>

namespace paydesk {

OneShotBodyDevice::OneShotBodyDevice(QByteArray body, QObject* parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    open(QIODevice::ReadOnly);
}

OneShotBodyDevice::~OneShotBodyDevice() = default;

qint64 OneShotBodyDevice::bytesAvailable() const
{
    return (m_body.size() - m_position) + QIODevice::bytesAvailable();
}

qint64 OneShotBodyDevice::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_position);
    if (count <= 0)
        return m_position >= m_body.size() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_position, static_cast<size_t>(count));
    m_position += count;
    return count;
}

qint64 OneShotBodyDevice::writeData(const char*, qint64)
{
    return -1;
}

} // namespace paydesk
