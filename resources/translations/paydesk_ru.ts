<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddressQrSheet</name>
    <message>
        <source>Deposit addresses</source>
        <translation>Депозитные адреса</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 в сети %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>No addresses were selected.</source>
        <translation>Не выбрано ни одного адреса.</translation>
    </message>
    <message>
        <source>Memo / tag: %1</source>
        <translation>Мемо / тег: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Идентификатор клиента: %1</translation>
    </message>
    <message>
        <source>No room for the QR code.</source>
        <translation>Нет места для QR-кода.</translation>
    </message>
</context>
<context>
    <name>CryptoComJson</name>
    <message>
        <source>The currency %1 in Crypto.com Pay&apos;s reply is not known, so its amounts in minor units cannot be read.</source>
        <translation>Валюта %1 в ответе Crypto.com Pay неизвестна, поэтому её суммы в минимальных единицах прочитать невозможно.</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>платёж</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>payment list</source>
        <translation>список платежей</translation>
    </message>
    <message>
        <source>Crypto.com Pay&apos;s payment list is not a JSON array.</source>
        <translation>Список платежей Crypto.com Pay не является массивом JSON.</translation>
    </message>
    <message>
        <source>Payment %1 of the list: %2</source>
        <translation>Платёж %1 из списка: %2</translation>
    </message>
    <message>
        <source>webhook event</source>
        <translation>событие вебхука</translation>
    </message>
    <message>
        <source>The webhook event has no data.object.</source>
        <translation>В событии вебхука нет data.object.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>CryptoComRequests</name>
    <message>
        <source>The account has no Crypto.com Pay secret key.</source>
        <translation>У аккаунта нет секретного ключа Crypto.com Pay.</translation>
    </message>
    <message>
        <source>The account&apos;s API address is not a valid URL.</source>
        <translation>Адрес API аккаунта не является допустимым URL.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not take the currency %1.</source>
        <translation>Crypto.com Pay не принимает валюту %1.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts can have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Суммы в %1 могут иметь не более %n знака после запятой.</numerusform>
            <numerusform>Суммы в %1 могут иметь не более %n знаков после запятой.</numerusform>
            <numerusform>Суммы в %1 могут иметь не более %n знаков после запятой.</numerusform>
        </translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not valid.</source>
        <translation>Идентификатор «%1» недопустим.</translation>
    </message>
    <message>
        <source>Choose the payment to refund.</source>
        <translation>Выберите платёж для возврата.</translation>
    </message>
    <message>
        <source>Crypto.com Pay refunds to the payer&apos;s app; it does not take an address.</source>
        <translation>Crypto.com Pay возвращает средства в приложение плательщика; адрес не принимается.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not take a blockchain network for refunds.</source>
        <translation>Crypto.com Pay не принимает сеть блокчейна для возвратов.</translation>
    </message>
</context>
<context>
    <name>CryptoProcessingJson</name>
    <message>
        <source>payment request</source>
        <translation>запрос на оплату</translation>
    </message>
    <message>
        <source>The payment request in the gateway&apos;s reply has no currency.</source>
        <translation>В запросе на оплату в ответе шлюза не указана валюта.</translation>
    </message>
    <message>
        <source>CryptoProcessing&apos;s balance list is not a JSON array.</source>
        <translation>Список балансов CryptoProcessing не является массивом JSON.</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>баланс</translation>
    </message>
    <message>
        <source>deposit address</source>
        <translation>депозитный адрес</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>вывод средств</translation>
    </message>
    <message>
        <source>The withdrawal in the gateway&apos;s reply has no currency.</source>
        <translation>В выводе средств в ответе шлюза не указана валюта.</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>транзакция</translation>
    </message>
    <message>
        <source>crypto_address</source>
        <translation>crypto_address</translation>
    </message>
    <message>
        <source>&quot;transactions&quot; in the gateway&apos;s reply is not a list.</source>
        <translation>«transactions» в ответе шлюза не является списком.</translation>
    </message>
    <message>
        <source>blockchain transaction</source>
        <translation>транзакция в блокчейне</translation>
    </message>
    <message>
        <source>CryptoProcessing&apos;s ping did not answer OK.</source>
        <translation>Проверка связи (ping) с CryptoProcessing не вернула OK.</translation>
    </message>
    <message>
        <source>The currency list in the gateway&apos;s reply is not a list.</source>
        <translation>Список валют в ответе шлюза не является списком.</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
</context>
<context>
    <name>CryptoProcessingRequests</name>
    <message>
        <source>The account&apos;s API address is not a valid URL.</source>
        <translation>Адрес API аккаунта не является допустимым URL.</translation>
    </message>
    <message>
        <source>The account has no CryptoProcessing API key and secret.</source>
        <translation>У аккаунта нет ключа и секрета API CryptoProcessing.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Выберите валюту.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts can have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Суммы в %1 могут иметь не более %n знака после запятой.</numerusform>
            <numerusform>Суммы в %1 могут иметь не более %n знаков после запятой.</numerusform>
            <numerusform>Суммы в %1 могут иметь не более %n знаков после запятой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the id, foreign id or transaction hash to look up.</source>
        <translation>Укажите идентификатор, внешний ID или хеш транзакции для поиска.</translation>
    </message>
    <message>
        <source>A CryptoProcessing transaction id is a whole number.</source>
        <translation>Идентификатор транзакции CryptoProcessing — целое число.</translation>
    </message>
    <message>
        <source>CryptoProcessing needs a customer reference (foreign id) for a deposit address.</source>
        <translation>Для депозитного адреса CryptoProcessing нужен идентификатор клиента (внешний ID).</translation>
    </message>
    <message>
        <source>CryptoProcessing picks the network through the currency code; it takes no separate network.</source>
        <translation>CryptoProcessing определяет сеть по коду валюты; отдельная сеть не принимается.</translation>
    </message>
    <message>
        <source>CryptoProcessing deposit addresses have no label.</source>
        <translation>У депозитных адресов CryptoProcessing нет метки.</translation>
    </message>
    <message>
        <source>A withdrawal needs a unique foreign id.</source>
        <translation>Для вывода средств нужен уникальный внешний ID.</translation>
    </message>
    <message>
        <source>Give the address to send to.</source>
        <translation>Укажите адрес получателя.</translation>
    </message>
</context>
<context>
    <name>CryptomusProvider</name>
    <message numerus="yes">
        <source>Wait %n second(s) before asking again.</source>
        <translation>
            <numerusform>Подождите %n секунду, прежде чем запрашивать снова.</numerusform>
            <numerusform>Подождите %n секунды, прежде чем запрашивать снова.</numerusform>
            <numerusform>Подождите %n секунд, прежде чем запрашивать снова.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurrencyTotals</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 · also %2</source>
        <translation>%1 · также %2</translation>
    </message>
</context>
<context>
    <name>DashboardSession</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Не удаётся создать папку данных %1.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>The ledger %1 is empty (0 bytes) although the secret vault beside it holds accounts: it is damaged, not new. Restore it from a backup, or remove it to start an empty ledger on purpose.</source>
        <translation>Журнал учёта %1 пуст (0 байт), хотя хранилище секретов рядом с ним содержит счета: он повреждён, а не новый. Восстановите его из резервной копии или удалите, чтобы намеренно начать пустой журнал учёта.</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>The amount is empty.</source>
        <translation>Сумма не указана.</translation>
    </message>
    <message>
        <source>The amount is not a plain decimal number: use digits and at most one &apos;.&apos; with digits on both sides (for example 1234.50).</source>
        <translation>Сумма не является простым десятичным числом: используйте цифры и не более одной «.» с цифрами с обеих сторон (например, 1234.50).</translation>
    </message>
    <message>
        <source>The amount has too many digits: at most 38 digits in total and 38 after the decimal point.</source>
        <translation>В сумме слишком много цифр: не более 38 цифр всего и 38 после десятичной точки.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Выберите файл для экспорта.</translation>
    </message>
    <message>
        <source>There is no ledger at %1.</source>
        <translation>По пути %1 нет реестра.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name to export to.</source>
        <translation>%1 — это папка. Выберите имя файла для экспорта.</translation>
    </message>
    <message>
        <source>%1 is the ledger itself. Choose another file to export to.</source>
        <translation>%1 — это сам реестр. Выберите другой файл для экспорта.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Cannot open the ledger to export from: %1</source>
        <translation>Не удаётся открыть реестр для экспорта: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2. Choose a folder you can write to.</source>
        <translation>Не удаётся создать %1: %2. Выберите папку, в которую у вас есть права на запись.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation>Не удаётся сохранить %1: %2.</translation>
    </message>
</context>
<context>
    <name>FileLogger</name>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation>Не удаётся создать папку журналов %1.</translation>
    </message>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation>Не удаётся открыть файл журнала %1: %2</translation>
    </message>
</context>
<context>
    <name>GatewayCapabilities</name>
    <message>
        <source>Crypto.com Pay publishes no balance or settlement API.</source>
        <translation>Crypto.com Pay не предоставляет API балансов и расчётов.</translation>
    </message>
    <message>
        <source>Crypto.com Pay has no dedicated deposit addresses.</source>
        <translation>У Crypto.com Pay нет выделенных депозитных адресов.</translation>
    </message>
    <message>
        <source>Crypto.com Pay has no withdrawal API.</source>
        <translation>У Crypto.com Pay нет API вывода средств.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not publish the blockchain transactions of a payment.</source>
        <translation>Crypto.com Pay не публикует транзакции платежа в блокчейне.</translation>
    </message>
    <message>
        <source>CryptoProcessing has no list of payment requests; Paydesk keeps the ones it created and refreshes them one by one.</source>
        <translation>У CryptoProcessing нет списка запросов на оплату; Paydesk хранит созданные им запросы и обновляет их по одному.</translation>
    </message>
    <message>
        <source>CryptoProcessing payment requests cannot be cancelled through the API; they expire.</source>
        <translation>Запросы на оплату CryptoProcessing нельзя отменить через API; они истекают сами.</translation>
    </message>
    <message>
        <source>CryptoProcessing has no refund API; send the money back as a withdrawal to the payer&apos;s address.</source>
        <translation>У CryptoProcessing нет API возвратов; верните деньги выводом средств на адрес плательщика.</translation>
    </message>
    <message>
        <source>CryptoProcessing dedicated addresses are permanent.</source>
        <translation>Выделенные адреса CryptoProcessing постоянны.</translation>
    </message>
    <message>
        <source>Gateway v10.2 invoices cannot be cancelled through the API; they expire.</source>
        <translation>Счета Gateway v10.2 нельзя отменить через API; они истекают сами.</translation>
    </message>
    <message>
        <source>Cryptomus invoices cannot be cancelled through the API; they expire.</source>
        <translation>Счета Cryptomus нельзя отменить через API; они истекают сами.</translation>
    </message>
    <message>
        <source>Cryptomus shows the transaction hash on the invoice itself only.</source>
        <translation>Cryptomus показывает хеш транзакции только в самом счёте.</translation>
    </message>
    <message>
        <source>Not supported.</source>
        <translation>Не поддерживается.</translation>
    </message>
</context>
<context>
    <name>GatewayOperations</name>
    <message>
        <source>order id %1</source>
        <translation>ID заказа %1</translation>
    </message>
    <message>
        <source>refund key %1</source>
        <translation>ключ возврата %1</translation>
    </message>
    <message>
        <source>customer reference %1</source>
        <translation>идентификатор клиента %1</translation>
    </message>
    <message>
        <source>foreign id %1</source>
        <translation>внешний ID %1</translation>
    </message>
</context>
<context>
    <name>GatewaySecrets</name>
    <message>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <source>Webhook signature secret</source>
        <translation>Секрет подписи вебхука</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Секрет API</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Секрет вебхука</translation>
    </message>
    <message>
        <source>Payment API key</source>
        <translation>Платёжный ключ API</translation>
    </message>
    <message>
        <source>Payout API key</source>
        <translation>Ключ API выплат</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>Plain http:// is refused for %1: the keys and the answers would cross the network unencrypted. Use https:// (http:// is only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>Незашифрованный http:// для %1 отклонён: ключи и ответы передавались бы по сети без шифрования. Используйте https:// (http:// — только для этого компьютера: localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>Only https:// URLs are allowed (http:// for this computer only).</source>
        <translation>Разрешены только адреса https:// (http:// — только для этого компьютера).</translation>
    </message>
