#include "core/export/ReportExporter.h"

#include "core/export/CsvWriter.h"
#include "core/export/ExportColumns.h"
#include "core/export/JsonRowWriter.h"
#include "core/journal/Journal.h"
#include "core/journal/UnknownOutcome.h"
#include "core/ledger/Ledger.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

// The CSV or JSON writer behind one interface for the row loop.
class RowSink final
{
public:
    RowSink(QIODevice* device, const ExportRequest& request, const QStringList& columns)
    {
        if (request.format == ExportFormat::Json) {
            m_json.emplace(device, columns);
        } else {
            m_csv.emplace(device, request.dialect);
            m_csv->writeTextRow(columns);
        }
    }

    bool write(const ExportRow& row)
    {
        if (m_json)
            return m_json->writeRow(row);
        for (const ExportValue& value : row) {
            switch (value.type) {
            case ExportValue::Type::Empty:
                m_csv->addEmpty();
                break;
            case ExportValue::Type::Text:
                m_csv->addText(value.text);
                break;
            case ExportValue::Type::Number:
                m_csv->addNumber(value.number);
                break;
            case ExportValue::Type::Boolean:
                m_csv->addText(value.flag ? u"true" : u"false");
                break;
            }
        }
        return m_csv->endRow();
    }

    bool finish() { return m_json ? m_json->finish() : m_csv->finish(); }
    bool hasError() const { return m_json ? m_json->hasError() : m_csv->hasError(); }
    QString errorString() const { return m_json ? m_json->errorString() : m_csv->errorString(); }

private:
    std::optional<CsvWriter> m_csv;
    std::optional<JsonRowWriter> m_json;
};

bool inRange(const QDateTime& time, const PaymentQuery& query)
{
    if (query.createdFrom.isValid() && (!time.isValid() || time < query.createdFrom))
        return false;
    if (query.createdTo.isValid() && (!time.isValid() || time >= query.createdTo))
        return false;
    return true;
}

bool currencyMatches(const QString& currency, const PaymentQuery& query)
{
    return query.currencies.isEmpty() || query.currencies.contains(currency, Qt::CaseInsensitive);
}

// Rows a payment export will write: the count matching the filter, cut by offset and limit.
qint64 expectedPaymentRows(qint64 matching, const PaymentQuery& query)
{
    qint64 rows = std::max<qint64>(0, matching - std::max(0, query.offset));
    if (query.limit >= 0)
        rows = std::min<qint64>(rows, query.limit);
    return rows;
}

ExportResult failed(const LedgerError& error, qint64 rows)
{
    return ExportResult{ExportResult::Outcome::Failed, rows, error.message, error.detail};
}

} // namespace

ReportExporter::ReportExporter(const Ledger& ledger, ExportRequest request)
    : m_ledger(ledger)
    , m_request(std::move(request))
{
}

