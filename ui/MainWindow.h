#pragma once

#include <QMainWindow>

namespace paydesk {

// The dashboard's main window. Pages are added by the dashboard issue; until then it shows the empty state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    void createMenus();
    void showAbout();
};

} // namespace paydesk
