#include "core/validation/InvoiceChecks.h"

#include "core/Assets.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

QString InvoiceChecks::baseAssetCode(const QString& assetId)
{
    const qsizetype dot = assetId.indexOf(u'.');
    return (dot < 0 ? assetId : assetId.left(dot)).trimmed().toUpper();
}

void InvoiceChecks::checkAmount(const Money& amount, QList<FieldProblem>& problems)
{
    if (amount.currency.trimmed().isEmpty()) {
        problems.append({u"currency"_s, QCoreApplication::translate("InvoiceRules", "Choose a currency.")});
    } else if (!findAsset(baseAssetCode(amount.currency))) {
        problems.append({u"currency"_s,
            QCoreApplication::translate("InvoiceRules", "%1 is not a currency Paydesk knows.").arg(amount.currency)});
    }
    if (amount.amount.signum() <= 0) {
        problems.append({u"amount"_s, QCoreApplication::translate("InvoiceRules", "The amount must be above zero.")});
        return;
    }
    if (!amount.currency.trimmed().isEmpty()) {
        const int precision = assetPrecision(baseAssetCode(amount.currency));
        if (amount.amount.normalized().scale() > precision) {
            problems.append({u"amount"_s,
                QCoreApplication::translate(
                    "InvoiceRules", "%1 allows at most %n decimal place(s).", nullptr, precision)
                    .arg(baseAssetCode(amount.currency))});
        }
    }
}

void InvoiceChecks::checkCryptoAsset(const QString& code, const QString& field, QList<FieldProblem>& problems)
{
    const auto asset = findAsset(baseAssetCode(code));
    if (!asset) {
        problems.append(
            {field, QCoreApplication::translate("InvoiceRules", "%1 is not a crypto asset Paydesk knows.").arg(code)});
    } else if (asset->fiat) {
        problems.append({field,
            QCoreApplication::translate("InvoiceRules", "%1 is a fiat currency; choose a crypto asset.").arg(code)});
    }
}

void InvoiceChecks::checkEmail(const QString& email, QList<FieldProblem>& problems)
{
    if (email.isEmpty())
        return;
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    if (email.size() > 254 || !pattern.match(email).hasMatch()) {
        problems.append(
            {u"payerEmail"_s, QCoreApplication::translate("InvoiceRules", "This is not a valid e-mail address.")});
    }
}

void InvoiceChecks::checkUrl(const QString& url, const QString& field, QList<FieldProblem>& problems)
{
    if (url.isEmpty())
        return;
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s)) {
        problems.append(
            {field, QCoreApplication::translate("InvoiceRules", "Enter a full web address starting with https://.")});
    }
}

void InvoiceChecks::checkMaxLength(
    const QString& text, const QString& field, qsizetype maxLength, QList<FieldProblem>& problems)
{
    if (text.size() > maxLength) {
        problems.append({field,
            QCoreApplication::translate(
                "InvoiceRules", "This can have at most %n character(s).", nullptr, int(maxLength))});
    }
}

FieldProblem InvoiceChecks::unsupported(const QString& field, const QString& gatewayName)
{
    return {field,
        QCoreApplication::translate("InvoiceRules", "%1 does not support this field; leave it empty.")
            .arg(gatewayName)};
}

} // namespace paydesk
