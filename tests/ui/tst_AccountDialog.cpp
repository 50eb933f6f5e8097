#include "core/domain/GatewaySecrets.h"
#include "ui/dialogs/AccountDialog.h"
#include "ui/widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "LedgerWritingGatewayActions.h"
#include "PageTestLedger.h"

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using paydesk::test::PageTestLedger;

// The account dialog: fields per gateway (secrets from gatewaySecrets(), merchant id for Cryptomus, base URL
// default), inline validation before anything is sent, masked secrets, and on edit: stored secrets not shown,
// Reveal on request, an empty field keeps the stored value.
class TstAccountDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsPerGateway_data();
    void secretsPerGateway();
    void baseUrlFollowsGateway();
    void validation_data();
    void validation();
    void addsAccount();
    void gatewayRefusalInBanner();
    void editKeepsAndReveals();
    void revealNothingStored();
    void screenshot();
};

namespace {

QLineEdit* edit(QWidget& dialog, const QString& name)
{
    return dialog.findChild<QLineEdit*>(name);
}

void setGateway(AccountDialog& dialog, Gateway gateway)
{
    dialog.setGateway(gateway);
    QCOMPARE(dialog.findChild<QComboBox*>(u"gatewayComboBox"_s)->currentData().toInt(), int(gateway));
}

} // namespace

void TstAccountDialog::secretsPerGateway_data()
{
    QTest::addColumn<int>("gateway");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("cryptocom") << int(Gateway::CryptoCom)
                               << QStringList{u"apiKeyLineEdit"_s, u"webhookSecretLineEdit"_s};
    QTest::newRow("cryptoprocessing") << int(Gateway::CryptoProcessing)
                                      << QStringList{u"apiKeyLineEdit"_s, u"apiSecretLineEdit"_s};
    QTest::newRow("bucksbus") << int(Gateway::BucksBus)
                              << QStringList{u"apiKeyLineEdit"_s, u"apiSecretLineEdit"_s, u"webhookSecretLineEdit"_s};
    QTest::newRow("cryptomus") << int(Gateway::Cryptomus) << QStringList{u"apiKeyLineEdit"_s, u"payoutKeyLineEdit"_s};
}

void TstAccountDialog::secretsPerGateway()
{
    QFETCH(int, gateway);
    QFETCH(QStringList, fields);
    test::LedgerWritingGatewayActions actions;
    AccountDialog dialog(actions);
    dialog.show();
    setGateway(dialog, Gateway(gateway));
    QStringList shown;
    for (const QString& name :
        {u"apiKeyLineEdit"_s, u"apiSecretLineEdit"_s, u"webhookSecretLineEdit"_s, u"payoutKeyLineEdit"_s}) {
        if (QLineEdit* field = edit(dialog, name)) {
            shown << name;
            QCOMPARE(field->echoMode(), QLineEdit::Password); // masked, always
        }
    }
    QCOMPARE(shown, fields);
    QCOMPARE(int(gatewaySecrets(Gateway(gateway)).size()), fields.size());
    QCOMPARE(edit(dialog, u"merchantIdLineEdit"_s)->isVisible(), Gateway(gateway) == Gateway::Cryptomus);
    // Adding: no Reveal (nothing is stored yet).
    QVERIFY(!dialog.findChild<QToolButton*>(u"apiKeyRevealToolButton"_s));
}

void TstAccountDialog::baseUrlFollowsGateway()
{
    test::LedgerWritingGatewayActions actions;
    AccountDialog dialog(actions);
    QLineEdit* url = edit(dialog, u"baseUrlLineEdit"_s);
    QCOMPARE(url->text(), u"https://pay.crypto.com/api"_s);
    setGateway(dialog, Gateway::Cryptomus);
    QCOMPARE(url->text(), u"https://api.cryptomus.com"_s);
    setGateway(dialog, Gateway::BucksBus); // no production URL: empty, with an example
    QVERIFY(url->text().isEmpty());
    QVERIFY(url->placeholderText().contains(u"https://"_s));
    url->setText(u"http://127.0.0.1:8080/bucksbus"_s);
    setGateway(dialog, Gateway::CryptoProcessing); // a typed URL is kept
    QCOMPARE(url->text(), u"http://127.0.0.1:8080/bucksbus"_s);
}

