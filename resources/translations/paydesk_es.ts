<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddressQrSheet</name>
    <message>
        <source>Deposit addresses</source>
        <translation>Direcciones de depósito</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>No addresses were selected.</source>
        <translation>No se seleccionó ninguna dirección.</translation>
    </message>
    <message>
        <source>Memo / tag: %1</source>
        <translation>Memo / tag: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia de cliente: %1</translation>
    </message>
    <message>
        <source>No room for the QR code.</source>
        <translation>No hay espacio para el código QR.</translation>
    </message>
</context>
<context>
    <name>CryptoComJson</name>
    <message>
        <source>The currency %1 in Crypto.com Pay&apos;s reply is not known, so its amounts in minor units cannot be read.</source>
        <translation>La moneda %1 de la respuesta de Crypto.com Pay no es conocida, por lo que no se pueden leer sus importes en unidades menores.</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>payment list</source>
        <translation>lista de pagos</translation>
    </message>
    <message>
        <source>Crypto.com Pay&apos;s payment list is not a JSON array.</source>
        <translation>La lista de pagos de Crypto.com Pay no es un array JSON.</translation>
    </message>
    <message>
        <source>Payment %1 of the list: %2</source>
        <translation>Pago %1 de la lista: %2</translation>
    </message>
    <message>
        <source>webhook event</source>
        <translation>evento de webhook</translation>
    </message>
    <message>
        <source>The webhook event has no data.object.</source>
        <translation>El evento de webhook no tiene data.object.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>CryptoComRequests</name>
    <message>
        <source>The account has no Crypto.com Pay secret key.</source>
        <translation>La cuenta no tiene clave secreta de Crypto.com Pay.</translation>
    </message>
    <message>
        <source>The account&apos;s API address is not a valid URL.</source>
        <translation>La dirección de la API de la cuenta no es una URL válida.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not take the currency %1.</source>
        <translation>Crypto.com Pay no acepta la moneda %1.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts can have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Los importes en %1 pueden tener como máximo %n decimal.</numerusform>
            <numerusform>Los importes en %1 pueden tener como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not valid.</source>
        <translation>El id «%1» no es válido.</translation>
    </message>
    <message>
        <source>Choose the payment to refund.</source>
        <translation>Elija el pago que desea reembolsar.</translation>
    </message>
    <message>
        <source>Crypto.com Pay refunds to the payer&apos;s app; it does not take an address.</source>
        <translation>Crypto.com Pay reembolsa a la aplicación del pagador; no acepta una dirección.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not take a blockchain network for refunds.</source>
        <translation>Crypto.com Pay no acepta una red de blockchain para los reembolsos.</translation>
    </message>
</context>
<context>
    <name>CryptoProcessingJson</name>
    <message>
        <source>payment request</source>
        <translation>solicitud de pago</translation>
    </message>
    <message>
        <source>The payment request in the gateway&apos;s reply has no currency.</source>
        <translation>La solicitud de pago de la respuesta de la pasarela no tiene moneda.</translation>
    </message>
    <message>
        <source>CryptoProcessing&apos;s balance list is not a JSON array.</source>
        <translation>La lista de saldos de CryptoProcessing no es un array JSON.</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <source>deposit address</source>
        <translation>dirección de depósito</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>retiro</translation>
    </message>
    <message>
        <source>The withdrawal in the gateway&apos;s reply has no currency.</source>
        <translation>El retiro de la respuesta de la pasarela no tiene moneda.</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>transacción</translation>
    </message>
    <message>
        <source>crypto_address</source>
        <translation>crypto_address</translation>
    </message>
    <message>
        <source>&quot;transactions&quot; in the gateway&apos;s reply is not a list.</source>
        <translation>«transactions» en la respuesta de la pasarela no es una lista.</translation>
    </message>
    <message>
        <source>blockchain transaction</source>
        <translation>transacción de blockchain</translation>
    </message>
    <message>
        <source>CryptoProcessing&apos;s ping did not answer OK.</source>
        <translation>El ping de CryptoProcessing no respondió OK.</translation>
    </message>
    <message>
        <source>The currency list in the gateway&apos;s reply is not a list.</source>
        <translation>La lista de monedas de la respuesta de la pasarela no es una lista.</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
</context>
<context>
    <name>CryptoProcessingRequests</name>
    <message>
        <source>The account&apos;s API address is not a valid URL.</source>
        <translation>La dirección de la API de la cuenta no es una URL válida.</translation>
    </message>
    <message>
        <source>The account has no CryptoProcessing API key and secret.</source>
        <translation>La cuenta no tiene clave ni secreto de API de CryptoProcessing.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Elija una moneda.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts can have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Los importes en %1 pueden tener como máximo %n decimal.</numerusform>
            <numerusform>Los importes en %1 pueden tener como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the id, foreign id or transaction hash to look up.</source>
        <translation>Indique el id, el id externo o el hash de la transacción que desea buscar.</translation>
    </message>
    <message>
        <source>A CryptoProcessing transaction id is a whole number.</source>
        <translation>Un id de transacción de CryptoProcessing es un número entero.</translation>
    </message>
    <message>
        <source>CryptoProcessing needs a customer reference (foreign id) for a deposit address.</source>
        <translation>CryptoProcessing necesita una referencia de cliente (id externo) para una dirección de depósito.</translation>
    </message>
    <message>
        <source>CryptoProcessing picks the network through the currency code; it takes no separate network.</source>
        <translation>CryptoProcessing elige la red a través del código de moneda; no acepta una red por separado.</translation>
    </message>
    <message>
        <source>CryptoProcessing deposit addresses have no label.</source>
        <translation>Las direcciones de depósito de CryptoProcessing no tienen etiqueta.</translation>
    </message>
    <message>
        <source>A withdrawal needs a unique foreign id.</source>
        <translation>Un retiro necesita un id externo único.</translation>
    </message>
    <message>
        <source>Give the address to send to.</source>
        <translation>Indique la dirección a la que enviar.</translation>
    </message>
</context>
<context>
    <name>CryptomusProvider</name>
    <message numerus="yes">
        <source>Wait %n second(s) before asking again.</source>
        <translation>
            <numerusform>Espere %n segundo antes de volver a consultar.</numerusform>
            <numerusform>Espere %n segundos antes de volver a consultar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurrencyTotals</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 · also %2</source>
        <translation>%1 · también %2</translation>
    </message>
</context>
<context>
    <name>DashboardSession</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>The ledger %1 is empty (0 bytes) although the secret vault beside it holds accounts: it is damaged, not new. Restore it from a backup, or remove it to start an empty ledger on purpose.</source>
        <translation>El libro %1 está vacío (0 bytes) aunque la bóveda de secretos que está a su lado contiene cuentas: está dañado, no es nuevo. Restáurelo desde una copia de seguridad, o elimínelo para empezar a propósito un libro vacío.</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>The amount is empty.</source>
        <translation>El importe está vacío.</translation>
    </message>
    <message>
        <source>The amount is not a plain decimal number: use digits and at most one &apos;.&apos; with digits on both sides (for example 1234.50).</source>
        <translation>El importe no es un número decimal simple: use dígitos y como máximo un «.» con dígitos a ambos lados (por ejemplo, 1234.50).</translation>
    </message>
    <message>
        <source>The amount has too many digits: at most 38 digits in total and 38 after the decimal point.</source>
        <translation>El importe tiene demasiados dígitos: como máximo 38 dígitos en total y 38 después del punto decimal.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo al que exportar.</translation>
    </message>
    <message>
        <source>There is no ledger at %1.</source>
        <translation>No hay ningún libro contable en %1.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name to export to.</source>
        <translation>%1 es una carpeta. Elija un nombre de archivo al que exportar.</translation>
    </message>
    <message>
        <source>%1 is the ledger itself. Choose another file to export to.</source>
        <translation>%1 es el propio libro contable. Elija otro archivo al que exportar.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Cannot open the ledger to export from: %1</source>
        <translation>No se puede abrir el libro contable desde el que exportar: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2. Choose a folder you can write to.</source>
        <translation>No se puede crear %1: %2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation>No se puede guardar %1: %2.</translation>
    </message>
</context>
<context>
    <name>FileLogger</name>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation>No se puede crear la carpeta de registros %1.</translation>
    </message>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation>No se puede abrir el archivo de registro %1: %2</translation>
    </message>
</context>
<context>
    <name>GatewayCapabilities</name>
    <message>
        <source>Crypto.com Pay publishes no balance or settlement API.</source>
        <translation>Crypto.com Pay no publica ninguna API de saldos ni de liquidaciones.</translation>
    </message>
    <message>
        <source>Crypto.com Pay has no dedicated deposit addresses.</source>
        <translation>Crypto.com Pay no tiene direcciones de depósito dedicadas.</translation>
    </message>
    <message>
        <source>Crypto.com Pay has no withdrawal API.</source>
        <translation>Crypto.com Pay no tiene API de retiros.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not publish the blockchain transactions of a payment.</source>
        <translation>Crypto.com Pay no publica las transacciones de blockchain de un pago.</translation>
    </message>
    <message>
        <source>CryptoProcessing has no list of payment requests; Paydesk keeps the ones it created and refreshes them one by one.</source>
        <translation>CryptoProcessing no tiene una lista de solicitudes de pago; Paydesk conserva las que creó y las actualiza una a una.</translation>
    </message>
    <message>
        <source>CryptoProcessing payment requests cannot be cancelled through the API; they expire.</source>
        <translation>Las solicitudes de pago de CryptoProcessing no se pueden cancelar mediante la API; vencen.</translation>
    </message>
    <message>
        <source>CryptoProcessing has no refund API; send the money back as a withdrawal to the payer&apos;s address.</source>
        <translation>CryptoProcessing no tiene API de reembolsos; devuelva el dinero como un retiro a la dirección del pagador.</translation>
    </message>
    <message>
        <source>CryptoProcessing dedicated addresses are permanent.</source>
        <translation>Las direcciones dedicadas de CryptoProcessing son permanentes.</translation>
    </message>
    <message>
        <source>Gateway v10.2 invoices cannot be cancelled through the API; they expire.</source>
        <translation>Las facturas de Gateway v10.2 no se pueden cancelar mediante la API; vencen.</translation>
    </message>
    <message>
        <source>Cryptomus invoices cannot be cancelled through the API; they expire.</source>
        <translation>Las facturas de Cryptomus no se pueden cancelar mediante la API; vencen.</translation>
    </message>
    <message>
        <source>Cryptomus shows the transaction hash on the invoice itself only.</source>
        <translation>Cryptomus muestra el hash de la transacción solo en la propia factura.</translation>
    </message>
    <message>
        <source>Not supported.</source>
        <translation>No compatible.</translation>
    </message>
</context>
<context>
    <name>GatewayOperations</name>
    <message>
        <source>order id %1</source>
        <translation>id de pedido %1</translation>
    </message>
    <message>
        <source>refund key %1</source>
        <translation>clave de reembolso %1</translation>
    </message>
    <message>
        <source>customer reference %1</source>
        <translation>referencia de cliente %1</translation>
    </message>
    <message>
        <source>foreign id %1</source>
        <translation>id externo %1</translation>
    </message>
</context>
<context>
    <name>GatewaySecrets</name>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Webhook signature secret</source>
        <translation>Secreto de firma del webhook</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secreto de API</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <source>Payment API key</source>
        <translation>Clave de API de pagos</translation>
    </message>
    <message>
        <source>Payout API key</source>
        <translation>Clave de API de liquidaciones</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>Plain http:// is refused for %1: the keys and the answers would cross the network unencrypted. Use https:// (http:// is only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>Se rechaza http:// sin cifrar para %1: las claves y las respuestas cruzarían la red sin cifrar. Use https:// (http:// solo sirve para este equipo: localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>Only https:// URLs are allowed (http:// for this computer only).</source>
        <translation>Solo se admiten URL https:// (http:// solo para este equipo).</translation>
    </message>
