#include "models/ModelRoles.h"
#include "models/PaymentTableModel.h"
#include "models/RefundTableModel.h"
#include "ui/pages/PaymentDetailPanel.h"
#include "ui/pages/PaymentFilterBar.h"
#include "ui/pages/PaymentsPage.h"
#include "ui/pages/RefundsPage.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include "PaymentsTestData.h"
#include "RecordingGatewayActions.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::uitest;

namespace {

// Page objects in a PDF written by Qt ("/Type /Page", not "/Type /Pages").
int pdfPageObjects(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(file.readAll());
    return int(text.count(QRegularExpression(u"/Type\\s*/Page(?![a-zA-Z])"_s)));
}

} // namespace

// The Payments page on a temporary ledger with a recording GatewayActions: filters and search change the rows
// shown, the detail panel shows the selected payment, actions follow the gateway's capabilities, ledger changes
// arrive row by row, the header state round-trips; plus the Refunds page. Screenshot: screenshots/payments-page.png.
class TstPaymentsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsEveryPayment();
    void searchNarrowsRows();
    void filtersNarrowRows();
    void datePresets();
    void detailShowsSelectedPayment();
    void actionsFollowCapabilities();
    void ledgerChangesApplyRowByRow();
    void headerStateRoundTrips();
    void refundsPage();
    void printInvoiceFromDetail();
    void screenshot();

private:
    QStringList shownOrderIds() const;
    bool loaded() const { return !m_page->model()->isBusy() && m_page->model()->totalRowCount() > 0; }

    std::unique_ptr<PaymentsLedger> m_data;
    std::unique_ptr<RecordingGatewayActions> m_actions;
    std::unique_ptr<PaymentsPage> m_page;
};

void TstPaymentsPage::init()
{
    m_data = std::make_unique<PaymentsLedger>();
    QVERIFY(m_data->create());
    m_actions = std::make_unique<RecordingGatewayActions>();
    m_page = std::make_unique<PaymentsPage>(*m_data->ledger, m_data->path(), *m_actions);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(loaded());
}

void TstPaymentsPage::cleanup()
{
    m_page.reset();
    m_actions.reset();
    m_data.reset();
}

QStringList TstPaymentsPage::shownOrderIds() const
{
    QStringList ids;
    const PaymentTableModel* model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, PaymentTableModel::OrderIdColumn).data().toString();
    return ids;
}

void TstPaymentsPage::loadsEveryPayment()
{
    QCOMPARE(m_page->model()->rowCount(), 7);
    // Newest first (the model's default order), account names from the ledger.
    QCOMPARE(shownOrderIds().first(), u"PD-B2001"_s);
    QCOMPARE(m_page->model()->index(0, PaymentTableModel::AccountColumn).data().toString(), u"crypto-desk"_s);
    auto* count = m_page->findChild<QLabel*>(u"paymentCountLabel"_s);
    QVERIFY(count->text().contains(u'7'));
    // A header click sorts the model itself (no proxy).
    QVERIFY(m_page->view()->isSortingEnabled());
    m_page->view()->sortByColumn(PaymentTableModel::OrderIdColumn, Qt::AscendingOrder);
    QTRY_COMPARE(shownOrderIds().first(), u"coffee-77"_s);
    QCOMPARE(m_page->model()->sortColumn(), int(PaymentTableModel::OrderIdColumn));
}

void TstPaymentsPage::searchNarrowsRows()
{
    auto* search = m_page->findChild<QLineEdit*>(u"searchLineEdit"_s);
    QVERIFY(search);
    m_page->focusSearch();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"pd-a"_s);
    // Debounced: the rows change once typing pauses.
    QTRY_COMPARE(m_page->model()->rowCount(), 3);
    const QStringList found = shownOrderIds();
    QCOMPARE(QSet<QString>(found.cbegin(), found.cend()), (QSet<QString>{u"PD-A1001"_s, u"PD-A1002"_s, u"PD-A1003"_s}));
    search->setText(u"25.50"_s); // amounts are searchable as canonical text
    QTRY_COMPARE(shownOrderIds(), QStringList{u"PD-A1002"_s});
    search->setText(u"nothing like this"_s);
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
    auto* count = m_page->findChild<QLabel*>(u"paymentCountLabel"_s);
    QTRY_VERIFY(count->text().startsWith(u"0 of 7"_s));
    search->clear();
    QTRY_COMPARE(m_page->model()->rowCount(), 7);
}

