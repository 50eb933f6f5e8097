#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace paydesk::sandbox {

// Command-line options of paydesk-sandbox (docs/sandbox.md), also the configuration of an embedded SandboxServer.
struct SandboxOptions
{
    quint16 port = 0; // 0: any free port
    quint64 seed = 1;
    qint64 payments = 0; // generated history, spread over the gateways
    int days = 30;
    double speed = 1.0; // clock acceleration (not money: a double is fine here)
    QString faultsFile;
    qint64 epoch = 0; // sandbox clock start, Unix seconds; 0: the current time
    QUrl webhookUrl; // default webhook target for every gateway
    bool help = false;
    bool version = false;
};

// Parses arguments (without the program name); on a usage error returns std::nullopt and sets error.
std::optional<SandboxOptions> parseSandboxOptions(const QStringList& arguments, QString* error);

// The text of paydesk-sandbox --help: options, control API, fault rules.
QString sandboxHelpText();

} // namespace paydesk::sandbox
