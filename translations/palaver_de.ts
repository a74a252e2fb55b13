<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Palaver chat client</source>
        <translation>Palaver-Chat-Client</translation>
    </message>
    <message>
        <source>Connect to this server at once (host, host:port or a ws:// or wss:// URL).</source>
        <translation>Sofort mit diesem Server verbinden (Host, Host:Port oder eine ws://- oder wss://-URL).</translation>
    </message>
    <message>
        <source>Use this nickname.</source>
        <translation>Diesen Nickname verwenden.</translation>
    </message>
</context>
<context>
    <name>palaver::client</name>
    <message>
        <source>Nothing is listening at %1 port %2: the server is not running, or the port is wrong.</source>
        <translation>Unter %1, Port %2 antwortet nichts: Der Server läuft nicht, oder der Port ist falsch.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; was not found. Check the server address.</source>
        <translation>Der Name „%1“ wurde nicht gefunden. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>No answer from %1 port %2: a firewall may be blocking it, or the server is on another network.</source>
        <translation>Keine Antwort von %1, Port %2: Vielleicht blockiert eine Firewall die Verbindung, oder der Server ist in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>The connection to the server broke off without a goodbye (the server may have crashed or been restarted).</source>
        <translation>Die Verbindung zum Server ist ohne Abmeldung abgebrochen (der Server ist vielleicht abgestürzt oder wurde neu gestartet).</translation>
    </message>
    <message>
        <source>The network is unreachable. Check this computer&apos;s network connection.</source>
        <translation>Das Netzwerk ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung dieses Computers.</translation>
    </message>
    <message>
        <source>The network proxy refused the connection: %1</source>
        <translation>Der Netzwerk-Proxy hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not talk to the server: %1</source>
        <translation>Keine Verständigung mit dem Server möglich: %1</translation>
    </message>
    <message>
        <source>The server shut down or is restarting.</source>
        <translation>Der Server wurde beendet oder startet gerade neu.</translation>
    </message>
    <message>
        <source>The server closed the connection because a message was too large.</source>
        <translation>Der Server hat die Verbindung getrennt, weil eine Nachricht zu groß war.</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>Der Server hat die Verbindung getrennt: %1</translation>
    </message>
    <message>
        <source>This version of Palaver can&apos;t talk to that server. Update Palaver or the server.</source>
        <translation>Diese Version von Palaver kann nicht mit diesem Server kommunizieren. Aktualisieren Sie Palaver oder den Server.</translation>
    </message>
    <message>
        <source>The server is full. Palaver will try again.</source>
        <translation>Der Server ist voll. Palaver versucht es erneut.</translation>
    </message>
    <message>
        <source>You connected to this server again with the same nickname from this computer or another copy of Palaver, so this connection was closed.</source>
        <translation>Sie haben sich mit demselben Nickname erneut mit diesem Server verbunden (von diesem Computer oder aus einer anderen Palaver-Instanz), daher wurde diese Verbindung getrennt.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator disconnected you. Connect again when you are meant to.</source>
        <translation>Der Administrator des Servers hat Ihre Verbindung getrennt. Verbinden Sie sich erst wieder, wenn das vorgesehen ist.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator disconnected you: %1</source>
        <translation>Der Administrator des Servers hat Ihre Verbindung getrennt: %1</translation>
    </message>
    <message>
        <source>The server gave up waiting for this app to introduce itself.</source>
        <translation>Der Server hat es aufgegeben, auf die Anmeldung dieser App zu warten.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde getrennt.</translation>
    </message>
    <message>
        <source>Enter the address of a Palaver server, for example 192.168.1.10.</source>
        <translation>Geben Sie die Adresse eines Palaver-Servers ein, zum Beispiel 192.168.1.10.</translation>
    </message>
    <message>
        <source>Palaver addresses start with ws:// or wss://, not %1://.</source>
        <translation>Palaver-Adressen beginnen mit ws:// oder wss://, nicht mit %1://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a name or IP address, optionally with :port, for example 192.168.1.10:%2.</source>
        <translation>„%1“ ist keine Serveradresse. Verwenden Sie einen Namen oder eine IP-Adresse, optional mit :Port, zum Beispiel 192.168.1.10:%2.</translation>
    </message>
    <message>
        <source>Port 0 is not a valid port. Use a number from 1 to 65535.</source>
        <translation>Port 0 ist kein gültiger Port. Verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has parts a server address can&apos;t have (a user name, ? or #).</source>
        <translation>„%1“ enthält Teile, die eine Serveradresse nicht haben kann (einen Benutzernamen, ? oder #).</translation>
    </message>
    <message>
        <source>Address %1 of %2: %3</source>
        <translation>Adresse %1 von %2: %3</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection with %1 port %2. Check the address: another program may be using that port. Otherwise the server&apos;s encryption settings may be too old or too strict for this computer: tell the server&apos;s administrator. (Details: %3)</source>
        <extracomment>%3 is the TLS library&apos;s own explanation, for whoever helps the user</extracomment>
        <translation>Es konnte keine verschlüsselte Verbindung mit %1, Port %2 hergestellt werden. Prüfen Sie die Adresse: Vielleicht verwendet ein anderes Programm diesen Port. Andernfalls sind die Verschlüsselungseinstellungen des Servers möglicherweise zu alt oder zu streng für diesen Computer: Wenden Sie sich an den Administrator des Servers. (Details: %3)</translation>
    </message>
    <message>
        <source>This computer&apos;s encryption support failed. Reinstall Palaver, or the OpenSSL libraries it uses. (Details: %1)</source>
        <translation>Die Verschlüsselung auf diesem Computer ist fehlgeschlagen. Installieren Sie Palaver oder die von Palaver verwendeten OpenSSL-Bibliotheken neu. (Details: %1)</translation>
    </message>
    <message>
        <source>The server at %1 port %2 does not use encryption, so wss:// can&apos;t work. To connect without encryption, use %3. Only do so on a network you trust, or ask the server&apos;s administrator to turn on TLS.</source>
        <extracomment>%3 is the same address with ws:// (not encrypted), e.g. ws://chat.lan:7350</extracomment>
        <translation>Der Server unter %1, Port %2 verwendet keine Verschlüsselung, daher kann wss:// nicht funktionieren. Um ohne Verschlüsselung zu verbinden, verwenden Sie %3. Tun Sie das nur in einem Netzwerk, dem Sie vertrauen, oder bitten Sie den Administrator des Servers, TLS einzuschalten.</translation>
    </message>
    <message>
        <source>The server at %1 port %2 uses encryption: connect with %3 instead.</source>
        <extracomment>%3 is the same address with wss:// (encrypted), e.g. wss://chat.lan:7350</extracomment>
        <translation>Der Server unter %1, Port %2 verwendet Verschlüsselung: Verbinden Sie sich stattdessen mit %3.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1: ask the server&apos;s administrator to renew it.</source>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen: Bitten Sie den Administrator des Servers, es zu erneuern.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1: check this computer&apos;s date and time.</source>
        <translation>Das Zertifikat des Servers ist erst ab %1 gültig: Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made out to %1, not to %2: connect with the name the certificate gives, or ask the server&apos;s administrator for a certificate that names %2.</source>
        <extracomment>%1 lists the names in the certificate, %2 is the address the user connected to</extracomment>
        <translation>Das Zertifikat des Servers ist auf %1 ausgestellt, nicht auf %2: Verbinden Sie sich mit dem Namen, der im Zertifikat steht, oder bitten Sie den Administrator des Servers um ein Zertifikat für %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1.</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert: %1.</translation>
    </message>
    <message>
        <source>The server did not accept the password. Enter the right one when asked (F5 asks again), or ask the server&apos;s administrator.</source>
        <translation>Der Server hat das Passwort nicht akzeptiert. Geben Sie das richtige ein, wenn Sie danach gefragt werden (F5 fragt erneut), oder wenden Sie sich an den Administrator des Servers.</translation>
    </message>
</context>
<context>
    <name>palaver::client::AboutDialog</name>
    <message>
        <source>Show &amp;Licence</source>
        <translation>&amp;Lizenz anzeigen</translation>
    </message>
    <message>
        <source>About Palaver</source>
        <translation>Über Palaver</translation>
    </message>
    <message>
        <source>Palaver icon</source>
        <translation>Palaver-Symbol</translation>
    </message>
    <message>
        <source>Palaver %1</source>
        <translation>Palaver %1</translation>
    </message>
    <message>
        <source>Chat for the people on your local network, on a server you run yourself.</source>
        <translation>Chat für die Menschen in Ihrem lokalen Netzwerk, auf einem Server, den Sie selbst betreiben.</translation>
    </message>
    <message>
        <source>Running on Qt %1 (built with Qt %2).</source>
        <translation>Läuft mit Qt %1 (erstellt mit Qt %2).</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Connected to %1 (the server did not say which software it runs).</source>
        <translation>Verbunden mit %1 (der Server hat nicht angegeben, welche Software er verwendet).</translation>
    </message>
    <message>
        <source>Connected to %1, which runs %2.</source>
        <translation>Verbunden mit %1, auf dem %2 läuft.</translation>
    </message>
    <message>
        <source>Released under a free licence.</source>
        <translation>Veröffentlicht unter einer freien Lizenz.</translation>
    </message>
    <message>
        <source>Released under the %1.</source>
        <translation>Veröffentlicht unter der %1.</translation>
    </message>
    <message>
        <source>Show the licence text</source>
        <translation>Lizenztext anzeigen</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>Hide &amp;Licence</source>
        <translation>&amp;Lizenz ausblenden</translation>
    </message>
    <message>
        <source>Hide the licence text</source>
        <translation>Lizenztext ausblenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>palaver::client::ChatDelegate</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <source>  sending…</source>
        <translation>  wird gesendet…</translation>
    </message>
    <message>
        <source>  ⚠ not sent: %1</source>
        <translation>  ⚠ nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>palaver::client::ChatModel</name>
    <message>
        <source>(sending…)</source>
        <translation>(wird gesendet…)</translation>
    </message>
    <message>
        <source>(not sent: %1)</source>
        <translation>(nicht gesendet: %1)</translation>
    </message>
    <message>
        <source>%1 cleared the topic.</source>
        <translation>%1 hat das Thema entfernt.</translation>
    </message>
    <message>
        <source>%1 set the topic to “%2”.</source>
        <translation>%1 hat das Thema auf „%2“ gesetzt.</translation>
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
        <translation>erste neue Nachricht</translation>
    </message>
    <message>
        <source>mentions you</source>
        <translation>erwähnt Sie</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>%1 joined.</source>
        <translation>%1 hat den Raum betreten.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 hat den Raum verlassen.</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 heißt jetzt %2.</translation>
    </message>
</context>
<context>
    <name>palaver::client::ConnectDialog</name>
    <message>
        <source>Connect to a Palaver Server</source>
        <translation>Mit einem Palaver-Server verbinden</translation>
    </message>
    <message>
        <source>Choose a Palaver server found on your network or enter its address, and the name others will see.</source>
        <translation>Wählen Sie einen in Ihrem Netzwerk gefundenen Palaver-Server oder geben Sie seine Adresse ein, sowie den Namen, den andere sehen.</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or chat.local:%1</source>
        <translation>z. B. 192.168.1.10 oder chat.local:%1</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Your name in the chat</source>
        <translation>Ihr Name im Chat</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Servers found on this network</source>
        <translation>In diesem Netzwerk gefundene Server</translation>
    </message>
    <message>
        <source>Palaver servers on the local network. Choosing one fills in the server address; double-click or press Enter to connect to it.</source>
        <translation>Palaver-Server im lokalen Netzwerk. Die Auswahl eines Servers trägt seine Adresse ein; Doppelklick oder Eingabetaste verbindet mit ihm.</translation>
    </message>
    <message>
        <source>Looking for servers… none found yet. Type the address if you know it.</source>
        <translation>Suche nach Servern… bisher keiner gefunden. Geben Sie die Adresse ein, wenn Sie sie kennen.</translation>
    </message>
    <message>
        <source>Servers &amp;found on this network:</source>
        <translation>In diesem Netzwerk &amp;gefundene Server:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Nickname:</translation>
    </message>
    <message>
        <source>Enter a nickname.</source>
        <translation>Geben Sie einen Nickname ein.</translation>
    </message>
    <message>
        <source>Choose another nickname: a nickname is 1 to %1 characters of one alphabet, without control or invisible characters.</source>
        <translation>Wählen Sie einen anderen Nickname: Ein Nickname besteht aus 1 bis %1 Zeichen eines einzigen Alphabets, ohne Steuer- oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>The name others see next to your messages</source>
        <translation>Der Name, den andere neben Ihren Nachrichten sehen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connects to the server with this nickname. Available once both are filled in.</source>
        <translation>Verbindet mit diesem Nickname mit dem Server. Verfügbar, sobald beide Felder ausgefüllt sind.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A host name or IP address, optionally with :port, or a ws:// or wss:// URL. Several addresses of one server are separated by commas.</source>
        <translation>Ein Hostname oder eine IP-Adresse, optional mit :Port, oder eine ws://- oder wss://-URL. Mehrere Adressen eines Servers werden durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>palaver::client::Connection</name>
    <message>
        <source>You disconnected.</source>
        <translation>Sie haben die Verbindung getrennt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has CHANGED since you chose to trust it. Someone may be impersonating the server. Not connecting. If the server&apos;s administrator replaced the certificate, choose Chat &gt; Forget This Server&apos;s Certificate and connect again.</source>
        <translation>Das Zertifikat des Servers hat sich GEÄNDERT, seit Sie ihm vertraut haben. Möglicherweise gibt sich jemand als dieser Server aus. Es wird keine Verbindung hergestellt. Falls der Administrator des Servers das Zertifikat ersetzt hat, wählen Sie Chat &gt; Zertifikat dieses Servers vergessen und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by any authority (self-signed?). Waiting for you to decide whether to trust it.</source>
        <translation>Das Zertifikat des Servers ist von keiner Zertifizierungsstelle bestätigt (selbst signiert?). Warte auf Ihre Entscheidung, ob Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The connection did not survive the computer&apos;s sleep or network change.</source>
        <translation>Die Verbindung hat den Ruhezustand des Computers oder einen Netzwerkwechsel nicht überstanden.</translation>
    </message>
    <message>
        <source>The server stopped answering (it may have crashed, or the network between you broke).</source>
        <translation>Der Server antwortet nicht mehr (er ist vielleicht abgestürzt, oder das Netzwerk dazwischen ist unterbrochen).</translation>
    </message>
    <message>
        <source>Somebody else is using the nickname %1 on this server. Choose another one.</source>
        <translation>Jemand anderes verwendet auf diesem Server bereits den Nickname %1. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The server refused the nickname: %1</source>
        <translation>Der Server hat den Nickname abgelehnt: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 of %4)</source>
        <extracomment>%1 is a server address as typed, %2 the IP address it resolved to and is tried at, %3 of %4 its place among the server&apos;s addresses</extracomment>
        <translation>%1 (%2, %3 von %4)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>%1 is a server address, %2 of %3 its place among the server&apos;s addresses</extracomment>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>No address of this server worked (%n tried). The last problem: %1</source>
        <translation>
            <numerusform>Keine Adresse dieses Servers hat funktioniert (%n versucht). Das letzte Problem: %1</numerusform>
            <numerusform>Keine Adresse dieses Servers hat funktioniert (%n versucht). Das letzte Problem: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Waiting for you to decide whether to trust this certificate anyway.</source>
        <extracomment>%1 says what is wrong with the certificate and what to do about it</extracomment>
        <translation>%1 Warte auf Ihre Entscheidung, ob Sie diesem Zertifikat trotzdem vertrauen.</translation>
    </message>
    <message>
        <source>The server refused the password. Enter the right one when asked (F5 asks again), or ask the server&apos;s administrator.</source>
        <translation>Der Server hat das Passwort abgelehnt. Geben Sie das richtige ein, wenn Sie danach gefragt werden (F5 fragt erneut), oder wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>This server needs a password. Enter it when asked (F5 asks again); the server&apos;s administrator can tell you what it is.</source>
        <translation>Dieser Server benötigt ein Passwort. Geben Sie es ein, wenn Sie danach gefragt werden (F5 fragt erneut); der Administrator des Servers kann es Ihnen nennen.</translation>
    </message>
    <message>
        <source>This version of Palaver can&apos;t talk to that server, which says: &quot;%1&quot; Update Palaver, or ask the server&apos;s administrator to update the server.</source>
        <extracomment>%1 is what the server said, in English (which versions it speaks)</extracomment>
        <translation>Diese Version von Palaver kann nicht mit diesem Server kommunizieren. Der Server meldet: „%1“ Aktualisieren Sie Palaver, oder bitten Sie den Administrator des Servers, den Server zu aktualisieren.</translation>
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
        <translation>%1 unter %2, mit TLS verschlüsselt</translation>
    </message>
    <message>
        <source>%1 at %2, not encrypted</source>
        <translation>%1 unter %2, nicht verschlüsselt</translation>
    </message>
    <message>
        <source>%1 at %2
Palaver %3, encrypted (TLS)
Certificate SHA-256 fingerprint:
%4</source>
        <translation>%1 unter %2
Palaver %3, verschlüsselt (TLS)
SHA-256-Fingerabdruck des Zertifikats:
%4</translation>
    </message>
    <message>
        <source>%1 at %2
Palaver %3, not encrypted</source>
        <translation>%1 unter %2
Palaver %3, nicht verschlüsselt</translation>
    </message>
</context>
<context>
    <name>palaver::client::KeychainPasswordStore</name>
    <message>
        <source>in the system keychain</source>
        <translation>im Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>palaver::client::MainWindow</name>
    <message>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>Chat log</source>
        <translation>Chatverlauf</translation>
    </message>
    <message>
        <source>Messages in the room, oldest first</source>
        <translation>Nachrichten im Raum, älteste zuerst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line</source>
        <translation>Eingabetaste sendet die Nachricht, Umschalt+Eingabetaste beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter adds a line)</source>
        <translation>Nachricht schreiben… (Eingabetaste sendet, Umschalt+Eingabetaste für neue Zeile)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Who is typing</source>
        <translation>Wer gerade schreibt</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Rooms and direct conversations</source>
        <translation>Räume und Direktgespräche</translation>
    </message>
    <message>
        <source>&amp;Join or Create Room…</source>
        <translation>&amp;Raum betreten oder erstellen…</translation>
    </message>
    <message>
        <source>People in this room</source>
        <translation>Personen in diesem Raum</translation>
    </message>
    <message>
        <source>Double-click somebody to write to them directly</source>
        <translation>Doppelklicken Sie auf eine Person, um ihr direkt zu schreiben</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>Personen: %n</numerusform>
            <numerusform>Personen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %1 of %n online, %2 shown</source>
        <translation>
            <numerusform>Personen: %1 von %n online, %2 angezeigt</numerusform>
            <numerusform>Personen: %1 von %n online, %2 angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %1 of %n online</source>
        <translation>
            <numerusform>Personen: %1 von %n online</numerusform>
            <numerusform>Personen: %1 von %n online</numerusform>
        </translation>
    </message>
    <message>
        <source>Join or Create Room</source>
        <translation>Raum betreten oder erstellen</translation>
    </message>
    <message>
        <source>Name of the room to join (it is created if it does not exist yet):</source>
        <translation>Name des Raums, den Sie betreten möchten (er wird erstellt, falls es ihn noch nicht gibt):</translation>
    </message>
    <message>
        <source>New Direct Message</source>
        <translation>Neue Direktnachricht</translation>
    </message>
    <message>
        <source>Nickname of the person to write to:</source>
        <translation>Nickname der Person, der Sie schreiben möchten:</translation>
    </message>
    <message>
        <source>Nickname Taken</source>
        <translation>Nickname vergeben</translation>
    </message>
    <message>
        <source>Somebody else connected to this server uses the nickname %1. Choose another one:</source>
        <translation>Jemand anderes auf diesem Server verwendet bereits den Nickname %1. Wählen Sie einen anderen:</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Verbindung &amp;trennen</translation>
    </message>
    <message>
        <source>&amp;Forget This Server&apos;s Certificate</source>
        <translation>&amp;Zertifikat dieses Servers vergessen</translation>
    </message>
    <message>
        <source>Forget Certificate</source>
        <translation>Zertifikat vergessen</translation>
    </message>
    <message>
        <source>Forget the certificate you trusted for %1? The next connection will show its fingerprint and ask again.</source>
        <translation>Das Zertifikat vergessen, dem Sie für %1 vertraut haben? Bei der nächsten Verbindung wird sein Fingerabdruck angezeigt und erneut nachgefragt.</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Ne&amp;w Direct Message…</source>
        <translation>Neue &amp;Direktnachricht…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Leave Room</source>
        <translation>Raum ver&amp;lassen</translation>
    </message>
    <message>
        <source>&amp;Next Room</source>
        <translation>&amp;Nächster Raum</translation>
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
        <translation>V&amp;origer Raum</translation>
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
        <translation>Nachrichten &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Mentions…</source>
        <translation>&amp;Erwähnungen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>C&amp;opy Selected Lines</source>
        <translation>Ausgewählte Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Away</source>
        <translation>&amp;Abwesend</translation>
    </message>
    <message>
        <source>Others see you as away. Palaver also sets this by itself after 10 minutes without activity.</source>
        <translation>Andere sehen Sie als abwesend. Palaver setzt diesen Status auch selbst nach 10 Minuten ohne Aktivität.</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Benachrichtigungen…</translation>
    </message>
    <message>
        <source>&amp;Show Palaver</source>
        <translation>&amp;Palaver anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Palaver</source>
        <translation>Über &amp;Palaver</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Serverpasswort</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the password. Enter it again:</source>
        <translation>Der Server unter %1 hat das Passwort nicht akzeptiert. Geben Sie es erneut ein:</translation>
    </message>
    <message>
        <source>The server at %1 needs a password.</source>
        <translation>Der Server unter %1 erfordert ein Passwort.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember it %1</source>
        <translation>Passwort &amp;speichern – %1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Trust This Server?</source>
        <translation>Diesem Server vertrauen?</translation>
    </message>
    <message>
        <source>The server at %1 uses a certificate that no authority vouches for, as servers on a local network usually do.</source>
        <translation>Der Server unter %1 verwendet ein Zertifikat, das von keiner Zertifizierungsstelle bestätigt ist, wie es bei Servern in einem lokalen Netzwerk üblich ist.</translation>
    </message>
    <message>
        <source>Certificate: %1
SHA-256 fingerprint:
%2

Compare the fingerprint with the one in the server&apos;s log, or ask its administrator. If they match, trust it: Palaver will remember it and warn you loudly if it ever changes.</source>
        <translation>Zertifikat: %1
SHA-256-Fingerabdruck:
%2

Vergleichen Sie den Fingerabdruck mit dem im Protokoll des Servers, oder fragen Sie dessen Administrator. Wenn sie übereinstimmen, vertrauen Sie ihm: Palaver merkt sich das Zertifikat und warnt Sie deutlich, falls es sich jemals ändert.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Connect</source>
        <translation>&amp;Nicht verbinden</translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 is not the one you trusted before. Someone may be impersonating the server. Palaver did not connect.</source>
        <translation>WARNUNG: Das Zertifikat von %1 ist nicht das, dem Sie zuvor vertraut haben. Möglicherweise gibt sich jemand als dieser Server aus. Palaver hat keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>Trusted fingerprint:
%1

Presented fingerprint:
%2</source>
        <translation>Vertrauenswürdiger Fingerabdruck:
%1

Vorgelegter Fingerabdruck:
%2</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Edit and Send Again</source>
        <translation>&amp;Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>What you were writing was replaced: press %1 to get it back.</source>
        <translation>Ihr bisheriger Text wurde ersetzt: Drücken Sie %1, um ihn zurückzuholen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) as %3</source>
        <translation>Verbunden mit %1 (%2) als %3</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s…</source>
        <translation>
            <numerusform>Neue Verbindung mit %1 in %n s…</numerusform>
            <numerusform>Neue Verbindung mit %1 in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Nachricht wartet auf den Versand</numerusform>
            <numerusform>%n Nachrichten warten auf den Versand</numerusform>
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
        <translation>Raum betreten oder erstellen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>People in this room, and how many are online</source>
        <translation>Personen in diesem Raum und wie viele davon online sind</translation>
    </message>
    <message>
        <source>Problem with the message</source>
        <translation>Problem mit der Nachricht</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>Link ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Jump to &amp;New Messages</source>
        <translation>Zu &amp;neuen Nachrichten springen</translation>
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
        <translation>%1 (online)</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (abwesend)</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (offline)</translation>
    </message>
</context>
<context>
    <name>palaver::client::MentionsDialog</name>
    <message>
        <source>Messages that mention you</source>
        <translation>Nachrichten, die Sie erwähnen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Nobody has mentioned you yet. Messages that contain your nickname appear here.</source>
        <translation>Bisher hat Sie niemand erwähnt. Nachrichten, die Ihren Nickname enthalten, erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) mention you. Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n Nachricht erwähnt Sie. Doppelklicken Sie darauf, um sie in ihrem Raum anzuzeigen.</numerusform>
            <numerusform>%n Nachrichten erwähnen Sie. Doppelklicken Sie auf eine, um sie in ihrem Raum anzuzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions summary</source>
        <translation>Zusammenfassung der Erwähnungen</translation>
    </message>
    <message>
        <source>Newest first. Press Enter or double-click to see a message in its room.</source>
        <translation>Neueste zuerst. Drücken Sie die Eingabetaste oder doppelklicken Sie, um eine Nachricht in ihrem Raum anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>palaver::client::NewMessagesBar</name>
    <message>
        <source>Show the first new message</source>
        <translation>Die erste neue Nachricht zeigen</translation>
    </message>
    <message>
        <source>Remove the “New messages” line</source>
        <translation>Die Linie „Neue Nachrichten“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) since %1</source>
        <translation>
            <numerusform>%n neue Nachricht seit %1</numerusform>
            <numerusform>%n neue Nachrichten seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>Springen</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
