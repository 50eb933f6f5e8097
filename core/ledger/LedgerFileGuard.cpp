#include "core/ledger/LedgerFileGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace paydesk {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QMutex& guardMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, int>& openCounts()
{
    static QHash<QString, int> counts;
    return counts;
}

// Creates a missing ledger file empty and owner-only. SQLite gives -wal and -shm the permissions of the database
// file, so they are owner-only too. Only called while this process has no connection on the file.
LedgerResult<void> createOwnerOnly(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return LedgerError::make(LedgerError::Kind::Io,
            QCoreApplication::translate("Ledger", "Cannot create the ledger file %1.").arg(path), file.errorString());
    return {};
}

} // namespace

QString LedgerFileGuard::keyFor(const QString& path)
{
    const QFileInfo info(path);
    const QString dir = info.dir().canonicalPath();
    return dir.isEmpty() ? info.absoluteFilePath() : QDir(dir).filePath(info.fileName());
}

LedgerResult<QString> LedgerFileGuard::acquire(const QString& path, int newestKnownVersion, std::uint32_t applicationId)
{
    const QString key = keyFor(path);
    const QMutexLocker locker(&guardMutex());
    int& count = openCounts()[key];
    if (count == 0) {
        const auto header = LedgerFileProbe::probe(path, newestKnownVersion, applicationId);
        if (!header) {
            openCounts().remove(key);
            return header.error();
        }
        if (!QFileInfo::exists(path)) {
            if (auto created = createOwnerOnly(path); !created) {
                openCounts().remove(key);
                return created.error();
            }
        } else if (QFileInfo(path).permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) {
            // A ledger made by an older version (0644): financial data is for its owner only. chmod() opens no
            // descriptor. A file of another user stays as it is (the call fails) and SQLite decides.
            QFile::setPermissions(path, kOwnerOnly);
        }
    }
    ++count;
    return key;
}

void LedgerFileGuard::release(const QString& key)
{
    const QMutexLocker locker(&guardMutex());
    const auto it = openCounts().find(key);
    if (it == openCounts().end())
        return;
    if (--it.value() <= 0)
        openCounts().erase(it);
}

int LedgerFileGuard::openCount(const QString& path)
{
    const QMutexLocker locker(&guardMutex());
    return openCounts().value(keyFor(path));
}

} // namespace paydesk
