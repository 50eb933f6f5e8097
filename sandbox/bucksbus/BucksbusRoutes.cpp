// Gateway v10.2 routes: request parsing, validation (422 {code,message}) and the creating calls.
#include "sandbox/JsonArrayStream.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/bucksbus/BucksbusSimulator.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

namespace {

namespace fmt = bucksbus::format;
using bucksbus::asset;
using bucksbus::assetIndex;

const QStringList kLanguages
    = {u"ar"_s, u"en"_s, u"es"_s, u"fa"_s, u"fr"_s, u"ja"_s, u"pt"_s, u"ru"_s, u"tr"_s, u"zh"_s};
const QStringList kFiatProviders
    = {u"sguardarian"_s, u"sguardian"_s, u"cmoonpay"_s, u"cbanxa"_s, u"cwert"_s, u"cransak"_s, u"ckado"_s};
const QStringList kFiatAssets = {u"USD"_s, u"EUR"_s, u"JPY"_s, u"KRW"_s, u"TRY"_s};

// A float64 request field: absent → nullopt with *present false; a JSON number → its exact shortest decimal.
// Anything else sets *wrongType (the gateway rejects the body as it cannot decode it).
std::optional<Decimal> readNumber(const QJsonObject& body, const QString& name, bool* present, bool* wrongType)
{
    const QJsonValue value = body.value(name);
    *present = !value.isUndefined() && !value.isNull();
    if (!*present)
        return std::nullopt;
    if (!value.isDouble()) {
        *wrongType = true;
        return std::nullopt;
    }
    return Decimal::fromString(QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest));
}

bool isHttpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

HttpResponse typeError(const QString& field, QLatin1StringView type)
{
    JsonWriter w;
    w.beginObject()
        .field("code"_L1, "ERR_BAD_REQUEST"_L1)
        .field("message"_L1, u"Cannot decode the request: field %1 must be of type %2."_s.arg(field, type))
        .endObject();
    return HttpResponse::json(400, w.take());
}

bool isCrypto(quint8 index)
{
    return asset(index).crypto;
}

} // namespace

HttpResponse BucksbusSimulator::route(const HttpRequest& request, const QString& subPath)
{
    const QStringList parts = subPath.split(u'/', Qt::SkipEmptyParts);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    auto wrongMethod = [] { return error(405, "ERR_METHOD_NOT_ALLOWED"_L1, u"Method not allowed."_s); };

    // Which route is it (method checked after the path is recognised)?
    enum class Route {
        None,
        Assets,
        Accounts,
        Convert,
        Payment,
        PaymentGet,
        PaymentTxs,
        Payments,
        Withdraw,
        WithdrawGet,
        Dedicate,
        DedicateRelease,
        Transfer
    };
    Route which = Route::None;
    bool wantsPost = false;
    if (parts.size() == 1) {
        const QString& p = parts.at(0);
        if (p == u"assets")
            which = Route::Assets;
        else if (p == u"accounts")
            which = Route::Accounts;
        else if (p == u"convert")
            which = Route::Convert, wantsPost = true;
        else if (p == u"payment")
            which = Route::Payment, wantsPost = true;
        else if (p == u"payments")
            which = Route::Payments;
        else if (p == u"withdraw")
            which = Route::Withdraw, wantsPost = true;
        else if (p == u"dedicate")
            which = Route::Dedicate, wantsPost = true;
        else if (p == u"transfer")
            which = Route::Transfer, wantsPost = true;
    } else if (parts.size() == 2 && parts.at(0) == u"payment") {
        which = Route::PaymentGet;
    } else if (parts.size() == 3 && parts.at(0) == u"payment" && (parts.at(2) == u"trxs" || parts.at(2) == u"txs")) {
        which = Route::PaymentTxs;
    } else if (parts.size() == 2 && parts.at(0) == u"withdraw") {
        which = Route::WithdrawGet;
    } else if (parts.size() == 3 && parts.at(0) == u"dedicate" && parts.at(2) == u"release") {
        which = Route::DedicateRelease, wantsPost = true;
    }
    if (which == Route::None)
        return error(
            404, "ERR_NOT_FOUND"_L1, u"Route %1 %2 not found."_s.arg(QString::fromLatin1(request.method), subPath));
    if ((wantsPost && !post) || (!wantsPost && !get))
        return wrongMethod();

    QJsonObject body;
    if (post) {
        const QByteArray trimmed = request.body.trimmed();
        if (!trimmed.isEmpty()) {
            if (!request.header("content-type").toLower().startsWith("application/json"))
                return error(400, "ERR_BAD_REQUEST"_L1, u"Content-Type must be application/json."_s);
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return error(400, "ERR_BAD_REQUEST"_L1, u"Cannot decode the request: a JSON object is expected."_s);
            body = document.object();
        }
    }

    switch (which) {
    case Route::Assets:
        return getAssets();
    case Route::Accounts:
        return getAccounts();
    case Route::Convert:
        return convert(body);
    case Route::Payment:
        return createPayment(body);
    case Route::PaymentGet:
        return getPayment(parts.at(1));
    case Route::PaymentTxs:
        return getPaymentTransactions(parts.at(1));
    case Route::Payments:
        return listPayments(request);
    case Route::Withdraw:
        return createWithdrawal(body);
    case Route::WithdrawGet:
        return getWithdrawal(parts.at(1));
    case Route::Dedicate:
        return createDedicate(body);
    case Route::DedicateRelease:
        return releaseDedicate(parts.at(1));
    case Route::Transfer:
        return createTransfer(body);
    case Route::None:
        break;
    }
    return wrongMethod();
}

