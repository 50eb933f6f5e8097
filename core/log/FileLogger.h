#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace paydesk {

class SecretRedactor;

// Writes Qt's log messages to a size-rotated file in a directory: `paydesk.log`, then `paydesk.log.1`,
// `paydesk.log.2` ... (keepFiles files in all, each at most about maxBytes). Every line goes through the
// SecretRedactor before it is written, and the redacted line is also passed on to the handler that was installed
// before (stderr by default). Files are created with mode 0600.
//
// Not a singleton: the application owns the logger and installs it explicitly. While installed, one static pointer
// refers to it; uninstall() (or the destructor) clears it and restores the previous handler.
class FileLogger final
{
    Q_DISABLE_COPY_MOVE(FileLogger)

public:
    static constexpr qint64 kDefaultMaxBytes = 1024 * 1024;
    static constexpr int kDefaultKeepFiles = 3;

    // `redactor` is not owned and may be null (then nothing is redacted); it must outlive the logger.
    explicit FileLogger(const QString& directory, SecretRedactor* redactor, qint64 maxBytes = kDefaultMaxBytes,
        int keepFiles = kDefaultKeepFiles, const QString& baseName = QStringLiteral("paydesk.log"));
    ~FileLogger();

    // Creates the directory if needed and opens the current file for appending.
    bool open();
    QString errorString() const;
    QString currentFilePath() const;
    // The path of rotated file n (0 is the current file).
    QString filePath(int index) const;

    // Formats, redacts and appends one message (rotating first when the file would grow past maxBytes).
    void write(QtMsgType type, const QMessageLogContext& context, const QString& message);
    // Also useful for the handler-less case (the CLI's --log-file).
    void writeLine(const QString& line);

    // Installs this logger as Qt's message handler. Only one logger can be installed at a time.
    void install();
    // Restores the previous handler if this logger is the installed one.
    void uninstall();
    bool isInstalled() const;

    static QString formatLine(QtMsgType type, const QMessageLogContext& context, const QString& message);

private:
    void append(QString text); // already redacted
    void rotateLocked();
    bool openLocked();

    QString m_directory;
    QString m_baseName;
    SecretRedactor* m_redactor;
    qint64 m_maxBytes;
    int m_keepFiles;
    mutable QMutex m_mutex;
    QFile m_file;
    QString m_error;
    QtMessageHandler m_previousHandler = nullptr;
};

} // namespace paydesk
