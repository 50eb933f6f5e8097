#pragma once

#include "core/Result.h"
#include "core/domain/Account.h"
#include "core/domain/AddressDraft.h"
#include "core/domain/InvoiceDraft.h"
#include "core/domain/RefundDraft.h"
#include "core/domain/WithdrawalDraft.h"
#include "providers/AccountCredentials.h"
#include "providers/http/HttpRequest.h"

#include <QDate>
#include <QString>

namespace paydesk {

// Gateway v10.2 (BucksBus) requests as values: URL = account.baseUrl (e.g. "https://api.bucksbus.com/int", the
// sandbox's ".../bucksbus/int") + the documented path; HTTP Basic "api key : api secret"; "Content-Type:
// application/json" on every request (the spec asks for it on all); bodies are compact JSON with a fixed field order
// and amounts written as exact number tokens. Paydesk's idempotency key goes in custom1 (BucksBusJson::kOrderIdField).
//
// Errors: Refused when the base URL or the credentials are missing; Validation (with the draft's field name) when the
// draft breaks the gateway's rules or sets a field v10.2 does not have. Creating calls get a 45 s transfer timeout:
// the gateway answers 500 after 30 s when it cannot decide, and that answer must be seen.
class BucksBusRequests final
{
public:
    // POST /payment. Runs validateBucksBusInvoice first.
    static Result<HttpRequest> createInvoice(
        const Account& account, const AccountCredentials& credentials, const InvoiceDraft& draft);
    // GET /payment/{id}.
    static Result<HttpRequest> getInvoice(
        const Account& account, const AccountCredentials& credentials, const QString& paymentId);
    // GET /payments?from=YYYY-MM-DD&to=YYYY-MM-DD[&status=…]: both dates required, from ≤ to.
    static Result<HttpRequest> listInvoices(const Account& account, const AccountCredentials& credentials, QDate from,
        QDate to, const QString& rawStatus = {});
    // GET /payment/{id}/trxs (the vendor's published path) …
    static Result<HttpRequest> invoiceTransactions(
        const Account& account, const AccountCredentials& credentials, const QString& paymentId);
    // … and GET /payment/{id}/txs, the seed text's path: call it when /trxs answers 404.
    static Result<HttpRequest> invoiceTransactionsFallback(
        const Account& account, const AccountCredentials& credentials, const QString& paymentId);
    // A refund is a withdrawal to the payer's address: POST /withdraw with the crypto amount, address, the reason as
    // description, the idempotency key in custom1 and the refunded payment's id in custom2. The amount must be in
    // crypto; no network (it is part of the asset id). feeFromRefund is not sent: v10.2 charges the network fee
    // separately (the reply's "fee").
    static Result<HttpRequest> refund(
        const Account& account, const AccountCredentials& credentials, const RefundDraft& draft);
    // POST /withdraw: amount, asset_id, address, custom1 = foreign id. No tag and no separate network on v10.2.
    static Result<HttpRequest> createWithdrawal(
        const Account& account, const AccountCredentials& credentials, const WithdrawalDraft& draft);
    // GET /withdraw/{id}.
    static Result<HttpRequest> getWithdrawal(
        const Account& account, const AccountCredentials& credentials, const QString& withdrawId);
    // GET /accounts.
    static Result<HttpRequest> balances(const Account& account, const AccountCredentials& credentials);
    // GET /assets.
    static Result<HttpRequest> assets(const Account& account, const AccountCredentials& credentials);
    // POST /dedicate: asset_id, description = label, custom1 = customer reference. No separate network.
    static Result<HttpRequest> createAddress(
        const Account& account, const AccountCredentials& credentials, const AddressDraft& draft);
    // POST /dedicate/{id}/release, with no body; idempotent (HttpClient::send takes it, retries it): a repeat changes
    // nothing more (the gateway answers 422 ERR_DEDICATE_RELEASED).
    static Result<HttpRequest> releaseAddress(
        const Account& account, const AccountCredentials& credentials, const QString& dedicateId);
    // The account test: GET /accounts (authenticated, read-only, answers with a body the mapper checks).
    static Result<HttpRequest> accountTest(const Account& account, const AccountCredentials& credentials);
};

} // namespace paydesk