</context>
<context>
    <name>InvoiceRules</name>
    <message>
        <source>Choose the crypto asset the payer pays %1 with.</source>
        <translation>Выберите криптоактив, которым плательщик оплачивает %1.</translation>
    </message>
    <message>
        <source>Gateway v10.2 takes the network as part of the asset id (for example USDT.TRC20).</source>
        <translation>Gateway v10.2 принимает сеть как часть идентификатора актива (например, USDT.TRC20).</translation>
    </message>
    <message>
        <source>Gateway v10.2 invoices last whole minutes, from 1 minute to 24 hours.</source>
        <translation>Счета Gateway v10.2 действуют целое число минут, от 1 минуты до 24 часов.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Выберите валюту.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not take the currency %1.</source>
        <translation>Crypto.com Pay не принимает валюту %1.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts can have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Суммы в %1 могут иметь не более %n знака после запятой.</numerusform>
            <numerusform>Суммы в %1 могут иметь не более %n знаков после запятой.</numerusform>
            <numerusform>Суммы в %1 могут иметь не более %n знаков после запятой.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сумма слишком велика.</translation>
    </message>
    <message>
        <source>The invoice must stay open between one minute and 30 days.</source>
        <translation>Счёт должен оставаться открытым от одной минуты до 30 дней.</translation>
    </message>
    <message>
        <source>Crypto.com Pay lets the payer choose the crypto currency.</source>
        <translation>Crypto.com Pay позволяет плательщику выбрать криптовалюту.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not take a blockchain network.</source>
        <translation>Crypto.com Pay не принимает сеть блокчейна.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not take the payer&apos;s e-mail address.</source>
        <translation>Crypto.com Pay не принимает адрес электронной почты плательщика.</translation>
    </message>
    <message>
        <source>Crypto.com Pay has no open-amount invoices.</source>
        <translation>У Crypto.com Pay нет счетов с произвольной суммой.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not restrict the payer&apos;s currencies.</source>
        <translation>Crypto.com Pay не ограничивает валюты плательщика.</translation>
    </message>
    <message>
        <source>Crypto.com Pay has no discounts.</source>
        <translation>У Crypto.com Pay нет скидок.</translation>
    </message>
    <message>
        <source>Cryptomus needs an order id.</source>
        <translation>Для Cryptomus нужен ID заказа.</translation>
    </message>
    <message>
        <source>The order id may only hold letters, digits, underscores and dashes.</source>
        <translation>ID заказа может содержать только буквы, цифры, подчёркивания и дефисы.</translation>
    </message>
    <message>
        <source>Cryptomus invoices last from 5 minutes (300 s) to 12 hours (43200 s).</source>
        <translation>Счета Cryptomus действуют от 5 минут (300 с) до 12 часов (43200 с).</translation>
    </message>
    <message>
        <source>A network only applies to a crypto amount or a crypto to pay with.</source>
        <translation>Сеть применяется только к сумме в криптовалюте или к криптовалюте оплаты.</translation>
    </message>
    <message>
        <source>The discount must be between -99 and 100 percent.</source>
        <translation>Скидка должна быть от -99 до 100 процентов.</translation>
    </message>
    <message>
        <source>The return address must be 6 to 255 characters long.</source>
        <translation>Адрес возврата должен содержать от 6 до 255 символов.</translation>
    </message>
    <message>
        <source>The currency %1 is not known.</source>
        <translation>Валюта %1 неизвестна.</translation>
    </message>
    <message>
        <source>CryptoProcessing needs to know how long the invoice stays open.</source>
        <translation>CryptoProcessing нужно знать, как долго счёт остаётся открытым.</translation>
    </message>
    <message>
        <source>The invoice must stay open between 5 minutes and 60 days.</source>
        <translation>Счёт должен оставаться открытым от 5 минут до 60 дней.</translation>
    </message>
    <message>
        <source>CryptoProcessing needs an order id to find the invoice again.</source>
        <translation>CryptoProcessing нужен ID заказа, чтобы снова найти счёт.</translation>
    </message>
    <message>
        <source>Choose the crypto currency the network belongs to.</source>
        <translation>Выберите криптовалюту, к которой относится сеть.</translation>
    </message>
    <message>
        <source>CryptoProcessing has no open-amount invoices.</source>
        <translation>У CryptoProcessing нет счетов с произвольной суммой.</translation>
    </message>
    <message>
        <source>CryptoProcessing takes at most one payer currency.</source>
        <translation>CryptoProcessing принимает не более одной валюты плательщика.</translation>
    </message>
    <message>
        <source>CryptoProcessing has no discounts.</source>
        <translation>У CryptoProcessing нет скидок.</translation>
    </message>
    <message>
        <source>%1 is not a currency Paydesk knows.</source>
        <translation>%1 — валюта, неизвестная Paydesk.</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 допускает не более %n знака после запятой.</numerusform>
            <numerusform>%1 допускает не более %n знаков после запятой.</numerusform>
            <numerusform>%1 допускает не более %n знаков после запятой.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a crypto asset Paydesk knows.</source>
        <translation>%1 — криптоактив, неизвестный Paydesk.</translation>
    </message>
    <message>
        <source>%1 is a fiat currency; choose a crypto asset.</source>
        <translation>%1 — фиатная валюта; выберите криптоактив.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Это недопустимый адрес электронной почты.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://.</source>
        <translation>Введите полный веб-адрес, начинающийся с https://.</translation>
    </message>
    <message numerus="yes">
        <source>This can have at most %n character(s).</source>
        <translation>
            <numerusform>Допускается не более %n символа.</numerusform>
            <numerusform>Допускается не более %n символов.</numerusform>
            <numerusform>Допускается не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not support this field; leave it empty.</source>
        <translation>%1 не поддерживает это поле; оставьте его пустым.</translation>
    </message>
    <message>
        <source>The key may not hold spaces, control characters, “..” or any of / \ ? # %: use letters, digits and - _ . : (for example ORDER-1042).</source>
        <translation>Ключ не может содержать пробелы, управляющие символы, «..» и символы / \ ? # %: используйте буквы, цифры и - _ . : (например, ORDER-1042).</translation>
    </message>
</context>
<context>
    <name>InvoiceSheet</name>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time, time zone</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <source>Invoice id</source>
        <translation>ID счёта</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Deposit address</source>
        <translation>Депозитный адрес</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Test: no real money is moved</source>
        <translation>Тестовый: реальные деньги не переводятся</translation>
    </message>
    <message>
        <source>Pay exactly %1</source>
        <translation>Оплатите ровно %1</translation>
    </message>
    <message>
        <source>Pay exactly %1 on %2</source>
        <translation>Оплатите ровно %1 в сети %2</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Страница оплаты</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Сумма к оплате</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>Отсканируйте для оплаты</translation>
    </message>
    <message>
        <source>This invoice has no payment page or deposit address to scan.</source>
        <translation>У этого счёта нет страницы оплаты или депозитного адреса для сканирования.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The ledger has no journal yet.</source>
        <translation>В реестре ещё нет журнала.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot create the journal&apos;s lock file in %1.</source>
        <translation>Не удаётся создать файл блокировки журнала в %1.</translation>
    </message>
    <message>
        <source>Cannot read the journal.</source>
        <translation>Не удаётся прочитать журнал.</translation>
    </message>
    <message>
        <source>Cannot recover the journal.</source>
        <translation>Не удаётся восстановить журнал.</translation>
    </message>
    <message>
        <source>A creating call needs an account and an idempotency key.</source>
        <translation>Для создающего вызова нужны аккаунт и ключ идемпотентности.</translation>
    </message>
    <message>
        <source>The request summary is not valid JSON.</source>
        <translation>Сводка запроса не является допустимым JSON.</translation>
    </message>
    <message>
        <source>The request summary contains a secret; secrets are never written to the journal.</source>
        <translation>Сводка запроса содержит секрет; секреты никогда не записываются в журнал.</translation>
    </message>
    <message>
        <source>Cannot write the intent to the journal.</source>
        <translation>Не удаётся записать намерение в журнал.</translation>
    </message>
    <message>
        <source>This creating call has no valid journal permit.</source>
        <translation>У этого создающего вызова нет действительного разрешения журнала.</translation>
    </message>
    <message>
        <source>A confirmed call needs the gateway&apos;s id.</source>
        <translation>Для подтверждённого вызова нужен идентификатор шлюза.</translation>
    </message>
    <message>
        <source>Cannot update the journal.</source>
        <translation>Не удаётся обновить журнал.</translation>
    </message>
    <message>
        <source>The journal entry %1 was taken over by another session; this permit is no longer valid.</source>
        <translation>Запись журнала %1 перешла к другому сеансу; это разрешение больше не действительно.</translation>
    </message>
    <message>
        <source>The journal entry %1 is %2 and cannot become %3.</source>
        <translation>Запись журнала %1 находится в состоянии %2 и не может перейти в %3.</translation>
    </message>
    <message>
        <source>A journal entry is damaged.</source>
        <translation>Запись журнала повреждена.</translation>
    </message>
    <message>
        <source>There is no journal entry %1.</source>
        <translation>Записи журнала %1 не существует.</translation>
    </message>
    <message>
        <source>There is no journal entry for %1.</source>
        <translation>Для %1 нет записи журнала.</translation>
    </message>
    <message>
        <source>The journal entry %1 is %2 and cannot be sent again.</source>
        <translation>Запись журнала %1 находится в состоянии %2 и не может быть отправлена повторно.</translation>
    </message>
    <message>
        <source>The journal entry %1 was sent again since; this permit belongs to an earlier attempt.</source>
        <translation>Запись журнала %1 с тех пор была отправлена повторно; это разрешение относится к более ранней попытке.</translation>
    </message>
    <message>
        <source>Settled by hand: nothing was created.</source>
        <translation>Решено вручную: ничего не было создано.</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>invoice</source>
        <translation>счёт на оплату</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>dedicated address</source>
        <translation>выделенный адрес</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>вывод средств</translation>
    </message>
    <message>
        <source>%1 of payment %2</source>
        <translation>%1 платежа %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>The %1 in the gateway&apos;s reply is not a JSON object.</source>
        <translation>Объект «%1» в ответе шлюза не является объектом JSON.</translation>
    </message>
    <message>
        <source>The gateway&apos;s reply is empty.</source>
        <translation>Ответ шлюза пуст.</translation>
    </message>
    <message>
        <source>The gateway&apos;s reply is not valid JSON (%1).</source>
        <translation>Ответ шлюза не является допустимым JSON (%1).</translation>
    </message>
    <message>
        <source>The %1 in the gateway&apos;s reply has no &quot;%2&quot;.</source>
        <translation>В объекте «%1» в ответе шлюза нет «%2».</translation>
    </message>
    <message>
        <source>In the %1 in the gateway&apos;s reply, &quot;%2&quot; is not %3.</source>
        <translation>В объекте «%1» в ответе шлюза «%2» не является значением типа «%3».</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>an exact decimal amount</source>
        <translation>точная десятичная сумма</translation>
    </message>
    <message>
        <source>a whole number of minor units</source>
        <translation>целое число минимальных единиц</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Доступ к системной связке ключей запрещён.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Системная связка ключей сообщила об ошибке: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Системная связка ключей не ответила вовремя.</translation>
    </message>
