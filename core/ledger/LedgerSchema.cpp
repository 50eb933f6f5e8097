#include "core/ledger/LedgerSchema.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

// Version 1: the records as first shipped.
QStringList version1()
{
    return {
        u"PRAGMA application_id = %1"_s.arg(LedgerSchema::kApplicationId),
        uR"(CREATE TABLE accounts (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL UNIQUE,
            gateway TEXT NOT NULL,
            base_url TEXT NOT NULL DEFAULT '',
            merchant_id TEXT NOT NULL DEFAULT '',
            live_mode INTEGER NOT NULL DEFAULT 0,
            created INTEGER))"_s,
        uR"(CREATE TABLE payments (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            gateway TEXT NOT NULL,
            order_id TEXT,
            description TEXT,
            amount TEXT, amount_currency TEXT,
            pay_amount TEXT, pay_currency TEXT,
            network TEXT,
            paid_amount TEXT, paid_currency TEXT,
            refunded_amount TEXT, refunded_currency TEXT,
            status TEXT NOT NULL,
            raw_status TEXT,
            address TEXT,
            payment_url TEXT,
            payer_email TEXT,
            created INTEGER, updated INTEGER, expires INTEGER,
            live_mode INTEGER NOT NULL DEFAULT 0,
            raw_json BLOB,
            PRIMARY KEY (account_id, id)))"_s,
        uR"(CREATE TABLE refunds (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            gateway TEXT NOT NULL,
            payment_id TEXT,
            amount TEXT, amount_currency TEXT,
            reason TEXT,
            address TEXT,
            status TEXT NOT NULL,
            raw_status TEXT,
            created INTEGER, updated INTEGER,
            raw_json BLOB,
            PRIMARY KEY (account_id, id)))"_s,
        uR"(CREATE TABLE balances (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            currency TEXT NOT NULL,
            gateway TEXT NOT NULL,
            total TEXT, available TEXT, on_hold TEXT,
            fiat_amount TEXT, fiat_currency TEXT,
            as_of INTEGER,
            raw_json BLOB,
            PRIMARY KEY (account_id, currency)))"_s,
        uR"(CREATE TABLE dedicated_addresses (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            gateway TEXT NOT NULL,
            address TEXT, tag TEXT, currency TEXT, network TEXT, label TEXT, customer_reference TEXT,
            status TEXT NOT NULL,
            raw_status TEXT,
            created INTEGER, updated INTEGER,
            raw_json BLOB,
            PRIMARY KEY (account_id, id)))"_s,
        uR"(CREATE TABLE withdrawals (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            gateway TEXT NOT NULL,
            foreign_id TEXT,
            amount TEXT, amount_currency TEXT,
            fee_amount TEXT, fee_currency TEXT,
            address TEXT, tag TEXT, network TEXT, tx_hash TEXT,
            status TEXT NOT NULL,
            raw_status TEXT,
            created INTEGER, updated INTEGER,
            raw_json BLOB,
            PRIMARY KEY (account_id, id)))"_s,
        uR"(CREATE TABLE blockchain_txs (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            tx_hash TEXT NOT NULL,
            payment_id TEXT NOT NULL DEFAULT '',
            address_id TEXT NOT NULL DEFAULT '',
            gateway TEXT NOT NULL,
            amount TEXT, amount_currency TEXT,
            network TEXT, from_address TEXT, to_address TEXT,
            confirmations INTEGER NOT NULL DEFAULT 0,
            raw_status TEXT,
            time INTEGER,
            raw_json BLOB,
            PRIMARY KEY (account_id, tx_hash, payment_id, address_id)))"_s,
    };
}

// Version 2: row revisions for change detection, balance history, the creating-call journal, per-account sync
// state, and the indexes the list views and exports need.
QStringList version2()
{
    QStringList statements;
    for (const char16_t* table :
        {u"payments", u"refunds", u"balances", u"dedicated_addresses", u"withdrawals", u"blockchain_txs"})
        statements << u"ALTER TABLE %1 ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"_s.arg(QStringView(table));
    statements << uR"(CREATE TABLE balance_snapshots (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            currency TEXT NOT NULL,
            gateway TEXT NOT NULL,
            total TEXT, available TEXT, on_hold TEXT,
            fiat_amount TEXT, fiat_currency TEXT,
            as_of INTEGER,
            raw_json BLOB))"_s
               << uR"(CREATE TABLE journal (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            request_json BLOB,
            state TEXT NOT NULL,
            gateway_id TEXT,
            failure_reason TEXT,
            session TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            UNIQUE (account_id, kind, idempotency_key)))"_s
               << uR"(CREATE TABLE sync_state (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            cursor TEXT,
            last_attempt INTEGER,
            last_success INTEGER,
            last_error TEXT,
            PRIMARY KEY (account_id, kind)))"_s
               << u"CREATE INDEX payments_account_created ON payments(account_id, created)"_s
               << u"CREATE INDEX payments_created ON payments(created)"_s
               << u"CREATE INDEX payments_status ON payments(status)"_s
               << u"CREATE INDEX payments_order_id ON payments(order_id)"_s
               << u"CREATE INDEX refunds_payment ON refunds(payment_id, account_id)"_s
               << u"CREATE INDEX withdrawals_foreign_id ON withdrawals(account_id, foreign_id)"_s
               << u"CREATE INDEX blockchain_txs_payment ON blockchain_txs(account_id, payment_id)"_s
               << u"CREATE INDEX balance_snapshots_account ON balance_snapshots(account_id, currency, as_of)"_s
               << u"CREATE INDEX journal_state ON journal(state)"_s;
    return statements;
}

