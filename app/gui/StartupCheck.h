#pragma once

#include <QString>

namespace paydesk {

// What the startup self-check found wrong, in plain words, or an empty string when all is well.
struct StartupWarning
{
    QString message;
    QString details;

    bool isEmpty() const { return message.isEmpty(); }
};

// TLS: Qt loads its TLS backend as a plugin (tls/libqopensslbackend.so, qschannelbackend.dll …) and OpenSSL at run
// time. Without them every gateway call would fail later with an obscure network error, so the dashboard says so at
// once. `supportsSsl` and `activeBackend` are QSslSocket::supportsSsl() and QSslSocket::activeBackend(); the
// "cert-only" backend cannot make connections.
StartupWarning tlsStartupWarning(bool supportsSsl, const QString& activeBackend);

// The check on this machine (asks QSslSocket).
StartupWarning checkTls();

} // namespace paydesk
