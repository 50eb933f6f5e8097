#include "core/secrets/SecretResult.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

SecretResult SecretResult::success(QByteArray value)
{
    SecretResult r;
    r.status = Status::Ok;
    r.value = std::move(value);
    return r;
}

SecretResult SecretResult::failure(Status status, QString message)
{
    SecretResult r;
    r.status = status;
    r.message = message.isEmpty() ? defaultMessage(status) : std::move(message);
    return r;
}

QString SecretResult::defaultMessage(Status status)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return QCoreApplication::translate("SecretStore", "No secret is stored under this name.");
    case Status::Locked:
        return QCoreApplication::translate(
            "SecretStore", "The secret vault is locked. Unlock it with your passphrase.");
    case Status::WrongPassphrase:
        return QCoreApplication::translate("SecretStore", "The passphrase is wrong.");
    case Status::Tampered:
        return QCoreApplication::translate(
            "SecretStore", "The secret vault file is damaged or was changed outside Paydesk. It cannot be opened.");
    case Status::Unavailable:
        return QCoreApplication::translate("SecretStore", "The system keychain is not available.");
    case Status::IoError:
        return QCoreApplication::translate("SecretStore", "The secret could not be read or saved.");
    }
    return {};
}

QString secretStatusName(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return u"ok"_s;
    case SecretResult::Status::NotFound:
        return u"not_found"_s;
    case SecretResult::Status::Locked:
        return u"locked"_s;
    case SecretResult::Status::WrongPassphrase:
        return u"wrong_passphrase"_s;
    case SecretResult::Status::Tampered:
        return u"tampered"_s;
    case SecretResult::Status::Unavailable:
        return u"unavailable"_s;
    case SecretResult::Status::IoError:
        return u"io_error"_s;
    }
    return {};
}

} // namespace paydesk
