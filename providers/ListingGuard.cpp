#include "providers/ListingGuard.h"

#include <algorithm>

namespace paydesk {

ListingGuard::ListingGuard(int maxPages)
    : m_maxPages(std::max(1, maxPages))
{
}

ListingGuard::Verdict ListingGuard::afterPage(const QList<Payment>& payments, const QString& nextCursor)
{
    ++m_pages;
    bool anyNew = false;
    for (const Payment& payment : payments) {
        if (!m_ids.contains(payment.id)) {
            m_ids.insert(payment.id);
            anyNew = true;
        }
    }
    if (nextCursor.isEmpty())
        return Verdict::End;
    if ((!payments.isEmpty() && !anyNew) || m_cursors.contains(nextCursor))
        return Verdict::NothingNew;
    if (m_pages >= m_maxPages)
        return Verdict::Capped;
    m_cursors.insert(nextCursor);
    return Verdict::Next;
}

} // namespace paydesk
