#pragma once

#include "core/Decimal.h"
#include "sandbox/GatewaySimulator.h"
#include "sandbox/JsonWriter.h"
#include "sandbox/SandboxRandom.h"

#include <QHash>
#include <QString>

#include <functional>
#include <set>
#include <tuple>
#include <vector>

namespace paydesk::sandbox {

// The records of the CryptoProcessing simulator and every change to them: payment requests, dedicated addresses,
// deposit / withdrawal transactions (with their blockchain transactions), balances and the time-driven
// transitions. Pure state, no HTTP: CryptoprocessingSimulator validates requests and calls in here. Every change
// that CryptoProcessing reports by callback is passed to the notifier as the exact callback body.
class CryptoprocessingState final
{
public:
    enum class RequestStatus : quint8 { Created, Processing, Paid, Failed, Expired };
    enum class TxKind : quint8 { Deposit, Withdrawal };
    enum class TxStatus : quint8 { NotConfirmed, Pending, Confirmed, Cancelled };

    // Seconds of sandbox time before a deposit to a dedicated address is confirmed and a withdrawal completes.
    static constexpr qint64 kDepositConfirmSecs = 60;
    static constexpr qint64 kWithdrawalSecs = 300;
    static constexpr qint64 kTransactionIdBase = 2600000;
    static constexpr qint64 kChainIdBase = 710000;
    static constexpr qint64 kAddressIdBase = 380000;

    struct PaymentRequest
    {
        quint64 idHigh = 0; // UUID version 7: 48-bit Unix milliseconds, version, random
        quint64 idLow = 0;
        qint64 created = 0;
        qint64 lifeTime = 0; // Unix seconds
        Decimal amount; // in `currency`, as sent
        Decimal paid; // in `currency`
        QString foreignId, email, endUserReference, description, urlStore, urlSuccess, urlFailed;
        qint32 transaction = -1; // root transaction of the payments
        qint8 currency = 0; // catalog index
        qint8 payCurrency = -1; // payment_currency, -1 when not given
        bool currencyNetwork = false; // network_name given in currency / payment_currency
        bool payNetwork = false;
        RequestStatus status = RequestStatus::Created;
    };

    struct Address
    {
        qint64 created = 0;
        QString address, foreignId, endUserReference;
        qint64 tag = 0; // XRP destination tag, 0 = none
        qint8 currency = 0;
        qint8 convertTo = -1;
    };

    struct Chain
    {
        qint64 id = 0; // blockchain transaction id
        Decimal amount; // in the transaction's sent currency
    };

    struct Transaction
    {
        qint64 created = 0;
        qint64 dueAt = 0; // confirmation / completion time while not final
        Decimal sentAmount; // currency_sent (withdrawal: debited from the balance)
        Decimal receivedAmount; // currency_received (withdrawal: what the address receives)
        Decimal fee; // deposit fee in the received currency; mining fee in the received currency
        QString foreignId, endUserReference, address, tag, error;
        std::vector<Chain> chain;
        qint32 request = -1;
        qint32 addressIndex = -1;
        qint8 sent = 0;
        qint8 received = 0;
        quint8 risk = 0; // riskscore × 100
        TxKind kind = TxKind::Deposit;
        TxStatus status = TxStatus::Pending;
    };

    // Callback notifier: event name ("payment_request.paid") and the exact body.
    using Notifier = std::function<void(const QString& event, const QByteArray& body)>;

    explicit CryptoprocessingState(QString paymentLinkBase = {});

    void setNotifier(Notifier notifier) { m_notify = std::move(notifier); }
    void setPaymentLinkBase(const QString& base) { m_linkBase = base; }

    void reset(qint64 now);
    void generate(const GenerationPlan& plan);
    void advanceTo(qint64 now);

    // Operations, inputs already validated by the simulator.
    qint32 createRequest(PaymentRequest request, qint64 now);
    qint32 takeAddress(int currency, const QString& foreignId, int convertTo, const QString& endUserReference,
        qint64 now); // the existing address for (foreign_id, currency), or a new one
    qint32 withdraw(const QString& foreignId, const Decimal& amount, int currency, int convertTo,
        const QString& address, const QString& tag, qint64 now); // -1 when the balance is too low
    // Payer pays a request: amount in its currency (nullopt: what is due) in crypto `payCurrency`.
    void payRequest(qint32 index, const std::optional<Decimal>& amount, int payCurrency, qint64 now);
    // Payer sends `amount` of the address's currency to a dedicated address.
    qint32 payAddress(qint32 index, const Decimal& amount, qint64 now);
    bool cancelWithdrawal(qint32 transaction, qint64 now);
    void resendCallback(qint32 transaction);
    void resendRequestCallback(qint32 request);

