#include "client/core/outbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace palaver::client;
using namespace Qt::StringLiterals;

/// The outbox on disk: what was typed is there after a restart, and only until it is acked.
class tst_Outbox : public QObject
{
    Q_OBJECT

private slots:
    void inMemoryByDefault();
    void survivesARestart();
    void removedMessagesStayRemoved();
    void switchingFilesSwitchesContents();
    void unreadableFileIsReportedNotFatal();
};

void tst_Outbox::inMemoryByDefault()
{
    Outbox outbox;
    const QUuid id = outbox.add(u"general"_s, u"hi"_s).id;
    QVERIFY(!id.isNull());
    QVERIFY(outbox.contains(id));
    QVERIFY(outbox.file().isEmpty());
    QVERIFY(outbox.remove(id));
    QVERIFY(!outbox.remove(id));
    QVERIFY(outbox.isEmpty());
}

void tst_Outbox::survivesARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/outbox.json"_s); // the folder is created too
    QList<OutgoingMessage> written;
    {
        Outbox outbox;
        QVERIFY(outbox.setFile(path));
        written.append(outbox.add(u"general"_s, u"first"_s));
        written.append(outbox.add(u"general"_s, u"second\nwith ünïcode 🙂"_s));
    } // no explicit save: every change is already on disk
    QVERIFY(QFile::exists(path));
    Outbox reloaded;
    QVERIFY2(reloaded.setFile(path), qPrintable(reloaded.errorString()));
    QCOMPARE(reloaded.pending(), written);
}

void tst_Outbox::removedMessagesStayRemoved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outbox.json"_s);
    QUuid kept;
    {
        Outbox outbox;
        outbox.setFile(path);
        const QUuid acked = outbox.add(u"general"_s, u"acked"_s).id;
        kept = outbox.add(u"general"_s, u"kept"_s).id;
        QVERIFY(outbox.remove(acked));
    }
    Outbox reloaded;
    reloaded.setFile(path);
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(reloaded.pending().constFirst().id, kept);
}

void tst_Outbox::switchingFilesSwitchesContents()
{
    QTemporaryDir dir;
    Outbox outbox;
    outbox.setFile(dir.filePath(u"a.json"_s));
    outbox.add(u"general"_s, u"for server a"_s);
    outbox.setFile(dir.filePath(u"b.json"_s));
    QVERIFY(outbox.isEmpty());
    outbox.setFile(dir.filePath(u"a.json"_s));
    QCOMPARE(outbox.size(), 1);
}

void tst_Outbox::unreadableFileIsReportedNotFatal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outbox.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ this is not json");
    file.close();
    Outbox outbox;
    QVERIFY(!outbox.setFile(path));
    QVERIFY(!outbox.errorString().isEmpty());
    QVERIFY(outbox.isEmpty());
    outbox.add(u"general"_s, u"still works"_s);
    Outbox reloaded;
    QVERIFY(reloaded.setFile(path));
    QCOMPARE(reloaded.size(), 1);
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
