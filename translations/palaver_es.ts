<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Palaver chat client</source>
        <translation>Cliente de chat Palaver</translation>
    </message>
    <message>
        <source>Connect to this server at once (host, host:port or a ws:// or wss:// URL).</source>
        <translation>Conectar de inmediato a este servidor (host, host:puerto o una URL ws:// o wss://).</translation>
    </message>
    <message>
        <source>Use this nickname.</source>
        <translation>Usar este apodo.</translation>
    </message>
</context>
<context>
    <name>palaver::client</name>
    <message>
        <source>Nothing is listening at %1 port %2: the server is not running, or the port is wrong.</source>
        <translation>Nada responde en %1, puerto %2: el servidor no está en marcha o el puerto es incorrecto.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; was not found. Check the server address.</source>
        <translation>No se encontró el nombre «%1». Comprueba la dirección del servidor.</translation>
    </message>
    <message>
        <source>No answer from %1 port %2: a firewall may be blocking it, or the server is on another network.</source>
        <translation>No hay respuesta de %1, puerto %2: puede que un cortafuegos la esté bloqueando o que el servidor esté en otra red.</translation>
    </message>
    <message>
        <source>The connection to the server broke off without a goodbye (the server may have crashed or been restarted).</source>
        <translation>La conexión con el servidor se cortó sin aviso (puede que el servidor se haya bloqueado o reiniciado).</translation>
    </message>
    <message>
        <source>The network is unreachable. Check this computer&apos;s network connection.</source>
        <translation>No se puede acceder a la red. Comprueba la conexión de red de este equipo.</translation>
    </message>
    <message>
        <source>The network proxy refused the connection: %1</source>
        <translation>El proxy de red rechazó la conexión: %1</translation>
    </message>
    <message>
        <source>Could not talk to the server: %1</source>
        <translation>No se pudo comunicar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server shut down or is restarting.</source>
        <translation>El servidor se apagó o se está reiniciando.</translation>
    </message>
    <message>
        <source>The server closed the connection because a message was too large.</source>
        <translation>El servidor cerró la conexión porque un mensaje era demasiado grande.</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>El servidor cerró la conexión: %1</translation>
    </message>
    <message>
        <source>This version of Palaver can&apos;t talk to that server. Update Palaver or the server.</source>
        <translation>Esta versión de Palaver no puede comunicarse con ese servidor. Actualiza Palaver o el servidor.</translation>
    </message>
    <message>
        <source>The server is full. Palaver will try again.</source>
        <translation>El servidor está lleno. Palaver volverá a intentarlo.</translation>
    </message>
    <message>
        <source>You connected to this server again with the same nickname from this computer or another copy of Palaver, so this connection was closed.</source>
        <translation>Te conectaste de nuevo a este servidor con el mismo apodo, desde este equipo o desde otra copia de Palaver, así que se cerró esta conexión.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator disconnected you. Connect again when you are meant to.</source>
        <translation>El administrador del servidor te desconectó. Vuelve a conectarte cuando corresponda.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator disconnected you: %1</source>
        <translation>El administrador del servidor te desconectó: %1</translation>
    </message>
    <message>
        <source>The server gave up waiting for this app to introduce itself.</source>
        <translation>El servidor dejó de esperar a que esta aplicación se presentara.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <source>Enter the address of a Palaver server, for example 192.168.1.10.</source>
        <translation>Introduce la dirección de un servidor Palaver, por ejemplo 192.168.1.10.</translation>
    </message>
    <message>
        <source>Palaver addresses start with ws:// or wss://, not %1://.</source>
        <translation>Las direcciones de Palaver empiezan por ws:// o wss://, no por %1://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a name or IP address, optionally with :port, for example 192.168.1.10:%2.</source>
        <translation>«%1» no es una dirección de servidor. Usa un nombre o una dirección IP, opcionalmente con :puerto, por ejemplo 192.168.1.10:%2.</translation>
    </message>
    <message>
        <source>Port 0 is not a valid port. Use a number from 1 to 65535.</source>
        <translation>El puerto 0 no es válido. Usa un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has parts a server address can&apos;t have (a user name, ? or #).</source>
        <translation>«%1» tiene partes que una dirección de servidor no puede tener (un nombre de usuario, ? o #).</translation>
    </message>
    <message>
        <source>Address %1 of %2: %3</source>
        <translation>Dirección %1 de %2: %3</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection with %1 port %2. Check the address: another program may be using that port. Otherwise the server&apos;s encryption settings may be too old or too strict for this computer: tell the server&apos;s administrator. (Details: %3)</source>
        <extracomment>%3 is the TLS library&apos;s own explanation, for whoever helps the user</extracomment>
        <translation>No se pudo establecer una conexión cifrada con %1, puerto %2. Comprueba la dirección: puede que otro programa esté usando ese puerto. Si no, puede que la configuración de cifrado del servidor sea demasiado antigua o demasiado estricta para este equipo: avisa al administrador del servidor. (Detalles: %3)</translation>
    </message>
    <message>
        <source>This computer&apos;s encryption support failed. Reinstall Palaver, or the OpenSSL libraries it uses. (Details: %1)</source>
        <translation>Falló el cifrado en este equipo. Vuelve a instalar Palaver o las bibliotecas OpenSSL que utiliza. (Detalles: %1)</translation>
    </message>
    <message>
        <source>The server at %1 port %2 does not use encryption, so wss:// can&apos;t work. To connect without encryption, use %3. Only do so on a network you trust, or ask the server&apos;s administrator to turn on TLS.</source>
        <extracomment>%3 is the same address with ws:// (not encrypted), e.g. ws://chat.lan:7350</extracomment>
        <translation>El servidor %1, puerto %2 no usa cifrado, así que wss:// no puede funcionar. Para conectarte sin cifrado, usa %3. Hazlo solo en una red de confianza, o pide al administrador del servidor que active TLS.</translation>
    </message>
    <message>
        <source>The server at %1 port %2 uses encryption: connect with %3 instead.</source>
        <extracomment>%3 is the same address with wss:// (encrypted), e.g. wss://chat.lan:7350</extracomment>
        <translation>El servidor %1, puerto %2 usa cifrado: conéctate con %3 en su lugar.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1: ask the server&apos;s administrator to renew it.</source>
        <translation>El certificado del servidor caducó el %1: pide al administrador del servidor que lo renueve.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1: check this computer&apos;s date and time.</source>
        <translation>El certificado del servidor solo es válido a partir del %1: comprueba la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made out to %1, not to %2: connect with the name the certificate gives, or ask the server&apos;s administrator for a certificate that names %2.</source>
        <extracomment>%1 lists the names in the certificate, %2 is the address the user connected to</extracomment>
        <translation>El certificado del servidor está emitido para %1, no para %2: conéctate con el nombre que indica el certificado o pide al administrador del servidor un certificado para %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1.</source>
        <translation>No se aceptó el certificado del servidor: %1.</translation>
    </message>
    <message>
        <source>The server did not accept the password. Enter the right one when asked (F5 asks again), or ask the server&apos;s administrator.</source>
        <translation>El servidor no aceptó la contraseña. Introduce la correcta cuando se te pida (F5 la vuelve a pedir) o pregunta al administrador del servidor.</translation>
    </message>
</context>
<context>
    <name>palaver::client::AboutDialog</name>
    <message>
        <source>Show &amp;Licence</source>
        <translation>Mostrar la &amp;licencia</translation>
    </message>
    <message>
        <source>About Palaver</source>
        <translation>Acerca de Palaver</translation>
    </message>
    <message>
        <source>Palaver icon</source>
        <translation>Icono de Palaver</translation>
    </message>
    <message>
        <source>Palaver %1</source>
        <translation>Palaver %1</translation>
    </message>
    <message>
        <source>Chat for the people on your local network, on a server you run yourself.</source>
        <translation>Chat para las personas de tu red local, en un servidor que administras tú.</translation>
    </message>
    <message>
        <source>Running on Qt %1 (built with Qt %2).</source>
        <translation>Funciona con Qt %1 (compilado con Qt %2).</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Sin conexión a ningún servidor.</translation>
    </message>
    <message>
        <source>Connected to %1 (the server did not say which software it runs).</source>
        <translation>Conectado a %1 (el servidor no indicó qué software usa).</translation>
    </message>
    <message>
        <source>Connected to %1, which runs %2.</source>
        <translation>Conectado a %1, que usa %2.</translation>
    </message>
    <message>
        <source>Released under a free licence.</source>
        <translation>Publicado bajo una licencia libre.</translation>
    </message>
    <message>
        <source>Released under the %1.</source>
        <translation>Publicado bajo la %1.</translation>
    </message>
    <message>
        <source>Show the licence text</source>
        <translation>Mostrar el texto de la licencia</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>Hide &amp;Licence</source>
        <translation>Ocultar la &amp;licencia</translation>
    </message>
    <message>
        <source>Hide the licence text</source>
        <translation>Ocultar el texto de la licencia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>palaver::client::ChatDelegate</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Mensajes nuevos</translation>
    </message>
    <message>
        <source>  sending…</source>
        <translation>  enviando…</translation>
    </message>
    <message>
        <source>  ⚠ not sent: %1</source>
        <translation>  ⚠ sin enviar: %1</translation>
    </message>
</context>
<context>
    <name>palaver::client::ChatModel</name>
    <message>
        <source>(sending…)</source>
        <translation>(enviando…)</translation>
    </message>
    <message>
        <source>(not sent: %1)</source>
        <translation>(sin enviar: %1)</translation>
    </message>
    <message>
        <source>%1 cleared the topic.</source>
        <translation>%1 borró el tema.</translation>
    </message>
    <message>
        <source>%1 set the topic to “%2”.</source>
        <translation>%1 cambió el tema a «%2».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>notice: time, text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %1 %3</source>
        <comment>action: nick, time, nick and what they do</comment>
        <translation>%1, %2: %1 %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>message: nick, time, text</comment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>first new message</source>
        <translation>primer mensaje nuevo</translation>
    </message>
    <message>
        <source>mentions you</source>
        <translation>te menciona</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>sin enviar: %1</translation>
    </message>
    <message>
        <source>%1 joined.</source>
        <translation>%1 se unió a la sala.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 salió de la sala.</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 ahora se llama %2.</translation>
    </message>
</context>
<context>
    <name>palaver::client::ConnectDialog</name>
    <message>
        <source>Connect to a Palaver Server</source>
        <translation>Conectar a un servidor Palaver</translation>
    </message>
    <message>
        <source>Choose a Palaver server found on your network or enter its address, and the name others will see.</source>
        <translation>Elige un servidor Palaver encontrado en tu red o introduce su dirección, y el nombre que verán los demás.</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or chat.local:%1</source>
        <translation>p. ej., 192.168.1.10 o chat.local:%1</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Your name in the chat</source>
        <translation>Tu nombre en el chat</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Servers found on this network</source>
        <translation>Servidores encontrados en esta red</translation>
    </message>
    <message>
        <source>Palaver servers on the local network. Choosing one fills in the server address; double-click or press Enter to connect to it.</source>
        <translation>Servidores Palaver de la red local. Al elegir uno se rellena la dirección del servidor; haz doble clic o pulsa Intro para conectarte a él.</translation>
    </message>
    <message>
        <source>Looking for servers… none found yet. Type the address if you know it.</source>
        <translation>Buscando servidores… todavía no se ha encontrado ninguno. Escribe la dirección si la conoces.</translation>
    </message>
    <message>
        <source>Servers &amp;found on this network:</source>
        <translation>Servidores &amp;encontrados en esta red:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Apodo:</translation>
    </message>
    <message>
        <source>Enter a nickname.</source>
        <translation>Introduce un apodo.</translation>
    </message>
    <message>
        <source>Choose another nickname: a nickname is 1 to %1 characters of one alphabet, without control or invisible characters.</source>
        <translation>Elige otro apodo: un apodo tiene de 1 a %1 caracteres de un solo alfabeto, sin caracteres de control ni invisibles.</translation>
    </message>
    <message>
        <source>The name others see next to your messages</source>
        <translation>El nombre que los demás ven junto a tus mensajes</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connects to the server with this nickname. Available once both are filled in.</source>
        <translation>Se conecta al servidor con este apodo. Disponible cuando ambos campos estén rellenos.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A host name or IP address, optionally with :port, or a ws:// or wss:// URL. Several addresses of one server are separated by commas.</source>
        <translation>Un nombre de host o una dirección IP, opcionalmente con :puerto, o una URL ws:// o wss://. Las distintas direcciones de un mismo servidor se separan con comas.</translation>
    </message>
</context>
<context>
    <name>palaver::client::Connection</name>
    <message>
        <source>You disconnected.</source>
        <translation>Te desconectaste.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has CHANGED since you chose to trust it. Someone may be impersonating the server. Not connecting. If the server&apos;s administrator replaced the certificate, choose Chat &gt; Forget This Server&apos;s Certificate and connect again.</source>
        <translation>El certificado del servidor ha CAMBIADO desde que decidiste confiar en él. Puede que alguien se esté haciendo pasar por el servidor. No se establecerá la conexión. Si el administrador del servidor sustituyó el certificado, elige Chat &gt; Olvidar el certificado de este servidor y vuelve a conectarte.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by any authority (self-signed?). Waiting for you to decide whether to trust it.</source>
        <translation>Ninguna autoridad avala el certificado del servidor (¿autofirmado?). Esperando a que decidas si confías en él.</translation>
    </message>
    <message>
        <source>The connection did not survive the computer&apos;s sleep or network change.</source>
        <translation>La conexión no sobrevivió a la suspensión del equipo o a un cambio de red.</translation>
    </message>
    <message>
        <source>The server stopped answering (it may have crashed, or the network between you broke).</source>
        <translation>El servidor dejó de responder (puede que se haya bloqueado o que se haya cortado la red entre el servidor y tú).</translation>
    </message>
    <message>
        <source>Somebody else is using the nickname %1 on this server. Choose another one.</source>
        <translation>Otra persona está usando el apodo %1 en este servidor. Elige otro.</translation>
    </message>
    <message>
        <source>The server refused the nickname: %1</source>
        <translation>El servidor rechazó el apodo: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 of %4)</source>
        <extracomment>%1 is a server address as typed, %2 the IP address it resolved to and is tried at, %3 of %4 its place among the server&apos;s addresses</extracomment>
        <translation>%1 (%2, %3 de %4)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>%1 is a server address, %2 of %3 its place among the server&apos;s addresses</extracomment>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message numerus="yes">
        <source>No address of this server worked (%n tried). The last problem: %1</source>
        <translation>
            <numerusform>Ninguna dirección de este servidor funcionó (%n probada). El último problema: %1</numerusform>
            <numerusform>Ninguna dirección de este servidor funcionó (%n probadas). El último problema: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Waiting for you to decide whether to trust this certificate anyway.</source>
        <extracomment>%1 says what is wrong with the certificate and what to do about it</extracomment>
        <translation>%1 Esperando a que decidas si confías de todos modos en este certificado.</translation>
    </message>
    <message>
        <source>The server refused the password. Enter the right one when asked (F5 asks again), or ask the server&apos;s administrator.</source>
        <translation>El servidor rechazó la contraseña. Introduce la correcta cuando se te pida (F5 la vuelve a pedir) o pregunta al administrador del servidor.</translation>
    </message>
    <message>
        <source>This server needs a password. Enter it when asked (F5 asks again); the server&apos;s administrator can tell you what it is.</source>
        <translation>Este servidor requiere una contraseña. Introdúcela cuando se te pida (F5 la vuelve a pedir); el administrador del servidor puede decirte cuál es.</translation>
    </message>
    <message>
        <source>This version of Palaver can&apos;t talk to that server, which says: &quot;%1&quot; Update Palaver, or ask the server&apos;s administrator to update the server.</source>
        <extracomment>%1 is what the server said, in English (which versions it speaks)</extracomment>
        <translation>Esta versión de Palaver no puede comunicarse con ese servidor, que dice: «%1» Actualiza Palaver o pide al administrador del servidor que actualice el servidor.</translation>
    </message>
</context>
<context>
    <name>palaver::client::DiscoveredServersModel</name>
    <message>
        <source>%1 — %2 — 🔒 TLS</source>
        <translation>%1 — %2 — 🔒 TLS</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 at %2, encrypted with TLS</source>
        <translation>%1 en %2, cifrado con TLS</translation>
    </message>
    <message>
        <source>%1 at %2, not encrypted</source>
        <translation>%1 en %2, sin cifrar</translation>
    </message>
    <message>
        <source>%1 at %2
Palaver %3, encrypted (TLS)
Certificate SHA-256 fingerprint:
%4</source>
        <translation>%1 en %2
Palaver %3, cifrado (TLS)
Huella SHA-256 del certificado:
%4</translation>
    </message>
    <message>
        <source>%1 at %2
Palaver %3, not encrypted</source>
        <translation>%1 en %2
Palaver %3, sin cifrar</translation>
    </message>
</context>
<context>
    <name>palaver::client::KeychainPasswordStore</name>
    <message>
        <source>in the system keychain</source>
        <translation>en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>palaver::client::MainWindow</name>
    <message>
        <source>Sen&amp;d</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>&amp;Reconectar ahora</translation>
    </message>
    <message>
        <source>Chat log</source>
        <translation>Historial del chat</translation>
    </message>
    <message>
        <source>Messages in the room, oldest first</source>
        <translation>Mensajes de la sala, los más antiguos primero</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line</source>
        <translation>Intro envía el mensaje, Mayús+Intro empieza una línea nueva</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter adds a line)</source>
        <translation>Escribe un mensaje… (Intro para enviar, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Who is typing</source>
        <translation>Quién está escribiendo</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Rooms and direct conversations</source>
        <translation>Salas y conversaciones directas</translation>
    </message>
    <message>
        <source>&amp;Join or Create Room…</source>
        <translation>&amp;Unirse a una sala o crearla…</translation>
    </message>
    <message>
        <source>People in this room</source>
        <translation>Personas en esta sala</translation>
    </message>
    <message>
        <source>Double-click somebody to write to them directly</source>
        <translation>Haz doble clic en alguien para escribirle directamente</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>Personas: %n</numerusform>
            <numerusform>Personas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %1 of %n online, %2 shown</source>
        <translation>
            <numerusform>Personas: %1 de %n en línea, %2 mostradas</numerusform>
            <numerusform>Personas: %1 de %n en línea, %2 mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %1 of %n online</source>
        <translation>
            <numerusform>Personas: %1 de %n en línea</numerusform>
            <numerusform>Personas: %1 de %n en línea</numerusform>
        </translation>
    </message>
    <message>
        <source>Join or Create Room</source>
        <translation>Unirse a una sala o crearla</translation>
    </message>
    <message>
        <source>Name of the room to join (it is created if it does not exist yet):</source>
        <translation>Nombre de la sala a la que unirse (se crea si aún no existe):</translation>
    </message>
    <message>
        <source>New Direct Message</source>
        <translation>Nuevo mensaje directo</translation>
    </message>
    <message>
        <source>Nickname of the person to write to:</source>
        <translation>Apodo de la persona a la que quieres escribir:</translation>
    </message>
    <message>
        <source>Nickname Taken</source>
        <translation>Apodo en uso</translation>
    </message>
    <message>
        <source>Somebody else connected to this server uses the nickname %1. Choose another one:</source>
        <translation>Otra persona conectada a este servidor usa el apodo %1. Elige otro:</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar a un servidor…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Forget This Server&apos;s Certificate</source>
        <translation>&amp;Olvidar el certificado de este servidor</translation>
    </message>
    <message>
        <source>Forget Certificate</source>
        <translation>Olvidar el certificado</translation>
    </message>
    <message>
        <source>Forget the certificate you trusted for %1? The next connection will show its fingerprint and ask again.</source>
        <translation>¿Olvidar el certificado en el que confiaste para %1? En la próxima conexión se mostrará su huella y se te volverá a preguntar.</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Ne&amp;w Direct Message…</source>
        <translation>Nuevo &amp;mensaje directo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Leave Room</source>
        <translation>Abandonar la sa&amp;la</translation>
    </message>
    <message>
        <source>&amp;Next Room</source>
        <translation>Sala si&amp;guiente</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Previous Room</source>
        <translation>Sala &amp;anterior</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>&amp;Search Messages…</source>
        <translation>&amp;Buscar mensajes…</translation>
    </message>
    <message>
        <source>&amp;Mentions…</source>
        <translation>M&amp;enciones…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>C&amp;opy Selected Lines</source>
        <translation>Co&amp;piar las líneas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Away</source>
        <translation>&amp;Ausente</translation>
    </message>
    <message>
        <source>Others see you as away. Palaver also sets this by itself after 10 minutes without activity.</source>
        <translation>Los demás te ven como ausente. Palaver también lo activa por sí solo tras 10 minutos de inactividad.</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>&amp;No molestar</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>N&amp;otificaciones…</translation>
    </message>
    <message>
        <source>&amp;Show Palaver</source>
        <translation>&amp;Mostrar Palaver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;About Palaver</source>
        <translation>&amp;Acerca de Palaver</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the password. Enter it again:</source>
        <translation>El servidor %1 no aceptó la contraseña. Vuelve a introducirla:</translation>
    </message>
    <message>
        <source>The server at %1 needs a password.</source>
        <translation>El servidor %1 requiere una contraseña.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember it %1</source>
        <translation>&amp;Recordarla %1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Trust This Server?</source>
        <translation>¿Confiar en este servidor?</translation>
    </message>
    <message>
        <source>The server at %1 uses a certificate that no authority vouches for, as servers on a local network usually do.</source>
        <translation>El servidor %1 usa un certificado que ninguna autoridad avala, como suele ocurrir con los servidores de una red local.</translation>
    </message>
    <message>
        <source>Certificate: %1
SHA-256 fingerprint:
%2

Compare the fingerprint with the one in the server&apos;s log, or ask its administrator. If they match, trust it: Palaver will remember it and warn you loudly if it ever changes.</source>
        <translation>Certificado: %1
Huella SHA-256:
%2

Compara la huella con la del registro del servidor o pregunta a su administrador. Si coinciden, confía en él: Palaver lo recordará y te avisará claramente si alguna vez cambia.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Confiar y conectar</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Connect</source>
        <translation>&amp;No conectar</translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation>El certificado ha cambiado</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 is not the one you trusted before. Someone may be impersonating the server. Palaver did not connect.</source>
        <translation>ADVERTENCIA: el certificado de %1 no es el mismo en el que confiaste antes. Puede que alguien se esté haciendo pasar por el servidor. Palaver no se ha conectado.</translation>
    </message>
    <message>
        <source>Trusted fingerprint:
%1

Presented fingerprint:
%2</source>
        <translation>Huella de confianza:
%1

Huella presentada:
%2</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>Copiar la dirección del &amp;enlace</translation>
    </message>
    <message>
        <source>&amp;Edit and Send Again</source>
        <translation>E&amp;ditar y volver a enviar</translation>
    </message>
    <message>
        <source>What you were writing was replaced: press %1 to get it back.</source>
        <translation>Lo que estabas escribiendo se ha reemplazado: pulsa %1 para recuperarlo.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) as %3</source>
        <translation>Conectado a %1 (%2) como %3</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s…</source>
        <translation>
            <numerusform>Reconectando a %1 en %n s…</numerusform>
            <numerusform>Reconectando a %1 en %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n mensaje pendiente de envío</numerusform>
            <numerusform>%n mensajes pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>Palaver</source>
        <translation>Palaver</translation>
    </message>
    <message>
        <source>%1 @ %2 — Palaver</source>
        <translation>%1 @ %2 — Palaver</translation>
    </message>
    <message>
        <source>%1 — %2 @ %3 — Palaver</source>
        <translation>%1 — %2 @ %3 — Palaver</translation>
    </message>
    <message>
        <source>Join or create a room</source>
        <translation>Unirse a una sala o crearla</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>People in this room, and how many are online</source>
        <translation>Personas en esta sala y cuántas están en línea</translation>
    </message>
    <message>
        <source>Problem with the message</source>
        <translation>Problema con el mensaje</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>&amp;Abrir enlace</translation>
    </message>
    <message>
        <source>Jump to &amp;New Messages</source>
        <translation>Ir a los mensajes &amp;nuevos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
</context>
<context>
    <name>palaver::client::MemberListModel</name>
    <message>
        <source>%1 (online)</source>
        <translation>%1 (en línea)</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (ausente)</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (desconectado)</translation>
    </message>
</context>
<context>
    <name>palaver::client::MentionsDialog</name>
    <message>
        <source>Messages that mention you</source>
        <translation>Mensajes que te mencionan</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Nobody has mentioned you yet. Messages that contain your nickname appear here.</source>
        <translation>Todavía nadie te ha mencionado. Aquí aparecen los mensajes que contienen tu apodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) mention you. Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n mensaje te menciona. Haz doble clic en él para verlo en su sala.</numerusform>
            <numerusform>%n mensajes te mencionan. Haz doble clic en uno para verlo en su sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions summary</source>
        <translation>Resumen de las menciones</translation>
    </message>
    <message>
        <source>Newest first. Press Enter or double-click to see a message in its room.</source>
        <translation>Los más recientes primero. Pulsa Intro o haz doble clic para ver un mensaje en su sala.</translation>
    </message>
</context>
<context>
    <name>palaver::client::NewMessagesBar</name>
    <message>
        <source>Show the first new message</source>
        <translation>Mostrar el primer mensaje nuevo</translation>
    </message>
    <message>
        <source>Remove the “New messages” line</source>
        <translation>Quitar la línea «Mensajes nuevos»</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) since %1</source>
        <translation>
            <numerusform>%n mensaje nuevo desde %1</numerusform>
            <numerusform>%n mensajes nuevos desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>Ir</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marcar como leído</translation>
    </message>
