#include "sandbox/SandboxOptions.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

std::optional<SandboxOptions> parseSandboxOptions(const QStringList& arguments, QString* error)
{
    SandboxOptions options;
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& name = arguments.at(i);
        if (i + 1 >= arguments.size())
            return fail(QCoreApplication::translate("sandbox", "%1 needs a value").arg(name));
        const QString value = arguments.at(++i);
        bool ok = false;
        if (name == u"--port") {
            const uint port = value.toUInt(&ok);
            if (!ok || port > 65535)
                return fail(QCoreApplication::translate("sandbox", "--port takes 0 to 65535"));
            options.port = static_cast<quint16>(port);
        } else if (name == u"--seed") {
            options.seed = value.toULongLong(&ok);
        } else if (name == u"--payments") {
            options.payments = value.toInt(&ok);
            ok = ok && options.payments >= 0;
        } else if (name == u"--days") {
            options.days = value.toInt(&ok);
            ok = ok && options.days > 0;
        } else if (name == u"--speed") {
            options.speed = value.toDouble(&ok);
            ok = ok && options.speed > 0;
        } else if (name == u"--faults") {
            options.faultsFile = value;
            ok = true;
        } else {
            return fail(QCoreApplication::translate("sandbox", "unknown option %1").arg(name));
        }
        if (!ok)
            return fail(QCoreApplication::translate("sandbox", "invalid value for %1: %2").arg(name, value));
    }
    return options;
}

} // namespace paydesk::sandbox
