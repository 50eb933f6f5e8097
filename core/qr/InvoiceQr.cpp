#include "core/qr/InvoiceQr.h"

#include "core/qr/PaymentUri.h"

namespace paydesk {

QString invoiceQrText(const Payment& payment)
{
    if (!payment.address.isEmpty() && payment.payAmount.isValid()) {
        const auto uri = PaymentUri::build(payment.address, payment.payAmount.currency, payment.network,
            std::optional<Decimal>(payment.payAmount.amount));
        if (uri && uri->carriesAmount())
            return uri->text();
    }
    if (!payment.paymentUrl.isEmpty())
        return payment.paymentUrl;
    return payment.address;
}

} // namespace paydesk