</context>
<context>
    <name>InvoiceRules</name>
    <message>
        <source>Choose the crypto asset the payer pays %1 with.</source>
        <translation>Elija el activo cripto con el que el pagador paga %1.</translation>
    </message>
    <message>
        <source>Gateway v10.2 takes the network as part of the asset id (for example USDT.TRC20).</source>
        <translation>Gateway v10.2 toma la red como parte del id del activo (por ejemplo, USDT.TRC20).</translation>
    </message>
    <message>
        <source>Gateway v10.2 invoices last whole minutes, from 1 minute to 24 hours.</source>
        <translation>Las facturas de Gateway v10.2 duran minutos completos, de 1 minuto a 24 horas.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Elija una moneda.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not take the currency %1.</source>
        <translation>Crypto.com Pay no acepta la moneda %1.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts can have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Los importes en %1 pueden tener como máximo %n decimal.</numerusform>
            <numerusform>Los importes en %1 pueden tener como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>The invoice must stay open between one minute and 30 days.</source>
        <translation>La factura debe permanecer abierta entre un minuto y 30 días.</translation>
    </message>
    <message>
        <source>Crypto.com Pay lets the payer choose the crypto currency.</source>
        <translation>Crypto.com Pay permite que el pagador elija la criptomoneda.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not take a blockchain network.</source>
        <translation>Crypto.com Pay no acepta una red de blockchain.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not take the payer&apos;s e-mail address.</source>
        <translation>Crypto.com Pay no acepta la dirección de correo electrónico del pagador.</translation>
    </message>
    <message>
        <source>Crypto.com Pay has no open-amount invoices.</source>
        <translation>Crypto.com Pay no tiene facturas de importe abierto.</translation>
    </message>
    <message>
        <source>Crypto.com Pay does not restrict the payer&apos;s currencies.</source>
        <translation>Crypto.com Pay no restringe las monedas del pagador.</translation>
    </message>
    <message>
        <source>Crypto.com Pay has no discounts.</source>
        <translation>Crypto.com Pay no tiene descuentos.</translation>
    </message>
    <message>
        <source>Cryptomus needs an order id.</source>
        <translation>Cryptomus necesita un id de pedido.</translation>
    </message>
    <message>
        <source>The order id may only hold letters, digits, underscores and dashes.</source>
        <translation>El id de pedido solo puede contener letras, dígitos, guiones bajos y guiones.</translation>
    </message>
    <message>
        <source>Cryptomus invoices last from 5 minutes (300 s) to 12 hours (43200 s).</source>
        <translation>Las facturas de Cryptomus duran de 5 minutos (300 s) a 12 horas (43200 s).</translation>
    </message>
    <message>
        <source>A network only applies to a crypto amount or a crypto to pay with.</source>
        <translation>Una red solo se aplica a un importe en cripto o a una cripto con la que pagar.</translation>
    </message>
    <message>
        <source>The discount must be between -99 and 100 percent.</source>
        <translation>El descuento debe estar entre -99 y 100 por ciento.</translation>
    </message>
    <message>
        <source>The return address must be 6 to 255 characters long.</source>
        <translation>La dirección de retorno debe tener entre 6 y 255 caracteres.</translation>
    </message>
    <message>
        <source>The currency %1 is not known.</source>
        <translation>La moneda %1 no es conocida.</translation>
    </message>
    <message>
        <source>CryptoProcessing needs to know how long the invoice stays open.</source>
        <translation>CryptoProcessing necesita saber cuánto tiempo permanece abierta la factura.</translation>
    </message>
    <message>
        <source>The invoice must stay open between 5 minutes and 60 days.</source>
        <translation>La factura debe permanecer abierta entre 5 minutos y 60 días.</translation>
    </message>
    <message>
        <source>CryptoProcessing needs an order id to find the invoice again.</source>
        <translation>CryptoProcessing necesita un id de pedido para volver a encontrar la factura.</translation>
    </message>
    <message>
        <source>Choose the crypto currency the network belongs to.</source>
        <translation>Elija la criptomoneda a la que pertenece la red.</translation>
    </message>
    <message>
        <source>CryptoProcessing has no open-amount invoices.</source>
        <translation>CryptoProcessing no tiene facturas de importe abierto.</translation>
    </message>
    <message>
        <source>CryptoProcessing takes at most one payer currency.</source>
        <translation>CryptoProcessing acepta como máximo una moneda del pagador.</translation>
    </message>
    <message>
        <source>CryptoProcessing has no discounts.</source>
        <translation>CryptoProcessing no tiene descuentos.</translation>
    </message>
    <message>
        <source>%1 is not a currency Paydesk knows.</source>
        <translation>%1 no es una moneda que Paydesk conozca.</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>El importe debe ser superior a cero.</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 admite como máximo %n decimal.</numerusform>
            <numerusform>%1 admite como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a crypto asset Paydesk knows.</source>
        <translation>%1 no es un activo cripto que Paydesk conozca.</translation>
    </message>
    <message>
        <source>%1 is a fiat currency; choose a crypto asset.</source>
        <translation>%1 es una moneda fiduciaria; elija un activo cripto.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Esta no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://.</source>
        <translation>Introduzca una dirección web completa que empiece por https://.</translation>
    </message>
    <message numerus="yes">
        <source>This can have at most %n character(s).</source>
        <translation>
            <numerusform>Puede tener como máximo %n carácter.</numerusform>
            <numerusform>Puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not support this field; leave it empty.</source>
        <translation>%1 no admite este campo; déjelo vacío.</translation>
    </message>
    <message>
        <source>The key may not hold spaces, control characters, “..” or any of / \ ? # %: use letters, digits and - _ . : (for example ORDER-1042).</source>
        <translation>La clave no puede contener espacios, caracteres de control, «..» ni ninguno de / \ ? # %: use letras, dígitos y - _ . : (por ejemplo ORDER-1042).</translation>
    </message>
</context>
<context>
    <name>InvoiceSheet</name>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time, time zone</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Id de pedido</translation>
    </message>
    <message>
        <source>Invoice id</source>
        <translation>Id de factura</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Deposit address</source>
        <translation>Dirección de depósito</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Test: no real money is moved</source>
        <translation>Prueba: no se mueve dinero real</translation>
    </message>
    <message>
        <source>Pay exactly %1</source>
        <translation>Pague exactamente %1</translation>
    </message>
    <message>
        <source>Pay exactly %1 on %2</source>
        <translation>Pague exactamente %1 en %2</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Página de pago</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe a pagar</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>Escanee para pagar</translation>
    </message>
    <message>
        <source>This invoice has no payment page or deposit address to scan.</source>
        <translation>Esta factura no tiene página de pago ni dirección de depósito que escanear.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The ledger has no journal yet.</source>
        <translation>El libro contable aún no tiene diario.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create the journal&apos;s lock file in %1.</source>
        <translation>No se puede crear el archivo de bloqueo del diario en %1.</translation>
    </message>
    <message>
        <source>Cannot read the journal.</source>
        <translation>No se puede leer el diario.</translation>
    </message>
    <message>
        <source>Cannot recover the journal.</source>
        <translation>No se puede recuperar el diario.</translation>
    </message>
    <message>
        <source>A creating call needs an account and an idempotency key.</source>
        <translation>Una llamada de creación necesita una cuenta y una clave de idempotencia.</translation>
    </message>
    <message>
        <source>The request summary is not valid JSON.</source>
        <translation>El resumen de la solicitud no es un JSON válido.</translation>
    </message>
    <message>
        <source>The request summary contains a secret; secrets are never written to the journal.</source>
        <translation>El resumen de la solicitud contiene un secreto; los secretos nunca se escriben en el diario.</translation>
    </message>
    <message>
        <source>Cannot write the intent to the journal.</source>
        <translation>No se puede escribir la intención en el diario.</translation>
    </message>
    <message>
        <source>This creating call has no valid journal permit.</source>
        <translation>Esta llamada de creación no tiene un permiso válido del diario.</translation>
    </message>
    <message>
        <source>A confirmed call needs the gateway&apos;s id.</source>
        <translation>Una llamada confirmada necesita el id de la pasarela.</translation>
    </message>
    <message>
        <source>Cannot update the journal.</source>
        <translation>No se puede actualizar el diario.</translation>
    </message>
    <message>
        <source>The journal entry %1 was taken over by another session; this permit is no longer valid.</source>
        <translation>Otra sesión tomó el control de la entrada %1 del diario; este permiso ya no es válido.</translation>
    </message>
    <message>
        <source>The journal entry %1 is %2 and cannot become %3.</source>
        <translation>La entrada %1 del diario está en estado %2 y no puede pasar a %3.</translation>
    </message>
    <message>
        <source>A journal entry is damaged.</source>
        <translation>Una entrada del diario está dañada.</translation>
    </message>
    <message>
        <source>There is no journal entry %1.</source>
        <translation>No existe la entrada %1 del diario.</translation>
    </message>
    <message>
        <source>There is no journal entry for %1.</source>
        <translation>No hay ninguna entrada del diario para %1.</translation>
    </message>
    <message>
        <source>The journal entry %1 is %2 and cannot be sent again.</source>
        <translation>La entrada %1 del diario está en estado %2 y no se puede volver a enviar.</translation>
    </message>
    <message>
        <source>The journal entry %1 was sent again since; this permit belongs to an earlier attempt.</source>
        <translation>La entrada %1 del diario se volvió a enviar mientras tanto; este permiso corresponde a un intento anterior.</translation>
    </message>
    <message>
        <source>Settled by hand: nothing was created.</source>
        <translation>Resuelto a mano: no se creó nada.</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>dedicated address</source>
        <translation>dirección dedicada</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>retiro</translation>
    </message>
    <message>
        <source>%1 of payment %2</source>
        <translation>%1 del pago %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>The %1 in the gateway&apos;s reply is not a JSON object.</source>
        <translation>El %1 de la respuesta de la pasarela no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The gateway&apos;s reply is empty.</source>
        <translation>La respuesta de la pasarela está vacía.</translation>
    </message>
    <message>
        <source>The gateway&apos;s reply is not valid JSON (%1).</source>
        <translation>La respuesta de la pasarela no es un JSON válido (%1).</translation>
    </message>
    <message>
        <source>The %1 in the gateway&apos;s reply has no &quot;%2&quot;.</source>
        <translation>El %1 de la respuesta de la pasarela no tiene «%2».</translation>
    </message>
    <message>
        <source>In the %1 in the gateway&apos;s reply, &quot;%2&quot; is not %3.</source>
        <translation>En el %1 de la respuesta de la pasarela, «%2» no es %3.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>an exact decimal amount</source>
        <translation>un importe decimal exacto</translation>
    </message>
    <message>
        <source>a whole number of minor units</source>
        <translation>un número entero de unidades menores</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>una fecha y hora</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Se denegó el acceso al llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema informó de un error: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>El llavero del sistema no respondió a tiempo.</translation>
    </message>
