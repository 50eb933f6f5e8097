#pragma once

#include <QByteArray>
#include <QIODevice>

namespace paydesk {

// A request body that can be read exactly once. Qt 6.4's HTTP layer silently re-sends a request whose connection
// closes before the response starts (QHttpNetworkConnectionChannel::handleUnexpectedEOF; later Qt versions skip this
// for non-idempotent methods). For a POST that creates an invoice or a refund that would be a second, unjournaled
// send. Uploading from a sequential device that cannot reset() makes Qt report ContentReSendError instead.
class OneShotBodyDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBodyDevice)

public:
    explicit OneShotBodyDevice(QByteArray body, QObject* parent = nullptr);
    ~OneShotBodyDevice() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool atEnd() const override { return m_position >= m_body.size(); }
    qint64 size() const override { return m_body.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_body;
    qint64 m_position = 0;
};

} // namespace paydesk
