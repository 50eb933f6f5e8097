#include "app/cli/CliSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "core/export/ExportJob.h"
#include "core/ledger/Ledger.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

} // namespace

void runExportCommand(CliSession& session, const QStringList& arguments)
{
    CommandLine line(u"export"_s,
        {{u"format"_s, tr("csv or json."), u"format"_s}, {u"out"_s, tr("Destination file."), u"file"_s},
            {u"from"_s, tr("First day (YYYY-MM-DD), in the local time zone."), u"date"_s},
            {u"to"_s, tr("Last day (YYYY-MM-DD), included."), u"date"_s},
            {u"account"_s, tr("Only this account."), u"name"_s},
            {u"semicolon"_s, tr("CSV: ';' between fields (spreadsheets with a decimal comma).")},
            {u"bom"_s, tr("CSV: start with a UTF-8 byte order mark (Excel).")}});
    if (!line.parse(session, arguments, 1, 1))
        return;
    const auto kind = exportKindFromId(line.positional().first());
    if (!kind || *kind == ExportKind::BalanceSnapshots)
        return session.finish(session.out().usage(
            tr("export: expected payments, refunds, balances or addresses, not “%1”").arg(line.positional().first())));
    if (!line.isSet(u"format"_s) || !line.isSet(u"out"_s))
        return session.finish(session.out().usage(tr("export: --format csv|json and --out FILE are required")));
    const auto format = exportFormatFromId(line.value(u"format"_s));
    if (!format)
        return session.finish(
            session.out().usage(tr("export: --format must be csv or json, not “%1”").arg(line.value(u"format"_s))));
    QDate from;
    QDate to;
    for (const auto& [name, date] : {std::pair{u"from"_s, &from}, std::pair{u"to"_s, &to}}) {
        if (!line.isSet(name))
            continue;
        *date = QDate::fromString(line.value(name), Qt::ISODate);
        if (!date->isValid())
            return session.finish(session.out().usage(
                tr("export: --%1 must be a date such as 2026-11-21, not “%2”").arg(name, line.value(name))));
    }

    ExportRequest request;
    request.kind = *kind;
    request.format = *format;
    request.dialect.separator
        = line.isSet(u"semicolon"_s) ? CsvDialect::Separator::Semicolon : CsvDialect::Separator::Comma;
    request.dialect.byteOrderMark = line.isSet(u"bom"_s);
    request.setDateRange(from, to);
    if (!session.openLedgerForReading())
        return session.finish(kExitFailure);
    if (line.isSet(u"account"_s)) {
        const auto account = session.account(line.value(u"account"_s));
        if (!account)
            return session.finish(kExitFailure);
        request.query.accountIds = {account->id};
    }

    const QString out = QDir::cleanPath(line.value(u"out"_s));
    const ExportResult result = ExportJob(session.ledgerPath(), out, request).run();
    if (!result.ok())
        return session.finish(session.out().fail(
            result.detail.isEmpty() ? result.message : tr("%1 (%2)").arg(result.message, result.detail), u"export"_s));
    session.out().result(QJsonObject{{u"kind"_s, exportKindId(*kind)}, {u"format"_s, exportFormatId(*format)},
                             {u"file"_s, out}, {u"rows"_s, result.rows}},
        tr("Exported %1 row(s) of %2 to %3").arg(QString::number(result.rows), exportKindId(*kind), out));
    session.finish(kExitOk);
}

} // namespace paydesk::cli