ExportResult ReportExporter::write(QIODevice* device) const
{
    const auto accounts = m_ledger.accounts();
    if (!accounts)
        return failed(accounts.error(), 0);
    const ExportColumns columns(m_request.timeZone, accounts.value());
    const PaymentQuery& query = m_request.query;

    RowSink sink(device, m_request, ExportColumns::names(m_request.kind));
    qint64 rows = 0;
    qint64 total = 0;
    ExportRow row;
    row.reserve(32);

    const auto report = [&] {
        if (m_progress)
            m_progress(rows, total);
    };
    // Writes one built row; false stops the loop (cancel or write error).
    const auto emitRow = [&]() -> bool {
        if (!sink.write(row))
            return false;
        ++rows;
        if (rows % kProgressInterval == 0)
            report();
        return true;
    };
    // For the kinds read as a list: filter, then write.
    const auto writeList = [&](const auto& records, const auto& keep, const auto& build) {
        QList<qsizetype> kept;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (keep(records.at(i)))
                kept.append(i);
        }
        total = kept.size();
        report();
        for (const qsizetype i : kept) {
            if (cancelled())
                return;
            build(records.at(i), row);
            if (!emitRow())
                return;
        }
    };

    switch (m_request.kind) {
    case ExportKind::Payments: {
        const auto count = m_ledger.countPayments(query);
        if (!count)
            return failed(count.error(), 0);
        total = expectedPaymentRows(count.value(), query);
        report();
        const auto visited = m_ledger.forEachPayment(query, [&](const Payment& payment) {
            if (cancelled())
                return false;
            columns.paymentRow(payment, row);
            return emitRow();
        });
        if (!visited && !cancelled() && !sink.hasError())
            return failed(visited.error(), rows);
        break;
    }
    case ExportKind::Refunds: {
        const auto refunds = m_ledger.refunds(query.accountIds);
        if (!refunds)
            return failed(refunds.error(), 0);
        const auto createdHere = Journal::createdHere(m_ledger, JournalKind::Refund);
        if (!createdHere)
            return failed(createdHere.error(), 0);
        writeList(
            refunds.value(),
            [&](const Refund& r) { return inRange(r.created, query) && currencyMatches(r.amount.currency, query); },
            [&](const Refund& r, ExportRow& out) {
                columns.refundRow(r, UnknownOutcome::sentFromPaydesk(r, createdHere.value()), out);
            });
        break;
    }
    case ExportKind::Balances: {
        auto balances = m_ledger.latestBalances(query.accountIds);
        if (!balances)
            return failed(balances.error(), 0);
        // Accounts by name, as the snapshots; the ledger gives each account's currencies in order.
        QHash<QString, qsizetype> accountOrder;
        for (qsizetype i = 0; i < accounts.value().size(); ++i)
            accountOrder.insert(accounts.value().at(i).id, i);
        std::stable_sort(balances.value().begin(), balances.value().end(), [&](const Balance& a, const Balance& b) {
            return accountOrder.value(a.accountId, accountOrder.size())
                < accountOrder.value(b.accountId, accountOrder.size());
        });
        writeList(
            balances.value(), [&](const Balance& b) { return currencyMatches(b.currency, query); },
            [&](const Balance& b, ExportRow& out) { columns.balanceRow(b, out); });
        break;
    }
    case ExportKind::BalanceSnapshots: {
        // Account by account (ordered by name), each oldest first.
        QList<Balance> snapshots;
        for (const Account& account : accounts.value()) {
            if (!query.accountIds.isEmpty() && !query.accountIds.contains(account.id))
                continue;
            if (cancelled())
                break;
            auto history = m_ledger.balanceSnapshots(account.id, {}, query.createdFrom, query.createdTo);
            if (!history)
                return failed(history.error(), 0);
            snapshots.append(std::move(history).value());
        }
        writeList(
            snapshots, [&](const Balance& b) { return currencyMatches(b.currency, query); },
            [&](const Balance& b, ExportRow& out) { columns.balanceRow(b, out); });
        break;
    }
    case ExportKind::Addresses: {
        const auto addresses = m_ledger.dedicatedAddresses(query.accountIds);
        if (!addresses)
            return failed(addresses.error(), 0);
        writeList(
            addresses.value(),
            [&](const DedicatedAddress& a) { return inRange(a.created, query) && currencyMatches(a.currency, query); },
            [&](const DedicatedAddress& a, ExportRow& out) { columns.addressRow(a, out); });
        break;
    }
    }

    if (cancelled())
        return ExportResult{ExportResult::Outcome::Cancelled, rows, tr("The export was cancelled."), {}};
    if (!sink.finish() || sink.hasError()) {
        const QString reason = sink.errorString();
        return ExportResult{ExportResult::Outcome::Failed, rows,
            reason.isEmpty() ? tr("Cannot write the export file.")
                             : tr("Cannot write the export file: %1.").arg(reason),
            reason};
    }
    report();
    return ExportResult{ExportResult::Outcome::Done, rows, {}, {}};
}

} // namespace paydesk
