#include "app/gui/StartupCheck.h"

#include <QCoreApplication>
#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

StartupWarning tlsStartupWarning(bool supportsSsl, const QString& activeBackend)
{
    if (supportsSsl && !activeBackend.isEmpty() && activeBackend != u"cert-only")
        return {};
    const QString backend
        = activeBackend.isEmpty() ? QCoreApplication::translate("StartupCheck", "none") : activeBackend;
    return {QCoreApplication::translate("StartupCheck",
                "TLS is not available, so Paydesk cannot reach the payment gateways (the built-in sandbox still "
                "works). Reinstall Paydesk, or install OpenSSL 3."),
        QCoreApplication::translate("StartupCheck", "Qt TLS backend: %1; OpenSSL loaded: %2")
            .arg(backend,
                supportsSsl ? QCoreApplication::translate("StartupCheck", "yes")
                            : QCoreApplication::translate("StartupCheck", "no"))};
}

StartupWarning checkTls()
{
    return tlsStartupWarning(QSslSocket::supportsSsl(), QSslSocket::activeBackend());
}

} // namespace paydesk
