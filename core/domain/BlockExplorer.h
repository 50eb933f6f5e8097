#pragma once

#include <QString>
#include <QUrl>

namespace paydesk {

// A public block explorer's page for a transaction, for the "open in explorer" links: by the network the gateway
// names ("tron", "TRON", "ERC20", "bsc"…), else by the asset's own chain ("BTC", "USDT.TRC20" → tron). Invalid when
// the network is unknown or the hash is not a plain hash (letters and digits only: nothing else reaches a URL).
QUrl blockExplorerTransactionUrl(const QString& network, const QString& currency, const QString& txHash);

} // namespace paydesk
