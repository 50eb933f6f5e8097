<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CryptoComRequests</name>
    <message numerus="yes">
        <source>%1 amounts can have at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 amounts can have at most %n decimal place.</numerusform>
            <numerusform>%1 amounts can have at most %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CryptoProcessingRequests</name>
    <message numerus="yes">
        <source>%1 amounts can have at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 amounts can have at most %n decimal place.</numerusform>
            <numerusform>%1 amounts can have at most %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CryptomusProvider</name>
    <message numerus="yes">
        <source>Wait %n second(s) before asking again.</source>
        <translation>
            <numerusform>Wait %n second before asking again.</numerusform>
            <numerusform>Wait %n seconds before asking again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurrencyTotals</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceRules</name>
    <message numerus="yes">
        <source>%1 amounts can have at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 amounts can have at most %n decimal place.</numerusform>
            <numerusform>%1 amounts can have at most %n decimal places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 allows at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 allows at most %n decimal place.</numerusform>
            <numerusform>%1 allows at most %n decimal places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This can have at most %n character(s).</source>
        <translation>
            <numerusform>This can have at most %n character.</numerusform>
            <numerusform>This can have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::AccountDialog</name>
    <message numerus="yes">
        <source>Copy to the clipboard; it is cleared after %n second(s)</source>
        <translation>
            <numerusform>Copy to the clipboard; it is cleared after %n second</numerusform>
            <numerusform>Copy to the clipboard; it is cleared after %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::AccountSync</name>
    <message numerus="yes">
        <source>%1 sent a page of invoices this sync had already listed, so the list stopped there after %n page(s). Invoices further back are refreshed one by one only while they are open.</source>
        <translation>
            <numerusform>%1 sent a page of invoices this sync had already listed, so the list stopped there after %n page. Invoices further back are refreshed one by one only while they are open.</numerusform>
            <numerusform>%1 sent a page of invoices this sync had already listed, so the list stopped there after %n pages. Invoices further back are refreshed one by one only while they are open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the invoice list stopped at the limit of %n page(s) per sync; the next sync goes on from there.</source>
        <translation>
            <numerusform>%1: the invoice list stopped at the limit of %n page per sync; the next sync goes on from there.</numerusform>
            <numerusform>%1: the invoice list stopped at the limit of %n pages per sync; the next sync goes on from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the invoice list stopped at the limit of %n page(s) per sync with more left at the gateway. Raise &quot;List pages per sync&quot; in Preferences to list further back.</source>
        <translation>
            <numerusform>%1: the invoice list stopped at the limit of %n page per sync with more left at the gateway. Raise &quot;List pages per sync&quot; in Preferences to list further back.</numerusform>
            <numerusform>%1: the invoice list stopped at the limit of %n pages per sync with more left at the gateway. Raise &quot;List pages per sync&quot; in Preferences to list further back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the withdrawal list stopped at the limit of %n page(s) per sync with more left at the gateway. Raise &quot;List pages per sync&quot; in Preferences to list further back.</source>
        <translation>
            <numerusform>%1: the withdrawal list stopped at the limit of %n page per sync with more left at the gateway. Raise &quot;List pages per sync&quot; in Preferences to list further back.</numerusform>
            <numerusform>%1: the withdrawal list stopped at the limit of %n pages per sync with more left at the gateway. Raise &quot;List pages per sync&quot; in Preferences to list further back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ExportRunner</name>
    <message numerus="yes">
        <source>Exported %Ln payment(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln payment to %1</numerusform>
            <numerusform>Exported %Ln payments to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln refund(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln refund to %1</numerusform>
            <numerusform>Exported %Ln refunds to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln balance(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln balance to %1</numerusform>
            <numerusform>Exported %Ln balances to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln balance record(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln balance record to %1</numerusform>
            <numerusform>Exported %Ln balance records to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln address(es) to %1</source>
        <translation>
            <numerusform>Exported %Ln address to %1</numerusform>
            <numerusform>Exported %Ln addresses to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::MainWindow</name>
    <message numerus="yes">
        <source>%n request(s) may have reached the gateway without an answer: their keys stay blocked until they are settled.</source>
        <translation>
            <numerusform>%n request may have reached the gateway without an answer: its key stays blocked until it is settled.</numerusform>
            <numerusform>%n requests may have reached the gateway without an answer: their keys stay blocked until they are settled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::OverviewPage</name>
    <message numerus="yes">
        <source>%n account(s), some never synced</source>
        <translation>
            <numerusform>%n account, never synced</numerusform>
            <numerusform>%n accounts, some never synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s), the oldest at %1</source>
        <translation>
            <numerusform>%n account, synced at %1</numerusform>
            <numerusform>%n accounts, the oldest at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last attempt failed for %n</source>
        <translation>
            <numerusform>last attempt failed for %n</numerusform>
            <numerusform>last attempt failed for %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentFilterBar</name>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentsPage</name>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln payment</numerusform>
            <numerusform>%Ln payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln payment(s)</source>
        <translation>
            <numerusform>%1 of %Ln payment</numerusform>
            <numerusform>%1 of %Ln payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::RefundDialog</name>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 amounts have at most %n decimal place.</numerusform>
            <numerusform>%1 amounts have at most %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::RefundsPage</name>
    <message numerus="yes">
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln refund</numerusform>
            <numerusform>%Ln refunds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::SyncStatusWidget</name>
    <message numerus="yes">
        <source>Syncing %n accounts…</source>
        <translation>
            <numerusform>Syncing %n account…</numerusform>
            <numerusform>Syncing %n accounts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::WithdrawalsPage</name>
    <message numerus="yes">
        <source>%Ln withdrawal(s)</source>
        <translation>
            <numerusform>%Ln withdrawal</numerusform>
            <numerusform>%Ln withdrawals</numerusform>
        </translation>
    </message>
</context>
</TS>
