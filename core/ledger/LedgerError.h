#pragma once

#include <QString>

class QSqlError;

namespace paydesk {

// Why a ledger or journal operation failed. No exceptions: every fallible call returns a LedgerResult.
// `message` is plain words for the user (translated, context "Ledger"); `detail` keeps the SQL driver's or the
// file system's own text, untranslated, for logs and bug reports.
struct LedgerError
{
    enum class Kind {
        None, // no error
        NotFound, // no such record / account / journal entry
        Corrupt, // not an SQLite file, truncated, or a row that cannot be decoded
        TooNew, // the file was written by a newer Paydesk (schema version above what this build knows)
        NotALedger, // a valid SQLite file that belongs to another application
        Io, // cannot open, read or write the file (permissions, disk full)
        ReadOnly, // the ledger's folder (or the file) cannot be written: it can only be opened for reading
        Busy, // another connection holds the lock longer than the busy timeout
        Constraint, // unique / foreign key violation (duplicate account name, unknown account id)
        InvalidArgument, // the caller passed something the ledger refuses (empty id, secret in a journal summary)
        IllegalTransition, // journal: the entry's state does not allow this step (confirmed → sent)
        Sql, // any other SQL failure
    };

    Kind kind = Kind::None;
    QString message;
    QString detail;

    bool isError() const { return kind != Kind::None; }

    static LedgerError make(Kind kind, const QString& message, const QString& detail = {});
    // Maps a driver error to a kind (busy, corrupt, constraint, I/O...) with `what` as the plain-words message.
    static LedgerError fromSql(const QSqlError& error, const QString& what);
    // Stable, untranslated name of a kind ("not_found"), for logs and tests.
    static QString kindId(Kind kind);
};

} // namespace paydesk
