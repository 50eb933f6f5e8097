// paydesk-bench-models: the Payments table at a million rows. Generates payments into a temporary ledger (or reuses
// one), then times the model: load, sorts, filter keystrokes, row-level updates; prints the figures and peak RSS.
// Figures, not pass/fail.
#include "core/Version.h"
#include "core/ledger/Ledger.h"
#include "models/PaymentTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// kB from /proc/self/status ("VmHWM", "VmRSS"); -1 where there is no /proc.
qint64 procStatusKb(const char* key)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Linux: "5" resets the peak RSS, so VmHWM afterwards measures the model, not the generator.
void resetPeakRss()
{
    QFile file(u"/proc/self/clear_refs"_s);
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

QString mb(qint64 kb)
{
    return kb < 0 ? u"n/a"_s : QString::number(double(kb) / 1024.0, 'f', 1) + u" MB"_s;
}

const QStringList kDescriptions{u"Order #%1 — 2 × espresso"_s, u"Subscription %1, monthly plan"_s,
    u"Invoice %1 for consulting services"_s, u"Top-up %1"_s, u"Ticket %1 (Zürich → Berlin)"_s};
const QStringList kFiat{u"USD"_s, u"EUR"_s, u"GBP"_s};
const QStringList kCrypto{u"BTC"_s, u"ETH"_s, u"USDT"_s, u"TRX"_s, u"LTC"_s};
const QStringList kNetworks{u"bitcoin"_s, u"ethereum"_s, u"tron"_s, u"tron"_s, u"litecoin"_s};

Decimal decimal(const QString& text)
{
    return Decimal::fromString(text).value();
}

QString uuidFor(quint64 n)
{
    const QString hex = QString::number(n * 0x9E3779B97F4A7C15ULL, 16).rightJustified(16, u'0')
        + QString::number(n, 16).rightJustified(16, u'0');
    return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
        + hex.mid(20, 12);
}

Payment makePayment(quint64 n, const QStringList& accountIds, QRandomGenerator& random)
{
    static const QString base58 = u"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"_s;
    Payment p;
    const int account = int(n % quint64(accountIds.size()));
    p.accountId = accountIds.at(account);
    p.gateway = Gateway(account);
    p.id = uuidFor(n + 1);
    p.orderId = u"PD-%1"_s.arg(n + 1);
    p.description = kDescriptions.at(int(n % 5)).arg(n + 1);
    const bool fiat = random.bounded(3) != 0;
    const int crypto = int(random.bounded(kCrypto.size()));
    const QString cents = QString::number(random.bounded(100)).rightJustified(2, u'0');
    const QString fiatAmount = QString::number(1 + random.bounded(5000)) + u'.' + cents;
    const QString cryptoAmount = u"0."_s + QString::number(random.bounded(99999999)).rightJustified(8, u'0');
    p.amount = fiat ? Money{decimal(fiatAmount), kFiat.at(int(random.bounded(kFiat.size())))}
                    : Money{decimal(cryptoAmount), kCrypto.at(crypto)};
    const QString payAmount = QString::number(random.bounded(40)) + u'.'
        + QString::number(random.bounded(99999999)).rightJustified(8, u'0');
    p.payAmount = Money{decimal(payAmount), kCrypto.at(crypto)};
    p.network = kNetworks.at(crypto);
    p.status = PaymentStatus(random.bounded(13));
    p.rawStatus = paymentStatusId(p.status);
    p.paid = Money{p.status == PaymentStatus::Paid ? p.payAmount.amount : Decimal(), p.payAmount.currency};
    p.refunded = Money{Decimal(), p.amount.currency};
    QString address = u"T"_s;
    for (int i = 0; i < 33; ++i)
        address += base58.at(int(random.bounded(base58.size())));
    p.address = address;
    p.paymentUrl = u"https://pay.example.test/"_s + p.id;
    p.payerEmail = u"customer%1@example.com"_s.arg(random.bounded(200000));
    p.created = QDateTime::fromMSecsSinceEpoch(
        1'704'067'200'000LL + qint64(n) * 31'000 + qint64(random.bounded(30'000)), Qt::UTC);
    p.updated = p.created.addSecs(60);
    p.expires = p.created.addSecs(3600);
    p.rawJson = QByteArrayLiteral("{\"uuid\":\"") + p.id.toUtf8() + QByteArrayLiteral("\",\"order_id\":\"")
        + p.orderId.toUtf8() + QByteArrayLiteral("\",\"amount\":\"") + p.amount.amount.toString().toUtf8()
        + QByteArrayLiteral("\",\"currency\":\"") + p.amount.currency.toUtf8() + QByteArrayLiteral("\",\"status\":\"")
        + p.rawStatus.toUtf8() + QByteArrayLiteral("\",\"address\":\"") + p.address.toUtf8()
        + QByteArrayLiteral("\",\"url\":\"") + p.paymentUrl.toUtf8()
        + QByteArrayLiteral("\",\"is_final\":false,\"additional_data\":null}");
    return p;
}