</context>
<context>
    <name>LanguageLoader</name>
    <message>
        <source>System</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Unknown ledger format %1.</source>
        <translation>Неизвестный формат реестра %1.</translation>
    </message>
    <message>
        <source>The ledger needs a file path.</source>
        <translation>Для реестра нужен путь к файлу.</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>Файл %1 уже существует.</translation>
    </message>
    <message>
        <source>The folder for the ledger %1 does not exist.</source>
        <translation>Папка для реестра %1 не существует.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Драйвер SQLite для Qt не установлен.</translation>
    </message>
    <message>
        <source>Cannot open the ledger %1.</source>
        <translation>Не удаётся открыть реестр %1.</translation>
    </message>
    <message>
        <source>The ledger %1 was written by a newer version of Paydesk (format %2; this version reads up to %3). Update Paydesk to open it.</source>
        <translation>Реестр %1 записан более новой версией Paydesk (формат %2; эта версия читает форматы до %3). Обновите Paydesk, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The file %1 is not a Paydesk ledger or it is damaged.</source>
        <translation>Файл %1 не является реестром Paydesk или повреждён.</translation>
    </message>
    <message>
        <source>The file %1 belongs to another application, not Paydesk.</source>
        <translation>Файл %1 принадлежит другому приложению, а не Paydesk.</translation>
    </message>
    <message>
        <source>The ledger %1 is already at format %2.</source>
        <translation>Реестр %1 уже имеет формат %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the ledger %1.</source>
        <translation>Не удаётся подготовить реестр %1.</translation>
    </message>
    <message>
        <source>Cannot read the ledger settings.</source>
        <translation>Не удаётся прочитать настройки реестра.</translation>
    </message>
    <message>
        <source>An account needs an id and a name.</source>
        <translation>Для аккаунта нужны идентификатор и имя.</translation>
    </message>
    <message>
        <source>Cannot add the account %1.</source>
        <translation>Не удаётся добавить аккаунт %1.</translation>
    </message>
    <message>
        <source>An account named %1 (or with the same id) already exists.</source>
        <translation>Аккаунт с именем %1 (или с тем же идентификатором) уже существует.</translation>
    </message>
    <message>
        <source>Cannot change the account %1.</source>
        <translation>Не удаётся изменить аккаунт %1.</translation>
    </message>
    <message>
        <source>An account named %1 already exists.</source>
        <translation>Аккаунт с именем %1 уже существует.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Аккаунта %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot remove the account %1.</source>
        <translation>Не удаётся удалить аккаунт %1.</translation>
    </message>
    <message>
        <source>Cannot read the accounts.</source>
        <translation>Не удаётся прочитать аккаунты.</translation>
    </message>
    <message>
        <source>An account in the ledger is damaged.</source>
        <translation>Аккаунт в реестре повреждён.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>Аккаунта с именем %1 нет.</translation>
    </message>
    <message>
        <source>Cannot save the sync state of account %1.</source>
        <translation>Не удаётся сохранить состояние синхронизации аккаунта %1.</translation>
    </message>
    <message>
        <source>Cannot read the sync state of account %1.</source>
        <translation>Не удаётся прочитать состояние синхронизации аккаунта %1.</translation>
    </message>
    <message>
        <source>The file is not a Paydesk ledger or it is damaged: %1</source>
        <translation>Файл не является реестром Paydesk или повреждён: %1</translation>
    </message>
    <message>
        <source>Cannot read the ledger file %1.</source>
        <translation>Не удаётся прочитать файл реестра %1.</translation>
    </message>
    <message>
        <source>A record in the ledger is damaged.</source>
        <translation>Запись в реестре повреждена.</translation>
    </message>
    <message>
        <source>Cannot read the payments.</source>
        <translation>Не удаётся прочитать платежи.</translation>
    </message>
    <message>
        <source>Cannot count the payments.</source>
        <translation>Не удаётся подсчитать платежи.</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>Платежа %1 не существует.</translation>
    </message>
    <message>
        <source>There is no payment for order %1.</source>
        <translation>Нет платежа для заказа %1.</translation>
    </message>
    <message>
        <source>Cannot read the refunds.</source>
        <translation>Не удаётся прочитать возвраты.</translation>
    </message>
    <message>
        <source>Cannot read the balances.</source>
        <translation>Не удаётся прочитать балансы.</translation>
    </message>
    <message>
        <source>Cannot read the balance history.</source>
        <translation>Не удаётся прочитать историю балансов.</translation>
    </message>
    <message>
        <source>Cannot read the dedicated addresses.</source>
        <translation>Не удаётся прочитать выделенные адреса.</translation>
    </message>
    <message>
        <source>Cannot read the withdrawals.</source>
        <translation>Не удаётся прочитать выводы средств.</translation>
    </message>
    <message>
        <source>Cannot read the blockchain transactions.</source>
        <translation>Не удаётся прочитать транзакции в блокчейне.</translation>
    </message>
    <message>
        <source>Cannot read the ledger&apos;s format version.</source>
        <translation>Не удаётся прочитать версию формата реестра.</translation>
    </message>
    <message>
        <source>Cannot start upgrading the ledger.</source>
        <translation>Не удаётся начать обновление реестра.</translation>
    </message>
    <message>
        <source>Cannot upgrade the ledger to format %1.</source>
        <translation>Не удаётся обновить реестр до формата %1.</translation>
    </message>
    <message>
        <source>A record without an account id or id cannot be stored.</source>
        <translation>Запись без идентификатора аккаунта или без идентификатора сохранить нельзя.</translation>
    </message>
    <message>
        <source>Cannot store the payments.</source>
        <translation>Не удаётся сохранить платежи.</translation>
    </message>
    <message>
        <source>Cannot store the refunds.</source>
        <translation>Не удаётся сохранить возвраты.</translation>
    </message>
    <message>
        <source>Cannot store the dedicated addresses.</source>
        <translation>Не удаётся сохранить выделенные адреса.</translation>
    </message>
    <message>
        <source>Cannot store the withdrawals.</source>
        <translation>Не удаётся сохранить выводы средств.</translation>
    </message>
    <message>
        <source>Cannot store the blockchain transactions.</source>
        <translation>Не удаётся сохранить транзакции в блокчейне.</translation>
    </message>
    <message>
        <source>Cannot store the balances.</source>
        <translation>Не удаётся сохранить балансы.</translation>
    </message>
    <message>
        <source>Cannot create the ledger file %1.</source>
        <translation>Не удаётся создать файл реестра %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only: Paydesk can show what the ledger holds, but cannot record anything new there. Make the folder writable, or choose another data folder.</source>
        <translation>Папка данных %1 доступна только для чтения: Paydesk может показать содержимое журнала учёта, но не может записать туда ничего нового. Разрешите запись в папку или выберите другую папку данных.</translation>
    </message>
    <message>
        <source>There is no ledger %1.</source>
        <translation>Журнала учёта %1 нет.</translation>
    </message>
    <message>
        <source>The ledger %1 is in an older format (%2) and must be upgraded first, which needs a writable folder.</source>
        <translation>Журнал учёта %1 в старом формате (%2), и его сначала нужно обновить, а для этого нужна папка с правом записи.</translation>
    </message>
    <message>
        <source>Cannot write to the ledger.</source>
        <translation>Не удаётся записать в журнал учёта.</translation>
    </message>
    <message>
        <source>Cannot read the deposits to dedicated addresses.</source>
        <translation>Не удаётся прочитать поступления на выделенные адреса.</translation>
    </message>
    <message>
        <source>Cannot read the gateway&apos;s assets.</source>
        <translation>Не удаётся прочитать активы шлюза.</translation>
    </message>
    <message>
        <source>Cannot store the gateway&apos;s assets.</source>
        <translation>Не удаётся сохранить активы шлюза.</translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>Invoice paid</source>
        <translation>Счёт оплачен</translation>
    </message>
    <message>
        <source>Invoice overpaid</source>
        <translation>Счёт переплачен</translation>
    </message>
    <message>
        <source>Invoice underpaid</source>
        <translation>Счёт недоплачен</translation>
    </message>
    <message>
        <source>Invoice expired</source>
        <translation>Срок счёта истёк</translation>
    </message>
    <message>
        <source>Refund completed</source>
        <translation>Возврат выполнен</translation>
    </message>
    <message>
        <source>An invoice is paid</source>
        <translation>Счёт оплачен</translation>
    </message>
    <message>
        <source>An invoice is overpaid</source>
        <translation>Счёт переплачен</translation>
    </message>
    <message>
        <source>An invoice is underpaid</source>
        <translation>Счёт недоплачен</translation>
    </message>
    <message>
        <source>An invoice expires</source>
        <translation>Истекает срок счёта</translation>
    </message>
    <message>
        <source>A refund completes</source>
        <translation>Возврат выполнен</translation>
    </message>
    <message>
        <source>%1 received for %2 on %3.</source>
        <translation>Получено %1 по %2 на аккаунте %3.</translation>
    </message>
    <message>
        <source>%1 received for %2 on %3, more than the %4 asked.</source>
        <translation>Получено %1 по %2 на аккаунте %3 — больше запрошенных %4.</translation>
    </message>
    <message>
        <source>Only %1 received for %2 on %3, less than the %4 asked.</source>
        <translation>Получено только %1 по %2 на аккаунте %3 — меньше запрошенных %4.</translation>
    </message>
    <message>
        <source>%1 for %2 on %3 expired without full payment.</source>
        <translation>Срок счёта %2 на %1 на аккаунте %3 истёк без полной оплаты.</translation>
    </message>
    <message>
        <source>%1 refunded for payment %2 on %3.</source>
        <translation>Возвращено %1 по платежу %2 на аккаунте %3.</translation>
    </message>
</context>
<context>
    <name>PaymentUri</name>
    <message>
        <source>There is no address to show.</source>
        <translation>Нет адреса для отображения.</translation>
    </message>
    <message>
        <source>The address contains characters an address of this network cannot have.</source>
        <translation>Адрес содержит символы, недопустимые для адресов этой сети.</translation>
    </message>
    <message>
        <source>The amount to pay must be greater than zero.</source>
        <translation>Сумма к оплате должна быть больше нуля.</translation>
    </message>
    <message>
        <source>The amount has more decimal places than the asset allows, so no wallet could send it exactly.</source>
        <translation>В сумме больше знаков после запятой, чем допускает актив, поэтому ни один кошелёк не сможет отправить её точно.</translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>the page could not be drawn</source>
        <translation>не удалось отрисовать страницу</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>%1 publishes no API to %2.</source>
        <translation>%1 не предоставляет API, чтобы %2.</translation>
    </message>
    <message>
        <source>look up a refund</source>
        <translation>найти возврат</translation>
    </message>
    <message>
        <source>look up an address by its customer reference</source>
        <translation>найти адрес по идентификатору клиента</translation>
    </message>
    <message>
        <source>list addresses</source>
        <translation>получить список адресов</translation>
    </message>
    <message>
        <source>look up a withdrawal by its foreign id</source>
        <translation>найти вывод средств по внешнему ID</translation>
    </message>
    <message>
        <source>read a refund back</source>
        <translation>повторно прочитать возврат</translation>
    </message>
    <message>
        <source>list withdrawals</source>
        <translation>получать список выводов средств</translation>
    </message>
    <message>
        <source>find deposits</source>
        <translation>поиск поступлений</translation>
    </message>
    <message>
        <source>list the assets it accepts</source>
        <translation>получить список принимаемых активов</translation>
    </message>
</context>
<context>
    <name>ProviderErrorText</name>
    <message>
        <source>this account</source>
        <translation>этого аккаунта</translation>
    </message>
    <message>
        <source>account “%1”</source>
        <translation>аккаунта «%1»</translation>
    </message>
    <message>
        <source>Could not reach the gateway of %1. Check the internet connection and try again.</source>
        <translation>Не удалось связаться со шлюзом %1. Проверьте подключение к интернету и повторите попытку.</translation>
    </message>
    <message>
        <source>The gateway of %1 did not answer in time. Try again later.</source>
        <translation>Шлюз %1 не ответил вовремя. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The secure connection to the gateway of %1 failed; nothing was sent. Check the system clock and any proxy that intercepts HTTPS.</source>
        <translation>Не удалось установить защищённое соединение со шлюзом %1; ничего не отправлено. Проверьте системные часы и прокси-серверы, перехватывающие HTTPS.</translation>
    </message>
    <message>
        <source>The gateway rejected the API key of %1. Check the key and secret in Accounts.</source>
        <translation>Шлюз отклонил ключ API %1. Проверьте ключ и секрет в разделе «Аккаунты».</translation>
    </message>
    <message>
        <source>The gateway of %1 asks Paydesk to slow down. Try again in a minute.</source>
        <translation>Шлюз %1 просит Paydesk снизить частоту запросов. Повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Not sent: check “%1”: %2</source>
        <translation>Не отправлено: проверьте «%1»: %2</translation>
    </message>
    <message>
        <source>The gateway of %1 refused the value of “%2”: %3</source>
        <translation>Шлюз %1 отклонил значение «%2»: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>The gateway of %1 refused the request: %2</source>
        <translation>Шлюз %1 отклонил запрос: %2</translation>
    </message>
    <message>
        <source>The gateway of %1 does not know this object.</source>
        <translation>Шлюзу %1 этот объект неизвестен.</translation>
    </message>
    <message>
        <source>The gateway of %1 refused this in the object&apos;s current state.</source>
        <translation>Шлюз %1 отклонил операцию в текущем состоянии объекта.</translation>
    </message>
    <message>
        <source>The gateway of %1 had an internal error. Try again later.</source>
        <translation>В шлюзе %1 произошла внутренняя ошибка. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The gateway of %1 sent a reply Paydesk cannot read; nothing was changed.</source>
        <translation>Шлюз %1 прислал ответ, который Paydesk не может прочитать; ничего не изменено.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Нечего поместить в QR-код.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code. Use a shorter text or a lower error-correction level.</source>
        <translation>Текст слишком длинный для QR-кода. Используйте более короткий текст или более низкий уровень коррекции ошибок.</translation>
    </message>
    <message>
        <source>QR codes are not available: this build of Paydesk has no QR code library.</source>
        <translation>QR-коды недоступны: эта сборка Paydesk не содержит библиотеки QR-кодов.</translation>
    </message>
    <message>
        <source>The QR code could not be made (out of memory).</source>
        <translation>Не удалось создать QR-код (недостаточно памяти).</translation>
    </message>
</context>
<context>
    <name>QrImage</name>
    <message>
        <source>Could not save the QR code to %1: %2</source>
        <translation>Не удалось сохранить QR-код в %1: %2</translation>
    </message>
    <message>
        <source>there is no picture to save.</source>
        <translation>нет изображения для сохранения.</translation>
    </message>
</context>
<context>
    <name>RawJsonNode</name>
    <message>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>Недопустимый JSON в байте %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Cannot write the export file.</source>
        <translation>Не удаётся записать файл экспорта.</translation>
    </message>
    <message>
        <source>Cannot write the export file: %1.</source>
        <translation>Не удаётся записать файл экспорта: %1.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is stored under this name.</source>
        <translation>Под этим именем секрет не сохранён.</translation>
    </message>
    <message>
        <source>The secret vault is locked. Unlock it with your passphrase.</source>
        <translation>Хранилище секретов заблокировано. Разблокируйте его парольной фразой.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <source>The secret vault file is damaged or was changed outside Paydesk. It cannot be opened.</source>
        <translation>Файл хранилища секретов повреждён или изменён вне Paydesk. Открыть его невозможно.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Системная связка ключей недоступна.</translation>
    </message>
    <message>
        <source>The secret could not be read or saved.</source>
        <translation>Не удалось прочитать или сохранить секрет.</translation>
    </message>
</context>
<context>
    <name>SecretStoreChooser</name>
    <message>
        <source>This build of Paydesk has no system keychain support.</source>
        <translation>Эта сборка Paydesk не поддерживает системную связку ключей.</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>TLS is not available, so Paydesk cannot reach the payment gateways (the built-in sandbox still works). Reinstall Paydesk, or install OpenSSL 3.</source>
        <translation>TLS недоступен, поэтому Paydesk не может связаться с платёжными шлюзами (встроенная песочница продолжает работать). Переустановите Paydesk или установите OpenSSL 3.</translation>
    </message>
    <message>
        <source>Qt TLS backend: %1; OpenSSL loaded: %2</source>
        <translation>TLS-бэкенд Qt: %1; OpenSSL загружен: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Pending</source>
        <extracomment>Payment status: created, waiting for the payer</extracomment>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <source>Confirming</source>
        <extracomment>Payment status: seen on chain, waiting for confirmations</extracomment>
        <translation>Подтверждается</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation>Недоплата</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Переплата</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Refunding</source>
        <translation>Возвращается</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Частично возвращён</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Payment status: funds held by the gateway (compliance check)</extracomment>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Обрабатывается</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Released</source>
        <extracomment>Dedicated address status: released or blocked, no longer credited to the merchant</extracomment>
        <translation>Освобождён</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>Paydesk cannot talk to %1 accounts yet.</source>
        <translation>Paydesk пока не умеет работать с аккаунтами %1.</translation>
    </message>
