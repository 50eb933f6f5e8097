#include "ui/dialogs/NewInvoiceDialog.h"

#include "core/Assets.h"
#include "core/ProviderErrorText.h"
#include "core/journal/JournalEntry.h"
#include "core/validation/InvoiceValidation.h"
#include "ui/GatewayActions.h"
#include "ui/dialogs/InvoiceResultView.h"
#include "ui/widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {
namespace {

constexpr int kNoDiscount = -100;

QComboBox* assetCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(20);
    return combo;
}

// Replaces a combo's items, keeping the text chosen when it is still offered (else `fallback`, else the first).
void setItems(QComboBox* combo, const QStringList& items, const QString& fallback)
{
    const QString before = combo->currentText();
    combo->clear();
    combo->addItems(items);
    combo->setCurrentText(items.contains(before) ? before : (items.contains(fallback) ? fallback : items.value(0)));
}

QString assetText(const QComboBox* combo)
{
    return combo->currentText().trimmed().toUpper();
}

} // namespace

NewInvoiceDialog::NewInvoiceDialog(const QList<Account>& accounts, GatewayActions& actions, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_actions(actions)
    , m_steps(new QStackedWidget(this))
    , m_banner(new ErrorBanner(this))
    , m_form(new QGridLayout)
    , m_account(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_currency(assetCombo(this))
    , m_payCurrency(assetCombo(this))
    , m_network(new QLineEdit(this))
    , m_orderId(new QLineEdit(generateOrderId(), this))
    , m_description(new QLineEdit(this))
    , m_lifetime(new QSpinBox(this))
    , m_payerEmail(new QLineEdit(this))
    , m_openAmount(new QCheckBox(tr("The payer chooses the amount (open amount)"), this))
    , m_discount(new QSpinBox(this))
    , m_allowedCurrencies(new QLineEdit(this))
    , m_gatewayNote(new QLabel(this))
    , m_result(new InvoiceResultView(actions, this))
    , m_create(new QPushButton(tr("Create invoice"), this))
    , m_close(new QPushButton(tr("Cancel"), this))
    , m_another(new QPushButton(tr("New invoice"), this))
{
    setObjectName(u"newInvoiceDialog"_s);
    setWindowTitle(tr("New invoice"));
    setMinimumWidth(520);
    m_banner->setObjectName(u"invoiceErrorBanner"_s);

    m_account->setObjectName(u"accountComboBox"_s);
    for (const Account& account : m_accounts) {
        m_account->addItem(
            tr("%1 (%2%3)")
                .arg(account.name, gatewayDisplayName(account.gateway), account.liveMode ? QString() : tr(", test")),
            account.id);
    }
    m_amount->setObjectName(u"amountLineEdit"_s);
    m_amount->setPlaceholderText(tr("For example 25.00"));
    m_currency->setObjectName(u"currencyComboBox"_s);
    m_currency->setCurrentText(u"USD"_s);
    m_payCurrency->setObjectName(u"payCurrencyComboBox"_s);
    m_payCurrency->lineEdit()->setPlaceholderText(tr("Any (the payer chooses)"));
    m_network->setObjectName(u"networkLineEdit"_s);
    m_network->setPlaceholderText(tr("Optional, for example tron"));
    m_orderId->setObjectName(u"orderIdLineEdit"_s);
    m_description->setObjectName(u"descriptionLineEdit"_s);
    m_description->setPlaceholderText(tr("Shown to the payer"));
    m_lifetime->setObjectName(u"lifetimeSpinBox"_s);
    m_lifetime->setRange(0, 60 * 24 * 60);
    m_lifetime->setSuffix(tr(" min"));
    m_lifetime->setSpecialValueText(tr("Gateway default"));
    m_payerEmail->setObjectName(u"payerEmailLineEdit"_s);
    m_payerEmail->setPlaceholderText(tr("Optional"));
    m_openAmount->setObjectName(u"openAmountCheckBox"_s);
    m_discount->setObjectName(u"discountSpinBox"_s);
    m_discount->setRange(kNoDiscount, 100);
    m_discount->setSuffix(tr(" %"));
    m_discount->setSpecialValueText(tr("No discount"));
    m_discount->setValue(kNoDiscount);
    m_discount->setToolTip(tr("Positive: a discount for the payer; negative: a surcharge (-99 to 100)."));
    m_allowedCurrencies->setObjectName(u"allowedCurrenciesLineEdit"_s);
    m_allowedCurrencies->setPlaceholderText(tr("Optional, for example BTC, USDT"));
    m_gatewayNote->setObjectName(u"gatewayNoteLabel"_s);
    m_gatewayNote->setWordWrap(true);

    addRow(u"account"_s, tr("Account"), m_account);
    auto* amountRow = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 2);
    amountLayout->addWidget(m_currency, 1);
    addRow(u"amount"_s, tr("Amount"), amountRow);
    m_problems.insert(u"currency"_s, m_problems.value(u"amount"_s)); // one line for amount and currency
    addRow(u"payCurrency"_s, tr("Pay with"), m_payCurrency);
    addRow(u"network"_s, tr("Network"), m_network);
    addRow(u"orderId"_s, tr("Order id"), m_orderId);
    addRow(u"description"_s, tr("Description"), m_description);
    addRow(u"lifetime"_s, tr("Valid for"), m_lifetime);
    addRow(u"payerEmail"_s, tr("Payer e-mail"), m_payerEmail);
    addRow(u"openAmount"_s, QString(), m_openAmount);
    addRow(u"discountPercent"_s, tr("Discount"), m_discount);
    addRow(u"allowedCurrencies"_s, tr("Allowed currencies"), m_allowedCurrencies);

    auto* formPage = new QWidget(this);
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_form->setColumnStretch(1, 1);
    formLayout->addLayout(m_form);
    formLayout->addWidget(m_gatewayNote);
    formLayout->addStretch(1);
    m_steps->addWidget(formPage);
    m_steps->addWidget(m_result);

    m_create->setObjectName(u"createPushButton"_s);
    m_create->setDefault(true);
    m_close->setObjectName(u"closePushButton"_s);
    m_another->setObjectName(u"anotherInvoicePushButton"_s);
    m_another->hide();
    connect(m_create, &QPushButton::clicked, this, &NewInvoiceDialog::create);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_another, &QPushButton::clicked, this, [this] {
        m_result->stopFollowing();
        m_orderId->setText(generateOrderId());
        m_amount->clear();
        m_description->clear();
        clearProblems();
        m_banner->clear();
        m_steps->setCurrentIndex(0);
        m_create->show();
        m_another->hide();
        m_close->setText(tr("Cancel"));
        setMinimumSize(520, 0);
        adjustSize();
    });
    connect(m_result, &InvoiceResultView::paid, this, &NewInvoiceDialog::invoicePaid);
    connect(this, &QDialog::finished, m_result, &InvoiceResultView::stopFollowing);
    connect(m_account, &QComboBox::currentIndexChanged, this, &NewInvoiceDialog::onAccountChanged);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_another);
    buttons->addWidget(m_close);
    buttons->addWidget(m_create);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);

    if (m_accounts.isEmpty()) {
        m_banner->showMessage(tr("Add a gateway account first (Accounts page)."));
        m_create->setEnabled(false);
    }
    onAccountChanged();
}