void TstPaymentsPage::filtersNarrowRows()
{
    auto* account = m_page->findChild<QComboBox*>(u"accountComboBox"_s);
    QVERIFY(account);
    QCOMPARE(account->count(), 4); // all + three accounts
    account->setCurrentIndex(account->findData(m_data->cryptomus.id));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(m_page->model()->index(row, 0).data(AccountIdRole).toString(), m_data->cryptomus.id);
    account->setCurrentIndex(0);
    QTRY_COMPARE(m_page->model()->rowCount(), 7);

    // Status set: paid, then paid + expired.
    auto* paid = m_page->findChild<QAction*>(u"status_paid"_s);
    auto* expired = m_page->findChild<QAction*>(u"status_expired"_s);
    QVERIFY(paid && expired);
    paid->setChecked(true);
    QTRY_COMPARE(m_page->model()->rowCount(), 3);
    expired->setChecked(true);
    QTRY_COMPARE(m_page->model()->rowCount(), 4);
    auto* statusButton = m_page->findChild<QToolButton*>(u"statusToolButton"_s);
    QVERIFY(statusButton->text().contains(u"Paid"_s));

    // Currency on top: EUR among paid/expired.
    auto* currency = m_page->findChild<QComboBox*>(u"currencyComboBox"_s);
    currency->setCurrentIndex(currency->findData(u"EUR"_s));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    const QStringList found = shownOrderIds();
    QCOMPARE(QSet<QString>(found.cbegin(), found.cend()), (QSet<QString>{u"PD-A1003"_s, u"coffee-77"_s}));

    // Clear filters brings everything back.
    m_page->findChild<QToolButton*>(u"clearFiltersToolButton"_s)->click();
    QTRY_COMPARE(m_page->model()->rowCount(), 7);
    QVERIFY(!paid->isChecked());
}

void TstPaymentsPage::datePresets()
{
    auto* preset = m_page->findChild<QComboBox*>(u"datePresetComboBox"_s);
    QVERIFY(preset);
    preset->setCurrentIndex(preset->findData(int(PaymentFilterBar::DatePreset::Last7Days)));
    QTRY_COMPARE(m_page->model()->rowCount(), 5); // not the 10-day and the 45-day old payments
    preset->setCurrentIndex(preset->findData(int(PaymentFilterBar::DatePreset::Last30Days)));
    QTRY_COMPARE(m_page->model()->rowCount(), 6);
    preset->setCurrentIndex(preset->findData(int(PaymentFilterBar::DatePreset::Custom)));
    auto* from = m_page->findChild<QDateEdit*>(u"fromDateEdit"_s);
    QVERIFY(from->isVisible());
    preset->setCurrentIndex(preset->findData(int(PaymentFilterBar::DatePreset::All)));
    QTRY_COMPARE(m_page->model()->rowCount(), 7);

    // Preset ranges in local days.
    const QDateTime now(QDate(2024, 3, 15), QTime(10, 30), Qt::LocalTime);
    const auto [monthFrom, monthTo] = PaymentFilterBar::presetRange(PaymentFilterBar::DatePreset::ThisMonth, now);
    QCOMPARE(monthFrom, QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::LocalTime));
    QCOMPARE(monthTo, QDateTime(QDate(2024, 3, 16), QTime(0, 0), Qt::LocalTime));
    const auto [todayFrom, todayTo] = PaymentFilterBar::presetRange(PaymentFilterBar::DatePreset::Today, now);
    QCOMPARE(todayFrom.secsTo(todayTo), 24 * 3600);
    QVERIFY(!PaymentFilterBar::presetRange(PaymentFilterBar::DatePreset::All, now).first.isValid());
}

