#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace paydesk::testsupport {

// What a child process printed and how it ended; exitCode -1 when it did not start or did not end in time.
struct ChildRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs `program` to its end while this process's event loop keeps running (not waitForFinished(): an in-process
// sandbox must keep answering the child). Killed after `timeoutMs`.
inline ChildRun runChild(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
    int timeoutMs = 120'000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace paydesk::testsupport