</context>
<context>
    <name>TransportError</name>
    <message>
        <source>The request was not sent.</source>
        <translation>Запрос не отправлен.</translation>
    </message>
    <message>
        <source>The connection to the gateway failed.</source>
        <translation>Не удалось подключиться к шлюзу.</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>Шлюз не ответил вовремя.</translation>
    </message>
    <message>
        <source>The secure connection to the gateway failed.</source>
        <translation>Не удалось установить защищённое соединение со шлюзом.</translation>
    </message>
    <message>
        <source>The gateway&apos;s reply was cut short.</source>
        <translation>Ответ шлюза оборвался.</translation>
    </message>
    <message>
        <source>The gateway&apos;s reply was larger than allowed and was not read.</source>
        <translation>Ответ шлюза превысил допустимый размер и не был прочитан.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>The gateway answered with an unexpected HTTP status %1.</source>
        <translation>Шлюз ответил неожиданным статусом HTTP %1.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 ответил с кодом HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2 (%3).</source>
        <translation>%1 ответил с кодом HTTP %2 (%3).</translation>
    </message>
</context>
<context>
    <name>UnknownOutcome</name>
    <message>
        <source>Outcome unknown</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was lost and it cannot be asked about this refund: check at the gateway.</source>
        <translation>Ответ шлюза потерян, а запросить у него этот возврат нельзя: проверьте на стороне шлюза.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was lost: Paydesk looks it up at each sync before anything is sent again.</source>
        <translation>Ответ шлюза потерян: Paydesk проверяет это при каждой синхронизации, прежде чем что-либо отправить снова.</translation>
    </message>
</context>
<context>
    <name>WebhookVerifier</name>
    <message>
        <source>No webhook secret is set for this account, so the webhook cannot be verified.</source>
        <translation>Для этого аккаунта не задан секрет вебхука, поэтому вебхук нельзя проверить.</translation>
    </message>
    <message>
        <source>The X-Webhook-HMAC-SHA256 header is missing.</source>
        <translation>Отсутствует заголовок X-Webhook-HMAC-SHA256.</translation>
    </message>
    <message>
        <source>The signature does not match the webhook secret.</source>
        <translation>Подпись не соответствует секрету вебхука.</translation>
    </message>
    <message>
        <source>The Pay-Signature header is missing.</source>
        <translation>Отсутствует заголовок Pay-Signature.</translation>
    </message>
    <message>
        <source>The Pay-Signature header has no timestamp or no v1 signature.</source>
        <translation>В заголовке Pay-Signature нет метки времени или подписи v1.</translation>
    </message>
    <message>
        <source>No v1 signature matches the webhook signature secret.</source>
        <translation>Ни одна подпись v1 не соответствует секрету подписи вебхука.</translation>
    </message>
    <message>
        <source>The webhook body has no &quot;sign&quot; field.</source>
        <translation>В теле вебхука нет поля «sign».</translation>
    </message>
    <message>
        <source>The webhook body is not a valid JSON object.</source>
        <translation>Тело вебхука не является допустимым объектом JSON.</translation>
    </message>
    <message>
        <source>No payout key is set for this account.</source>
        <translation>Для этого аккаунта не задан ключ выплат.</translation>
    </message>
    <message>
        <source>No payment key is set for this account.</source>
        <translation>Для этого аккаунта не задан платёжный ключ.</translation>
    </message>
    <message>
        <source>The signature does not match the payout key.</source>
        <translation>Подпись не соответствует ключу выплат.</translation>
    </message>
    <message>
        <source>The signature does not match the payment key.</source>
        <translation>Подпись не соответствует платёжному ключу.</translation>
    </message>
    <message>
        <source>The X-Processing-Signature header is missing.</source>
        <translation>Отсутствует заголовок X-Processing-Signature.</translation>
    </message>
    <message>
        <source>The X-Processing-Key header is not this account&apos;s API key.</source>
        <translation>Заголовок X-Processing-Key не совпадает с ключом API этого аккаунта.</translation>
    </message>
    <message>
        <source>The signature does not match the account&apos;s API secret.</source>
        <translation>Подпись не соответствует секрету API аккаунта.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Paydesk: desktop dashboard for crypto payment gateways.</source>
        <translation>Paydesk: настольная панель управления для платёжных криптошлюзов.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox with four demo accounts (no credentials).</source>
        <translation>Запустить встроенную песочницу с четырьмя демонстрационными аккаунтами (без учётных данных).</translation>
    </message>
    <message>
        <source>Keep the ledger and settings in &lt;dir&gt; instead of the default location.</source>
        <translation>Хранить реестр и настройки в &lt;папка&gt; вместо расположения по умолчанию.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Show the dashboard in &lt;language&gt; (en, es, ru…) instead of the configured one.</source>
        <translation>Показывать панель на языке &lt;язык&gt; (en, es, ru…) вместо настроенного.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>paydesk: cannot create the data folder %1</source>
        <translation>paydesk: не удаётся создать папку данных %1</translation>
    </message>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
</context>
<context>
    <name>paydesk::AccountDialog</name>
    <message>
        <source>&amp;Merchant ID:</source>
        <translation>ID &amp;мерчанта:</translation>
    </message>
    <message>
        <source>&amp;Live mode: real payments</source>
        <translation>&amp;Боевой режим: реальные платежи</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Учётные данные</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Добавить аккаунт</translation>
    </message>
    <message>
        <source>e.g. shop-eu</source>
        <translation>например, shop-eu</translation>
    </message>
    <message>
        <source>The merchant UUID from the Cryptomus dashboard</source>
        <translation>UUID мерчанта из панели управления Cryptomus</translation>
    </message>
    <message>
        <source>Off for the gateway&apos;s test environment; on when the account takes real money</source>
        <translation>Выключено для тестовой среды шлюза; включено, когда аккаунт принимает реальные деньги</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Шлюз:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>Базовый &amp;URL:</translation>
    </message>
    <message>
        <source>Edit Account “%1”</source>
        <translation>Изменить аккаунт «%1»</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>An account stays on its gateway; add a new account for another one.</source>
        <translation>Аккаунт привязан к своему шлюзу; для другого шлюза добавьте новый аккаунт.</translation>
    </message>
    <message>
        <source>Your deployment&apos;s API root, e.g. https://api.example.com/int</source>
        <translation>Корень API вашего развёртывания, например https://api.example.com/int</translation>
    </message>
    <message>
        <source>Gateway v10.2 is white-label: each service has its own API root.</source>
        <translation>Gateway v10.2 — white-label-решение: у каждого сервиса свой корень API.</translation>
    </message>
    <message>
        <source>The production URL unless you use a sandbox or a proxy.</source>
        <translation>Рабочий URL, если вы не используете песочницу или прокси.</translation>
    </message>
    <message>
        <source>Stored; leave empty to keep it</source>
        <translation>Сохранено; оставьте пустым, чтобы не менять</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the stored value</source>
        <translation>Показать сохранённое значение</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the clipboard; it is cleared after %n second(s)</source>
        <translation>
            <numerusform>Скопировать в буфер обмена; он будет очищен через %n секунду</numerusform>
            <numerusform>Скопировать в буфер обмена; он будет очищен через %n секунды</numerusform>
            <numerusform>Скопировать в буфер обмена; он будет очищен через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (необязательно):</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain or the encrypted vault, never in the ledger. Leave a field empty to keep what is stored.</source>
        <translation>Секреты хранятся в системной связке ключей или в зашифрованном хранилище, но никогда не в реестре. Оставьте поле пустым, чтобы сохранить текущее значение.</translation>
    </message>
    <message>
        <source>Entered once and kept in the system keychain or the encrypted vault, never in the ledger; Paydesk does not show them again unless you ask.</source>
        <translation>Вводятся один раз и хранятся в системной связке ключей или в зашифрованном хранилище, но никогда не в реестре; Paydesk больше не показывает их, если вы сами не попросите.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Nothing is stored for this account.</source>
        <translation>Для этого аккаунта ничего не сохранено.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Укажите имя аккаунта.</translation>
    </message>
    <message>
        <source>Another account is named “%1”.</source>
        <translation>Другой аккаунт уже называется «%1».</translation>
    </message>
    <message>
        <source>Gateway v10.2 has no single production URL: enter your deployment&apos;s API root, e.g. https://api.example.com/int.</source>
        <translation>У Gateway v10.2 нет единого рабочего URL: введите корень API вашего развёртывания, например https://api.example.com/int.</translation>
    </message>
    <message>
        <source>Enter the API root, e.g. %1.</source>
        <translation>Введите корень API, например %1.</translation>
    </message>
    <message>
        <source>Enter a full URL such as https://api.example.com/int.</source>
        <translation>Введите полный URL, например https://api.example.com/int.</translation>
    </message>
    <message>
        <source>Cryptomus accounts need the merchant ID (a UUID from its dashboard).</source>
        <translation>Для аккаунтов Cryptomus нужен ID мерчанта (UUID из панели управления Cryptomus).</translation>
    </message>
    <message>
        <source>%1 accounts need the %2.</source>
        <translation>Для аккаунтов %1 требуется: %2.</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end.</source>
        <translation>Уберите пробелы в начале или в конце.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>paydesk::AccountSync</name>
    <message numerus="yes">
        <source>%1 sent a page of invoices this sync had already listed, so the list stopped there after %n page(s). Invoices further back are refreshed one by one only while they are open.</source>
        <translation>
            <numerusform>%1 прислал страницу счетов, которую эта синхронизация уже получила, поэтому список остановлен после %n страницы. Более ранние счета обновляются по одному, только пока они открыты.</numerusform>
            <numerusform>%1 прислал страницу счетов, которую эта синхронизация уже получила, поэтому список остановлен после %n страниц. Более ранние счета обновляются по одному, только пока они открыты.</numerusform>
            <numerusform>%1 прислал страницу счетов, которую эта синхронизация уже получила, поэтому список остановлен после %n страниц. Более ранние счета обновляются по одному, только пока они открыты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the invoice list stopped at the limit of %n page(s) per sync; the next sync goes on from there.</source>
        <translation>
            <numerusform>%1: список счетов остановлен на пределе в %n страницу за синхронизацию; следующая синхронизация продолжит с этого места.</numerusform>
            <numerusform>%1: список счетов остановлен на пределе в %n страницы за синхронизацию; следующая синхронизация продолжит с этого места.</numerusform>
            <numerusform>%1: список счетов остановлен на пределе в %n страниц за синхронизацию; следующая синхронизация продолжит с этого места.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the invoice list stopped at the limit of %n page(s) per sync with more left at the gateway. Raise &quot;List pages per sync&quot; in Preferences to list further back.</source>
        <translation>
            <numerusform>%1: список счетов остановлен на пределе в %n страницу за синхронизацию, а у шлюза есть ещё. Увеличьте «Страниц списка за синхронизацию» в настройках, чтобы получить более ранние.</numerusform>
            <numerusform>%1: список счетов остановлен на пределе в %n страницы за синхронизацию, а у шлюза есть ещё. Увеличьте «Страниц списка за синхронизацию» в настройках, чтобы получить более ранние.</numerusform>
            <numerusform>%1: список счетов остановлен на пределе в %n страниц за синхронизацию, а у шлюза есть ещё. Увеличьте «Страниц списка за синхронизацию» в настройках, чтобы получить более ранние.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the withdrawal list stopped at the limit of %n page(s) per sync with more left at the gateway. Raise &quot;List pages per sync&quot; in Preferences to list further back.</source>
        <translation>
            <numerusform>%1: список выводов остановлен на пределе в %n страницу за синхронизацию, а у шлюза есть ещё. Увеличьте «Страниц списка за синхронизацию» в настройках, чтобы получить более ранние.</numerusform>
            <numerusform>%1: список выводов остановлен на пределе в %n страницы за синхронизацию, а у шлюза есть ещё. Увеличьте «Страниц списка за синхронизацию» в настройках, чтобы получить более ранние.</numerusform>
            <numerusform>%1: список выводов остановлен на пределе в %n страниц за синхронизацию, а у шлюза есть ещё. Увеличьте «Страниц списка за синхронизацию» в настройках, чтобы получить более ранние.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::AccountTableModel</name>
    <message>
        <source>Live</source>
        <extracomment>Account mode badge: real money</extracomment>
        <translation>Боевой</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тестовый</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Адрес API</translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation>ID мерчанта</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>paydesk::AccountsPage</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Add a gateway account</source>
        <translation>Добавить аккаунт шлюза</translation>
    </message>
    <message>
        <source>Make a real authenticated call to check the account&apos;s keys</source>
        <translation>Выполнить реальный аутентифицированный запрос, чтобы проверить ключи аккаунта</translation>
    </message>
    <message>
        <source>Read the account&apos;s payments, balances and addresses from the gateway now</source>
        <translation>Прочитать платежи, балансы и адреса аккаунта из шлюза прямо сейчас</translation>
    </message>
    <message>
        <source>No gateway accounts yet. Add one with its API keys from the gateway&apos;s dashboard; start with a test account if the gateway offers one.</source>
        <translation>Аккаунтов шлюзов пока нет. Добавьте аккаунт с ключами API из панели управления шлюза; если шлюз предлагает тестовый аккаунт, начните с него.</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Выбранный аккаунт</translation>
    </message>
    <message>
        <source>The accounts could not be read from the local ledger.</source>
        <translation>Не удалось прочитать аккаунты из локального реестра.</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Идёт синхронизация…</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Синхронизация не выполнялась.</translation>
    </message>
    <message>
        <source>Last sync %1: OK.</source>
        <translation>Последняя синхронизация %1: успешно.</translation>
    </message>
    <message>
        <source>Last sync %1 failed: %2</source>
        <translation>Последняя синхронизация %1 не удалась: %2</translation>
    </message>
    <message>
        <source>(last success %1)</source>
        <translation>(последняя успешная: %1)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>No account selected.</source>
        <translation>Аккаунт не выбран.</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 в %2, %3</translation>
    </message>
    <message>
        <source>live: real payments</source>
        <translation>боевой режим: реальные платежи</translation>
    </message>
    <message>
        <source>test mode</source>
        <translation>тестовый режим</translation>
    </message>
    <message>
        <source>API address: %1</source>
        <translation>Адрес API: %1</translation>
    </message>
    <message>
        <source>Merchant ID: %1</source>
        <translation>ID мерчанта: %1</translation>
    </message>
    <message>
        <source>Added the account “%1”. Test it to check its keys.</source>
        <translation>Аккаунт «%1» добавлен. Проверьте его, чтобы убедиться, что ключи верны.</translation>
    </message>
    <message>
        <source>Saved the account “%1”.</source>
        <translation>Аккаунт «%1» сохранён.</translation>
    </message>
    <message>
        <source>✓ “%1” works: %2 accepted its keys.</source>
        <translation>✓ «%1» работает: %2 принял его ключи.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Удаление аккаунта</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Удалить аккаунт «%1»?</translation>
    </message>
    <message>
        <source>Paydesk forgets its payments, refunds, balances and addresses and deletes its stored keys. Nothing changes at %1.</source>
        <translation>Paydesk забудет его платежи, возвраты, балансы и адреса и удалит сохранённые ключи. В %1 ничего не изменится.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Аккаунт «%1» удалён.</translation>
    </message>
