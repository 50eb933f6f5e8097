#pragma once

#include "core/domain/Payment.h"

#include <QString>

namespace paydesk {

// What an invoice's QR code carries (PRODUCT.md "New invoice"): a wallet URI with the amount when the deposit
// address and the crypto amount are known and the asset has a URI form wallets agree on (BIP-21, EIP-681; see
// PaymentUri), else the hosted payment page, else the bare deposit address. Empty when the invoice has none of them.
QString invoiceQrText(const Payment& payment);

} // namespace paydesk
