#include "core/settings/Settings.h"
#include "models/PaymentTableModel.h"
#include "tests/ui/PaymentsTestData.h"
#include "tests/ui/RecordingGatewayActions.h"
#include "ui/LanguageLoader.h"
#include "ui/MainWindow.h"
#include "ui/pages/PaymentText.h"
#include "ui/pages/PaymentsPage.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;
using namespace paydesk::uitest;

// The UI languages: the embedded translations load through LanguageLoader as in the application, the main window
// shows translated menus, amounts follow the language's number format, plural forms follow the language's rules,
// and every .ts file in the source tree is complete.
class TstTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void availableLanguages();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void pluralForms_data();
    void pluralForms();
    void englishFallback();
    void qtStringsFollow();
    void mainWindow_data();
    void mainWindow();
};

void TstTranslations::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TstTranslations::availableLanguages()
{
    QStringList codes;
    QStringList names;
    for (const LanguageLoader::Language& language : LanguageLoader::availableLanguages()) {
        codes << language.code;
        names << language.nativeName;
    }
    QCOMPARE(codes, (QStringList{QString(), u"en"_s, u"es"_s, u"ru"_s}));
    QCOMPARE(names, (QStringList{u"System"_s, u"English"_s, u"Español"_s, u"Русский"_s}));

    // "System" is itself translated.
    LanguageLoader loader;
    QVERIFY(loader.load(u"ru"_s));
    QCOMPARE(LanguageLoader::availableLanguages().constFirst().nativeName, u"Язык системы"_s);
}

void TstTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<int>("minimumMessages");
    QTest::newRow("en") << u"en"_s << 2 << 10; // plural forms only
    QTest::newRow("es") << u"es"_s << 2 << 700;
    QTest::newRow("ru") << u"ru"_s << 3 << 700;
}

// No unfinished, obsolete or vanished message (lrelease would report them), every plural message with the
// language's number of forms, every numbered placeholder kept.
void TstTranslations::tsFilesAreComplete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    QFETCH(int, minimumMessages);
    QFile file(QStringLiteral(PAYDESK_SOURCE_DIR "/resources/translations/paydesk_") + language + u".ts"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString context;
    QString source;
    bool numerus = false;
    int forms = 0;
    QStringList problems;
    const auto placeholders = [](const QString& text) {
        QStringList found;
        static const QRegularExpression numbered(u"%\\d+"_s);
        for (auto it = numbered.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        found.removeDuplicates();
        return found;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isEndElement() && name == u"translation" && numerus && forms != pluralForms)
            problems << u"%1: %2 has %3 plural forms"_s.arg(context, source).arg(forms);
        if (!xml.isStartElement())
            continue;
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            ++messages;
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            forms = 0;
        } else if (name == u"source") {
            source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(u"type"_s);
            if (type == u"unfinished" || type == u"obsolete" || type == u"vanished")
                problems << u"%1: %2 is %3"_s.arg(context, source, type.toString());
            if (!numerus) {
                const QString text = xml.readElementText();
                if (text.isEmpty() || placeholders(text) != placeholders(source))
                    problems << u"%1: %2 → %3"_s.arg(context, source, text);
            }
        } else if (name == u"numerusform") {
            ++forms;
            const QString text = xml.readElementText();
            if (text.isEmpty() || placeholders(text) != placeholders(source))
                problems << u"%1: %2 → %3"_s.arg(context, source, text);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(messages >= minimumMessages);
}

void TstTranslations::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 1") << u"en"_s << 1 << u"1 refund"_s;
    QTest::newRow("en 2") << u"en"_s << 2 << u"2 refunds"_s;
    QTest::newRow("es 1") << u"es"_s << 1 << u"1 reembolso"_s;
    QTest::newRow("es 3") << u"es"_s << 3 << u"3 reembolsos"_s;
    QTest::newRow("es 1200") << u"es"_s << 1200 << u"1200 reembolsos"_s; // es_ES groups from 5 digits on
    QTest::newRow("ru 1") << u"ru"_s << 1 << u"1 возврат"_s;
    QTest::newRow("ru 3") << u"ru"_s << 3 << u"3 возврата"_s;
    QTest::newRow("ru 5") << u"ru"_s << 5 << u"5 возвратов"_s;
    QTest::newRow("ru 11") << u"ru"_s << 11 << u"11 возвратов"_s;
    QTest::newRow("ru 21") << u"ru"_s << 21 << u"21 возврат"_s;
    QTest::newRow("ru 1234") << u"ru"_s << 1234 << u"1\u00a0234 возврата"_s;
}

