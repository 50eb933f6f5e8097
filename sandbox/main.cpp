#include "core/Version.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(u"paydesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION_STRING));
    QCoreApplication app(argc, argv);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const auto options = paydesk::sandbox::parseSandboxOptions(QCoreApplication::arguments().mid(1), &error);
    if (!options) {
        err << "paydesk-sandbox: " << error << Qt::endl;
        return 2;
    }
    if (options->help) {
        out << paydesk::sandbox::sandboxHelpText();
        return 0;
    }
    if (options->version) {
        out << "paydesk-sandbox " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    paydesk::sandbox::SandboxServer server(*options);
    server.addDefaultGateways();
    QElapsedTimer timer;
    timer.start();
    if (!server.start(&error)) {
        err << "paydesk-sandbox: " << error << Qt::endl;
        return 1;
    }
    if (options->payments > 0)
        err << "generated " << options->payments << " payments over " << options->days << " days in " << timer.elapsed()
            << " ms" << Qt::endl;
    out << server.startupBanner() << Qt::flush;
    return QCoreApplication::exec();
}
