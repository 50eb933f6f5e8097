#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;

namespace paydesk {

// The dashboard's main window. Pages are added by the dashboard issue; until then it shows the empty state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shown while the in-process sandbox runs (paydesk --sandbox): where it listens, in plain words.
    void showSandboxRunning(const QUrl& baseUrl);

private:
    void createMenus();

    QLabel* m_emptyStateLabel;
    void showAbout();
};

} // namespace paydesk