void TstTranslations::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    LanguageLoader loader;
    QVERIFY(loader.load(language));
    QCOMPARE(loader.translationLanguage(), language);
    QCOMPARE(QCoreApplication::translate("paydesk::RefundsPage", "%Ln refund(s)", nullptr, count), expected);
}

// A language without a Paydesk translation: English text with English plurals, the language's number format.
void TstTranslations::englishFallback()
{
    LanguageLoader loader;
    QVERIFY(!loader.load(u"de"_s));
    QCOMPARE(loader.translationLanguage(), u"en"_s);
    QVERIFY(!loader.qtTranslationLoaded());
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(
        QCoreApplication::translate("paydesk::PaymentsPage", "%Ln payment(s)", nullptr, 12345), u"12.345 payments"_s);
    QCOMPARE(PaymentText::money(money(u"12345.5"_s, u"EUR"_s)), u"12.345,50\u00a0EUR"_s);
}

// Qt's own strings (standard dialog buttons) come from qtbase_<lang>.qm of the Qt installation.
void TstTranslations::qtStringsFollow()
{
    LanguageLoader loader;
    QVERIFY(loader.load(u"es"_s));
    QVERIFY(loader.qtTranslationLoaded());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancelar"_s);
    QVERIFY(loader.load(u"ru"_s)); // replaces the Spanish translators
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Отмена"_s);
    QCOMPARE(QCoreApplication::translate("paydesk::MainWindow", "&File"), u"&Файл"_s);
}

void TstTranslations::mainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("bigAmount");
    QTest::addColumn<QString>("count");
    QTest::newRow("es") << u"es"_s
                        << QStringList{u"&Archivo"_s, u"&Editar"_s, u"&Ver"_s, u"&Sincronizar"_s, u"Ay&uda"_s}
                        << u"12.345,50\u00a0USD"_s << u"8 pagos"_s;
    QTest::newRow("ru") << u"ru"_s
                        << QStringList{u"&Файл"_s, u"&Правка"_s, u"&Вид"_s, u"Син&хронизация"_s, u"&Справка"_s}
                        << u"12\u00a0345,50\u00a0USD"_s << u"8 платежей"_s;
}

void TstTranslations::mainWindow()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, bigAmount);
    QFETCH(QString, count);

    LanguageLoader loader;
    QVERIFY(loader.load(language));
    QCOMPARE(QLocale().name().section(u'_', 0, 0), language);

    PaymentsLedger data;
    QVERIFY(data.create());
    Payment big
        = testPayment(data.cryptoCom, u"cc-big"_s, u"PD-BIG"_s, u"12345.50"_s, u"USD"_s, PaymentStatus::Paid, 1);
    QVERIFY(data.ledger->upsertPayments({big}).ok());
    RecordingGatewayActions actions;
    QTemporaryDir dir;
    QSettings storage(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Settings settings(&storage);

    MainWindow window(*data.ledger, actions, settings);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    QCOMPARE(titles, menus);

    auto* page = window.findChild<PaymentsPage*>();
    QVERIFY(page);
    PaymentTableModel* model = page->model();
    QTRY_VERIFY(!model->isBusy() && model->totalRowCount() == 8);
    QString amount;
    QString paid;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, PaymentTableModel::OrderIdColumn).data().toString() == u"PD-BIG") {
            amount = model->index(row, PaymentTableModel::AmountColumn).data().toString();
            paid = model->index(row, PaymentTableModel::PaidColumn).data().toString();
        }
    }
    QCOMPARE(paid, bigAmount); // with its currency code
    QVERIFY2(bigAmount.startsWith(amount + u'\u00a0'), qPrintable(amount));
    QTRY_COMPARE(page->findChild<QLabel*>(u"paymentCountLabel"_s)->text(), count);

    auto* navigation = window.findChild<QListWidget*>(u"navigation"_s);
    navigation->setCurrentRow(1); // Payments
    QCOMPARE(navigation->currentItem()->text(), language == u"es" ? u"Pagos"_s : u"Платежи"_s);
    QDir().mkpath(u"screenshots"_s);
    QVERIFY(window.grab().save(u"screenshots/translations_%1.png"_s.arg(language)));
}

QTEST_MAIN(TstTranslations)
#include "tst_Translations.moc"