void TstAccountDialog::validation_data()
{
    QTest::addColumn<int>("gateway");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("baseUrl"); // "default": leave the default
    QTest::addColumn<QString>("merchant");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("apiSecret");
    QTest::addColumn<QString>("problemField");
    QTest::addColumn<QString>("problemContains");

    QTest::newRow("ok cryptocom") << int(Gateway::CryptoCom) << u"shop"_s << u"default"_s << QString() << u"sk_1"_s
                                  << QString() << QString() << QString();
    QTest::newRow("missing key") << int(Gateway::CryptoCom) << u"shop"_s << u"default"_s << QString() << QString()
                                 << QString() << u"api_key"_s << u"Secret key"_s;
    QTest::newRow("missing api secret") << int(Gateway::CryptoProcessing) << u"shop"_s << u"default"_s << QString()
                                        << u"k"_s << QString() << u"api_secret"_s << u"API secret"_s;
    QTest::newRow("bucksbus without base url") << int(Gateway::BucksBus) << u"shop"_s << QString() << QString()
                                               << u"k"_s << u"s"_s << u"baseUrl"_s << u"no single production URL"_s;
    QTest::newRow("bad url") << int(Gateway::BucksBus) << u"shop"_s << u"api.example.com"_s << QString() << u"k"_s
                             << u"s"_s << u"baseUrl"_s << u"full URL"_s;
    QTest::newRow("cryptomus without merchant") << int(Gateway::Cryptomus) << u"shop"_s << u"default"_s << QString()
                                                << u"k"_s << QString() << u"merchantId"_s << u"merchant ID"_s;
    QTest::newRow("empty name") << int(Gateway::CryptoCom) << u"  "_s << u"default"_s << QString() << u"k"_s
                                << QString() << u"name"_s << u"name"_s;
    QTest::newRow("taken name") << int(Gateway::CryptoCom) << u"shop-eu"_s << u"default"_s << QString() << u"k"_s
                                << QString() << u"name"_s << u"“shop-eu”"_s;
    QTest::newRow("key with spaces") << int(Gateway::CryptoCom) << u"shop"_s << u"default"_s << QString() << u" sk_1"_s
                                     << QString() << u"api_key"_s << u"spaces"_s;
}

void TstAccountDialog::validation()
{
    QFETCH(int, gateway);
    QFETCH(QString, name);
    QFETCH(QString, baseUrl);
    QFETCH(QString, merchant);
    QFETCH(QString, apiKey);
    QFETCH(QString, apiSecret);
    QFETCH(QString, problemField);
    QFETCH(QString, problemContains);

    test::LedgerWritingGatewayActions actions;
    AccountDialog dialog(actions);
    dialog.show();
    dialog.setTakenNames({u"shop-eu"_s});
    setGateway(dialog, Gateway(gateway));
    QTest::keyClicks(edit(dialog, u"nameLineEdit"_s), name);
    if (baseUrl != u"default")
        edit(dialog, u"baseUrlLineEdit"_s)->setText(baseUrl);
    edit(dialog, u"merchantIdLineEdit"_s)->setText(merchant);
    QTest::keyClicks(edit(dialog, u"apiKeyLineEdit"_s), apiKey);
    if (QLineEdit* secret = edit(dialog, u"apiSecretLineEdit"_s))
        QTest::keyClicks(secret, apiSecret);

    dialog.findChild<QPushButton*>(u"savePushButton"_s)->click();
    QTest::qWait(10);
    if (problemField.isEmpty()) {
        QCOMPARE(actions.added.size(), 1);
        return;
    }
    QVERIFY(actions.added.isEmpty()); // nothing sent
    const QString problem = dialog.problem(problemField);
    QVERIFY2(problem.contains(problemContains), qPrintable(problem));
    for (const QString& other : {u"name"_s, u"baseUrl"_s, u"merchantId"_s, u"api_key"_s, u"api_secret"_s}) {
        if (other != problemField)
            QVERIFY2(dialog.problem(other).isEmpty(), qPrintable(other + u": "_s + dialog.problem(other)));
    }
}