NewInvoiceDialog::~NewInvoiceDialog() = default;

QString NewInvoiceDialog::generateOrderId()
{
    return generateIdempotencyKey(JournalKind::Invoice);
}

void NewInvoiceDialog::addRow(const QString& field, const QString& label, QWidget* editor)
{
    auto* row = new QWidget(this);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto* problem = new QLabel(row);
    problem->setObjectName(field + u"ProblemLabel"_s);
    problem->setTextFormat(Qt::PlainText);
    problem->setWordWrap(true);
    QPalette palette = problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    problem->setPalette(palette);
    problem->hide();
    layout->addWidget(problem);
    const int line = int(m_labels.size());
    auto* title = new QLabel(label, this);
    title->setBuddy(editor);
    m_form->addWidget(title, line, 0, Qt::AlignLeft | Qt::AlignTop);
    m_form->addWidget(row, line, 1);
    m_labels.insert(field, title);
    m_rows.insert(field, row);
    m_problems.insert(field, problem);
}

void NewInvoiceDialog::setRowVisible(const QString& field, bool visible)
{
    // A grid, not a QFormLayout: Qt 6.4's height-for-width layout of a form with hidden rows (setRowVisible or
    // hidden fields) reads and writes out of bounds (seen with valgrind) once a wrapped problem label shows.
    QWidget* row = m_rows.value(field);
    if (!row)
        return;
    row->setVisible(visible);
    if (QWidget* label = m_labels.value(field))
        label->setVisible(visible);
}

void NewInvoiceDialog::setAccount(const QString& accountId)
{
    const int index = m_account->findData(accountId);
    if (index >= 0)
        m_account->setCurrentIndex(index);
}

