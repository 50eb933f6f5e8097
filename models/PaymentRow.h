#pragma once

#include "core/Money.h"
#include "core/domain/Gateway.h"
#include "core/domain/Payment.h"
#include "core/domain/PaymentStatus.h"

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <memory>
#include <optional>

namespace paydesk {

// What the Payments table shows, sorts and filters on for one payment, kept small so that a million rows fit in a
// few hundred MB (about 56 bytes here plus one heap block of UTF-8 text, typically 200-250 bytes).
//
// The text fields (ids, description, address, e-mail, currency codes, network, raw status) and the four amounts as
// canonical decimal text (Decimal::toString(), exact) live in one block: a header of end offsets, then the fields
// in Field order, each followed by a NUL byte. The fields a text search looks at come first, so a search scans one
// contiguous range (searchText()) and cannot match across two fields. The account id is a QString that the loader
// shares between all rows of an account, so it costs no allocation per row.
//
// Everything else (payment URL, updated time, raw JSON) stays in the ledger; the detail panel reads it from there.
class PaymentRow final
{
public:
    // Order matters: the first kSearchableFields are the ones PaymentFilter's text search covers.
    enum class Field : quint8 {
        OrderId,
        Description,
        Id,
        Address,
        Amount, // canonical decimal text, empty when the payment has no amount
        PayAmount,
        PayerEmail,
        AmountCurrency,
        PayCurrency,
        Paid,
        PaidCurrency,
        Refunded,
        RefundedCurrency,
        Network,
        RawStatus,
    };
    static constexpr int kFieldCount = 15;
    static constexpr int kSearchableFields = 7;
    // Upper bound of the text block; a longer description is cut (at a character boundary) to fit.
    static constexpr int kMaxTextBytes = 65535;
    // createdMs / expiresMs when the time is unknown.
    static constexpr qint64 kNoTime = INT64_MIN;

    PaymentRow() = default;
    // accountId: pass the same QString for every row of an account so that its data is shared.
    PaymentRow(const Payment& payment, const QString& accountId);
    explicit PaymentRow(const Payment& payment)
        : PaymentRow(payment, payment.accountId)
    {
    }
    PaymentRow(const PaymentRow& other);
    PaymentRow& operator=(const PaymentRow& other);
    PaymentRow(PaymentRow&&) noexcept = default;
    PaymentRow& operator=(PaymentRow&&) noexcept = default;
    ~PaymentRow() = default;

    const QString& accountId() const { return m_accountId; }
    Gateway gateway() const { return static_cast<Gateway>(m_gateway); }
    PaymentStatus status() const { return static_cast<PaymentStatus>(m_status); }
    bool liveMode() const { return m_liveMode; }
    qint64 createdMs() const { return m_createdMs; }
    qint64 expiresMs() const { return m_expiresMs; }
    // UTC; invalid when unknown.
    QDateTime created() const;
    QDateTime expires() const;

    // The UTF-8 bytes of one field (empty when absent); valid as long as this row is neither changed nor destroyed.
    QByteArrayView utf8(Field field) const;
    QString text(Field field) const;
    // Fields OrderId..PayerEmail, separated by NUL bytes.
    QByteArrayView searchText() const;
    // True when the searchable fields contain a character outside ASCII (only such rows can match a search text
    // that is not ASCII).
    bool hasNonAsciiText() const { return m_nonAsciiText; }
    // True when they contain a character outside ASCII whose case folding is ASCII (U+017F ſ → s, U+212A K → k):
    // only then can an ASCII search text not be matched byte by byte.
    bool hasAsciiFoldingText() const { return m_asciiFoldingText; }

    // The amounts, exact; std::nullopt when the payment has none (no currency).
    std::optional<Money> amount() const { return money(Field::Amount, Field::AmountCurrency); }
    std::optional<Money> payAmount() const { return money(Field::PayAmount, Field::PayCurrency); }
    std::optional<Money> paid() const { return money(Field::Paid, Field::PaidCurrency); }
    std::optional<Money> refunded() const { return money(Field::Refunded, Field::RefundedCurrency); }

    // Heap bytes owned by this row (the text block), for memory accounting.
    qsizetype heapBytes() const;

    friend bool operator==(const PaymentRow& a, const PaymentRow& b);

private:
    std::optional<Money> money(Field amount, Field currency) const;
    qsizetype blockSize() const;
    quint16 fieldEnd(int index) const;
    quint16 fieldStart(int index) const;

    QString m_accountId;
    std::unique_ptr<char[]> m_text; // header (kFieldCount quint16 ends, relative to the data) + data
    qint64 m_createdMs = kNoTime;
    qint64 m_expiresMs = kNoTime;
    quint8 m_gateway = 0; // Gateway, one byte instead of four
    quint8 m_status = static_cast<quint8>(PaymentStatus::Unknown);
    bool m_liveMode = false;
    bool m_nonAsciiText = false;
    bool m_asciiFoldingText = false;
};

} // namespace paydesk
