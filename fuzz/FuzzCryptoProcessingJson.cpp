// CryptoProcessing's reply mappers (providers/cryptoprocessing/CryptoProcessingJson.h) on arbitrary bytes. The first
// byte picks the mapper (payment request, balances, dedicated address, withdrawal, transaction, ping), the rest is
// the reply body (with bit 6 set: an error reply for errorFrom). Every record that comes back keeps the invariants of
// GatewayRecordChecks.h (and so do the records
// derived from a transaction: withdrawalFrom, paymentRequestFromDeposit); every refusal is a Parse error.
#include "providers/cryptoprocessing/CryptoProcessingJson.h"

#include <cstddef>
#include <cstdint>

#include "GatewayRecordChecks.h"

using namespace paydesk;
using namespace paydesk::fuzz;

namespace {

void checkTransactionRecord(const CryptoProcessingTransaction& transaction)
{
    require(!transaction.id.isEmpty());
    checkStatus(transaction.status);
    checkMoney(transaction.sent);
    checkMoney(transaction.received);
    checkMoney(transaction.receivedAfterFees);
    for (const Money& fee : transaction.fees) {
        checkMoney(fee);
        require(fee.isValid());
    }
    for (const BlockchainTx& tx : transaction.transactions)
        checkTransaction(tx);
    checkRawJson(transaction.rawJson);

    const Withdrawal withdrawal = CryptoProcessingJson::withdrawalFrom(transaction);
    checkWithdrawal(withdrawal);

    // A known payment request brought up to date from this transaction as its deposit.
    Payment known;
    known.gateway = Gateway::CryptoProcessing;
    known.id = QStringLiteral("request-1");
    known.orderId = transaction.foreignId;
    known.amount = Money{Decimal::fromInt(10), QStringLiteral("USDT")};
    known.rawStatus = QStringLiteral("created");
    known.status = PaymentStatus::Pending;
    known.rawJson = QByteArrayLiteral("{}");
    checkPayment(CryptoProcessingJson::paymentRequestFromDeposit(known, transaction));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    if ((data[0] & 0x40) != 0) {
        checkErrorReply(data[0], body, &CryptoProcessingJson::errorFrom);
        return 0;
    }
    const bool accountLive = (data[0] & 0x80) != 0;
    switch (data[0] % 6) {
    case 0:
        checkResult(CryptoProcessingJson::paymentRequest(body, QStringLiteral("acct"), accountLive),
            [accountLive](const Payment& payment) {
                checkPayment(payment);
                require(payment.liveMode == accountLive && payment.gateway == Gateway::CryptoProcessing);
            });
        break;
    case 1: {
        const QDateTime asOf = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        checkResult(CryptoProcessingJson::balances(body, asOf), [&asOf](const QList<Balance>& balances) {
            for (const Balance& balance : balances) {
                checkBalance(balance);
                require(balance.asOf == asOf && balance.onHold.isZero());
            }
        });
        break;
    }
    case 2:
        checkResult(CryptoProcessingJson::dedicatedAddress(body), [](const DedicatedAddress& address) {
            checkAddress(address);
            require(!address.address.isEmpty() && !address.currency.isEmpty());
        });
        break;
    case 3:
        checkResult(CryptoProcessingJson::withdrawal(body), [](const Withdrawal& withdrawal) {
            checkWithdrawal(withdrawal);
            require(withdrawal.amount.isValid());
        });
        break;
    case 4:
        checkResult(CryptoProcessingJson::transaction(body), checkTransactionRecord);
        break;
    default:
        checkResult(CryptoProcessingJson::ping(body));
        break;
    }
    return 0;
}