</context>
<context>
    <name>LanguageLoader</name>
    <message>
        <source>System</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Unknown ledger format %1.</source>
        <translation>Formato de libro contable desconocido %1.</translation>
    </message>
    <message>
        <source>The ledger needs a file path.</source>
        <translation>El libro contable necesita una ruta de archivo.</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>El archivo %1 ya existe.</translation>
    </message>
    <message>
        <source>The folder for the ledger %1 does not exist.</source>
        <translation>La carpeta del libro contable %1 no existe.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>El controlador SQLite para Qt no está instalado.</translation>
    </message>
    <message>
        <source>Cannot open the ledger %1.</source>
        <translation>No se puede abrir el libro contable %1.</translation>
    </message>
    <message>
        <source>The ledger %1 was written by a newer version of Paydesk (format %2; this version reads up to %3). Update Paydesk to open it.</source>
        <translation>El libro contable %1 fue escrito por una versión más reciente de Paydesk (formato %2; esta versión lee hasta el %3). Actualice Paydesk para abrirlo.</translation>
    </message>
    <message>
        <source>The file %1 is not a Paydesk ledger or it is damaged.</source>
        <translation>El archivo %1 no es un libro contable de Paydesk o está dañado.</translation>
    </message>
    <message>
        <source>The file %1 belongs to another application, not Paydesk.</source>
        <translation>El archivo %1 pertenece a otra aplicación, no a Paydesk.</translation>
    </message>
    <message>
        <source>The ledger %1 is already at format %2.</source>
        <translation>El libro contable %1 ya está en el formato %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the ledger %1.</source>
        <translation>No se puede preparar el libro contable %1.</translation>
    </message>
    <message>
        <source>Cannot read the ledger settings.</source>
        <translation>No se puede leer la configuración del libro contable.</translation>
    </message>
    <message>
        <source>An account needs an id and a name.</source>
        <translation>Una cuenta necesita un id y un nombre.</translation>
    </message>
    <message>
        <source>Cannot add the account %1.</source>
        <translation>No se puede añadir la cuenta %1.</translation>
    </message>
    <message>
        <source>An account named %1 (or with the same id) already exists.</source>
        <translation>Ya existe una cuenta llamada %1 (o con el mismo id).</translation>
    </message>
    <message>
        <source>Cannot change the account %1.</source>
        <translation>No se puede modificar la cuenta %1.</translation>
    </message>
    <message>
        <source>An account named %1 already exists.</source>
        <translation>Ya existe una cuenta llamada %1.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>Cannot remove the account %1.</source>
        <translation>No se puede eliminar la cuenta %1.</translation>
    </message>
    <message>
        <source>Cannot read the accounts.</source>
        <translation>No se pueden leer las cuentas.</translation>
    </message>
    <message>
        <source>An account in the ledger is damaged.</source>
        <translation>Una cuenta del libro contable está dañada.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>No hay ninguna cuenta llamada %1.</translation>
    </message>
    <message>
        <source>Cannot save the sync state of account %1.</source>
        <translation>No se puede guardar el estado de sincronización de la cuenta %1.</translation>
    </message>
    <message>
        <source>Cannot read the sync state of account %1.</source>
        <translation>No se puede leer el estado de sincronización de la cuenta %1.</translation>
    </message>
    <message>
        <source>The file is not a Paydesk ledger or it is damaged: %1</source>
        <translation>El archivo no es un libro contable de Paydesk o está dañado: %1</translation>
    </message>
    <message>
        <source>Cannot read the ledger file %1.</source>
        <translation>No se puede leer el archivo del libro contable %1.</translation>
    </message>
    <message>
        <source>A record in the ledger is damaged.</source>
        <translation>Un registro del libro contable está dañado.</translation>
    </message>
    <message>
        <source>Cannot read the payments.</source>
        <translation>No se pueden leer los pagos.</translation>
    </message>
    <message>
        <source>Cannot count the payments.</source>
        <translation>No se pueden contar los pagos.</translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation>No existe el pago %1.</translation>
    </message>
    <message>
        <source>There is no payment for order %1.</source>
        <translation>No hay ningún pago para el pedido %1.</translation>
    </message>
    <message>
        <source>Cannot read the refunds.</source>
        <translation>No se pueden leer los reembolsos.</translation>
    </message>
    <message>
        <source>Cannot read the balances.</source>
        <translation>No se pueden leer los saldos.</translation>
    </message>
    <message>
        <source>Cannot read the balance history.</source>
        <translation>No se puede leer el historial de saldos.</translation>
    </message>
    <message>
        <source>Cannot read the dedicated addresses.</source>
        <translation>No se pueden leer las direcciones dedicadas.</translation>
    </message>
    <message>
        <source>Cannot read the withdrawals.</source>
        <translation>No se pueden leer los retiros.</translation>
    </message>
    <message>
        <source>Cannot read the blockchain transactions.</source>
        <translation>No se pueden leer las transacciones de blockchain.</translation>
    </message>
    <message>
        <source>Cannot read the ledger&apos;s format version.</source>
        <translation>No se puede leer la versión del formato del libro contable.</translation>
    </message>
    <message>
        <source>Cannot start upgrading the ledger.</source>
        <translation>No se puede iniciar la actualización del libro contable.</translation>
    </message>
    <message>
        <source>Cannot upgrade the ledger to format %1.</source>
        <translation>No se puede actualizar el libro contable al formato %1.</translation>
    </message>
    <message>
        <source>A record without an account id or id cannot be stored.</source>
        <translation>No se puede guardar un registro sin id de cuenta o sin id.</translation>
    </message>
    <message>
        <source>Cannot store the payments.</source>
        <translation>No se pueden guardar los pagos.</translation>
    </message>
    <message>
        <source>Cannot store the refunds.</source>
        <translation>No se pueden guardar los reembolsos.</translation>
    </message>
    <message>
        <source>Cannot store the dedicated addresses.</source>
        <translation>No se pueden guardar las direcciones dedicadas.</translation>
    </message>
    <message>
        <source>Cannot store the withdrawals.</source>
        <translation>No se pueden guardar los retiros.</translation>
    </message>
    <message>
        <source>Cannot store the blockchain transactions.</source>
        <translation>No se pueden guardar las transacciones de blockchain.</translation>
    </message>
    <message>
        <source>Cannot store the balances.</source>
        <translation>No se pueden guardar los saldos.</translation>
    </message>
    <message>
        <source>Cannot create the ledger file %1.</source>
        <translation>No se puede crear el archivo del libro contable %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only: Paydesk can show what the ledger holds, but cannot record anything new there. Make the folder writable, or choose another data folder.</source>
        <translation>La carpeta de datos %1 es de solo lectura: Paydesk puede mostrar lo que contiene el libro, pero no puede registrar nada nuevo en él. Haga que la carpeta admita escritura o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>There is no ledger %1.</source>
        <translation>No existe el libro %1.</translation>
    </message>
    <message>
        <source>The ledger %1 is in an older format (%2) and must be upgraded first, which needs a writable folder.</source>
        <translation>El libro %1 tiene un formato anterior (%2) y primero hay que actualizarlo, para lo que se necesita una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>Cannot write to the ledger.</source>
        <translation>No se puede escribir en el libro.</translation>
    </message>
    <message>
        <source>Cannot read the deposits to dedicated addresses.</source>
        <translation>No se pueden leer los depósitos a las direcciones dedicadas.</translation>
    </message>
    <message>
        <source>Cannot read the gateway&apos;s assets.</source>
        <translation>No se pueden leer los activos de la pasarela.</translation>
    </message>
    <message>
        <source>Cannot store the gateway&apos;s assets.</source>
        <translation>No se pueden guardar los activos de la pasarela.</translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>Invoice paid</source>
        <translation>Factura pagada</translation>
    </message>
    <message>
        <source>Invoice overpaid</source>
        <translation>Factura con pago excesivo</translation>
    </message>
    <message>
        <source>Invoice underpaid</source>
        <translation>Factura con pago insuficiente</translation>
    </message>
    <message>
        <source>Invoice expired</source>
        <translation>Factura vencida</translation>
    </message>
    <message>
        <source>Refund completed</source>
        <translation>Reembolso completado</translation>
    </message>
    <message>
        <source>An invoice is paid</source>
        <translation>Se paga una factura</translation>
    </message>
    <message>
        <source>An invoice is overpaid</source>
        <translation>Una factura recibe un pago excesivo</translation>
    </message>
    <message>
        <source>An invoice is underpaid</source>
        <translation>Una factura recibe un pago insuficiente</translation>
    </message>
    <message>
        <source>An invoice expires</source>
        <translation>Vence una factura</translation>
    </message>
    <message>
        <source>A refund completes</source>
        <translation>Se completa un reembolso</translation>
    </message>
    <message>
        <source>%1 received for %2 on %3.</source>
        <translation>Se recibió %1 por %2 en %3.</translation>
    </message>
    <message>
        <source>%1 received for %2 on %3, more than the %4 asked.</source>
        <translation>Se recibió %1 por %2 en %3, más de los %4 solicitados.</translation>
    </message>
    <message>
        <source>Only %1 received for %2 on %3, less than the %4 asked.</source>
        <translation>Solo se recibió %1 por %2 en %3, menos de los %4 solicitados.</translation>
    </message>
    <message>
        <source>%1 for %2 on %3 expired without full payment.</source>
        <translation>%1 por %2 en %3 venció sin el pago completo.</translation>
    </message>
    <message>
        <source>%1 refunded for payment %2 on %3.</source>
        <translation>Se reembolsó %1 del pago %2 en %3.</translation>
    </message>
</context>
<context>
    <name>PaymentUri</name>
    <message>
        <source>There is no address to show.</source>
        <translation>No hay ninguna dirección que mostrar.</translation>
    </message>
    <message>
        <source>The address contains characters an address of this network cannot have.</source>
        <translation>La dirección contiene caracteres que una dirección de esta red no puede tener.</translation>
    </message>
    <message>
        <source>The amount to pay must be greater than zero.</source>
        <translation>El importe a pagar debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The amount has more decimal places than the asset allows, so no wallet could send it exactly.</source>
        <translation>El importe tiene más decimales de los que admite el activo, por lo que ningún monedero podría enviarlo exactamente.</translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>the page could not be drawn</source>
        <translation>no se pudo dibujar la página</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>%1 publishes no API to %2.</source>
        <translation>%1 no publica ninguna API para %2.</translation>
    </message>
    <message>
        <source>look up a refund</source>
        <translation>consultar un reembolso</translation>
    </message>
    <message>
        <source>look up an address by its customer reference</source>
        <translation>buscar una dirección por su referencia de cliente</translation>
    </message>
    <message>
        <source>list addresses</source>
        <translation>listar direcciones</translation>
    </message>
    <message>
        <source>look up a withdrawal by its foreign id</source>
        <translation>buscar un retiro por su id externo</translation>
    </message>
    <message>
        <source>read a refund back</source>
        <translation>leer de nuevo un reembolso</translation>
    </message>
    <message>
        <source>list withdrawals</source>
        <translation>listar los retiros</translation>
    </message>
    <message>
        <source>find deposits</source>
        <translation>buscar depósitos</translation>
    </message>
    <message>
        <source>list the assets it accepts</source>
        <translation>listar los activos que acepta</translation>
    </message>
</context>
<context>
    <name>ProviderErrorText</name>
    <message>
        <source>this account</source>
        <translation>esta cuenta</translation>
    </message>
    <message>
        <source>account “%1”</source>
        <translation>la cuenta «%1»</translation>
    </message>
    <message>
        <source>Could not reach the gateway of %1. Check the internet connection and try again.</source>
        <translation>No se pudo conectar con la pasarela de %1. Compruebe la conexión a Internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The gateway of %1 did not answer in time. Try again later.</source>
        <translation>La pasarela de %1 no respondió a tiempo. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The secure connection to the gateway of %1 failed; nothing was sent. Check the system clock and any proxy that intercepts HTTPS.</source>
        <translation>Falló la conexión segura con la pasarela de %1; no se envió nada. Compruebe el reloj del sistema y cualquier proxy que intercepte HTTPS.</translation>
    </message>
    <message>
        <source>The gateway rejected the API key of %1. Check the key and secret in Accounts.</source>
        <translation>La pasarela rechazó la clave de API de %1. Compruebe la clave y el secreto en Cuentas.</translation>
    </message>
    <message>
        <source>The gateway of %1 asks Paydesk to slow down. Try again in a minute.</source>
        <translation>La pasarela de %1 pide a Paydesk que reduzca el ritmo. Inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Not sent: check “%1”: %2</source>
        <translation>No enviado: revise «%1»: %2</translation>
    </message>
    <message>
        <source>The gateway of %1 refused the value of “%2”: %3</source>
        <translation>La pasarela de %1 rechazó el valor de «%2»: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The gateway of %1 refused the request: %2</source>
        <translation>La pasarela de %1 rechazó la solicitud: %2</translation>
    </message>
    <message>
        <source>The gateway of %1 does not know this object.</source>
        <translation>La pasarela de %1 no conoce este objeto.</translation>
    </message>
    <message>
        <source>The gateway of %1 refused this in the object&apos;s current state.</source>
        <translation>La pasarela de %1 rechazó esta operación en el estado actual del objeto.</translation>
    </message>
    <message>
        <source>The gateway of %1 had an internal error. Try again later.</source>
        <translation>La pasarela de %1 tuvo un error interno. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The gateway of %1 sent a reply Paydesk cannot read; nothing was changed.</source>
        <translation>La pasarela de %1 envió una respuesta que Paydesk no puede leer; no se modificó nada.</translation>
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
        <translation>No hay nada que poner en el código QR.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code. Use a shorter text or a lower error-correction level.</source>
        <translation>El texto es demasiado largo para un código QR. Use un texto más corto o un nivel de corrección de errores más bajo.</translation>
    </message>
    <message>
        <source>QR codes are not available: this build of Paydesk has no QR code library.</source>
        <translation>Los códigos QR no están disponibles: esta compilación de Paydesk no tiene biblioteca de códigos QR.</translation>
    </message>
    <message>
        <source>The QR code could not be made (out of memory).</source>
        <translation>No se pudo generar el código QR (sin memoria).</translation>
    </message>
</context>
<context>
    <name>QrImage</name>
    <message>
        <source>Could not save the QR code to %1: %2</source>
        <translation>No se pudo guardar el código QR en %1: %2</translation>
    </message>
    <message>
        <source>there is no picture to save.</source>
        <translation>no hay ninguna imagen que guardar.</translation>
    </message>
</context>
<context>
    <name>RawJsonNode</name>
    <message>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Cannot write the export file.</source>
        <translation>No se puede escribir el archivo de exportación.</translation>
    </message>
    <message>
        <source>Cannot write the export file: %1.</source>
        <translation>No se puede escribir el archivo de exportación: %1.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is stored under this name.</source>
        <translation>No hay ningún secreto guardado con este nombre.</translation>
    </message>
    <message>
        <source>The secret vault is locked. Unlock it with your passphrase.</source>
        <translation>La caja fuerte de secretos está bloqueada. Desbloquéela con su frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>The secret vault file is damaged or was changed outside Paydesk. It cannot be opened.</source>
        <translation>El archivo de la caja fuerte de secretos está dañado o se modificó fuera de Paydesk. No se puede abrir.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>El llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <source>The secret could not be read or saved.</source>
        <translation>No se pudo leer ni guardar el secreto.</translation>
    </message>
</context>
<context>
    <name>SecretStoreChooser</name>
    <message>
        <source>This build of Paydesk has no system keychain support.</source>
        <translation>Esta compilación de Paydesk no es compatible con el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>TLS is not available, so Paydesk cannot reach the payment gateways (the built-in sandbox still works). Reinstall Paydesk, or install OpenSSL 3.</source>
        <translation>TLS no está disponible, por lo que Paydesk no puede conectar con las pasarelas de pago (el entorno de pruebas integrado sigue funcionando). Reinstale Paydesk o instale OpenSSL 3.</translation>
    </message>
    <message>
        <source>Qt TLS backend: %1; OpenSSL loaded: %2</source>
        <translation>Backend TLS de Qt: %1; OpenSSL cargado: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Pending</source>
        <extracomment>Payment status: created, waiting for the payer</extracomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Confirming</source>
        <extracomment>Payment status: seen on chain, waiting for confirmations</extracomment>
        <translation>Confirmando</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation>Pago insuficiente</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Pago excesivo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Refunding</source>
        <translation>Reembolsando</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Reembolsado parcialmente</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Payment status: funds held by the gateway (compliance check)</extracomment>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Released</source>
        <extracomment>Dedicated address status: released or blocked, no longer credited to the merchant</extracomment>
        <translation>Liberada</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>Paydesk cannot talk to %1 accounts yet.</source>
        <translation>Paydesk todavía no puede comunicarse con cuentas de %1.</translation>
    </message>
