<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>main</name>
    <message>
        <source>Palaver chat client</source>
        <translation>Cliente de chat Palaver</translation>
    </message>
    <message>
        <source>Connect to this server at once (host, host:port or a ws:// or wss:// URL).</source>
        <translation>Conectar-se imediatamente a este servidor (host, host:porta ou uma URL ws:// ou wss://).</translation>
    </message>
    <message>
        <source>Use this nickname.</source>
        <translation>Usar este apelido.</translation>
    </message>
</context>
<context>
    <name>palaver::client</name>
    <message>
        <source>Nothing is listening at %1 port %2: the server is not running, or the port is wrong.</source>
        <translation>Nada está escutando em %1, porta %2: o servidor não está em execução ou a porta está errada.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; was not found. Check the server address.</source>
        <translation>O nome “%1” não foi encontrado. Verifique o endereço do servidor.</translation>
    </message>
    <message>
        <source>No answer from %1 port %2: a firewall may be blocking it, or the server is on another network.</source>
        <translation>Sem resposta de %1, porta %2: um firewall pode estar bloqueando a conexão, ou o servidor está em outra rede.</translation>
    </message>
    <message>
        <source>The connection to the server broke off without a goodbye (the server may have crashed or been restarted).</source>
        <translation>A conexão com o servidor caiu sem aviso (o servidor pode ter travado ou sido reiniciado).</translation>
    </message>
    <message>
        <source>The network is unreachable. Check this computer&apos;s network connection.</source>
        <translation>A rede está inacessível. Verifique a conexão de rede deste computador.</translation>
    </message>
    <message>
        <source>The network proxy refused the connection: %1</source>
        <translation>O proxy de rede recusou a conexão: %1</translation>
    </message>
    <message>
        <source>Could not talk to the server: %1</source>
        <translation>Não foi possível se comunicar com o servidor: %1</translation>
    </message>
    <message>
        <source>The server shut down or is restarting.</source>
        <translation>O servidor foi desligado ou está reiniciando.</translation>
    </message>
    <message>
        <source>The server closed the connection because a message was too large.</source>
        <translation>O servidor encerrou a conexão porque uma mensagem era grande demais.</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>O servidor encerrou a conexão: %1</translation>
    </message>
    <message>
        <source>This version of Palaver can&apos;t talk to that server. Update Palaver or the server.</source>
        <translation>Esta versão do Palaver não consegue se comunicar com esse servidor. Atualize o Palaver ou o servidor.</translation>
    </message>
    <message>
        <source>The server is full. Palaver will try again.</source>
        <translation>O servidor está lotado. O Palaver vai tentar de novo.</translation>
    </message>
    <message>
        <source>You connected to this server again with the same nickname from this computer or another copy of Palaver, so this connection was closed.</source>
        <translation>Você se conectou de novo a este servidor com o mesmo apelido, a partir deste computador ou de outra cópia do Palaver, por isso esta conexão foi encerrada.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator disconnected you. Connect again when you are meant to.</source>
        <translation>O administrador do servidor desconectou você. Conecte-se de novo quando for o momento certo.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator disconnected you: %1</source>
        <translation>O administrador do servidor desconectou você: %1</translation>
    </message>
    <message>
        <source>The server gave up waiting for this app to introduce itself.</source>
        <translation>O servidor desistiu de esperar que este aplicativo se identificasse.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>A conexão foi encerrada.</translation>
    </message>
    <message>
        <source>Enter the address of a Palaver server, for example 192.168.1.10.</source>
        <translation>Digite o endereço de um servidor Palaver, por exemplo 192.168.1.10.</translation>
    </message>
    <message>
        <source>Palaver addresses start with ws:// or wss://, not %1://.</source>
        <translation>Endereços do Palaver começam com ws:// ou wss://, não com %1://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a name or IP address, optionally with :port, for example 192.168.1.10:%2.</source>
        <translation>“%1” não é um endereço de servidor. Use um nome ou endereço IP, opcionalmente com :porta, por exemplo 192.168.1.10:%2.</translation>
    </message>
    <message>
        <source>Port 0 is not a valid port. Use a number from 1 to 65535.</source>
        <translation>A porta 0 não é uma porta válida. Use um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has parts a server address can&apos;t have (a user name, ? or #).</source>
        <translation>“%1” tem partes que um endereço de servidor não pode ter (um nome de usuário, ? ou #).</translation>
    </message>
    <message>
        <source>Address %1 of %2: %3</source>
        <translation>Endereço %1 de %2: %3</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection with %1 port %2. Check the address: another program may be using that port. Otherwise the server&apos;s encryption settings may be too old or too strict for this computer: tell the server&apos;s administrator. (Details: %3)</source>
        <extracomment>%3 is the TLS library&apos;s own explanation, for whoever helps the user</extracomment>
        <translation>Não foi possível estabelecer uma conexão criptografada com %1, porta %2. Verifique o endereço: outro programa pode estar usando essa porta. Caso contrário, as configurações de criptografia do servidor podem ser antigas demais ou rígidas demais para este computador: avise o administrador do servidor. (Detalhes: %3)</translation>
    </message>
    <message>
        <source>This computer&apos;s encryption support failed. Reinstall Palaver, or the OpenSSL libraries it uses. (Details: %1)</source>
        <translation>A criptografia deste computador falhou. Reinstale o Palaver ou as bibliotecas OpenSSL que ele usa. (Detalhes: %1)</translation>
    </message>
    <message>
        <source>The server at %1 port %2 does not use encryption, so wss:// can&apos;t work. To connect without encryption, use %3. Only do so on a network you trust, or ask the server&apos;s administrator to turn on TLS.</source>
        <extracomment>%3 is the same address with ws:// (not encrypted), e.g. ws://chat.lan:7350</extracomment>
        <translation>O servidor em %1, porta %2 não usa criptografia, então wss:// não pode funcionar. Para se conectar sem criptografia, use %3. Só faça isso em uma rede confiável, ou peça ao administrador do servidor que ative o TLS.</translation>
    </message>
    <message>
        <source>The server at %1 port %2 uses encryption: connect with %3 instead.</source>
        <extracomment>%3 is the same address with wss:// (encrypted), e.g. wss://chat.lan:7350</extracomment>
        <translation>O servidor em %1, porta %2 usa criptografia: conecte-se com %3 em vez disso.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1: ask the server&apos;s administrator to renew it.</source>
        <translation>O certificado do servidor expirou em %1: peça ao administrador do servidor que o renove.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1: check this computer&apos;s date and time.</source>
        <translation>O certificado do servidor só é válido a partir de %1: verifique a data e a hora deste computador.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made out to %1, not to %2: connect with the name the certificate gives, or ask the server&apos;s administrator for a certificate that names %2.</source>
        <extracomment>%1 lists the names in the certificate, %2 is the address the user connected to</extracomment>
        <translation>O certificado do servidor foi emitido para %1, não para %2: conecte-se com o nome que consta no certificado ou peça ao administrador do servidor um certificado para %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1.</source>
        <translation>O certificado do servidor não foi aceito: %1.</translation>
    </message>
    <message>
        <source>The server did not accept the password. Enter the right one when asked (F5 asks again), or ask the server&apos;s administrator.</source>
        <translation>O servidor não aceitou a senha. Digite a senha correta quando ela for pedida (F5 pede de novo) ou pergunte ao administrador do servidor.</translation>
    </message>
</context>
<context>
    <name>palaver::client::AboutDialog</name>
    <message>
        <source>Show &amp;Licence</source>
        <translation>Mostrar &amp;licença</translation>
    </message>
    <message>
        <source>About Palaver</source>
        <translation>Sobre o Palaver</translation>
    </message>
    <message>
        <source>Palaver icon</source>
        <translation>Ícone do Palaver</translation>
    </message>
    <message>
        <source>Palaver %1</source>
        <translation>Palaver %1</translation>
    </message>
    <message>
        <source>Chat for the people on your local network, on a server you run yourself.</source>
        <translation>Chat para as pessoas da sua rede local, em um servidor que você mesmo executa.</translation>
    </message>
    <message>
        <source>Running on Qt %1 (built with Qt %2).</source>
        <translation>Executando no Qt %1 (compilado com o Qt %2).</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Não conectado a um servidor.</translation>
    </message>
    <message>
        <source>Connected to %1 (the server did not say which software it runs).</source>
        <translation>Conectado a %1 (o servidor não informou qual software executa).</translation>
    </message>
    <message>
        <source>Connected to %1, which runs %2.</source>
        <translation>Conectado a %1, que executa %2.</translation>
    </message>
    <message>
        <source>Released under a free licence.</source>
        <translation>Distribuído sob uma licença livre.</translation>
    </message>
    <message>
        <source>Released under the %1.</source>
        <translation>Distribuído sob a %1.</translation>
    </message>
    <message>
        <source>Show the licence text</source>
        <translation>Mostrar o texto da licença</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto da licença</translation>
    </message>
    <message>
        <source>Hide &amp;Licence</source>
        <translation>Ocultar &amp;licença</translation>
    </message>
    <message>
        <source>Hide the licence text</source>
        <translation>Ocultar o texto da licença</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>palaver::client::ChatDelegate</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Novas mensagens</translation>
    </message>
    <message>
        <source>  sending…</source>
        <translation>  enviando…</translation>
    </message>
    <message>
        <source>  ⚠ not sent: %1</source>
        <translation>  ⚠ não enviada: %1</translation>
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
        <translation>(não enviada: %1)</translation>
    </message>
    <message>
        <source>%1 cleared the topic.</source>
        <translation>%1 removeu o tópico.</translation>
    </message>
    <message>
        <source>%1 set the topic to “%2”.</source>
        <translation>%1 definiu o tópico como “%2”.</translation>
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
        <translation>primeira mensagem nova</translation>
    </message>
    <message>
        <source>mentions you</source>
        <translation>menciona você</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>não enviada: %1</translation>
    </message>
    <message>
        <source>%1 joined.</source>
        <translation>%1 entrou.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 saiu.</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 agora se chama %2.</translation>
    </message>
</context>
<context>
    <name>palaver::client::ConnectDialog</name>
    <message>
        <source>Connect to a Palaver Server</source>
        <translation>Conectar a um servidor Palaver</translation>
    </message>
    <message>
        <source>Choose a Palaver server found on your network or enter its address, and the name others will see.</source>
        <translation>Escolha um servidor Palaver encontrado na sua rede ou digite o endereço dele, e informe o nome que os outros verão.</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or chat.local:%1</source>
        <translation>ex.: 192.168.1.10 ou chat.local:%1</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Your name in the chat</source>
        <translation>Seu nome no chat</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apelido</translation>
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
        <translation>Servidores encontrados nesta rede</translation>
    </message>
    <message>
        <source>Palaver servers on the local network. Choosing one fills in the server address; double-click or press Enter to connect to it.</source>
        <translation>Servidores Palaver na rede local. Escolher um preenche o endereço do servidor; clique duas vezes ou pressione Enter para se conectar a ele.</translation>
    </message>
    <message>
        <source>Looking for servers… none found yet. Type the address if you know it.</source>
        <translation>Procurando servidores… nenhum encontrado ainda. Digite o endereço, se você souber.</translation>
    </message>
    <message>
        <source>Servers &amp;found on this network:</source>
        <translation>Servidores &amp;encontrados nesta rede:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Apelido:</translation>
    </message>
    <message>
        <source>Enter a nickname.</source>
        <translation>Digite um apelido.</translation>
    </message>
    <message>
        <source>Choose another nickname: a nickname is 1 to %1 characters of one alphabet, without control or invisible characters.</source>
        <translation>Escolha outro apelido: um apelido tem de 1 a %1 caracteres de um mesmo alfabeto, sem caracteres de controle nem invisíveis.</translation>
    </message>
    <message>
        <source>The name others see next to your messages</source>
        <translation>O nome que os outros veem ao lado das suas mensagens</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connects to the server with this nickname. Available once both are filled in.</source>
        <translation>Conecta ao servidor com este apelido. Fica disponível quando os dois campos estiverem preenchidos.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A host name or IP address, optionally with :port, or a ws:// or wss:// URL. Several addresses of one server are separated by commas.</source>
        <translation>Um nome de host ou endereço IP, opcionalmente com :porta, ou uma URL ws:// ou wss://. Vários endereços de um mesmo servidor são separados por vírgulas.</translation>
    </message>
</context>
<context>
    <name>palaver::client::Connection</name>
    <message>
        <source>You disconnected.</source>
        <translation>Você se desconectou.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has CHANGED since you chose to trust it. Someone may be impersonating the server. Not connecting. If the server&apos;s administrator replaced the certificate, choose Chat &gt; Forget This Server&apos;s Certificate and connect again.</source>
        <translation>O certificado do servidor MUDOU desde que você decidiu confiar nele. Alguém pode estar se passando pelo servidor. A conexão não será feita. Se o administrador do servidor substituiu o certificado, escolha Chat &gt; Esquecer o certificado deste servidor e conecte-se de novo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by any authority (self-signed?). Waiting for you to decide whether to trust it.</source>
        <translation>O certificado do servidor não é garantido por nenhuma autoridade (autoassinado?). Aguardando você decidir se confia nele.</translation>
    </message>
    <message>
        <source>The connection did not survive the computer&apos;s sleep or network change.</source>
        <translation>A conexão não sobreviveu à suspensão do computador ou à mudança de rede.</translation>
    </message>
    <message>
        <source>The server stopped answering (it may have crashed, or the network between you broke).</source>
        <translation>O servidor parou de responder (ele pode ter travado, ou a rede entre vocês caiu).</translation>
    </message>
    <message>
        <source>Somebody else is using the nickname %1 on this server. Choose another one.</source>
        <translation>Outra pessoa está usando o apelido %1 neste servidor. Escolha outro.</translation>
    </message>
    <message>
        <source>The server refused the nickname: %1</source>
        <translation>O servidor recusou o apelido: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>A conexão com o servidor foi perdida.</translation>
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
            <numerusform>Nenhum endereço deste servidor funcionou (%n tentado). O último problema: %1</numerusform>
            <numerusform>Nenhum endereço deste servidor funcionou (%n tentados). O último problema: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Waiting for you to decide whether to trust this certificate anyway.</source>
        <extracomment>%1 says what is wrong with the certificate and what to do about it</extracomment>
        <translation>%1 Aguardando você decidir se confia neste certificado mesmo assim.</translation>
    </message>
    <message>
        <source>The server refused the password. Enter the right one when asked (F5 asks again), or ask the server&apos;s administrator.</source>
        <translation>O servidor recusou a senha. Digite a senha correta quando ela for pedida (F5 pede de novo) ou pergunte ao administrador do servidor.</translation>
    </message>
    <message>
        <source>This server needs a password. Enter it when asked (F5 asks again); the server&apos;s administrator can tell you what it is.</source>
        <translation>Este servidor exige uma senha. Digite-a quando ela for pedida (F5 pede de novo); o administrador do servidor pode dizer qual é.</translation>
    </message>
    <message>
        <source>This version of Palaver can&apos;t talk to that server, which says: &quot;%1&quot; Update Palaver, or ask the server&apos;s administrator to update the server.</source>
        <extracomment>%1 is what the server said, in English (which versions it speaks)</extracomment>
        <translation>Esta versão do Palaver não consegue se comunicar com esse servidor, que diz: “%1” Atualize o Palaver ou peça ao administrador do servidor que atualize o servidor.</translation>
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
        <translation>%1 em %2, criptografado com TLS</translation>
    </message>
    <message>
        <source>%1 at %2, not encrypted</source>
        <translation>%1 em %2, sem criptografia</translation>
    </message>
    <message>
        <source>%1 at %2
Palaver %3, encrypted (TLS)
Certificate SHA-256 fingerprint:
%4</source>
        <translation>%1 em %2
Palaver %3, criptografado (TLS)
Impressão digital SHA-256 do certificado:
%4</translation>
    </message>
    <message>
        <source>%1 at %2
Palaver %3, not encrypted</source>
        <translation>%1 em %2
Palaver %3, sem criptografia</translation>
    </message>
</context>
<context>
    <name>palaver::client::KeychainPasswordStore</name>
    <message>
        <source>in the system keychain</source>
        <translation>no chaveiro do sistema</translation>
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
        <translation>&amp;Reconectar agora</translation>
    </message>
    <message>
        <source>Chat log</source>
        <translation>Histórico do chat</translation>
    </message>
    <message>
        <source>Messages in the room, oldest first</source>
        <translation>Mensagens da sala, das mais antigas para as mais recentes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line</source>
        <translation>Enter envia a mensagem, Shift+Enter começa uma nova linha</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter adds a line)</source>
        <translation>Escreva uma mensagem… (Enter envia, Shift+Enter adiciona uma linha)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexão</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tópico</translation>
    </message>
    <message>
        <source>Who is typing</source>
        <translation>Quem está digitando</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Reconectar agora</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Rooms and direct conversations</source>
        <translation>Salas e conversas diretas</translation>
    </message>
    <message>
        <source>&amp;Join or Create Room…</source>
        <translation>&amp;Entrar ou criar sala…</translation>
    </message>
    <message>
        <source>People in this room</source>
        <translation>Pessoas nesta sala</translation>
    </message>
    <message>
        <source>Double-click somebody to write to them directly</source>
        <translation>Clique duas vezes em alguém para escrever diretamente para essa pessoa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>Pessoas: %n</numerusform>
            <numerusform>Pessoas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %1 of %n online, %2 shown</source>
        <translation>
            <numerusform>Pessoas: %1 de %n online, mostrando %2</numerusform>
            <numerusform>Pessoas: %1 de %n online, mostrando %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %1 of %n online</source>
        <translation>
            <numerusform>Pessoas: %1 de %n online</numerusform>
            <numerusform>Pessoas: %1 de %n online</numerusform>
        </translation>
    </message>
    <message>
        <source>Join or Create Room</source>
        <translation>Entrar ou criar sala</translation>
    </message>
    <message>
        <source>Name of the room to join (it is created if it does not exist yet):</source>
        <translation>Nome da sala em que você quer entrar (ela será criada se ainda não existir):</translation>
    </message>
    <message>
        <source>New Direct Message</source>
        <translation>Nova mensagem direta</translation>
    </message>
    <message>
        <source>Nickname of the person to write to:</source>
        <translation>Apelido da pessoa para quem você quer escrever:</translation>
    </message>
    <message>
        <source>Nickname Taken</source>
        <translation>Apelido em uso</translation>
    </message>
    <message>
        <source>Somebody else connected to this server uses the nickname %1. Choose another one:</source>
        <translation>Outra pessoa conectada a este servidor usa o apelido %1. Escolha outro:</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar a um servidor…</translation>
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
        <translation>Esquecer o cer&amp;tificado deste servidor</translation>
    </message>
    <message>
        <source>Forget Certificate</source>
        <translation>Esquecer certificado</translation>
    </message>
    <message>
        <source>Forget the certificate you trusted for %1? The next connection will show its fingerprint and ask again.</source>
        <translation>Esquecer o certificado em que você confiou para %1? Na próxima conexão, a impressão digital dele será mostrada e você terá de decidir de novo.</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Ne&amp;w Direct Message…</source>
        <translation>&amp;Nova mensagem direta…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Leave Room</source>
        <translation>Sair da sa&amp;la</translation>
    </message>
    <message>
        <source>&amp;Next Room</source>
        <translation>&amp;Próxima sala</translation>
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
        <translation>&amp;Buscar mensagens…</translation>
    </message>
    <message>
        <source>&amp;Mentions…</source>
        <translation>&amp;Menções…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>C&amp;opy Selected Lines</source>
        <translation>C&amp;opiar linhas selecionadas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Away</source>
        <translation>&amp;Ausente</translation>
    </message>
    <message>
        <source>Others see you as away. Palaver also sets this by itself after 10 minutes without activity.</source>
        <translation>Os outros veem você como ausente. O Palaver também ativa isso sozinho após 10 minutos sem atividade.</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>&amp;Não perturbe</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>N&amp;otificações…</translation>
    </message>
    <message>
        <source>&amp;Show Palaver</source>
        <translation>&amp;Mostrar o Palaver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>&amp;About Palaver</source>
        <translation>&amp;Sobre o Palaver</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Senha do servidor</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the password. Enter it again:</source>
        <translation>O servidor em %1 não aceitou a senha. Digite-a novamente:</translation>
    </message>
    <message>
        <source>The server at %1 needs a password.</source>
        <translation>O servidor em %1 exige uma senha.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Remember it %1</source>
        <translation>&amp;Lembrar a senha %1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Trust This Server?</source>
        <translation>Confiar neste servidor?</translation>
    </message>
    <message>
        <source>The server at %1 uses a certificate that no authority vouches for, as servers on a local network usually do.</source>
        <translation>O servidor em %1 usa um certificado que não é garantido por nenhuma autoridade, como costuma acontecer com servidores em uma rede local.</translation>
    </message>
    <message>
        <source>Certificate: %1
SHA-256 fingerprint:
%2

Compare the fingerprint with the one in the server&apos;s log, or ask its administrator. If they match, trust it: Palaver will remember it and warn you loudly if it ever changes.</source>
        <translation>Certificado: %1
Impressão digital SHA-256:
%2

Compare a impressão digital com a que aparece no log do servidor ou pergunte ao administrador dele. Se forem iguais, confie no certificado: o Palaver vai se lembrar dele e avisará você em destaque se ele mudar algum dia.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Confiar e conectar</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Connect</source>
        <translation>&amp;Não conectar</translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation>Certificado alterado</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 is not the one you trusted before. Someone may be impersonating the server. Palaver did not connect.</source>
        <translation>ATENÇÃO: o certificado de %1 não é o mesmo em que você confiou antes. Alguém pode estar se passando pelo servidor. O Palaver não se conectou.</translation>
    </message>
    <message>
        <source>Trusted fingerprint:
%1

Presented fingerprint:
%2</source>
        <translation>Impressão digital confiável:
%1

Impressão digital apresentada:
%2</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>Copiar endereço do &amp;link</translation>
    </message>
    <message>
        <source>&amp;Edit and Send Again</source>
        <translation>&amp;Editar e enviar de novo</translation>
    </message>
    <message>
        <source>What you were writing was replaced: press %1 to get it back.</source>
        <translation>O que você estava escrevendo foi substituído: pressione %1 para recuperá-lo.</translation>
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
            <numerusform>Reconectando a %1 em %n s…</numerusform>
            <numerusform>Reconectando a %1 em %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n mensagem aguardando envio</numerusform>
            <numerusform>%n mensagens aguardando envio</numerusform>
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
        <translation>Entrar ou criar uma sala</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>People in this room, and how many are online</source>
        <translation>Pessoas nesta sala e quantas estão online</translation>
    </message>
    <message>
        <source>Problem with the message</source>
        <translation>Problema com a mensagem</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Con&amp;figurações…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>&amp;Abrir link</translation>
    </message>
    <message>
        <source>Jump to &amp;New Messages</source>
        <translation>Ir para as mensagens &amp;novas</translation>
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
        <translation>%1 (ausente)</translation>
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
        <translation>Mensagens que mencionam você</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menções</translation>
    </message>
    <message>
        <source>Nobody has mentioned you yet. Messages that contain your nickname appear here.</source>
        <translation>Ninguém mencionou você ainda. As mensagens que contêm o seu apelido aparecem aqui.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) mention you. Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n mensagem menciona você. Clique duas vezes nela para vê-la na sala.</numerusform>
            <numerusform>%n mensagens mencionam você. Clique duas vezes em uma delas para vê-la na sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions summary</source>
        <translation>Resumo das menções</translation>
    </message>
    <message>
        <source>Newest first. Press Enter or double-click to see a message in its room.</source>
        <translation>Mais recentes primeiro. Pressione Enter ou clique duas vezes para ver uma mensagem na sala dela.</translation>
    </message>
</context>
<context>
    <name>palaver::client::NewMessagesBar</name>
    <message>
        <source>Show the first new message</source>
        <translation>Mostrar a primeira mensagem nova</translation>
    </message>
    <message>
        <source>Remove the “New messages” line</source>
        <translation>Remover a linha “Novas mensagens”</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) since %1</source>
        <translation>
            <numerusform>%n mensagem nova desde %1</numerusform>
            <numerusform>%n mensagens novas desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>Ir</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marcar como lida</translation>
    </message>
</context>
<context>
    <name>palaver::client::NotificationsPage</name>
    <message>
        <source>Show a desktop notification for</source>
        <translation>Mostrar uma notificação na área de trabalho para</translation>
    </message>
    <message>
        <source>Messages that &amp;mention me</source>
        <translation>Mensagens que me &amp;mencionam</translation>
    </message>
    <message>
        <source>&amp;Direct messages</source>
        <translation>Mensagens &amp;diretas</translation>
    </message>
    <message>
        <source>&amp;Every message in every room</source>
        <translation>&amp;Todas as mensagens de todas as salas</translation>
    </message>
    <message>
        <source>Only for what you can&apos;t see: nothing is shown for the room in front of you while the Palaver window is active.</source>
        <translation>Somente para o que você não está vendo: nada é mostrado para a sala que está à sua frente enquanto a janela do Palaver está ativa.</translation>
    </message>
    <message>
        <source>Do &amp;not disturb: no notifications at all (unread counts still show)</source>
        <translation>&amp;Não perturbe: nenhuma notificação (as contagens de não lidas continuam aparecendo)</translation>
    </message>
</context>
<context>
    <name>palaver::client::RoomListModel</name>
    <message>
        <source>%1, direct conversation</source>
        <translation>%1, conversa direta</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n não lida</numerusform>
            <numerusform>%n não lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioning you</source>
        <translation>
            <numerusform>%n menciona você</numerusform>
            <numerusform>%n mencionam você</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
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
        <translation>com %1</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <source>Search Messages</source>
        <translation>Buscar mensagens</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Palavras a buscar</translation>
    </message>
    <message>
        <source>Words to find, e.g. lunch friday</source>
        <translation>Palavras a buscar, ex.: almoço sexta</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Onde buscar</translation>
    </message>
    <message>
        <source>All my rooms</source>
        <translation>Todas as minhas salas</translation>
    </message>
    <message>
        <source>This room only</source>
        <translation>Somente esta sala</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nada encontrado para “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n messages with “%1” (there are more: add a word to narrow it down). Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n mensagem mais recente com “%1” (há mais: adicione uma palavra para refinar a busca). Clique duas vezes nela para vê-la na sala.</numerusform>
            <numerusform>As %n mensagens mais recentes com “%1” (há mais: adicione uma palavra para refinar a busca). Clique duas vezes em uma delas para vê-la na sala.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with “%1”. Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n mensagem com “%1”. Clique duas vezes nela para vê-la na sala.</numerusform>
            <numerusform>%n mensagens com “%1”. Clique duas vezes em uma delas para vê-la na sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: searching needs the server. Try again when connected.</source>
        <translation>Não conectado: a busca precisa do servidor. Tente de novo quando estiver conectado.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Newest first. Press Enter or double-click to see a message in its room.</source>
        <translation>Mais recentes primeiro. Pressione Enter ou clique duas vezes para ver uma mensagem na sala dela.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status da busca</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Asks the server for the messages with these words</source>
        <translation>Pede ao servidor as mensagens com estas palavras</translation>
    </message>
</context>
<context>
    <name>palaver::client::SettingsDialog</name>
    <message>
        <source>Choose another nickname: a nickname is 1 to %1 characters of one alphabet, with no invisible characters.</source>
        <translation>Escolha outro apelido: um apelido tem de 1 a %1 caracteres de um mesmo alfabeto, sem caracteres invisíveis.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas das configurações</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Aparência</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>N&amp;otificações</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>A&amp;rquivos</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>A&amp;pelido:</translation>
    </message>
    <message>
        <source>Your name in the chat</source>
        <translation>Seu nome no chat</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Used from the next connection on; when connected, Palaver asks the server for it at once</source>
        <translation>Usado a partir da próxima conexão; se você estiver conectado, o Palaver o pede ao servidor imediatamente</translation>
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
        <translation>&amp;Trocar de servidor…</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Trocar de servidor</translation>
    </message>
    <message>
        <source>Opens the connect dialog</source>
        <translation>Abre a janela de conexão</translation>
    </message>
    <message>
        <source>S&amp;tart Palaver when I log in</source>
        <translation>&amp;Iniciar o Palaver quando eu fizer login</translation>
    </message>
    <message>
        <source>Start Palaver when I log in</source>
        <translation>Iniciar o Palaver quando eu fizer login</translation>
    </message>
    <message>
        <source>Kept by the system, in %1</source>
        <translation>Guardado pelo sistema em %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Igual ao sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Palaver also shows dates and numbers the way this language does.</source>
        <translation>O Palaver também mostra datas e números do jeito usado neste idioma.</translation>
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
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Font si&amp;ze of the chat:</source>
        <translation>Tamanho da &amp;fonte do chat:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size of the chat</source>
        <translation>Tamanho da fonte do chat</translation>
    </message>
    <message>
        <source>The size of the messages and of the box you write in, in points</source>
        <translation>O tamanho das mensagens e da caixa em que você escreve, em pontos</translation>
    </message>
    <message>
        <source>&amp;Settings are kept in:</source>
        <translation>As configurações ficam &amp;salvas em:</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Arquivo de configurações</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>Open the folder of the settings file</source>
        <translation>Abrir a pasta do arquivo de configurações</translation>
    </message>
    <message>
        <source>Messages waiting to be sent and other &amp;data are kept in:</source>
        <translation>As mensagens aguardando envio e outros &amp;dados ficam salvos em:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Op&amp;en Folder</source>
        <translation>A&amp;brir pasta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
</context>
<context>
    <name>palaver::client::SettingsPasswordStore</name>
    <message>
        <source>in Palaver&apos;s settings file, NOT encrypted: anyone who can read your files can read it</source>
        <translation>no arquivo de configurações do Palaver, SEM criptografia: quem puder ler seus arquivos poderá lê-la</translation>
    </message>
</context>
<context>
    <name>palaver::client::ShortcutsDialog</name>
    <message>
        <source>Message box</source>
        <translation>Caixa de mensagem</translation>
    </message>
    <message>
        <source>Chat log</source>
        <translation>Histórico do chat</translation>
    </message>
    <message>
        <source>Room list</source>
        <translation>Lista de salas</translation>
    </message>
    <message>
        <source>People list</source>
        <translation>Lista de pessoas</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar a mensagem</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>Começar uma nova linha</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>Ir para o próximo controle</translation>
    </message>
    <message>
        <source>Edit a message that was not sent, to send it again</source>
        <translation>Editar uma mensagem que não foi enviada, para enviá-la de novo</translation>
    </message>
    <message>
        <source>Select every line</source>
        <translation>Selecionar todas as linhas</translation>
    </message>
    <message>
        <source>Select more lines</source>
        <translation>Selecionar mais linhas</translation>
    </message>
    <message>
        <source>Show the next or previous room</source>
        <translation>Mostrar a próxima sala ou a anterior</translation>
    </message>
    <message>
        <source>Write to the selected person directly</source>
        <translation>Escrever diretamente para a pessoa selecionada</translation>
    </message>
    <message>
        <source>No command or key matches.</source>
        <translation>Nenhum comando ou tecla corresponde.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Type to find a command or a key</source>
        <translation>Digite para encontrar um comando ou uma tecla</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Buscar um atalho</translation>
    </message>
    <message>
        <source>Shows only the commands and keys that contain what you type</source>
        <translation>Mostra apenas os comandos e teclas que contêm o que você digitar</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>sem atalho</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
            <numerusform>Palaver: %n mensagem não lida</numerusform>
            <numerusform>Palaver: %n mensagens não lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Palaver: %n unread message(s), with a mention of you</source>
        <translation>
            <numerusform>Palaver: %n mensagem não lida, com uma menção a você</numerusform>
            <numerusform>Palaver: %n mensagens não lidas, com uma menção a você</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palaver::client::Workspace</name>
    <message>
        <source>The server reported a problem: %1</source>
        <translation>O servidor relatou um problema: %1</translation>
    </message>
    <message>
        <source>You left that conversation.</source>
        <translation>Você saiu dessa conversa.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 as %2. The room has %n member(s).</source>
        <translation>
            <numerusform>Conectado a %1 como %2. A sala tem %n membro.</numerusform>
            <numerusform>Conectado a %1 como %2. A sala tem %n membros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 as %2. In the room: %3.</source>
        <translation>Conectado a %1 como %2. Na sala: %3.</translation>
    </message>
    <message>
        <source>Not connected; try again when connected.</source>
        <translation>Não conectado; tente de novo quando estiver conectado.</translation>
    </message>
    <message>
        <source>Not sent, as the connection was lost before the direct conversation opened: “%1”</source>
        <translation>Não enviada, pois a conexão caiu antes de a conversa direta ser aberta: “%1”</translation>
    </message>
    <message>
        <source>Connection lost: %1 Messages you write are kept and sent when the connection is back.</source>
        <translation>Conexão perdida: %1 As mensagens que você escrever serão guardadas e enviadas quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Desconectado: %1</translation>
    </message>
    <message>
        <source>Some messages sent while you were away could not be recovered: the server&apos;s history was reset or has been trimmed. Shown below is the latest history.</source>
        <translation>Algumas mensagens enviadas enquanto você estava fora não puderam ser recuperadas: o histórico do servidor foi redefinido ou encurtado. Abaixo está o histórico mais recente.</translation>
    </message>
    <message>
        <source>%1 (direct message)</source>
        <translation>%1 (mensagem direta)</translation>
    </message>
    <message>
        <source>%1 in #%2</source>
        <translation>%1 em #%2</translation>
    </message>
    <message>
        <source>You are not in that conversation.</source>
        <translation>Você não está nessa conversa.</translation>
    </message>
    <message>
        <source>That message is not in the history any more.</source>
        <translation>Essa mensagem não está mais no histórico.</translation>
    </message>
    <message>
        <source>That message is no longer stored on the server.</source>
        <translation>Essa mensagem não está mais armazenada no servidor.</translation>
    </message>
    <message>
        <source>Rooms on this server:</source>
        <translation>Salas neste servidor:</translation>
    </message>
    <message numerus="yes">
        <source>#%1 (%n member(s))</source>
        <translation>
            <numerusform>#%1 (%n membro)</numerusform>
            <numerusform>#%1 (%n membros)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Usage: /me &lt;action&gt;, for example “/me waves”.</source>
        <translation>Uso: /me &lt;ação&gt;, por exemplo “/me acena”.</translation>
    </message>
    <message>
        <source>Unknown command /%1. Type /help for the list.</source>
        <translation>Comando desconhecido: /%1. Digite /help para ver a lista.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>/me &lt;action&gt; — say what you are doing: “/me waves” shows “* alice waves”.</source>
        <translation>/me &lt;ação&gt; — diga o que você está fazendo: “/me acena” mostra “* alice acena”.</translation>
    </message>
    <message>
        <source>/join &lt;room&gt; — join a room (it is made if it doesn&apos;t exist yet) and go to it.</source>
        <translation>/join &lt;sala&gt; — entre em uma sala (ela é criada se ainda não existir) e vá para ela.</translation>
    </message>
    <message>
        <source>/leave [room] — leave this room, or the one named (not #general).</source>
        <translation>/leave [sala] — saia desta sala ou da sala indicada (menos de #general).</translation>
    </message>
    <message>
        <source>/msg &lt;nickname&gt; [message] — open a direct conversation, and send the message.</source>
        <translation>/msg &lt;apelido&gt; [mensagem] — abra uma conversa direta e envie a mensagem.</translation>
    </message>
    <message>
        <source>/nick &lt;nickname&gt; — change your nickname.</source>
        <translation>/nick &lt;apelido&gt; — mude o seu apelido.</translation>
    </message>
    <message>
        <source>/away [on|off] — say you are away, or back; without a word, switch.</source>
        <translation>/away [on|off] — indique que você está ausente ou que voltou; sem argumento, alterna entre os dois.</translation>
    </message>
    <message>
        <source>/topic [text] — show the room&apos;s topic, or set it; “/topic -” clears it.</source>
        <translation>/topic [texto] — mostre o tópico da sala ou defina-o; “/topic -” remove o tópico.</translation>
    </message>
    <message>
        <source>/list — list the rooms on this server.</source>
        <translation>/list — liste as salas deste servidor.</translation>
    </message>
    <message>
        <source>/help — show this list.</source>
        <translation>/help — mostre esta lista.</translation>
    </message>
    <message>
        <source>//text — send “/text” as a message, without running a command.</source>
        <translation>//texto — envie “/texto” como mensagem, sem executar um comando.</translation>
    </message>
    <message numerus="yes">
        <source>A topic is one line of at most %n characters.</source>
        <translation>
            <numerusform>Um tópico é uma única linha de no máximo %n caractere.</numerusform>
            <numerusform>Um tópico é uma única linha de no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters too long.</source>
        <translation>
            <numerusform>A mensagem tem %n caractere a mais.</numerusform>
            <numerusform>A mensagem tem %n caracteres a mais.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message can&apos;t be sent: it contains a control character.</source>
        <translation>A mensagem não pode ser enviada: ela contém um caractere de controle.</translation>
    </message>
    <message>
        <source>Usage: /join &lt;room&gt;, for example “/join random”.</source>
        <translation>Uso: /join &lt;sala&gt;, por exemplo “/join random”.</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be a room name: a room name is 1 to 64 characters of one alphabet, without control or invisible characters.</source>
        <translation>“%1” não pode ser nome de sala: um nome de sala tem de 1 a 64 caracteres de um mesmo alfabeto, sem caracteres de controle nem invisíveis.</translation>
    </message>
    <message>
        <source>You are not in this room.</source>
        <translation>Você não está nesta sala.</translation>
    </message>
    <message>
        <source>You have no conversation with %1.</source>
        <translation>Você não tem nenhuma conversa com %1.</translation>
    </message>
    <message>
        <source>You are not in #%1.</source>
        <translation>Você não está em #%1.</translation>
    </message>
    <message>
        <source>Everybody is in #%1: it can&apos;t be left.</source>
        <translation>Todos estão em #%1: não é possível sair dela.</translation>
    </message>
    <message>
        <source>Usage: /msg &lt;nickname&gt; [message]</source>
        <translation>Uso: /msg &lt;apelido&gt; [mensagem]</translation>
    </message>
    <message>
        <source>That is you: direct messages are for talking with somebody else.</source>
        <translation>Esse é você: mensagens diretas servem para conversar com outra pessoa.</translation>
    </message>
    <message>
        <source>Usage: /nick &lt;new nickname&gt;</source>
        <translation>Uso: /nick &lt;novo apelido&gt;</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be a nickname: a nickname is 1 to %2 characters of one alphabet, without control or invisible characters.</source>
        <translation>“%1” não pode ser um apelido: um apelido tem de 1 a %2 caracteres de um mesmo alfabeto, sem caracteres de controle nem invisíveis.</translation>
    </message>
    <message>
        <source>You are already %1.</source>
        <translation>Você já se chama %1.</translation>
    </message>
    <message>
        <source>Usage: /away [on|off]</source>
        <translation>Uso: /away [on|off]</translation>
    </message>
    <message>
        <source>You are away. Type /away again when you are back.</source>
        <translation>Você está ausente. Digite /away de novo quando voltar.</translation>
    </message>
    <message>
        <source>You are back.</source>
        <translation>Você voltou.</translation>
    </message>
    <message>
        <source>%1 has no topic. Set one with /topic &lt;text&gt;.</source>
        <translation>%1 não tem tópico. Defina um com /topic &lt;texto&gt;.</translation>
    </message>
    <message>
        <source>The topic of %1 is “%2”.</source>
        <translation>O tópico de %1 é “%2”.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está digitando…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 e %2 estão digitando…</translation>
    </message>
    <message numerus="yes">
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n pessoa está digitando…</numerusform>
            <numerusform>%n pessoas estão digitando…</numerusform>
        </translation>
    </message>
    <message>
        <source>You can&apos;t be %1: %2</source>
        <translation>Não é possível usar o apelido %1: %2</translation>
    </message>
    <message>
        <source>You can&apos;t be %1: %2 %3 is free.</source>
        <translation>Não é possível usar o apelido %1: %2 %3 está disponível.</translation>
    </message>
</context>
<context>
    <name>palaver::client::autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>Não foi possível remover %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Could not change %1.</source>
        <translation>Não foi possível alterar %1.</translation>
    </message>
</context>
</TS>
