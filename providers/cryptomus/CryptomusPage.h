#pragma once

#include <QList>
#include <QString>

namespace paydesk {

// One page of a Cryptomus cursor list (v1/payment/list, v1/payout/list): the items and the "paginate" object.
// Pass nextCursor as ?cursor= for the next page; an empty nextCursor means this was the last page.
template<typename T>
struct CryptomusPage
{
    QList<T> items;
    QString nextCursor;
    QString previousCursor;
    bool hasPages = false;
    int count = 0; // items on this page, as the gateway counts them
    int perPage = 0;
};

} // namespace paydesk
