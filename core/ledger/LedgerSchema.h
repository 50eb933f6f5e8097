#pragma once

#include "core/ledger/LedgerResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <cstdint>

namespace paydesk {

// The versioned schema: an ordered list of migration steps, step N bringing PRAGMA user_version from N-1 to N.
// migrate() runs every step a file needs in one IMMEDIATE transaction and reads user_version inside it, so two
// processes opening the same old file at once migrate it exactly once, and a file that cannot be brought up to date
// (damaged inside) is left as it was rather than half upgraded. Steps are append-only: never edit a shipped step.
class LedgerSchema final
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)

public:
    static constexpr std::uint32_t kApplicationId = 0x50594453; // "PYDS" in the SQLite header (offset 68)
    static constexpr int kLatestVersion = 6;

    // The SQL statements of one step (1-based).
    static QStringList stepStatements(int version);
    // Runs every step above the file's current version up to targetVersion, all or none of them.
    static LedgerResult<void> migrate(QSqlDatabase& db, int targetVersion);
    static LedgerResult<int> userVersion(QSqlDatabase& db);
};

} // namespace paydesk