</context>
<context>
    <name>TransportError</name>
    <message>
        <source>The request was not sent.</source>
        <translation>No se envió la solicitud.</translation>
    </message>
    <message>
        <source>The connection to the gateway failed.</source>
        <translation>Falló la conexión con la pasarela.</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>La pasarela no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection to the gateway failed.</source>
        <translation>Falló la conexión segura con la pasarela.</translation>
    </message>
    <message>
        <source>The gateway&apos;s reply was cut short.</source>
        <translation>La respuesta de la pasarela llegó incompleta.</translation>
    </message>
    <message>
        <source>The gateway&apos;s reply was larger than allowed and was not read.</source>
        <translation>La respuesta de la pasarela superaba el tamaño permitido y no se leyó.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The gateway answered with an unexpected HTTP status %1.</source>
        <translation>La pasarela respondió con un estado HTTP inesperado: %1.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 respondió con HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2 (%3).</source>
        <translation>%1 respondió con HTTP %2 (%3).</translation>
    </message>
</context>
<context>
    <name>UnknownOutcome</name>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was lost and it cannot be asked about this refund: check at the gateway.</source>
        <translation>Se perdió la respuesta de la pasarela y no se le puede preguntar por este reembolso: compruébelo en la pasarela.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was lost: Paydesk looks it up at each sync before anything is sent again.</source>
        <translation>Se perdió la respuesta de la pasarela: Paydesk lo consulta en cada sincronización antes de volver a enviar nada.</translation>
    </message>
</context>
<context>
    <name>WebhookVerifier</name>
    <message>
        <source>No webhook secret is set for this account, so the webhook cannot be verified.</source>
        <translation>Esta cuenta no tiene configurado un secreto de webhook, por lo que no se puede verificar el webhook.</translation>
    </message>
    <message>
        <source>The X-Webhook-HMAC-SHA256 header is missing.</source>
        <translation>Falta la cabecera X-Webhook-HMAC-SHA256.</translation>
    </message>
    <message>
        <source>The signature does not match the webhook secret.</source>
        <translation>La firma no coincide con el secreto del webhook.</translation>
    </message>
    <message>
        <source>The Pay-Signature header is missing.</source>
        <translation>Falta la cabecera Pay-Signature.</translation>
    </message>
    <message>
        <source>The Pay-Signature header has no timestamp or no v1 signature.</source>
        <translation>La cabecera Pay-Signature no tiene marca de tiempo o firma v1.</translation>
    </message>
    <message>
        <source>No v1 signature matches the webhook signature secret.</source>
        <translation>Ninguna firma v1 coincide con el secreto de firma del webhook.</translation>
    </message>
    <message>
        <source>The webhook body has no &quot;sign&quot; field.</source>
        <translation>El cuerpo del webhook no tiene el campo «sign».</translation>
    </message>
    <message>
        <source>The webhook body is not a valid JSON object.</source>
        <translation>El cuerpo del webhook no es un objeto JSON válido.</translation>
    </message>
    <message>
        <source>No payout key is set for this account.</source>
        <translation>Esta cuenta no tiene configurada una clave de liquidaciones.</translation>
    </message>
    <message>
        <source>No payment key is set for this account.</source>
        <translation>Esta cuenta no tiene configurada una clave de pagos.</translation>
    </message>
    <message>
        <source>The signature does not match the payout key.</source>
        <translation>La firma no coincide con la clave de liquidaciones.</translation>
    </message>
    <message>
        <source>The signature does not match the payment key.</source>
        <translation>La firma no coincide con la clave de pagos.</translation>
    </message>
    <message>
        <source>The X-Processing-Signature header is missing.</source>
        <translation>Falta la cabecera X-Processing-Signature.</translation>
    </message>
    <message>
        <source>The X-Processing-Key header is not this account&apos;s API key.</source>
        <translation>La cabecera X-Processing-Key no es la clave de API de esta cuenta.</translation>
    </message>
    <message>
        <source>The signature does not match the account&apos;s API secret.</source>
        <translation>La firma no coincide con el secreto de API de la cuenta.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Paydesk: desktop dashboard for crypto payment gateways.</source>
        <translation>Paydesk: panel de escritorio para pasarelas de pago con criptomonedas.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox with four demo accounts (no credentials).</source>
        <translation>Iniciar en el entorno de pruebas integrado con cuatro cuentas de demostración (sin credenciales).</translation>
    </message>
    <message>
        <source>Keep the ledger and settings in &lt;dir&gt; instead of the default location.</source>
        <translation>Guardar el libro contable y la configuración en &lt;dir&gt; en lugar de la ubicación predeterminada.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Show the dashboard in &lt;language&gt; (en, es, ru…) instead of the configured one.</source>
        <translation>Mostrar el panel en &lt;idioma&gt; (en, es, ru…) en lugar del idioma configurado.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>paydesk: cannot create the data folder %1</source>
        <translation>paydesk: no se puede crear la carpeta de datos %1</translation>
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
        <translation>ID de co&amp;merciante:</translation>
    </message>
    <message>
        <source>&amp;Live mode: real payments</source>
        <translation>Modo &amp;real: pagos reales</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>e.g. shop-eu</source>
        <translation>p. ej., tienda-eu</translation>
    </message>
    <message>
        <source>The merchant UUID from the Cryptomus dashboard</source>
        <translation>El UUID de comerciante del panel de Cryptomus</translation>
    </message>
    <message>
        <source>Off for the gateway&apos;s test environment; on when the account takes real money</source>
        <translation>Desactivado para el entorno de pruebas de la pasarela; activado cuando la cuenta recibe dinero real</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Pasarela:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>Edit Account “%1”</source>
        <translation>Editar la cuenta «%1»</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>An account stays on its gateway; add a new account for another one.</source>
        <translation>Una cuenta permanece en su pasarela; añada una cuenta nueva para otra pasarela.</translation>
    </message>
    <message>
        <source>Your deployment&apos;s API root, e.g. https://api.example.com/int</source>
        <translation>La raíz de la API de su implementación, p. ej., https://api.example.com/int</translation>
    </message>
    <message>
        <source>Gateway v10.2 is white-label: each service has its own API root.</source>
        <translation>Gateway v10.2 es de marca blanca: cada servicio tiene su propia raíz de API.</translation>
    </message>
    <message>
        <source>The production URL unless you use a sandbox or a proxy.</source>
        <translation>La URL de producción, salvo que use un entorno de pruebas o un proxy.</translation>
    </message>
    <message>
        <source>Stored; leave empty to keep it</source>
        <translation>Guardado; déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the stored value</source>
        <translation>Mostrar el valor guardado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message numerus="yes">
        <source>Copy to the clipboard; it is cleared after %n second(s)</source>
        <translation>
            <numerusform>Copiar al portapapeles; se borrará al cabo de %n segundo</numerusform>
            <numerusform>Copiar al portapapeles; se borrará al cabo de %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (opcional):</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain or the encrypted vault, never in the ledger. Leave a field empty to keep what is stored.</source>
        <translation>Los secretos se guardan en el llavero del sistema o en la caja fuerte cifrada, nunca en el libro contable. Deje un campo vacío para conservar lo guardado.</translation>
    </message>
    <message>
        <source>Entered once and kept in the system keychain or the encrypted vault, never in the ledger; Paydesk does not show them again unless you ask.</source>
        <translation>Se introducen una vez y se guardan en el llavero del sistema o en la caja fuerte cifrada, nunca en el libro contable; Paydesk no vuelve a mostrarlos salvo que usted lo pida.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Nothing is stored for this account.</source>
        <translation>No hay nada guardado para esta cuenta.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Asigne un nombre a la cuenta.</translation>
    </message>
    <message>
        <source>Another account is named “%1”.</source>
        <translation>Ya hay otra cuenta llamada «%1».</translation>
    </message>
    <message>
        <source>Gateway v10.2 has no single production URL: enter your deployment&apos;s API root, e.g. https://api.example.com/int.</source>
        <translation>Gateway v10.2 no tiene una única URL de producción: introduzca la raíz de la API de su implementación, p. ej., https://api.example.com/int.</translation>
    </message>
    <message>
        <source>Enter the API root, e.g. %1.</source>
        <translation>Introduzca la raíz de la API, p. ej., %1.</translation>
    </message>
    <message>
        <source>Enter a full URL such as https://api.example.com/int.</source>
        <translation>Introduzca una URL completa, como https://api.example.com/int.</translation>
    </message>
    <message>
        <source>Cryptomus accounts need the merchant ID (a UUID from its dashboard).</source>
        <translation>Las cuentas de Cryptomus necesitan el ID de comerciante (un UUID de su panel).</translation>
    </message>
    <message>
        <source>%1 accounts need the %2.</source>
        <translation>Las cuentas de %1 necesitan: %2.</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end.</source>
        <translation>Elimine los espacios del principio o del final.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>paydesk::AccountSync</name>
    <message numerus="yes">
        <source>%1 sent a page of invoices this sync had already listed, so the list stopped there after %n page(s). Invoices further back are refreshed one by one only while they are open.</source>
        <translation>
            <numerusform>%1 envió una página de facturas que esta sincronización ya había listado, así que la lista se detuvo ahí tras %n página. Las facturas anteriores solo se actualizan una a una mientras están abiertas.</numerusform>
            <numerusform>%1 envió una página de facturas que esta sincronización ya había listado, así que la lista se detuvo ahí tras %n páginas. Las facturas anteriores solo se actualizan una a una mientras están abiertas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the invoice list stopped at the limit of %n page(s) per sync; the next sync goes on from there.</source>
        <translation>
            <numerusform>%1: la lista de facturas se detuvo en el límite de %n página por sincronización; la próxima sincronización sigue desde ahí.</numerusform>
            <numerusform>%1: la lista de facturas se detuvo en el límite de %n páginas por sincronización; la próxima sincronización sigue desde ahí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the invoice list stopped at the limit of %n page(s) per sync with more left at the gateway. Raise &quot;List pages per sync&quot; in Preferences to list further back.</source>
        <translation>
            <numerusform>%1: la lista de facturas se detuvo en el límite de %n página por sincronización y la pasarela tiene más. Aumente «Páginas de lista por sincronización» en Preferencias para listar más atrás.</numerusform>
            <numerusform>%1: la lista de facturas se detuvo en el límite de %n páginas por sincronización y la pasarela tiene más. Aumente «Páginas de lista por sincronización» en Preferencias para listar más atrás.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the withdrawal list stopped at the limit of %n page(s) per sync with more left at the gateway. Raise &quot;List pages per sync&quot; in Preferences to list further back.</source>
        <translation>
            <numerusform>%1: la lista de retiros se detuvo en el límite de %n página por sincronización y la pasarela tiene más. Aumente «Páginas de lista por sincronización» en Preferencias para listar más atrás.</numerusform>
            <numerusform>%1: la lista de retiros se detuvo en el límite de %n páginas por sincronización y la pasarela tiene más. Aumente «Páginas de lista por sincronización» en Preferencias para listar más atrás.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::AccountTableModel</name>
    <message>
        <source>Live</source>
        <extracomment>Account mode badge: real money</extracomment>
        <translation>Real</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation>ID de comerciante</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
