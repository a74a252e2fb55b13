// The SQLite store on a real file in a temporary directory.
#include "server/sqlitestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace palaver;
using namespace palaver::server;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kTime(QDate(2026, 11, 21), QTime(9, 30), QTimeZone::utc());

NewMessage message(const QString &room, const QString &text, QUuid id = QUuid::createUuid(),
                   QDateTime time = kTime)
{
    return NewMessage{id, room, u"alice"_s, text, time};
}

QList<qint64> seqs(const std::vector<protocol::ChatMessage> &messages)
{
    QList<qint64> result;
    for (const auto &m : messages)
        result.append(m.seq);
    return result;
}

/// Runs SQL on the file behind the store's back, as a damaged or foreign database would be.
void tamper(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

} // namespace

class tst_SqliteStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsTheSchemaAndAnEpoch();
    void epochSurvivesReopeningAndChangesWithANewFile();
    void assignsGapFreeSeqPerRoom();
    void repeatedIdIsNotStoredTwice();
    void repeatedIdWithinOneBatch();
    void failedBatchStoresNothing();
    void seqContinuesAfterReopening();
    void readsRanges();
    void trimsByCountWithoutReusingSeqs();
    void trimsByAge();
    void refusesANewerSchema();
    void refusesAPathItCannotOpen();

private:
    QString path() const { return m_dir->filePath(u"palaver.sqlite3"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SqliteStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SqliteStore::createsTheSchemaAndAnEpoch()
{
    SqliteStore store(path());
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), SqliteStore::currentSchemaVersion());
    QCOMPARE(store.epoch().size(), 32);
    QCOMPARE(store.range(u"general"_s).first, 0);
    QCOMPARE(store.range(u"general"_s).last, 0);
    // WAL mode leaves its companion file next to the database.
    QVERIFY(store.append({message(u"general"_s, u"hi"_s)}));
    QVERIFY(QFile::exists(path() + u"-wal"_s));
}

void tst_SqliteStore::epochSurvivesReopeningAndChangesWithANewFile()
{
    QString first;
    {
        SqliteStore store(path());
        first = store.epoch();
    }
    {
        SqliteStore store(path());
        QCOMPARE(store.epoch(), first);
    }
    QVERIFY(QFile::remove(path()));
    SqliteStore fresh(path());
    QVERIFY(fresh.isOpen());
    QVERIFY(fresh.epoch() != first);
}

void tst_SqliteStore::assignsGapFreeSeqPerRoom()
{
    SqliteStore store(path());
    const auto results = store.append({message(u"a"_s, u"1"_s), message(u"b"_s, u"1"_s),
                                       message(u"a"_s, u"2"_s), message(u"a"_s, u"3"_s)});
    QVERIFY(results);
    QList<qint64> assigned;
    for (const AppendResult &r : *results) {
        QVERIFY(!r.duplicate);
        assigned.append(r.message.seq);
    }
    QCOMPARE(assigned, (QList<qint64>{1, 1, 2, 3}));
    QCOMPARE(store.range(u"a"_s).last, 3);
    QCOMPARE(store.range(u"b"_s).last, 1);
    const auto stored = store.after(u"a"_s, 0, 10);
    QCOMPARE(seqs(stored), (QList<qint64>{1, 2, 3}));
    QCOMPARE(stored[1].text, u"2"_s);
    QCOMPARE(stored[1].nick, u"alice"_s);
    QCOMPARE(stored[1].time, kTime);
}

void tst_SqliteStore::repeatedIdIsNotStoredTwice()
{
    SqliteStore store(path());
    const QUuid id = QUuid::createUuid();
    const auto first = store.append({message(u"a"_s, u"once"_s, id)});
    QVERIFY(first);
    store.append({message(u"a"_s, u"other"_s)});
    const auto again = store.append({message(u"a"_s, u"once"_s, id, kTime.addSecs(60))});
    QVERIFY(again);
    QCOMPARE(again->size(), size_t(1));
    QVERIFY(again->front().duplicate);
    QCOMPARE(again->front().message, first->front().message); // same seq, same time
    QCOMPARE(store.range(u"a"_s).last, 2);
    QCOMPARE(store.after(u"a"_s, 0, 10).size(), size_t(2));
}

void tst_SqliteStore::repeatedIdWithinOneBatch()
{
    SqliteStore store(path());
    const QUuid id = QUuid::createUuid();
    const auto results = store.append({message(u"a"_s, u"x"_s, id), message(u"a"_s, u"x"_s, id)});
    QVERIFY(results);
    QVERIFY(!(*results)[0].duplicate);
    QVERIFY((*results)[1].duplicate);
    QCOMPARE((*results)[1].message.seq, 1);
    QCOMPARE(store.range(u"a"_s).last, 1);
}

