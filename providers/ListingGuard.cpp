#include "providers/ListingGuard.h"

#include <algorithm>

namespace paydesk {

ListingGuard::ListingGuard(int maxPages)
    : m_maxPages(std::max(1, maxPages))
{
}

bool ListingGuard::remember(const QString& id)
{
    if (m_ids.contains(id))
        return false;
    m_ids.insert(id);
    return true;
}

ListingGuard::Verdict ListingGuard::verdict(bool emptyPage, bool anyNew, const QString& nextCursor)
{
    ++m_pages;
    if (nextCursor.isEmpty())
        return Verdict::End;
    if ((!emptyPage && !anyNew) || m_cursors.contains(nextCursor))
        return Verdict::NothingNew;
    if (m_pages >= m_maxPages)
        return Verdict::Capped;
    m_cursors.insert(nextCursor);
    return Verdict::Next;
}

} // namespace paydesk