void TstPaymentsPage::detailShowsSelectedPayment()
{
    auto* panel = m_page->detailPanel();
    QVERIFY(!panel->hasPayment());
    QVERIFY(panel->findChild<QLabel*>(u"detailPlaceholderLabel"_s)->isVisible());

    QVERIFY(m_page->selectPayment(m_data->cryptomus.id, u"cm-1"_s));
    QTRY_VERIFY(panel->hasPayment());
    QCOMPARE(panel->payment().id, u"cm-1"_s);
    const auto field
        = [panel](const char* name) { return panel->findChild<QLabel*>(QString::fromLatin1(name))->text(); };
    QCOMPARE(field("orderIdValueLabel"), u"PD-B2001"_s);
    QCOMPARE(field("accountValueLabel"), u"crypto-desk"_s);
    QCOMPARE(field("gatewayValueLabel"), u"Cryptomus"_s);
    QCOMPARE(field("amountValueLabel"), u"0.00150000\u00a0BTC"_s);
    QVERIFY(field("statusValueLabel").contains(u"Paid"_s));
    QVERIFY(field("statusValueLabel").contains(u"paid"_s)); // the raw status
    QCOMPARE(field("addressValueLabel"), m_data->payments[4].address);
    QCOMPARE(field("paymentUrlLabel"), u"https://pay.example.test/cm-1"_s);
    // Raw JSON collapsed, then shown as plain text.
    auto* raw = panel->findChild<QPlainTextEdit*>(u"rawJsonPlainTextEdit"_s);
    QVERIFY(!raw->isVisible());
    panel->findChild<QToolButton*>(u"rawJsonToolButton"_s)->click();
    QVERIFY(raw->isVisible());
    QVERIFY(raw->toPlainText().contains(u"<b>plain</b>"_s));
    // Cryptomus publishes no transaction list: not asked, the reason shown.
    QTest::qWait(20);
    QVERIFY(m_actions->transactionsAsked.isEmpty());
    QVERIFY(panel->findChild<QLabel*>(u"transactionsNoteLabel"_s)->text().contains(u"Cryptomus"_s));

    // Another row by click: the panel follows.
    const int row = m_page->model()->rowOf(m_data->cryptoCom.id, u"cc-1"_s);
    QVERIFY(row >= 0);
    const QRect rect = m_page->view()->visualRect(m_page->model()->index(row, 0));
    QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(panel->payment().id, u"cc-1"_s);
    QCOMPARE(field("orderIdValueLabel"), u"PD-A1001"_s);
    // Its refund from the ledger.
    auto* refunds = panel->findChild<QTreeWidget*>(u"paymentRefundsTreeWidget"_s);
    QCOMPARE(refunds->topLevelItemCount(), 1);
    QCOMPARE(refunds->topLevelItem(0)->text(4), u"rf-1"_s);
    QVERIFY(m_actions->transactionsAsked.isEmpty());

    // CryptoProcessing publishes them: asked for and listed.
    m_actions->onTransactions = [](const Payment& p) {
        BlockchainTx tx;
        tx.accountId = p.accountId;
        tx.paymentId = p.id;
        tx.txHash = u"0xfeedbeef"_s;
        tx.network = u"ethereum"_s;
        tx.amount = money(u"12.00"_s, u"USDT"_s);
        tx.confirmations = 3;
        return Result<QList<BlockchainTx>>(QList<BlockchainTx>{tx});
    };
    QVERIFY(m_page->selectPayment(m_data->processing.id, u"cp-1"_s));
    QTRY_COMPARE(m_actions->transactionsAsked.size(), 1);
    QCOMPARE(m_actions->transactionsAsked.first().id, u"cp-1"_s);
    auto* txs = panel->findChild<QTreeWidget*>(u"transactionsTreeWidget"_s);
    QTRY_COMPARE(txs->topLevelItemCount(), 1);
    QCOMPARE(txs->topLevelItem(0)->text(3), u"0xfeedbeef"_s);
    // Its explorer page, opened on activation.
    QCOMPARE(txs->topLevelItem(0)->data(3, Qt::UserRole).toUrl(), QUrl(u"https://etherscan.io/tx/0xfeedbeef"_s));
    QVERIFY(txs->isVisible());
}

