#include "app/gui/AppIcon.h"
#include "app/gui/DashboardApp.h"
#include "app/gui/StartupCheck.h"
#include "core/Version.h"
#include "core/settings/DataDirectory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
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
    const QCommandLineOption languageOption(u"lang"_s,
        QApplication::translate(
            "main", "Show the dashboard in <language> (en, es, ru…) instead of the configured one."),
        QApplication::translate("main", "language"));
    parser.addOption(sandboxOption);
    parser.addOption(dataDirOption);
    parser.addOption(languageOption);
    parser.process(*app);
    QApplication::setWindowIcon(paydesk::appIcon());

    const QString dataDirectory
        = parser.isSet(dataDirOption) ? QDir::cleanPath(parser.value(dataDirOption)) : paydesk::defaultDataDirectory();
    if (!QDir().mkpath(dataDirectory)) {
        QTextStream(stderr) << QApplication::translate("main", "paydesk: cannot create the data folder %1")
                                   .arg(QDir::toNativeSeparators(dataDirectory))
                            << Qt::endl;
        return 1;
    }
    paydesk::DashboardApp dashboard(dataDirectory);
    QObject::connect(&dashboard, &paydesk::DashboardApp::failed, &dashboard, [](const QString& message) {
        if (!message.isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("main", "Paydesk"), message);
        QApplication::exit(1);
    });
    if (parser.isSet(languageOption))
        dashboard.setLanguage(parser.value(languageOption));
    dashboard.setStartupWarning(paydesk::checkTls());
    if (parser.isSet(sandboxOption))
        dashboard.startSandbox();
    else
        dashboard.startLocal();
    return QApplication::exec();
}