const Account* NewInvoiceDialog::currentAccount() const
{
    const QString id = m_account->currentData().toString();
    for (const Account& account : m_accounts) {
        if (account.id == id)
            return &account;
    }
    return nullptr;
}

void NewInvoiceDialog::setAcceptedAssets(const QHash<QString, QList<GatewayAsset>>& byAccount)
{
    m_accepted = byAccount;
    fillAssets();
}

void NewInvoiceDialog::fillAssets()
{
    const Account* account = currentAccount();
    QStringList fiat;
    QStringList crypto;
    for (const GatewayAsset& asset : account ? m_accepted.value(account->id) : QList<GatewayAsset>()) {
        QStringList& list = asset.fiat ? fiat : crypto;
        if (asset.available && !list.contains(asset.code))
            list << asset.code;
    }
    const bool fromGateway = !crypto.isEmpty();
    const bool fiatFromGateway = !fiat.isEmpty();
    // Cryptomus lists the coins it takes, not the fiat currencies an invoice may be priced in: those are Paydesk's.
    for (const AssetInfo& asset : knownAssets()) {
        if (asset.fiat && !fiatFromGateway)
            fiat << asset.code;
        else if (!asset.fiat && !fromGateway)
            crypto << asset.code;
    }
    setItems(m_currency, fiat + crypto, u"USD"_s);
    // "" first: any asset, the payer chooses.
    setItems(m_payCurrency, QStringList{QString()} + crypto, QString());
    const QString note = fromGateway
        ? tr("The assets %1 accepts, as the last sync read them.").arg(gatewayDisplayName(account->gateway))
        : tr("Sync this account to offer exactly the assets its gateway accepts.");
    m_currency->setToolTip(note);
    m_payCurrency->setToolTip(note);
}

void NewInvoiceDialog::onAccountChanged()
{
    clearProblems();
    fillAssets();
    const Account* account = currentAccount();
    const Gateway gateway = account ? account->gateway : Gateway::CryptoCom;
    setRowVisible(u"payCurrency"_s, gateway != Gateway::CryptoCom);
    setRowVisible(u"network"_s, gateway == Gateway::CryptoProcessing || gateway == Gateway::Cryptomus);
    setRowVisible(u"payerEmail"_s, gateway == Gateway::CryptoProcessing || gateway == Gateway::BucksBus);
    setRowVisible(u"openAmount"_s, gateway == Gateway::BucksBus);
    setRowVisible(u"discountPercent"_s, gateway == Gateway::Cryptomus);
    setRowVisible(u"allowedCurrencies"_s, gateway == Gateway::Cryptomus);
    if (gateway == Gateway::CryptoProcessing && m_lifetime->value() == 0)
        m_lifetime->setValue(60);
    switch (gateway) {
    case Gateway::CryptoCom:
        m_gatewayNote->setText(tr("Crypto.com Pay: the payer chooses the crypto currency on the payment page."));
        break;
    case Gateway::CryptoProcessing:
        m_gatewayNote->setText(tr("CryptoProcessing: the invoice stays open from 5 minutes to 60 days."));
        break;
    case Gateway::BucksBus:
        m_gatewayNote->setText(tr("Gateway v10.2: a fiat amount needs the crypto asset to pay with; the network is "
                                  "part of the asset id (for example USDT.TRC20)."));
        break;
    case Gateway::Cryptomus:
        m_gatewayNote->setText(tr("Cryptomus: the order id may hold letters, digits, _ and -; invoices last 5 "
                                  "minutes to 12 hours."));
        break;
    }
}