void TstPaymentsPage::actionsFollowCapabilities()
{
    auto* panel = m_page->detailPanel();
    auto* refresh = panel->findChild<QPushButton*>(u"refreshPushButton"_s);
    auto* cancel = panel->findChild<QPushButton*>(u"cancelInvoicePushButton"_s);
    auto* refund = panel->findChild<QPushButton*>(u"refundPushButton"_s);

    // CryptoProcessing pending: no cancel (capability) and no refund, with reasons.
    QVERIFY(m_page->selectPayment(m_data->processing.id, u"cp-1"_s));
    QTRY_COMPARE(panel->payment().id, u"cp-1"_s);
    QVERIFY(refresh->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(cancel->toolTip().contains(u"cannot be cancelled"_s));
    QVERIFY(!refund->isEnabled());
    QVERIFY(!refund->toolTip().isEmpty());

    // Crypto.com pending: cancel through the inline confirmation.
    Payment pending = m_data->payments[1];
    m_actions->onCancel = [](const Payment& p) {
        Payment cancelled = p;
        cancelled.status = PaymentStatus::Cancelled;
        cancelled.rawStatus = u"cancelled"_s;
        return Result<Payment>(cancelled);
    };
    QVERIFY(m_page->selectPayment(pending.accountId, pending.id));
    QTRY_COMPARE(panel->payment().id, pending.id);
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QVERIFY(m_actions->cancelled.isEmpty()); // asks first
    panel->findChild<QPushButton*>(u"confirmCancelPushButton"_s)->click();
    QTRY_COMPARE(m_actions->cancelled.size(), 1);
    QTRY_COMPARE(panel->payment().status, PaymentStatus::Cancelled);
    QVERIFY(!cancel->isEnabled());

    // Refresh failing: the banner explains, nothing else changes.
    m_page->refreshSelected();
    QTRY_COMPARE(m_actions->refreshed.size(), 1);
    QTRY_VERIFY(panel->findChild<QWidget*>(u"detailErrorBanner"_s)->isVisible());

    // A paid Crypto.com payment can be refunded: the dialog opens (not modal-blocking).
    QVERIFY(m_page->selectPayment(m_data->cryptoCom.id, u"cc-1"_s));
    QTRY_COMPARE(panel->payment().id, u"cc-1"_s);
    QVERIFY(refund->isEnabled());
    refund->click();
    QTRY_VERIFY(m_page->findChild<QDialog*>(u"refundDialog"_s));
    QVERIFY(m_page->findChild<QDialog*>(u"refundDialog"_s)->isVisible());
}

void TstPaymentsPage::ledgerChangesApplyRowByRow()
{
    QVERIFY(m_page->selectPayment(m_data->cryptoCom.id, u"cc-2"_s));
    QTRY_COMPARE(m_page->detailPanel()->payment().id, u"cc-2"_s);
    QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_page->model(), &QAbstractItemModel::rowsInserted);

    Payment paid = m_data->payments[1];
    paid.status = PaymentStatus::Paid;
    paid.rawStatus = u"succeeded"_s;
    paid.paid = paid.amount;
    Payment fresh
        = testPayment(m_data->cryptoCom, u"cc-9"_s, u"PD-NEW"_s, u"7.00"_s, u"USD"_s, PaymentStatus::Pending, 0);
    const auto upsert = m_data->ledger->upsertPayments({paid, fresh});
    QVERIFY(upsert.ok());
    LedgerChange change;
    change.kind = LedgerChange::Kind::Payments;
    change.accountId = m_data->cryptoCom.id;
    change.ids = upsert.value();
    m_actions->emitLedgerChanged(change);

    QCOMPARE(m_page->model()->rowCount(), 8);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(resets.size(), 0);
    const int row = m_page->model()->rowOf(paid.accountId, paid.id);
    QCOMPARE(m_page->model()->index(row, 0).data(StatusRole).toInt(), int(PaymentStatus::Paid));
    // The selection stayed on the payment and the panel shows the new status.
    QCOMPARE(m_page->view()->selectionModel()->currentIndex().row(), row);
    QCOMPARE(m_page->detailPanel()->payment().status, PaymentStatus::Paid);
    QVERIFY(m_page->findChild<QLabel*>(u"statusValueLabel"_s)->text().contains(u"succeeded"_s));
}

void TstPaymentsPage::headerStateRoundTrips()
{
    QHeaderView* header = m_page->view()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(PaymentTableModel::DescriptionColumn));
    QVERIFY(header->isSectionHidden(PaymentTableModel::IdColumn));

    // The column chooser on the header's context menu.
    QMetaObject::invokeMethod(
        header, [header] { Q_EMIT header->customContextMenuRequested(QPoint(10, 5)); }, Qt::QueuedConnection);
    QTRY_VERIFY(m_page->findChild<QMenu*>(u"columnChooserMenu"_s));
    auto* menu = m_page->findChild<QMenu*>(u"columnChooserMenu"_s);
    QCOMPARE(menu->actions().size(), int(PaymentTableModel::ColumnCount));
    menu->actions().at(PaymentTableModel::DescriptionColumn)->trigger();
    menu->actions().at(PaymentTableModel::IdColumn)->trigger();
    menu->close();
    QVERIFY(header->isSectionHidden(PaymentTableModel::DescriptionColumn));
    QVERIFY(!header->isSectionHidden(PaymentTableModel::IdColumn));
    m_page->view()->sortByColumn(PaymentTableModel::AmountColumn, Qt::AscendingOrder);
    header->resizeSection(PaymentTableModel::OrderIdColumn, 222);
    const QByteArray state = m_page->headerState();

    PaymentsPage other(*m_data->ledger, m_data->path(), *m_actions);
    QVERIFY(!other.restoreHeaderState(QByteArray("garbage")));
    QVERIFY(other.restoreHeaderState(state));
    QHeaderView* restored = other.view()->horizontalHeader();
    QVERIFY(restored->isSectionHidden(PaymentTableModel::DescriptionColumn));
    QVERIFY(!restored->isSectionHidden(PaymentTableModel::IdColumn));
    QCOMPARE(restored->sectionSize(PaymentTableModel::OrderIdColumn), 222);
    QCOMPARE(restored->sortIndicatorSection(), int(PaymentTableModel::AmountColumn));
    QTRY_VERIFY(!other.model()->isBusy());
    QCOMPARE(other.model()->sortColumn(), int(PaymentTableModel::AmountColumn));
}