</context>
<context>
    <name>paydesk::AddressDialog</name>
    <message>
        <source>CryptoProcessing picks the network through the currency code; it takes no separate network.</source>
        <translation>CryptoProcessing определяет сеть по коду валюты; отдельная сеть не принимается.</translation>
    </message>
    <message>
        <source>CryptoProcessing deposit addresses have no label.</source>
        <translation>У депозитных адресов CryptoProcessing нет метки.</translation>
    </message>
    <message>
        <source>Required: CryptoProcessing keys each address to a customer reference (foreign id); the same reference gives back the same address.</source>
        <translation>Обязательно: CryptoProcessing привязывает каждый адрес к идентификатору клиента (внешнему ID); один и тот же идентификатор возвращает тот же адрес.</translation>
    </message>
    <message>
        <source>Gateway v10.2 picks the network through the asset; it takes no separate network.</source>
        <translation>Gateway v10.2 определяет сеть по активу; отдельная сеть не принимается.</translation>
    </message>
    <message>
        <source>Sent as the address&apos;s description.</source>
        <translation>Отправляется как описание адреса.</translation>
    </message>
    <message>
        <source>Optional: sent as the order id.</source>
        <translation>Необязательно: отправляется как ID заказа.</translation>
    </message>
    <message>
        <source>Required: e.g. tron, eth, bsc.</source>
        <translation>Обязательно: например, tron, eth, bsc.</translation>
    </message>
    <message>
        <source>Cryptomus static wallets have no label.</source>
        <translation>У статических кошельков Cryptomus нет метки.</translation>
    </message>
    <message>
        <source>Required: the static wallet&apos;s order id (letters, digits, - and _).</source>
        <translation>Обязательно: ID заказа статического кошелька (буквы, цифры, - и _).</translation>
    </message>
    <message>
        <source>Create Address</source>
        <translation>Создание адреса</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None of your accounts can have dedicated addresses: CryptoProcessing, Gateway v10.2 and Cryptomus accounts can. %1</source>
        <translation>Ни один из ваших аккаунтов не поддерживает выделенные адреса: их поддерживают аккаунты CryptoProcessing, Gateway v10.2 и Cryptomus. %1</translation>
    </message>
    <message>
        <source>e.g. tron</source>
        <translation>например, tron</translation>
    </message>
    <message>
        <source>For you: what the address is for</source>
        <translation>Для вас: назначение адреса</translation>
    </message>
    <message>
        <source>Your customer&apos;s id or an order id</source>
        <translation>ID вашего клиента или ID заказа</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Аккаунт:</translation>
    </message>
    <message>
        <source>A&amp;sset:</source>
        <translation>А&amp;ктив:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Сеть:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>Customer &amp;reference:</source>
        <translation>&amp;Идентификатор клиента:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Choose an asset.</source>
        <translation>Выберите актив.</translation>
    </message>
    <message>
        <source>%1 is a fiat currency; deposit addresses hold crypto assets.</source>
        <translation>%1 — фиатная валюта; на депозитных адресах хранятся криптоактивы.</translation>
    </message>
    <message>
        <source>%1 needs the network.</source>
        <translation>Для %1 нужно указать сеть.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <source>The assets %1 accepts, as the last sync read them (%2).</source>
        <translation>Активы, которые принимает %1, по последней синхронизации (%2).</translation>
    </message>
    <message>
        <source>Sync this account to offer exactly the assets its gateway accepts.</source>
        <translation>Синхронизируйте этот аккаунт, чтобы предлагать именно те активы, которые принимает его шлюз.</translation>
    </message>
    <message>
        <source>%1 does not accept %2 (as the last sync read its assets). Choose one from the list.</source>
        <translation>%1 не принимает %2 (по последней синхронизации активов). Выберите актив из списка.</translation>
    </message>
</context>
<context>
    <name>paydesk::AddressTableModel</name>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Memo / destination tag some networks need next to the address</extracomment>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Идентификатор клиента</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 (%2 confirming)</source>
        <extracomment>Deposits to one address, with how many of them are still being confirmed</extracomment>
        <translation>%1 (подтверждается: %2)</translation>
    </message>
    <message>
        <source>too large to add up</source>
        <translation>слишком велико для суммы</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Поступления</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>What the deposits to an address brought, per asset (deposits still being confirmed not included)</extracomment>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
</context>
<context>
    <name>paydesk::AddressesPage</name>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освободить</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Освободить…</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Копировать адрес</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Create a dedicated deposit address on an account</source>
        <translation>Создать выделенный депозитный адрес в аккаунте</translation>
    </message>
    <message>
        <source>No dedicated addresses yet. Create one to give a customer an address of their own; payments to it are credited to your account.</source>
        <translation>Выделенных адресов пока нет. Создайте адрес, чтобы выдать клиенту собственный адрес; платежи на него зачисляются на ваш аккаунт.</translation>
    </message>
    <message>
        <source>The addresses could not be read from the local ledger.</source>
        <translation>Не удалось прочитать адреса из локального реестра.</translation>
    </message>
    <message>
        <source>Memo / tag: %1
The payer must enter it too, or the deposit is not credited.</source>
        <translation>Мемо / тег: %1
Плательщик тоже должен его указать, иначе депозит не будет зачислен.</translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation>Аккаунт: %1 (%2)</translation>
    </message>
    <message>
        <source>Asset: %1</source>
        <translation>Актив: %1</translation>
    </message>
    <message>
        <source>Asset: %1 on %2</source>
        <translation>Актив: %1 в сети %2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Метка: %1</translation>
    </message>
    <message>
        <source>Customer reference: %1</source>
        <translation>Идентификатор клиента: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Заблокировать…</translation>
    </message>
    <message>
        <source>This address is no longer in use.</source>
        <translation>Этот адрес больше не используется.</translation>
    </message>
    <message>
        <source>No longer credited to you: payments sent to it now are not yours to keep.</source>
        <translation>Больше не зачисляется вам: платежи, отправленные на него сейчас, вам не принадлежат.</translation>
    </message>
    <message>
        <source>Stop using this address: later payments to it are no longer credited</source>
        <translation>Прекратить использование адреса: последующие платежи на него не зачисляются</translation>
    </message>
    <message>
        <source>Address %1 created.</source>
        <translation>Адрес %1 создан.</translation>
    </message>
    <message>
        <source>Block Address</source>
        <translation>Блокировка адреса</translation>
    </message>
    <message>
        <source>Release Address</source>
        <translation>Освобождение адреса</translation>
    </message>
    <message>
        <source>Block the %1 address %2?</source>
        <translation>Заблокировать адрес %2 (%1)?</translation>
    </message>
    <message>
        <source>Release the %1 address %2?</source>
        <translation>Освободить адрес %2 (%1)?</translation>
    </message>
    <message>
        <source>Payments sent to it afterwards are no longer credited to your account. This cannot be undone.</source>
        <translation>Платежи, отправленные на него после этого, больше не будут зачисляться на ваш аккаунт. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Address %1 is no longer in use.</source>
        <translation>Адрес %1 больше не используется.</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Адрес скопирован.</translation>
    </message>
    <message>
        <source>Print QR Sheet…</source>
        <translation>Печать листа QR-кодов…</translation>
    </message>
    <message>
        <source>Save QR Sheet as PDF…</source>
        <translation>Сохранить лист QR-кодов в PDF…</translation>
    </message>
    <message>
        <source>Print the QR codes of the selected addresses, six to a page</source>
        <translation>Напечатать QR-коды выбранных адресов, по шесть на странице</translation>
    </message>
    <message>
        <source>Save the QR codes of the selected addresses as a PDF file</source>
        <translation>Сохранить QR-коды выбранных адресов в файл PDF</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the dedicated addresses to CSV or JSON</source>
        <translation>Экспортировать выделенные адреса в CSV или JSON</translation>
    </message>
    <message>
        <source>The QR sheet could not be saved.</source>
        <translation>Не удалось сохранить лист QR-кодов.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Save QR Sheet as PDF</source>
        <translation>Сохранение листа QR-кодов в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>deposit-addresses</source>
        <translation>deposit-addresses</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Double-click a deposit to open it on the Payments page</source>
        <translation>Дважды щёлкните поступление, чтобы открыть его на странице «Платежи»</translation>
    </message>
    <message>
        <source>No deposits seen yet. Deposits appear after a sync.</source>
        <translation>Поступлений пока нет. Они появляются после синхронизации.</translation>
    </message>
    <message>
        <source>Deposits: %1</source>
        <translation>Поступления: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Получено: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Последняя активность: %1</translation>
    </message>
    <message>
        <source>The deposits could not be read from the local ledger.</source>
        <translation>Не удалось прочитать поступления из локального реестра.</translation>
    </message>
    <message>
        <source>The newest %1 are listed; the Payments page shows them all (search for the address).</source>
        <translation>Показаны последние %1; все они есть на странице «Платежи» (найдите адрес).</translation>
    </message>
</context>
<context>
    <name>paydesk::AppGatewayActions</name>
    <message>
        <source>The secrets of account “%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать секреты аккаунта «%1»: %2</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Аккаунт удалён.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Аккаунт больше не существует.</translation>
    </message>
    <message>
        <source>Account “%1” has no API key stored: edit the account to enter it.</source>
        <translation>Для аккаунта «%1» не сохранён ключ API: измените аккаунт, чтобы ввести его.</translation>
    </message>
    <message>
        <source>Paydesk cannot talk to %1 accounts.</source>
        <translation>Paydesk не умеет работать с аккаунтами %1.</translation>
    </message>
    <message>
        <source>An account named “%1” exists already.</source>
        <translation>Аккаунт с именем «%1» уже существует.</translation>
    </message>
</context>
<context>
    <name>paydesk::BalanceHistoryChartView</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No balance history for this currency</source>
        <translation>Нет истории баланса для этой валюты</translation>
    </message>
</context>
<context>
    <name>paydesk::BalanceTableModel</name>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Asset</source>
        <extracomment>Column header: the asset of a balance (BTC, USDT...)</extracomment>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Fiat equivalent</source>
        <translation>Эквивалент в фиате</translation>
    </message>
    <message>
        <source>As of</source>
        <extracomment>Column header: when the balance was read</extracomment>
        <translation>По состоянию на</translation>
    </message>
</context>
<context>
    <name>paydesk::BalancesPage</name>
    <message>
        <source>Sync Now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Totals per asset</source>
        <translation>Итоги по активам</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Балансы</translation>
    </message>
    <message>
        <source>Read the balances of every account from the gateways now</source>
        <translation>Прочитать балансы всех аккаунтов из шлюзов прямо сейчас</translation>
    </message>
    <message>
        <source>No balances yet. Paydesk reads the balances of each account at every sync.</source>
        <translation>Балансов пока нет. Paydesk читает балансы каждого аккаунта при каждой синхронизации.</translation>
    </message>
    <message>
        <source>The balances could not be read from the local ledger.</source>
        <translation>Не удалось прочитать балансы из локального реестра.</translation>
    </message>
    <message>
        <source>No balances for %1: %2</source>
        <translation>Нет балансов для %1: %2</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Обновлено %1</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Актив</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Total in %1: %2</source>
        <translation>Итого в %1: %2</translation>
    </message>
    <message>
        <source>(not included: %1, for which the gateways give no %2 equivalent)</source>
        <translation>(не включены: %1, для них шлюзы не дают эквивалента в %2)</translation>
    </message>
    <message>
        <source>No total in %1: the gateways give no %1 equivalent for these balances.</source>
        <translation>Нет итога в %1: шлюзы не дают эквивалента в %1 для этих балансов.</translation>
    </message>
    <message>
        <source>Some totals are too large to add up exactly.</source>
        <translation>Некоторые итоги слишком велики для точного сложения.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the balances, or their history, to CSV or JSON</source>
        <translation>Экспортировать балансы или их историю в CSV или JSON</translation>
    </message>
</context>
<context>
    <name>paydesk::BucksBusProvider</name>
    <message>
        <source>The start of the period must be before its end.</source>
        <translation>Начало периода должно быть раньше его конца.</translation>
    </message>
    <message>
        <source>The page cursor does not belong to this period.</source>
        <translation>Курсор страницы не относится к этому периоду.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not sent under refund key %2.</source>
        <translation>Вывод средств %1 не был отправлен с ключом возврата %2.</translation>
    </message>
