#pragma once

#include "core/Decimal.h"
#include "core/Money.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace paydesk {

// Collects the bound values of one row in column order, applying the ledger's storage conventions:
// empty text → NULL, invalid time → NULL, time → UTC milliseconds, Decimal → canonical text (std::nullopt → NULL),
// Money → two columns (amount text, currency; both NULL for an empty Money), bool → 0/1, raw JSON → BLOB as is.
class LedgerRowWriter final
{
public:
    // Key columns are NOT NULL: an empty key is stored as '' (blockchain_txs.payment_id).
    LedgerRowWriter& key(const QString& value)
    {
        m_values << QVariant(value.isNull() ? QStringLiteral("") : value);
        return *this;
    }
    LedgerRowWriter& text(const QString& value)
    {
        m_values << (value.isEmpty() ? QVariant() : QVariant(value));
        return *this;
    }
    LedgerRowWriter& time(const QDateTime& value)
    {
        m_values << (value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant());
        return *this;
    }
    LedgerRowWriter& decimal(const Decimal& value)
    {
        m_values << QVariant(value.toString());
        return *this;
    }
    // std::nullopt → NULL (not given), otherwise as decimal().
    LedgerRowWriter& optionalDecimal(const std::optional<Decimal>& value)
    {
        m_values << (value ? QVariant(value->toString()) : QVariant());
        return *this;
    }
    LedgerRowWriter& money(const Money& value)
    {
        const bool empty = value.currency.isEmpty() && value.amount.isZero() && value.amount.scale() == 0;
        m_values << (empty ? QVariant() : QVariant(value.amount.toString()));
        return text(value.currency);
    }
    LedgerRowWriter& integer(qint64 value)
    {
        m_values << QVariant(value);
        return *this;
    }
    LedgerRowWriter& boolean(bool value) { return integer(value ? 1 : 0); }
    LedgerRowWriter& blob(const QByteArray& value)
    {
        m_values << QVariant(value);
        return *this;
    }

    const QVariantList& values() const { return m_values; }

private:
    QVariantList m_values;
};

} // namespace paydesk
