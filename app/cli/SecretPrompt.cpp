#include "app/cli/SecretPrompt.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace paydesk::cli {

std::optional<QByteArray> promptSecret(const QString& prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    QTextStream(stderr) << prompt << Qt::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    QTextStream(stderr) << '\n';
    QByteArray value(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    if (value.isEmpty())
        return std::nullopt;
    return value;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

} // namespace paydesk::cli
