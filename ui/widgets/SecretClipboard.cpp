#include "ui/widgets/SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

namespace paydesk {

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard()
{
    clearNow();
}

void SecretClipboard::copy(const QString& secret)
{
    if (secret.isEmpty())
        return;
    m_copied = secret;
    QGuiApplication::clipboard()->setText(secret);
    if (m_seconds > 0)
        m_timer->start(std::chrono::seconds(m_seconds));
}

void SecretClipboard::clearNow()
{
    m_timer->stop();
    if (m_copied.isEmpty())
        return;
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.fill(u'\0');
    m_copied.clear();
}

} // namespace paydesk
