#pragma once

#include <QString>

namespace paydesk::cli {

// Progress goes to stderr, so that stdout stays the result: rewritten in place on a terminal, one line per step
// with --progress when stderr is a file or a pipe (a cron log), nothing otherwise.
class ProgressLine final
{
public:
    explicit ProgressLine(bool forced);

    void show(const QString& text);
    // Erases the line on a terminal, before a result or a message is printed.
    void clear();

private:
    bool m_terminal;
    bool m_enabled;
    QString m_last;
};

} // namespace paydesk::cli