// Version 3: a payment's valuation and fees as the gateway gives them (Payment::exchangeRate, exchangeRateTime,
// paidValue, fee, credited). Rows from older versions keep NULL there: "not given".
QStringList version3()
{
    return {
        u"ALTER TABLE payments ADD COLUMN exchange_rate TEXT"_s,
        u"ALTER TABLE payments ADD COLUMN exchange_rate_time INTEGER"_s,
        u"ALTER TABLE payments ADD COLUMN paid_value_amount TEXT"_s,
        u"ALTER TABLE payments ADD COLUMN paid_value_currency TEXT"_s,
        u"ALTER TABLE payments ADD COLUMN fee_amount TEXT"_s,
        u"ALTER TABLE payments ADD COLUMN fee_currency TEXT"_s,
        u"ALTER TABLE payments ADD COLUMN credited_amount TEXT"_s,
        u"ALTER TABLE payments ADD COLUMN credited_currency TEXT"_s,
    };
}

// Version 4: who settled a journal entry that was unknown, and when: "lookup" (a lookup at the gateway) or "manual"
// (the merchant's decision, `paydesk-cli journal settle`), with the merchant's note. NULL for entries never unknown.
QStringList version4()
{
    return {
        u"ALTER TABLE journal ADD COLUMN settled_by TEXT"_s,
        u"ALTER TABLE journal ADD COLUMN settled_at INTEGER"_s,
        u"ALTER TABLE journal ADD COLUMN settle_note TEXT"_s,
    };
}

// Version 5: the dedicated address a payment was received on (Payment::addressId; NULL when none, and for payments
// of older versions until sync reads them again). The index holds only the linked payments, so that an address's
// deposits and Ledger::addressActivity() read those alone.
QStringList version5()
{
    return {
        u"ALTER TABLE payments ADD COLUMN address_id TEXT"_s,
        u"CREATE INDEX payments_address ON payments(account_id, address_id) WHERE address_id IS NOT NULL"_s,
    };
}

// Version 6: the assets each account's gateway accepts (GatewayAsset), replaced whole at each read.
QStringList version6()
{
    return {
        uR"(CREATE TABLE gateway_assets (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            network TEXT NOT NULL DEFAULT '',
            name TEXT,
            fiat INTEGER NOT NULL DEFAULT 0,
            available INTEGER NOT NULL DEFAULT 1,
            minimum TEXT,
            precision INTEGER,
            read_at INTEGER,
            PRIMARY KEY (account_id, code, network)))"_s,
    };
}

} // namespace

QStringList LedgerSchema::stepStatements(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    default:
        return {};
    }
}

LedgerResult<int> LedgerSchema::userVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return LedgerError::fromSql(query.lastError(), tr("Cannot read the ledger's format version."));
    return query.value(0).toInt();
}

LedgerResult<void> LedgerSchema::migrate(QSqlDatabase& db, int targetVersion)
{
    QSqlQuery query(db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return LedgerError::fromSql(query.lastError(), tr("Cannot start upgrading the ledger."));
    const auto current = userVersion(db);
    if (!current || current.value() >= targetVersion) {
        query.exec(u"ROLLBACK"_s);
        if (!current)
            return current.error();
        return {};
    }
    QString failed;
    for (int step = current.value() + 1; step <= targetVersion; ++step) {
        failed = tr("Cannot upgrade the ledger to format %1.").arg(step);
        QStringList statements = stepStatements(step);
        statements << u"PRAGMA user_version = %1"_s.arg(step);
        for (const QString& statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                const LedgerError error = LedgerError::fromSql(query.lastError(), failed);
                query.exec(u"ROLLBACK"_s);
                return error;
            }
        }
    }
    if (!query.exec(u"COMMIT"_s)) {
        const LedgerError error = LedgerError::fromSql(query.lastError(), failed);
        query.exec(u"ROLLBACK"_s);
        return error;
    }
    return {};
}

} // namespace paydesk
