#include "core/journal/CreatingCallPermit.h"

#include <utility>

namespace paydesk {

CreatingCallPermit::CreatingCallPermit(
    qint64 entryId, QString accountId, JournalKind kind, QString idempotencyKey, QString session, int attempt)
    : m_entryId(entryId)
    , m_accountId(std::move(accountId))
    , m_kind(kind)
    , m_idempotencyKey(std::move(idempotencyKey))
    , m_session(std::move(session))
    , m_attempt(attempt)
{
}

CreatingCallPermit::CreatingCallPermit(CreatingCallPermit&& other) noexcept
    : m_entryId(std::exchange(other.m_entryId, 0))
    , m_accountId(std::move(other.m_accountId))
    , m_kind(other.m_kind)
    , m_idempotencyKey(std::move(other.m_idempotencyKey))
    , m_session(std::move(other.m_session))
    , m_attempt(std::exchange(other.m_attempt, 0))
{
}

CreatingCallPermit& CreatingCallPermit::operator=(CreatingCallPermit&& other) noexcept
{
    if (this != &other) {
        m_entryId = std::exchange(other.m_entryId, 0);
        m_accountId = std::move(other.m_accountId);
        m_kind = other.m_kind;
        m_idempotencyKey = std::move(other.m_idempotencyKey);
        m_session = std::move(other.m_session);
        m_attempt = std::exchange(other.m_attempt, 0);
    }
    return *this;
}

} // namespace paydesk