</context>
<context>
    <name>paydesk::CryptoComProvider</name>
    <message>
        <source>Crypto.com shows %1 refunded on payment %2: neither %3 (this refund not made) nor %4 (this refund made). Another refund may have been made outside Paydesk: check the payment at Crypto.com and settle refund key %5 in the journal.</source>
        <translation>Crypto.com показывает возвращённую сумму %1 по платежу %2: это ни %3 (возврат не сделан), ни %4 (возврат сделан). Возможно, другой возврат был сделан вне Paydesk: проверьте платёж в Crypto.com и решите судьбу ключа возврата %5 в журнале запросов.</translation>
    </message>
</context>
<context>
    <name>paydesk::CryptoProcessingProvider</name>
    <message>
        <source>CryptoProcessing has no API to read a payment request by its id. Its status comes from the gateway&apos;s callbacks and, once something was paid, from its deposit, found by the request&apos;s foreign id.</source>
        <translation>У CryptoProcessing нет API для чтения запроса на оплату по его идентификатору. Его статус берётся из обратных вызовов (callbacks) шлюза, а после оплаты — из депозита, найденного по внешнему ID запроса.</translation>
    </message>
    <message>
        <source>The transaction CryptoProcessing holds under foreign id %1 is a %2, not a withdrawal.</source>
        <translation>Транзакция, которую CryptoProcessing хранит под внешним ID %1, имеет тип «%2», а не является выводом средств.</translation>
    </message>
    <message>
        <source>CryptoProcessing has no withdrawal %1.</source>
        <translation>У CryptoProcessing нет вывода средств %1.</translation>
    </message>
    <message>
        <source>CryptoProcessing transaction %1 is a %2, not a withdrawal.</source>
        <translation>Транзакция CryptoProcessing %1 имеет тип «%2», а не является выводом средств.</translation>
    </message>
    <message>
        <source>CryptoProcessing lists blockchain transactions by transaction id, not by payment request id: a payment request&apos;s transactions are found through its foreign id.</source>
        <translation>CryptoProcessing выдаёт транзакции в блокчейне по идентификатору транзакции, а не по идентификатору запроса на оплату: транзакции запроса находятся по его внешнему ID.</translation>
    </message>
    <message>
        <source>CryptoProcessing has no transaction %1.</source>
        <translation>У CryptoProcessing нет транзакции %1.</translation>
    </message>
    <message>
        <source>This payment request has no foreign id: CryptoProcessing can only find it through its callbacks.</source>
        <translation>У этого запроса на оплату нет внешнего ID: CryptoProcessing может найти его только через обратные вызовы (callbacks).</translation>
    </message>
    <message>
        <source>This payment request has no foreign id: CryptoProcessing cannot find its transactions.</source>
        <translation>У этого запроса на оплату нет внешнего ID: CryptoProcessing не может найти его транзакции.</translation>
    </message>
    <message>
        <source>This address has no foreign id: CryptoProcessing can only tell its deposits through their callbacks.</source>
        <translation>У этого адреса нет внешнего ID: CryptoProcessing сообщает о его поступлениях только через колбэки.</translation>
    </message>
</context>
<context>
    <name>paydesk::CryptomusProvider</name>
    <message>
        <source>Cryptomus accepted the refund, but reading it back failed: Paydesk reads it at the next sync.</source>
        <translation>Cryptomus принял возврат, но прочитать его не удалось: Paydesk прочитает его при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Cryptomus no longer shows a refund of payment %1.</source>
        <translation>Cryptomus больше не показывает возврат по платежу %1.</translation>
    </message>
    <message>
        <source>Payouts are listed with the payout key, and this account has none.</source>
        <translation>Выплаты запрашиваются с ключом выплат, а у этого аккаунта его нет.</translation>
    </message>
</context>
<context>
    <name>paydesk::DashboardApp</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Не удалось запустить песочницу: %1</translation>
    </message>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <source>Choose a passphrase for the secret vault that keeps your API keys:</source>
        <translation>Выберите парольную фразу для хранилища секретов, в котором хранятся ваши ключи API:</translation>
    </message>
</context>
<context>
    <name>paydesk::ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>paydesk::ExportDialog</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Start with a byte order mark (for Excel)</source>
        <translation>Начать с метки порядка байтов (для Excel)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Balances (latest)</source>
        <translation>Балансы (последние)</translation>
    </message>
    <message>
        <source>Balance history</source>
        <translation>История балансов</translation>
    </message>
    <message>
        <source>Dedicated addresses</source>
        <translation>Выделенные адреса</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for spreadsheets with a decimal comma</source>
        <translation>Точка с запятой ( ; ) для таблиц с десятичной запятой</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Сохранить &amp;в:</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Экспорт:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>The range ends before it starts: choose an end date on or after the start date.</source>
        <translation>Период заканчивается раньше, чем начинается: выберите дату окончания не раньше даты начала.</translation>
    </message>
    <message>
        <source>Choose where to save the export: type a file name or use Browse…</source>
        <translation>Выберите, куда сохранить экспорт: введите имя файла или нажмите «Обзор…»</translation>
    </message>
    <message>
        <source>%1 is a folder. Add a file name to it.</source>
        <translation>%1 — это папка. Добавьте к пути имя файла.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>The current filter of the Payments page</source>
        <translation>Текущий фильтр страницы «Платежи»</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Dates from… to…</source>
        <translation>Даты с… по…</translation>
    </message>
    <message>
        <source>Balances are the current state: they have no range.</source>
        <translation>Балансы — это текущее состояние: у них нет периода.</translation>
    </message>
    <message>
        <source>What the Payments page shows now: its search, account, status, currency and dates.</source>
        <translation>То, что сейчас показывает страница «Платежи»: её поиск, аккаунт, статус, валюта и даты.</translation>
    </message>
    <message>
        <source>Whole days in your time zone, both included.</source>
        <translation>Полные дни в вашем часовом поясе, обе даты включительно.</translation>
    </message>
    <message>
        <source>Every balance read at every sync.</source>
        <translation>Каждый баланс, прочитанный при каждой синхронизации.</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>Экспорт… %1 из %2</translation>
    </message>
</context>
<context>
    <name>paydesk::ExportRunner</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>Ошибка экспорта; файл не записан.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln payment(s) to %1</source>
        <translation>
            <numerusform>Экспортирован %Ln платёж в %1</numerusform>
            <numerusform>Экспортировано %Ln платежа в %1</numerusform>
            <numerusform>Экспортировано %Ln платежей в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln refund(s) to %1</source>
        <translation>
            <numerusform>Экспортирован %Ln возврат в %1</numerusform>
            <numerusform>Экспортировано %Ln возврата в %1</numerusform>
            <numerusform>Экспортировано %Ln возвратов в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln balance(s) to %1</source>
        <translation>
            <numerusform>Экспортирован %Ln баланс в %1</numerusform>
            <numerusform>Экспортировано %Ln баланса в %1</numerusform>
            <numerusform>Экспортировано %Ln балансов в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln balance record(s) to %1</source>
        <translation>
            <numerusform>Экспортирована %Ln запись баланса в %1</numerusform>
            <numerusform>Экспортировано %Ln записи баланса в %1</numerusform>
            <numerusform>Экспортировано %Ln записей баланса в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln address(es) to %1</source>
        <translation>
            <numerusform>Экспортирован %Ln адрес в %1</numerusform>
            <numerusform>Экспортировано %Ln адреса в %1</numerusform>
            <numerusform>Экспортировано %Ln адресов в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Экспортирована %Ln строка в %1</numerusform>
            <numerusform>Экспортировано %Ln строки в %1</numerusform>
            <numerusform>Экспортировано %Ln строк в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::GatewayOperations</name>
    <message>
        <source>The gateway confirmed a request with %1 earlier but no longer shows it.</source>
        <translation>Ранее шлюз подтвердил запрос с %1, но больше его не показывает.</translation>
    </message>
    <message>
        <source>A request with %1 is being sent right now.</source>
        <translation>Запрос с %1 отправляется прямо сейчас.</translation>
    </message>
    <message>
        <source>The gateway did not answer, and it shows nothing under %1 yet: it was probably not created. Try again with the same key; Paydesk checks once more before sending.</source>
        <translation>Шлюз не ответил, и по %1 у него пока ничего нет: вероятно, запрос не был создан. Повторите попытку с тем же ключом; перед отправкой Paydesk ещё раз всё проверит.</translation>
    </message>
    <message>
        <source>The gateway did not answer, and looking up %1 failed too (%2). Paydesk checks again at the next sync before anything is sent again.</source>
        <translation>Шлюз не ответил, и поиск по %1 тоже не удался (%2). Paydesk проверит снова при следующей синхронизации, прежде чем что-либо отправлять повторно.</translation>
    </message>
    <message>
        <source>An earlier request with %1 may have reached the gateway, and looking it up failed (%2). Nothing was sent again.</source>
        <translation>Предыдущий запрос с %1 мог дойти до шлюза, а его поиск не удался (%2). Повторно ничего не отправлено.</translation>
    </message>
    <message>
        <source>An earlier refund of this payment (refund key %1) may have reached the gateway and is not settled yet. Send it again with the same key, or settle it in the journal, before another refund of this payment.</source>
        <translation>Предыдущий возврат по этому платежу (ключ возврата %1) мог дойти до шлюза и ещё не урегулирован. Отправьте его снова с тем же ключом или урегулируйте в журнале запросов, прежде чем делать другой возврат по этому платежу.</translation>
    </message>
    <message>
        <source>Another refund of this payment (refund key %1) is being sent right now.</source>
        <translation>Прямо сейчас отправляется другой возврат по этому платежу (ключ возврата %1).</translation>
    </message>
</context>
<context>
    <name>paydesk::InvoiceResultView</name>
    <message>
        <source>Copy URL</source>
        <translation>Копировать URL</translation>
    </message>
    <message>
        <source>Open payment page</source>
        <translation>Открыть страницу оплаты</translation>
    </message>
    <message>
        <source>Copy QR image</source>
        <translation>Копировать изображение QR</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Сохранить PNG…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Payment URL copied.</source>
        <translation>URL оплаты скопирован.</translation>
    </message>
    <message>
        <source>QR image copied.</source>
        <translation>Изображение QR скопировано.</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Сохранение QR-кода</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Сохранение счёта</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Payment page:</source>
        <translation>Страница оплаты:</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
    <message>
        <source>%1 (pay %2)</source>
        <translation>%1 (к оплате %2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Истекает %1</translation>
    </message>
    <message>
        <source>Waiting for the payment; this updates by itself.</source>
        <translation>Ожидание платежа; статус обновится автоматически.</translation>
    </message>
    <message>
        <source>This invoice has no hosted payment page.</source>
        <translation>У этого счёта нет страницы оплаты на стороне шлюза.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>The QR code could not be saved.</source>
        <translation>Не удалось сохранить QR-код.</translation>
    </message>
    <message>
        <source>The invoice could not be saved.</source>
        <translation>Не удалось сохранить счёт.</translation>
    </message>
</context>
<context>
    <name>paydesk::MainWindow</name>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Балансы</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Add a gateway account first.</source>
        <translation>Сначала добавьте аккаунт шлюза.</translation>
    </message>
    <message>
        <source>Paydesk — sandbox</source>
        <translation>Paydesk — песочница</translation>
    </message>
    <message>
        <source>Sandbox at %1: simulated gateways, demo accounts, nothing real is charged.</source>
        <translation>Песочница на %1: имитация шлюзов, демонстрационные аккаунты, реальные средства не списываются.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Invoice…</source>
        <translation>&amp;Новый счёт…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find Payments</source>
        <translation>&amp;Найти платежи</translation>
    </message>
    <message>
        <source>&amp;Refresh Selected Invoice</source>
        <translation>&amp;Обновить выбранный счёт</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Hide Amounts</source>
        <translation>&amp;Скрыть суммы</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>Син&amp;хронизация</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Отменить синхронизацию</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>&amp;О программе Paydesk</translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation>О программе Paydesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paydesk %1&lt;/b&gt;&lt;p&gt;A desktop dashboard for crypto payment gateways: Crypto.com Pay, CryptoProcessing, Gateway v10.2 and Cryptomus.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Paydesk %1&lt;/b&gt;&lt;p&gt;Настольная панель управления для платёжных криптошлюзов: Crypto.com Pay, CryptoProcessing, Gateway v10.2 и Cryptomus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · since %4%5</source>
        <translation>%1 · %2 %3 · с %4%5</translation>
    </message>
    <message>
        <source>Each sync looks them up at the gateway. If none can settle one, check the gateway&apos;s own dashboard, then decide with paydesk-cli journal settle KEY --found ID (it was created) or --not-sent (nothing was created).</source>
        <translation>Каждая синхронизация проверяет их в шлюзе. Если ни одна не может урегулировать запрос, проверьте панель самого шлюза и примите решение командой paydesk-cli journal settle КЛЮЧ --found ID (создан) или --not-sent (ничего не создано).</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) may have reached the gateway without an answer: their keys stay blocked until they are settled.</source>
        <translation>
            <numerusform>%n запрос мог дойти до шлюза без ответа: ключи остаются заблокированными, пока запросы не урегулированы.</numerusform>
            <numerusform>%n запроса могли дойти до шлюза без ответа: ключи остаются заблокированными, пока запросы не урегулированы.</numerusform>
            <numerusform>%n запросов могли дойти до шлюза без ответа: ключи остаются заблокированными, пока запросы не урегулированы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>That address is not in the ledger yet: sync the account.</source>
        <translation>Этого адреса ещё нет в реестре: синхронизируйте аккаунт.</translation>
    </message>
    <message>
        <source>The payment is not shown: clear the Payments filter to see it.</source>
        <translation>Платёж не показан: сбросьте фильтр на странице «Платежи».</translation>
    </message>
