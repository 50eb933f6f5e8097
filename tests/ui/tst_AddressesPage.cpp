#include "models/AddressTableModel.h"
#include "ui/dialogs/AddressDialog.h"
#include "ui/pages/AddressesPage.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/QrCodeView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "LedgerWritingGatewayActions.h"
#include "PageTestLedger.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using paydesk::test::PageTestLedger;

// The Addresses page over a temporary ledger: rows, the QR of the selected address (the bare address), Copy,
// Release / Block by capability with a confirmation, and the create dialog's account list and field rules.
class TstAddressesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsRowsAndQr();
    void releaseByCapability();
    void releaseConfirmed();
    void releaseCancelled();
    void releaseFailureShowsBanner();
    void createDialogAccounts();
    void createDialogFieldRules_data();
    void createDialogFieldRules();
    void createThroughDialog();
    void createDialogOffersWhatTheGatewayAccepts();
    void qrSheetOfSelection();
    void printQrSheetOpensDialog();

private:
    AddressesPage* makePage();
    int rowOf(AddressesPage& page, const QString& addressId);

    std::unique_ptr<PageTestLedger> m_data;
    std::unique_ptr<test::LedgerWritingGatewayActions> m_actions;
    std::unique_ptr<AddressesPage> m_page;
};

void TstAddressesPage::init()
{
    m_data = std::make_unique<PageTestLedger>();
    QVERIFY(m_data->ok());
    QVERIFY(m_data->addFourAccounts());
    QVERIFY(m_data->ledger()
                .upsertDedicatedAddresses({
                    PageTestLedger::address(u"a-cp"_s, Gateway::CryptoProcessing, u"cp-1"_s,
                        u"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"_s, u"BTC"_s, {}, 3),
                    PageTestLedger::address(u"a-bb"_s, Gateway::BucksBus, u"bb-7"_s,
                        u"0x52908400098527886E0F7030069857D2E4169EE7"_s, u"ETH"_s, {}, 4),
                    PageTestLedger::address(u"a-cm"_s, Gateway::Cryptomus, u"cm-uuid-1"_s,
                        u"TJYeasTPa6gpEEfYqGZC8eJ6HBM9bYh1bY"_s, u"USDT"_s, u"tron"_s, 5),
                })
                .ok());
    m_actions = std::make_unique<test::LedgerWritingGatewayActions>(&m_data->ledger());
}

void TstAddressesPage::cleanup()
{
    m_page.reset();
    m_actions.reset();
    m_data.reset();
}

AddressesPage* TstAddressesPage::makePage()
{
    m_page = std::make_unique<AddressesPage>(m_data->ledger(), *m_actions);
    m_page->resize(1280, 800);
    m_page->show();
    return m_page.get();
}

int TstAddressesPage::rowOf(AddressesPage& page, const QString& addressId)
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->recordAt(row)->id == addressId)
            return row;
    }
    return -1;
}

void TstAddressesPage::showsRowsAndQr()
{
    AddressesPage* page = makePage();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->model()->rowCount(), 3);
    // Newest first; the first row is selected and its QR is the bare address.
    QCOMPARE(page->model()->recordAt(0)->id, u"cm-uuid-1"_s);
    auto* qr = page->findChild<QrCodeView*>(u"addressQrCodeView"_s);
    QVERIFY(qr);
    QCOMPARE(qr->text(), u"TJYeasTPa6gpEEfYqGZC8eJ6HBM9bYh1bY"_s);
    QVERIFY(qr->hasCode());
    QCOMPARE(page->findChild<QLabel*>(u"addressLabel"_s)->text(), u"TJYeasTPa6gpEEfYqGZC8eJ6HBM9bYh1bY"_s);
    QVERIFY(page->findChild<QLabel*>(u"addressDetailsLabel"_s)->text().contains(u"USDT on tron"_s));
    QVERIFY(page->findChild<QLabel*>(u"addressDetailsLabel"_s)->text().contains(u"mus"_s));

    QVERIFY(page->selectAddress(u"a-cp"_s, u"cp-1"_s));
    QCOMPARE(qr->text(), u"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"_s);
    QTest::mouseClick(page->findChild<QPushButton*>(u"copyAddressPushButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"_s);

    QVERIFY(page->selectAddress(u"a-cm"_s, u"cm-uuid-1"_s));
    QVERIFY(PageTestLedger::screenshot(*page, u"addresses"_s));
}

