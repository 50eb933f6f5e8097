#include "core/log/FileLogger.h"

#include "core/log/SecretRedactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QMutexLocker>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

std::atomic<FileLogger*> g_installed{nullptr};
// Guards against recursion: QFile may itself log a warning while we write.
thread_local bool t_inHandler = false;

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"DEBUG"_s;
    case QtInfoMsg:
        return u"INFO"_s;
    case QtWarningMsg:
        return u"WARN"_s;
    case QtCriticalMsg:
        return u"ERROR"_s;
    case QtFatalMsg:
        return u"FATAL"_s;
    }
    return u"?"_s;
}

} // namespace

static void paydeskMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    FileLogger* logger = g_installed.load();
    if (!logger || t_inHandler)
        return;
    t_inHandler = true;
    logger->write(type, context, message);
    t_inHandler = false;
}

FileLogger::FileLogger(
    const QString& directory, SecretRedactor* redactor, qint64 maxBytes, int keepFiles, const QString& baseName)
    : m_directory(directory)
    , m_baseName(baseName)
    , m_redactor(redactor)
    , m_maxBytes(qMax<qint64>(1024, maxBytes))
    , m_keepFiles(qMax(1, keepFiles))
{
}

FileLogger::~FileLogger()
{
    uninstall();
    QMutexLocker lock(&m_mutex);
    m_file.close();
}

QString FileLogger::filePath(int index) const
{
    const QString name = index == 0 ? m_baseName : m_baseName + u'.' + QString::number(index);
    return QDir(m_directory).filePath(name);
}

QString FileLogger::currentFilePath() const
{
    return filePath(0);
}

QString FileLogger::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

bool FileLogger::open()
{
    QMutexLocker lock(&m_mutex);
    return openLocked();
}

bool FileLogger::openLocked()
{
    if (m_file.isOpen())
        return true;
    if (!QDir().mkpath(m_directory)) {
        m_error = QCoreApplication::translate("FileLogger", "Cannot create the log folder %1.").arg(m_directory);
        return false;
    }
    m_file.setFileName(currentFilePath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        m_error = QCoreApplication::translate("FileLogger", "Cannot open the log file %1: %2")
                      .arg(currentFilePath(), m_file.errorString());
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_error.clear();
    return true;
}

void FileLogger::rotateLocked()
{
    m_file.close();
    QFile::remove(filePath(m_keepFiles - 1));
    for (int i = m_keepFiles - 2; i >= 0; --i) {
        if (QFile::exists(filePath(i)))
            QFile::rename(filePath(i), filePath(i + 1));
    }
    if (m_keepFiles == 1)
        QFile::remove(filePath(0));
    openLocked();
}

QString FileLogger::formatLine(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' + levelName(type);
    if (context.category && qstrcmp(context.category, "default") != 0)
        line += u' ' + QString::fromLatin1(context.category);
    line += u": "_s + message;
    return line;
}

void FileLogger::write(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString redacted = m_redactor ? m_redactor->redact(message) : message;
    append(formatLine(type, context, redacted));
    if (m_previousHandler)
        m_previousHandler(type, context, redacted);
}

void FileLogger::writeLine(const QString& line)
{
    append(m_redactor ? m_redactor->redact(line) : line);
}

void FileLogger::append(QString text)
{
    text.replace(u'\n', u"\n    "_s); // continuation lines stay visibly part of one entry
    text += u'\n';
    const QByteArray bytes = text.toUtf8();

    QMutexLocker lock(&m_mutex);
    if (!openLocked())
        return;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes)
        rotateLocked();
    if (!m_file.isOpen())
        return;
    m_file.write(bytes);
    m_file.flush();
}

void FileLogger::install()
{
    FileLogger* expected = nullptr;
    if (!g_installed.compare_exchange_strong(expected, this))
        return;
    m_previousHandler = qInstallMessageHandler(paydeskMessageHandler);
    if (m_previousHandler == paydeskMessageHandler)
        m_previousHandler = nullptr;
}

void FileLogger::uninstall()
{
    FileLogger* expected = this;
    if (!g_installed.compare_exchange_strong(expected, nullptr))
        return;
    qInstallMessageHandler(m_previousHandler);
    m_previousHandler = nullptr;
}

bool FileLogger::isInstalled() const
{
    return g_installed.load() == this;
}

} // namespace paydesk
