#include "core/ledger/LedgerFileProbe.h"

#include <QFile>
#include <QFileInfo>

namespace paydesk {

namespace {

std::uint32_t readBigEndian32(const QByteArray& bytes, int offset)
{
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<std::uint8_t>(bytes.at(offset + i));
    return value;
}

} // namespace

LedgerResult<LedgerFileProbe::Header> LedgerFileProbe::probe(
    const QString& path, int newestKnownVersion, std::uint32_t applicationId)
{
    Header header;
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return header;
    header.empty = false;
    const QString notALedger = tr("The file is not a Paydesk ledger or it is damaged: %1").arg(path);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LedgerError::make(
            LedgerError::Kind::Io, tr("Cannot read the ledger file %1.").arg(path), file.errorString());
    const QByteArray bytes = file.read(100);
    const qint64 fileSize = file.size();
    file.close();

    static constexpr char kMagic[] = "SQLite format 3";
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView(kMagic, sizeof(kMagic))))
        return LedgerError::make(
            LedgerError::Kind::Corrupt, notALedger, QStringLiteral("missing SQLite header (%1 bytes)").arg(fileSize));

    int pageSize = (static_cast<std::uint8_t>(bytes.at(16)) << 8) | static_cast<std::uint8_t>(bytes.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return LedgerError::make(
            LedgerError::Kind::Corrupt, notALedger, QStringLiteral("invalid page size %1").arg(pageSize));
    header.pageSize = pageSize;
    header.walMode = bytes.at(18) == 2 && bytes.at(19) == 2;

    // The in-header page count is valid when the "version-valid-for" number equals the change counter.
    const std::uint32_t pageCount = readBigEndian32(bytes, 28);
    const bool pageCountValid = pageCount > 0 && readBigEndian32(bytes, 92) == readBigEndian32(bytes, 24);
    if (fileSize % pageSize != 0 || (pageCountValid && fileSize < qint64(pageCount) * pageSize))
        return LedgerError::make(LedgerError::Kind::Corrupt, notALedger,
            QStringLiteral("truncated: %1 bytes, %2 pages of %3 bytes expected")
                .arg(fileSize)
                .arg(pageCountValid ? pageCount : 0)
                .arg(pageSize));

    header.userVersion = readBigEndian32(bytes, 60);
    header.applicationId = readBigEndian32(bytes, 68);
    if (header.applicationId != 0 && header.applicationId != applicationId)
        return LedgerError::make(LedgerError::Kind::NotALedger,
            tr("The file %1 belongs to another application, not Paydesk.").arg(path),
            QStringLiteral("application_id %1").arg(header.applicationId));
    if (header.userVersion > std::uint32_t(newestKnownVersion))
        return LedgerError::make(LedgerError::Kind::TooNew,
            tr("The ledger %1 was written by a newer version of Paydesk (format %2; this version reads up to %3). "
               "Update Paydesk to open it.")
                .arg(path)
                .arg(header.userVersion)
                .arg(newestKnownVersion),
            QStringLiteral("user_version %1").arg(header.userVersion));
    return header;
}

} // namespace paydesk