void TstAddressesPage::releaseByCapability()
{
    AddressesPage* page = makePage();
    auto* release = page->findChild<QPushButton*>(u"releaseAddressPushButton"_s);
    // CryptoProcessing addresses are permanent: disabled, the reason as tooltip and note.
    QVERIFY(page->selectAddress(u"a-cp"_s, u"cp-1"_s));
    QVERIFY(!release->isEnabled());
    QVERIFY(release->toolTip().contains(u"permanent"_s));
    QVERIFY(page->findChild<QLabel*>(u"releaseNoteLabel"_s)->text().contains(u"permanent"_s));
    // v10.2 releases; Cryptomus blocks.
    QVERIFY(page->selectAddress(u"a-bb"_s, u"bb-7"_s));
    QVERIFY(release->isEnabled());
    QCOMPARE(release->text(), u"Release…"_s);
    QVERIFY(page->selectAddress(u"a-cm"_s, u"cm-uuid-1"_s));
    QVERIFY(release->isEnabled());
    QCOMPARE(release->text(), u"Block…"_s);
    // Nothing is sent for a CryptoProcessing address even if asked directly.
    QVERIFY(page->selectAddress(u"a-cp"_s, u"cp-1"_s));
    page->releaseSelected();
    QVERIFY(!page->findChild<QMessageBox*>());
}

