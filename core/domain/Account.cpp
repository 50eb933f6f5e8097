#include "core/domain/Account.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

QString secretKey(const QString& accountId, SecretKind kind)
{
    switch (kind) {
    case SecretKind::ApiKey:
        return accountId + u"/api_key"_s;
    case SecretKind::ApiSecret:
        return accountId + u"/api_secret"_s;
    case SecretKind::WebhookSecret:
        return accountId + u"/webhook_secret"_s;
    case SecretKind::PayoutKey:
        return accountId + u"/payout_key"_s;
    }
    return {};
}

} // namespace paydesk