void tst_SqliteStore::failedBatchStoresNothing()
{
    SqliteStore store(path());
    QVERIFY(store.append({message(u"a"_s, u"before"_s)}));
    NewMessage broken = message(u"a"_s, u"broken"_s);
    broken.nick = QString(); // NULL violates NOT NULL: the whole batch must roll back
    const auto results = store.append({message(u"a"_s, u"good"_s), broken});
    QVERIFY(!results);
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(store.range(u"a"_s).last, 1);
    QCOMPARE(store.after(u"a"_s, 0, 10).size(), size_t(1));
    // And the store still works, with no gap in the numbering.
    const auto next = store.append({message(u"a"_s, u"after"_s)});
    QVERIFY(next);
    QCOMPARE(next->front().message.seq, 2);
}

void tst_SqliteStore::seqContinuesAfterReopening()
{
    {
        SqliteStore store(path());
        QVERIFY(store.append({message(u"a"_s, u"1"_s), message(u"a"_s, u"2"_s)}));
    }
    SqliteStore store(path());
    const auto results = store.append({message(u"a"_s, u"3"_s)});
    QVERIFY(results);
    QCOMPARE(results->front().message.seq, 3);
}

void tst_SqliteStore::readsRanges()
{
    SqliteStore store(path());
    std::vector<NewMessage> batch;
    for (int i = 1; i <= 20; ++i)
        batch.push_back(message(u"a"_s, QString::number(i)));
    QVERIFY(store.append(batch));
    QCOMPARE(seqs(store.before(u"a"_s, 21, 5)), (QList<qint64>{16, 17, 18, 19, 20}));
    QCOMPARE(seqs(store.before(u"a"_s, 4, 5)), (QList<qint64>{1, 2, 3}));
    QCOMPARE(seqs(store.after(u"a"_s, 17, 5)), (QList<qint64>{18, 19, 20}));
    QCOMPARE(seqs(store.after(u"a"_s, 2, 3)), (QList<qint64>{3, 4, 5}));
    QVERIFY(store.after(u"a"_s, 20, 5).empty());
    QVERIFY(store.before(u"nowhere"_s, 100, 5).empty());
}

void tst_SqliteStore::trimsByCountWithoutReusingSeqs()
{
    SqliteStore store(path());
    std::vector<NewMessage> batch;
    for (int i = 1; i <= 10; ++i)
        batch.push_back(message(u"a"_s, QString::number(i)));
    batch.push_back(message(u"b"_s, u"only"_s));
    QVERIFY(store.append(batch));

    QCOMPARE(store.trim(Retention{0, 3}, kTime), 7);
    QCOMPARE(store.range(u"a"_s).first, 8);
    QCOMPARE(store.range(u"a"_s).last, 10);
    QCOMPARE(seqs(store.after(u"a"_s, 0, 100)), (QList<qint64>{8, 9, 10}));
    QCOMPARE(store.range(u"b"_s).first, 1); // under the limit: untouched

    // Even a room trimmed to nothing keeps counting where it was.
    QCOMPARE(store.trim(Retention{0, 0}, kTime), 0);
    tamper(path(), u"DELETE FROM messages WHERE room = 'a'"_s);
    const auto next = store.append({message(u"a"_s, u"11"_s)});
    QVERIFY(next);
    QCOMPARE(next->front().message.seq, 11);
}

void tst_SqliteStore::trimsByAge()
{
    SqliteStore store(path());
    QVERIFY(store.append({message(u"a"_s, u"old"_s, QUuid::createUuid(), kTime.addDays(-40)),
                          message(u"a"_s, u"recent"_s, QUuid::createUuid(), kTime.addDays(-2))}));
    QCOMPARE(store.trim(Retention{30, 0}, kTime), 1);
    const auto left = store.after(u"a"_s, 0, 10);
    QCOMPARE(left.size(), size_t(1));
    QCOMPARE(left.front().text, u"recent"_s);
    QCOMPARE(store.range(u"a"_s).first, 2);
}

void tst_SqliteStore::refusesANewerSchema()
{
    {
        SqliteStore store(path());
        QVERIFY(store.isOpen());
    }
    tamper(path(), u"PRAGMA user_version = 99"_s);
    SqliteStore store(path());
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(u"newer palaver-server"_s),
             qPrintable(store.errorString()));
}

void tst_SqliteStore::refusesAPathItCannotOpen()
{
    QFile file(m_dir->filePath(u"file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    SqliteStore store(file.fileName() + u"/palaver.sqlite3"_s);
    QVERIFY(!store.isOpen());
    QVERIFY(!store.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SqliteStore)
#include "tst_sqlitestore.moc"
