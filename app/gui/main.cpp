#include "core/Version.h"
#include "sandbox/SandboxServer.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// --version and --help must work without a display (packaging checks, ssh sessions): answer them from a
// QCoreApplication, which needs no platform plugin.
bool wantsTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"--version", "-v", "--help", "-h", "-?", "--help-all"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication::setApplicationName(u"Paydesk"_s);
    QApplication::setOrganizationName(u"Paydesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION_STRING));
    QApplication::setDesktopFileName(u"org.paydesk.Paydesk"_s);

    std::unique_ptr<QCoreApplication> app;
    if (wantsTextOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Paydesk: desktop dashboard for crypto payment gateways."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(u"sandbox"_s,
        QApplication::translate("main", "Start on the built-in sandbox with four demo accounts (no credentials)."));
    const QCommandLineOption dataDirOption(u"data-dir"_s,
        QApplication::translate("main", "Keep the ledger and settings in <dir> instead of the default location."),
        QApplication::translate("main", "dir"));
    parser.addOption(sandboxOption);
    parser.addOption(dataDirOption);
    parser.process(*app);

    paydesk::MainWindow window;
    std::unique_ptr<paydesk::sandbox::SandboxServer> sandbox;
    if (parser.isSet(sandboxOption)) {
        paydesk::sandbox::SandboxOptions options;
        options.payments = 5000;
        options.days = 90;
        sandbox = std::make_unique<paydesk::sandbox::SandboxServer>(options);
        sandbox->addDefaultGateways();
        QString error;
        if (!sandbox->start(&error)) {
            QTextStream(stderr)
                << QApplication::translate("main", "paydesk: the sandbox could not start: %1").arg(error) << Qt::endl;
            return 1;
        }
        window.showSandboxRunning(sandbox->baseUrl());
    }
    window.show();
    return QApplication::exec();
}