bool generate(const QString& path, qint64 count)
{
    auto opened = Ledger::open(path);
    if (!opened) {
        QTextStream(stderr) << "cannot open " << path << ": " << opened.error().message << Qt::endl;
        return false;
    }
    Ledger& ledger = *opened.value();
    QStringList accountIds;
    const QStringList names{u"shop-eu"_s, u"shop-us"_s, u"white-label"_s, u"crypto-store"_s};
    for (int i = 0; i < 4; ++i) {
        Account account;
        account.id = u"00000000-0000-4000-8000-00000000000%1"_s.arg(i + 1);
        account.name = names.at(i);
        account.gateway = Gateway(i);
        account.baseUrl = QUrl(u"https://api.example.test"_s);
        account.created = QDateTime::currentDateTimeUtc();
        if (!ledger.addAccount(account))
            return false;
        accountIds.append(account.id);
    }
    QRandomGenerator random(20240101);
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 kBatch = 10'000;
    for (qint64 start = 0; start < count; start += kBatch) {
        QList<Payment> batch;
        batch.reserve(kBatch);
        for (qint64 n = start; n < qMin(count, start + kBatch); ++n)
            batch.append(makePayment(quint64(n), accountIds, random));
        const auto result = ledger.upsertPayments(batch);
        if (!result) {
            QTextStream(stderr) << "upsertPayments: " << result.error().message << Qt::endl;
            return false;
        }
        if ((start / kBatch) % 10 == 9)
            out() << "  generated " << (start + kBatch) << " payments (" << timer.elapsed() / 1000 << " s)" << Qt::endl;
    }
    out() << "  generated " << count << " payments into " << path << " in " << timer.elapsed() << " ms" << Qt::endl;
    return true;
}

