#pragma once

#include "core/ProviderError.h"

#include <QCoreApplication>
#include <QString>

namespace paydesk {

// A ProviderError in plain words for the merchant (STYLE.md c.6): one sentence saying what happened and what to do,
// naming the account, with the gateway's own code and message kept apart as detail ("Details" in the UI, a second
// line in the CLI). Gateway text is treated as plain text, never as markup.
class ProviderErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderErrorText)

public:
    // "The gateway rejected the API key of account “Shop EU”. Check the key and secret in Accounts."
    static QString summary(const ProviderError& error, const QString& accountName = {});
    // "HTTP 422 · ERR_AMOUNT · amount: must be greater than 0" (empty when there is nothing more to say).
    static QString detail(const ProviderError& error);
    // summary, then the detail in parentheses when there is one: for one-line surfaces (CLI stderr, status bar).
    static QString oneLine(const ProviderError& error, const QString& accountName = {});
};

} // namespace paydesk
