#include "core/export/ExportKind.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

constexpr std::array kKinds{
    std::pair{ExportKind::Payments, u"payments"},
    std::pair{ExportKind::Refunds, u"refunds"},
    std::pair{ExportKind::Balances, u"balances"},
    std::pair{ExportKind::BalanceSnapshots, u"balance_snapshots"},
    std::pair{ExportKind::Addresses, u"addresses"},
};

constexpr std::array kFormats{
    std::pair{ExportFormat::Csv, u"csv"},
    std::pair{ExportFormat::Json, u"json"},
};

} // namespace

QString exportKindId(ExportKind kind)
{
    for (const auto& [k, id] : kKinds) {
        if (k == kind)
            return QString::fromUtf16(id);
    }
    return {};
}

std::optional<ExportKind> exportKindFromId(QStringView id)
{
    for (const auto& [k, kindId] : kKinds) {
        if (id == QStringView(kindId))
            return k;
    }
    return std::nullopt;
}

QString exportFormatId(ExportFormat format)
{
    for (const auto& [f, id] : kFormats) {
        if (f == format)
            return QString::fromUtf16(id);
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromId(QStringView id)
{
    for (const auto& [f, formatId] : kFormats) {
        if (id.compare(QStringView(formatId), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

} // namespace paydesk
