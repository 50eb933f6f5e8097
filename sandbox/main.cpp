#include "core/Version.h"
#include "sandbox/SandboxOptions.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(u"paydesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION_STRING));
    QCoreApplication app(argc, argv);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    if (arguments.contains(u"--version"_s)) {
        out << "paydesk-sandbox " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    QString error;
    const auto options = paydesk::sandbox::parseSandboxOptions(arguments, &error);
    if (!options) {
        QTextStream(stderr) << "paydesk-sandbox: " << error << Qt::endl;
        return 2;
    }
    QTextStream(stderr) << "paydesk-sandbox: the gateway simulation is not built yet" << Qt::endl;
    return 1;
}
