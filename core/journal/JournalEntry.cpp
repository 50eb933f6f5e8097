#include "core/journal/JournalEntry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
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

QString journalKindDisplayName(JournalKind kind)
{
    switch (kind) {
    case JournalKind::Invoice:
        return QCoreApplication::translate("JournalEntry", "invoice");
    case JournalKind::Refund:
        return QCoreApplication::translate("JournalEntry", "refund");
    case JournalKind::DedicatedAddress:
        return QCoreApplication::translate("JournalEntry", "dedicated address");
    case JournalKind::Withdrawal:
        return QCoreApplication::translate("JournalEntry", "withdrawal");
    }
    return {};
}

QString journalEntrySummary(const JournalEntry& entry)
{
    const QJsonObject summary = QJsonDocument::fromJson(entry.requestJson).object();
    const auto field = [&summary](const QString& name) { return summary.value(name).toString(); };
    QString amount = field(u"amount"_s);
    if (!amount.isEmpty() && !field(u"currency"_s).isEmpty())
        amount += u' ' + field(u"currency"_s);
    switch (entry.kind) {
    case JournalKind::Invoice:
        return amount;
    case JournalKind::Refund:
        if (field(u"payment_id"_s).isEmpty())
            return amount;
        return QCoreApplication::translate("JournalEntry", "%1 of payment %2").arg(amount, field(u"payment_id"_s));
    case JournalKind::DedicatedAddress:
        if (field(u"network"_s).isEmpty())
            return field(u"currency"_s);
        return QCoreApplication::translate("JournalEntry", "%1 on %2").arg(field(u"currency"_s), field(u"network"_s));
    case JournalKind::Withdrawal:
        if (field(u"address"_s).isEmpty())
            return amount;
        return QCoreApplication::translate("JournalEntry", "%1 to %2").arg(amount, field(u"address"_s));
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
