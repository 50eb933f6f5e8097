#include "core/domain/AddressDraft.h"
#include "core/settings/Settings.h"
#include "models/AddressTableModel.h"
#include "models/PaymentTableModel.h"
#include "models/WithdrawalTableModel.h"
#include "tests/support/DashboardFixture.h"
#include "ui/LanguageLoader.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/InvoiceResultView.h"
#include "ui/dialogs/NewInvoiceDialog.h"
#include "ui/dialogs/RefundDialog.h"
#include "ui/pages/AddressesPage.h"
#include "ui/pages/PaymentDetailPanel.h"
#include "ui/pages/PaymentsPage.h"
#include "ui/pages/WithdrawalsPage.h"
#include "ui/widgets/WrapAnywhereLabel.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>

#include <numeric>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

namespace {

constexpr int kSlow = 20'000;

// A Bitcoin taproot address (62 characters): the payer's, typed into the refund dialog.
const QString kPayerAddress = u"bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"_s;

// How wide `text` is drawn in `font` by a QLabel `width` pixels wide: the widest of its lines, wrapped at word
// boundaries when `wordWrap` (QLabel never breaks inside a word), else only at its line breaks.
qreal widestLine(const QString& text, const QFont& font, bool wordWrap, int width)
{
    QString laidOut = text;
    laidOut.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(laidOut, font);
    QTextOption option;
    option.setWrapMode(wordWrap ? QTextOption::WordWrap : QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal widest = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(wordWrap ? width : 1'000'000);
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return widest;
}

// Why `label` does not show all of its text, or empty when it does: it fits its width (wrapped, where it wraps) and
// height, or it is visibly elided ('…' on screen, the whole text in the tooltip).
QString cutText(const QLabel& label)
{
    const QString text = label.text();
    if (text.isEmpty())
        return {};
    const QString what
        = u"%1 \"%2\" (%3×%4): "_s.arg(label.objectName().isEmpty() ? u"<unnamed label>"_s : label.objectName(), text)
              .arg(label.width())
              .arg(label.height());
    if (const auto* wrapping = qobject_cast<const WrapAnywhereLabel*>(&label)) {
        if (!wrapping->showsWholeText())
            return what + u"its wrapped lines need %1 px of height"_s.arg(wrapping->heightForWidth(label.width()));
        return {};
    }
    if (label.textFormat() == Qt::RichText || (label.textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
        return {}; // prose with markup, not a value
    if (text.contains(u'…') && label.toolTip().size() > text.size())
        return {}; // elided, the whole text in the tooltip
    const int width = label.contentsRect().width() - 2 * label.margin();
    const qreal needed = widestLine(text, label.font(), label.wordWrap(), width);
    if (needed > width + 0.5)
        return what + u"a line needs %1 px of %2"_s.arg(needed).arg(width);
    if (label.wordWrap() && label.heightForWidth(label.width()) > label.height() + 1)
        return what + u"its wrapped lines need %1 px of height"_s.arg(label.heightForWidth(label.width()));
    return {};
}

// Every visible label and read-only line edit of `root` that does not show all of its text.
QStringList cutTexts(const QWidget& root)
{
    QStringList cut;
    const auto labels = root.findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (!label->isVisible() || label->width() <= 0)
            continue;
        const QString why = cutText(*label);
        if (!why.isEmpty())
            cut.append(why);
    }
    const auto edits = root.findChildren<QLineEdit*>();
    for (const QLineEdit* edit : edits) {
        if (!edit->isVisible() || !edit->isReadOnly())
            continue;
        if (edit->fontMetrics().horizontalAdvance(edit->text()) > edit->contentsRect().width() - 8)
            cut.append(u"%1 \"%2\": a read-only line edit too narrow"_s.arg(edit->objectName(), edit->text()));
    }
    return cut;
}

// Drags `splitter` so that its last pane (a detail panel) is as narrow as it goes, and lets the layout settle.
void narrowLastPane(QSplitter& splitter)
{
    QList<int> sizes = splitter.sizes();
    const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
    std::fill(sizes.begin(), sizes.end(), 0);
    sizes.first() = total;
    splitter.setSizes(sizes);
    QTest::qWait(100);
}

// Each size in each language: Spanish and Russian labels are longer and leave the values less room.
void addSizes()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString& language : {u"en"_s, u"es"_s, u"ru"_s}) {
        for (const QSize& size : {QSize(1024, 700), QSize(1440, 900)}) {
            const QString name = u"%1-%2x%3"_s.arg(language).arg(size.width()).arg(size.height());
            QTest::newRow(qPrintable(name)) << language << size;
        }
    }
}

// "ru-1024x700": the current row's language and size, for screenshot names.
QString rowName()
{
    return QString::fromLatin1(QTest::currentDataTag());
}

} // namespace

