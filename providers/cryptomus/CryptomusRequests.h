#pragma once

#include "core/Result.h"
#include "core/domain/Account.h"
#include "core/domain/AddressDraft.h"
#include "core/domain/InvoiceDraft.h"
#include "core/domain/RefundDraft.h"
#include "core/domain/WithdrawalDraft.h"
#include "providers/AccountCredentials.h"
#include "providers/http/HttpRequest.h"

#include <QDateTime>
#include <QString>

namespace paydesk {

// Cryptomus requests as values. Every call is POST account.baseUrl ("https://api.cryptomus.com", the sandbox's
// ".../cryptomus"; a base already ending in "/v1" is accepted) + "/v1/…" with a compact JSON body in a fixed field
// order and the headers "merchant: <account.merchantId>", "sign: md5_hex(base64(body) + key)" and "Content-Type:
// application/json". Payments, wallets, refunds and balance sign with the payment key (credentials.apiKey); payouts
// with the payout key (credentials.payoutKey). A call without fields sends and signs an empty body (v1/balance).
//
// Calls that create something (payment, payment/refund, wallet, payout) get a longer timeout and must go through
// HttpClient::sendCreating(); every other call only reads (or blocks a wallet, which changes nothing the second time)
// and is marked idempotent, so HttpClient::send() accepts it and retries it like a GET.
//
// Errors: Refused when the base URL, the merchant id or the needed key is missing; Validation (with the draft's field
// name) when the draft breaks the gateway's rules or sets a field Cryptomus does not have.
class CryptomusRequests final
{
public:
    // v1/payment. Runs validateCryptomusInvoice first. Fields: amount, currency, order_id, network, to_currency
    // (payCurrency), lifetime, url_return (returnUrl), additional_data (description), currencies
    // (allowedCurrencies), discount_percent.
    static Result<HttpRequest> createInvoice(
        const Account& account, const AccountCredentials& credentials, const InvoiceDraft& draft);
    // v1/payment/info by uuid …
    static Result<HttpRequest> getInvoice(
        const Account& account, const AccountCredentials& credentials, const QString& uuid);
    // … or by order id (the journal's lookup after a lost reply).
    static Result<HttpRequest> getInvoiceByOrderId(
        const Account& account, const AccountCredentials& credentials, const QString& orderId);
    // v1/payment/list[?cursor=…]: date_from / date_to ("yyyy-MM-dd HH:mm:ss" in the gateway's UTC+3 clock) when
    // valid, omitted otherwise; the cursor goes in the query string, never in the signed body.
    static Result<HttpRequest> listInvoices(const Account& account, const AccountCredentials& credentials,
        const QDateTime& fromUtc, const QDateTime& toUtc, const QString& cursor = {});
    // v1/payment/refund: {"address","is_subtract","uuid"}. Cryptomus refunds the whole payment to an address: the
    // draft's amount must be left empty (zero); is_subtract = !feeFromRefund (true takes the fee from the merchant's
    // balance, false from the refunded sum); no network and no reason field.
    static Result<HttpRequest> refund(
        const Account& account, const AccountCredentials& credentials, const RefundDraft& draft);
    // v1/balance, empty body.
    static Result<HttpRequest> balances(const Account& account, const AccountCredentials& credentials);
    // v1/payment/services with an empty body (a read), signed with the payment key.
    static Result<HttpRequest> services(const Account& account, const AccountCredentials& credentials);
    // v1/wallet (static wallet): currency, network, order_id (customerReference; all three required; the order id
    // 1–100 characters, alpha_dash). No label.
    static Result<HttpRequest> createAddress(
        const Account& account, const AccountCredentials& credentials, const AddressDraft& draft);
    // v1/wallet/block-address {"uuid"}.
    static Result<HttpRequest> releaseAddress(
        const Account& account, const AccountCredentials& credentials, const QString& walletUuid);
    // v1/payout, signed with the payout key: amount, currency, order_id (foreignId: 1–100 characters, alpha_dash),
    // address, is_subtract true (the fee comes from the balance, so the address receives the amount), network, memo
    // (tag).
    static Result<HttpRequest> createWithdrawal(
        const Account& account, const AccountCredentials& credentials, const WithdrawalDraft& draft);
    // v1/payout/info by uuid, payout key.
    static Result<HttpRequest> getWithdrawal(
        const Account& account, const AccountCredentials& credentials, const QString& uuid);
    // … or by order id (the journal's lookup after a lost reply).
    static Result<HttpRequest> getWithdrawalByOrderId(
        const Account& account, const AccountCredentials& credentials, const QString& orderId);
    // v1/payout/list[?cursor=…], payout key; the same optional date window as listInvoices().
    static Result<HttpRequest> listWithdrawals(const Account& account, const AccountCredentials& credentials,
        const QDateTime& fromUtc = {}, const QDateTime& toUtc = {}, const QString& cursor = {});
    // The account test: v1/balance with the payment key.
    static Result<HttpRequest> accountTest(const Account& account, const AccountCredentials& credentials);
};

} // namespace paydesk
