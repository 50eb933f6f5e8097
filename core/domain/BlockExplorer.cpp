#include "core/domain/BlockExplorer.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

// Chain → transaction page ("%1" is the hash).
const QHash<QString, QString>& explorers()
{
    static const QHash<QString, QString> table{
        {u"bitcoin"_s, u"https://mempool.space/tx/%1"_s},
        {u"litecoin"_s, u"https://litecoinspace.org/tx/%1"_s},
        {u"dogecoin"_s, u"https://blockchair.com/dogecoin/transaction/%1"_s},
        {u"ethereum"_s, u"https://etherscan.io/tx/%1"_s},
        {u"bsc"_s, u"https://bscscan.com/tx/%1"_s},
        {u"polygon"_s, u"https://polygonscan.com/tx/%1"_s},
        {u"tron"_s, u"https://tronscan.org/#/transaction/%1"_s},
        {u"solana"_s, u"https://solscan.io/tx/%1"_s},
        {u"ton"_s, u"https://tonviewer.com/transaction/%1"_s},
        {u"xrp"_s, u"https://xrpscan.com/tx/%1"_s},
    };
    return table;
}

// The names gateways use for a chain (network ids, token standards, asset tickers) → the chain.
QString chainOf(const QString& name)
{
    static const QHash<QString, QString> aliases{
        {u"bitcoin"_s, u"bitcoin"_s},
        {u"btc"_s, u"bitcoin"_s},
        {u"litecoin"_s, u"litecoin"_s},
        {u"ltc"_s, u"litecoin"_s},
        {u"dogecoin"_s, u"dogecoin"_s},
        {u"doge"_s, u"dogecoin"_s},
        {u"ethereum"_s, u"ethereum"_s},
        {u"eth"_s, u"ethereum"_s},
        {u"erc20"_s, u"ethereum"_s},
        {u"bsc"_s, u"bsc"_s},
        {u"bep20"_s, u"bsc"_s},
        {u"bnb"_s, u"bsc"_s},
        {u"polygon"_s, u"polygon"_s},
        {u"matic"_s, u"polygon"_s},
        {u"pol"_s, u"polygon"_s},
        {u"tron"_s, u"tron"_s},
        {u"trx"_s, u"tron"_s},
        {u"trc20"_s, u"tron"_s},
        {u"solana"_s, u"solana"_s},
        {u"sol"_s, u"solana"_s},
        {u"ton"_s, u"ton"_s},
        {u"xrp"_s, u"xrp"_s},
        {u"ripple"_s, u"xrp"_s},
    };
    return aliases.value(name.trimmed().toLower());
}

bool isPlainHash(const QString& hash)
{
    if (hash.isEmpty() || hash.size() > 128)
        return false;
    for (const QChar c : hash) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return true;
}

} // namespace

QUrl blockExplorerTransactionUrl(const QString& network, const QString& currency, const QString& txHash)
{
    if (!isPlainHash(txHash))
        return {};
    QString chain = chainOf(network);
    if (chain.isEmpty()) {
        // "USDT.TRC20" (v10.2 asset ids) names its chain after the dot; a plain ticker is its own chain.
        const qsizetype dot = currency.indexOf(u'.');
        chain = chainOf(dot >= 0 ? currency.mid(dot + 1) : currency);
    }
    const QString pattern = explorers().value(chain);
    return pattern.isEmpty() ? QUrl() : QUrl(pattern.arg(txHash));
}

} // namespace paydesk
