<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>palaver::client::Connection</name>
    <message numerus="yes">
        <source>No address of this server worked (%n tried). The last problem: %1</source>
        <translation>
            <numerusform>No address of this server worked (%n tried). The last problem: %1</numerusform>
            <numerusform>No address of this server worked (%n tried). The last problem: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palaver::client::MainWindow</name>
    <message numerus="yes">
        <source>Reconnecting to %1 in %n s…</source>
        <translation>
            <numerusform>Reconnecting to %1 in %n s…</numerusform>
            <numerusform>Reconnecting to %1 in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message waiting to be sent</numerusform>
            <numerusform>%n messages waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %1 of %n online</source>
        <translation>
            <numerusform>People: %1 of %n online</numerusform>
            <numerusform>People: %1 of %n online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>People: %n</numerusform>
            <numerusform>People: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People: %1 of %n online, %2 shown</source>
        <translation>
            <numerusform>People: %1 of %n online, %2 shown</numerusform>
            <numerusform>People: %1 of %n online, %2 shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palaver::client::MentionsDialog</name>
    <message numerus="yes">
        <source>%n message(s) mention you. Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n message mentions you. Double-click it to see it in its room.</numerusform>
            <numerusform>%n messages mention you. Double-click one to see it in its room.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palaver::client::NewMessagesBar</name>
    <message numerus="yes">
        <source>%n new message(s) since %1</source>
        <translation>
            <numerusform>%n new message since %1</numerusform>
            <numerusform>%n new messages since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palaver::client::RoomListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioning you</source>
        <translation>
            <numerusform>%n mentioning you</numerusform>
            <numerusform>%n mentioning you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palaver::client::SearchDialog</name>
    <message numerus="yes">
        <source>The newest %n messages with “%1” (there are more: add a word to narrow it down). Double-click one to see it in its room.</source>
        <translation>
            <numerusform>The newest message with “%1” (there are more: add a word to narrow it down). Double-click it to see it in its room.</numerusform>
            <numerusform>The newest %n messages with “%1” (there are more: add a word to narrow it down). Double-click one to see it in its room.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with “%1”. Double-click one to see it in its room.</source>
        <translation>
            <numerusform>%n message with “%1”. Double-click it to see it in its room.</numerusform>
            <numerusform>%n messages with “%1”. Double-click one to see it in its room.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palaver::client::TrayIcon</name>
    <message numerus="yes">
        <source>Palaver: %n unread message(s)</source>
        <translation>
            <numerusform>Palaver: %n unread message</numerusform>
            <numerusform>Palaver: %n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Palaver: %n unread message(s), with a mention of you</source>
        <translation>
            <numerusform>Palaver: %n unread message, with a mention of you</numerusform>
            <numerusform>Palaver: %n unread messages, with a mention of you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palaver::client::Workspace</name>
    <message numerus="yes">
        <source>#%1 (%n member(s))</source>
        <translation>
            <numerusform>#%1 (%n member)</numerusform>
            <numerusform>#%1 (%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A topic is one line of at most %n characters.</source>
        <translation>
            <numerusform>A topic is one line of at most %n character.</numerusform>
            <numerusform>A topic is one line of at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message is %n characters too long.</source>
        <translation>
            <numerusform>The message is %n character too long.</numerusform>
            <numerusform>The message is %n characters too long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are typing…</source>
        <translation>
            <numerusform>%n person is typing…</numerusform>
            <numerusform>%n people are typing…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 as %2. The room has %n member(s).</source>
        <translation>
            <numerusform>Connected to %1 as %2. The room has %n member.</numerusform>
            <numerusform>Connected to %1 as %2. The room has %n members.</numerusform>
        </translation>
    </message>
</context>
</TS>
