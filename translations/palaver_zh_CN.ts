<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Palaver chat client</source>
        <translation>Palaver 聊天客户端</translation>
    </message>
    <message>
        <source>Connect to this server at once (host, host:port or a ws:// or wss:// URL).</source>
        <translation>立即连接到此服务器（主机、主机:端口，或 ws:// 或 wss:// 网址）。</translation>
    </message>
    <message>
        <source>Use this nickname.</source>
        <translation>使用此昵称。</translation>
    </message>
</context>
<context>
    <name>palaver::client</name>
    <message>
        <source>Nothing is listening at %1 port %2: the server is not running, or the port is wrong.</source>
        <translation>%1 的 %2 端口上没有任何程序在监听：服务器没有运行，或者端口不对。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; was not found. Check the server address.</source>
        <translation>找不到名称“%1”。请检查服务器地址。</translation>
    </message>
    <message>
        <source>No answer from %1 port %2: a firewall may be blocking it, or the server is on another network.</source>
        <translation>%1 的 %2 端口没有响应：可能被防火墙拦截了，或者服务器在另一个网络中。</translation>
    </message>
    <message>
        <source>The connection to the server broke off without a goodbye (the server may have crashed or been restarted).</source>
        <translation>与服务器的连接意外中断（服务器可能崩溃了或被重启了）。</translation>
    </message>
    <message>
        <source>The network is unreachable. Check this computer&apos;s network connection.</source>
        <translation>无法访问网络。请检查这台计算机的网络连接。</translation>
    </message>
    <message>
        <source>The network proxy refused the connection: %1</source>
        <translation>网络代理拒绝了连接：%1</translation>
    </message>
    <message>
        <source>Could not talk to the server: %1</source>
        <translation>无法与服务器通信：%1</translation>
    </message>
    <message>
        <source>The server shut down or is restarting.</source>
        <translation>服务器已关闭或正在重启。</translation>
    </message>
    <message>
        <source>The server closed the connection because a message was too large.</source>
        <translation>服务器关闭了连接，因为有一条消息太大。</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>服务器关闭了连接：%1</translation>
    </message>
    <message>
        <source>This version of Palaver can&apos;t talk to that server. Update Palaver or the server.</source>
        <translation>此版本的 Palaver 无法与该服务器通信。请更新 Palaver 或服务器。</translation>
    </message>
    <message>
        <source>The server is full. Palaver will try again.</source>
        <translation>服务器已满。Palaver 稍后会再试。</translation>
    </message>
    <message>
        <source>You connected to this server again with the same nickname from this computer or another copy of Palaver, so this connection was closed.</source>
        <translation>你在这台计算机上或在另一个 Palaver 中用同一个昵称再次连接了此服务器，因此这个连接已被关闭。</translation>
    </message>
    <message>
        <source>The server&apos;s administrator disconnected you. Connect again when you are meant to.</source>
        <translation>服务器管理员断开了你的连接。请在合适的时候再连接。</translation>
    </message>
    <message>
        <source>The server&apos;s administrator disconnected you: %1</source>
        <translation>服务器管理员断开了你的连接：%1</translation>
    </message>
    <message>
        <source>The server gave up waiting for this app to introduce itself.</source>
        <translation>服务器等待本应用表明身份超时，已放弃连接。</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>Enter the address of a Palaver server, for example 192.168.1.10.</source>
        <translation>请输入 Palaver 服务器的地址，例如 192.168.1.10。</translation>
    </message>
    <message>
        <source>Palaver addresses start with ws:// or wss://, not %1://.</source>
        <translation>Palaver 地址以 ws:// 或 wss:// 开头，而不是 %1://。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use a name or IP address, optionally with :port, for example 192.168.1.10:%2.</source>
        <translation>“%1”不是服务器地址。请使用名称或 IP 地址，可以加上 :端口，例如 192.168.1.10:%2。</translation>
    </message>
    <message>
        <source>Port 0 is not a valid port. Use a number from 1 to 65535.</source>
        <translation>端口 0 不是有效的端口。请使用 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has parts a server address can&apos;t have (a user name, ? or #).</source>
        <translation>“%1”包含服务器地址中不能有的部分（用户名、? 或 #）。</translation>
    </message>
    <message>
        <source>Address %1 of %2: %3</source>
        <translation>第 %1 个地址（共 %2 个）：%3</translation>
    </message>
    <message>
        <source>Could not set up an encrypted connection with %1 port %2. Check the address: another program may be using that port. Otherwise the server&apos;s encryption settings may be too old or too strict for this computer: tell the server&apos;s administrator. (Details: %3)</source>
        <extracomment>%3 is the TLS library&apos;s own explanation, for whoever helps the user</extracomment>
        <translation>无法与 %1 的 %2 端口建立加密连接。请检查地址：可能有其他程序正在使用该端口。否则，可能是服务器的加密设置对这台计算机来说太旧或太严格：请告知服务器管理员。（详细信息：%3）</translation>
    </message>
    <message>
        <source>This computer&apos;s encryption support failed. Reinstall Palaver, or the OpenSSL libraries it uses. (Details: %1)</source>
        <translation>这台计算机的加密功能出现故障。请重新安装 Palaver 或它所使用的 OpenSSL 库。（详细信息：%1）</translation>
    </message>
    <message>
        <source>The server at %1 port %2 does not use encryption, so wss:// can&apos;t work. To connect without encryption, use %3. Only do so on a network you trust, or ask the server&apos;s administrator to turn on TLS.</source>
        <extracomment>%3 is the same address with ws:// (not encrypted), e.g. ws://chat.lan:7350</extracomment>
        <translation>%1 的 %2 端口上的服务器未使用加密，因此 wss:// 无法工作。如需不加密连接，请使用 %3。请只在你信任的网络中这样做，或者请服务器管理员启用 TLS。</translation>
    </message>
    <message>
        <source>The server at %1 port %2 uses encryption: connect with %3 instead.</source>
        <extracomment>%3 is the same address with wss:// (encrypted), e.g. wss://chat.lan:7350</extracomment>
        <translation>%1 的 %2 端口上的服务器使用了加密：请改用 %3 连接。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1: ask the server&apos;s administrator to renew it.</source>
        <translation>服务器的证书已于 %1 过期：请服务器管理员更新证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1: check this computer&apos;s date and time.</source>
        <translation>服务器的证书要到 %1 才生效：请检查这台计算机的日期和时间。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made out to %1, not to %2: connect with the name the certificate gives, or ask the server&apos;s administrator for a certificate that names %2.</source>
        <extracomment>%1 lists the names in the certificate, %2 is the address the user connected to</extracomment>
        <translation>服务器的证书是颁发给 %1 的，而不是 %2：请使用证书中给出的名称连接，或者请服务器管理员提供适用于 %2 的证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1.</source>
        <translation>服务器的证书未被接受：%1。</translation>
    </message>
    <message>
        <source>The server did not accept the password. Enter the right one when asked (F5 asks again), or ask the server&apos;s administrator.</source>
        <translation>服务器不接受该密码。请在提示时输入正确的密码（按 F5 会再次提示），或者询问服务器管理员。</translation>
    </message>
</context>
<context>
    <name>palaver::client::AboutDialog</name>
    <message>
        <source>Show &amp;Licence</source>
        <translation>显示许可证(&amp;L)</translation>
    </message>
    <message>
        <source>About Palaver</source>
        <translation>关于 Palaver</translation>
    </message>
    <message>
        <source>Palaver icon</source>
        <translation>Palaver 图标</translation>
    </message>
    <message>
        <source>Palaver %1</source>
        <translation>Palaver %1</translation>
    </message>
    <message>
        <source>Chat for the people on your local network, on a server you run yourself.</source>
        <translation>与本地网络中的人聊天，使用你自己运行的服务器。</translation>
    </message>
    <message>
        <source>Running on Qt %1 (built with Qt %2).</source>
        <translation>运行于 Qt %1（使用 Qt %2 构建）。</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>未连接到服务器。</translation>
    </message>
    <message>
        <source>Connected to %1 (the server did not say which software it runs).</source>
        <translation>已连接到 %1（服务器没有说明它运行的是什么软件）。</translation>
    </message>
    <message>
        <source>Connected to %1, which runs %2.</source>
        <translation>已连接到 %1，它运行的是 %2。</translation>
    </message>
    <message>
        <source>Released under a free licence.</source>
        <translation>依据自由软件许可证发布。</translation>
    </message>
    <message>
        <source>Released under the %1.</source>
        <translation>依据 %1 发布。</translation>
    </message>
    <message>
        <source>Show the licence text</source>
        <translation>显示许可证文本</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <source>Hide &amp;Licence</source>
        <translation>隐藏许可证(&amp;L)</translation>
    </message>
    <message>
        <source>Hide the licence text</source>
        <translation>隐藏许可证文本</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>palaver::client::ChatDelegate</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>  sending…</source>
        <translation>  正在发送…</translation>
    </message>
    <message>
        <source>  ⚠ not sent: %1</source>
        <translation>  ⚠ 未发送：%1</translation>
    </message>
</context>
<context>
    <name>palaver::client::ChatModel</name>
    <message>
        <source>(sending…)</source>
        <translation>（正在发送…）</translation>
    </message>
    <message>
        <source>(not sent: %1)</source>
        <translation>（未发送：%1）</translation>
    </message>
    <message>
        <source>%1 cleared the topic.</source>
        <translation>%1 清除了话题。</translation>
    </message>
    <message>
        <source>%1 set the topic to “%2”.</source>
        <translation>%1 将话题设为“%2”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>notice: time, text</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2: %1 %3</source>
        <comment>action: nick, time, nick and what they do</comment>
        <translation>%1，%2：%1 %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>message: nick, time, text</comment>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>first new message</source>
        <translation>第一条新消息</translation>
    </message>
    <message>
        <source>mentions you</source>
        <translation>提及你</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>%1 joined.</source>
        <translation>%1 已加入。</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 已退出。</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 已改名为 %2。</translation>
    </message>
</context>
<context>
    <name>palaver::client::ConnectDialog</name>
    <message>
        <source>Connect to a Palaver Server</source>
        <translation>连接到 Palaver 服务器</translation>
    </message>
    <message>
        <source>Choose a Palaver server found on your network or enter its address, and the name others will see.</source>
        <translation>请选择在你的网络中找到的 Palaver 服务器或输入其地址，并填写其他人将看到的名字。</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or chat.local:%1</source>
        <translation>例如 192.168.1.10 或 chat.local:%1</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Your name in the chat</source>
        <translation>你在聊天中的名字</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Servers found on this network</source>
        <translation>在此网络中找到的服务器</translation>
    </message>
    <message>
        <source>Palaver servers on the local network. Choosing one fills in the server address; double-click or press Enter to connect to it.</source>
        <translation>本地网络中的 Palaver 服务器。选择一个即可填入服务器地址；双击或按 Enter 即可连接。</translation>
    </message>
    <message>
        <source>Looking for servers… none found yet. Type the address if you know it.</source>
        <translation>正在查找服务器…尚未找到。如果你知道地址，请直接输入。</translation>
    </message>
    <message>
        <source>Servers &amp;found on this network:</source>
        <translation>在此网络中找到的服务器(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>昵称(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter a nickname.</source>
        <translation>请输入昵称。</translation>
    </message>
    <message>
        <source>Choose another nickname: a nickname is 1 to %1 characters of one alphabet, without control or invisible characters.</source>
        <translation>请换一个昵称：昵称由同一种文字的 1 到 %1 个字符组成，不能包含控制字符或不可见字符。</translation>
    </message>
    <message>
        <source>The name others see next to your messages</source>
        <translation>其他人在你的消息旁看到的名字</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connects to the server with this nickname. Available once both are filled in.</source>
        <translation>使用此昵称连接到服务器。两项都填写后即可使用。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A host name or IP address, optionally with :port, or a ws:// or wss:// URL. Several addresses of one server are separated by commas.</source>
        <translation>主机名或 IP 地址，可以加上 :端口，也可以是 ws:// 或 wss:// 网址。同一服务器的多个地址用英文逗号分隔。</translation>
    </message>
</context>
<context>
    <name>palaver::client::Connection</name>
    <message>
        <source>You disconnected.</source>
        <translation>你已断开连接。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has CHANGED since you chose to trust it. Someone may be impersonating the server. Not connecting. If the server&apos;s administrator replaced the certificate, choose Chat &gt; Forget This Server&apos;s Certificate and connect again.</source>
        <translation>服务器的证书在你选择信任之后已被更改！可能有人在冒充该服务器，因此不会连接。如果是服务器管理员更换了证书，请选择“聊天 &gt; 忘记此服务器的证书”，然后重新连接。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by any authority (self-signed?). Waiting for you to decide whether to trust it.</source>
        <translation>服务器的证书未经任何证书颁发机构认证（自签名？）。正在等待你决定是否信任它。</translation>
    </message>
    <message>
        <source>The connection did not survive the computer&apos;s sleep or network change.</source>
        <translation>计算机睡眠或网络切换后，连接已中断。</translation>
    </message>
    <message>
        <source>The server stopped answering (it may have crashed, or the network between you broke).</source>
        <translation>服务器停止了响应（可能已崩溃，或者你们之间的网络断了）。</translation>
    </message>
    <message>
        <source>Somebody else is using the nickname %1 on this server. Choose another one.</source>
        <translation>此服务器上已有其他人在使用昵称 %1。请换一个。</translation>
    </message>
    <message>
        <source>The server refused the nickname: %1</source>
        <translation>服务器拒绝了该昵称：%1</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>%1 (%2, %3 of %4)</source>
        <extracomment>%1 is a server address as typed, %2 the IP address it resolved to and is tried at, %3 of %4 its place among the server&apos;s addresses</extracomment>
        <translation>%1（%2，第 %3 个，共 %4 个）</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>%1 is a server address, %2 of %3 its place among the server&apos;s addresses</extracomment>
        <translation>%1（第 %2 个，共 %3 个）</translation>
    </message>
    <message numerus="yes">
        <source>No address of this server worked (%n tried). The last problem: %1</source>
        <translation>
            <numerusform>此服务器的所有地址都无法使用（已尝试 %n 个）。最后一个问题：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Waiting for you to decide whether to trust this certificate anyway.</source>
        <extracomment>%1 says what is wrong with the certificate and what to do about it</extracomment>
        <translation>%1 正在等待你决定是否仍要信任此证书。</translation>
    </message>
    <message>
        <source>The server refused the password. Enter the right one when asked (F5 asks again), or ask the server&apos;s administrator.</source>
        <translation>服务器拒绝了该密码。请在提示时输入正确的密码（按 F5 会再次提示），或者询问服务器管理员。</translation>
    </message>
    <message>
        <source>This server needs a password. Enter it when asked (F5 asks again); the server&apos;s administrator can tell you what it is.</source>
        <translation>此服务器需要密码。请在提示时输入（按 F5 会再次提示）；服务器管理员可以告诉你密码是什么。</translation>
    </message>
    <message>
        <source>This version of Palaver can&apos;t talk to that server, which says: &quot;%1&quot; Update Palaver, or ask the server&apos;s administrator to update the server.</source>
        <extracomment>%1 is what the server said, in English (which versions it speaks)</extracomment>
        <translation>此版本的 Palaver 无法与该服务器通信，服务器的回复是：“%1” 请更新 Palaver，或者请服务器管理员更新服务器。</translation>
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
        <translation>%1，位于 %2，使用 TLS 加密</translation>
    </message>
    <message>
        <source>%1 at %2, not encrypted</source>
        <translation>%1，位于 %2，未加密</translation>
    </message>
    <message>
        <source>%1 at %2
Palaver %3, encrypted (TLS)
Certificate SHA-256 fingerprint:
%4</source>
        <translation>%1，位于 %2
Palaver %3，已加密（TLS）
证书的 SHA-256 指纹：
%4</translation>
    </message>
    <message>
        <source>%1 at %2
Palaver %3, not encrypted</source>
        <translation>%1，位于 %2
Palaver %3，未加密</translation>
    </message>
</context>
<context>
    <name>palaver::client::KeychainPasswordStore</name>
    <message>
        <source>in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
</context>
<context>
    <name>palaver::client::MainWindow</name>
    <message>
        <source>Sen&amp;d</source>
        <translation>发送(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>立即重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>Chat log</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <source>Messages in the room, oldest first</source>
        <translation>房间中的消息，按从旧到新排列</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line</source>
        <translation>按 Enter 发送消息，按 Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter adds a line)</source>
        <translation>输入消息…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>连接问题</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Who is typing</source>
        <translation>谁在输入</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>立即重新连接</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Rooms and direct conversations</source>
        <translation>房间和私信</translation>
    </message>
    <message>
        <source>&amp;Join or Create Room…</source>
        <translation>加入或创建房间(&amp;J)…</translation>
    </message>
    <message>
        <source>People in this room</source>
        <translation>此房间中的成员</translation>
    </message>
    <message>
        <source>Double-click somebody to write to them directly</source>
        <translation>双击某人即可给对方发私信</translation>
    </message>
    <message>
        <source>People</source>
        <translation>成员</translation>
    </message>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>成员：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %1 of %n online, %2 shown</source>
        <translation>
            <numerusform>成员：共 %n 人，%1 人在线，显示 %2 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %1 of %n online</source>
        <translation>
            <numerusform>成员：共 %n 人，%1 人在线</numerusform>
        </translation>
    </message>
    <message>
        <source>Join or Create Room</source>
        <translation>加入或创建房间</translation>
    </message>
    <message>
        <source>Name of the room to join (it is created if it does not exist yet):</source>
        <translation>要加入的房间名称（如果房间还不存在，会自动创建）：</translation>
    </message>
    <message>
        <source>New Direct Message</source>
        <translation>新建私信</translation>
    </message>
    <message>
        <source>Nickname of the person to write to:</source>
        <translation>收信人的昵称：</translation>
    </message>
    <message>
        <source>Nickname Taken</source>
        <translation>昵称已被占用</translation>
    </message>
    <message>
        <source>Somebody else connected to this server uses the nickname %1. Choose another one:</source>
        <translation>此服务器上已有其他人在使用昵称 %1。请换一个：</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>连接到服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Forget This Server&apos;s Certificate</source>
        <translation>忘记此服务器的证书(&amp;F)</translation>
    </message>
    <message>
        <source>Forget Certificate</source>
        <translation>忘记证书</translation>
    </message>
    <message>
        <source>Forget the certificate you trusted for %1? The next connection will show its fingerprint and ask again.</source>
        <translation>要忘记你为 %1 信任的证书吗？下次连接时会显示它的指纹并再次询问你。</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Ne&amp;w Direct Message…</source>
        <translation>新建私信(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Leave Room</source>
        <translation>退出房间(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next Room</source>
        <translation>下一个房间(&amp;N)</translation>
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
        <translation>上一个房间(&amp;P)</translation>
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
        <translation>搜索消息(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Mentions…</source>
        <translation>提及(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>C&amp;opy Selected Lines</source>
        <translation>复制所选行(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Away</source>
        <translation>离开(&amp;A)</translation>
    </message>
    <message>
        <source>Others see you as away. Palaver also sets this by itself after 10 minutes without activity.</source>
        <translation>其他人会看到你处于离开状态。无操作 10 分钟后，Palaver 也会自动设为离开。</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>免打扰(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Show Palaver</source>
        <translation>显示 Palaver(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Palaver</source>
        <translation>关于 Palaver(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the password. Enter it again:</source>
        <translation>%1 上的服务器不接受该密码。请重新输入：</translation>
    </message>
    <message>
        <source>The server at %1 needs a password.</source>
        <translation>%1 上的服务器需要密码。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Remember it %1</source>
        <translation>记住密码（%1）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Trust This Server?</source>
        <translation>信任此服务器？</translation>
    </message>
    <message>
        <source>The server at %1 uses a certificate that no authority vouches for, as servers on a local network usually do.</source>
        <translation>%1 上的服务器使用的证书未经任何证书颁发机构认证，本地网络中的服务器通常都是如此。</translation>
    </message>
    <message>
        <source>Certificate: %1
SHA-256 fingerprint:
%2

Compare the fingerprint with the one in the server&apos;s log, or ask its administrator. If they match, trust it: Palaver will remember it and warn you loudly if it ever changes.</source>
        <translation>证书：%1
SHA-256 指纹：
%2

请将此指纹与服务器日志中的指纹进行比对，或询问服务器管理员。如果一致，就信任它：Palaver 会记住它，并在它发生变化时向你发出醒目的警告。</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>信任并连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Connect</source>
        <translation>不连接(&amp;D)</translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation>证书已更改</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 is not the one you trusted before. Someone may be impersonating the server. Palaver did not connect.</source>
        <translation>警告：%1 的证书与你之前信任的证书不同。可能有人在冒充该服务器。Palaver 没有连接。</translation>
    </message>
    <message>
        <source>Trusted fingerprint:
%1

Presented fingerprint:
%2</source>
        <translation>已信任的指纹：
%1

收到的指纹：
%2</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit and Send Again</source>
        <translation>编辑并重新发送(&amp;E)</translation>
    </message>
    <message>
        <source>What you were writing was replaced: press %1 to get it back.</source>
        <translation>你正在输入的内容已被替换：按 %1 可以恢复。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) as %3</source>
        <translation>已以 %3 的身份连接到 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s…</source>
        <translation>
            <numerusform>%n 秒后重新连接 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 条消息等待发送</numerusform>
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
        <translation>加入或创建房间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>People in this room, and how many are online</source>
        <translation>此房间中的成员及在线人数</translation>
    </message>
    <message>
        <source>Problem with the message</source>
        <translation>消息的问题</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>打开链接(&amp;O)</translation>
    </message>
    <message>
        <source>Jump to &amp;New Messages</source>
        <translation>跳到新消息(&amp;N)</translation>
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
        <translation>%1（在线）</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1（离开）</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1（离线）</translation>
    </message>
</context>
<context>
    <name>palaver::client::MentionsDialog</name>
    <message>
        <source>Messages that mention you</source>
        <translation>提及你的消息</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Nobody has mentioned you yet. Messages that contain your nickname appear here.</source>
        <translation>还没有人提及你。包含你昵称的消息会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) mention you. Double-click one to see it in its room.</source>
        <translation>
            <numerusform>有 %n 条消息提及你。双击一条消息即可在它所在的房间中查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions summary</source>
        <translation>提及摘要</translation>
    </message>
    <message>
        <source>Newest first. Press Enter or double-click to see a message in its room.</source>
        <translation>最新的排在最前。按 Enter 或双击即可在消息所在的房间中查看该消息。</translation>
    </message>
</context>
<context>
    <name>palaver::client::NewMessagesBar</name>
    <message>
        <source>Show the first new message</source>
        <translation>显示第一条新消息</translation>
    </message>
    <message>
        <source>Remove the “New messages” line</source>
        <translation>移除“新消息”分隔线</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) since %1</source>
        <translation>
            <numerusform>自 %1 起有 %n 条新消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>跳转</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>标为已读</translation>
    </message>
</context>
<context>
    <name>palaver::client::NotificationsPage</name>
    <message>
        <source>Show a desktop notification for</source>
        <translation>在以下情况显示桌面通知</translation>
    </message>
    <message>
        <source>Messages that &amp;mention me</source>
        <translation>提及我的消息(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Direct messages</source>
        <translation>私信(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Every message in every room</source>
        <translation>所有房间中的每条消息(&amp;E)</translation>
    </message>
    <message>
        <source>Only for what you can&apos;t see: nothing is shown for the room in front of you while the Palaver window is active.</source>
        <translation>仅针对你看不到的内容：Palaver 窗口处于活动状态时，不会为你正在查看的房间显示通知。</translation>
    </message>
    <message>
        <source>Do &amp;not disturb: no notifications at all (unread counts still show)</source>
        <translation>免打扰：完全不显示通知（仍会显示未读计数）(&amp;N)</translation>
    </message>
</context>
<context>
    <name>palaver::client::RoomListModel</name>
    <message>
        <source>%1, direct conversation</source>
        <translation>%1，私信</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioning you</source>
        <translation>
            <numerusform>%n 条提及你</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 当前状态：%2</translation>
    </message>
</context>
<context>
    <name>palaver::client::SearchDialog</name>
    <message>
        <source>with %1</source>
        <translation>与 %1 的私信</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Search Messages</source>
        <translation>搜索消息</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>要查找的词</translation>
    </message>
    <message>
        <source>Words to find, e.g. lunch friday</source>
        <translation>要查找的词，例如 午饭 周五</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>All my rooms</source>
        <translation>我的所有房间</translation>
    </message>
    <message>
        <source>This room only</source>
        <translation>仅此房间</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到包含“%1”的消息。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n messages with “%1” (there are more: add a word to narrow it down). Double-click one to see it in its room.</source>
        <translation>
            <numerusform>包含“%1”的最新 %n 条消息（还有更多：再加一个词可以缩小范围）。双击一条消息即可在它所在的房间中查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with “%1”. Double-click one to see it in its room.</source>
        <translation>
            <numerusform>有 %n 条消息包含“%1”。双击一条消息即可在它所在的房间中查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: searching needs the server. Try again when connected.</source>
        <translation>未连接：搜索需要服务器。请在连接后重试。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Newest first. Press Enter or double-click to see a message in its room.</source>
        <translation>最新的排在最前。按 Enter 或双击即可在消息所在的房间中查看该消息。</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Asks the server for the messages with these words</source>
        <translation>向服务器查询包含这些词的消息</translation>
    </message>
</context>
<context>
    <name>palaver::client::SettingsDialog</name>
    <message>
        <source>Choose another nickname: a nickname is 1 to %1 characters of one alphabet, with no invisible characters.</source>
        <translation>请换一个昵称：昵称由同一种文字的 1 到 %1 个字符组成，不能包含不可见字符。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>通知(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>昵称(&amp;K)：</translation>
    </message>
    <message>
        <source>Your name in the chat</source>
        <translation>你在聊天中的名字</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Used from the next connection on; when connected, Palaver asks the server for it at once</source>
        <translation>从下次连接起使用；如果已连接，Palaver 会立即向服务器申请此昵称</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>C&amp;hange Server…</source>
        <translation>更换服务器(&amp;H)…</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>更换服务器</translation>
    </message>
    <message>
        <source>Opens the connect dialog</source>
        <translation>打开连接对话框</translation>
    </message>
    <message>
        <source>S&amp;tart Palaver when I log in</source>
        <translation>登录时启动 Palaver(&amp;T)</translation>
    </message>
    <message>
        <source>Start Palaver when I log in</source>
        <translation>登录时启动 Palaver</translation>
    </message>
    <message>
        <source>Kept by the system, in %1</source>
        <translation>由系统保存在 %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Palaver also shows dates and numbers the way this language does.</source>
        <translation>Palaver 也会按照该语言的习惯显示日期和数字。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Font si&amp;ze of the chat:</source>
        <translation>聊天字体大小(&amp;Z)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Font size of the chat</source>
        <translation>聊天字体大小</translation>
    </message>
    <message>
        <source>The size of the messages and of the box you write in, in points</source>
        <translation>消息和输入框中文字的大小，以磅为单位</translation>
    </message>
    <message>
        <source>&amp;Settings are kept in:</source>
        <translation>设置保存在(&amp;S)：</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>打开文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Open the folder of the settings file</source>
        <translation>打开设置文件所在的文件夹</translation>
    </message>
    <message>
        <source>Messages waiting to be sent and other &amp;data are kept in:</source>
        <translation>等待发送的消息和其他数据保存在(&amp;D)：</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Op&amp;en Folder</source>
        <translation>打开文件夹(&amp;E)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
</context>
<context>
    <name>palaver::client::SettingsPasswordStore</name>
    <message>
        <source>in Palaver&apos;s settings file, NOT encrypted: anyone who can read your files can read it</source>
        <translation>保存在 Palaver 的设置文件中，不加密：任何能读取你的文件的人都能看到它</translation>
    </message>
</context>
<context>
    <name>palaver::client::ShortcutsDialog</name>
    <message>
        <source>Message box</source>
        <translation>消息输入框</translation>
    </message>
    <message>
        <source>Chat log</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <source>Room list</source>
        <translation>房间列表</translation>
    </message>
    <message>
        <source>People list</source>
        <translation>成员列表</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>换行</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>移到下一个控件</translation>
    </message>
    <message>
        <source>Edit a message that was not sent, to send it again</source>
        <translation>编辑未发送的消息，以便重新发送</translation>
    </message>
    <message>
        <source>Select every line</source>
        <translation>选择所有行</translation>
    </message>
    <message>
        <source>Select more lines</source>
        <translation>选择更多行</translation>
    </message>
    <message>
        <source>Show the next or previous room</source>
        <translation>显示下一个或上一个房间</translation>
    </message>
    <message>
        <source>Write to the selected person directly</source>
        <translation>给所选的人发私信</translation>
    </message>
    <message>
        <source>No command or key matches.</source>
        <translation>没有匹配的命令或按键。</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Type to find a command or a key</source>
        <translation>输入内容以查找命令或按键</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>查找快捷键</translation>
    </message>
    <message>
        <source>Shows only the commands and keys that contain what you type</source>
        <translation>仅显示包含你所输入内容的命令和按键</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>无快捷键</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
            <numerusform>Palaver：%n 条未读消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Palaver: %n unread message(s), with a mention of you</source>
        <translation>
            <numerusform>Palaver：%n 条未读消息，其中有提及你的消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palaver::client::Workspace</name>
    <message>
        <source>The server reported a problem: %1</source>
        <translation>服务器报告了一个问题：%1</translation>
    </message>
    <message>
        <source>You left that conversation.</source>
        <translation>你已退出该对话。</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>已以 %2 的身份连接到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 as %2. The room has %n member(s).</source>
        <translation>
            <numerusform>已以 %2 的身份连接到 %1。房间中有 %n 位成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 as %2. In the room: %3.</source>
        <translation>已以 %2 的身份连接到 %1。房间中有：%3。</translation>
    </message>
    <message>
        <source>Not connected; try again when connected.</source>
        <translation>未连接；请在连接后重试。</translation>
    </message>
    <message>
        <source>Not sent, as the connection was lost before the direct conversation opened: “%1”</source>
        <translation>未发送，因为私信对话打开之前连接已断开：“%1”</translation>
    </message>
    <message>
        <source>Connection lost: %1 Messages you write are kept and sent when the connection is back.</source>
        <translation>连接已断开：%1 你写的消息会被保留，并在连接恢复后发送。</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>已断开连接：%1</translation>
    </message>
    <message>
        <source>Some messages sent while you were away could not be recovered: the server&apos;s history was reset or has been trimmed. Shown below is the latest history.</source>
        <translation>你不在线时发送的部分消息无法恢复：服务器的历史记录已被重置或裁剪。下面显示的是最新的历史记录。</translation>
    </message>
    <message>
        <source>%1 (direct message)</source>
        <translation>%1（私信）</translation>
    </message>
    <message>
        <source>%1 in #%2</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source>You are not in that conversation.</source>
        <translation>你不在该对话中。</translation>
    </message>
    <message>
        <source>That message is not in the history any more.</source>
        <translation>该消息已不在历史记录中。</translation>
    </message>
    <message>
        <source>That message is no longer stored on the server.</source>
        <translation>该消息已不再保存在服务器上。</translation>
    </message>
    <message>
        <source>Rooms on this server:</source>
        <translation>此服务器上的房间：</translation>
    </message>
    <message numerus="yes">
        <source>#%1 (%n member(s))</source>
        <translation>
            <numerusform>#%1（%n 位成员）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Usage: /me &lt;action&gt;, for example “/me waves”.</source>
        <translation>用法：/me &lt;动作&gt;，例如“/me 挥手”。</translation>
    </message>
    <message>
        <source>Unknown command /%1. Type /help for the list.</source>
        <translation>未知命令 /%1。输入 /help 查看命令列表。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>/me &lt;action&gt; — say what you are doing: “/me waves” shows “* alice waves”.</source>
        <translation>/me &lt;动作&gt; — 描述你正在做的事：“/me 挥手”会显示为“* alice 挥手”。</translation>
    </message>
    <message>
        <source>/join &lt;room&gt; — join a room (it is made if it doesn&apos;t exist yet) and go to it.</source>
        <translation>/join &lt;房间&gt; — 加入一个房间（如果还不存在则创建）并切换到该房间。</translation>
    </message>
    <message>
        <source>/leave [room] — leave this room, or the one named (not #general).</source>
        <translation>/leave [房间] — 退出当前房间或指定的房间（#general 除外）。</translation>
    </message>
    <message>
        <source>/msg &lt;nickname&gt; [message] — open a direct conversation, and send the message.</source>
        <translation>/msg &lt;昵称&gt; [消息] — 打开私信对话并发送消息。</translation>
    </message>
    <message>
        <source>/nick &lt;nickname&gt; — change your nickname.</source>
        <translation>/nick &lt;昵称&gt; — 更改你的昵称。</translation>
    </message>
    <message>
        <source>/away [on|off] — say you are away, or back; without a word, switch.</source>
        <translation>/away [on|off] — 设为离开或表示你已回来；不带参数则在两者之间切换。</translation>
    </message>
    <message>
        <source>/topic [text] — show the room&apos;s topic, or set it; “/topic -” clears it.</source>
        <translation>/topic [文本] — 显示或设置房间话题；“/topic -”可清除话题。</translation>
    </message>
    <message>
        <source>/list — list the rooms on this server.</source>
        <translation>/list — 列出此服务器上的房间。</translation>
    </message>
    <message>
        <source>/help — show this list.</source>
        <translation>/help — 显示此列表。</translation>
    </message>
    <message>
        <source>//text — send “/text” as a message, without running a command.</source>
        <translation>//文本 — 将“/文本”作为消息发送，而不执行命令。</translation>
    </message>
    <message numerus="yes">
        <source>A topic is one line of at most %n characters.</source>
        <translation>
            <numerusform>话题只能是一行，最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters too long.</source>
        <translation>
            <numerusform>消息太长，超出了 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The message can&apos;t be sent: it contains a control character.</source>
        <translation>无法发送该消息：其中包含控制字符。</translation>
    </message>
    <message>
        <source>Usage: /join &lt;room&gt;, for example “/join random”.</source>
        <translation>用法：/join &lt;房间&gt;，例如“/join random”。</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be a room name: a room name is 1 to 64 characters of one alphabet, without control or invisible characters.</source>
        <translation>“%1”不能用作房间名：房间名由同一种文字的 1 到 64 个字符组成，不能包含控制字符或不可见字符。</translation>
    </message>
    <message>
        <source>You are not in this room.</source>
        <translation>你不在此房间中。</translation>
    </message>
    <message>
        <source>You have no conversation with %1.</source>
        <translation>你没有与 %1 的私信对话。</translation>
    </message>
    <message>
        <source>You are not in #%1.</source>
        <translation>你不在 #%1 中。</translation>
    </message>
    <message>
        <source>Everybody is in #%1: it can&apos;t be left.</source>
        <translation>所有人都在 #%1 中：无法退出该房间。</translation>
    </message>
    <message>
        <source>Usage: /msg &lt;nickname&gt; [message]</source>
        <translation>用法：/msg &lt;昵称&gt; [消息]</translation>
    </message>
    <message>
        <source>That is you: direct messages are for talking with somebody else.</source>
        <translation>那是你自己：私信是用来和别人交谈的。</translation>
    </message>
    <message>
        <source>Usage: /nick &lt;new nickname&gt;</source>
        <translation>用法：/nick &lt;新昵称&gt;</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be a nickname: a nickname is 1 to %2 characters of one alphabet, without control or invisible characters.</source>
        <translation>“%1”不能用作昵称：昵称由同一种文字的 1 到 %2 个字符组成，不能包含控制字符或不可见字符。</translation>
    </message>
    <message>
        <source>You are already %1.</source>
        <translation>你的昵称已经是 %1。</translation>
    </message>
    <message>
        <source>Usage: /away [on|off]</source>
        <translation>用法：/away [on|off]</translation>
    </message>
    <message>
        <source>You are away. Type /away again when you are back.</source>
        <translation>你已设为离开。回来后请再次输入 /away。</translation>
    </message>
    <message>
        <source>You are back.</source>
        <translation>你已回来。</translation>
    </message>
    <message>
        <source>%1 has no topic. Set one with /topic &lt;text&gt;.</source>
        <translation>%1 没有话题。可以用 /topic &lt;文本&gt; 设置一个。</translation>
    </message>
    <message>
        <source>The topic of %1 is “%2”.</source>
        <translation>%1 的话题是“%2”。</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 和 %2 正在输入…</translation>
    </message>
    <message numerus="yes">
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n 人正在输入…</numerusform>
        </translation>
    </message>
    <message>
        <source>You can&apos;t be %1: %2</source>
        <translation>无法使用昵称 %1：%2</translation>
    </message>
    <message>
        <source>You can&apos;t be %1: %2 %3 is free.</source>
        <translation>无法使用昵称 %1：%2 %3 可以使用。</translation>
    </message>
</context>
<context>
    <name>palaver::client::autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not change %1.</source>
        <translation>无法更改 %1。</translation>
    </message>
</context>
</TS>
