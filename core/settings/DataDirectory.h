#pragma once

#include <QString>

namespace paydesk {

// The environment variable that moves Paydesk's data directory (ledger, vault, logs) elsewhere.
inline constexpr char kDataDirectoryEnvVar[] = "PAYDESK_HOME";

// Where the dashboard and paydesk-cli keep their data unless told otherwise: $PAYDESK_HOME when set, else the
// platform's per-user data location ("~/.local/share/paydesk" on Linux). Both programs share it.
QString defaultDataDirectory();

} // namespace paydesk
