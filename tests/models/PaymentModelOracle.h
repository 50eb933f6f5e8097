#pragma once

// The Payments table test's data set and its own statement of every column's order (independent of
// PaymentOrdering's keys), for tst_PaymentTableModel. Header-only.
#include "core/ledger/Ledger.h"
#include "models/PaymentTableModel.h"
#include "models/StatusText.h"
#include "tests/models/ModelTestData.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>

namespace paydesk::modeltest {

using namespace Qt::Literals::StringLiterals;

using Model = PaymentTableModel;

// A varied set: equal created times, both accounts, mixed-case texts, amounts that need the exact path (more than
// 18 decimals, more than 18 integer digits, negative), missing amounts and times.
inline QList<Payment> samplePayments()
{
    const QStringList amounts{u"15.00"_s, u"0.1"_s, u"0.10000000000000000001"_s, u"100000000000000000000"_s, u"2"_s,
        u"10"_s, u"-3.5"_s, u"0.099999999999999999999"_s, u"15"_s, u"7.25"_s, u"1234.002137791379927765"_s, u"-3"_s,
        u"-3.75"_s, u"-0.0000000000000000000001"_s, u"-100000000000000000000.5"_s};
    const QStringList orderIds{u"PD-10"_s, u"pd-9"_s, u"PD-1"_s, u"X-1"_s, u"pd-10"_s, u"Zeta"_s, u"alpha"_s};
    const QStringList descriptions{u"Two coffees"_s, u"café"_s, u"cake"_s, u"Cake"_s, u""_s};
    const QStringList currencies{u"USD"_s, u"EUR"_s, u"BTC"_s, u"usdt"_s};
    QList<Payment> payments;
    for (int i = 0; i < 44; ++i) {
        const QString id = u"p%1"_s.arg(i, 2, 10, QChar(u'0'));
        Payment p = payment(i % 3 == 0 ? u"a2"_s : u"a1"_s, id, (i * 7) % 23, amounts.at(i % amounts.size()),
            currencies.at(i % currencies.size()), PaymentStatus((i * 5) % 13));
        p.orderId = orderIds.at(i % orderIds.size());
        p.description = descriptions.at(i % descriptions.size());
        p.network = i % 2 ? u"tron"_s : u"Bitcoin"_s;
        p.gateway = Gateway((i / 2) % 4);
        if (i % 11 == 5)
            p.amount = {}; // no amount at all
        if (i % 9 == 4)
            p.expires = {};
        if (i % 13 == 6)
            p.created = {};
        if (i % 4 == 1)
            p.paid = Money{dec(QString::number(i) + u".5"_s), u"BTC"_s};
        payments.append(p);
    }
    return payments;
}

inline std::optional<Money> moneyOf(const Payment& p, int column)
{
    const Money& m = column == Model::PayAmountColumn ? p.payAmount
        : column == Model::PaidColumn                 ? p.paid
        : column == Model::RefundedColumn             ? p.refunded
                                                      : p.amount;
    return m.isValid() ? std::optional<Money>(m) : std::nullopt;
}

inline int compareText(const QString& a, const QString& b)
{
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded : a.compare(b);
}

// The test's own statement of each column's order (independent of PaymentOrdering's keys).
inline int oracleCompare(const Payment& a, const Payment& b, int column)
{
    const auto time = [](const QDateTime& x, const QDateTime& y) {
        if (x.isValid() != y.isValid())
            return x.isValid() ? 1 : -1;
        return x == y ? 0 : (x < y ? -1 : 1);
    };
    const QHash<QString, QString> names{{u"a1"_s, u"shop-eu"_s}, {u"a2"_s, u"Berlin"_s}};
    switch (column) {
    case Model::CreatedColumn:
        return time(a.created, b.created);
    case Model::ExpiresColumn:
        return time(a.expires, b.expires);
    case Model::AccountColumn:
        return compareText(names.value(a.accountId), names.value(b.accountId));
    case Model::GatewayColumn:
        return compareText(gatewayDisplayName(a.gateway), gatewayDisplayName(b.gateway));
    case Model::StatusColumn:
        return StatusText::payment(a.status).localeAwareCompare(StatusText::payment(b.status));
    case Model::OrderIdColumn:
        return compareText(a.orderId, b.orderId);
    case Model::DescriptionColumn:
        return compareText(a.description, b.description);
    case Model::CurrencyColumn:
        return compareText(a.amount.currency, b.amount.currency);
    case Model::PayCurrencyColumn:
        return compareText(a.payAmount.currency, b.payAmount.currency);
    case Model::NetworkColumn:
        return compareText(a.network, b.network);
    case Model::AddressColumn:
        return compareText(a.address, b.address);
    case Model::IdColumn:
        return compareText(a.id, b.id);
    default: {
        const auto x = moneyOf(a, column);
        const auto y = moneyOf(b, column);
        if (!x || !y)
            return x ? 1 : (y ? -1 : 0);
        return x->amount == y->amount ? 0 : (x->amount < y->amount ? -1 : 1);
    }
    }
}

// Ids in the order the model must show: the ledger's order (its storage order), stably sorted by the column.
inline QStringList oracleOrder(
    const Ledger& ledger, int column, Qt::SortOrder order,
    const std::function<bool(const Payment&)>& keep = [](const Payment&) { return true; })
{
    QList<Payment> payments = ledger.payments({}).value();
    if (column >= 0) {
        std::stable_sort(payments.begin(), payments.end(), [&](const Payment& a, const Payment& b) {
            const int value = oracleCompare(a, b, column);
            return order == Qt::DescendingOrder ? value > 0 : value < 0;
        });
    }
    QStringList ids;
    for (const Payment& p : std::as_const(payments)) {
        if (keep(p))
            ids.append(p.id);
    }
    return ids;
}

} // namespace paydesk::modeltest
