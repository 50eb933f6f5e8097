#include "ui/LanguageLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

const QString kResourceDirectory = u":/i18n"_s;
const QString kPrefix = u"paydesk_"_s;

// "paydesk_es" (or ":/i18n/paydesk_es.qm") → "es".
QString codeOf(const QString& file)
{
    return QFileInfo(file).completeBaseName().mid(kPrefix.size());
}

// Names as a language calls itself, capitalised for a list; CLDR's "American English" and lower-case "español"
// read oddly in a language menu.
QString nativeNameOf(const QString& code)
{
    if (code == u"en")
        return u"English"_s;
    if (code == u"es")
        return u"Español"_s;
    if (code == u"ru")
        return u"Русский"_s;
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : locale.toUpper(name.left(1)) + name.mid(1);
}

} // namespace

LanguageLoader::LanguageLoader() = default;

LanguageLoader::~LanguageLoader()
{
    unload();
}

QList<LanguageLoader::Language> LanguageLoader::availableLanguages()
{
    QList<Language> languages{{QString(), tr("System")}};
    const QStringList files = QDir(kResourceDirectory).entryList({u"paydesk_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = codeOf(file);
        languages.append({code, nativeNameOf(code)});
    }
    return languages;
}

QLocale LanguageLoader::localeFor(const QString& code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool LanguageLoader::load(const QString& code)
{
    unload();
    m_locale = localeFor(code);
    QLocale::setDefault(m_locale);

    auto own = std::make_unique<QTranslator>();
    // QTranslator::load(QLocale, …) walks the locale's UI languages ("es-MX" → paydesk_es_MX, paydesk_es).
    bool translated = own->load(m_locale, u"paydesk"_s, u"_"_s, kResourceDirectory);
    if (!translated) {
        // English source text; paydesk_en only supplies the plural forms.
        if (!own->load(u"paydesk_en"_s, kResourceDirectory))
            own.reset();
    }
    if (own) {
        m_translationLanguage = codeOf(own->filePath());
        QCoreApplication::installTranslator(own.get());
        m_paydesk = std::move(own);
    }

    // Qt's own strings (dialog buttons, context menus) in the language of the Paydesk text, never a third one.
    if (translated) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(u"qtbase_"_s + m_translationLanguage, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
            m_qtLoaded = true;
        }
    }
    return translated;
}

void LanguageLoader::unload()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_paydesk)
        QCoreApplication::removeTranslator(m_paydesk.get());
    m_qt.reset();
    m_paydesk.reset();
    m_translationLanguage.clear();
    m_qtLoaded = false;
}

} // namespace paydesk
