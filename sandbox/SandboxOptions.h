#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::sandbox {

// Command-line options of paydesk-sandbox (docs/sandbox.md).
struct SandboxOptions
{
    quint16 port = 0; // 0: any free port
    quint64 seed = 1;
    int payments = 0; // generated history, spread over the four gateways
    int days = 30;
    double speed = 1.0; // clock acceleration (not money: a double is fine here)
    QString faultsFile;
};

// Parses arguments (without the program name); on a usage error returns std::nullopt and sets error.
std::optional<SandboxOptions> parseSandboxOptions(const QStringList& arguments, QString* error);

} // namespace paydesk::sandbox