</context>
<context>
    <name>palaver::client::NotificationsPage</name>
    <message>
        <source>Show a desktop notification for</source>
        <translation>Mostrar una notificación de escritorio para</translation>
    </message>
    <message>
        <source>Messages that &amp;mention me</source>
        <translation>Mensajes que me &amp;mencionan</translation>
    </message>
    <message>
        <source>&amp;Direct messages</source>
        <translation>Mensajes &amp;directos</translation>
    </message>
    <message>
        <source>&amp;Every message in every room</source>
        <translation>&amp;Todos los mensajes de todas las salas</translation>
    </message>
    <message>
        <source>Only for what you can&apos;t see: nothing is shown for the room in front of you while the Palaver window is active.</source>
        <translation>Solo para lo que no ves: no se muestra nada de la sala que tienes delante mientras la ventana de Palaver esté activa.</translation>
    </message>
    <message>
        <source>Do &amp;not disturb: no notifications at all (unread counts still show)</source>
        <translation>&amp;No molestar: ninguna notificación (los contadores de no leídos se siguen mostrando)</translation>
    </message>
</context>
<context>
    <name>palaver::client::RoomListModel</name>
    <message>
        <source>%1, direct conversation</source>
        <translation>%1, conversación directa</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioning you</source>
        <translation>
            <numerusform>%n te menciona</numerusform>
            <numerusform>%n te mencionan</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 está %2</translation>
    </message>