std::optional<HttpResponse> BucksbusSimulator::readExtra(const QJsonObject& body, Extra* extra, bool withLanguage) const
{
    for (const QString& name : {u"payer_email"_s, u"payer_name"_s, u"payer_lang"_s, u"description"_s, u"webhook_url"_s,
             u"success_url"_s, u"cancel_url"_s, u"address"_s}) {
        const QJsonValue value = body.value(name);
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return typeError(name, "string"_L1);
    }
    extra->payerEmail = body.value(u"payer_email"_s).toString();
    extra->payerName = body.value(u"payer_name"_s).toString();
    extra->description = body.value(u"description"_s).toString();
    extra->webhookUrl = body.value(u"webhook_url"_s).toString();
    extra->successUrl = body.value(u"success_url"_s).toString();
    extra->cancelUrl = body.value(u"cancel_url"_s).toString();
    if (withLanguage) {
        extra->payerLang = body.value(u"payer_lang"_s).toString();
        if (!extra->payerLang.isEmpty() && !kLanguages.contains(extra->payerLang))
            return error(422, "ERR_VALIDATION"_L1,
                u"payer_lang <%1> is not supported (ar, en, es, fa, fr, ja, pt, ru, tr, zh)."_s.arg(extra->payerLang));
    }
    if (!extra->payerEmail.isEmpty()) {
        const qsizetype at = extra->payerEmail.indexOf(u'@');
        if (at <= 0 || at == extra->payerEmail.size() - 1 || extra->payerEmail.contains(u' '))
            return error(422, "ERR_VALIDATION"_L1, u"payer_email <%1> is not a valid email."_s.arg(extra->payerEmail));
    }
    for (const auto& [name, url] : {std::pair{u"webhook_url"_s, &extra->webhookUrl},
             std::pair{u"success_url"_s, &extra->successUrl}, std::pair{u"cancel_url"_s, &extra->cancelUrl}}) {
        if (!url->isEmpty() && !isHttpUrl(*url))
            return error(422, "ERR_VALIDATION"_L1, u"%1 <%2> is not a valid URL."_s.arg(name, *url));
    }
    // custom: a string, or a JSON object kept as its compact text ("May also be a json object").
    const QJsonValue custom = body.value(u"custom"_s);
    if (custom.isString())
        extra->custom = custom.toString();
    else if (custom.isObject())
        extra->custom = QString::fromUtf8(QJsonDocument(custom.toObject()).toJson(QJsonDocument::Compact));
    else if (custom.isArray())
        extra->custom = QString::fromUtf8(QJsonDocument(custom.toArray()).toJson(QJsonDocument::Compact));
    else if (!custom.isUndefined() && !custom.isNull())
        return typeError(u"custom"_s, "string"_L1);
    for (int i = 0; i < 9; ++i) {
        const QString name = u"custom%1"_s.arg(i + 1);
        const QJsonValue value = body.value(name);
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return typeError(name, "string"_L1);
        extra->customN[static_cast<size_t>(i)] = value.toString();
    }
    return std::nullopt;
}

