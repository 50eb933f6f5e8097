#include "core/settings/DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace paydesk {

QString defaultDataDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable(kDataDirectoryEnvVar);
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(fromEnvironment);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("paydesk"));
}

QString lostLedgerProblem(const QString& dataDirectory)
{
    const QDir directory(dataDirectory);
    const QFileInfo ledger(directory.filePath(QStringLiteral("ledger.sqlite")));
    const QFileInfo vault(directory.filePath(QStringLiteral("secrets.vault")));
    if (!ledger.exists() || ledger.size() != 0 || !vault.exists() || vault.size() == 0)
        return {};
    return QCoreApplication::translate("DataDirectory",
        "The ledger %1 is empty (0 bytes) although the secret vault beside it holds accounts: it is damaged, not "
        "new. Restore it from a backup, or remove it to start an empty ledger on purpose.")
        .arg(QDir::toNativeSeparators(ledger.filePath()));
}

} // namespace paydesk
