#pragma once

#include "core/ledger/LedgerResult.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace paydesk {

// Reads an existing ledger file's 100-byte SQLite header with plain file I/O, before SQLite ever opens it, so that
// a foreign, truncated or too-new file can be refused without a single byte (or -wal/-shm file) being written.
// Only through LedgerFileGuard: closing this descriptor would drop the locks of any SQLite connection of this
// process on the same file.
class LedgerFileProbe final
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)

public:
    struct Header
    {
        bool empty = true; // missing or 0 bytes: SQLite treats it as a new database
        int pageSize = 0;
        bool walMode = false;
        std::uint32_t userVersion = 0;
        std::uint32_t applicationId = 0;
    };

    static LedgerResult<Header> probe(const QString& path, int newestKnownVersion, std::uint32_t applicationId);
};

} // namespace paydesk