</context>
<context>
    <name>paydesk::NewInvoiceDialog</name>
    <message>
        <source>The payer chooses the amount (open amount)</source>
        <translation>Плательщик сам выбирает сумму (произвольная сумма)</translation>
    </message>
    <message>
        <source>Create invoice</source>
        <translation>Создать счёт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Новый счёт</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>, test</source>
        <translation>, тест</translation>
    </message>
    <message>
        <source>For example 25.00</source>
        <translation>Например, 25.00</translation>
    </message>
    <message>
        <source>Any (the payer chooses)</source>
        <translation>Любая (выбирает плательщик)</translation>
    </message>
    <message>
        <source>Optional, for example tron</source>
        <translation>Необязательно, например tron</translation>
    </message>
    <message>
        <source>Shown to the payer</source>
        <translation>Показывается плательщику</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Gateway default</source>
        <translation>По умолчанию шлюза</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Без скидки</translation>
    </message>
    <message>
        <source>Positive: a discount for the payer; negative: a surcharge (-99 to 100).</source>
        <translation>Положительное значение — скидка для плательщика, отрицательное — надбавка (от -99 до 100).</translation>
    </message>
    <message>
        <source>Optional, for example BTC, USDT</source>
        <translation>Необязательно, например BTC, USDT</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Оплата в</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Payer e-mail</source>
        <translation>E-mail плательщика</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Allowed currencies</source>
        <translation>Разрешённые валюты</translation>
    </message>
    <message>
        <source>Add a gateway account first (Accounts page).</source>
        <translation>Сначала добавьте аккаунт шлюза (страница «Аккаунты»).</translation>
    </message>
    <message>
        <source>Crypto.com Pay: the payer chooses the crypto currency on the payment page.</source>
        <translation>Crypto.com Pay: плательщик выбирает криптовалюту на странице оплаты.</translation>
    </message>
    <message>
        <source>CryptoProcessing: the invoice stays open from 5 minutes to 60 days.</source>
        <translation>CryptoProcessing: счёт остаётся открытым от 5 минут до 60 дней.</translation>
    </message>
    <message>
        <source>Gateway v10.2: a fiat amount needs the crypto asset to pay with; the network is part of the asset id (for example USDT.TRC20).</source>
        <translation>Gateway v10.2: для суммы в фиате нужен криптоактив оплаты; сеть входит в идентификатор актива (например, USDT.TRC20).</translation>
    </message>
    <message>
        <source>Cryptomus: the order id may hold letters, digits, _ and -; invoices last 5 minutes to 12 hours.</source>
        <translation>Cryptomus: ID заказа может содержать буквы, цифры, _ и -; счета действуют от 5 минут до 12 часов.</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>Выберите аккаунт.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>The amount is not an exact decimal number (use a point, for example 25.50): %1</source>
        <translation>Сумма не является точным десятичным числом (используйте точку, например 25.50): %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This is a very large amount: %1 %2 (more than the confirmation limit, %3). If it is right, click “Create invoice” again.</source>
        <translation>Это очень большая сумма: %1 %2 (больше порога подтверждения, %3). Если всё верно, нажмите «Создать счёт» ещё раз.</translation>
    </message>
</context>
<context>
    <name>paydesk::OverviewPage</name>
    <message>
        <source>Settled today</source>
        <translation>Зачислено сегодня</translation>
    </message>
    <message>
        <source>Settled, last 7 days</source>
        <translation>Зачислено за 7 дней</translation>
    </message>
    <message>
        <source>Settled, last 30 days</source>
        <translation>Зачислено за 30 дней</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Открытые счета</translation>
    </message>
    <message>
        <source>Pending refunds</source>
        <translation>Ожидающие возвраты</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить в PNG…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Invoices still pending or processing</source>
        <translation>Счета, ещё ожидающие оплаты или обрабатываемые</translation>
    </message>
    <message>
        <source>Refunds still pending or processing</source>
        <translation>Возвраты, ещё ожидающие или обрабатываемые</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>By gateway</source>
        <translation>По шлюзам</translation>
    </message>
    <message>
        <source>By currency</source>
        <translation>По валютам</translation>
    </message>
    <message>
        <source>Stacked by gateway, one currency is shown at a time: amounts of different currencies are never added</source>
        <translation>С разбивкой по шлюзам показывается одна валюта за раз: суммы в разных валютах никогда не складываются</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Брутто</translation>
    </message>
    <message>
        <source>Net of refunds</source>
        <translation>За вычетом возвратов</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status breakdown (created in the range)</source>
        <translation>Разбивка по статусам (созданные за период)</translation>
    </message>
    <message>
        <source>Balance history</source>
        <translation>История балансов</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Чтение реестра…</translation>
    </message>
    <message>
        <source>The overview could not be read from the local ledger.</source>
        <translation>Не удалось прочитать обзор из локального реестра.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено %1</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>также %1</translation>
    </message>
    <message>
        <source>Also settled: %1</source>
        <translation>Также зачислено: %1</translation>
    </message>
    <message>
        <source>pending or processing</source>
        <translation>ожидают или обрабатываются</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1 (last attempt failed)</source>
        <translation>%1 (последняя попытка не удалась)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Нет аккаунтов</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Сохранение графика в PNG</translation>
    </message>
    <message>
        <source>settlements.png</source>
        <translation>settlements.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>Не удалось сохранить график.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s), some never synced</source>
        <translation>
            <numerusform>%n аккаунт, есть не синхронизированные</numerusform>
            <numerusform>%n аккаунта, есть не синхронизированные</numerusform>
            <numerusform>%n аккаунтов, есть не синхронизированные</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s), the oldest at %1</source>
        <translation>
            <numerusform>%n аккаунт, самая давняя: %1</numerusform>
            <numerusform>%n аккаунта, самая давняя: %1</numerusform>
            <numerusform>%n аккаунтов, самая давняя: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last attempt failed for %n</source>
        <translation>
            <numerusform>последняя попытка не удалась у %n</numerusform>
            <numerusform>последняя попытка не удалась у %n</numerusform>
            <numerusform>последняя попытка не удалась у %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentDetailPanel</name>
    <message>
        <source>Select a payment to see its details.</source>
        <translation>Выберите платёж, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Копировать URL</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Копировать ID</translation>
    </message>
    <message>
        <source>Copy order id</source>
        <translation>Копировать ID заказа</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Копировать адрес</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Отменить счёт</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Вернуть…</translation>
    </message>
    <message>
        <source>Cancel this invoice? The payer can no longer pay it.</source>
        <translation>Отменить этот счёт? Плательщик больше не сможет его оплатить.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Pay amount</source>
        <translation>Сумма к оплате</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>ID платежа</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Payer e-mail</source>
        <translation>E-mail плательщика</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Payment URL</source>
        <translation>URL оплаты</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <source>Copy transaction hash</source>
        <translation>Копировать хеш транзакции</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>Хеш транзакции</translation>
    </message>
    <message>
        <source>Open in block explorer</source>
        <translation>Открыть в обозревателе блоков</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Исходный JSON</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Страница оплаты</translation>
    </message>
    <message>
        <source>Blockchain transactions</source>
        <translation>Транзакции в блокчейне</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>%1 (gateway: %2)</source>
        <translation>%1 (шлюз: %2)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Боевой</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тестовый</translation>
    </message>
    <message>
        <source>This payment has no hosted payment page.</source>
        <translation>У этого платежа нет страницы оплаты на стороне шлюза.</translation>
    </message>
    <message>
        <source>Only a pending invoice can be cancelled.</source>
        <translation>Отменить можно только ожидающий оплаты счёт.</translation>
    </message>
    <message>
        <source>Only a paid payment can be refunded.</source>
        <translation>Вернуть можно только оплаченный платёж.</translation>
    </message>
    <message>
        <source>The refunds could not be read from the ledger.</source>
        <translation>Не удалось прочитать возвраты из реестра.</translation>
    </message>
    <message>
        <source>No refunds.</source>
        <translation>Возвратов нет.</translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation>Запрос к шлюзу…</translation>
    </message>
    <message>
        <source>The transactions could not be fetched: %1</source>
        <translation>Не удалось получить транзакции: %1</translation>
    </message>
    <message>
        <source>%1
Double-click to open %2</source>
        <translation>%1
Дважды щёлкните, чтобы открыть %2</translation>
    </message>
    <message>
        <source>No transactions yet.</source>
        <translation>Транзакций пока нет.</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1: скопировано.</translation>
    </message>
    <message>
        <source>Print Invoice…</source>
        <translation>Печать счёта…</translation>
    </message>
    <message>
        <source>Save Invoice as PDF…</source>
        <translation>Сохранить счёт в PDF…</translation>
    </message>
    <message>
        <source>Print the invoice with its QR code</source>
        <translation>Напечатать счёт с QR-кодом</translation>
    </message>
    <message>
        <source>Save the invoice with its QR code as a PDF file</source>
        <translation>Сохранить счёт с QR-кодом в файл PDF</translation>
    </message>
    <message>
        <source>The invoice could not be saved.</source>
        <translation>Не удалось сохранить счёт.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Save Invoice as PDF</source>
        <translation>Сохранение счёта в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Show address</source>
        <translation>Показать адрес</translation>
    </message>
    <message>
        <source>A deposit to a dedicated address: show the address with all its deposits</source>
        <translation>Поступление на выделенный адрес: показать адрес со всеми его поступлениями</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentFilterBar</name>
    <message>
        <source>Search order id, description, id, address, e-mail, amount</source>
        <translation>Поиск по ID заказа, описанию, ID, адресу, e-mail, сумме</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <source>Statuses shown</source>
        <translation>Показываемые статусы</translation>
    </message>
    <message>
        <source>Currency (requested or paid with)</source>
        <translation>Валюта (запрошенная или оплаты)</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Все валюты</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>С (включительно)</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>По (включительно)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n статус</numerusform>
            <numerusform>%n статуса</numerusform>
            <numerusform>%n статусов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentTableModel</name>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Pay amount</source>
        <extracomment>The amount the payer is asked to send, in crypto</extracomment>
        <translation>Сумма к оплате</translation>
    </message>
    <message>
        <source>Pay currency</source>
        <translation>Валюта оплаты</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No ledger is loaded.</source>
        <translation>Реестр не загружен.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentsPage</name>
    <message>
        <source>New invoice…</source>
        <translation>Новый счёт…</translation>
    </message>
    <message>
        <source>Loading payments… %1 of %2</source>
        <translation>Загрузка платежей… %1 из %2</translation>
    </message>
    <message>
        <source>The payments could not be read from the ledger.</source>
        <translation>Не удалось прочитать платежи из реестра.</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Загрузка платежей…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln платёж</numerusform>
            <numerusform>%Ln платежа</numerusform>
            <numerusform>%Ln платежей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln payment(s)</source>
        <translation>
            <numerusform>%1 из %Ln платежа</numerusform>
            <numerusform>%1 из %Ln платежей</numerusform>
            <numerusform>%1 из %Ln платежей</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the payments of the current filter to CSV or JSON</source>
        <translation>Экспортировать платежи текущего фильтра в CSV или JSON</translation>
    </message>
</context>
<context>
    <name>paydesk::QrCodeView</name>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>Нет QR-кода</translation>
    </message>
</context>
<context>
    <name>paydesk::RefundDialog</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Refund payment</source>
        <translation>Возврат платежа</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Полный возврат</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Частичный возврат</translation>
    </message>
    <message>
        <source>Amount, for example 12.50</source>
        <translation>Сумма, например 12.50</translation>
    </message>
    <message>
        <source>Requested by the customer</source>
        <translation>По просьбе клиента</translation>
    </message>
    <message>
        <source>Duplicate payment</source>
        <translation>Дублирующий платёж</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Мошеннический платёж</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>The payer&apos;s address</source>
        <translation>Адрес плательщика</translation>
    </message>
    <message>
        <source>Take the network fee from the refund</source>
        <translation>Удержать сетевую комиссию из суммы возврата</translation>
    </message>
    <message>
        <source>Unchecked, the merchant balance pays the fee and the payer gets the whole amount.</source>
        <translation>Если флажок снят, комиссию оплачивает баланс мерчанта, а плательщик получает всю сумму.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Куда вернуть</translation>
    </message>
    <message>
        <source>Please check what will be sent:</source>
        <translation>Проверьте, что будет отправлено:</translation>
    </message>
    <message>
        <source>A refund cannot be undone.</source>
        <translation>Возврат нельзя отменить.</translation>
    </message>
    <message>
        <source>Payment %1 on %2 (%3): %4, paid %5, refunded so far %6.</source>
        <translation>Платёж %1 в %2 (%3): %4, оплачено %5, уже возвращено %6.</translation>
    </message>
    <message>
        <source>Refundable: %1</source>
        <translation>Доступно для возврата: %1</translation>
    </message>
    <message>
        <source>The whole payment (%1): Cryptomus refunds whole payments only</source>
        <translation>Весь платёж (%1): Cryptomus возвращает только платежи целиком</translation>
    </message>
    <message>
        <source>Full refund (%1)</source>
        <translation>Полный возврат (%1)</translation>
    </message>
    <message>
        <source>Send refund</source>
        <translation>Отправить возврат</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This payment has nothing left to refund.</source>
        <translation>По этому платежу больше нечего возвращать.</translation>
    </message>
    <message>
        <source>Enter the amount to refund.</source>
        <translation>Введите сумму возврата.</translation>
    </message>
    <message>
        <source>The amount is not a number: %1</source>
        <translation>Сумма не является числом: %1</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>At most %1 can be refunded.</source>
        <translation>Можно вернуть не более %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Суммы в %1 имеют не более %n знака после запятой.</numerusform>
            <numerusform>Суммы в %1 имеют не более %n знаков после запятой.</numerusform>
            <numerusform>Суммы в %1 имеют не более %n знаков после запятой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the payer&apos;s address to refund to.</source>
        <translation>Введите адрес плательщика для возврата.</translation>
    </message>
    <message>
        <source>An address has no spaces.</source>
        <translation>В адресе не бывает пробелов.</translation>
    </message>
    <message>
        <source>Refund %1 of payment %2 (account %3) to the payer&apos;s Crypto.com account.</source>
        <translation>Вернуть %1 по платежу %2 (аккаунт %3) на аккаунт Crypto.com плательщика.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Причина: %1.</translation>
    </message>
    <message>
        <source>Send %1 from account %2 to the address %3, as the refund of payment %4.</source>
        <translation>Отправить %1 с аккаунта %2 на адрес %3 в качестве возврата по платежу %4.</translation>
    </message>
    <message>
        <source>Network: %1.</source>
        <translation>Сеть: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Refund the whole payment %1 (%2, account %3) to the address %4.</source>
        <translation>Вернуть весь платёж %1 (%2, аккаунт %3) на адрес %4.</translation>
    </message>
    <message>
        <source>The network fee is taken from the refund: the payer receives less.</source>
        <translation>Сетевая комиссия удерживается из суммы возврата: плательщик получит меньше.</translation>
    </message>
    <message>
        <source>The merchant balance pays the network fee.</source>
        <translation>Сетевую комиссию оплачивает баланс мерчанта.</translation>
    </message>
    <message>
        <source>Refund %1 of payment %2 (account %3).</source>
        <translation>Вернуть %1 по платежу %2 (аккаунт %3).</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Ссылка: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Refund %1 of %2 was created. Status: %3.