</context>
<context>
    <name>palaver::client::SearchDialog</name>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search Messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <source>Words to find, e.g. lunch friday</source>
        <translation>Palabras que buscar, p. ej., comida viernes</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Dónde buscar</translation>
    </message>
    <message>
        <source>All my rooms</source>
        <translation>Todas mis salas</translation>
    </message>
    <message>
        <source>This room only</source>
        <translation>Solo esta sala</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n messages with “%1” (there are more: add a word to narrow it down). Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n mensaje más reciente con «%1» (hay más: añade una palabra para acotar la búsqueda). Haz doble clic en él para verlo en su sala.</numerusform>
            <numerusform>Los %n mensajes más recientes con «%1» (hay más: añade una palabra para acotar la búsqueda). Haz doble clic en uno para verlo en su sala.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with “%1”. Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n mensaje con «%1». Haz doble clic en él para verlo en su sala.</numerusform>
            <numerusform>%n mensajes con «%1». Haz doble clic en uno para verlo en su sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: searching needs the server. Try again when connected.</source>
        <translation>Sin conexión: para buscar hace falta el servidor. Vuelve a intentarlo cuando estés conectado.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Newest first. Press Enter or double-click to see a message in its room.</source>
        <translation>Los más recientes primero. Pulsa Intro o haz doble clic para ver un mensaje en su sala.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Asks the server for the messages with these words</source>
        <translation>Pide al servidor los mensajes con estas palabras</translation>
    </message>