std::optional<InvoiceDraft> NewInvoiceDialog::draft(QList<FieldProblem>* problems) const
{
    QList<FieldProblem> found;
    const Account* account = currentAccount();
    InvoiceDraft draft;
    if (!account)
        found.append({u"account"_s, tr("Choose an account.")});
    else
        draft.accountId = account->id;
    const Gateway gateway = account ? account->gateway : Gateway::CryptoCom;
    const auto visible = [this](const QString& field) { return !m_rows.value(field)->isHidden(); };

    Decimal::ParseError parseError = Decimal::ParseError::None;
    const QString amountText = m_amount->text().trimmed();
    const auto amount = Decimal::fromUserInput(amountText, &parseError);
    const bool openAmount = visible(u"openAmount"_s) && m_openAmount->isChecked();
    if (amount) {
        draft.amount = {*amount, assetText(m_currency)};
    } else {
        draft.amount = {Decimal::fromInt(1), assetText(m_currency)}; // the other rules still run
        if (!(openAmount && amountText.isEmpty())) {
            found.append({u"amount"_s,
                amountText.isEmpty() ? tr("Enter the amount.")
                                     : tr("The amount is not an exact decimal number (use a point, for example "
                                          "25.50): %1")
                                           .arg(Decimal::parseErrorText(parseError))});
        }
    }
    if (visible(u"payCurrency"_s))
        draft.payCurrency = assetText(m_payCurrency);
    if (visible(u"network"_s))
        draft.network = m_network->text().trimmed();
    draft.orderId = m_orderId->text().trimmed();
    draft.description = m_description->text().trimmed();
    if (m_lifetime->value() > 0)
        draft.lifetime = std::chrono::minutes(m_lifetime->value());
    if (visible(u"payerEmail"_s))
        draft.payerEmail = m_payerEmail->text().trimmed();
    draft.openAmount = openAmount;
    if (visible(u"discountPercent"_s) && m_discount->value() != kNoDiscount)
        draft.discountPercent = m_discount->value();
    if (visible(u"allowedCurrencies"_s)) {
        for (const QString& code : m_allowedCurrencies->text().split(u',', Qt::SkipEmptyParts)) {
            if (!code.trimmed().isEmpty())
                draft.allowedCurrencies.append(code.trimmed().toUpper());
        }
    }
    if (account) {
        const bool amountParsed = amount.has_value();
        for (const FieldProblem& problem : validateInvoice(gateway, draft)) {
            if (problem.field == u"amount"_s && !amountParsed)
                continue; // the parse problem says it already
            found.append(problem);
        }
    }
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return std::nullopt;
    return draft;
}

void NewInvoiceDialog::clearProblems()
{
    for (QLabel* label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
}

int NewInvoiceDialog::showProblems(const QList<FieldProblem>& problems)
{
    clearProblems();
    int shown = 0;
    QStringList elsewhere;
    for (const FieldProblem& problem : problems) {
        QLabel* label = m_problems.value(problem.field);
        if (!label || m_rows.value(problem.field == u"currency"_s ? u"amount"_s : problem.field)->isHidden()) {
            elsewhere.append(problem.message);
            continue;
        }
        label->setText(label->text().isEmpty() ? problem.message : label->text() + u'\n' + problem.message);
        label->show();
        ++shown;
    }
    if (!elsewhere.isEmpty())
        m_banner->showMessage(elsewhere.join(u' '));
    return shown + int(elsewhere.size());
}

QString NewInvoiceDialog::problemText(const QString& field) const
{
    const QLabel* label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool NewInvoiceDialog::isShowingResult() const
{
    return m_steps->currentWidget() == m_result;
}

void NewInvoiceDialog::create()
{
    if (m_sending || isShowingResult())
        return;
    m_banner->clear();
    QList<FieldProblem> problems;
    const auto made = draft(&problems);
    if (!made) {
        showProblems(problems);
        return;
    }
    if (!m_confirmAbove.isZero() && made->amount.amount > m_confirmAbove && !(m_confirmedAmount == made->amount)) {
        m_confirmedAmount = made->amount;
        showProblems({{u"amount"_s,
            tr("This is a very large amount: %1 %2 (more than the confirmation limit, %3). If it is right, click "
               "“Create invoice” again.")
                .arg(made->amount.amount.toString(), made->amount.currency, m_confirmAbove.toString())}});
        return;
    }
    clearProblems();
    m_sending = true;
    m_create->setEnabled(false);
    m_create->setText(tr("Creating…"));
    m_steps->currentWidget()->setEnabled(false);
    const Account* account = currentAccount();
    const QString accountName = account ? account->name : QString();
    m_actions.createInvoice(made->accountId, *made, this, [this, accountName](const Result<Payment>& result) {
        m_sending = false;
        m_create->setEnabled(true);
        m_create->setText(tr("Create invoice"));
        m_steps->currentWidget()->setEnabled(true);
        if (!result.ok()) {
            const ProviderError& error = result.error();
            m_banner->showError(error, accountName);
            if (error.kind == ProviderError::Kind::Validation && m_problems.contains(error.field))
                showProblems({{error.field, ProviderErrorText::summary(error, accountName)}});
            return;
        }
        m_result->setPayment(result.value(), accountName);
        m_steps->setCurrentWidget(m_result);
        m_create->hide();
        m_another->show();
        m_close->setText(tr("Close"));
        setMinimumSize(760, 480);
        Q_EMIT invoiceCreated(result.value());
    });
}

} // namespace paydesk
