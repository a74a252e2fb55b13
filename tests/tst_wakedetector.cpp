#include "client/core/wakedetector.h"
#include "manualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace palaver;
using namespace std::chrono_literals;

/// Sleep is told apart from time passing normally.
class tst_WakeDetector : public QObject
{
    Q_OBJECT

private slots:
    void normalTimeIsNotSleep();
    void aWallClockJumpIsAWake();
    void shortHiccupsAreIgnored();
};

void tst_WakeDetector::normalTimeIsNotSleep()
{
    test::ManualClock clock;
    client::WakeDetector detector(clock);
    QSignalSpy woke(&detector, &client::WakeDetector::woke);
    for (int i = 0; i < 100; ++i)
        clock.advance(1s);
    QCOMPARE(woke.count(), 0);
}

void tst_WakeDetector::aWallClockJumpIsAWake()
{
    test::ManualClock clock;
    client::WakeDetector detector(clock);
    QSignalSpy woke(&detector, &client::WakeDetector::woke);
    clock.advance(3s);
    clock.sleep(std::chrono::hours(8));
    clock.advance(2s); // the next check
    QCOMPARE(woke.count(), 1);
    clock.advance(30s);
    QCOMPARE(woke.count(), 1); // once per sleep
}

void tst_WakeDetector::shortHiccupsAreIgnored()
{
    test::ManualClock clock;
    client::WakeDetector detector(clock);
    QSignalSpy woke(&detector, &client::WakeDetector::woke);
    clock.sleep(3s); // an NTP correction, not a sleep
    clock.advance(5s);
    QCOMPARE(woke.count(), 0);
}

QTEST_GUILESS_MAIN(tst_WakeDetector)
#include "tst_wakedetector.moc"
