#pragma once

#include <QString>

namespace paydesk {

// The environment variable that moves Paydesk's data directory (ledger, vault, logs) elsewhere.
inline constexpr char kDataDirectoryEnvVar[] = "PAYDESK_HOME";

// Where the dashboard and paydesk-cli keep their data unless told otherwise: $PAYDESK_HOME when set, else the
// platform's per-user data location ("~/.local/share/paydesk" on Linux). Both programs share it.
QString defaultDataDirectory();

// Why the data directory's ledger must not be opened, or an empty string. A 0-byte ledger.sqlite beside a non-empty
// secrets.vault was truncated or wiped, not new: SQLite would silently make an empty ledger of it and every record
// and journal entry would be gone unnoticed. It is refused like a damaged file; the merchant restores it from a
// backup (or removes it, to start over on purpose).
QString lostLedgerProblem(const QString& dataDirectory);

} // namespace paydesk