void TstAddressesPage::releaseConfirmed()
{
    AddressesPage* page = makePage();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    QVERIFY(page->selectAddress(u"a-bb"_s, u"bb-7"_s));
    QTest::mouseClick(page->findChild<QPushButton*>(u"releaseAddressPushButton"_s), Qt::LeftButton);
    auto* box = page->findChild<QMessageBox*>(u"confirmReleaseMessageBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"0x52908400098527886E0F7030069857D2E4169EE7"_s));
    QVERIFY(m_actions->releases.isEmpty()); // nothing before the confirmation
    box->findChild<QPushButton*>(u"confirmReleasePushButton"_s)->click();
    QTRY_COMPARE(m_actions->releases.size(), 1);
    QCOMPARE(m_actions->releases.first().id, u"bb-7"_s);
    // The ledger write is announced; the row turns Released and the button is disabled.
    const int row = rowOf(*page, u"bb-7"_s);
    QTRY_COMPARE(page->model()->recordAt(row)->status, AddressStatus::Released);
    QTRY_VERIFY(!page->findChild<QPushButton*>(u"releaseAddressPushButton"_s)->isEnabled());
    QCOMPARE(page->currentAddress()->id, u"bb-7"_s); // the selection held
}

void TstAddressesPage::releaseCancelled()
{
    AddressesPage* page = makePage();
    QVERIFY(page->selectAddress(u"a-cm"_s, u"cm-uuid-1"_s));
    page->releaseSelected();
    auto* box = page->findChild<QMessageBox*>(u"confirmReleaseMessageBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().startsWith(u"Block"_s));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(20);
    QVERIFY(m_actions->releases.isEmpty());
}

void TstAddressesPage::releaseFailureShowsBanner()
{
    AddressesPage* page = makePage();
    QVERIFY(page->selectAddress(u"a-cm"_s, u"cm-uuid-1"_s));
    ProviderError error;
    error.kind = ProviderError::Kind::Auth;
    error.httpStatus = 401;
    error.message = u"Invalid sign"_s;
    m_actions->nextError = error;
    page->releaseSelected();
    page->findChild<QPushButton*>(u"confirmReleasePushButton"_s)->click();
    auto* banner = page->findChild<ErrorBanner*>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(u"mus"_s), qPrintable(banner->message()));
    QVERIFY(banner->details().contains(u"Invalid sign"_s));
    QCOMPARE(page->model()->recordAt(rowOf(*page, u"cm-uuid-1"_s))->status, AddressStatus::Active);
}

void TstAddressesPage::createDialogAccounts()
{
    QList<Account> accounts;
    for (const QString& id : {u"a-cdc"_s, u"a-cp"_s, u"a-bb"_s, u"a-cm"_s})
        accounts << m_data->ledger().account(id).value();
    AddressDialog dialog(*m_actions, accounts);
    auto* combo = dialog.findChild<QComboBox*>(u"accountComboBox"_s);
    QStringList ids;
    for (int i = 0; i < combo->count(); ++i)
        ids << combo->itemData(i).toString();
    QCOMPARE(ids, (QStringList{u"a-cp"_s, u"a-bb"_s, u"a-cm"_s})); // no Crypto.com Pay
    QVERIFY(dialog.findChild<QLabel*>(u"noAccountsLabel"_s)->isHidden());

    AddressDialog none(*m_actions, {accounts.first()});
    QCOMPARE(none.findChild<QComboBox*>(u"accountComboBox"_s)->count(), 0);
    QVERIFY(!none.findChild<QLabel*>(u"noAccountsLabel"_s)->isHidden());
    QVERIFY(!none.findChild<QPushButton*>(u"createPushButton"_s)->isEnabled());
}

void TstAddressesPage::createDialogFieldRules_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<bool>("networkEnabled");
    QTest::addColumn<bool>("labelEnabled");
    QTest::addColumn<QString>("emptyProblemField"); // which note turns into a problem with empty fields
    QTest::newRow("cryptoprocessing") << u"a-cp"_s << false << false << u"referenceNoteLabel"_s;
    QTest::newRow("bucksbus") << u"a-bb"_s << false << true << QString();
    QTest::newRow("cryptomus") << u"a-cm"_s << true << false << u"networkNoteLabel"_s;
}

void TstAddressesPage::createDialogFieldRules()
{
    QFETCH(QString, accountId);
    QFETCH(bool, networkEnabled);
    QFETCH(bool, labelEnabled);
    QFETCH(QString, emptyProblemField);

    AddressDialog dialog(*m_actions, m_data->ledger().accounts().value());
    dialog.setAccount(accountId);
    QCOMPARE(dialog.findChild<QComboBox*>(u"accountComboBox"_s)->currentData().toString(), accountId);
    QCOMPARE(dialog.findChild<QLineEdit*>(u"networkLineEdit"_s)->isEnabled(), networkEnabled);
    QCOMPARE(dialog.findChild<QLineEdit*>(u"labelLineEdit"_s)->isEnabled(), labelEnabled);
    // A refused field is explained.
    if (!labelEnabled)
        QVERIFY(dialog.findChild<QLabel*>(u"labelNoteLabel"_s)->text().contains(u"no label"_s));
    if (!networkEnabled)
        QVERIFY(dialog.findChild<QLabel*>(u"networkNoteLabel"_s)->text().contains(u"no separate network"_s));

    const bool valid = dialog.validate();
    QCOMPARE(valid, emptyProblemField.isEmpty());
    if (!emptyProblemField.isEmpty())
        QVERIFY(dialog.findChild<QLabel*>(emptyProblemField)->property("problem").toBool());
    QVERIFY(m_actions->addressDrafts.isEmpty());
}

