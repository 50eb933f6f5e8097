#pragma once

#include "core/ProviderError.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace paydesk {

// An inline banner for a failed action (STYLE.md c.6): one sentence in plain words (ProviderErrorText), the gateway's
// own code and message behind "Details", a close button. Gateway text is shown as plain text, never as rich text.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget* parent = nullptr);
    ~ErrorBanner() override;

    void showError(const ProviderError& error, const QString& accountName = {});
    void showMessage(const QString& message, const QString& details = {});
    void clear();

    QString message() const;
    QString details() const;

private:
    QLabel* m_message;
    QLabel* m_details;
    QToolButton* m_detailsButton;
};

} // namespace paydesk
