#pragma once

#include <QWidget>

namespace paydesk {

// First run: what Paydesk is, and the two ways in — "Try the sandbox" (four simulated gateways with demo accounts
// and history, no credentials) or "Add a gateway account".
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

Q_SIGNALS:
    void trySandboxRequested();
    void addAccountRequested();
};

} // namespace paydesk
