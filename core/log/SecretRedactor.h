#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

namespace paydesk {

// Remembers every secret value the secret stores read or write and replaces any occurrence of one in a text with
// "[redacted]": the raw text, its base64 forms (standard and URL-safe, with or without padding, and the stable inner
// part of the secret when it is base64-encoded inside a longer value such as "user:secret"), its percent-encoded
// form and its hex form. Thread-safe: the log handler calls redact() from any thread.
//
// Injected, not a global: the application creates one, hands it to the secret stores (SecretStore::setRedactor)
// and to the FileLogger.
class SecretRedactor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretRedactor)

public:
    // Values shorter than this are not registered: they would redact ordinary words and are not real secrets.
    static constexpr qsizetype kMinimumLength = 4;

    explicit SecretRedactor(QObject* parent = nullptr);
    ~SecretRedactor() override;

    void addSecret(const QByteArray& secret);
    QString redact(const QString& text) const;
    // Number of patterns currently registered (several per secret).
    qsizetype patternCount() const;
    void clear();

    static QString placeholder();

private:
    void addPattern(const QString& pattern);

    mutable QMutex m_mutex;
    QStringList m_patterns; // longest first, so that a longer form is replaced before a shorter one inside it
};

} // namespace paydesk
