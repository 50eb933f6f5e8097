#pragma once

#include "models/NotificationEvent.h"

#include <QCoreApplication>
#include <QString>

namespace paydesk {

// The title and message of a desktop notification, in the user's language, amounts through QLocale.
class NotificationText final
{
    Q_DECLARE_TR_FUNCTIONS(NotificationText)

public:
    NotificationText() = delete;

    static QString title(Settings::NotificationKind kind);
    // `accountName` names where it happened (the merchant may run several shops).
    static QString message(const NotificationEvent& event, const QString& accountName);
    // For the settings dialog's switches.
    static QString kindName(Settings::NotificationKind kind);
};

} // namespace paydesk
