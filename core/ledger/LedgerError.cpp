#include "core/ledger/LedgerError.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

LedgerError LedgerError::make(Kind kind, const QString& message, const QString& detail)
{
    LedgerError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    return error;
}

LedgerError LedgerError::fromSql(const QSqlError& error, const QString& what)
{
    // SQLite primary result codes (the Qt driver reports sqlite3_errcode() as the native code).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    Kind kind = Kind::Sql;
    if (ok) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            kind = Kind::Busy;
            break;
        case 8: // SQLITE_READONLY
        case 10: // SQLITE_IOERR
        case 13: // SQLITE_FULL
        case 14: // SQLITE_CANTOPEN
            kind = Kind::Io;
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            kind = Kind::Corrupt;
            break;
        case 19: // SQLITE_CONSTRAINT
            kind = Kind::Constraint;
            break;
        default:
            break;
        }
    }
    QString detail = error.text();
    if (!error.nativeErrorCode().isEmpty())
        detail += u" (SQLite "_s + error.nativeErrorCode() + u')';
    return make(kind, what, detail);
}

QString LedgerError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::NotFound:
        return u"not_found"_s;
    case Kind::Corrupt:
        return u"corrupt"_s;
    case Kind::TooNew:
        return u"too_new"_s;
    case Kind::NotALedger:
        return u"not_a_ledger"_s;
    case Kind::Io:
        return u"io"_s;
    case Kind::ReadOnly:
        return u"read_only"_s;
    case Kind::Busy:
        return u"busy"_s;
    case Kind::Constraint:
        return u"constraint"_s;
    case Kind::InvalidArgument:
        return u"invalid_argument"_s;
    case Kind::IllegalTransition:
        return u"illegal_transition"_s;
    case Kind::Sql:
        return u"sql"_s;
    }
    return u"sql"_s;
}

} // namespace paydesk