</context>
<context>
    <name>palaver::client::NotificationsPage</name>
    <message>
        <source>Show a desktop notification for</source>
        <translation>Eine Desktop-Benachrichtigung anzeigen für</translation>
    </message>
    <message>
        <source>Messages that &amp;mention me</source>
        <translation>Nachrichten, die mich &amp;erwähnen</translation>
    </message>
    <message>
        <source>&amp;Direct messages</source>
        <translation>&amp;Direktnachrichten</translation>
    </message>
    <message>
        <source>&amp;Every message in every room</source>
        <translation>&amp;Jede Nachricht in jedem Raum</translation>
    </message>
    <message>
        <source>Only for what you can&apos;t see: nothing is shown for the room in front of you while the Palaver window is active.</source>
        <translation>Nur für das, was Sie nicht sehen: Für den Raum, den Sie gerade vor sich haben, wird nichts angezeigt, solange das Palaver-Fenster aktiv ist.</translation>
    </message>
    <message>
        <source>Do &amp;not disturb: no notifications at all (unread counts still show)</source>
        <translation>&amp;Nicht stören: überhaupt keine Benachrichtigungen (die Zahl ungelesener Nachrichten wird weiter angezeigt)</translation>
    </message>
</context>
<context>
    <name>palaver::client::RoomListModel</name>
    <message>
        <source>%1, direct conversation</source>
        <translation>%1, Direktgespräch</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioning you</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
