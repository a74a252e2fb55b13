<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <source>Palaver chat client</source>
        <translation>Client de discussion Palaver</translation>
    </message>
    <message>
        <source>Connect to this server at once (host, host:port or a ws:// or wss:// URL).</source>
        <translation>Se connecter immédiatement à ce serveur (hôte, hôte:port ou URL ws:// ou wss://).</translation>
    </message>
    <message>
        <source>Use this nickname.</source>
        <translation>Utiliser ce pseudo.</translation>
    </message>
</context>
<context>
    <name>palaver::client</name>
    <message>
        <source>Nothing is listening at %1 port %2: the server is not running, or the port is wrong.</source>
        <translation>Rien ne répond sur %1, port %2&#xa0;: le serveur n’est pas démarré, ou le port est incorrect.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; was not found. Check the server address.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est introuvable. Vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>No answer from %1 port %2: a firewall may be blocking it, or the server is on another network.</source>
        <translation>Aucune réponse de %1, port %2&#xa0;: un pare-feu bloque peut-être la connexion, ou le serveur est sur un autre réseau.</translation>
    </message>
    <message>
        <source>The connection to the server broke off without a goodbye (the server may have crashed or been restarted).</source>
        <translation>La connexion au serveur s’est interrompue sans prévenir (le serveur a peut-être planté ou redémarré).</translation>
    </message>
    <message>
        <source>The network is unreachable. Check this computer&apos;s network connection.</source>
        <translation>Le réseau est inaccessible. Vérifiez la connexion réseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>The network proxy refused the connection: %1</source>
        <translation>Le proxy réseau a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not talk to the server: %1</source>
        <translation>Impossible de communiquer avec le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server shut down or is restarting.</source>
        <translation>Le serveur s’est arrêté ou redémarre.</translation>
    </message>
    <message>
        <source>The server closed the connection because a message was too large.</source>
        <translation>Le serveur a fermé la connexion car un message était trop volumineux.</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>Le serveur a fermé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>This version of Palaver can&apos;t talk to that server. Update Palaver or the server.</source>
        <translation>Cette version de Palaver ne peut pas communiquer avec ce serveur. Mettez à jour Palaver ou le serveur.</translation>
    </message>
    <message>
        <source>The server is full. Palaver will try again.</source>
        <translation>Le serveur est complet. Palaver va réessayer.</translation>
    </message>
    <message>
        <source>You connected to this server again with the same nickname from this computer or another copy of Palaver, so this connection was closed.</source>
        <translation>Vous vous êtes reconnecté à ce serveur avec le même pseudo, depuis cet ordinateur ou une autre instance de Palaver&#xa0;: cette connexion a donc été fermée.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator disconnected you. Connect again when you are meant to.</source>
        <translation>L’administrateur du serveur vous a déconnecté. Reconnectez-vous lorsque vous y serez invité.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator disconnected you: %1</source>
        <translation>L’administrateur du serveur vous a déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server gave up waiting for this app to introduce itself.</source>
        <translation>Le serveur a cessé d’attendre que cette application se présente.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>Enter the address of a Palaver server, for example 192.168.1.10.</source>
        <translation>Saisissez l’adresse d’un serveur Palaver, par exemple 192.168.1.10.</translation>
    </message>
    <message>
        <source>Palaver addresses start with ws:// or wss://, not %1://.</source>
        <translation>Les adresses Palaver commencent par ws:// ou wss://, pas par %1://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a name or IP address, optionally with :port, for example 192.168.1.10:%2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur. Utilisez un nom ou une adresse IP, éventuellement suivi de&#xa0;:port, par exemple 192.168.1.10:%2.</translation>
    </message>
    <message>
        <source>Port 0 is not a valid port. Use a number from 1 to 65535.</source>
        <translation>Le port 0 n’est pas valide. Utilisez un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has parts a server address can&apos;t have (a user name, ? or #).</source>
        <translation>«&#xa0;%1&#xa0;» contient des éléments qu’une adresse de serveur ne peut pas contenir (un nom d’utilisateur,&#xa0;? ou #).</translation>
    </message>
    <message>
        <source>Address %1 of %2: %3</source>
        <translation>Adresse %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection with %1 port %2. Check the address: another program may be using that port. Otherwise the server&apos;s encryption settings may be too old or too strict for this computer: tell the server&apos;s administrator. (Details: %3)</source>
        <extracomment>%3 is the TLS library&apos;s own explanation, for whoever helps the user</extracomment>
        <translation>Impossible d’établir une connexion chiffrée avec %1, port %2. Vérifiez l’adresse&#xa0;: un autre programme utilise peut-être ce port. Sinon, les paramètres de chiffrement du serveur sont peut-être trop anciens ou trop stricts pour cet ordinateur&#xa0;: prévenez l’administrateur du serveur. (Détails&#xa0;: %3)</translation>
    </message>
    <message>
        <source>This computer&apos;s encryption support failed. Reinstall Palaver, or the OpenSSL libraries it uses. (Details: %1)</source>
        <translation>Le chiffrement ne fonctionne pas sur cet ordinateur. Réinstallez Palaver, ou les bibliothèques OpenSSL qu’il utilise. (Détails&#xa0;: %1)</translation>
    </message>
    <message>
        <source>The server at %1 port %2 does not use encryption, so wss:// can&apos;t work. To connect without encryption, use %3. Only do so on a network you trust, or ask the server&apos;s administrator to turn on TLS.</source>
        <extracomment>%3 is the same address with ws:// (not encrypted), e.g. ws://chat.lan:7350</extracomment>
        <translation>Le serveur %1, port %2 n’utilise pas de chiffrement&#xa0;: wss:// ne peut donc pas fonctionner. Pour vous connecter sans chiffrement, utilisez %3. Ne le faites que sur un réseau de confiance, ou demandez à l’administrateur du serveur d’activer TLS.</translation>
    </message>
    <message>
        <source>The server at %1 port %2 uses encryption: connect with %3 instead.</source>
        <extracomment>%3 is the same address with wss:// (encrypted), e.g. wss://chat.lan:7350</extracomment>
        <translation>Le serveur %1, port %2 utilise le chiffrement&#xa0;: connectez-vous plutôt avec %3.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1: ask the server&apos;s administrator to renew it.</source>
        <translation>Le certificat du serveur a expiré le %1&#xa0;: demandez à l’administrateur du serveur de le renouveler.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1: check this computer&apos;s date and time.</source>
        <translation>Le certificat du serveur n’est valide qu’à partir du %1&#xa0;: vérifiez la date et l’heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made out to %1, not to %2: connect with the name the certificate gives, or ask the server&apos;s administrator for a certificate that names %2.</source>
        <extracomment>%1 lists the names in the certificate, %2 is the address the user connected to</extracomment>
        <translation>Le certificat du serveur a été délivré pour %1, et non pour %2&#xa0;: connectez-vous avec le nom indiqué dans le certificat, ou demandez à l’administrateur du serveur un certificat valable pour %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1.</source>
        <translation>Le certificat du serveur n’a pas été accepté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server did not accept the password. Enter the right one when asked (F5 asks again), or ask the server&apos;s administrator.</source>
        <translation>Le serveur n’a pas accepté le mot de passe. Saisissez le bon mot de passe lorsqu’il vous est demandé (F5 le redemande), ou demandez à l’administrateur du serveur.</translation>
    </message>
</context>
<context>
    <name>palaver::client::AboutDialog</name>
    <message>
        <source>Show &amp;Licence</source>
        <translation>Afficher la &amp;licence</translation>
    </message>
    <message>
        <source>About Palaver</source>
        <translation>À propos de Palaver</translation>
    </message>
    <message>
        <source>Palaver icon</source>
        <translation>Icône de Palaver</translation>
    </message>
    <message>
        <source>Palaver %1</source>
        <translation>Palaver %1</translation>
    </message>
    <message>
        <source>Chat for the people on your local network, on a server you run yourself.</source>
        <translation>La discussion pour les personnes de votre réseau local, sur un serveur que vous gérez vous-même.</translation>
    </message>
    <message>
        <source>Running on Qt %1 (built with Qt %2).</source>
        <translation>Fonctionne avec Qt %1 (compilé avec Qt %2).</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>Connected to %1 (the server did not say which software it runs).</source>
        <translation>Connecté à %1 (le serveur n’a pas indiqué quel logiciel il utilise).</translation>
    </message>
    <message>
        <source>Connected to %1, which runs %2.</source>
        <translation>Connecté à %1, qui utilise %2.</translation>
    </message>
    <message>
        <source>Released under a free licence.</source>
        <translation>Publié sous une licence libre.</translation>
    </message>
    <message>
        <source>Released under the %1.</source>
        <translation>Publié sous la %1.</translation>
    </message>
    <message>
        <source>Show the licence text</source>
        <translation>Afficher le texte de la licence</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>Hide &amp;Licence</source>
        <translation>Masquer la &amp;licence</translation>
    </message>
    <message>
        <source>Hide the licence text</source>
        <translation>Masquer le texte de la licence</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>palaver::client::ChatDelegate</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <source>  sending…</source>
        <translation>  envoi…</translation>
    </message>
    <message>
        <source>  ⚠ not sent: %1</source>
        <translation>  ⚠ non envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>palaver::client::ChatModel</name>
    <message>
        <source>(sending…)</source>
        <translation>(envoi…)</translation>
    </message>
    <message>
        <source>(not sent: %1)</source>
        <translation>(non envoyé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 cleared the topic.</source>
        <translation>%1 a effacé le sujet.</translation>
    </message>
    <message>
        <source>%1 set the topic to “%2”.</source>
        <translation>%1 a défini le sujet&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>notice: time, text</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2: %1 %3</source>
        <comment>action: nick, time, nick and what they do</comment>
        <translation>%1, %2&#xa0;: %1 %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>message: nick, time, text</comment>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>first new message</source>
        <translation>premier nouveau message</translation>
    </message>
    <message>
        <source>mentions you</source>
        <translation>vous mentionne</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 joined.</source>
        <translation>%1 a rejoint le salon.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 a quitté le salon.</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 s’appelle maintenant %2.</translation>
    </message>
</context>
<context>
    <name>palaver::client::ConnectDialog</name>
    <message>
        <source>Connect to a Palaver Server</source>
        <translation>Se connecter à un serveur Palaver</translation>
    </message>
    <message>
        <source>Choose a Palaver server found on your network or enter its address, and the name others will see.</source>
        <translation>Choisissez un serveur Palaver trouvé sur votre réseau ou saisissez son adresse, puis le nom que les autres verront.</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or chat.local:%1</source>
        <translation>p. ex. 192.168.1.10 ou chat.local:%1</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Your name in the chat</source>
        <translation>Votre nom dans la discussion</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Servers found on this network</source>
        <translation>Serveurs trouvés sur ce réseau</translation>
    </message>
    <message>
        <source>Palaver servers on the local network. Choosing one fills in the server address; double-click or press Enter to connect to it.</source>
        <translation>Serveurs Palaver du réseau local. En choisir un remplit l’adresse du serveur&#xa0;; double-cliquez ou appuyez sur Entrée pour vous y connecter.</translation>
    </message>
    <message>
        <source>Looking for servers… none found yet. Type the address if you know it.</source>
        <translation>Recherche de serveurs… aucun trouvé pour l’instant. Saisissez l’adresse si vous la connaissez.</translation>
    </message>
    <message>
        <source>Servers &amp;found on this network:</source>
        <translation>Serveurs &amp;trouvés sur ce réseau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Pseudo&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a nickname.</source>
        <translation>Saisissez un pseudo.</translation>
    </message>
    <message>
        <source>Choose another nickname: a nickname is 1 to %1 characters of one alphabet, without control or invisible characters.</source>
        <translation>Choisissez un autre pseudo&#xa0;: un pseudo compte de 1 à %1 caractères d’un seul alphabet, sans caractères de contrôle ni caractères invisibles.</translation>
    </message>
    <message>
        <source>The name others see next to your messages</source>
        <translation>Le nom que les autres voient à côté de vos messages</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Connects to the server with this nickname. Available once both are filled in.</source>
        <translation>Se connecte au serveur avec ce pseudo. Disponible une fois les deux champs remplis.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A host name or IP address, optionally with :port, or a ws:// or wss:// URL. Several addresses of one server are separated by commas.</source>
        <translation>Un nom d’hôte ou une adresse IP, éventuellement suivi de&#xa0;:port, ou une URL ws:// ou wss://. Les différentes adresses d’un même serveur sont séparées par des virgules.</translation>
    </message>
</context>
<context>
    <name>palaver::client::Connection</name>
    <message>
        <source>You disconnected.</source>
        <translation>Vous vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has CHANGED since you chose to trust it. Someone may be impersonating the server. Not connecting. If the server&apos;s administrator replaced the certificate, choose Chat &gt; Forget This Server&apos;s Certificate and connect again.</source>
        <translation>Le certificat du serveur a CHANGÉ depuis que vous lui avez fait confiance. Quelqu’un se fait peut-être passer pour ce serveur. Connexion annulée. Si l’administrateur du serveur a remplacé le certificat, choisissez Discussion &gt; Oublier le certificat de ce serveur et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by any authority (self-signed?). Waiting for you to decide whether to trust it.</source>
        <translation>Le certificat du serveur n’est garanti par aucune autorité (auto-signé&#xa0;?). En attente de votre décision&#xa0;: lui faire confiance ou non.</translation>
    </message>
    <message>
        <source>The connection did not survive the computer&apos;s sleep or network change.</source>
        <translation>La connexion n’a pas survécu à la mise en veille de l’ordinateur ou au changement de réseau.</translation>
    </message>
    <message>
        <source>The server stopped answering (it may have crashed, or the network between you broke).</source>
        <translation>Le serveur ne répond plus (il a peut-être planté, ou le réseau qui vous relie est coupé).</translation>
    </message>
    <message>
        <source>Somebody else is using the nickname %1 on this server. Choose another one.</source>
        <translation>Quelqu’un d’autre utilise déjà le pseudo %1 sur ce serveur. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The server refused the nickname: %1</source>
        <translation>Le serveur a refusé le pseudo&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 of %4)</source>
        <extracomment>%1 is a server address as typed, %2 the IP address it resolved to and is tried at, %3 of %4 its place among the server&apos;s addresses</extracomment>
        <translation>%1 (%2, %3 sur %4)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>%1 is a server address, %2 of %3 its place among the server&apos;s addresses</extracomment>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message numerus="yes">
        <source>No address of this server worked (%n tried). The last problem: %1</source>
        <translation>
            <numerusform>Aucune adresse de ce serveur n’a fonctionné (%n essayée). Dernier problème&#xa0;: %1</numerusform>
            <numerusform>Aucune adresse de ce serveur n’a fonctionné (%n essayées). Dernier problème&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Waiting for you to decide whether to trust this certificate anyway.</source>
        <extracomment>%1 says what is wrong with the certificate and what to do about it</extracomment>
        <translation>%1 En attente de votre décision&#xa0;: faire tout de même confiance à ce certificat ou non.</translation>
    </message>
    <message>
        <source>The server refused the password. Enter the right one when asked (F5 asks again), or ask the server&apos;s administrator.</source>
        <translation>Le serveur a refusé le mot de passe. Saisissez le bon mot de passe lorsqu’il vous est demandé (F5 le redemande), ou demandez à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>This server needs a password. Enter it when asked (F5 asks again); the server&apos;s administrator can tell you what it is.</source>
        <translation>Ce serveur demande un mot de passe. Saisissez-le lorsqu’il vous est demandé (F5 le redemande)&#xa0;; l’administrateur du serveur peut vous l’indiquer.</translation>
    </message>
    <message>
        <source>This version of Palaver can&apos;t talk to that server, which says: &quot;%1&quot; Update Palaver, or ask the server&apos;s administrator to update the server.</source>
        <extracomment>%1 is what the server said, in English (which versions it speaks)</extracomment>
        <translation>Cette version de Palaver ne peut pas communiquer avec ce serveur, qui indique&#xa0;: «&#xa0;%1&#xa0;» Mettez à jour Palaver, ou demandez à l’administrateur du serveur de mettre à jour le serveur.</translation>
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
        <translation>%1 à l’adresse %2, chiffré avec TLS</translation>
    </message>
    <message>
        <source>%1 at %2, not encrypted</source>
        <translation>%1 à l’adresse %2, non chiffré</translation>
    </message>
    <message>
        <source>%1 at %2
Palaver %3, encrypted (TLS)
Certificate SHA-256 fingerprint:
%4</source>
        <translation>%1 à l’adresse %2
Palaver %3, chiffré (TLS)
Empreinte SHA-256 du certificat&#xa0;:
%4</translation>
    </message>
    <message>
        <source>%1 at %2
Palaver %3, not encrypted</source>
        <translation>%1 à l’adresse %2
Palaver %3, non chiffré</translation>
    </message>
</context>
<context>
    <name>palaver::client::KeychainPasswordStore</name>
    <message>
        <source>in the system keychain</source>
        <translation>dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>palaver::client::MainWindow</name>
    <message>
        <source>Sen&amp;d</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>Se &amp;reconnecter maintenant</translation>
    </message>
    <message>
        <source>Chat log</source>
        <translation>Historique de la discussion</translation>
    </message>
    <message>
        <source>Messages in the room, oldest first</source>
        <translation>Messages du salon, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line</source>
        <translation>Entrée envoie le message, Maj+Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter adds a line)</source>
        <translation>Écrivez un message… (Entrée pour envoyer, Maj+Entrée pour aller à la ligne)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Who is typing</source>
        <translation>Qui est en train d’écrire</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Se reconnecter maintenant</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Rooms and direct conversations</source>
        <translation>Salons et conversations directes</translation>
    </message>
    <message>
        <source>&amp;Join or Create Room…</source>
        <translation>Re&amp;joindre ou créer un salon…</translation>
    </message>
    <message>
        <source>People in this room</source>
        <translation>Personnes dans ce salon</translation>
    </message>
    <message>
        <source>Double-click somebody to write to them directly</source>
        <translation>Double-cliquez sur une personne pour lui écrire directement</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>Personnes&#xa0;: %n</numerusform>
            <numerusform>Personnes&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %1 of %n online, %2 shown</source>
        <translation>
            <numerusform>Personnes&#xa0;: %1 sur %n en ligne, %2 affichées</numerusform>
            <numerusform>Personnes&#xa0;: %1 sur %n en ligne, %2 affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %1 of %n online</source>
        <translation>
            <numerusform>Personnes&#xa0;: %1 sur %n en ligne</numerusform>
            <numerusform>Personnes&#xa0;: %1 sur %n en ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Join or Create Room</source>
        <translation>Rejoindre ou créer un salon</translation>
    </message>
    <message>
        <source>Name of the room to join (it is created if it does not exist yet):</source>
        <translation>Nom du salon à rejoindre (il est créé s’il n’existe pas encore)&#xa0;:</translation>
    </message>
    <message>
        <source>New Direct Message</source>
        <translation>Nouveau message direct</translation>
    </message>
    <message>
        <source>Nickname of the person to write to:</source>
        <translation>Pseudo de la personne à qui écrire&#xa0;:</translation>
    </message>
    <message>
        <source>Nickname Taken</source>
        <translation>Pseudo déjà pris</translation>
    </message>
    <message>
        <source>Somebody else connected to this server uses the nickname %1. Choose another one:</source>
        <translation>Quelqu’un d’autre connecté à ce serveur utilise le pseudo %1. Choisissez-en un autre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Forget This Server&apos;s Certificate</source>
        <translation>&amp;Oublier le certificat de ce serveur</translation>
    </message>
    <message>
        <source>Forget Certificate</source>
        <translation>Oublier le certificat</translation>
    </message>
    <message>
        <source>Forget the certificate you trusted for %1? The next connection will show its fingerprint and ask again.</source>
        <translation>Oublier le certificat auquel vous avez fait confiance pour %1&#xa0;? À la prochaine connexion, son empreinte sera affichée et la question vous sera reposée.</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Ne&amp;w Direct Message…</source>
        <translation>Nouveau &amp;message direct…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Leave Room</source>
        <translation>Quitter le sa&amp;lon</translation>
    </message>
    <message>
        <source>&amp;Next Room</source>
        <translation>Salon &amp;suivant</translation>
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
        <translation>Salon &amp;précédent</translation>
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
        <translation>Rec&amp;hercher dans les messages…</translation>
    </message>
    <message>
        <source>&amp;Mentions…</source>
        <translation>M&amp;entions…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>C&amp;opy Selected Lines</source>
        <translation>Cop&amp;ier les lignes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Away</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <source>Others see you as away. Palaver also sets this by itself after 10 minutes without activity.</source>
        <translation>Les autres vous voient comme absent. Palaver active aussi ce statut de lui-même après 10 minutes d’inactivité.</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>&amp;Ne pas déranger</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>Noti&amp;fications…</translation>
    </message>
    <message>
        <source>&amp;Show Palaver</source>
        <translation>Afficher &amp;Palaver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Palaver</source>
        <translation>À &amp;propos de Palaver</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the password. Enter it again:</source>
        <translation>Le serveur %1 n’a pas accepté le mot de passe. Saisissez-le à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>The server at %1 needs a password.</source>
        <translation>Le serveur %1 demande un mot de passe.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember it %1</source>
        <translation>&amp;Mémoriser le mot de passe %1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Trust This Server?</source>
        <translation>Faire confiance à ce serveur&#xa0;?</translation>
    </message>
    <message>
        <source>The server at %1 uses a certificate that no authority vouches for, as servers on a local network usually do.</source>
        <translation>Le serveur %1 utilise un certificat qu’aucune autorité ne garantit, comme c’est généralement le cas pour les serveurs d’un réseau local.</translation>
    </message>
    <message>
        <source>Certificate: %1
SHA-256 fingerprint:
%2

Compare the fingerprint with the one in the server&apos;s log, or ask its administrator. If they match, trust it: Palaver will remember it and warn you loudly if it ever changes.</source>
        <translation>Certificat&#xa0;: %1
Empreinte SHA-256&#xa0;:
%2

Comparez cette empreinte avec celle du journal du serveur, ou demandez à son administrateur. Si elles correspondent, faites-lui confiance&#xa0;: Palaver s’en souviendra et vous avertira clairement si elle change un jour.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Connect</source>
        <translation>&amp;Ne pas se connecter</translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 is not the one you trusted before. Someone may be impersonating the server. Palaver did not connect.</source>
        <translation>ATTENTION&#xa0;: le certificat de %1 n’est pas celui auquel vous avez fait confiance auparavant. Quelqu’un se fait peut-être passer pour ce serveur. Palaver ne s’est pas connecté.</translation>
    </message>
    <message>
        <source>Trusted fingerprint:
%1

Presented fingerprint:
%2</source>
        <translation>Empreinte approuvée&#xa0;:
%1

Empreinte présentée&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>Copier l’adresse du &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Edit and Send Again</source>
        <translation>&amp;Modifier et renvoyer</translation>
    </message>
    <message>
        <source>What you were writing was replaced: press %1 to get it back.</source>
        <translation>Le texte que vous écriviez a été remplacé&#xa0;: appuyez sur %1 pour le récupérer.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) as %3</source>
        <translation>Connecté à %1 (%2) en tant que %3</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s…</source>
        <translation>
            <numerusform>Reconnexion à %1 dans %n s…</numerusform>
            <numerusform>Reconnexion à %1 dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message en attente d’envoi</numerusform>
            <numerusform>%n messages en attente d’envoi</numerusform>
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
        <translation>Rejoindre ou créer un salon</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>People in this room, and how many are online</source>
        <translation>Personnes dans ce salon, et combien sont en ligne</translation>
    </message>
    <message>
        <source>Problem with the message</source>
        <translation>Problème avec le message</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>P&amp;aramètres…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>&amp;Ouvrir le lien</translation>
    </message>
    <message>
        <source>Jump to &amp;New Messages</source>
        <translation>Aller aux &amp;nouveaux messages</translation>
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
        <translation>%1 (en ligne)</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (absent)</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (hors ligne)</translation>
    </message>
</context>
<context>
    <name>palaver::client::MentionsDialog</name>
    <message>
        <source>Messages that mention you</source>
        <translation>Messages qui vous mentionnent</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Nobody has mentioned you yet. Messages that contain your nickname appear here.</source>
        <translation>Personne ne vous a encore mentionné. Les messages qui contiennent votre pseudo apparaissent ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) mention you. Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n message vous mentionne. Double-cliquez dessus pour le voir dans son salon.</numerusform>
            <numerusform>%n messages vous mentionnent. Double-cliquez sur l’un d’eux pour le voir dans son salon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions summary</source>
        <translation>Résumé des mentions</translation>
    </message>
    <message>
        <source>Newest first. Press Enter or double-click to see a message in its room.</source>
        <translation>Les plus récents d’abord. Appuyez sur Entrée ou double-cliquez pour voir un message dans son salon.</translation>
    </message>
</context>
<context>
    <name>palaver::client::NewMessagesBar</name>
    <message>
        <source>Show the first new message</source>
        <translation>Afficher le premier nouveau message</translation>
    </message>
    <message>
        <source>Remove the “New messages” line</source>
        <translation>Retirer la ligne « Nouveaux messages »</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) since %1</source>
        <translation>
            <numerusform>%n nouveau message depuis %1</numerusform>
            <numerusform>%n nouveaux messages depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>Y aller</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marquer comme lu</translation>
    </message>
</context>
<context>
    <name>palaver::client::NotificationsPage</name>
    <message>
        <source>Show a desktop notification for</source>
        <translation>Afficher une notification de bureau pour</translation>
    </message>
    <message>
        <source>Messages that &amp;mention me</source>
        <translation>Messages qui me &amp;mentionnent</translation>
    </message>
    <message>
        <source>&amp;Direct messages</source>
        <translation>Messages &amp;directs</translation>
    </message>
    <message>
        <source>&amp;Every message in every room</source>
        <translation>&amp;Tous les messages de tous les salons</translation>
    </message>
    <message>
        <source>Only for what you can&apos;t see: nothing is shown for the room in front of you while the Palaver window is active.</source>
        <translation>Uniquement pour ce que vous ne voyez pas&#xa0;: rien n’est affiché pour le salon que vous avez sous les yeux tant que la fenêtre de Palaver est active.</translation>
    </message>
    <message>
        <source>Do &amp;not disturb: no notifications at all (unread counts still show)</source>
        <translation>&amp;Ne pas déranger&#xa0;: aucune notification (les compteurs de non-lus restent affichés)</translation>
    </message>
</context>
<context>
    <name>palaver::client::RoomListModel</name>
    <message>
        <source>%1, direct conversation</source>
        <translation>%1, conversation directe</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioning you</source>
        <translation>
            <numerusform>%n vous mentionnant</numerusform>
            <numerusform>%n vous mentionnant</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
</context>
<context>
    <name>palaver::client::SearchDialog</name>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search Messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Mots à rechercher</translation>
    </message>
    <message>
        <source>Words to find, e.g. lunch friday</source>
        <translation>Mots à rechercher, p. ex. déjeuner vendredi</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Où rechercher</translation>
    </message>
    <message>
        <source>All my rooms</source>
        <translation>Tous mes salons</translation>
    </message>
    <message>
        <source>This room only</source>
        <translation>Ce salon uniquement</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n messages with “%1” (there are more: add a word to narrow it down). Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n message le plus récent contenant «&#xa0;%1&#xa0;» (il y en a d’autres&#xa0;: ajoutez un mot pour affiner). Double-cliquez dessus pour le voir dans son salon.</numerusform>
            <numerusform>Les %n messages les plus récents contenant «&#xa0;%1&#xa0;» (il y en a d’autres&#xa0;: ajoutez un mot pour affiner). Double-cliquez sur l’un d’eux pour le voir dans son salon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with “%1”. Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n message contenant «&#xa0;%1&#xa0;». Double-cliquez dessus pour le voir dans son salon.</numerusform>
            <numerusform>%n messages contenant «&#xa0;%1&#xa0;». Double-cliquez sur l’un d’eux pour le voir dans son salon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: searching needs the server. Try again when connected.</source>
        <translation>Non connecté&#xa0;: la recherche nécessite le serveur. Réessayez une fois connecté.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>Newest first. Press Enter or double-click to see a message in its room.</source>
        <translation>Les plus récents d’abord. Appuyez sur Entrée ou double-cliquez pour voir un message dans son salon.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Asks the server for the messages with these words</source>
        <translation>Demande au serveur les messages contenant ces mots</translation>
    </message>
</context>
<context>
    <name>palaver::client::SettingsDialog</name>
    <message>
        <source>Choose another nickname: a nickname is 1 to %1 characters of one alphabet, with no invisible characters.</source>
        <translation>Choisissez un autre pseudo&#xa0;: un pseudo compte de 1 à %1 caractères d’un seul alphabet, sans caractères invisibles.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>N&amp;otifications</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>&amp;Pseudo&#xa0;:</translation>
    </message>
    <message>
        <source>Your name in the chat</source>
        <translation>Votre nom dans la discussion</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Used from the next connection on; when connected, Palaver asks the server for it at once</source>
        <translation>Utilisé à partir de la prochaine connexion&#xa0;; si vous êtes connecté, Palaver le demande immédiatement au serveur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>C&amp;hange Server…</source>
        <translation>&amp;Changer de serveur…</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Changer de serveur</translation>
    </message>
    <message>
        <source>Opens the connect dialog</source>
        <translation>Ouvre la fenêtre de connexion</translation>
    </message>
    <message>
        <source>S&amp;tart Palaver when I log in</source>
        <translation>&amp;Démarrer Palaver à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start Palaver when I log in</source>
        <translation>Démarrer Palaver à l’ouverture de session</translation>
    </message>
    <message>
        <source>Kept by the system, in %1</source>
        <translation>Géré par le système, dans %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Palaver also shows dates and numbers the way this language does.</source>
        <translation>Palaver affiche aussi les dates et les nombres comme dans cette langue.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Font si&amp;ze of the chat:</source>
        <translation>Taille de &amp;police de la discussion&#xa0;:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size of the chat</source>
        <translation>Taille de police de la discussion</translation>
    </message>
    <message>
        <source>The size of the messages and of the box you write in, in points</source>
        <translation>La taille des messages et de la zone où vous écrivez, en points</translation>
    </message>
    <message>
        <source>&amp;Settings are kept in:</source>
        <translation>Les &amp;paramètres sont enregistrés dans&#xa0;:</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the folder of the settings file</source>
        <translation>Ouvrir le dossier du fichier de configuration</translation>
    </message>
    <message>
        <source>Messages waiting to be sent and other &amp;data are kept in:</source>
        <translation>Les messages en attente d’envoi et les autres do&amp;nnées sont enregistrés dans&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Op&amp;en Folder</source>
        <translation>Ou&amp;vrir le dossier</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
</context>
<context>
    <name>palaver::client::SettingsPasswordStore</name>
    <message>
        <source>in Palaver&apos;s settings file, NOT encrypted: anyone who can read your files can read it</source>
        <translation>dans le fichier de configuration de Palaver, NON chiffré&#xa0;: toute personne pouvant lire vos fichiers pourra le lire</translation>
    </message>
</context>
<context>
    <name>palaver::client::ShortcutsDialog</name>
    <message>
        <source>Message box</source>
        <translation>Zone de saisie du message</translation>
    </message>
    <message>
        <source>Chat log</source>
        <translation>Historique de la discussion</translation>
    </message>
    <message>
        <source>Room list</source>
        <translation>Liste des salons</translation>
    </message>
    <message>
        <source>People list</source>
        <translation>Liste des personnes</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>Commencer une nouvelle ligne</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>Passer au contrôle suivant</translation>
    </message>
    <message>
        <source>Edit a message that was not sent, to send it again</source>
        <translation>Modifier un message non envoyé pour le renvoyer</translation>
    </message>
    <message>
        <source>Select every line</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>Select more lines</source>
        <translation>Sélectionner plus de lignes</translation>
    </message>
    <message>
        <source>Show the next or previous room</source>
        <translation>Afficher le salon suivant ou précédent</translation>
    </message>
    <message>
        <source>Write to the selected person directly</source>
        <translation>Écrire directement à la personne sélectionnée</translation>
    </message>
    <message>
        <source>No command or key matches.</source>
        <translation>Aucune commande ni touche ne correspond.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Type to find a command or a key</source>
        <translation>Tapez pour trouver une commande ou une touche</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Rechercher un raccourci</translation>
    </message>
    <message>
        <source>Shows only the commands and keys that contain what you type</source>
        <translation>N’affiche que les commandes et les touches qui contiennent ce que vous tapez</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>aucun raccourci</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
            <numerusform>Palaver&#xa0;: %n message non lu</numerusform>
            <numerusform>Palaver&#xa0;: %n messages non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Palaver: %n unread message(s), with a mention of you</source>
        <translation>
            <numerusform>Palaver&#xa0;: %n message non lu, qui vous mentionne</numerusform>
            <numerusform>Palaver&#xa0;: %n messages non lus, dont au moins un qui vous mentionne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palaver::client::Workspace</name>
    <message>
        <source>The server reported a problem: %1</source>
        <translation>Le serveur a signalé un problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>You left that conversation.</source>
        <translation>Vous avez quitté cette conversation.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 as %2. The room has %n member(s).</source>
        <translation>
            <numerusform>Connecté à %1 en tant que %2. Le salon compte %n membre.</numerusform>
            <numerusform>Connecté à %1 en tant que %2. Le salon compte %n membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 as %2. In the room: %3.</source>
        <translation>Connecté à %1 en tant que %2. Dans le salon&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Not connected; try again when connected.</source>
        <translation>Non connecté&#xa0;; réessayez une fois connecté.</translation>
    </message>
    <message>
        <source>Not sent, as the connection was lost before the direct conversation opened: “%1”</source>
        <translation>Non envoyé, car la connexion a été perdue avant l’ouverture de la conversation directe&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Connection lost: %1 Messages you write are kept and sent when the connection is back.</source>
        <translation>Connexion perdue&#xa0;: %1 Les messages que vous écrivez sont conservés et seront envoyés au retour de la connexion.</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some messages sent while you were away could not be recovered: the server&apos;s history was reset or has been trimmed. Shown below is the latest history.</source>
        <translation>Certains messages envoyés pendant que vous n’étiez pas connecté n’ont pas pu être récupérés&#xa0;: l’historique du serveur a été réinitialisé ou raccourci. Ci-dessous figure l’historique le plus récent.</translation>
    </message>
    <message>
        <source>%1 (direct message)</source>
        <translation>%1 (message direct)</translation>
    </message>
    <message>
        <source>%1 in #%2</source>
        <translation>%1 dans #%2</translation>
    </message>
    <message>
        <source>You are not in that conversation.</source>
        <translation>Vous ne participez pas à cette conversation.</translation>
    </message>
    <message>
        <source>That message is not in the history any more.</source>
        <translation>Ce message ne figure plus dans l’historique.</translation>
    </message>
    <message>
        <source>That message is no longer stored on the server.</source>
        <translation>Ce message n’est plus conservé sur le serveur.</translation>
    </message>
    <message>
        <source>Rooms on this server:</source>
        <translation>Salons de ce serveur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>#%1 (%n member(s))</source>
        <translation>
            <numerusform>#%1 (%n membre)</numerusform>
            <numerusform>#%1 (%n membres)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: /me &lt;action&gt;, for example “/me waves”.</source>
        <translation>Utilisation&#xa0;: /me &lt;action&gt;, par exemple «&#xa0;/me salue&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command /%1. Type /help for the list.</source>
        <translation>Commande inconnue /%1. Tapez /help pour en voir la liste.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>/me &lt;action&gt; — say what you are doing: “/me waves” shows “* alice waves”.</source>
        <translation>/me &lt;action&gt; — dire ce que vous faites&#xa0;: «&#xa0;/me salue&#xa0;» affiche «&#xa0;* alice salue&#xa0;».</translation>
    </message>
    <message>
        <source>/join &lt;room&gt; — join a room (it is made if it doesn&apos;t exist yet) and go to it.</source>
        <translation>/join &lt;salon&gt; — rejoindre un salon (il est créé s’il n’existe pas encore) et y aller.</translation>
    </message>
    <message>
        <source>/leave [room] — leave this room, or the one named (not #general).</source>
        <translation>/leave [salon] — quitter ce salon, ou celui indiqué (sauf #general).</translation>
    </message>
    <message>
        <source>/msg &lt;nickname&gt; [message] — open a direct conversation, and send the message.</source>
        <translation>/msg &lt;pseudo&gt; [message] — ouvrir une conversation directe et envoyer le message.</translation>
    </message>
    <message>
        <source>/nick &lt;nickname&gt; — change your nickname.</source>
        <translation>/nick &lt;pseudo&gt; — changer de pseudo.</translation>
    </message>
    <message>
        <source>/away [on|off] — say you are away, or back; without a word, switch.</source>
        <translation>/away [on|off] — vous déclarer absent ou de retour&#xa0;; sans argument, bascule entre les deux.</translation>
    </message>
    <message>
        <source>/topic [text] — show the room&apos;s topic, or set it; “/topic -” clears it.</source>
        <translation>/topic [texte] — afficher le sujet du salon, ou le définir&#xa0;; «&#xa0;/topic -&#xa0;» l’efface.</translation>
    </message>
    <message>
        <source>/list — list the rooms on this server.</source>
        <translation>/list — lister les salons de ce serveur.</translation>
    </message>
    <message>
        <source>/help — show this list.</source>
        <translation>/help — afficher cette liste.</translation>
    </message>
    <message>
        <source>//text — send “/text” as a message, without running a command.</source>
        <translation>//texte — envoyer «&#xa0;/texte&#xa0;» comme message, sans exécuter de commande.</translation>
    </message>
    <message numerus="yes">
        <source>A topic is one line of at most %n characters.</source>
        <translation>
            <numerusform>Un sujet tient sur une ligne d’au plus %n caractère.</numerusform>
            <numerusform>Un sujet tient sur une ligne d’au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters too long.</source>
        <translation>
            <numerusform>Le message dépasse de %n caractère la longueur maximale.</numerusform>
            <numerusform>Le message dépasse de %n caractères la longueur maximale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message can&apos;t be sent: it contains a control character.</source>
        <translation>Impossible d’envoyer le message&#xa0;: il contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>Usage: /join &lt;room&gt;, for example “/join random”.</source>
        <translation>Utilisation&#xa0;: /join &lt;salon&gt;, par exemple «&#xa0;/join random&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be a room name: a room name is 1 to 64 characters of one alphabet, without control or invisible characters.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un nom de salon&#xa0;: un nom de salon compte de 1 à 64 caractères d’un seul alphabet, sans caractères de contrôle ni caractères invisibles.</translation>
    </message>
    <message>
        <source>You are not in this room.</source>
        <translation>Vous n’êtes pas dans ce salon.</translation>
    </message>
    <message>
        <source>You have no conversation with %1.</source>
        <translation>Vous n’avez pas de conversation avec %1.</translation>
    </message>
    <message>
        <source>You are not in #%1.</source>
        <translation>Vous n’êtes pas dans #%1.</translation>
    </message>
    <message>
        <source>Everybody is in #%1: it can&apos;t be left.</source>
        <translation>Tout le monde est dans #%1&#xa0;: on ne peut pas le quitter.</translation>
    </message>
    <message>
        <source>Usage: /msg &lt;nickname&gt; [message]</source>
        <translation>Utilisation&#xa0;: /msg &lt;pseudo&gt; [message]</translation>
    </message>
    <message>
        <source>That is you: direct messages are for talking with somebody else.</source>
        <translation>C’est vous&#xa0;: les messages directs servent à parler avec quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Usage: /nick &lt;new nickname&gt;</source>
        <translation>Utilisation&#xa0;: /nick &lt;nouveau pseudo&gt;</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be a nickname: a nickname is 1 to %2 characters of one alphabet, without control or invisible characters.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un pseudo&#xa0;: un pseudo compte de 1 à %2 caractères d’un seul alphabet, sans caractères de contrôle ni caractères invisibles.</translation>
    </message>
    <message>
        <source>You are already %1.</source>
        <translation>Votre pseudo est déjà %1.</translation>
    </message>
    <message>
        <source>Usage: /away [on|off]</source>
        <translation>Utilisation&#xa0;: /away [on|off]</translation>
    </message>
    <message>
        <source>You are away. Type /away again when you are back.</source>
        <translation>Vous êtes absent. Tapez de nouveau /away à votre retour.</translation>
    </message>
    <message>
        <source>You are back.</source>
        <translation>Vous êtes de retour.</translation>
    </message>
    <message>
        <source>%1 has no topic. Set one with /topic &lt;text&gt;.</source>
        <translation>%1 n’a pas de sujet. Définissez-en un avec /topic &lt;texte&gt;.</translation>
    </message>
    <message>
        <source>The topic of %1 is “%2”.</source>
        <translation>Le sujet de %1 est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 est en train d’écrire…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 et %2 sont en train d’écrire…</translation>
    </message>
    <message numerus="yes">
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n personne est en train d’écrire…</numerusform>
            <numerusform>%n personnes sont en train d’écrire…</numerusform>
        </translation>
    </message>
    <message>
        <source>You can&apos;t be %1: %2</source>
        <translation>Vous ne pouvez pas prendre le pseudo %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>You can&apos;t be %1: %2 %3 is free.</source>
        <translation>Vous ne pouvez pas prendre le pseudo %1&#xa0;: %2 %3 est libre.</translation>
    </message>
</context>
<context>
    <name>palaver::client::autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not change %1.</source>
        <translation>Impossible de modifier %1.</translation>
    </message>
</context>
</TS>