</context>
<context>
    <name>paydesk::AccountsPage</name>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Add a gateway account</source>
        <translation>Añadir una cuenta de pasarela</translation>
    </message>
    <message>
        <source>Make a real authenticated call to check the account&apos;s keys</source>
        <translation>Hacer una llamada autenticada real para comprobar las claves de la cuenta</translation>
    </message>
    <message>
        <source>Read the account&apos;s payments, balances and addresses from the gateway now</source>
        <translation>Leer ahora de la pasarela los pagos, saldos y direcciones de la cuenta</translation>
    </message>
    <message>
        <source>No gateway accounts yet. Add one with its API keys from the gateway&apos;s dashboard; start with a test account if the gateway offers one.</source>
        <translation>Todavía no hay cuentas de pasarela. Añada una con sus claves de API del panel de la pasarela; empiece con una cuenta de prueba si la pasarela la ofrece.</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Cuenta seleccionada</translation>
    </message>
    <message>
        <source>The accounts could not be read from the local ledger.</source>
        <translation>No se pudieron leer las cuentas del libro contable local.</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Nunca se ha sincronizado.</translation>
    </message>
    <message>
        <source>Last sync %1: OK.</source>
        <translation>Última sincronización %1: correcta.</translation>
    </message>
    <message>
        <source>Last sync %1 failed: %2</source>
        <translation>Última sincronización %1 fallida: %2</translation>
    </message>
    <message>
        <source>(last success %1)</source>
        <translation>(última correcta: %1)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>No account selected.</source>
        <translation>No hay ninguna cuenta seleccionada.</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 en %2, %3</translation>
    </message>
    <message>
        <source>live: real payments</source>
        <translation>real: pagos reales</translation>
    </message>
    <message>
        <source>test mode</source>
        <translation>modo de prueba</translation>
    </message>
    <message>
        <source>API address: %1</source>
        <translation>Dirección de la API: %1</translation>
    </message>
    <message>
        <source>Merchant ID: %1</source>
        <translation>ID de comerciante: %1</translation>
    </message>
    <message>
        <source>Added the account “%1”. Test it to check its keys.</source>
        <translation>Se añadió la cuenta «%1». Pruébela para comprobar sus claves.</translation>
    </message>
    <message>
        <source>Saved the account “%1”.</source>
        <translation>Se guardó la cuenta «%1».</translation>
    </message>
    <message>
        <source>✓ “%1” works: %2 accepted its keys.</source>
        <translation>✓ «%1» funciona: %2 aceptó sus claves.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>¿Desea eliminar la cuenta «%1»?</translation>
    </message>
    <message>
        <source>Paydesk forgets its payments, refunds, balances and addresses and deletes its stored keys. Nothing changes at %1.</source>
        <translation>Paydesk olvida sus pagos, reembolsos, saldos y direcciones, y borra sus claves guardadas. En %1 no cambia nada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Se eliminó la cuenta «%1».</translation>
    </message>
</context>
<context>
    <name>paydesk::AddressDialog</name>
    <message>
        <source>CryptoProcessing picks the network through the currency code; it takes no separate network.</source>
        <translation>CryptoProcessing elige la red a través del código de moneda; no acepta una red por separado.</translation>
    </message>
    <message>
        <source>CryptoProcessing deposit addresses have no label.</source>
        <translation>Las direcciones de depósito de CryptoProcessing no tienen etiqueta.</translation>
    </message>
    <message>
        <source>Required: CryptoProcessing keys each address to a customer reference (foreign id); the same reference gives back the same address.</source>
        <translation>Obligatorio: CryptoProcessing asocia cada dirección a una referencia de cliente (id externo); la misma referencia devuelve la misma dirección.</translation>
    </message>
    <message>
        <source>Gateway v10.2 picks the network through the asset; it takes no separate network.</source>
        <translation>Gateway v10.2 elige la red a través del activo; no acepta una red por separado.</translation>
    </message>
    <message>
        <source>Sent as the address&apos;s description.</source>
        <translation>Se envía como descripción de la dirección.</translation>
    </message>
    <message>
        <source>Optional: sent as the order id.</source>
        <translation>Opcional: se envía como id de pedido.</translation>
    </message>
    <message>
        <source>Required: e.g. tron, eth, bsc.</source>
        <translation>Obligatorio: p. ej., tron, eth, bsc.</translation>
    </message>
    <message>
        <source>Cryptomus static wallets have no label.</source>
        <translation>Los monederos estáticos de Cryptomus no tienen etiqueta.</translation>
    </message>
    <message>
        <source>Required: the static wallet&apos;s order id (letters, digits, - and _).</source>
        <translation>Obligatorio: el id de pedido del monedero estático (letras, dígitos, - y _).</translation>
    </message>
    <message>
        <source>Create Address</source>
        <translation>Crear dirección</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None of your accounts can have dedicated addresses: CryptoProcessing, Gateway v10.2 and Cryptomus accounts can. %1</source>
        <translation>Ninguna de sus cuentas admite direcciones dedicadas: las cuentas de CryptoProcessing, Gateway v10.2 y Cryptomus sí las admiten. %1</translation>
    </message>
    <message>
        <source>e.g. tron</source>
        <translation>p. ej., tron</translation>
    </message>
    <message>
        <source>For you: what the address is for</source>
        <translation>Para usted: para qué sirve la dirección</translation>
    </message>
    <message>
        <source>Your customer&apos;s id or an order id</source>
        <translation>El id de su cliente o un id de pedido</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>A&amp;sset:</source>
        <translation>&amp;Activo:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Customer &amp;reference:</source>
        <translation>Re&amp;ferencia de cliente:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Choose an asset.</source>
        <translation>Elija un activo.</translation>
    </message>
    <message>
        <source>%1 is a fiat currency; deposit addresses hold crypto assets.</source>
        <translation>%1 es una moneda fiduciaria; las direcciones de depósito contienen activos cripto.</translation>
    </message>
    <message>
        <source>%1 needs the network.</source>
        <translation>%1 necesita la red.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>The assets %1 accepts, as the last sync read them (%2).</source>
        <translation>Los activos que acepta %1, según la última sincronización (%2).</translation>
    </message>
    <message>
        <source>Sync this account to offer exactly the assets its gateway accepts.</source>
        <translation>Sincronice esta cuenta para ofrecer exactamente los activos que acepta su pasarela.</translation>
    </message>
    <message>
        <source>%1 does not accept %2 (as the last sync read its assets). Choose one from the list.</source>
        <translation>%1 no acepta %2 (según la última sincronización de sus activos). Elija uno de la lista.</translation>
    </message>
</context>
<context>
    <name>paydesk::AddressTableModel</name>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Memo / destination tag some networks need next to the address</extracomment>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Referencia de cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 (%2 confirming)</source>
        <extracomment>Deposits to one address, with how many of them are still being confirmed</extracomment>
        <translation>%1 (%2 en confirmación)</translation>
    </message>
    <message>
        <source>too large to add up</source>
        <translation>demasiado grande para sumarlo</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>What the deposits to an address brought, per asset (deposits still being confirmed not included)</extracomment>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
</context>
<context>
    <name>paydesk::AddressesPage</name>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Crear…</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Liberar…</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Create a dedicated deposit address on an account</source>
        <translation>Crear una dirección de depósito dedicada en una cuenta</translation>
    </message>
    <message>
        <source>No dedicated addresses yet. Create one to give a customer an address of their own; payments to it are credited to your account.</source>
        <translation>Todavía no hay direcciones dedicadas. Cree una para dar a un cliente su propia dirección; los pagos a ella se abonan en su cuenta.</translation>
    </message>
    <message>
        <source>The addresses could not be read from the local ledger.</source>
        <translation>No se pudieron leer las direcciones del libro contable local.</translation>
    </message>
    <message>
        <source>Memo / tag: %1
The payer must enter it too, or the deposit is not credited.</source>
        <translation>Memo / tag: %1
El pagador también debe introducirlo; de lo contrario, el depósito no se abona.</translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation>Cuenta: %1 (%2)</translation>
    </message>
    <message>
        <source>Asset: %1</source>
        <translation>Activo: %1</translation>
    </message>
    <message>
        <source>Asset: %1 on %2</source>
        <translation>Activo: %1 en %2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>Customer reference: %1</source>
        <translation>Referencia de cliente: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Bloquear…</translation>
    </message>
    <message>
        <source>This address is no longer in use.</source>
        <translation>Esta dirección ya no está en uso.</translation>
    </message>
    <message>
        <source>No longer credited to you: payments sent to it now are not yours to keep.</source>
        <translation>Ya no se abona a usted: los pagos que se envíen ahora a ella no le pertenecen.</translation>
    </message>
    <message>
        <source>Stop using this address: later payments to it are no longer credited</source>
        <translation>Dejar de usar esta dirección: los pagos posteriores a ella ya no se abonan</translation>
    </message>
    <message>
        <source>Address %1 created.</source>
        <translation>Se creó la dirección %1.</translation>
    </message>
    <message>
        <source>Block Address</source>
        <translation>Bloquear dirección</translation>
    </message>
    <message>
        <source>Release Address</source>
        <translation>Liberar dirección</translation>
    </message>
    <message>
        <source>Block the %1 address %2?</source>
        <translation>¿Desea bloquear la dirección %2 de %1?</translation>
    </message>
    <message>
        <source>Release the %1 address %2?</source>
        <translation>¿Desea liberar la dirección %2 de %1?</translation>
    </message>
    <message>
        <source>Payments sent to it afterwards are no longer credited to your account. This cannot be undone.</source>
        <translation>Los pagos que se envíen a ella después ya no se abonarán en su cuenta. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Address %1 is no longer in use.</source>
        <translation>La dirección %1 ya no está en uso.</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Dirección copiada.</translation>
    </message>
    <message>
        <source>Print QR Sheet…</source>
        <translation>Imprimir hoja de QR…</translation>
    </message>
    <message>
        <source>Save QR Sheet as PDF…</source>
        <translation>Guardar hoja de QR como PDF…</translation>
    </message>
    <message>
        <source>Print the QR codes of the selected addresses, six to a page</source>
        <translation>Imprimir los códigos QR de las direcciones seleccionadas, seis por página</translation>
    </message>
    <message>
        <source>Save the QR codes of the selected addresses as a PDF file</source>
        <translation>Guardar los códigos QR de las direcciones seleccionadas como archivo PDF</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the dedicated addresses to CSV or JSON</source>
        <translation>Exportar las direcciones dedicadas a CSV o JSON</translation>
    </message>
    <message>
        <source>The QR sheet could not be saved.</source>
        <translation>No se pudo guardar la hoja de QR.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Save QR Sheet as PDF</source>
        <translation>Guardar hoja de QR como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>deposit-addresses</source>
        <translation>direcciones-de-deposito</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Double-click a deposit to open it on the Payments page</source>
        <translation>Haga doble clic en un depósito para abrirlo en la página Pagos</translation>
    </message>
    <message>
        <source>No deposits seen yet. Deposits appear after a sync.</source>
        <translation>Aún no se ha visto ningún depósito. Los depósitos aparecen tras una sincronización.</translation>
    </message>
    <message>
        <source>Deposits: %1</source>
        <translation>Depósitos: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Recibido: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Última actividad: %1</translation>
    </message>
    <message>
        <source>The deposits could not be read from the local ledger.</source>
        <translation>No se pudieron leer los depósitos del libro contable local.</translation>
    </message>
    <message>
        <source>The newest %1 are listed; the Payments page shows them all (search for the address).</source>
        <translation>Se muestran los %1 más recientes; la página Pagos los muestra todos (busque la dirección).</translation>
    </message>
</context>
<context>
    <name>paydesk::AppGatewayActions</name>
    <message>
        <source>The secrets of account “%1” cannot be read: %2</source>
        <translation>No se pueden leer los secretos de la cuenta «%1»: %2</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Se eliminó la cuenta.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>Account “%1” has no API key stored: edit the account to enter it.</source>
        <translation>La cuenta «%1» no tiene ninguna clave de API guardada: edite la cuenta para introducirla.</translation>
    </message>
    <message>
        <source>Paydesk cannot talk to %1 accounts.</source>
        <translation>Paydesk no puede comunicarse con cuentas de %1.</translation>
    </message>
    <message>
        <source>An account named “%1” exists already.</source>
        <translation>Ya existe una cuenta llamada «%1».</translation>
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
        <translation>No hay historial de saldos para esta moneda</translation>
    </message>
</context>
<context>
    <name>paydesk::BalanceTableModel</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Asset</source>
        <extracomment>Column header: the asset of a balance (BTC, USDT...)</extracomment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Fiat equivalent</source>
        <translation>Equivalente en fiat</translation>
    </message>
    <message>
        <source>As of</source>
        <extracomment>Column header: when the balance was read</extracomment>
        <translation>A fecha de</translation>
    </message>
</context>
<context>
    <name>paydesk::BalancesPage</name>
    <message>
        <source>Sync Now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Totals per asset</source>
        <translation>Totales por activo</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <source>Read the balances of every account from the gateways now</source>
        <translation>Leer ahora de las pasarelas los saldos de todas las cuentas</translation>
    </message>
    <message>
        <source>No balances yet. Paydesk reads the balances of each account at every sync.</source>
        <translation>Todavía no hay saldos. Paydesk lee los saldos de cada cuenta en cada sincronización.</translation>
    </message>
    <message>
        <source>The balances could not be read from the local ledger.</source>
        <translation>No se pudieron leer los saldos del libro contable local.</translation>
    </message>
    <message>
        <source>No balances for %1: %2</source>
        <translation>Sin saldos para %1: %2</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Total in %1: %2</source>
        <translation>Total en %1: %2</translation>
    </message>
    <message>
        <source>(not included: %1, for which the gateways give no %2 equivalent)</source>
        <translation>(no incluye: %1, para los que las pasarelas no dan equivalente en %2)</translation>
    </message>
    <message>
        <source>No total in %1: the gateways give no %1 equivalent for these balances.</source>
        <translation>Sin total en %1: las pasarelas no dan equivalente en %1 para estos saldos.</translation>
    </message>
    <message>
        <source>Some totals are too large to add up exactly.</source>
        <translation>Algunos totales son demasiado grandes para sumarlos con exactitud.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the balances, or their history, to CSV or JSON</source>
        <translation>Exportar los saldos, o su historial, a CSV o JSON</translation>
    </message>
