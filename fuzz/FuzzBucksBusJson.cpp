// Gateway v10.2 (BucksBus) reply mappers (providers/bucksbus/BucksBusJson.h) on arbitrary bytes. The first byte picks
// the mapper (payment, webhook payment, payment list, payment transactions, withdrawal, refund, balances, dedicated
// address, account test), the rest is the reply body (with bit 6 set: an error reply for errorFrom,
// GatewayRecordChecks.h). Every record that comes back keeps the invariants of GatewayRecordChecks.h; every refusal is
// a Parse error with a message.
#include "providers/bucksbus/BucksBusJson.h"

#include <cstddef>
#include <cstdint>

#include "GatewayRecordChecks.h"

using namespace paydesk;
using namespace paydesk::fuzz;

namespace {

void checkBucksBusPayment(const Payment& payment)
{
    checkPayment(payment);
    require(payment.gateway == Gateway::BucksBus && payment.accountId.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    if ((data[0] & 0x40) != 0) {
        checkErrorReply(data[0], body, &BucksBusJson::errorFrom);
        return 0;
    }
    const bool accountLive = (data[0] & 0x80) != 0;
    switch (data[0] % 9) {
    case 0:
        checkResult(BucksBusJson::payment(body, accountLive), checkBucksBusPayment);
        break;
    case 1:
        checkResult(BucksBusJson::webhookPayment(body, accountLive), checkBucksBusPayment);
        break;
    case 2:
        checkResult(BucksBusJson::payments(body, accountLive), [](const QList<Payment>& payments) {
            for (const Payment& payment : payments)
                checkBucksBusPayment(payment);
        });
        break;
    case 3:
        checkResult(
            BucksBusJson::paymentTransactions(body, QStringLiteral("pay-1")), [](const QList<BlockchainTx>& txs) {
                for (const BlockchainTx& tx : txs) {
                    checkTransaction(tx);
                    require(!tx.txHash.isEmpty() && tx.amount.isValid());
                }
            });
        break;
    case 4:
        checkResult(BucksBusJson::withdrawal(body), [](const Withdrawal& withdrawal) {
            checkWithdrawal(withdrawal);
            require(withdrawal.amount.isValid());
        });
        break;
    case 5:
        checkResult(BucksBusJson::refund(body, QStringLiteral("pay-1")), [](const Refund& refund) {
            checkRefund(refund);
            require(!refund.paymentId.isEmpty() && refund.amount.isValid());
        });
        break;
    case 6:
        checkResult(BucksBusJson::balances(body), [](const QList<Balance>& balances) {
            for (const Balance& balance : balances)
                checkBalance(balance);
        });
        break;
    case 7:
        checkResult(BucksBusJson::dedicatedAddress(body), [](const DedicatedAddress& address) {
            checkAddress(address);
            require(!address.address.isEmpty());
        });
        break;
    default:
        checkResult(BucksBusJson::accountTest(body));
        break;
    }
    return 0;
}