void TstAddressesPage::createThroughDialog()
{
    AddressesPage* page = makePage();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    QTest::mouseClick(page->findChild<QPushButton*>(u"createAddressPushButton"_s), Qt::LeftButton);
    auto* dialog = page->findChild<AddressDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->setAccount(u"a-cm"_s);
    dialog->findChild<QComboBox*>(u"assetComboBox"_s)->setCurrentText(u"USDT"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"networkLineEdit"_s), u"tron"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"customerReferenceLineEdit"_s), u"cust-42"_s);
    dialog->findChild<QPushButton*>(u"createPushButton"_s)->click();
    QTRY_COMPARE(m_actions->addressDrafts.size(), 1);
    const AddressDraft draft = m_actions->addressDrafts.first();
    QCOMPARE(draft.accountId, u"a-cm"_s);
    QCOMPARE(draft.currency, u"USDT"_s);
    QCOMPARE(draft.network, u"tron"_s);
    QCOMPARE(draft.customerReference, u"cust-42"_s);
    QVERIFY(draft.label.isEmpty());
    // The new address appears, selected, with its QR.
    QTRY_COMPARE(page->model()->rowCount(), 4);
    QTRY_COMPARE(page->currentAddress()->id, u"addr-1"_s);
    QCOMPARE(page->findChild<QrCodeView*>(u"addressQrCodeView"_s)->text(), u"TXYZ1createdByTest"_s);
}

// The asset list follows the chosen account: what its gateway accepts as the last sync read it, else Paydesk's own
// list with a note to sync; a network is filled in where the asset has only one.
void TstAddressesPage::createDialogOffersWhatTheGatewayAccepts()
{
    const auto asset = [](const QString& code, const QString& network, bool fiat = false) {
        GatewayAsset a;
        a.code = code;
        a.network = network;
        a.fiat = fiat;
        a.readAt = QDateTime::currentDateTimeUtc();
        return a;
    };
    QVERIFY(m_data->ledger()
                .replaceGatewayAssets(u"a-bb"_s,
                    {asset(u"BTC"_s, u"BITCOIN"_s), asset(u"USDT.TRC20"_s, u"TRON"_s), asset(u"USD"_s, {}, true)})
                .ok());
    QVERIFY(m_data->ledger()
                .replaceGatewayAssets(
                    u"a-cm"_s, {asset(u"USDT"_s, u"tron"_s), asset(u"USDT"_s, u"bsc"_s), asset(u"BTC"_s, u"bitcoin"_s)})
                .ok());
    AddressesPage* page = makePage();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    QTest::mouseClick(page->findChild<QPushButton*>(u"createAddressPushButton"_s), Qt::LeftButton);
    auto* dialog = page->findChild<AddressDialog*>();
    QVERIFY(dialog);
    auto* assets = dialog->findChild<QComboBox*>(u"assetComboBox"_s);
    auto* network = dialog->findChild<QLineEdit*>(u"networkLineEdit"_s);
    const auto items = [assets] {
        QStringList codes;
        for (int i = 0; i < assets->count(); ++i)
            codes << assets->itemText(i);
        return codes;
    };

    dialog->setAccount(u"a-bb"_s);
    QCOMPARE(items(), (QStringList{u"BTC"_s, u"USDT.TRC20"_s})); // no fiat, no plain USDT
    assets->setCurrentText(u"USDT"_s); // typed by hand: refused before anything is sent
    QVERIFY(!dialog->validate());
    QVERIFY(dialog->findChild<QLabel*>(u"assetProblemLabel"_s)->text().contains(u"does not accept USDT"_s));

    dialog->setAccount(u"a-cm"_s);
    QCOMPARE(items(), (QStringList{u"BTC"_s, u"USDT"_s}));
    QCOMPARE(assets->currentText(), u"USDT"_s);
    QCOMPARE(network->placeholderText(), u"bsc, tron"_s);
    QVERIFY(network->text().isEmpty()); // two networks: the merchant chooses
    assets->setCurrentText(u"BTC"_s);
    QCOMPARE(network->text(), u"bitcoin"_s);

    dialog->setAccount(u"a-cp"_s); // never synced: Paydesk's own list, and a note to sync
    QVERIFY(items().contains(u"USDT"_s));
    QVERIFY(assets->toolTip().contains(u"Sync this account"_s));
    QVERIFY(network->text().isEmpty());
    QVERIFY(m_actions->addressDrafts.isEmpty());
}

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