    // Look-ups (-1 when not found).
    qint32 requestById(QStringView uuid) const;
    bool requestForeignIdTaken(const QString& foreignId) const { return m_requestByForeignId.contains(foreignId); }
    qint32 requestByForeignId(const QString& foreignId) const { return m_requestByForeignId.value(foreignId, -1); }
    bool withdrawalForeignIdTaken(const QString& foreignId) const;
    qint32 transactionById(qint64 id) const;
    qint32 transactionByForeignId(const QString& foreignId) const { return m_txByForeignId.value(foreignId, -1); }
    qint32 transactionByTxid(QStringView txid) const;
    qint32 addressByIdOrText(QStringView text) const;

    const PaymentRequest& request(qint32 index) const { return m_requests[static_cast<size_t>(index)]; }
    const Transaction& transaction(qint32 index) const { return m_transactions[static_cast<size_t>(index)]; }
    const Address& address(qint32 index) const { return m_addresses[static_cast<size_t>(index)]; }
    const Decimal& balance(int currency) const { return m_balances[static_cast<size_t>(currency)]; }
    qint64 paymentCount() const;
    QByteArray digest() const;
    // Payment requests, dedicated addresses and withdrawals, as GatewaySimulator::records() describes them.
    QList<SimulatedRecord> records() const;

    // JSON objects exactly as the gateway writes them.
    static QString uuid(const PaymentRequest& request);
    static QString txid(qint64 chainId);
    static qint64 transactionId(qint32 index) { return kTransactionIdBase + index; }
    static qint64 addressId(qint32 index) { return kAddressIdBase + index; }
    static constexpr qint64 kRequestAddressIdBase = 9000000; // crypto_address.id of a payment request's address
    static QLatin1StringView requestStatusName(RequestStatus status);
    static QLatin1StringView txStatusName(TxStatus status);
    // Reply: the gateway's object; Extras: plus paid_amount and transaction_id (sandbox control replies); Digest:
    // without payment_link (it holds the port).
    enum class RequestView : quint8 { Reply, Extras, Digest };
    void writeRequest(const PaymentRequest& request, JsonWriter& writer, RequestView view = RequestView::Reply) const;
    void writeRequestCallback(const PaymentRequest& request, JsonWriter& writer) const;
    void writeAddress(qint32 index, JsonWriter& writer) const;
    void writeTransaction(qint32 index, JsonWriter& writer) const; // transactions/info and callbacks
    void writeWithdrawalReply(qint32 index, JsonWriter& writer) const; // withdrawal/crypto
    void writeBalances(JsonWriter& writer) const; // accounts/list array

private:
    using Deadline = std::tuple<qint64, quint8, qint32>; // time, kind (0 request, 1 transaction), index
    void credit(int currency, const Decimal& amount);
    bool debit(int currency, const Decimal& amount);
    qint32 addTransaction(Transaction tx);
    qint64 addChain(qint32 transaction, const Decimal& amount);
    void notifyRequest(qint32 index);
    void notifyTransaction(qint32 index);
    void finishTransaction(qint32 index, TxStatus status);
    void expireRequest(qint32 index);
    void newUuid(PaymentRequest& request);
    qint32 addAddress(Address address);
    qint64 m_addressDeposits = 0;

    QString m_linkBase;
    Notifier m_notify;
    SandboxRandom m_random;
    std::vector<PaymentRequest> m_requests;
    std::vector<Address> m_addresses;
    std::vector<Transaction> m_transactions;
    std::vector<qint32> m_chainOwner; // blockchain id - kChainIdBase → transaction index
    std::vector<Decimal> m_balances; // per catalog currency, scale 8
    QHash<std::pair<quint64, quint64>, qint32> m_requestById;
    QHash<QString, qint32> m_requestByForeignId;
    QHash<QString, qint32> m_txByForeignId; // newest transaction per foreign_id
    QHash<QString, qint32> m_withdrawalByForeignId;
    QHash<QString, qint32> m_addressByText;
    QHash<std::pair<QString, int>, qint32> m_addressByForeignId; // (foreign_id, currency)
    std::set<Deadline> m_deadlines;
};

} // namespace paydesk::sandbox
