#include "core/settings/DataDirectory.h"

#include <QDir>
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

} // namespace paydesk
