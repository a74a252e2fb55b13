#include "chatviewchild.h"

#include "chatviewlogs.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace palaver::bench {

using namespace Qt::StringLiterals;

namespace {

/// Resident memory in bytes, or -1 where there is no cheap way to read it.
qint64 residentBytes()
{
#ifdef Q_OS_LINUX
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
#else
    return -1;
#endif
}

/// The most the resident set has been (VmHWM), in bytes, or -1 where there is no cheap way to
/// read it.
qint64 peakResidentBytes()
{
#ifdef Q_OS_LINUX
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
#endif
    return -1;
}

/// Lets the event loop do what it does between two messages: delayed layouts, the log's
/// follow-the-bottom timer, and the repaint they ask for.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

double quantile(std::vector<qint64> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(q * double(values.size())));
    return double(values[std::clamp<size_t>(rank, 1, values.size()) - 1]);
}

void print(const char *key, double value)
{
    std::printf("%s=%.6g\n", key, value);
}

/// With the log full and following the bottom, messages arrive at `settings.rate` per second for
/// `settings.rateSeconds`, as a socket delivers them: a 1 ms timer appends the ones that are due
/// each time it fires, so that after a stall those that queued up meanwhile come in one go. The
/// time between two firings is how long the event loop was busy (appending, laying out,
/// following, painting) before it got back to reading: those gaps are the stalls users feel.
void measureStalls(ChatLog &log, MessageSource &source, const ChildSettings &settings)
{
    QScrollBar &bar = *log.view().verticalScrollBar();
    bar.setValue(bar.maximum()); // where a reader of live chat is
    settle();
    const qint64 total = qint64(settings.rate * settings.rateSeconds);
    const qint64 arrivalNs = qint64(settings.rateSeconds * 1e9);
    const qint64 limitNs = arrivalNs + qint64(settings.budgetSeconds * 1e9);
    std::vector<qint64> gaps;
    gaps.reserve(size_t(settings.rateSeconds * 1000) + 1000);
    qint64 delivered = 0;
    qint64 last = 0;
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QElapsedTimer clock;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(now - last);
        last = now;
        const qint64 due = std::min(total, qint64(double(now) * settings.rate / 1e9));
        for (; delivered < due; ++delivered)
            log.append(source.next());
        // 100 ms more after the last message, so that the work it caused is timed too.
        if ((delivered == total && now > arrivalNs + 100'000'000) || now > limitNs)
            loop.quit();
    });
    const std::clock_t cpuBefore = std::clock();
    clock.start();
    tick.start();
    loop.exec();
    const double wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(std::clock() - cpuBefore) / CLOCKS_PER_SEC;
    std::printf("stall_messages=%lld\n", delivered);
    print("stall_seconds", wallSeconds);
    print("stall_cpu_share", cpuSeconds / wallSeconds);
    print("stall_gap_p50_ms", quantile(gaps, 0.5) / 1e6);
    print("stall_gap_p99_ms", quantile(gaps, 0.99) / 1e6);
    print("stall_gap_max_ms", quantile(gaps, 1.0) / 1e6);
    if (delivered < total)
        print("stall_stopped_after_s", wallSeconds);
}

} // namespace

