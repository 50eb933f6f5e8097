#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace paydesk {

// The rule of every loop over a gateway's list pages (sync's invoice listing, Crypto.com's lookup by order id): go on
// while a page brings at least one id not yet seen in this listing and points at a cursor not yet asked for; stop on
// a page with nothing new (a gateway that ignores the cursor answers every page with the first one); stop at a cap of
// pages and say so. An empty page with a cursor goes on (a v10.2 date window with no invoices).
class ListingGuard final
{
public:
    enum class Verdict {
        Next, // ask for the next page
        End, // the gateway says there is no more
        NothingNew, // the page repeated what this listing had already seen: stop (the gateway loops)
        Capped, // the page cap is reached while the gateway still has more
    };

    explicit ListingGuard(int maxPages);

    // Called once per page received (invoices, withdrawals: records with an `id`), with the cursor the page points at
    // (empty: the last page).
    template<typename Record>
    Verdict afterPage(const QList<Record>& records, const QString& nextCursor)
    {
        bool anyNew = false;
        for (const Record& record : records)
            anyNew = remember(record.id) || anyNew;
        return verdict(records.isEmpty(), anyNew, nextCursor);
    }
    int pages() const { return m_pages; }
    int maxPages() const { return m_maxPages; }

private:
    bool remember(const QString& id); // true when the id is new to this listing
    Verdict verdict(bool emptyPage, bool anyNew, const QString& nextCursor);

    QSet<QString> m_ids;
    QSet<QString> m_cursors;
    int m_pages = 0;
    int m_maxPages;
};

} // namespace paydesk
