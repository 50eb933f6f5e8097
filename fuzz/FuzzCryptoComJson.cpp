// Crypto.com Pay's reply mappers (providers/cryptocom/CryptoComJson.h) on arbitrary bytes. The first byte picks the
// mapper (payment, payment list, refund, webhook event, account test), the rest is the reply body (with bit 6 set: an
// error reply for errorFrom, GatewayRecordChecks.h). Every record that comes back keeps the invariants of
// GatewayRecordChecks.h; every refusal is a Parse error with a message.
#include "providers/cryptocom/CryptoComJson.h"

#include <cstddef>
#include <cstdint>

#include "GatewayRecordChecks.h"

using namespace paydesk;
using namespace paydesk::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    if ((data[0] & 0x40) != 0) {
        checkErrorReply(data[0], body, &CryptoComJson::errorFrom);
        return 0;
    }
    const bool accountLive = (data[0] & 0x80) != 0;
    switch (data[0] % 5) {
    case 0:
        checkResult(CryptoComJson::payment(body, QStringLiteral("acct"), accountLive), [](const Payment& payment) {
            checkPayment(payment);
            require(payment.accountId == QStringLiteral("acct") && payment.gateway == Gateway::CryptoCom);
        });
        break;
    case 1:
        checkResult(CryptoComJson::paymentList(body, {}, accountLive), [](const CryptoComPaymentPage& page) {
            for (const Payment& payment : page.payments)
                checkPayment(payment);
        });
        break;
    case 2:
        checkResult(CryptoComJson::refund(body), [](const Refund& refund) {
            checkRefund(refund);
            require(!refund.paymentId.isEmpty() && refund.amount.isValid());
        });
        break;
    case 3:
        checkResult(CryptoComJson::event(body, {}, accountLive), [](const CryptoComEvent& event) {
            require(!event.id.isEmpty() && !event.type.isEmpty());
            checkTime(event.created);
            checkRawJson(event.rawJson);
            // One object: a payment or a refund.
            require(event.payment.has_value() != event.refund.has_value());
            if (event.payment)
                checkPayment(*event.payment);
            if (event.refund)
                checkRefund(*event.refund);
        });
        break;
    default:
        checkResult(CryptoComJson::accountTest(body));
        break;
    }
    return 0;
}