void TstAccountDialog::addsAccount()
{
    PageTestLedger data;
    QVERIFY(data.ok());
    test::LedgerWritingGatewayActions actions(&data.ledger());
    AccountDialog dialog(actions);
    dialog.show();
    QSignalSpy saved(&dialog, &AccountDialog::accountSaved);
    setGateway(dialog, Gateway::Cryptomus);
    QTest::keyClicks(edit(dialog, u"nameLineEdit"_s), u" mus-eu "_s);
    edit(dialog, u"merchantIdLineEdit"_s)->setText(u"c26b80a8-9549-4b0b-9e8e-f6c1d8f5b1a2"_s);
    dialog.findChild<QCheckBox*>(u"liveModeCheckBox"_s)->setChecked(true);
    QTest::keyClicks(edit(dialog, u"apiKeyLineEdit"_s), u"pay-key-123"_s);
    dialog.findChild<QPushButton*>(u"savePushButton"_s)->click();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(actions.added.size(), 1);
    const Account account = actions.added.first();
    QCOMPARE(account.name, u"mus-eu"_s);
    QCOMPARE(account.gateway, Gateway::Cryptomus);
    QCOMPARE(account.baseUrl, QUrl(u"https://api.cryptomus.com"_s));
    QCOMPARE(account.merchantId, u"c26b80a8-9549-4b0b-9e8e-f6c1d8f5b1a2"_s);
    QVERIFY(account.liveMode);
    QVERIFY(!account.id.isEmpty());
    QVERIFY(account.created.isValid());
    // Only the secret entered is sent (the payout key is optional and was left empty).
    QCOMPARE(actions.sentSecrets.first().keys(), QList<SecretKind>{SecretKind::ApiKey});
    QCOMPARE(actions.sentSecrets.first().value(SecretKind::ApiKey), "pay-key-123"_ba);
    QVERIFY(data.ledger().accountByName(u"mus-eu"_s).ok());
    QVERIFY(!dialog.isVisible());
    QVERIFY(edit(dialog, u"apiKeyLineEdit"_s)->text().isEmpty()); // wiped
}

void TstAccountDialog::gatewayRefusalInBanner()
{
    test::LedgerWritingGatewayActions actions;
    AccountDialog dialog(actions);
    dialog.show();
    QTest::keyClicks(edit(dialog, u"nameLineEdit"_s), u"shop"_s);
    QTest::keyClicks(edit(dialog, u"apiKeyLineEdit"_s), u"sk"_s);
    actions.nextError = ProviderError::refused(u"The system keychain is locked."_s);
    dialog.findChild<QPushButton*>(u"savePushButton"_s)->click();
    auto* banner = dialog.findChild<ErrorBanner*>();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(dialog.isVisible()); // stays open to try again
    QVERIFY(dialog.findChild<QPushButton*>(u"savePushButton"_s)->isEnabled());
}