</context>
<context>
    <name>palaver::client::SearchDialog</name>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search Messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Gesuchte Wörter</translation>
    </message>
    <message>
        <source>Words to find, e.g. lunch friday</source>
        <translation>Gesuchte Wörter, z. B. Mittagessen Freitag</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Wo suchen</translation>
    </message>
    <message>
        <source>All my rooms</source>
        <translation>Alle meine Räume</translation>
    </message>
    <message>
        <source>This room only</source>
        <translation>Nur dieser Raum</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n messages with “%1” (there are more: add a word to narrow it down). Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n neueste Nachricht mit „%1“ (es gibt weitere: Fügen Sie ein Wort hinzu, um die Suche einzugrenzen). Doppelklicken Sie darauf, um sie in ihrem Raum anzuzeigen.</numerusform>
            <numerusform>Die neuesten %n Nachrichten mit „%1“ (es gibt weitere: Fügen Sie ein Wort hinzu, um die Suche einzugrenzen). Doppelklicken Sie auf eine, um sie in ihrem Raum anzuzeigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with “%1”. Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n Nachricht mit „%1“. Doppelklicken Sie darauf, um sie in ihrem Raum anzuzeigen.</numerusform>
            <numerusform>%n Nachrichten mit „%1“. Doppelklicken Sie auf eine, um sie in ihrem Raum anzuzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: searching needs the server. Try again when connected.</source>
        <translation>Nicht verbunden: Für die Suche wird der Server benötigt. Versuchen Sie es erneut, sobald eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Newest first. Press Enter or double-click to see a message in its room.</source>
        <translation>Neueste zuerst. Drücken Sie die Eingabetaste oder doppelklicken Sie, um eine Nachricht in ihrem Raum anzuzeigen.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Asks the server for the messages with these words</source>
        <translation>Fragt beim Server die Nachrichten mit diesen Wörtern ab</translation>
    </message>
