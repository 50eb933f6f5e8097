#pragma once

#include "core/Decimal.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace paydesk::cli {

class CliSession;

// The options and positional arguments of one command, parsed strictly: an unknown option, a missing value or the
// wrong number of positional arguments is a usage error (exit 2) with a message naming the command.
class CommandLine final
{
public:
    CommandLine(QString command, QList<QCommandLineOption> options = {});

    // False (usage error printed) when the arguments do not fit.
    bool parse(CliSession& session, const QStringList& arguments, qsizetype minPositional, qsizetype maxPositional);

    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }

    // --amount: an exact decimal; usage error printed when malformed.
    std::optional<Decimal> decimal(CliSession& session, const QString& name) const;
    // --from / --to: YYYY-MM-DD (local midnight) or a full ISO 8601 time; usage error printed when malformed.
    std::optional<QDateTime> time(CliSession& session, const QString& name, bool endOfDay) const;
    // An idempotency key option (--order-id, --key, --reference, --foreign-id): false, with "Not sent: …" printed
    // and the command finished with exit 1, when idempotencyKeyProblem() refuses it. `field` names the draft member.
    bool keyIsValid(CliSession& session, const QString& name, const QString& field) const;
    // A positive integer option; usage error printed when malformed.
    std::optional<qint64> integer(CliSession& session, const QString& name) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};

} // namespace paydesk::cli
