#pragma once

#include "core/ledger/LedgerFileProbe.h"
#include "core/ledger/LedgerResult.h"

#include <QString>

#include <cstdint>

namespace paydesk {

// Counts this process's open connections per ledger file, so that nothing but SQLite ever opens a file that the
// process already has a connection on.
//
// POSIX advisory locks belong to a process and a file, not to a descriptor: closing *any* descriptor of the file
// drops *all* of the process's locks on it, including those SQLite holds for its connections. Without them another
// process (paydesk-cli next to the dashboard) believes it is the last user, checkpoints and deletes -wal and -shm
// under the live connections, and from then on the two processes write to different files. So the plain-file
// header probe (LedgerFileProbe) runs only while this process has no connection on the file, under a lock shared
// by all threads; later opens rely on SQLite's own checks.
class LedgerFileGuard final
{
public:
    // Probes `path` if this process has no connection on it yet, creates it owner-only (0600) if it does not exist,
    // and counts one more connection on it. The caller opens its connection after this returns and calls release()
    // with the returned key once that connection is closed (also when opening it failed).
    static LedgerResult<QString> acquire(const QString& path, int newestKnownVersion, std::uint32_t applicationId);
    static void release(const QString& key);
    // Connections this process has open on `path` (for tests and diagnostics).
    static int openCount(const QString& path);

private:
    static QString keyFor(const QString& path);
};

} // namespace paydesk
