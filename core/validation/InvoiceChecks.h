#pragma once

#include "core/Money.h"
#include "core/validation/FieldProblem.h"

#include <QList>
#include <QString>

namespace paydesk {

// Checks several gateways' invoice rules share. Each appends FieldProblems named after InvoiceDraft's members
// ("amount", "currency", "payerEmail", …) with translated messages (context "InvoiceRules").
class InvoiceChecks final
{
public:
    // The asset code an id stands for: "USDT.TRC20" → "USDT", "btc" → "BTC".
    static QString baseAssetCode(const QString& assetId);
    // Currency given and known, amount > 0 and within the currency's decimal places.
    static void checkAmount(const Money& amount, QList<FieldProblem>& problems);
    // A known crypto asset (not fiat); `field` names the draft member.
    static void checkCryptoAsset(const QString& code, const QString& field, QList<FieldProblem>& problems);
    // Empty or a plausible address (one '@', no spaces, a dot in the domain, at most 254 characters).
    static void checkEmail(const QString& email, QList<FieldProblem>& problems);
    // Empty or an absolute http(s) URL.
    static void checkUrl(const QString& url, const QString& field, QList<FieldProblem>& problems);
    // At most `maxLength` characters (each gateway has its own caps).
    static void checkMaxLength(
        const QString& text, const QString& field, qsizetype maxLength, QList<FieldProblem>& problems);
    // "<gateway> does not support this field" for a field the draft sets but the gateway lacks.
    static FieldProblem unsupported(const QString& field, const QString& gatewayName);
};

} // namespace paydesk