void TstAddressesPage::qrSheetOfSelection()
{
    AddressesPage* page = makePage();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    auto* print = page->findChild<QPushButton*>(u"printQrSheetPushButton"_s);
    auto* save = page->findChild<QPushButton*>(u"saveQrSheetPdfPushButton"_s);
    QVERIFY(print && save);
    QVERIFY(print->isEnabled() && save->isEnabled()); // the first row is selected
    QCOMPARE(page->selectedAddresses().size(), 1);

    // Ctrl+click adds a row; the details follow the row clicked.
    QTableView* view = page->view();
    const int btcRow = rowOf(*page, u"cp-1"_s);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
        view->visualRect(page->model()->index(btcRow, AddressTableModel::AddressColumn)).center());
    QCOMPARE(page->selectedAddresses().size(), 2);
    QCOMPARE(page->currentAddress()->id, u"cp-1"_s);
    QCOMPARE(
        page->findChild<QrCodeView*>(u"addressQrCodeView"_s)->text(), u"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"_s);

    view->selectAll();
    const QList<DedicatedAddress> selected = page->selectedAddresses();
    QCOMPARE(selected.size(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(selected.at(row).id, page->model()->recordAt(row)->id); // in the table's order
    QCOMPARE(page->qrSheet().addresses(), selected);
    QCOMPARE(page->qrSheet().pageCount(), 1);

    // Save QR Sheet as PDF…: the file dialog, then the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sheet.pdf"_s);
    QSignalSpy messages(page, &AddressesPage::statusMessage);
    QTest::mouseClick(save, Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<QFileDialog*>(u"saveQrSheetFileDialog"_s)) != nullptr);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
    QVERIFY(QFile::exists(path));
    QCOMPARE(pdfPageObjects(path), 1);
    QCOMPARE(messages.size(), 1);

    // Seven addresses need two pages.
    QList<DedicatedAddress> more;
    for (int i = 0; i < 4; ++i)
        more.append(PageTestLedger::address(u"a-cp"_s, Gateway::CryptoProcessing, u"cp-x%1"_s.arg(i),
            u"bc1qextra000000000000000000000000000000%1"_s.arg(i), u"BTC"_s, {}, 10 + i));
    QVERIFY(m_data->ledger().upsertDedicatedAddresses(more).ok());
    page->reload();
    view->selectAll();
    QCOMPARE(page->qrSheet().pageCount(), 2);
    const QString twoPages = dir.filePath(u"seven.pdf"_s);
    QVERIFY(page->saveQrSheetPdf(twoPages));
    QCOMPARE(pdfPageObjects(twoPages), 2);

    // A file that cannot be written: the banner says so.
    QVERIFY(!page->saveQrSheetPdf(dir.filePath(u"no-such-dir/sheet.pdf"_s)));
    QVERIFY(page->findChild<ErrorBanner*>()->isVisible());

    view->clearSelection();
    QVERIFY(!print->isEnabled());
    QVERIFY(!save->isEnabled());
    QVERIFY(!page->saveQrSheetPdf(dir.filePath(u"empty.pdf"_s)));
}

void TstAddressesPage::printQrSheetOpensDialog()
{
    AddressesPage* page = makePage();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    page->view()->selectAll();
    QTest::mouseClick(page->findChild<QPushButton*>(u"printQrSheetPushButton"_s), Qt::LeftButton);
    QPrintDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<QPrintDialog*>(u"printDialog"_s)) != nullptr);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

QTEST_MAIN(TstAddressesPage)
#include "tst_AddressesPage.moc"