struct Figure
{
    QString name;
    double totalMs = 0; // until the model shows the result
    double guiMs = -1; // time the GUI thread was busy (not available for every step)
    QString note;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"paydesk-bench-models"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Paydesk Payments table model at scale"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption countOption(
        u"payments"_s, u"Payments to generate (default 1000000)."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption ledgerOption(
        u"ledger"_s, u"Use (and keep) this ledger file; it is generated only if it does not exist yet."_s, u"file"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Also write the results as JSON to <file>."_s, u"file"_s);
    parser.addOption(countOption);
    parser.addOption(ledgerOption);
    parser.addOption(jsonOption);
    parser.process(app);

    bool ok = false;
    const qint64 count = parser.value(countOption).toLongLong(&ok);
    if (!ok || count <= 0) {
        QTextStream(stderr) << "paydesk-bench-models: --payments needs a positive integer" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    const QString path
        = parser.isSet(ledgerOption) ? parser.value(ledgerOption) : dir.filePath(u"bench-ledger.sqlite"_s);
    out() << "paydesk-bench-models " << PAYDESK_VERSION_STRING << Qt::endl;
    if (!QFileInfo::exists(path) && !generate(path, count))
        return 1;

    resetPeakRss();
    const qint64 rssBefore = procStatusKb("VmRSS");
    QList<Figure> figures;
    PaymentTableModel model;
    QElapsedTimer timer;
    QEventLoop loop;

    // GUI-thread time spent installing a new arrangement (between layoutAboutToBeChanged and layoutChanged), and
    // inside the model's own calls (sort(), setFilter()).
    QElapsedTimer layoutTimer;
    double layoutMs = 0;
    QObject::connect(&model, &QAbstractItemModel::layoutAboutToBeChanged, &model, [&] { layoutTimer.start(); });
    QObject::connect(&model, &QAbstractItemModel::layoutChanged, &model,
        [&] { layoutMs += double(layoutTimer.nsecsElapsed()) / 1e6; });
    QElapsedTimer resetTimer;
    double resetMs = 0;
    QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, &model, [&] { resetTimer.start(); });
    QObject::connect(
        &model, &QAbstractItemModel::modelReset, &model, [&] { resetMs = double(resetTimer.nsecsElapsed()) / 1e6; });
    QObject::connect(&model, &PaymentTableModel::arranged, &loop, &QEventLoop::quit);
    QObject::connect(&model, &PaymentTableModel::loadFinished, &loop, &QEventLoop::quit);

    // --- Load.
    timer.start();
    model.load(path);
    loop.exec();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    if (model.lastError().isError()) {
        QTextStream(stderr) << "load failed: " << model.lastError().message << Qt::endl;
        return 1;
    }
    const qint64 rows = model.totalRowCount();
    figures.append({u"load (worker: read, rows, key index, sort newest first)"_s, loadMs, resetMs,
        QString::number(rows) + u" rows"_s});
    const qint64 rssLoaded = procStatusKb("VmRSS");

    // Sorting and filtering: total time until shown, and GUI-thread time (the call itself + installing).
    const auto step = [&](const QString& name, const std::function<void()>& request) {
        layoutMs = 0;
        QElapsedTimer call;
        timer.start();
        call.start();
        request();
        const double callMs = double(call.nsecsElapsed()) / 1e6;
        if (model.isBusy())
            loop.exec();
        figures.append({name, double(timer.nsecsElapsed()) / 1e6, callMs + layoutMs,
            QString::number(model.rowCount()) + u" rows shown"_s});
    };
    step(u"sort by amount"_s, [&] { model.sort(PaymentTableModel::AmountColumn, Qt::AscendingOrder); });
    step(u"sort by amount, descending"_s, [&] { model.sort(PaymentTableModel::AmountColumn, Qt::DescendingOrder); });
    step(u"sort by created"_s, [&] { model.sort(PaymentTableModel::CreatedColumn, Qt::AscendingOrder); });
    step(
        u"sort by description (text)"_s, [&] { model.sort(PaymentTableModel::DescriptionColumn, Qt::AscendingOrder); });
    step(u"sort by status"_s, [&] { model.sort(PaymentTableModel::StatusColumn, Qt::AscendingOrder); });
    step(u"sort by created, descending"_s, [&] { model.sort(PaymentTableModel::CreatedColumn, Qt::DescendingOrder); });
    const auto filterText = [&](const QString& text) {
        PaymentFilter filter;
        filter.setText(text);
        model.setFilter(filter);
    };
    step(u"first keystroke filter \"PD-1\""_s, [&] { filterText(u"PD-1"_s); });
    step(u"clear filter"_s, [&] { filterText(QString()); });
    step(u"typing \"P\""_s, [&] { filterText(u"P"_s); });
    step(u"typing \"PD\" (narrows: shown rows only)"_s, [&] { filterText(u"PD"_s); });
    step(u"typing \"PD-\""_s, [&] { filterText(u"PD-"_s); });
    step(u"typing \"PD-1\""_s, [&] { filterText(u"PD-1"_s); });
    step(u"typing \"PD-10\""_s, [&] { filterText(u"PD-10"_s); });
    step(u"text not found \"zzzz\""_s, [&] { filterText(u"zzzz"_s); });
    step(u"non-ASCII text \"zürich\""_s, [&] { filterText(u"zürich"_s); });
    step(u"status + account filter"_s, [&] {
        PaymentFilter filter;
        filter.setStatuses({PaymentStatus::Paid, PaymentStatus::Expired});
        filter.setAccountIds({u"00000000-0000-4000-8000-000000000002"_s});
        model.setFilter(filter);
    });
    step(u"clear filter"_s, [&] { filterText(QString()); });

    // --- Row-level updates at full size (GUI thread, synchronous).
    auto readLedger = Ledger::open(path);
    if (readLedger) {
        PaymentQuery newest;
        newest.limit = 100;
        const QList<Payment> some = readLedger.value()->payments(newest).value();
        const auto update = [&](const QString& name, QList<Payment> payments) {
            for (Payment& p : payments)
                p.amount.amount = p.amount.amount.plus(Decimal::fromInt(1)).value_or(p.amount.amount);
            layoutMs = 0;
            timer.start();
            model.applyPayments(payments);
            figures.append({name, double(timer.nsecsElapsed()) / 1e6, double(timer.nsecsElapsed()) / 1e6,
                payments.size() > 1 && qint64(payments.size()) * rows > model.bulkUpdateThreshold()
                    ? u"one layout change"_s
                    : u"exact row signals"_s});
        };
        model.sort(PaymentTableModel::AmountColumn, Qt::AscendingOrder);
        if (model.isBusy())
            loop.exec();
        update(u"update 1 payment (moves in amount order)"_s, some.mid(0, 1));
        update(u"update 10 payments"_s, some.mid(1, 10));
        update(u"update 100 payments"_s, some.mid(11, 89));
        QList<Payment> fresh;
        for (int i = 0; i < 11; ++i) {
            Payment p = some.at(i);
            p.id = u"new-"_s + QString::number(i) + u'-' + p.id;
            fresh.append(p);
        }
        update(u"insert 1 new payment"_s, fresh.mid(0, 1));
        update(u"insert 10 new payments"_s, fresh.mid(1, 10));
    }

    const qint64 peak = procStatusKb("VmHWM");
    const qint64 rssEnd = procStatusKb("VmRSS");

    out() << Qt::endl << "rows: " << rows << Qt::endl;
    out() << QString(u"%1 %2 %3  %4"_s).arg(u"step"_s, -52).arg(u"total ms"_s, 10).arg(u"GUI ms"_s, 9).arg(u"note"_s)
          << Qt::endl;
    for (const Figure& f : std::as_const(figures)) {
        out() << QString(u"%1 %2 %3  %4"_s)
                     .arg(f.name, -52)
                     .arg(f.totalMs, 10, 'f', 1)
                     .arg(f.guiMs < 0 ? u"-"_s : QString::number(f.guiMs, 'f', 1), 9)
                     .arg(f.note)
              << Qt::endl;
    }
    const qint64 modelBytes = model.memoryUsage();
    out() << Qt::endl
          << "model memory (rows, text blocks, indices): " << mb(modelBytes / 1024) << " = "
          << (rows ? modelBytes / rows : 0) << " bytes/row (sizeof(PaymentRow) = " << sizeof(PaymentRow) << ")"
          << Qt::endl;
    out() << "RSS before load " << mb(rssBefore) << ", after load " << mb(rssLoaded) << ", at the end " << mb(rssEnd)
          << Qt::endl;
    out() << "peak RSS (VmHWM, reset after generating the ledger) " << mb(peak) << Qt::endl;

    if (parser.isSet(jsonOption)) {
        QJsonArray steps;
        for (const Figure& f : std::as_const(figures))
            steps.append(QJsonObject{
                {u"name"_s, f.name}, {u"total_ms"_s, f.totalMs}, {u"gui_ms"_s, f.guiMs}, {u"note"_s, f.note}});
        const QJsonObject root{{u"rows"_s, rows}, {u"steps"_s, steps}, {u"model_bytes"_s, modelBytes},
            {u"peak_rss_kb"_s, peak}, {u"rss_loaded_kb"_s, rssLoaded}};
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0) {
            QTextStream(stderr) << "cannot write " << file.fileName() << Qt::endl;
            return 1;
        }
    }
    return 0;
}
