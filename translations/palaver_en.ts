<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>palaver::client::ChatController</name>
    <message numerus="yes">
        <source>The message is %n characters too long.</source>
        <translation>
            <numerusform>The message is %n character too long.</numerusform>
            <numerusform>The message is %n characters too long.</numerusform>
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
</context>
</TS>
