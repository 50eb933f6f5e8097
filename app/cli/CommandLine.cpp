#include "app/cli/CommandLine.h"

#include "app/cli/CliSession.h"
#include "core/validation/IdempotencyKeyCheck.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

} // namespace

CommandLine::CommandLine(QString command, QList<QCommandLineOption> options)
    : m_command(std::move(command))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(options);
}

bool CommandLine::parse(
    CliSession& session, const QStringList& arguments, qsizetype minPositional, qsizetype maxPositional)
{
    if (!m_parser.parse(QStringList{u"paydesk-cli"_s} + arguments)) {
        session.finish(session.out().usage(tr("%1: %2").arg(m_command, m_parser.errorText())));
        return false;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional) {
        session.finish(session.out().usage(tr("%1: missing arguments").arg(m_command)));
        return false;
    }
    if (count > maxPositional) {
        session.finish(session.out().usage(
            tr("%1: unexpected argument “%2”").arg(m_command, m_parser.positionalArguments().at(maxPositional))));
        return false;
    }
    return true;
}

std::optional<Decimal> CommandLine::decimal(CliSession& session, const QString& name) const
{
    const auto value = Decimal::fromUserInput(m_parser.value(name));
    if (!value) {
        session.finish(session.out().usage(tr("%1: --%2 must be a decimal number such as 10.50, not “%3”")
                                               .arg(m_command, name, m_parser.value(name))));
    }
    return value;
}

std::optional<QDateTime> CommandLine::time(CliSession& session, const QString& name, bool endOfDay) const
{
    const QString text = m_parser.value(name);
    if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0)).toUTC();
    if (const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs); time.isValid())
        return time.toUTC();
    session.finish(session.out().usage(
        tr("%1: --%2 must be a date (2026-11-21) or an ISO 8601 time, not “%3”").arg(m_command, name, text)));
    return std::nullopt;
}

bool CommandLine::keyIsValid(CliSession& session, const QString& name, const QString& field) const
{
    const QString problem = idempotencyKeyProblem(m_parser.value(name));
    if (problem.isEmpty())
        return true;
    session.finish(session.out().fail(
        ProviderError::validation(field, tr("--%1 “%2”: %3").arg(name, m_parser.value(name), problem))));
    return false;
}

std::optional<qint64> CommandLine::integer(CliSession& session, const QString& name) const
{
    bool ok = false;
    const qint64 value = m_parser.value(name).toLongLong(&ok);
    if (!ok || value <= 0) {
        session.finish(session.out().usage(
            tr("%1: --%2 must be a positive whole number, not “%3”").arg(m_command, name, m_parser.value(name))));
        return std::nullopt;
    }
    return value;
}

} // namespace paydesk::cli
