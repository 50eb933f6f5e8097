#include "bench/faults/FaultCampaignFigures.h"

#include <QTextStream>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

void FaultCampaignRow::add(const FaultCampaignRow& other)
{
    keys += other.keys;
    calls += other.calls;
    errors += other.errors;
    confirmed += other.confirmed;
    refused += other.refused;
    atGateway += other.atGateway;
    inLedger += other.inLedger;
    duplicates += other.duplicates;
    lost += other.lost;
    phantom += other.phantom;
    wrong += other.wrong;
    standIn += other.standIn;
    unknown += other.unknown;
}

int FaultCampaignFigures::faultsInjected() const
{
    int total = 0;
    for (const int count : faultsByGateway)
        total += count;
    return total;
}

FaultCampaignRow FaultCampaignFigures::totals() const
{
    FaultCampaignRow total{.gateway = u"total"_s};
    for (const FaultCampaignRow& row : rows)
        total.add(row);
    return total;
}

bool FaultCampaignFigures::clean() const
{
    const FaultCampaignRow total = totals();
    return error.isEmpty() && stuckCalls == 0 && total.duplicates == 0 && total.lost == 0 && total.phantom == 0
        && total.wrong == 0 && total.unknown == 0;
}

QStringList FaultCampaignFigures::sampleFindings(int perCategory) const
{
    // A finding reads "<gateway> <operation> <key>: <kind>…".
    QMap<QString, int> seen;
    QStringList sample;
    for (const QString& finding : findings) {
        const QStringList words = finding.split(u' ');
        const QString category = words.mid(0, 2).join(u' ') + u' ' + words.value(3);
        if (seen[category]++ < perCategory)
            sample.append(finding);
    }
    return sample;
}

QString FaultCampaignFigures::table() const
{
    QString text;
    QTextStream out(&text);
    const auto line = [&out](const QStringList& cells) {
        static constexpr int widths[] = {17, 11, 6, 7, 7, 6, 6, 6, 7, 5, 5, 6, 6, 6, 6, 7};
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const int width = widths[std::min<qsizetype>(i, std::size(widths) - 1)];
            out << (i < 2 ? cells[i].leftJustified(width) : cells[i].rightJustified(width));
        }
        out << '\n';
    };
    const auto row = [&line](const FaultCampaignRow& r, const QString& faults) {
        line({r.gateway, r.operation, QString::number(r.keys), QString::number(r.calls), QString::number(r.errors),
            QString::number(r.confirmed), QString::number(r.refused), QString::number(r.atGateway),
            QString::number(r.inLedger), QString::number(r.duplicates), QString::number(r.lost),
            QString::number(r.phantom), QString::number(r.wrong), QString::number(r.standIn),
            QString::number(r.unknown), faults});
    };
    line({u"gateway"_s, u"operation"_s, u"keys"_s, u"calls"_s, u"errors"_s, u"conf"_s, u"refus"_s, u"at gw"_s,
        u"ledger"_s, u"dup"_s, u"lost"_s, u"phant"_s, u"wrong"_s, u"stand"_s, u"unkn"_s, u"faults"_s});
    QString previous;
    for (const FaultCampaignRow& r : rows) {
        const bool first = r.gateway != previous;
        previous = r.gateway;
        row(r, first ? QString::number(faultsByGateway.value(r.gateway)) : QString());
    }
    row(totals(), QString::number(faultsInjected()));
    out << "\nfaults injected per kind:";
    for (auto it = faultsByKind.cbegin(); it != faultsByKind.cend(); ++it)
        out << ' ' << it.key() << '=' << it.value();
    out << "\nstuck: create calls with no result within 20 s, syncs unfinished after 120 s: " << stuckCalls;
    out << "\nrequests on gateway routes: " << requests << ", wall time: " << QString::number(seconds, 'f', 1)
        << " s\n";
    if (!error.isEmpty())
        out << "error: " << error << '\n';
    out << (clean() ? "result: clean (0 duplicates, 0 lost, 0 phantom, 0 unknown, 0 stuck)\n"
                    : "result: NOT clean (duplicated, lost, phantom or unknown objects, or stuck calls)\n");
    return text;
}

} // namespace paydesk