int runChild(const ChildSettings &settings)
{
    const std::unique_ptr<ChatLog> log = makeChatLog(settings.config);
    if (!log)
        return 2;
    settle();
    QAbstractScrollArea &view = log->view();
    std::printf("viewport=%dx%d\n", view.viewport()->width(), view.viewport()->height());
    MessageSource source(settings.seed);
    QElapsedTimer wall;
    QElapsedTimer timer;
    const qint64 budgetMs = qint64(settings.budgetSeconds * 1000);

    if (settings.live) {
        // a) Appending one message per turn of the event loop, as they arrive in live chat.
        qint64 totalNs = 0;
        int appended = 0;
        wall.start();
        for (; appended < settings.messages && wall.elapsed() < budgetMs; ++appended) {
            const protocol::ChatMessage message = source.next();
            timer.start();
            log->append(message);
            settle();
            totalNs += timer.nsecsElapsed();
        }
        std::printf("appended=%d\n", appended);
        print("append_total_s", double(totalNs) / 1e9);
        print("append_mean_us", appended ? double(totalNs) / appended / 1e3 : 0);
        return appended == settings.messages ? 0 : 3;
    }

    // The log filled in one go, as a page of history arrives, then the event loop turns.
    const qint64 before = residentBytes();
    timer.start();
    log->load(source, settings.messages);
    settle();
    const qint64 loadNs = timer.nsecsElapsed();
    // c) Memory, before the extra appends and the scrolling.
    const qint64 after = residentBytes();
    if (before < 0 || after < 0) {
        std::printf("rss_growth_mib=n/a\nrss_per_message_bytes=n/a\n");
    } else {
        print("rss_growth_mib", double(after - before) / (1 << 20));
        print("rss_per_message_bytes", double(after - before) / settings.messages);
    }

    // a) One more message with the log full, and the frame that shows it: as many as asked, or
    // as fit in the budget but at least 5.
    std::vector<qint64> oneMore;
    wall.start();
    while (int(oneMore.size()) < settings.appends &&
           (oneMore.size() < 5 || wall.elapsed() < budgetMs)) {
        const protocol::ChatMessage message = source.next();
        timer.start();
        log->append(message);
        settle(); // which paints the frame that shows it
        oneMore.push_back(timer.nsecsElapsed());
    }
    std::printf("append_one_count=%d\n", int(oneMore.size()));
    print("append_one_median_ms", quantile(oneMore, 0.5) / 1e6);

    // b) Scrolling: page up from the bottom, then a drag of the scroll bar from top to bottom,
    // then jumps to random places; every step is a complete repaint of the log.
    QScrollBar &bar = *view.verticalScrollBar();
    std::mt19937_64 random(settings.seed + 1);
    std::vector<qint64> frames;
    const int third = std::max(1, settings.frames / 3);
    for (int i = 0; i < settings.frames; ++i) {
        timer.start();
        if (i < third) {
            if (bar.value() == bar.minimum())
                bar.setValue(bar.maximum());
            bar.triggerAction(QAbstractSlider::SliderPageStepSub);
        } else if (i < 2 * third) {
            bar.setValue(int(qint64(bar.maximum()) * (i - third) / std::max(1, third - 1)));
        } else {
            bar.setValue(int(std::uniform_int_distribution<qint64>(0, bar.maximum())(random)));
        }
        view.viewport()->repaint();
        settle();
        frames.push_back(timer.nsecsElapsed());
    }
    print("frame_median_ms", quantile(frames, 0.5) / 1e6);
    print("frame_p99_ms", quantile(frames, 0.99) / 1e6);
    print("frame_max_ms", quantile(frames, 1.0) / 1e6);

    // d) Stalls while messages arrive steadily, where one message alone does not already stall
    // the event loop past the target.
    if (quantile(oneMore, 0.5) / 1e6 <= kStallTargetMs)
        measureStalls(*log, source, settings);
    else
        print("stall_not_run_one_message_ms", quantile(oneMore, 0.5) / 1e6);
    // e) The most memory the process has held, from start to here: Qt, the fonts, the log.
    const qint64 peak = peakResidentBytes();
    if (peak < 0)
        std::printf("peak_rss_mib=n/a\n");
    else
        print("peak_rss_mib", double(peak) / (1 << 20));

    // What generating the messages took while loading, so that it does not count.
    MessageSource again(settings.seed);
    timer.start();
    for (int i = 0; i < settings.messages; ++i)
        again.next();
    print("load_s", double(loadNs - timer.nsecsElapsed()) / 1e9);
    return 0;
}

} // namespace palaver::bench
