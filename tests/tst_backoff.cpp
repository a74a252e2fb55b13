#include "client/core/backoff.h"

#include <QTest>

#include <deque>

using namespace palaver::client;
using namespace std::chrono_literals;

/// The reconnect schedule: grows by the factor, is capped, jitters fully, and starts over.
class tst_Backoff : public QObject
{
    Q_OBJECT

private slots:
    void ceilingGrowsToTheCap();
    void fullJitterSpansFloorToCeiling_data();
    void fullJitterSpansFloorToCeiling();
    void resetStartsOver();
    void realRandomStaysInBounds();
};

void tst_Backoff::ceilingGrowsToTheCap()
{
    Backoff backoff(BackoffPolicy{}, [] { return 0.999999; });
    const QList<qint64> expected{500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
    QList<qint64> ceilings;
    QList<qint64> delays;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        ceilings.append(backoff.ceiling().count());
        delays.append(backoff.next().count());
    }
    QCOMPARE(ceilings, expected);
    // With the largest draw each delay sits just under its ceiling.
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(delays[i] >= expected[i] - 1 && delays[i] <= expected[i],
                 qPrintable(QString::number(delays[i])));
    QCOMPARE(backoff.attempt(), int(expected.size()));
}

void tst_Backoff::fullJitterSpansFloorToCeiling_data()
{
    QTest::addColumn<double>("draw");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("expected");
    // floor 50 ms; ceilings 500, 1000, 2000 ms for attempts 0, 1, 2
    QTest::newRow("zero draw gives the floor") << 0.0 << 0 << qint64(50);
    QTest::newRow("half of first span") << 0.5 << 0 << qint64(50 + 225);
    QTest::newRow("half of second span") << 0.5 << 1 << qint64(50 + 475);
    QTest::newRow("quarter of third span") << 0.25 << 2 << qint64(50 + 487);
    QTest::newRow("out-of-range draw is clamped") << 7.0 << 0 << qint64(500);
}

void tst_Backoff::fullJitterSpansFloorToCeiling()
{
    QFETCH(double, draw);
    QFETCH(int, attempt);
    QFETCH(qint64, expected);
    Backoff backoff(BackoffPolicy{}, [draw] { return draw; });
    for (int i = 0; i < attempt; ++i)
        backoff.next();
    QCOMPARE(backoff.next().count(), expected);
}

void tst_Backoff::resetStartsOver()
{
    Backoff backoff(BackoffPolicy{}, [] { return 1.0; });
    for (int i = 0; i < 10; ++i)
        backoff.next();
    QCOMPARE(backoff.ceiling(), 30000ms);
    backoff.reset();
    QCOMPARE(backoff.attempt(), 0);
    QCOMPARE(backoff.next(), 500ms);
}

void tst_Backoff::realRandomStaysInBounds()
{
    Backoff backoff;
    for (int i = 0; i < 1000; ++i) {
        const auto ceiling = backoff.ceiling();
        const auto delay = backoff.next();
        QVERIFY(delay >= backoff.policy().floor);
        QVERIFY(delay <= ceiling);
    }
}

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_backoff.moc"
