#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace paydesk {

// Copies a secret to the clipboard and takes it off again after a while (Settings "clipboardClearSeconds", 30 s by
// default), unless something else was copied meanwhile. Plain data such as addresses does not go through here.
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    explicit SecretClipboard(QObject* parent = nullptr);
    ~SecretClipboard() override;

    void setClearAfterSeconds(int seconds) { m_seconds = seconds; } // 0: never
    int clearAfterSeconds() const { return m_seconds; }
    void copy(const QString& secret);
    // Clears now if the clipboard still holds what was copied (also when this object goes).
    void clearNow();

private:
    QTimer* m_timer;
    QString m_copied;
    int m_seconds = 30;
};

} // namespace paydesk
