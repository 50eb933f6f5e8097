#include "models/PaymentArrangement.h"

#include <numeric>

namespace paydesk {

namespace {

bool isCancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

bool sameOrdering(const PaymentOrdering& a, const PaymentOrdering& b)
{
    return a.column() == b.column() && (a.column() < 0 || a.order() == b.order());
}

} // namespace

std::vector<quint32> PaymentArrangement::filtered(const std::vector<PaymentRow>& rows,
    const std::vector<quint32>& sortedAll, const PaymentFilter& filter, const std::atomic<bool>* cancel)
{
    if (filter.isEmpty())
        return sortedAll;
    // Test in storage order (rows and their text blocks lie in memory in that order), then pick in sorted order.
    std::vector<quint8> match(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if ((i & 0xFFFF) == 0 && isCancelled(cancel))
            return {};
        match[i] = filter.matches(rows[i]) ? 1 : 0;
    }
    std::vector<quint32> visible;
    visible.reserve(rows.size() / 4);
    for (quint32 index : sortedAll) {
        if (match[index])
            visible.push_back(index);
    }
    visible.shrink_to_fit();
    return visible;
}

PaymentArrangement PaymentArrangement::compute(const std::vector<PaymentRow>& rows, const PaymentOrdering& ordering,
    const PaymentFilter& filter, const std::atomic<bool>* cancel)
{
    PaymentArrangement result;
    result.ordering = ordering;
    result.filter = filter;
    std::vector<quint32> all(rows.size());
    std::iota(all.begin(), all.end(), quint32(0));
    result.sortedAll = ordering.sorted(rows, all, cancel);
    if (isCancelled(cancel)) {
        result.cancelled = true;
        return result;
    }
    result.visible = filtered(rows, result.sortedAll, filter, cancel);
    result.cancelled = isCancelled(cancel);
    return result;
}

PaymentArrangement PaymentArrangement::update(const std::vector<PaymentRow>& rows, const PaymentArrangement& current,
    const PaymentOrdering& ordering, const PaymentFilter& filter, const std::atomic<bool>* cancel)
{
    if (!sameOrdering(ordering, current.ordering) || current.sortedAll.size() != rows.size())
        return compute(rows, ordering, filter, cancel);
    PaymentArrangement result;
    result.ordering = ordering;
    result.filter = filter;
    result.sortedAll = current.sortedAll;
    if (filter == current.filter) {
        result.visible = current.visible;
    } else if (filter.narrows(current.filter)) {
        result.visible.reserve(current.visible.size());
        for (std::size_t i = 0; i < current.visible.size(); ++i) {
            if ((i & 0xFFFF) == 0 && isCancelled(cancel))
                break;
            const quint32 index = current.visible[i];
            if (filter.matches(rows[index]))
                result.visible.push_back(index);
        }
        result.visible.shrink_to_fit();
    } else {
        result.visible = filtered(rows, result.sortedAll, filter, cancel);
    }
    result.cancelled = isCancelled(cancel);
    return result;
}

} // namespace paydesk
