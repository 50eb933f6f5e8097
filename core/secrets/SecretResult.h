#pragma once

#include <QByteArray>
#include <QString>

namespace paydesk {

// The outcome of one SecretStore operation. `value` is set only for a successful read; `message` is a translated,
// plain-words sentence for the user (never containing a secret), empty on success.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, // no secret under that key (or, for a vault, no vault file yet)
        Locked, // the vault has not been unlocked (or was locked again)
        WrongPassphrase, // the passphrase does not open the vault
        Tampered, // the vault file is damaged or was modified outside Paydesk
        Unavailable, // no keychain backend (or it did not answer in time), or the user denied access
        IoError, // the file or the keychain could not be read or written
    };

    Status status = Status::Ok;
    QByteArray value;
    QString message;

    bool ok() const { return status == Status::Ok; }

    static SecretResult success(QByteArray value = {});
    // A failure with the standard message for `status`, or `message` when given.
    static SecretResult failure(Status status, QString message = {});
    // The standard translated sentence for a status ("The passphrase is wrong." ...); empty for Ok.
    static QString defaultMessage(Status status);
};

// Stable lowercase name of a status ("wrong_passphrase"), for logs and the CLI's JSON output.
QString secretStatusName(SecretResult::Status status);

} // namespace paydesk
