#pragma once

#include "core/ProviderError.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace paydesk::cli {

// English with its plural: paydesk-cli prints untranslated text (docs/cli.md), so "%n item(s)" messages, which only a
// translator makes read well, are written with both forms: counted(2, "%n refund updated", "%n refunds updated").
inline QString counted(qint64 n, const char* one, const char* many)
{
    return QString::fromUtf8(n == 1 ? one : many).replace(QStringLiteral("%n"), QString::number(n));
}

// Exit status contract (docs/cli.md).
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1, // a gateway, validation, ledger or secret error: message on stderr
    kExitUsage = 2, // wrong command line
    kExitUnsettled = 3, // sync: every account synced, but requests remain unsettled (unknown outcome)
};

// Where paydesk-cli writes: results to stdout (a text table or, with --json, one JSON document), messages to stderr.
// With --json a failure is also a JSON document on stdout ({"error": {...}}), so scripts can read either.
class CliOutput final
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    explicit CliOutput(bool json)
        : m_json(json)
    {
    }

    bool json() const { return m_json; }

    // The result of a command: `json` with --json, otherwise `text` (a newline is added when missing).
    void result(const QJsonValue& json, const QString& text) const;
    // An aligned text table (the header row first); empty rows print "(none)".
    static QString table(const QStringList& header, const QList<QStringList>& rows);

    // Prints the error and returns kExitFailure.
    int fail(const ProviderError& error, const QString& accountName = {}) const;
    int fail(const QString& message, const QString& code = QStringLiteral("error")) const;
    // Prints the usage error with a pointer to --help and returns kExitUsage.
    int usage(const QString& message) const;
    // A note on stderr that does not change the outcome ("3 accounts synced, 1 failed").
    void note(const QString& message) const;

private:
    bool m_json;
};

} // namespace paydesk::cli
