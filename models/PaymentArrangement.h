#pragma once

#include "models/PaymentFilter.h"
#include "models/PaymentOrdering.h"
#include "models/PaymentRow.h"

#include <atomic>
#include <vector>

namespace paydesk {

// Which payment rows the table shows, in which order: every storage index in the ordering (sortedAll) and the
// subset that passes the filter, in the same order (visible). Computing it reads the rows and never changes them,
// so it runs on a worker thread while the GUI thread keeps reading the same rows.
struct PaymentArrangement
{
    std::vector<quint32> sortedAll;
    std::vector<quint32> visible;
    PaymentOrdering ordering;
    PaymentFilter filter;
    bool cancelled = false;

    // From scratch: sort every row, then filter (one pass in storage order, then one pass in sorted order).
    static PaymentArrangement compute(const std::vector<PaymentRow>& rows, const PaymentOrdering& ordering,
        const PaymentFilter& filter, const std::atomic<bool>* cancel = nullptr);
    // From the current arrangement: re-sorts only when the ordering differs, and when the new filter narrows the
    // current one scans only the rows visible now.
    static PaymentArrangement update(const std::vector<PaymentRow>& rows, const PaymentArrangement& current,
        const PaymentOrdering& ordering, const PaymentFilter& filter, const std::atomic<bool>* cancel = nullptr);

    // The visible subset of `sortedAll` for `filter`.
    static std::vector<quint32> filtered(const std::vector<PaymentRow>& rows, const std::vector<quint32>& sortedAll,
        const PaymentFilter& filter, const std::atomic<bool>* cancel = nullptr);
};

} // namespace paydesk
