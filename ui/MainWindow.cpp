#include "ui/MainWindow.h"

#include "core/Version.h"

#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Paydesk"));
    setMinimumSize(800, 500);
    resize(1280, 800);

    m_emptyStateLabel = new QLabel(tr("No gateway accounts yet."), this);
    m_emptyStateLabel->setObjectName(u"emptyStateLabel"_s);
    m_emptyStateLabel->setAlignment(Qt::AlignCenter);
    m_emptyStateLabel->setTextFormat(Qt::PlainText);
    setCentralWidget(m_emptyStateLabel);

    createMenus();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::showSandboxRunning(const QUrl& baseUrl)
{
    const QString where = baseUrl.toString();
    m_emptyStateLabel->setText(tr("The sandbox is running at %1.\nIt simulates Crypto.com Pay, CryptoProcessing, "
                                  "Gateway v10.2 and Cryptomus with demo accounts and generated history.\n"
                                  "The dashboard pages that show them are not built yet.")
                                   .arg(where));
    statusBar()->showMessage(tr("Sandbox: %1").arg(where));
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = helpMenu->addAction(tr("&About Paydesk"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Paydesk"),
        tr("<b>Paydesk %1</b><p>A desktop dashboard for crypto payment gateways: Crypto.com Pay, "
           "CryptoProcessing, Gateway v10.2 and Cryptomus.</p>")
            .arg(QStringLiteral(PAYDESK_VERSION_STRING).toHtmlEscaped()));
}

} // namespace paydesk
