#include "client/core/mentions.h"

#include <QTest>

using namespace palaver::client;
using namespace Qt::StringLiterals;

/// When a message names the user: whole words only, ignoring case and width.
class tst_Mentions : public QObject
{
    Q_OBJECT

private slots:
    void mentions_data();
    void mentions();
};

void tst_Mentions::mentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<bool>("expected");

    QTest::newRow("the word") << u"thanks alice"_s << u"alice"_s << true;
    QTest::newRow("at the start") << u"alice, lunch?"_s << u"alice"_s << true;
    QTest::newRow("addressed") << u"alice: lunch?"_s << u"alice"_s << true;
    QTest::newRow("at-sign") << u"ping @alice"_s << u"alice"_s << true;
    QTest::newRow("punctuation after") << u"was it alice?!"_s << u"alice"_s << true;
    QTest::newRow("possessive") << u"alice's turn"_s << u"alice"_s << true;
    QTest::newRow("on a later line") << u"one\ntwo alice"_s << u"alice"_s << true;
    QTest::newRow("upper case text") << u"ALICE!"_s << u"alice"_s << true;
    QTest::newRow("upper case nick") << u"hi alice"_s << u"Alice"_s << true;
    QTest::newRow("full width") << u"hi ａｌｉｃｅ"_s << u"alice"_s << true;
    QTest::newRow("decomposed accent") << u"merci zoe\u0308"_s << u"zoë"_s << true;
    QTest::newRow("second occurrence") << u"malice, alice"_s << u"alice"_s << true;
    QTest::newRow("nick with a space") << u"hi mary jane!"_s << u"Mary Jane"_s << true;
    QTest::newRow("emoji nick") << u"hey 🦊, look"_s << u"🦊"_s << true;
    QTest::newRow("emoji nick glued") << u"🦊🦊"_s << u"🦊"_s << true;

    QTest::newRow("inside a word") << u"malice"_s << u"alice"_s << false;
    QTest::newRow("digit after") << u"alice2 is here"_s << u"alice"_s << false;
    QTest::newRow("underscore after") << u"alice_b"_s << u"alice"_s << false;
    QTest::newRow("letter after") << u"alicent"_s << u"alice"_s << false;
    QTest::newRow("accent is another letter") << u"zoë"_s << u"zoe"_s << false;
    QTest::newRow("combining mark after") << u"zoe\u0301"_s << u"zoe"_s << false;
    QTest::newRow("not there") << u"hello bob"_s << u"alice"_s << false;
    QTest::newRow("blank nick") << u"hello"_s << QString() << false;
    QTest::newRow("spaces nick") << u"a  b"_s << u"  "_s << false;
    QTest::newRow("empty text") << QString() << u"alice"_s << false;
}

void tst_Mentions::mentions()
{
    QFETCH(QString, text);
    QFETCH(QString, nick);
    QFETCH(bool, expected);
    QCOMPARE(palaver::client::mentions(text, nick), expected);
}

QTEST_GUILESS_MAIN(tst_Mentions)
#include "tst_mentions.moc"