</context>
<context>
    <name>paydesk::BucksBusProvider</name>
    <message>
        <source>The start of the period must be before its end.</source>
        <translation>El inicio del período debe ser anterior a su fin.</translation>
    </message>
    <message>
        <source>The page cursor does not belong to this period.</source>
        <translation>El cursor de página no pertenece a este período.</translation>
    </message>
    <message>
        <source>Withdrawal %1 was not sent under refund key %2.</source>
        <translation>El retiro %1 no se envió con la clave de reembolso %2.</translation>
    </message>
</context>
<context>
    <name>paydesk::CryptoComProvider</name>
    <message>
        <source>Crypto.com shows %1 refunded on payment %2: neither %3 (this refund not made) nor %4 (this refund made). Another refund may have been made outside Paydesk: check the payment at Crypto.com and settle refund key %5 in the journal.</source>
        <translation>Crypto.com muestra %1 reembolsado en el pago %2: ni %3 (este reembolso no hecho) ni %4 (este reembolso hecho). Puede que se hiciera otro reembolso fuera de Paydesk: compruebe el pago en Crypto.com y resuelva la clave de reembolso %5 en el diario.</translation>
    </message>
</context>
<context>
    <name>paydesk::CryptoProcessingProvider</name>
    <message>
        <source>CryptoProcessing has no API to read a payment request by its id. Its status comes from the gateway&apos;s callbacks and, once something was paid, from its deposit, found by the request&apos;s foreign id.</source>
        <translation>CryptoProcessing no tiene ninguna API para leer una solicitud de pago por su id. Su estado procede de las notificaciones (callbacks) de la pasarela y, una vez pagado algo, de su depósito, que se encuentra por el id externo de la solicitud.</translation>
    </message>
    <message>
        <source>The transaction CryptoProcessing holds under foreign id %1 is a %2, not a withdrawal.</source>
        <translation>La transacción que CryptoProcessing tiene con el id externo %1 es de tipo %2, no un retiro.</translation>
    </message>
    <message>
        <source>CryptoProcessing has no withdrawal %1.</source>
        <translation>CryptoProcessing no tiene el retiro %1.</translation>
    </message>
    <message>
        <source>CryptoProcessing transaction %1 is a %2, not a withdrawal.</source>
        <translation>La transacción %1 de CryptoProcessing es de tipo %2, no un retiro.</translation>
    </message>
    <message>
        <source>CryptoProcessing lists blockchain transactions by transaction id, not by payment request id: a payment request&apos;s transactions are found through its foreign id.</source>
        <translation>CryptoProcessing lista las transacciones de blockchain por id de transacción, no por id de solicitud de pago: las transacciones de una solicitud de pago se encuentran a través de su id externo.</translation>
    </message>
    <message>
        <source>CryptoProcessing has no transaction %1.</source>
        <translation>CryptoProcessing no tiene la transacción %1.</translation>
    </message>
    <message>
        <source>This payment request has no foreign id: CryptoProcessing can only find it through its callbacks.</source>
        <translation>Esta solicitud de pago no tiene id externo: CryptoProcessing solo puede encontrarla a través de sus notificaciones (callbacks).</translation>
    </message>
    <message>
        <source>This payment request has no foreign id: CryptoProcessing cannot find its transactions.</source>
        <translation>Esta solicitud de pago no tiene id externo: CryptoProcessing no puede encontrar sus transacciones.</translation>
    </message>
    <message>
        <source>This address has no foreign id: CryptoProcessing can only tell its deposits through their callbacks.</source>
        <translation>Esta dirección no tiene ID externo: CryptoProcessing solo informa de sus depósitos mediante sus callbacks.</translation>
    </message>
</context>
<context>
    <name>paydesk::CryptomusProvider</name>
    <message>
        <source>Cryptomus accepted the refund, but reading it back failed: Paydesk reads it at the next sync.</source>
        <translation>Cryptomus aceptó el reembolso, pero no se pudo leer de nuevo: Paydesk lo leerá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Cryptomus no longer shows a refund of payment %1.</source>
        <translation>Cryptomus ya no muestra ningún reembolso del pago %1.</translation>
    </message>
    <message>
        <source>Payouts are listed with the payout key, and this account has none.</source>
        <translation>Los pagos se listan con la clave de pagos, y esta cuenta no tiene ninguna.</translation>
    </message>
</context>
<context>
    <name>paydesk::DashboardApp</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <source>Choose a passphrase for the secret vault that keeps your API keys:</source>
        <translation>Elija una frase de contraseña para la caja fuerte de secretos que guarda sus claves de API:</translation>
    </message>
</context>
<context>
    <name>paydesk::ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
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
        <translation>Empezar con una marca de orden de bytes (para Excel)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Balances (latest)</source>
        <translation>Saldos (los más recientes)</translation>
    </message>
    <message>
        <source>Balance history</source>
        <translation>Historial de saldos</translation>
    </message>
    <message>
        <source>Dedicated addresses</source>
        <translation>Direcciones dedicadas</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for spreadsheets with a decimal comma</source>
        <translation>Punto y coma ( ; ) para hojas de cálculo con coma decimal</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exportar:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>The range ends before it starts: choose an end date on or after the start date.</source>
        <translation>El intervalo termina antes de empezar: elija una fecha final igual o posterior a la fecha inicial.</translation>
    </message>
    <message>
        <source>Choose where to save the export: type a file name or use Browse…</source>
        <translation>Elija dónde guardar la exportación: escriba un nombre de archivo o use Examinar…</translation>
    </message>
    <message>
        <source>%1 is a folder. Add a file name to it.</source>
        <translation>%1 es una carpeta. Añada un nombre de archivo.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>The current filter of the Payments page</source>
        <translation>El filtro actual de la página Pagos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Dates from… to…</source>
        <translation>Fechas desde… hasta…</translation>
    </message>
    <message>
        <source>Balances are the current state: they have no range.</source>
        <translation>Los saldos son el estado actual: no tienen intervalo.</translation>
    </message>
    <message>
        <source>What the Payments page shows now: its search, account, status, currency and dates.</source>
        <translation>Lo que muestra ahora la página Pagos: su búsqueda, cuenta, estado, moneda y fechas.</translation>
    </message>
    <message>
        <source>Whole days in your time zone, both included.</source>
        <translation>Días completos en su zona horaria, ambos incluidos.</translation>
    </message>
    <message>
        <source>Every balance read at every sync.</source>
        <translation>Cada saldo leído en cada sincronización.</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>Exportando… %1 de %2</translation>
    </message>
</context>
<context>
    <name>paydesk::ExportRunner</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>Falló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln payment(s) to %1</source>
        <translation>
            <numerusform>Se exportó %Ln pago a %1</numerusform>
            <numerusform>Se exportaron %Ln pagos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln refund(s) to %1</source>
        <translation>
            <numerusform>Se exportó %Ln reembolso a %1</numerusform>
            <numerusform>Se exportaron %Ln reembolsos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln balance(s) to %1</source>
        <translation>
            <numerusform>Se exportó %Ln saldo a %1</numerusform>
            <numerusform>Se exportaron %Ln saldos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln balance record(s) to %1</source>
        <translation>
            <numerusform>Se exportó %Ln registro de saldo a %1</numerusform>
            <numerusform>Se exportaron %Ln registros de saldo a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln address(es) to %1</source>
        <translation>
            <numerusform>Se exportó %Ln dirección a %1</numerusform>
            <numerusform>Se exportaron %Ln direcciones a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1</numerusform>
            <numerusform>Se exportaron %Ln filas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::GatewayOperations</name>
    <message>
        <source>The gateway confirmed a request with %1 earlier but no longer shows it.</source>
        <translation>La pasarela confirmó antes una solicitud con %1, pero ya no la muestra.</translation>
    </message>
    <message>
        <source>A request with %1 is being sent right now.</source>
        <translation>Se está enviando ahora mismo una solicitud con %1.</translation>
    </message>
    <message>
        <source>The gateway did not answer, and it shows nothing under %1 yet: it was probably not created. Try again with the same key; Paydesk checks once more before sending.</source>
        <translation>La pasarela no respondió y todavía no muestra nada con %1: probablemente no se creó. Inténtelo de nuevo con la misma clave; Paydesk vuelve a comprobarlo antes de enviar.</translation>
    </message>
    <message>
        <source>The gateway did not answer, and looking up %1 failed too (%2). Paydesk checks again at the next sync before anything is sent again.</source>
        <translation>La pasarela no respondió y la consulta de %1 también falló (%2). Paydesk vuelve a comprobarlo en la próxima sincronización antes de volver a enviar nada.</translation>
    </message>
    <message>
        <source>An earlier request with %1 may have reached the gateway, and looking it up failed (%2). Nothing was sent again.</source>
        <translation>Es posible que una solicitud anterior con %1 llegara a la pasarela, y su consulta falló (%2). No se volvió a enviar nada.</translation>
    </message>
    <message>
        <source>An earlier refund of this payment (refund key %1) may have reached the gateway and is not settled yet. Send it again with the same key, or settle it in the journal, before another refund of this payment.</source>
        <translation>Un reembolso anterior de este pago (clave de reembolso %1) puede haber llegado a la pasarela y aún no está resuelto. Envíelo de nuevo con la misma clave, o resuélvalo en el diario, antes de otro reembolso de este pago.</translation>
    </message>
    <message>
        <source>Another refund of this payment (refund key %1) is being sent right now.</source>
        <translation>Ahora mismo se está enviando otro reembolso de este pago (clave de reembolso %1).</translation>
    </message>
</context>
<context>
    <name>paydesk::InvoiceResultView</name>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Open payment page</source>
        <translation>Abrir página de pago</translation>
    </message>
    <message>
        <source>Copy QR image</source>
        <translation>Copiar imagen QR</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Payment URL copied.</source>
        <translation>URL de pago copiada.</translation>
    </message>
    <message>
        <source>QR image copied.</source>
        <translation>Imagen QR copiada.</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Guardar código QR</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Guardar factura</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Payment page:</source>
        <translation>Página de pago:</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>%1 (pay %2)</source>
        <translation>%1 (pagar %2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>Waiting for the payment; this updates by itself.</source>
        <translation>Esperando el pago; esto se actualiza automáticamente.</translation>
    </message>
    <message>
        <source>This invoice has no hosted payment page.</source>
        <translation>Esta factura no tiene página de pago alojada.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>The QR code could not be saved.</source>
        <translation>No se pudo guardar el código QR.</translation>
    </message>
    <message>
        <source>The invoice could not be saved.</source>
        <translation>No se pudo guardar la factura.</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Add a gateway account first.</source>
        <translation>Añada primero una cuenta de pasarela.</translation>
    </message>
    <message>
        <source>Paydesk — sandbox</source>
        <translation>Paydesk — entorno de pruebas</translation>
    </message>
    <message>
        <source>Sandbox at %1: simulated gateways, demo accounts, nothing real is charged.</source>
        <translation>Entorno de pruebas en %1: pasarelas simuladas, cuentas de demostración; no se cobra nada real.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Invoice…</source>
        <translation>&amp;Nueva factura…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find Payments</source>
        <translation>&amp;Buscar pagos</translation>
    </message>
    <message>
        <source>&amp;Refresh Selected Invoice</source>
        <translation>&amp;Actualizar la factura seleccionada</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Hide Amounts</source>
        <translation>&amp;Ocultar importes</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>&amp;Acerca de Paydesk</translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation>Acerca de Paydesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paydesk %1&lt;/b&gt;&lt;p&gt;A desktop dashboard for crypto payment gateways: Crypto.com Pay, CryptoProcessing, Gateway v10.2 and Cryptomus.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Paydesk %1&lt;/b&gt;&lt;p&gt;Un panel de escritorio para pasarelas de pago con criptomonedas: Crypto.com Pay, CryptoProcessing, Gateway v10.2 y Cryptomus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · since %4%5</source>
        <translation>%1 · %2 %3 · desde %4%5</translation>
    </message>
    <message>
        <source>Each sync looks them up at the gateway. If none can settle one, check the gateway&apos;s own dashboard, then decide with paydesk-cli journal settle KEY --found ID (it was created) or --not-sent (nothing was created).</source>
        <translation>Cada sincronización las consulta en la pasarela. Si ninguna puede resolver una, revise el panel de la propia pasarela y decida con paydesk-cli journal settle CLAVE --found ID (se creó) o --not-sent (no se creó nada).</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) may have reached the gateway without an answer: their keys stay blocked until they are settled.</source>
        <translation>
            <numerusform>%n solicitud puede haber llegado a la pasarela sin respuesta: su clave sigue bloqueada hasta que se resuelva.</numerusform>
            <numerusform>%n solicitudes pueden haber llegado a la pasarela sin respuesta: sus claves siguen bloqueadas hasta que se resuelvan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Retiros</translation>
    </message>
    <message>
        <source>That address is not in the ledger yet: sync the account.</source>
        <translation>Esa dirección aún no está en el libro contable: sincronice la cuenta.</translation>
    </message>
    <message>
        <source>The payment is not shown: clear the Payments filter to see it.</source>
        <translation>El pago no se muestra: borre el filtro de Pagos para verlo.</translation>
    </message>
