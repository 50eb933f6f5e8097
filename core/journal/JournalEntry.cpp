#include "core/journal/JournalEntry.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

QString journalKindId(JournalKind kind)
{
    switch (kind) {
    case JournalKind::Invoice:
        return u"invoice"_s;
    case JournalKind::Refund:
        return u"refund"_s;
    case JournalKind::DedicatedAddress:
        return u"dedicated_address"_s;
    case JournalKind::Withdrawal:
        return u"withdrawal"_s;
    }
    return {};
}

std::optional<JournalKind> journalKindFromId(QStringView id)
{
    for (JournalKind kind :
        {JournalKind::Invoice, JournalKind::Refund, JournalKind::DedicatedAddress, JournalKind::Withdrawal}) {
        if (id == journalKindId(kind))
            return kind;
    }
    return std::nullopt;
}

QString journalStateId(JournalState state)
{
    switch (state) {
    case JournalState::Pending:
        return u"pending"_s;
    case JournalState::Sent:
        return u"sent"_s;
    case JournalState::Confirmed:
        return u"confirmed"_s;
    case JournalState::Failed:
        return u"failed"_s;
    case JournalState::Unknown:
        return u"unknown"_s;
    case JournalState::NotSent:
        return u"not_sent"_s;
    }
    return {};
}

std::optional<JournalState> journalStateFromId(QStringView id)
{
    for (JournalState state : {JournalState::Pending, JournalState::Sent, JournalState::Confirmed, JournalState::Failed,
             JournalState::Unknown, JournalState::NotSent}) {
        if (id == journalStateId(state))
            return state;
    }
    return std::nullopt;
}

bool isOpen(JournalState state)
{
    return state == JournalState::Pending || state == JournalState::Sent || state == JournalState::Unknown;
}

bool isFinal(JournalState state)
{
    return state == JournalState::Confirmed;
}

bool createdNothing(JournalState state)
{
    return state == JournalState::Failed || state == JournalState::NotSent;
}

QString generateIdempotencyKey(JournalKind kind)
{
    QString prefix;
    switch (kind) {
    case JournalKind::Invoice:
        prefix = QStringLiteral("PD-");
        break;
    case JournalKind::Refund:
        prefix = QStringLiteral("PR-");
        break;
    case JournalKind::DedicatedAddress:
        prefix = QStringLiteral("PA-");
        break;
    case JournalKind::Withdrawal:
        prefix = QStringLiteral("PW-");
        break;
    }
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper();
}

} // namespace paydesk
