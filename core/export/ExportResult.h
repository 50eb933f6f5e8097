#pragma once

#include <QString>
#include <QtGlobal>

namespace paydesk {

// How an export ended. On Done the destination holds the whole export; on Cancelled or Failed it was not touched
// (an older file stays as it was, no partial file is left).
struct ExportResult
{
    enum class Outcome { Done, Cancelled, Failed };

    Outcome outcome = Outcome::Failed;
    qint64 rows = 0; // data rows written (header excluded); on Cancelled / Failed, how far it got
    QString message{}; // plain words, translated; empty on Done
    QString detail{}; // the system's or SQL driver's own text, untranslated, for logs (may be empty)

    bool ok() const { return outcome == Outcome::Done; }
};

} // namespace paydesk