</context>
<context>
    <name>palaver::client::SettingsDialog</name>
    <message>
        <source>Choose another nickname: a nickname is 1 to %1 characters of one alphabet, with no invisible characters.</source>
        <translation>Elige otro apodo: un apodo tiene de 1 a %1 caracteres de un solo alfabeto, sin caracteres invisibles.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de la configuración</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>N&amp;otificaciones</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>A&amp;rchivos</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>A&amp;podo:</translation>
    </message>
    <message>
        <source>Your name in the chat</source>
        <translation>Tu nombre en el chat</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Used from the next connection on; when connected, Palaver asks the server for it at once</source>
        <translation>Se usa a partir de la próxima conexión; si estás conectado, Palaver se lo pide al servidor de inmediato</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>C&amp;hange Server…</source>
        <translation>&amp;Cambiar de servidor…</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Cambiar de servidor</translation>
    </message>
    <message>
        <source>Opens the connect dialog</source>
        <translation>Abre la ventana de conexión</translation>
    </message>
    <message>
        <source>S&amp;tart Palaver when I log in</source>
        <translation>&amp;Iniciar Palaver al iniciar sesión</translation>
    </message>
    <message>
        <source>Start Palaver when I log in</source>
        <translation>Iniciar Palaver al iniciar sesión</translation>
    </message>
    <message>
        <source>Kept by the system, in %1</source>
        <translation>Lo gestiona el sistema, en %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Igual que el sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Palaver also shows dates and numbers the way this language does.</source>
        <translation>Palaver también muestra las fechas y los números como se hace en este idioma.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Font si&amp;ze of the chat:</source>
        <translation>Tamaño de &amp;letra del chat:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size of the chat</source>
        <translation>Tamaño de letra del chat</translation>
    </message>
    <message>
        <source>The size of the messages and of the box you write in, in points</source>
        <translation>El tamaño de los mensajes y del cuadro en el que escribes, en puntos</translation>
    </message>
    <message>
        <source>&amp;Settings are kept in:</source>
        <translation>La &amp;configuración se guarda en:</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Abrir car&amp;peta</translation>
    </message>
    <message>
        <source>Open the folder of the settings file</source>
        <translation>Abrir la carpeta del archivo de configuración</translation>
    </message>
    <message>
        <source>Messages waiting to be sent and other &amp;data are kept in:</source>
        <translation>Los mensajes pendientes de envío y otros &amp;datos se guardan en:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Op&amp;en Folder</source>
        <translation>Abrir carp&amp;eta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
