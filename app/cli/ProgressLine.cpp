#include "app/cli/ProgressLine.h"

#include <cstdio>
#include <unistd.h>

namespace paydesk::cli {

ProgressLine::ProgressLine(bool forced)
    : m_terminal(::isatty(STDERR_FILENO) == 1)
    , m_enabled(m_terminal || forced)
{
}

void ProgressLine::show(const QString& text)
{
    if (!m_enabled || text == m_last)
        return;
    m_last = text;
    const QByteArray bytes = text.toLocal8Bit();
    if (m_terminal)
        std::fprintf(stderr, "\r\033[K%s", bytes.constData());
    else
        std::fprintf(stderr, "%s\n", bytes.constData());
    std::fflush(stderr);
}

void ProgressLine::clear()
{
    if (m_terminal && !m_last.isEmpty()) {
        std::fprintf(stderr, "\r\033[K");
        std::fflush(stderr);
    }
    m_last.clear();
}

} // namespace paydesk::cli