HttpResponse BucksbusSimulator::convert(const QJsonObject& body) const
{
    bool present = false;
    bool wrongType = false;
    const auto fromAmount = readNumber(body, u"from_amount"_s, &present, &wrongType);
    if (wrongType)
        return typeError(u"from_amount"_s, "float64"_L1);
    if (!present || !fromAmount || fromAmount->signum() <= 0)
        return error(422, "ERR_VALIDATION"_L1, u"from_amount must be greater than 0."_s);
    const auto from = assetIndex(body.value(u"from_asset_id"_s).toString());
    if (!from)
        return error(422, "ERR_NO_ASSET"_L1, u"Asset <%1> not found."_s.arg(body.value(u"from_asset_id"_s).toString()));
    const auto to = assetIndex(body.value(u"asset_id"_s).toString());
    if (!to)
        return error(422, "ERR_NO_ASSET"_L1, u"Asset <%1> not found."_s.arg(body.value(u"asset_id"_s).toString()));
    const auto amount = convertAmount(*fromAmount, *from, *to);
    if (!amount)
        return error(422, "ERR_VALIDATION"_L1, u"from_amount is out of range."_s);
    const QString fromText = fmt::amountText(*fromAmount);
    const QString toText = fmt::amountText(*amount);
    JsonWriter w;
    w.beginObject()
        .key("from_amount"_L1)
        .rawNumber(fromText.toLatin1())
        .field("from_amount_str"_L1, fromText)
        .field("from_asset_id"_L1, asset(*from).id)
        .key("amount"_L1)
        .rawNumber(toText.toLatin1())
        .field("amount_str"_L1, toText)
        .field("asset_id"_L1, asset(*to).id)
        .key("rate"_L1)
        .rawNumber(fmt::floatToken(rate(*from, *to)))
        .key("rate_date"_L1)
        .stringUtf8(fmt::isoTime(now()))
        .endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse BucksbusSimulator::createPayment(const QJsonObject& body)
{
    Payment payment;
    const QJsonValue typeValue = body.value(u"payment_type"_s);
    if (!typeValue.isUndefined() && !typeValue.isNull()) {
        if (typeValue.toString() == u"FIXED_AMOUNT")
            payment.type = PaymentType::Fixed;
        else if (typeValue.toString() == u"OPEN_AMOUNT")
            payment.type = PaymentType::Open;
        else
            return error(422, "ERR_VALIDATION"_L1, u"payment_type must be FIXED_AMOUNT or OPEN_AMOUNT."_s);
    }
    const QString assetId = body.value(u"asset_id"_s).toString();
    if (assetId.isEmpty())
        return error(422, "ERR_VALIDATION"_L1, u"asset_id is required."_s);
    const auto assetFound = assetIndex(assetId);
    if (!assetFound)
        return error(422, "ERR_NO_ASSET"_L1, u"Asset <%1> not found."_s.arg(assetId));
    payment.asset = *assetFound;
    const QString payAssetId = body.value(u"payment_asset_id"_s).toString();
    if (payAssetId.isEmpty()) {
        if (!isCrypto(payment.asset))
            return error(422, "ERR_VALIDATION"_L1, u"payment_asset_id is required when asset_id is a fiat currency."_s);
        payment.payAsset = payment.asset;
    } else {
        const auto payFound = assetIndex(payAssetId);
        if (!payFound)
            return error(422, "ERR_NO_ASSET"_L1, u"Asset <%1> not found."_s.arg(payAssetId));
        if (!isCrypto(*payFound))
            return error(
                422, "ERR_VALIDATION"_L1, u"payment_asset_id <%1> is not a crypto currency."_s.arg(payAssetId));
        payment.payAsset = *payFound;
    }
    bool present = false;
    bool wrongType = false;
    const auto amount = readNumber(body, u"amount"_s, &present, &wrongType);
    if (wrongType)
        return typeError(u"amount"_s, "float64"_L1);
    if (present && !amount)
        return error(422, "ERR_VALIDATION"_L1, u"amount is out of range."_s);
    if (payment.type == PaymentType::Fixed && (!amount || amount->signum() <= 0))
        return error(422, "ERR_VALIDATION"_L1, u"amount must be greater than 0 for a FIXED_AMOUNT payment."_s);
    if (amount && amount->signum() < 0)
        return error(422, "ERR_VALIDATION"_L1, u"amount must not be negative."_s);
    payment.amount = amount.value_or(Decimal());
    if (!payment.amount.isZero()) {
        const auto converted = convertAmount(payment.amount, payment.asset, payment.payAsset);
        if (!converted)
            return error(422, "ERR_VALIDATION"_L1, u"amount is out of range."_s);
        payment.paymentAmount = *converted;
        if (payment.paymentAmount < asset(payment.payAsset).minimumSize())
            return error(422, "ERR_MIN_AMOUNT"_L1,
                u"Amount %1 %2 is below the minimum size of %3."_s.arg(fmt::amountText(payment.paymentAmount),
                    asset(payment.payAsset).id, QString(asset(payment.payAsset).minSize)));
    }
    const QJsonValue timeout = body.value(u"timeout"_s);
    if (!timeout.isUndefined() && !timeout.isNull()) {
        if (!timeout.isDouble())
            return typeError(u"timeout"_s, "integer"_L1);
        const qint64 minutes = timeout.toInteger(-1);
        if (minutes < 0 || minutes > 1440 || double(minutes) != timeout.toDouble())
            return error(422, "ERR_VALIDATION"_L1, u"timeout must be between 0 and 1440 minutes."_s);
        payment.timeout = static_cast<quint16>(minutes);
    }
    Extra extra;
    if (auto problem = readExtra(body, &extra, true))
        return *problem;
    const QString fiatProvider = body.value(u"fiat_provider"_s).toString();
    const QString fiatAsset = body.value(u"fiat_asset_id"_s).toString();
    if (!fiatProvider.isEmpty() || !fiatAsset.isEmpty()) {
        if (!kFiatProviders.contains(fiatProvider))
            return error(422, "ERR_VALIDATION"_L1,
                u"fiat_provider <%1> is not available (sguardarian, cmoonpay, cbanxa, cwert, cransak, ckado)."_s.arg(
                    fiatProvider));
        if (!kFiatAssets.contains(fiatAsset))
            return error(422, "ERR_VALIDATION"_L1,
                u"fiat_asset_id <%1> is not available (USD, EUR, JPY, KRW, TRY)."_s.arg(fiatAsset));
        extra.fiatProvider = fiatProvider;
        extra.fiatAssetId = fiatAsset;
    }
    const QString dedicateId = body.value(u"dedicate_id"_s).toString();
    if (!dedicateId.isEmpty()) {
        const auto uuid = fmt::parseUuid(dedicateId);
        const auto found = uuid ? m_data->dedicateIndex.find(*uuid) : m_data->dedicateIndex.end();
        if (found == m_data->dedicateIndex.end())
            return error(422, "ERR_NO_DEDICATE"_L1, u"Dedicate <%1> not found."_s.arg(dedicateId));
        const Dedicate& dedicate = m_data->dedicates[static_cast<size_t>(found->second)];
        if (dedicate.status != Status::Open)
            return error(422, "ERR_DEDICATE_RELEASED"_L1, u"Dedicate <%1> is released."_s.arg(dedicateId));
        if (dedicate.type != DedicateType::Assign)
            return error(422, "ERR_DEDICATE_TYPE"_L1,
                u"Dedicate <%1> is not of type ASSIGN and cannot be used for a payment."_s.arg(dedicateId));
        if (dedicate.asset != payment.payAsset)
            return error(422, "ERR_DEDICATE_ASSET"_L1,
                u"Dedicate <%1> is for %2, the payment is in %3."_s.arg(
                    dedicateId, asset(dedicate.asset).id, asset(payment.payAsset).id));
        if (dedicate.payment >= 0)
            return error(
                422, "ERR_DEDICATE_IN_USE"_L1, u"Dedicate <%1> is in use by an open payment."_s.arg(dedicateId));
        payment.dedicate = found->second;
    }

    payment.id = newUuid();
    payment.start = now();
    const int minutes = payment.timeout > 0 ? payment.timeout : asset(payment.payAsset).timeoutToTrx;
    payment.end = payment.start + qint64(minutes) * 60;
    payment.extra = addExtra(std::move(extra));
    const qint32 index = addPayment(payment);
    if (payment.dedicate >= 0)
        m_data->dedicates[static_cast<size_t>(payment.dedicate)].payment = index;
    m_deadlines.emplace(payment.end, Deadline{DeadlineKind::PaymentEnd, index});
    sendPaymentWebhook(index, "payment.open"_L1);
    return applyTimeoutFault(objectReply(200, paymentJson(index)), "payment"_L1, index);
}

HttpResponse BucksbusSimulator::getPayment(const QString& id) const
{
    const auto uuid = fmt::parseUuid(id);
    const auto found = uuid ? m_data->paymentIndex.find(*uuid) : m_data->paymentIndex.end();
    if (found == m_data->paymentIndex.end())
        return error(422, "ERR_NO_PAYMENT"_L1, u"Payment <%1> not found."_s.arg(id));
    return objectReply(200, paymentJson(found->second));
}

HttpResponse BucksbusSimulator::getPaymentTransactions(const QString& id) const
{
    const auto uuid = fmt::parseUuid(id);
    const auto found = uuid ? m_data->paymentIndex.find(*uuid) : m_data->paymentIndex.end();
    if (found == m_data->paymentIndex.end())
        return error(422, "ERR_NO_PAYMENT"_L1, u"Payment <%1> not found."_s.arg(id));
    std::vector<qint32> chain;
    for (qint32 tx = m_data->payments[static_cast<size_t>(found->second)].lastTx; tx >= 0;
         tx = m_data->transactions[static_cast<size_t>(tx)].previous)
        chain.push_back(tx);
    std::reverse(chain.begin(), chain.end());
    const WriteContext ctx = context();
    QByteArray json;
    JsonWriter w(&json);
    w.beginArray();
    for (const qint32 tx : chain)
        writeTransaction(w, ctx, tx);
    w.endArray();
    return objectReply(200, json);
}

HttpResponse BucksbusSimulator::listPayments(const HttpRequest& request) const
{
    QDate days[2];
    const QString names[2] = {u"from"_s, u"to"_s};
    for (int i = 0; i < 2; ++i) {
        const QString text = request.queryValue(names[i]);
        if (text.isEmpty())
            return error(422, "ERR_VALIDATION"_L1, u"Parameter %1 is required (YYYY-MM-DD)."_s.arg(names[i]));
        days[i] = QDate::fromString(text, u"yyyy-MM-dd"_s);
        if (!days[i].isValid())
            return error(422, "ERR_VALIDATION"_L1,
                u"Parameter %1 <%2> is not a date in the format YYYY-MM-DD."_s.arg(names[i], text));
    }
    if (days[0] > days[1])
        return error(422, "ERR_VALIDATION"_L1, u"Parameter from must not be after to."_s);
    std::optional<Status> status;
    const QString statusText = request.queryValue(u"status"_s);
    if (!statusText.isEmpty()) {
        if (statusText == u"OPEN")
            status = Status::Open;
        else if (statusText == u"COMPLETE")
            status = Status::Complete;
        else if (statusText == u"CANCEL")
            status = Status::Cancel;
        else if (statusText == u"CLOSING")
            status = Status::Closing;
        else
            return error(422, "ERR_VALIDATION"_L1,
                u"Parameter status <%1> must be OPEN, COMPLETE, CANCEL or CLOSING."_s.arg(statusText));
    }
    std::optional<quint8> assetFilter;
    const QString assetText = request.queryValue(u"asset_id"_s);
    if (!assetText.isEmpty()) {
        assetFilter = assetIndex(assetText);
        if (!assetFilter)
            return error(422, "ERR_NO_ASSET"_L1, u"Asset <%1> not found."_s.arg(assetText));
    }
    std::optional<qint32> dedicateFilter;
    const QString dedicateText = request.queryValue(u"dedicate_id"_s);
    if (!dedicateText.isEmpty()) {
        const auto uuid = fmt::parseUuid(dedicateText);
        const auto found = uuid ? m_data->dedicateIndex.find(*uuid) : m_data->dedicateIndex.end();
        dedicateFilter = found == m_data->dedicateIndex.end() ? -2 : found->second; // unknown: nothing matches
    }

    const qint64 fromSecs = (days[0].toJulianDay() - 2440588) * 86400;
    const qint64 toSecs = (days[1].toJulianDay() + 1 - 2440588) * 86400;
    const std::vector<Payment>& payments = m_data->payments;
    const auto byStart = [](const Payment& p, qint64 t) { return p.start < t; };
    const qint64 lo = std::lower_bound(payments.begin(), payments.end(), fromSecs, byStart) - payments.begin();
    const qint64 hi = std::lower_bound(payments.begin(), payments.end(), toSecs, byStart) - payments.begin();

    // Newest first. Without filters the window is streamed straight from the records.
    auto indexes = std::make_shared<std::vector<qint32>>();
    const bool filtered = status || assetFilter || dedicateFilter;
    if (filtered) {
        for (qint64 i = hi - 1; i >= lo; --i) {
            const Payment& p = payments[static_cast<size_t>(i)];
            if ((status && p.status != *status)
                || (assetFilter && p.asset != *assetFilter && p.payAsset != *assetFilter)
                || (dedicateFilter && p.dedicate != *dedicateFilter))
                continue;
            indexes->push_back(static_cast<qint32>(i));
        }
    }
    const qint64 count = filtered ? static_cast<qint64>(indexes->size()) : hi - lo;
    WriteContext ctx = context();
    auto data = m_data;
    return HttpResponse::streamedJson(
        200, JsonArrayStream::producer(count, [this, ctx, data, indexes, filtered, hi](qint64 i, JsonWriter& w) {
            writePayment(w, ctx, filtered ? (*indexes)[static_cast<size_t>(i)] : static_cast<qint32>(hi - 1 - i), true);
        }));
}

HttpResponse BucksbusSimulator::getWithdrawal(const QString& id) const
{
    const auto uuid = fmt::parseUuid(id);
    const auto found = uuid ? m_data->withdrawalIndex.find(*uuid) : m_data->withdrawalIndex.end();
    if (found == m_data->withdrawalIndex.end())
        return error(422, "ERR_NO_WITHDRAW"_L1, u"Withdraw <%1> not found."_s.arg(id));
    QByteArray json;
    JsonWriter w(&json);
    writeWithdrawal(w, context(), found->second);
    return objectReply(200, json);
}

} // namespace paydesk::sandbox