</context>
<context>
    <name>palaver::client::SettingsPasswordStore</name>
    <message>
        <source>in Palaver&apos;s settings file, NOT encrypted: anyone who can read your files can read it</source>
        <translation>en el archivo de configuración de Palaver, SIN cifrar: cualquiera que pueda leer tus archivos podrá leerla</translation>
    </message>
</context>
<context>
    <name>palaver::client::ShortcutsDialog</name>
    <message>
        <source>Message box</source>
        <translation>Cuadro de mensaje</translation>
    </message>
    <message>
        <source>Chat log</source>
        <translation>Historial del chat</translation>
    </message>
    <message>
        <source>Room list</source>
        <translation>Lista de salas</translation>
    </message>
    <message>
        <source>People list</source>
        <translation>Lista de personas</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>Empezar una línea nueva</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>Pasar al siguiente control</translation>
    </message>
    <message>
        <source>Edit a message that was not sent, to send it again</source>
        <translation>Editar un mensaje sin enviar para volver a enviarlo</translation>
    </message>
    <message>
        <source>Select every line</source>
        <translation>Seleccionar todas las líneas</translation>
    </message>
    <message>
        <source>Select more lines</source>
        <translation>Seleccionar más líneas</translation>
    </message>
    <message>
        <source>Show the next or previous room</source>
        <translation>Mostrar la sala siguiente o anterior</translation>
    </message>
    <message>
        <source>Write to the selected person directly</source>
        <translation>Escribir directamente a la persona seleccionada</translation>
    </message>
    <message>
        <source>No command or key matches.</source>
        <translation>Ningún comando ni tecla coincide.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Type to find a command or a key</source>
        <translation>Escribe para buscar un comando o una tecla</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Buscar un atajo</translation>
    </message>
    <message>
        <source>Shows only the commands and keys that contain what you type</source>
        <translation>Muestra solo los comandos y las teclas que contienen lo que escribes</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>sin atajo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>palaver::client::TrayIcon</name>
    <message>
        <source>Palaver</source>
        <translation>Palaver</translation>
    </message>
    <message numerus="yes">
        <source>Palaver: %n unread message(s)</source>
        <translation>
            <numerusform>Palaver: %n mensaje sin leer</numerusform>
            <numerusform>Palaver: %n mensajes sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Palaver: %n unread message(s), with a mention of you</source>
        <translation>
            <numerusform>Palaver: %n mensaje sin leer, que te menciona</numerusform>
            <numerusform>Palaver: %n mensajes sin leer, entre ellos al menos uno que te menciona</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palaver::client::Workspace</name>
    <message>
        <source>The server reported a problem: %1</source>
        <translation>El servidor informó de un problema: %1</translation>
    </message>
    <message>
        <source>You left that conversation.</source>
        <translation>Saliste de esa conversación.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 as %2. The room has %n member(s).</source>
        <translation>
            <numerusform>Conectado a %1 como %2. La sala tiene %n miembro.</numerusform>
            <numerusform>Conectado a %1 como %2. La sala tiene %n miembros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 as %2. In the room: %3.</source>
        <translation>Conectado a %1 como %2. En la sala: %3.</translation>
    </message>
    <message>
        <source>Not connected; try again when connected.</source>
        <translation>Sin conexión; vuelve a intentarlo cuando estés conectado.</translation>
    </message>
    <message>
        <source>Not sent, as the connection was lost before the direct conversation opened: “%1”</source>
        <translation>Sin enviar, porque la conexión se perdió antes de que se abriera la conversación directa: «%1»</translation>
    </message>
    <message>
        <source>Connection lost: %1 Messages you write are kept and sent when the connection is back.</source>
        <translation>Conexión perdida: %1 Los mensajes que escribas se guardarán y se enviarán cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Desconectado: %1</translation>
    </message>
    <message>
        <source>Some messages sent while you were away could not be recovered: the server&apos;s history was reset or has been trimmed. Shown below is the latest history.</source>
        <translation>No se pudieron recuperar algunos mensajes enviados mientras estabas desconectado: el historial del servidor se restableció o se recortó. Abajo se muestra el historial más reciente.</translation>
    </message>
    <message>
        <source>%1 (direct message)</source>
        <translation>%1 (mensaje directo)</translation>
    </message>
    <message>
        <source>%1 in #%2</source>
        <translation>%1 en #%2</translation>
    </message>
    <message>
        <source>You are not in that conversation.</source>
        <translation>No estás en esa conversación.</translation>
    </message>
    <message>
        <source>That message is not in the history any more.</source>
        <translation>Ese mensaje ya no está en el historial.</translation>
    </message>
    <message>
        <source>That message is no longer stored on the server.</source>
        <translation>Ese mensaje ya no se guarda en el servidor.</translation>
    </message>
    <message>
        <source>Rooms on this server:</source>
        <translation>Salas de este servidor:</translation>
    </message>
    <message numerus="yes">
        <source>#%1 (%n member(s))</source>
        <translation>
            <numerusform>#%1 (%n miembro)</numerusform>
            <numerusform>#%1 (%n miembros)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Usage: /me &lt;action&gt;, for example “/me waves”.</source>
        <translation>Uso: /me &lt;acción&gt;, por ejemplo «/me saluda».</translation>
    </message>
    <message>
        <source>Unknown command /%1. Type /help for the list.</source>
        <translation>Comando desconocido: /%1. Escribe /help para ver la lista.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>/me &lt;action&gt; — say what you are doing: “/me waves” shows “* alice waves”.</source>
        <translation>/me &lt;acción&gt; — di lo que estás haciendo: «/me saluda» muestra «* alice saluda».</translation>
    </message>
    <message>
        <source>/join &lt;room&gt; — join a room (it is made if it doesn&apos;t exist yet) and go to it.</source>
        <translation>/join &lt;sala&gt; — únete a una sala (se crea si aún no existe) y ve a ella.</translation>
    </message>
    <message>
        <source>/leave [room] — leave this room, or the one named (not #general).</source>
        <translation>/leave [sala] — abandona esta sala o la indicada (no #general).</translation>
    </message>
    <message>
        <source>/msg &lt;nickname&gt; [message] — open a direct conversation, and send the message.</source>
        <translation>/msg &lt;apodo&gt; [mensaje] — abre una conversación directa y envía el mensaje.</translation>
    </message>
    <message>
        <source>/nick &lt;nickname&gt; — change your nickname.</source>
        <translation>/nick &lt;apodo&gt; — cambia tu apodo.</translation>
    </message>
    <message>
        <source>/away [on|off] — say you are away, or back; without a word, switch.</source>
        <translation>/away [on|off] — indica que estás ausente o que has vuelto; sin argumento, alterna entre ambos.</translation>
    </message>
    <message>
        <source>/topic [text] — show the room&apos;s topic, or set it; “/topic -” clears it.</source>
        <translation>/topic [texto] — muestra el tema de la sala o lo cambia; «/topic -» lo borra.</translation>
    </message>
    <message>
        <source>/list — list the rooms on this server.</source>
        <translation>/list — muestra las salas de este servidor.</translation>
    </message>
    <message>
        <source>/help — show this list.</source>
        <translation>/help — muestra esta lista.</translation>
    </message>
    <message>
        <source>//text — send “/text” as a message, without running a command.</source>
        <translation>//texto — envía «/texto» como mensaje, sin ejecutar ningún comando.</translation>
    </message>
    <message numerus="yes">
        <source>A topic is one line of at most %n characters.</source>
        <translation>
            <numerusform>Un tema es una sola línea de %n carácter como máximo.</numerusform>
            <numerusform>Un tema es una sola línea de %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters too long.</source>
        <translation>
            <numerusform>Al mensaje le sobra %n carácter.</numerusform>
            <numerusform>Al mensaje le sobran %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message can&apos;t be sent: it contains a control character.</source>
        <translation>No se puede enviar el mensaje: contiene un carácter de control.</translation>
    </message>
    <message>
        <source>Usage: /join &lt;room&gt;, for example “/join random”.</source>
        <translation>Uso: /join &lt;sala&gt;, por ejemplo «/join random».</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be a room name: a room name is 1 to 64 characters of one alphabet, without control or invisible characters.</source>
        <translation>«%1» no puede ser un nombre de sala: un nombre de sala tiene de 1 a 64 caracteres de un solo alfabeto, sin caracteres de control ni invisibles.</translation>
    </message>
    <message>
        <source>You are not in this room.</source>
        <translation>No estás en esta sala.</translation>
    </message>
    <message>
        <source>You have no conversation with %1.</source>
        <translation>No tienes ninguna conversación con %1.</translation>
    </message>
    <message>
        <source>You are not in #%1.</source>
        <translation>No estás en #%1.</translation>
    </message>
    <message>
        <source>Everybody is in #%1: it can&apos;t be left.</source>
        <translation>Todo el mundo está en #%1: no se puede abandonar.</translation>
    </message>
    <message>
        <source>Usage: /msg &lt;nickname&gt; [message]</source>
        <translation>Uso: /msg &lt;apodo&gt; [mensaje]</translation>
    </message>
    <message>
        <source>That is you: direct messages are for talking with somebody else.</source>
        <translation>Ese eres tú: los mensajes directos son para hablar con otra persona.</translation>
    </message>
    <message>
        <source>Usage: /nick &lt;new nickname&gt;</source>
        <translation>Uso: /nick &lt;nuevo apodo&gt;</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be a nickname: a nickname is 1 to %2 characters of one alphabet, without control or invisible characters.</source>
        <translation>«%1» no puede ser un apodo: un apodo tiene de 1 a %2 caracteres de un solo alfabeto, sin caracteres de control ni invisibles.</translation>
    </message>
    <message>
        <source>You are already %1.</source>
        <translation>Ya eres %1.</translation>
    </message>
    <message>
        <source>Usage: /away [on|off]</source>
        <translation>Uso: /away [on|off]</translation>
    </message>
    <message>
        <source>You are away. Type /away again when you are back.</source>
        <translation>Estás ausente. Vuelve a escribir /away cuando regreses.</translation>
    </message>
    <message>
        <source>You are back.</source>
        <translation>Has vuelto.</translation>
    </message>
    <message>
        <source>%1 has no topic. Set one with /topic &lt;text&gt;.</source>
        <translation>%1 no tiene tema. Pon uno con /topic &lt;texto&gt;.</translation>
    </message>
    <message>
        <source>The topic of %1 is “%2”.</source>
        <translation>El tema de %1 es «%2».</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 y %2 están escribiendo…</translation>
    </message>
    <message numerus="yes">
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n persona está escribiendo…</numerusform>
            <numerusform>%n personas están escribiendo…</numerusform>
        </translation>
    </message>
    <message>
        <source>You can&apos;t be %1: %2</source>
        <translation>No puedes usar el apodo %1: %2</translation>
    </message>
    <message>
        <source>You can&apos;t be %1: %2 %3 is free.</source>
        <translation>No puedes usar el apodo %1: %2 %3 está libre.</translation>
    </message>
</context>
<context>
    <name>palaver::client::autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not change %1.</source>
        <translation>No se pudo modificar %1.</translation>
    </message>
</context>
</TS>