void TstPaymentsPage::refundsPage()
{
    RefundsPage page(*m_data->ledger, *m_actions);
    QCOMPARE(page.model()->rowCount(), 1);
    Refund refund;
    refund.accountId = m_data->cryptomus.id;
    refund.gateway = Gateway::Cryptomus;
    refund.id = u"rf-2"_s;
    refund.paymentId = u"cm-1"_s;
    refund.amount = money(u"0.00150000"_s, u"BTC"_s);
    refund.status = TransferStatus::Pending;
    refund.created = QDateTime::currentDateTimeUtc();
    const auto upsert = m_data->ledger->upsertRefunds({refund});
    QVERIFY(upsert.ok());
    // Other kinds do not reload it.
    LedgerChange change;
    change.kind = LedgerChange::Kind::Payments;
    change.accountId = refund.accountId;
    change.ids = upsert.value();
    m_actions->emitLedgerChanged(change);
    QCOMPARE(page.model()->rowCount(), 1);
    change.kind = LedgerChange::Kind::Refunds;
    m_actions->emitLedgerChanged(change);
    QCOMPARE(page.model()->rowCount(), 2);
    QVERIFY(page.findChild<QLabel*>(u"refundsStatusLabel"_s)->text().contains(u'2'));
}

void TstPaymentsPage::printInvoiceFromDetail()
{
    auto* panel = m_page->detailPanel();
    QVERIFY(m_page->selectPayment(m_data->cryptomus.id, u"cm-1"_s));
    QTRY_VERIFY(panel->hasPayment());
    const InvoiceSheet sheet = panel->invoiceSheet();
    QCOMPARE(sheet.payment(), panel->payment());
    QCOMPARE(sheet.merchantName(), u"crypto-desk"_s); // the account's name

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"cm-1.pdf"_s);
    auto* save = panel->findChild<QPushButton*>(u"saveInvoicePdfPushButton"_s);
    QVERIFY(save && save->isVisible());
    save->click();
    QFileDialog* fileDialog = nullptr;
    QTRY_VERIFY((fileDialog = panel->findChild<QFileDialog*>(u"saveInvoicePdfFileDialog"_s)) != nullptr);
    fileDialog->selectFile(pdf);
    static_cast<QDialog*>(fileDialog)->accept(); // QFileDialog::accept() is protected
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(pdfPageObjects(pdf), 1);
    QVERIFY(panel->findChild<QLabel*>(u"detailNoticeLabel"_s)->text().contains(QDir::toNativeSeparators(pdf)));

    panel->findChild<QPushButton*>(u"printInvoicePushButton"_s)->click();
    QPrintDialog* printDialog = nullptr;
    QTRY_VERIFY((printDialog = panel->findChild<QPrintDialog*>(u"printDialog"_s)) != nullptr);
    QVERIFY(printDialog->isVisible());
    printDialog->reject();

    panel->clear();
    QVERIFY(!panel->saveInvoicePdf(dir.filePath(u"none.pdf"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"none.pdf"_s)));
}

void TstPaymentsPage::screenshot()
{
    QVERIFY(m_page->selectPayment(m_data->cryptomus.id, u"cm-1"_s));
    QTRY_VERIFY(m_page->detailPanel()->hasPayment());
    QCOMPARE(m_page->size(), QSize(1280, 800));
    QTest::qWait(100); // let the detail panel's layout settle, as it has on screen
    QDir().mkpath(u"screenshots"_s);
    QVERIFY(m_page->grab().save(u"screenshots/payments-page.png"_s));
}

QTEST_MAIN(TstPaymentsPage)
#include "tst_PaymentsPage.moc"