</context>
<context>
    <name>palaver::client::SettingsDialog</name>
    <message>
        <source>Choose another nickname: a nickname is 1 to %1 characters of one alphabet, with no invisible characters.</source>
        <translation>Wählen Sie einen anderen Nickname: Ein Nickname besteht aus 1 bis %1 Zeichen eines einzigen Alphabets, ohne unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Da&amp;rstellung</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Date&amp;ien</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>Nic&amp;kname:</translation>
    </message>
    <message>
        <source>Your name in the chat</source>
        <translation>Ihr Name im Chat</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Used from the next connection on; when connected, Palaver asks the server for it at once</source>
        <translation>Gilt ab der nächsten Verbindung; besteht gerade eine Verbindung, fragt Palaver ihn sofort beim Server an</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>C&amp;hange Server…</source>
        <translation>Server &amp;wechseln…</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Server wechseln</translation>
    </message>
    <message>
        <source>Opens the connect dialog</source>
        <translation>Öffnet das Fenster zum Verbinden mit einem Server</translation>
    </message>
    <message>
        <source>S&amp;tart Palaver when I log in</source>
        <translation>Palaver beim Anmelden s&amp;tarten</translation>
    </message>
    <message>
        <source>Start Palaver when I log in</source>
        <translation>Palaver beim Anmelden starten</translation>
    </message>
    <message>
        <source>Kept by the system, in %1</source>
        <translation>Vom System verwaltet, in %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Wie im System (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Palaver also shows dates and numbers the way this language does.</source>
        <translation>Palaver zeigt auch Datumsangaben und Zahlen so an, wie es in dieser Sprache üblich ist.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Font si&amp;ze of the chat:</source>
        <translation>Schrift&amp;größe im Chat:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size of the chat</source>
        <translation>Schriftgröße im Chat</translation>
    </message>
    <message>
        <source>The size of the messages and of the box you write in, in points</source>
        <translation>Die Größe der Nachrichten und des Felds, in das Sie schreiben, in Punkt</translation>
    </message>
    <message>
        <source>&amp;Settings are kept in:</source>
        <translation>&amp;Einstellungen werden gespeichert in:</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of the settings file</source>
        <translation>Ordner der Einstellungsdatei öffnen</translation>
    </message>
    <message>
        <source>Messages waiting to be sent and other &amp;data are kept in:</source>
        <translation>Nachrichten, die auf den Versand warten, und andere Da&amp;ten werden gespeichert in:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Op&amp;en Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>palaver::client::SettingsPasswordStore</name>
    <message>
        <source>in Palaver&apos;s settings file, NOT encrypted: anyone who can read your files can read it</source>
        <translation>in der Einstellungsdatei von Palaver, NICHT verschlüsselt: Wer Ihre Dateien lesen kann, kann es lesen</translation>
    </message>
</context>
<context>
    <name>palaver::client::ShortcutsDialog</name>
    <message>
        <source>Message box</source>
        <translation>Nachrichtenfeld</translation>
    </message>
    <message>
        <source>Chat log</source>
        <translation>Chatverlauf</translation>
    </message>
    <message>
        <source>Room list</source>
        <translation>Raumliste</translation>
    </message>
    <message>
        <source>People list</source>
        <translation>Personenliste</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>Neue Zeile beginnen</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>Zum nächsten Bedienelement wechseln</translation>
    </message>
    <message>
        <source>Edit a message that was not sent, to send it again</source>
        <translation>Eine nicht gesendete Nachricht bearbeiten, um sie erneut zu senden</translation>
    </message>
    <message>
        <source>Select every line</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>Select more lines</source>
        <translation>Weitere Zeilen auswählen</translation>
    </message>
    <message>
        <source>Show the next or previous room</source>
        <translation>Nächsten oder vorigen Raum anzeigen</translation>
    </message>
    <message>
        <source>Write to the selected person directly</source>
        <translation>Der ausgewählten Person direkt schreiben</translation>
    </message>
    <message>
        <source>No command or key matches.</source>
        <translation>Kein Befehl und keine Taste passt.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Type to find a command or a key</source>
        <translation>Tippen Sie, um einen Befehl oder eine Taste zu finden</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkombination suchen</translation>
    </message>
    <message>
        <source>Shows only the commands and keys that contain what you type</source>
        <translation>Zeigt nur die Befehle und Tasten, die Ihre Eingabe enthalten</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>keine Tastenkombination</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
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
            <numerusform>Palaver: %n ungelesene Nachricht</numerusform>
            <numerusform>Palaver: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Palaver: %n unread message(s), with a mention of you</source>
        <translation>
            <numerusform>Palaver: %n ungelesene Nachricht, in der Sie erwähnt werden</numerusform>
            <numerusform>Palaver: %n ungelesene Nachrichten, darunter mindestens eine Erwähnung von Ihnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palaver::client::Workspace</name>
    <message>
        <source>The server reported a problem: %1</source>
        <translation>Der Server meldet ein Problem: %1</translation>
    </message>
    <message>
        <source>You left that conversation.</source>
        <translation>Sie haben dieses Gespräch verlassen.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Verbunden mit %1 als %2.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 as %2. The room has %n member(s).</source>
        <translation>
            <numerusform>Verbunden mit %1 als %2. Der Raum hat %n Mitglied.</numerusform>
            <numerusform>Verbunden mit %1 als %2. Der Raum hat %n Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 as %2. In the room: %3.</source>
        <translation>Verbunden mit %1 als %2. Im Raum: %3.</translation>
    </message>
    <message>
        <source>Not connected; try again when connected.</source>
        <translation>Nicht verbunden; versuchen Sie es erneut, sobald eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>Not sent, as the connection was lost before the direct conversation opened: “%1”</source>
        <translation>Nicht gesendet, da die Verbindung unterbrochen wurde, bevor das Direktgespräch geöffnet war: „%1“</translation>
    </message>
    <message>
        <source>Connection lost: %1 Messages you write are kept and sent when the connection is back.</source>
        <translation>Verbindung unterbrochen: %1 Nachrichten, die Sie jetzt schreiben, werden aufbewahrt und gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <source>Some messages sent while you were away could not be recovered: the server&apos;s history was reset or has been trimmed. Shown below is the latest history.</source>
        <translation>Einige Nachrichten, die gesendet wurden, während Sie nicht verbunden waren, konnten nicht wiederhergestellt werden: Der Verlauf auf dem Server wurde zurückgesetzt oder gekürzt. Unten sehen Sie den neuesten Verlauf.</translation>
    </message>
    <message>
        <source>%1 (direct message)</source>
        <translation>%1 (Direktnachricht)</translation>
    </message>
    <message>
        <source>%1 in #%2</source>
        <translation>%1 in #%2</translation>
    </message>
    <message>
        <source>You are not in that conversation.</source>
        <translation>Sie sind nicht in diesem Gespräch.</translation>
    </message>
    <message>
        <source>That message is not in the history any more.</source>
        <translation>Diese Nachricht ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>That message is no longer stored on the server.</source>
        <translation>Diese Nachricht ist nicht mehr auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>Rooms on this server:</source>
        <translation>Räume auf diesem Server:</translation>
    </message>
    <message numerus="yes">
        <source>#%1 (%n member(s))</source>
        <translation>
            <numerusform>#%1 (%n Mitglied)</numerusform>
            <numerusform>#%1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Usage: /me &lt;action&gt;, for example “/me waves”.</source>
        <translation>Verwendung: /me &lt;Aktion&gt;, zum Beispiel „/me winkt“.</translation>
    </message>
    <message>
        <source>Unknown command /%1. Type /help for the list.</source>
        <translation>Unbekannter Befehl /%1. Geben Sie /help ein, um die Liste zu sehen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>/me &lt;action&gt; — say what you are doing: “/me waves” shows “* alice waves”.</source>
        <translation>/me &lt;Aktion&gt; — sagen, was Sie gerade tun: „/me winkt“ zeigt „* alice winkt“.</translation>
    </message>
    <message>
        <source>/join &lt;room&gt; — join a room (it is made if it doesn&apos;t exist yet) and go to it.</source>
        <translation>/join &lt;Raum&gt; — einen Raum betreten (er wird erstellt, falls es ihn noch nicht gibt) und zu ihm wechseln.</translation>
    </message>
    <message>
        <source>/leave [room] — leave this room, or the one named (not #general).</source>
        <translation>/leave [Raum] — diesen oder den genannten Raum verlassen (nicht #general).</translation>
    </message>
    <message>
        <source>/msg &lt;nickname&gt; [message] — open a direct conversation, and send the message.</source>
        <translation>/msg &lt;Nickname&gt; [Nachricht] — ein Direktgespräch öffnen und die Nachricht senden.</translation>
    </message>
    <message>
        <source>/nick &lt;nickname&gt; — change your nickname.</source>
        <translation>/nick &lt;Nickname&gt; — Ihren Nickname ändern.</translation>
    </message>
    <message>
        <source>/away [on|off] — say you are away, or back; without a word, switch.</source>
        <translation>/away [on|off] — sich als abwesend oder wieder da melden; ohne Angabe wird umgeschaltet.</translation>
    </message>
    <message>
        <source>/topic [text] — show the room&apos;s topic, or set it; “/topic -” clears it.</source>
        <translation>/topic [Text] — das Thema des Raums anzeigen oder festlegen; „/topic -“ entfernt es.</translation>
    </message>
    <message>
        <source>/list — list the rooms on this server.</source>
        <translation>/list — die Räume auf diesem Server auflisten.</translation>
    </message>
    <message>
        <source>/help — show this list.</source>
        <translation>/help — diese Liste anzeigen.</translation>
    </message>
    <message>
        <source>//text — send “/text” as a message, without running a command.</source>
        <translation>//Text — „/Text“ als Nachricht senden, ohne einen Befehl auszuführen.</translation>
    </message>
    <message numerus="yes">
        <source>A topic is one line of at most %n characters.</source>
        <translation>
            <numerusform>Ein Thema ist eine Zeile mit höchstens %n Zeichen.</numerusform>
            <numerusform>Ein Thema ist eine Zeile mit höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters too long.</source>
        <translation>
            <numerusform>Die Nachricht ist %n Zeichen zu lang.</numerusform>
            <numerusform>Die Nachricht ist %n Zeichen zu lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message can&apos;t be sent: it contains a control character.</source>
        <translation>Die Nachricht kann nicht gesendet werden: Sie enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Usage: /join &lt;room&gt;, for example “/join random”.</source>
        <translation>Verwendung: /join &lt;Raum&gt;, zum Beispiel „/join random“.</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be a room name: a room name is 1 to 64 characters of one alphabet, without control or invisible characters.</source>
        <translation>„%1“ kann kein Raumname sein: Ein Raumname besteht aus 1 bis 64 Zeichen eines einzigen Alphabets, ohne Steuer- oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>You are not in this room.</source>
        <translation>Sie sind nicht in diesem Raum.</translation>
    </message>
    <message>
        <source>You have no conversation with %1.</source>
        <translation>Sie haben kein Gespräch mit %1.</translation>
    </message>
    <message>
        <source>You are not in #%1.</source>
        <translation>Sie sind nicht in #%1.</translation>
    </message>
    <message>
        <source>Everybody is in #%1: it can&apos;t be left.</source>
        <translation>Alle sind in #%1: Dieser Raum kann nicht verlassen werden.</translation>
    </message>
    <message>
        <source>Usage: /msg &lt;nickname&gt; [message]</source>
        <translation>Verwendung: /msg &lt;Nickname&gt; [Nachricht]</translation>
    </message>
    <message>
        <source>That is you: direct messages are for talking with somebody else.</source>
        <translation>Das sind Sie selbst: Direktnachrichten sind für Gespräche mit anderen gedacht.</translation>
    </message>
    <message>
        <source>Usage: /nick &lt;new nickname&gt;</source>
        <translation>Verwendung: /nick &lt;neuer Nickname&gt;</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be a nickname: a nickname is 1 to %2 characters of one alphabet, without control or invisible characters.</source>
        <translation>„%1“ kann kein Nickname sein: Ein Nickname besteht aus 1 bis %2 Zeichen eines einzigen Alphabets, ohne Steuer- oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>You are already %1.</source>
        <translation>Sie heißen bereits %1.</translation>
    </message>
    <message>
        <source>Usage: /away [on|off]</source>
        <translation>Verwendung: /away [on|off]</translation>
    </message>
    <message>
        <source>You are away. Type /away again when you are back.</source>
        <translation>Sie sind abwesend. Geben Sie erneut /away ein, wenn Sie zurück sind.</translation>
    </message>
    <message>
        <source>You are back.</source>
        <translation>Sie sind wieder da.</translation>
    </message>
    <message>
        <source>%1 has no topic. Set one with /topic &lt;text&gt;.</source>
        <translation>%1 hat kein Thema. Legen Sie eines mit /topic &lt;Text&gt; fest.</translation>
    </message>
    <message>
        <source>The topic of %1 is “%2”.</source>
        <translation>Das Thema von %1 ist „%2“.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben…</translation>
    </message>
    <message numerus="yes">
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n Person schreibt…</numerusform>
            <numerusform>%n Personen schreiben…</numerusform>
        </translation>
    </message>
    <message>
        <source>You can&apos;t be %1: %2</source>
        <translation>Sie können nicht %1 heißen: %2</translation>
    </message>
    <message>
        <source>You can&apos;t be %1: %2 %3 is free.</source>
        <translation>Sie können nicht %1 heißen: %2 %3 ist frei.</translation>
    </message>
</context>
<context>
    <name>palaver::client::autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not change %1.</source>
        <translation>%1 konnte nicht geändert werden.</translation>
    </message>
</context>
</TS>
