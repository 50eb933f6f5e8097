// Cryptomus reply mappers (providers/cryptomus/CryptomusJson.h) on arbitrary bytes. The first byte picks the mapper
// (payment, payment page, accepted, balances, static wallet, blocked wallet, payout, payout page, account test), the
// rest is the reply body (with bit 6 set: an error reply for errorFrom). Every record that comes back keeps the
// invariants of GatewayRecordChecks.h (a payment's refund from refundOf too); every refusal is a Parse error with a
// message.
#include "providers/cryptomus/CryptomusJson.h"

#include <cstddef>
#include <cstdint>

#include "GatewayRecordChecks.h"

using namespace paydesk;
using namespace paydesk::fuzz;

namespace {

void checkCryptomusPayment(const Payment& payment)
{
    checkPayment(payment);
    require(payment.gateway == Gateway::Cryptomus);
    if (const std::optional<Refund> refund = CryptomusJson::refundOf(payment)) {
        checkRefund(*refund);
        require(refund->paymentId == payment.id && refund->status != TransferStatus::Unknown);
    }
}

void checkPayout(const Withdrawal& payout)
{
    checkWithdrawal(payout);
    require(payout.gateway == Gateway::Cryptomus && payout.amount.isValid());
}

// A reply whose envelope says "state" ≠ 0 is the gateway's refusal, classified like an error reply (Validation,
// Auth or NotFound, HTTP 200); anything else that cannot be read is a Parse error. Either way with a message.
void checkError(const ProviderError& error)
{
    require(!error.message.trimmed().isEmpty());
    if (error.kind == ProviderError::Kind::Parse)
        return;
    require(error.httpStatus == 200);
    require(error.kind == ProviderError::Kind::Validation || error.kind == ProviderError::Kind::Auth
        || error.kind == ProviderError::Kind::NotFound);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    if ((data[0] & 0x40) != 0) {
        checkErrorReply(data[0], body, &CryptomusJson::errorFrom);
        return 0;
    }
    const bool accountLive = (data[0] & 0x80) != 0;
    switch (data[0] % 9) {
    case 0:
        checkResult(
            CryptomusJson::payment(body, accountLive),
            [accountLive](const Payment& payment) {
                checkCryptomusPayment(payment);
                require(payment.liveMode == accountLive);
            },
            checkError);
        break;
    case 1:
        checkResult(
            CryptomusJson::paymentPage(body, accountLive),
            [](const CryptomusPage<Payment>& page) {
                for (const Payment& payment : page.items)
                    checkCryptomusPayment(payment);
            },
            checkError);
        break;
    case 2:
        checkResult(CryptomusJson::accepted(body), checkError);
        break;
    case 3:
        checkResult(
            CryptomusJson::balances(body),
            [](const QList<Balance>& balances) {
                for (const Balance& balance : balances) {
                    checkBalance(balance);
                    require(balance.available == balance.total && balance.onHold.isZero());
                }
            },
            checkError);
        break;
    case 4:
        checkResult(
            CryptomusJson::staticWallet(body),
            [](const DedicatedAddress& wallet) {
                checkAddress(wallet);
                require(!wallet.address.isEmpty());
            },
            checkError);
        break;
    case 5:
        checkResult(
            CryptomusJson::blockedWallet(body), [](const DedicatedAddress& wallet) { checkAddress(wallet); },
            checkError);
        break;
    case 6:
        checkResult(CryptomusJson::payout(body), checkPayout, checkError);
        break;
    case 7:
        checkResult(
            CryptomusJson::payoutPage(body),
            [](const CryptomusPage<Withdrawal>& page) {
                for (const Withdrawal& payout : page.items)
                    checkPayout(payout);
            },
            checkError);
        break;
    default:
        checkResult(CryptomusJson::accountTest(body), checkError);
        break;
    }
    return 0;
}