// Addresses, ids, URLs and amounts are never cut silently (a merchant reads an address to a customer from the
// screen): at 1024×700 and 1440×900, on the synced sandbox, every visible label of the main window's pages (a BTC
// payment with its 42-character address selected, a dedicated address selected), of the New invoice dialog's result
// (BucksBus: "15.00 USD (pay 15.00000000 USDT.TRC20)") and of the refund dialog's confirmation shows its whole text,
// wrapped where it must, or is visibly elided with the whole text in its tooltip. Screenshots go to the build
// directory (screenshots/cut-*.png) to be looked at.
class TstTextNotCut final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void mainWindowPages_data() { addSizes(); }
    void mainWindowPages();
    void newInvoiceResult_data() { addSizes(); }
    void newInvoiceResult();
    void refundConfirmation_data() { addSizes(); }
    void refundConfirmation();

private:
    // The main window in this row's language (installed through `loader`, as long as it lives) at this row's size,
    // shown; null when either fails.
    std::unique_ptr<MainWindow> openWindow(LanguageLoader& loader) const;
    // The payment with the longest deposit address that also has a payment page.
    Payment longestAddressPayment() const;
    Account account(Gateway gateway) const;

    std::unique_ptr<test::DashboardFixture> m_fixture;
    QList<Account> m_accounts;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_storage;
    std::unique_ptr<Settings> m_settings;
};

void TstTextNotCut::initTestCase()
{
    m_fixture = std::make_unique<test::DashboardFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error, 400, 30), qPrintable(error));
    for (const Gateway gateway : {Gateway::CryptoCom, Gateway::CryptoProcessing, Gateway::BucksBus, Gateway::Cryptomus})
        m_accounts.append(m_fixture->addSandboxAccount(gateway));
    QVERIFY(m_fixture->syncAll());
    // A dedicated address among the longest (USDT on TON: 48 characters), whatever the sync brought.
    AddressDraft draft;
    draft.accountId = account(Gateway::Cryptomus).id;
    draft.currency = u"USDT"_s;
    draft.network = u"ton"_s;
    draft.customerReference = u"customer-cut-test-0001"_s;
    const auto created = m_fixture->wait<DedicatedAddress>(
        this, [this, draft](QObject* context, GatewayActions::Callback<DedicatedAddress> done) {
            m_fixture->actions().createAddress(draft.accountId, draft, context, std::move(done));
        });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    // A withdrawal with a long destination, sent and then confirmed (transaction hash in the details).
    WithdrawalDraft withdrawal;
    withdrawal.accountId = account(Gateway::CryptoProcessing).id;
    withdrawal.amount = {*Decimal::fromString(u"0.01"_s), u"BTC"_s};
    withdrawal.address = u"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"_s;
    const auto sent = m_fixture->wait<Withdrawal>(
        this, [this, withdrawal](QObject* context, GatewayActions::Callback<Withdrawal> done) {
            m_fixture->actions().createWithdrawal(withdrawal.accountId, withdrawal, context, std::move(done));
        });
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    m_fixture->control(u"/_sandbox/clock"_s, {{u"advance"_s, 301}});
    QVERIFY(m_fixture->syncAll());
    m_storage = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_storage.get());
    QDir().mkpath(u"screenshots"_s);
}

void TstTextNotCut::cleanupTestCase()
{
    m_settings.reset();
    m_storage.reset();
    m_fixture.reset();
}

std::unique_ptr<MainWindow> TstTextNotCut::openWindow(LanguageLoader& loader) const
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    if (!loader.load(language))
        return nullptr;
    auto window = std::make_unique<MainWindow>(m_fixture->ledger(), m_fixture->actions(), *m_settings);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

Account TstTextNotCut::account(Gateway gateway) const
{
    for (const Account& account : m_accounts) {
        if (account.gateway == gateway)
            return account;
    }
    return {};
}

Payment TstTextNotCut::longestAddressPayment() const
{
    const auto payments = m_fixture->ledger().payments({});
    Payment chosen;
    for (const Payment& payment : payments.ok() ? payments.value() : QList<Payment>()) {
        if (!payment.paymentUrl.isEmpty() && payment.address.size() > chosen.address.size())
            chosen = payment;
    }
    return chosen;
}

