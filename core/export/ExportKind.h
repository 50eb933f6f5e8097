#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace paydesk {

// What an export contains. The string ids are stable (command line, settings, file names).
enum class ExportKind {
    Payments, // "payments": invoices, streamed from the ledger
    Refunds, // "refunds"
    Balances, // "balances": the latest balance per account and currency
    BalanceSnapshots, // "balance_snapshots": the balance history, one row per account, currency and sync
    Addresses, // "addresses": dedicated deposit addresses
};

// The file format of an export.
enum class ExportFormat {
    Csv, // "csv": RFC 4180, UTF-8, see CsvDialect
    Json, // "json": one array of objects whose keys are the CSV header
};

QString exportKindId(ExportKind kind);
std::optional<ExportKind> exportKindFromId(QStringView id);
QString exportFormatId(ExportFormat format);
std::optional<ExportFormat> exportFormatFromId(QStringView id);

} // namespace paydesk