void TstAccountDialog::editKeepsAndReveals()
{
    PageTestLedger data;
    QVERIFY(data.ok());
    const Account account = PageTestLedger::account(u"a-cp"_s, u"coins"_s, Gateway::CryptoProcessing);
    QVERIFY(data.ledger().addAccount(account).ok());
    test::LedgerWritingGatewayActions actions(&data.ledger());
    actions.stored[u"a-cp"_s] = {{SecretKind::ApiKey, "stored-key"_ba}, {SecretKind::ApiSecret, "stored-secret"_ba}};

    AccountDialog dialog(actions);
    dialog.setAccount(account);
    dialog.show();
    QVERIFY(dialog.isEditing());
    QVERIFY(!dialog.findChild<QComboBox*>(u"gatewayComboBox"_s)->isEnabled());
    QCOMPARE(edit(dialog, u"nameLineEdit"_s)->text(), u"coins"_s);
    // Stored secrets are not shown: empty, masked, saying they are stored.
    QLineEdit* key = edit(dialog, u"apiKeyLineEdit"_s);
    QLineEdit* secret = edit(dialog, u"apiSecretLineEdit"_s);
    QVERIFY(key->text().isEmpty());
    QVERIFY(key->placeholderText().contains(u"Stored"_s));
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(actions.reveals.isEmpty());

    // Reveal on request.
    auto* reveal = dialog.findChild<QToolButton*>(u"apiKeyRevealToolButton"_s);
    QVERIFY(reveal);
    reveal->click();
    QTRY_COMPARE(key->text(), u"stored-key"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QCOMPARE(actions.reveals.size(), 1);
    QCOMPARE(actions.reveals.first().second, SecretKind::ApiKey);
    // Hiding it again takes it off the screen.
    reveal->click();
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(key->text().isEmpty());

    // Save with a new secret only: the key (left empty) is kept, not sent.
    QTest::keyClicks(secret, u"new-secret"_s);
    edit(dialog, u"nameLineEdit"_s)->setText(u"coins-2"_s);
    dialog.findChild<QPushButton*>(u"savePushButton"_s)->click();
    QTRY_COMPARE(actions.updated.size(), 1);
    QCOMPARE(actions.updated.first().id, u"a-cp"_s);
    QCOMPARE(actions.updated.first().name, u"coins-2"_s);
    QCOMPARE(actions.sentSecrets.first().keys(), QList<SecretKind>{SecretKind::ApiSecret});
    QTRY_VERIFY(!dialog.isVisible()); // saved and closed
    QCOMPARE(actions.stored[u"a-cp"_s].value(SecretKind::ApiSecret), "new-secret"_ba);
    QCOMPARE(actions.stored[u"a-cp"_s].value(SecretKind::ApiKey), "stored-key"_ba);
}

void TstAccountDialog::revealNothingStored()
{
    test::LedgerWritingGatewayActions actions;
    const Account account = PageTestLedger::account(u"a-cdc"_s, u"shop-eu"_s, Gateway::CryptoCom);
    AccountDialog dialog(actions);
    dialog.setAccount(account);
    dialog.show();
    auto* reveal = dialog.findChild<QToolButton*>(u"webhookSecretRevealToolButton"_s);
    reveal->click();
    QTRY_VERIFY(!dialog.problem(u"webhook_secret"_s).isEmpty());
    QVERIFY(!reveal->isChecked());
    QVERIFY(edit(dialog, u"webhookSecretLineEdit"_s)->text().isEmpty());
}

void TstAccountDialog::screenshot()
{
    test::LedgerWritingGatewayActions actions;
    AccountDialog dialog(actions);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    setGateway(dialog, Gateway::BucksBus);
    QTest::keyClicks(edit(dialog, u"nameLineEdit"_s), u"bucks-live"_s);
    QTest::keyClicks(edit(dialog, u"apiKeyLineEdit"_s), u"typed-key"_s);
    dialog.findChild<QPushButton*>(u"savePushButton"_s)->click(); // shows the base URL and secret problems
    QVERIFY(!dialog.problem(u"baseUrl"_s).isEmpty());
    QTest::qWait(20); // the layout shows the rebuilt secret rows on the next event-loop turn
    dialog.adjustSize();
    QVERIFY(PageTestLedger::screenshot(dialog, u"account-dialog"_s));
}

QTEST_MAIN(TstAccountDialog)
#include "tst_AccountDialog.moc"
