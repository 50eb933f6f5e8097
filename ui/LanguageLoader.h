#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace paydesk {

// Chooses the UI language at start: installs Paydesk's translation (embedded under ":/i18n/paydesk_<lang>.qm") and
// Qt's own (qtbase_<lang>.qm from QLibraryInfo's TranslationsPath, so standard dialog buttons follow), and makes the
// language's QLocale the default so numbers, amounts and dates follow too.
//
// The code is Settings::language(): "es", "pt_BR", or empty for the system language. A language Paydesk has no
// translation for shows the English text (with its plural forms), still with that language's number and date formats.
// The translators stay installed while the loader lives; load() again (or destruction) replaces (or removes) them.
class LanguageLoader final
{
    Q_DECLARE_TR_FUNCTIONS(LanguageLoader)

public:
    struct Language
    {
        QString code; // "" = the system language
        QString nativeName; // "Español"; "System" in the current UI language for ""
    };

    LanguageLoader();
    ~LanguageLoader();
    LanguageLoader(const LanguageLoader&) = delete;
    LanguageLoader& operator=(const LanguageLoader&) = delete;

    // The choices for a language combo: the system entry first, then every embedded translation, English included.
    static QList<Language> availableLanguages();
    // The locale `code` stands for: QLocale::system() when empty, else QLocale(code) ("es" → es_ES).
    static QLocale localeFor(const QString& code);

    // Installs the translators for `code` (replacing earlier ones) and sets QLocale::setDefault. Returns false when
    // Paydesk has no translation for it (the English text is shown).
    bool load(const QString& code);

    // The locale set by the last load() (the system locale before).
    QLocale locale() const { return m_locale; }
    // "es", "ru", "en": the Paydesk translation in use; empty before load().
    QString translationLanguage() const { return m_translationLanguage; }
    // Whether Qt's own translation for the language was found and installed.
    bool qtTranslationLoaded() const { return m_qtLoaded; }

private:
    void unload();

    std::unique_ptr<QTranslator> m_paydesk;
    std::unique_ptr<QTranslator> m_qt;
    QLocale m_locale;
    QString m_translationLanguage;
    bool m_qtLoaded = false;
};

} // namespace paydesk
