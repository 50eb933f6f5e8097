#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace paydesk::cli {

// Asks for a passphrase or a secret on the terminal with echo off; nullopt when stdin is not a terminal or nothing
// was entered.
std::optional<QByteArray> promptSecret(const QString& prompt);

} // namespace paydesk::cli