It is listed on the Refunds page.</source>
        <translation>Возврат %1 на сумму %2 создан. Статус: %3.
Он отображается на странице «Возвраты».</translation>
    </message>
</context>
<context>
    <name>paydesk::RefundTableModel</name>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID платежа</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Destination address of a refund</extracomment>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <source>Seen at the gateway</source>
        <translation>Найден у шлюза</translation>
    </message>
    <message>
        <source>Sent from Paydesk (the dashboard or paydesk-cli).</source>
        <translation>Отправлен из Paydesk (панель или paydesk-cli).</translation>
    </message>
    <message>
        <source>Not sent from Paydesk: found in the gateway&apos;s records at a sync (made in the gateway&apos;s own dashboard or by another program).</source>
        <translation>Отправлен не из Paydesk: найден в записях шлюза при синхронизации (сделан в панели самого шлюза или другой программой).</translation>
    </message>
    <message>
        <source>Origin</source>
        <extracomment>Whether Paydesk sent a refund or it was only seen at the gateway</extracomment>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>paydesk::RefundsPage</name>
    <message>
        <source>The refunds could not be read from the ledger.</source>
        <translation>Не удалось прочитать возвраты из реестра.</translation>
    </message>
    <message>
        <source>No refunds yet. Refund a payment from its details on the Payments page.</source>
        <translation>Возвратов пока нет. Вернуть платёж можно из его подробностей на странице «Платежи».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln возврат</numerusform>
            <numerusform>%Ln возврата</numerusform>
            <numerusform>%Ln возвратов</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the refunds to CSV or JSON</source>
        <translation>Экспортировать возвраты в CSV или JSON</translation>
    </message>
</context>
<context>
    <name>paydesk::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language applies the next time Paydesk starts.</source>
        <translation>Новый язык применится при следующем запуске Paydesk.</translation>
    </message>
    <message>
        <source>Totals are shown in this currency only where the gateway itself gives an equivalent; Paydesk never converts with a rate of its own.</source>
        <translation>Итоги показываются в этой валюте, только если шлюз сам даёт эквивалент; Paydesk никогда не пересчитывает по собственному курсу.</translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation>&amp;Валюта отчётов:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>&amp;Синхронизировать каждые:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>&amp;Lock the vault after idle:</source>
        <translation>&amp;Блокировать хранилище после простоя:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Clear copied secrets after:</source>
        <translation>&amp;Очищать скопированные секреты через:</translation>
    </message>
    <message>
        <source>Show a desktop notification when:</source>
        <translation>Показывать уведомление на рабочем столе, когда:</translation>
    </message>
    <message>
        <source>Enter a reporting currency code, such as USD or EUR.</source>
        <translation>Введите код валюты отчётов, например USD или EUR.</translation>
    </message>
    <message>
        <source>A new invoice above this amount (in its own currency, whatever it is) is only created after a second click; 0: never ask.</source>
        <translation>Новый счёт на сумму выше этой (в его собственной валюте, какой бы она ни была) создаётся только после второго нажатия; 0 — никогда не спрашивать.</translation>
    </message>
    <message>
        <source>Confirm &amp;invoices above:</source>
        <translation>&amp;Подтверждать счета свыше:</translation>
    </message>
    <message>
        <source>Enter the amount above which new invoices are confirmed, such as 10000 (0: never ask).</source>
        <translation>Введите сумму, выше которой новые счета требуют подтверждения, например 10000 (0 — никогда не спрашивать).</translation>
    </message>
    <message>
        <source>Gateway default</source>
        <translation>Как у шлюза</translation>
    </message>
    <message>
        <source>Invoices asked for per list page, where the gateway takes a page size.</source>
        <translation>Сколько счетов запрашивать на страницу списка, если шлюз принимает размер страницы.</translation>
    </message>
    <message>
        <source>Invoices per list &amp;page:</source>
        <translation>Счетов на стр&amp;аницу списка:</translation>
    </message>
    <message>
        <source>A sync stops listing an account&apos;s invoices after this many pages and says so in its result.</source>
        <translation>Синхронизация прекращает получать список счетов аккаунта после стольких страниц и сообщает об этом в результате.</translation>
    </message>
    <message>
        <source>List pages per s&amp;ync:</source>
        <translation>Страниц списка за с&amp;инхронизацию:</translation>
    </message>
</context>
<context>
    <name>paydesk::SettlementChartView</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No settled payments in this range</source>
        <translation>Нет зачисленных платежей за этот период</translation>
    </message>
</context>
<context>
    <name>paydesk::SyncStatusWidget</name>
    <message>
        <source>checking interrupted requests</source>
        <translation>проверка прерванных запросов</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>счета</translation>
    </message>
    <message>
        <source>open invoices</source>
        <translation>открытые счета</translation>
    </message>
    <message>
        <source>balances</source>
        <translation>балансы</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>адреса</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Syncing %1: %2…</source>
        <translation>Синхронизация %1: %2…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n accounts…</source>
        <translation>
            <numerusform>Синхронизация %n аккаунта…</numerusform>
            <numerusform>Синхронизация %n аккаунтов…</numerusform>
            <numerusform>Синхронизация %n аккаунтов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed for %1</source>
        <translation>Ошибка синхронизации: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Синхронизировано в %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>refunds under way</source>
        <translation>возвраты в процессе</translation>
    </message>
    <message>
        <source>withdrawals under way</source>
        <translation>выводы в процессе</translation>
    </message>
    <message>
        <source>%1 (with a note: hover to read it)</source>
        <translation>%1 (есть примечание: наведите указатель, чтобы прочитать)</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>выводы</translation>
    </message>
    <message>
        <source>deposits to addresses</source>
        <translation>поступления на адреса</translation>
    </message>
    <message>
        <source>accepted assets</source>
        <translation>принимаемые активы</translation>
    </message>
</context>
<context>
    <name>paydesk::VaultSecretStore</name>
    <message>
        <source>This file is not a Paydesk secret vault.</source>
        <translation>Этот файл не является хранилищем секретов Paydesk.</translation>
    </message>
    <message>
        <source>This secret vault was written by a newer version of Paydesk and cannot be opened here.</source>
        <translation>Это хранилище секретов записано более новой версией Paydesk и не может быть открыто здесь.</translation>
    </message>
    <message>
        <source>The secret vault file is incomplete (truncated). It cannot be opened.</source>
        <translation>Файл хранилища секретов неполон (обрезан). Открыть его невозможно.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Парольная фраза не может быть пустой.</translation>
    </message>
    <message>
        <source>The key derivation settings are out of range.</source>
        <translation>Параметры формирования ключа вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>A secret vault already exists at %1.</source>
        <translation>Хранилище секретов уже существует: %1.</translation>
    </message>
    <message>
        <source>The encryption library failed to derive the key.</source>
        <translation>Библиотеке шифрования не удалось сформировать ключ.</translation>
    </message>
    <message>
        <source>There is no secret vault at %1 yet.</source>
        <translation>Хранилища секретов в %1 пока нет.</translation>
    </message>
    <message>
        <source>The secret vault could not be read: %1</source>
        <translation>Не удалось прочитать хранилище секретов: %1</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>Новая парольная фраза не может быть пустой.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
    <message>
        <source>The secret vault file %1 has disappeared.</source>
        <translation>Файл хранилища секретов %1 исчез.</translation>
    </message>
    <message>
        <source>The secret vault was changed by another program. Unlock it again.</source>
        <translation>Хранилище секретов изменено другой программой. Разблокируйте его снова.</translation>
    </message>
    <message>
        <source>The encryption library failed.</source>
        <translation>Ошибка библиотеки шифрования.</translation>
    </message>
    <message>
        <source>The secret vault could not be saved: %1</source>
        <translation>Не удалось сохранить хранилище секретов: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::VaultUnlockDialog</name>
    <message>
        <source>Unlock Vault</source>
        <translation>Разблокировка хранилища</translation>
    </message>
    <message>
        <source>Your gateway keys are in an encrypted vault. Enter its passphrase to unlock it.</source>
        <translation>Ваши ключи шлюзов находятся в зашифрованном хранилище. Введите парольную фразу, чтобы разблокировать его.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Your gateway keys are in an encrypted vault (%1). Enter its passphrase to unlock it.</source>
        <translation>Ваши ключи шлюзов находятся в зашифрованном хранилище (%1). Введите парольную фразу, чтобы разблокировать его.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
</context>
<context>
    <name>paydesk::WelcomePage</name>
    <message>
        <source>Welcome to Paydesk</source>
        <translation>Добро пожаловать в Paydesk</translation>
    </message>
    <message>
        <source>Issue and refund invoices, watch balances, manage deposit addresses and export reports for Crypto.com Pay, CryptoProcessing, Gateway v10.2 and Cryptomus, in one place. Everything synced stays on this computer and works offline.</source>
        <translation>Выставляйте счета и оформляйте возвраты, следите за балансами, управляйте депозитными адресами и экспортируйте отчёты для Crypto.com Pay, CryptoProcessing, Gateway v10.2 и Cryptomus в одном месте. Все синхронизированные данные остаются на этом компьютере и доступны без подключения к сети.</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Попробовать песочницу</translation>
    </message>
    <message>
        <source>Four simulated gateways with demo accounts and generated history; no credentials.</source>
        <translation>Четыре имитируемых шлюза с демонстрационными аккаунтами и сгенерированной историей; учётные данные не нужны.</translation>
    </message>
    <message>
        <source>Add a gateway account…</source>
        <translation>Добавить аккаунт шлюза…</translation>
    </message>
</context>
<context>
    <name>paydesk::WithdrawalTableModel</name>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Destination address of a withdrawal</extracomment>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>The blockchain transaction hash of a withdrawal</extracomment>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>paydesk::WithdrawalsPage</name>
    <message>
        <source>Open in Block Explorer</source>
        <translation>Открыть в обозревателе блоков</translation>
    </message>
    <message>
        <source>Open the withdrawal&apos;s blockchain transaction in a web browser</source>
        <translation>Открыть транзакцию вывода в блокчейне в браузере</translation>
    </message>
    <message>
        <source>The withdrawals could not be read from the ledger.</source>
        <translation>Не удалось прочитать выводы из журнала.</translation>
    </message>
    <message>
        <source>No withdrawals yet. Withdrawals and payouts sent with paydesk-cli appear here, and every sync follows them until they are sent or cancelled.</source>
        <translation>Выводов пока нет. Выводы и выплаты, отправленные через paydesk-cli, появляются здесь, и каждая синхронизация отслеживает их, пока они не будут отправлены или отменены.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawal(s)</source>
        <translation>
            <numerusform>%Ln вывод</numerusform>
            <numerusform>%Ln вывода</numerusform>
            <numerusform>%Ln выводов</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a withdrawal to see it whole.</source>
        <translation>Выберите вывод, чтобы увидеть его полностью.</translation>
    </message>
    <message>
        <source>not told</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Withdrawal %1</source>
        <translation>Вывод %1</translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation>Аккаунт: %1 (%2)</translation>
    </message>
    <message>
        <source>Amount: %1 %2</source>
        <translation>Сумма: %1 %2</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Комиссия: %1</translation>
    </message>
    <message>
        <source>not told by the gateway</source>
        <translation>шлюз не сообщает</translation>
    </message>
    <message>
        <source>Status: %1 (%2 at the gateway)</source>
        <translation>Статус: %1 (%2 у шлюза)</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Куда: %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Сеть: %1</translation>
    </message>
    <message>
        <source>Memo / tag: %1</source>
        <translation>Мемо / тег: %1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>Транзакция: %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ещё не отправлен</translation>
    </message>
    <message>
        <source>Sent under key: %1</source>
        <translation>Отправлен с ключом: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Создан: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Обновлён: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::WrapAnywhereLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
</context>
</TS>