</context>
<context>
    <name>paydesk::NewInvoiceDialog</name>
    <message>
        <source>The payer chooses the amount (open amount)</source>
        <translation>El pagador elige el importe (importe abierto)</translation>
    </message>
    <message>
        <source>Create invoice</source>
        <translation>Crear factura</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>, test</source>
        <translation>, prueba</translation>
    </message>
    <message>
        <source>For example 25.00</source>
        <translation>Por ejemplo, 25.00</translation>
    </message>
    <message>
        <source>Any (the payer chooses)</source>
        <translation>Cualquiera (lo elige el pagador)</translation>
    </message>
    <message>
        <source>Optional, for example tron</source>
        <translation>Opcional, por ejemplo, tron</translation>
    </message>
    <message>
        <source>Shown to the payer</source>
        <translation>Se muestra al pagador</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Gateway default</source>
        <translation>Predeterminado de la pasarela</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Sin descuento</translation>
    </message>
    <message>
        <source>Positive: a discount for the payer; negative: a surcharge (-99 to 100).</source>
        <translation>Positivo: un descuento para el pagador; negativo: un recargo (de -99 a 100).</translation>
    </message>
    <message>
        <source>Optional, for example BTC, USDT</source>
        <translation>Opcional, por ejemplo, BTC, USDT</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Pagar con</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Id de pedido</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Válida durante</translation>
    </message>
    <message>
        <source>Payer e-mail</source>
        <translation>Correo del pagador</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Allowed currencies</source>
        <translation>Monedas permitidas</translation>
    </message>
    <message>
        <source>Add a gateway account first (Accounts page).</source>
        <translation>Añada primero una cuenta de pasarela (página Cuentas).</translation>
    </message>
    <message>
        <source>Crypto.com Pay: the payer chooses the crypto currency on the payment page.</source>
        <translation>Crypto.com Pay: el pagador elige la criptomoneda en la página de pago.</translation>
    </message>
    <message>
        <source>CryptoProcessing: the invoice stays open from 5 minutes to 60 days.</source>
        <translation>CryptoProcessing: la factura permanece abierta de 5 minutos a 60 días.</translation>
    </message>
    <message>
        <source>Gateway v10.2: a fiat amount needs the crypto asset to pay with; the network is part of the asset id (for example USDT.TRC20).</source>
        <translation>Gateway v10.2: un importe en fiat necesita el activo cripto con el que pagar; la red forma parte del id del activo (por ejemplo, USDT.TRC20).</translation>
    </message>
    <message>
        <source>Cryptomus: the order id may hold letters, digits, _ and -; invoices last 5 minutes to 12 hours.</source>
        <translation>Cryptomus: el id de pedido puede contener letras, dígitos, _ y -; las facturas duran de 5 minutos a 12 horas.</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>Elija una cuenta.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Introduzca el importe.</translation>
    </message>
    <message>
        <source>The amount is not an exact decimal number (use a point, for example 25.50): %1</source>
        <translation>El importe no es un número decimal exacto (use un punto, por ejemplo, 25.50): %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This is a very large amount: %1 %2 (more than the confirmation limit, %3). If it is right, click “Create invoice” again.</source>
        <translation>Es un importe muy grande: %1 %2 (más que el límite de confirmación, %3). Si es correcto, vuelva a hacer clic en «Crear factura».</translation>
    </message>
</context>
<context>
    <name>paydesk::OverviewPage</name>
    <message>
        <source>Settled today</source>
        <translation>Liquidado hoy</translation>
    </message>
    <message>
        <source>Settled, last 7 days</source>
        <translation>Liquidado, últimos 7 días</translation>
    </message>
    <message>
        <source>Settled, last 30 days</source>
        <translation>Liquidado, últimos 30 días</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Facturas abiertas</translation>
    </message>
    <message>
        <source>Pending refunds</source>
        <translation>Reembolsos pendientes</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Invoices still pending or processing</source>
        <translation>Facturas aún pendientes o en proceso</translation>
    </message>
    <message>
        <source>Refunds still pending or processing</source>
        <translation>Reembolsos aún pendientes o en proceso</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By gateway</source>
        <translation>Por pasarela</translation>
    </message>
    <message>
        <source>By currency</source>
        <translation>Por moneda</translation>
    </message>
    <message>
        <source>Stacked by gateway, one currency is shown at a time: amounts of different currencies are never added</source>
        <translation>Apilado por pasarela, se muestra una moneda cada vez: los importes de monedas distintas nunca se suman</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Net of refunds</source>
        <translation>Neto de reembolsos</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Liquidado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status breakdown (created in the range)</source>
        <translation>Desglose por estado (creados en el intervalo)</translation>
    </message>
    <message>
        <source>Balance history</source>
        <translation>Historial de saldos</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Leyendo el libro contable…</translation>
    </message>
    <message>
        <source>The overview could not be read from the local ledger.</source>
        <translation>No se pudo leer el resumen del libro contable local.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>también %1</translation>
    </message>
    <message>
        <source>Also settled: %1</source>
        <translation>También liquidado: %1</translation>
    </message>
    <message>
        <source>pending or processing</source>
        <translation>pendientes o en proceso</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 (last attempt failed)</source>
        <translation>%1 (falló el último intento)</translation>
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
        <translation>No hay cuentas</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <source>settlements.png</source>
        <translation>liquidaciones.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>No se pudo guardar el gráfico.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s), some never synced</source>
        <translation>
            <numerusform>%n cuenta, alguna nunca sincronizada</numerusform>
            <numerusform>%n cuentas, alguna nunca sincronizada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s), the oldest at %1</source>
        <translation>
            <numerusform>%n cuenta, la más antigua: %1</numerusform>
            <numerusform>%n cuentas, la más antigua: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last attempt failed for %n</source>
        <translation>
            <numerusform>el último intento falló en %n</numerusform>
            <numerusform>el último intento falló en %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentDetailPanel</name>
    <message>
        <source>Select a payment to see its details.</source>
        <translation>Seleccione un pago para ver sus detalles.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copiar id</translation>
    </message>
    <message>
        <source>Copy order id</source>
        <translation>Copiar id de pedido</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Cancelar factura</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <source>Cancel this invoice? The payer can no longer pay it.</source>
        <translation>¿Desea cancelar esta factura? El pagador ya no podrá pagarla.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Pay amount</source>
        <translation>Importe a pagar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Id de pedido</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>Id de pago</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Payer e-mail</source>
        <translation>Correo del pagador</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Payment URL</source>
        <translation>URL de pago</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Confirmaciones</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Copy transaction hash</source>
        <translation>Copiar hash de la transacción</translation>
    </message>
    <message>
        <source>Transaction hash</source>
        <translation>Hash de la transacción</translation>
    </message>
    <message>
        <source>Open in block explorer</source>
        <translation>Abrir en el explorador de bloques</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON sin procesar</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Página de pago</translation>
    </message>
    <message>
        <source>Blockchain transactions</source>
        <translation>Transacciones de blockchain</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>%1 (gateway: %2)</source>
        <translation>%1 (pasarela: %2)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>This payment has no hosted payment page.</source>
        <translation>Este pago no tiene página de pago alojada.</translation>
    </message>
    <message>
        <source>Only a pending invoice can be cancelled.</source>
        <translation>Solo se puede cancelar una factura pendiente.</translation>
    </message>
    <message>
        <source>Only a paid payment can be refunded.</source>
        <translation>Solo se puede reembolsar un pago abonado.</translation>
    </message>
    <message>
        <source>The refunds could not be read from the ledger.</source>
        <translation>No se pudieron leer los reembolsos del libro contable.</translation>
    </message>
    <message>
        <source>No refunds.</source>
        <translation>Sin reembolsos.</translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation>Consultando a la pasarela…</translation>
    </message>
    <message>
        <source>The transactions could not be fetched: %1</source>
        <translation>No se pudieron obtener las transacciones: %1</translation>
    </message>
    <message>
        <source>%1
Double-click to open %2</source>
        <translation>%1
Haga doble clic para abrir %2</translation>
    </message>
    <message>
        <source>No transactions yet.</source>
        <translation>Todavía no hay transacciones.</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 copiado.</translation>
    </message>
    <message>
        <source>Print Invoice…</source>
        <translation>Imprimir factura…</translation>
    </message>
    <message>
        <source>Save Invoice as PDF…</source>
        <translation>Guardar factura como PDF…</translation>
    </message>
    <message>
        <source>Print the invoice with its QR code</source>
        <translation>Imprimir la factura con su código QR</translation>
    </message>
    <message>
        <source>Save the invoice with its QR code as a PDF file</source>
        <translation>Guardar la factura con su código QR como archivo PDF</translation>
    </message>
    <message>
        <source>The invoice could not be saved.</source>
        <translation>No se pudo guardar la factura.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Save Invoice as PDF</source>
        <translation>Guardar factura como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Show address</source>
        <translation>Mostrar dirección</translation>
    </message>
    <message>
        <source>A deposit to a dedicated address: show the address with all its deposits</source>
        <translation>Un depósito a una dirección dedicada: muestra la dirección con todos sus depósitos</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentFilterBar</name>
    <message>
        <source>Search order id, description, id, address, e-mail, amount</source>
        <translation>Buscar id de pedido, descripción, id, dirección, correo, importe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Statuses shown</source>
        <translation>Estados mostrados</translation>
    </message>
    <message>
        <source>Currency (requested or paid with)</source>
        <translation>Moneda (solicitada o de pago)</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el período</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Desde (incluido)</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Hasta (incluido)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n estado</numerusform>
            <numerusform>%n estados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentTableModel</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Pay amount</source>
        <extracomment>The amount the payer is asked to send, in crypto</extracomment>
        <translation>Importe a pagar</translation>
    </message>
    <message>
        <source>Pay currency</source>
        <translation>Moneda de pago</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No ledger is loaded.</source>
        <translation>No hay ningún libro contable cargado.</translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentsPage</name>
    <message>
        <source>New invoice…</source>
        <translation>Nueva factura…</translation>
    </message>
    <message>
        <source>Loading payments… %1 of %2</source>
        <translation>Cargando pagos… %1 de %2</translation>
    </message>
    <message>
        <source>The payments could not be read from the ledger.</source>
        <translation>No se pudieron leer los pagos del libro contable.</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Cargando pagos…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln pago</numerusform>
            <numerusform>%Ln pagos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln payment(s)</source>
        <translation>
            <numerusform>%1 de %Ln pago</numerusform>
            <numerusform>%1 de %Ln pagos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the payments of the current filter to CSV or JSON</source>
        <translation>Exportar los pagos del filtro actual a CSV o JSON</translation>
    </message>
</context>
<context>
    <name>paydesk::QrCodeView</name>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>Sin código QR</translation>
    </message>
</context>
<context>
    <name>paydesk::RefundDialog</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Refund payment</source>
        <translation>Reembolsar pago</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Reembolso total</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Reembolso parcial</translation>
    </message>
    <message>
        <source>Amount, for example 12.50</source>
        <translation>Importe, por ejemplo, 12.50</translation>
    </message>
    <message>
        <source>Requested by the customer</source>
        <translation>Solicitado por el cliente</translation>
    </message>
    <message>
        <source>Duplicate payment</source>
        <translation>Pago duplicado</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Pago fraudulento</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>The payer&apos;s address</source>
        <translation>La dirección del pagador</translation>
    </message>
    <message>
        <source>Take the network fee from the refund</source>
        <translation>Descontar la comisión de red del reembolso</translation>
    </message>
    <message>
        <source>Unchecked, the merchant balance pays the fee and the payer gets the whole amount.</source>
        <translation>Si no se marca, la comisión la paga el saldo del comerciante y el pagador recibe el importe completo.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Reembolsar a</translation>
    </message>
    <message>
        <source>Please check what will be sent:</source>
        <translation>Compruebe lo que se enviará:</translation>
    </message>
    <message>
        <source>A refund cannot be undone.</source>
        <translation>Un reembolso no se puede deshacer.</translation>
    </message>
    <message>
        <source>Payment %1 on %2 (%3): %4, paid %5, refunded so far %6.</source>
        <translation>Pago %1 en %2 (%3): %4, pagado %5, reembolsado hasta ahora %6.</translation>
    </message>
    <message>
        <source>Refundable: %1</source>
        <translation>Reembolsable: %1</translation>
    </message>
    <message>
        <source>The whole payment (%1): Cryptomus refunds whole payments only</source>
        <translation>El pago completo (%1): Cryptomus solo reembolsa pagos completos</translation>
    </message>
    <message>
        <source>Full refund (%1)</source>
        <translation>Reembolso total (%1)</translation>
    </message>
    <message>
        <source>Send refund</source>
        <translation>Enviar reembolso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This payment has nothing left to refund.</source>
        <translation>A este pago no le queda nada por reembolsar.</translation>
    </message>
    <message>
        <source>Enter the amount to refund.</source>
        <translation>Introduzca el importe que desea reembolsar.</translation>
    </message>
    <message>
        <source>The amount is not a number: %1</source>
        <translation>El importe no es un número: %1</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>At most %1 can be refunded.</source>
        <translation>Se puede reembolsar como máximo %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Los importes en %1 tienen como máximo %n decimal.</numerusform>
            <numerusform>Los importes en %1 tienen como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the payer&apos;s address to refund to.</source>
        <translation>Introduzca la dirección del pagador a la que reembolsar.</translation>
    </message>
    <message>
        <source>An address has no spaces.</source>
        <translation>Una dirección no contiene espacios.</translation>
    </message>
    <message>
        <source>Refund %1 of payment %2 (account %3) to the payer&apos;s Crypto.com account.</source>
        <translation>Reembolsar %1 del pago %2 (cuenta %3) a la cuenta de Crypto.com del pagador.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Motivo: %1.</translation>
    </message>
    <message>
        <source>Send %1 from account %2 to the address %3, as the refund of payment %4.</source>
        <translation>Enviar %1 desde la cuenta %2 a la dirección %3, como reembolso del pago %4.</translation>
    </message>
    <message>
        <source>Network: %1.</source>
        <translation>Red: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Refund the whole payment %1 (%2, account %3) to the address %4.</source>
        <translation>Reembolsar el pago completo %1 (%2, cuenta %3) a la dirección %4.</translation>
    </message>
    <message>
        <source>The network fee is taken from the refund: the payer receives less.</source>
        <translation>La comisión de red se descuenta del reembolso: el pagador recibe menos.</translation>
    </message>
    <message>
        <source>The merchant balance pays the network fee.</source>
        <translation>El saldo del comerciante paga la comisión de red.</translation>
    </message>
    <message>
        <source>Refund %1 of payment %2 (account %3).</source>
        <translation>Reembolsar %1 del pago %2 (cuenta %3).</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Refund %1 of %2 was created. Status: %3.