void TstTextNotCut::mainWindowPages()
{
    LanguageLoader loader;
    const auto opened = openWindow(loader);
    QVERIFY(opened);
    MainWindow& window = *opened;

    const Payment payment = longestAddressPayment();
    QVERIFY2(payment.address.size() >= 40, qPrintable(payment.address));
    window.showPage(MainWindow::Page::Payments);
    auto* payments = window.findChild<PaymentsPage*>();
    QTRY_VERIFY_WITH_TIMEOUT(!payments->model()->isBusy(), kSlow);
    QVERIFY(payments->selectPayment(payment.accountId, payment.id));
    QTRY_VERIFY(payments->detailPanel()->hasPayment());
    QTest::qWait(300); // the transactions answer, the layout settles
    QVERIFY(window.grab().save(u"screenshots/cut-payments-%1.png"_s.arg(rowName())));
    QStringList cut = cutTexts(window);
    // The detail panel as narrow as the merchant can drag it.
    narrowLastPane(*window.findChild<QSplitter*>(u"paymentsSplitter"_s));
    cut += cutTexts(window);
    QVERIFY(window.grab().save(u"screenshots/cut-payments-%1-narrow.png"_s.arg(rowName())));

    window.showPage(MainWindow::Page::Addresses);
    auto* addresses = window.findChild<AddressesPage*>();
    QTRY_VERIFY_WITH_TIMEOUT(addresses->model()->rowCount() > 0, kSlow);
    const auto stored = m_fixture->ledger().dedicatedAddresses();
    QVERIFY(stored.ok() && !stored.value().isEmpty());
    DedicatedAddress longest = stored.value().first();
    for (const DedicatedAddress& address : stored.value()) {
        if (address.address.size() > longest.address.size())
            longest = address;
    }
    QVERIFY(addresses->selectAddress(longest.accountId, longest.id));
    QTest::qWait(100);
    QVERIFY(window.grab().save(u"screenshots/cut-addresses-%1.png"_s.arg(rowName())));
    cut += cutTexts(window);
    narrowLastPane(*window.findChild<QSplitter*>(u"addressesSplitter"_s));
    cut += cutTexts(window);
    QVERIFY(window.grab().save(u"screenshots/cut-addresses-%1-narrow.png"_s.arg(rowName())));

    window.showPage(MainWindow::Page::Withdrawals);
    auto* withdrawals = window.findChild<WithdrawalsPage*>();
    QTRY_VERIFY(withdrawals->model()->rowCount() > 0);
    withdrawals->view()->selectRow(0);
    QTest::qWait(100);
    QVERIFY(window.grab().save(u"screenshots/cut-withdrawals-%1.png"_s.arg(rowName())));
    cut += cutTexts(window);

    for (const MainWindow::Page page : {MainWindow::Page::Overview, MainWindow::Page::Refunds,
             MainWindow::Page::Balances, MainWindow::Page::Accounts}) {
        window.showPage(page);
        QTest::qWait(200);
        QVERIFY(window.grab().save(u"screenshots/cut-page%1-%2.png"_s.arg(int(page)).arg(rowName())));
        cut += cutTexts(window);
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

void TstTextNotCut::newInvoiceResult()
{
    LanguageLoader loader;
    const auto opened = openWindow(loader);
    QVERIFY(opened);
    MainWindow& window = *opened;
    NewInvoiceDialog dialog(m_accounts, m_fixture->actions(), &window);
    dialog.resultView()->setPollInterval(60'000);
    dialog.setAccount(account(Gateway::BucksBus).id);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->setText(u"15"_s);
    dialog.findChild<QComboBox*>(u"currencyComboBox"_s)->setCurrentText(u"USD"_s);
    dialog.findChild<QComboBox*>(u"payCurrencyComboBox"_s)->setCurrentText(u"USDT.TRC20"_s);
    dialog.findChild<QPushButton*>(u"createPushButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isShowingResult(), kSlow);
    const Payment created = dialog.resultView()->payment();
    QVERIFY(!created.paymentUrl.isEmpty());
    QTest::qWait(100);

    // As it opens (its own size, within the window), then as large as the window.
    QStringList cut = cutTexts(dialog);
    QVERIFY(dialog.grab().save(u"screenshots/cut-new-invoice-%1-opened.png"_s.arg(rowName())));
    dialog.resize(window.size());
    QTest::qWait(100);
    cut += cutTexts(dialog);
    QVERIFY(dialog.grab().save(u"screenshots/cut-new-invoice-%1.png"_s.arg(rowName())));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

void TstTextNotCut::refundConfirmation()
{
    LanguageLoader loader;
    const auto opened = openWindow(loader);
    QVERIFY(opened);
    MainWindow& window = *opened;
    // A paid BucksBus payment: its refund goes to an address the merchant types and must check.
    PaymentQuery query;
    query.accountIds = {account(Gateway::BucksBus).id};
    query.statuses = {PaymentStatus::Paid};
    const auto paid = m_fixture->ledger().payments(query);
    QVERIFY(paid.ok() && !paid.value().isEmpty());
    RefundDialog dialog(paid.value().first(), account(Gateway::BucksBus).name, m_fixture->actions(), &window);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit*>(u"addressLineEdit"_s)->setText(kPayerAddress);
    QStringList cut = cutTexts(dialog);
    dialog.findChild<QPushButton*>(u"nextPushButton"_s)->click();
    auto* confirmation = dialog.findChild<QLabel*>(u"confirmationLabel"_s);
    QTRY_VERIFY(confirmation->isVisible());
    QVERIFY(confirmation->text().contains(kPayerAddress));
    QTest::qWait(100);
    cut += cutTexts(dialog);
    QVERIFY(dialog.grab().save(u"screenshots/cut-refund-%1-opened.png"_s.arg(rowName())));
    dialog.resize(window.size());
    QTest::qWait(100);
    cut += cutTexts(dialog);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

QTEST_MAIN(TstTextNotCut)
#include "tst_TextNotCut.moc"
