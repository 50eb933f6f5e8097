#include "core/log/SecretRedactor.h"

#include <QMutexLocker>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

// Inner fragments of base64 shorter than this are not used: they would match too much unrelated text.
constexpr qsizetype kMinimumFragment = 8;

void wipe(QString& s)
{
    s.fill(QChar(u'\0'));
    s.clear();
}

} // namespace

SecretRedactor::SecretRedactor(QObject* parent)
    : QObject(parent)
{
}

SecretRedactor::~SecretRedactor()
{
    clear();
}

QString SecretRedactor::placeholder()
{
    return u"[redacted]"_s;
}

void SecretRedactor::addSecret(const QByteArray& secret)
{
    if (secret.size() < kMinimumLength)
        return;

    QMutexLocker lock(&m_mutex);
    addPattern(QString::fromUtf8(secret));
    addPattern(QString::fromLatin1(secret)); // a non-UTF-8 secret logged byte by byte
    addPattern(QString::fromLatin1(secret.toHex()));
    addPattern(QString::fromLatin1(secret.toPercentEncoding()));
    addPattern(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(secret))));
    for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        addPattern(QString::fromLatin1(secret.toBase64(options)));
        addPattern(QString::fromLatin1(secret.toBase64(options | QByteArray::OmitTrailingEquals)));
        // The secret inside a longer base64 value starts at one of three alignments. For each, the characters
        // that encode only secret bytes are fixed: drop the first group when it mixes in preceding bytes and the
        // last incomplete group, which depends on what follows.
        for (int shift = 1; shift <= 2; ++shift) {
            const QByteArray padded = QByteArray(shift, '\0') + secret;
            QByteArray encoded = padded.toBase64(options | QByteArray::OmitTrailingEquals);
            const qsizetype completeGroups = padded.size() / 3;
            encoded.truncate(completeGroups * 4);
            const QByteArray inner = encoded.mid(4);
            if (inner.size() >= kMinimumFragment)
                addPattern(QString::fromLatin1(inner));
        }
        // Alignment 0 inside a longer value: all complete groups.
        QByteArray encoded = secret.toBase64(options | QByteArray::OmitTrailingEquals);
        encoded.truncate((secret.size() / 3) * 4);
        if (encoded.size() >= kMinimumFragment)
            addPattern(QString::fromLatin1(encoded));
    }
    std::sort(
        m_patterns.begin(), m_patterns.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

void SecretRedactor::addPattern(const QString& pattern)
{
    if (pattern.size() < kMinimumLength || m_patterns.contains(pattern))
        return;
    m_patterns.append(pattern);
}

QString SecretRedactor::redact(const QString& text) const
{
    QMutexLocker lock(&m_mutex);
    QString result = text;
    for (const QString& pattern : m_patterns)
        result.replace(pattern, placeholder());
    return result;
}

qsizetype SecretRedactor::patternCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_patterns.size();
}

void SecretRedactor::clear()
{
    QMutexLocker lock(&m_mutex);
    for (QString& pattern : m_patterns)
        wipe(pattern);
    m_patterns.clear();
}

} // namespace paydesk