It is listed on the Refunds page.</source>
        <translation>Se creó el reembolso %1 por %2. Estado: %3.
Aparece en la página Reembolsos.</translation>
    </message>
</context>
<context>
    <name>paydesk::RefundTableModel</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID de pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Destination address of a refund</extracomment>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
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
        <translation>Visto en la pasarela</translation>
    </message>
    <message>
        <source>Sent from Paydesk (the dashboard or paydesk-cli).</source>
        <translation>Enviado desde Paydesk (el panel o paydesk-cli).</translation>
    </message>
    <message>
        <source>Not sent from Paydesk: found in the gateway&apos;s records at a sync (made in the gateway&apos;s own dashboard or by another program).</source>
        <translation>No enviado desde Paydesk: encontrado en los registros de la pasarela al sincronizar (hecho en el panel de la propia pasarela o por otro programa).</translation>
    </message>
    <message>
        <source>Origin</source>
        <extracomment>Whether Paydesk sent a refund or it was only seen at the gateway</extracomment>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>paydesk::RefundsPage</name>
    <message>
        <source>The refunds could not be read from the ledger.</source>
        <translation>No se pudieron leer los reembolsos del libro contable.</translation>
    </message>
    <message>
        <source>No refunds yet. Refund a payment from its details on the Payments page.</source>
        <translation>Todavía no hay reembolsos. Reembolse un pago desde sus detalles en la página Pagos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s)</source>
        <translation>
            <numerusform>%Ln reembolso</numerusform>
            <numerusform>%Ln reembolsos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the refunds to CSV or JSON</source>
        <translation>Exportar los reembolsos a CSV o JSON</translation>
    </message>
</context>
<context>
    <name>paydesk::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Paydesk starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Paydesk.</translation>
    </message>
    <message>
        <source>Totals are shown in this currency only where the gateway itself gives an equivalent; Paydesk never converts with a rate of its own.</source>
        <translation>Los totales se muestran en esta moneda solo cuando la propia pasarela da un equivalente; Paydesk nunca convierte con un tipo de cambio propio.</translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation>&amp;Moneda de los informes:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>&amp;Sincronizar cada:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>&amp;Lock the vault after idle:</source>
        <translation>&amp;Bloquear la caja fuerte tras inactividad:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Clear copied secrets after:</source>
        <translation>Borrar los secretos &amp;copiados tras:</translation>
    </message>
    <message>
        <source>Show a desktop notification when:</source>
        <translation>Mostrar una notificación de escritorio cuando:</translation>
    </message>
    <message>
        <source>Enter a reporting currency code, such as USD or EUR.</source>
        <translation>Introduzca un código de moneda para los informes, como USD o EUR.</translation>
    </message>
    <message>
        <source>A new invoice above this amount (in its own currency, whatever it is) is only created after a second click; 0: never ask.</source>
        <translation>Una factura nueva por encima de este importe (en su propia moneda, sea cual sea) solo se crea tras un segundo clic; 0: no preguntar nunca.</translation>
    </message>
    <message>
        <source>Confirm &amp;invoices above:</source>
        <translation>Confirmar &amp;facturas por encima de:</translation>
    </message>
    <message>
        <source>Enter the amount above which new invoices are confirmed, such as 10000 (0: never ask).</source>
        <translation>Introduzca el importe por encima del cual se confirman las facturas nuevas, como 10000 (0: no preguntar nunca).</translation>
    </message>
    <message>
        <source>Gateway default</source>
        <translation>Lo que use la pasarela</translation>
    </message>
    <message>
        <source>Invoices asked for per list page, where the gateway takes a page size.</source>
        <translation>Facturas pedidas por página de lista, donde la pasarela admite un tamaño de página.</translation>
    </message>
    <message>
        <source>Invoices per list &amp;page:</source>
        <translation>Facturas por &amp;página de lista:</translation>
    </message>
    <message>
        <source>A sync stops listing an account&apos;s invoices after this many pages and says so in its result.</source>
        <translation>Una sincronización deja de listar las facturas de una cuenta tras este número de páginas y lo indica en su resultado.</translation>
    </message>
    <message>
        <source>List pages per s&amp;ync:</source>
        <translation>Pá&amp;ginas de lista por sincronización:</translation>
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
        <translation>No hay pagos liquidados en este intervalo</translation>
    </message>
</context>
<context>
    <name>paydesk::SyncStatusWidget</name>
    <message>
        <source>checking interrupted requests</source>
        <translation>comprobando solicitudes interrumpidas</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturas</translation>
    </message>
    <message>
        <source>open invoices</source>
        <translation>facturas abiertas</translation>
    </message>
    <message>
        <source>balances</source>
        <translation>saldos</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>direcciones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Syncing %1: %2…</source>
        <translation>Sincronizando %1: %2…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n accounts…</source>
        <translation>
            <numerusform>Sincronizando %n cuenta…</numerusform>
            <numerusform>Sincronizando %n cuentas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed for %1</source>
        <translation>Falló la sincronización de %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sincronizado a las %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>refunds under way</source>
        <translation>reembolsos en curso</translation>
    </message>
    <message>
        <source>withdrawals under way</source>
        <translation>retiros en curso</translation>
    </message>
    <message>
        <source>%1 (with a note: hover to read it)</source>
        <translation>%1 (con una nota: pase el ratón para leerla)</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>retiros</translation>
    </message>
    <message>
        <source>deposits to addresses</source>
        <translation>depósitos a direcciones</translation>
    </message>
    <message>
        <source>accepted assets</source>
        <translation>activos aceptados</translation>
    </message>
</context>
<context>
    <name>paydesk::VaultSecretStore</name>
    <message>
        <source>This file is not a Paydesk secret vault.</source>
        <translation>Este archivo no es una caja fuerte de secretos de Paydesk.</translation>
    </message>
    <message>
        <source>This secret vault was written by a newer version of Paydesk and cannot be opened here.</source>
        <translation>Esta caja fuerte de secretos fue escrita por una versión más reciente de Paydesk y no se puede abrir aquí.</translation>
    </message>
    <message>
        <source>The secret vault file is incomplete (truncated). It cannot be opened.</source>
        <translation>El archivo de la caja fuerte de secretos está incompleto (truncado). No se puede abrir.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The key derivation settings are out of range.</source>
        <translation>Los parámetros de derivación de la clave están fuera de rango.</translation>
    </message>
    <message>
        <source>A secret vault already exists at %1.</source>
        <translation>Ya existe una caja fuerte de secretos en %1.</translation>
    </message>
    <message>
        <source>The encryption library failed to derive the key.</source>
        <translation>La biblioteca de cifrado no pudo derivar la clave.</translation>
    </message>
    <message>
        <source>There is no secret vault at %1 yet.</source>
        <translation>Todavía no hay ninguna caja fuerte de secretos en %1.</translation>
    </message>
    <message>
        <source>The secret vault could not be read: %1</source>
        <translation>No se pudo leer la caja fuerte de secretos: %1</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>La nueva frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La frase de contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>The secret vault file %1 has disappeared.</source>
        <translation>El archivo de la caja fuerte de secretos %1 ha desaparecido.</translation>
    </message>
    <message>
        <source>The secret vault was changed by another program. Unlock it again.</source>
        <translation>Otro programa modificó la caja fuerte de secretos. Desbloquéela de nuevo.</translation>
    </message>
    <message>
        <source>The encryption library failed.</source>
        <translation>Falló la biblioteca de cifrado.</translation>
    </message>
    <message>
        <source>The secret vault could not be saved: %1</source>
        <translation>No se pudo guardar la caja fuerte de secretos: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::VaultUnlockDialog</name>
    <message>
        <source>Unlock Vault</source>
        <translation>Desbloquear caja fuerte</translation>
    </message>
    <message>
        <source>Your gateway keys are in an encrypted vault. Enter its passphrase to unlock it.</source>
        <translation>Sus claves de pasarela están en una caja fuerte cifrada. Introduzca su frase de contraseña para desbloquearla.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Your gateway keys are in an encrypted vault (%1). Enter its passphrase to unlock it.</source>
        <translation>Sus claves de pasarela están en una caja fuerte cifrada (%1). Introduzca su frase de contraseña para desbloquearla.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
<context>
    <name>paydesk::WelcomePage</name>
    <message>
        <source>Welcome to Paydesk</source>
        <translation>Bienvenido a Paydesk</translation>
    </message>
    <message>
        <source>Issue and refund invoices, watch balances, manage deposit addresses and export reports for Crypto.com Pay, CryptoProcessing, Gateway v10.2 and Cryptomus, in one place. Everything synced stays on this computer and works offline.</source>
        <translation>Emita y reembolse facturas, controle saldos, gestione direcciones de depósito y exporte informes de Crypto.com Pay, CryptoProcessing, Gateway v10.2 y Cryptomus en un solo lugar. Todo lo sincronizado se queda en este equipo y funciona sin conexión.</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Probar el entorno de pruebas</translation>
    </message>
    <message>
        <source>Four simulated gateways with demo accounts and generated history; no credentials.</source>
        <translation>Cuatro pasarelas simuladas con cuentas de demostración e historial generado; sin credenciales.</translation>
    </message>
    <message>
        <source>Add a gateway account…</source>
        <translation>Añadir una cuenta de pasarela…</translation>
    </message>
</context>
<context>
    <name>paydesk::WithdrawalTableModel</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Destination address of a withdrawal</extracomment>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>The blockchain transaction hash of a withdrawal</extracomment>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
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
        <translation>Abrir en el explorador de bloques</translation>
    </message>
    <message>
        <source>Open the withdrawal&apos;s blockchain transaction in a web browser</source>
        <translation>Abrir la transacción del retiro en la cadena de bloques en un navegador web</translation>
    </message>
    <message>
        <source>The withdrawals could not be read from the ledger.</source>
        <translation>No se pudieron leer los retiros del libro.</translation>
    </message>
    <message>
        <source>No withdrawals yet. Withdrawals and payouts sent with paydesk-cli appear here, and every sync follows them until they are sent or cancelled.</source>
        <translation>Aún no hay retiros. Los retiros y pagos enviados con paydesk-cli aparecen aquí, y cada sincronización los sigue hasta que se envían o se cancelan.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawal(s)</source>
        <translation>
            <numerusform>%Ln retiro</numerusform>
            <numerusform>%Ln retiros</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a withdrawal to see it whole.</source>
        <translation>Seleccione un retiro para verlo completo.</translation>
    </message>
    <message>
        <source>not told</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Withdrawal %1</source>
        <translation>Retiro %1</translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation>Cuenta: %1 (%2)</translation>
    </message>
    <message>
        <source>Amount: %1 %2</source>
        <translation>Importe: %1 %2</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Comisión: %1</translation>
    </message>
    <message>
        <source>not told by the gateway</source>
        <translation>no indicada por la pasarela</translation>
    </message>
    <message>
        <source>Status: %1 (%2 at the gateway)</source>
        <translation>Estado: %1 (%2 en la pasarela)</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Red: %1</translation>
    </message>
    <message>
        <source>Memo / tag: %1</source>
        <translation>Memo / tag: %1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>Transacción: %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviado</translation>
    </message>
    <message>
        <source>Sent under key: %1</source>
        <translation>Enviado con la clave: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizado: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::WrapAnywhereLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
</TS>
