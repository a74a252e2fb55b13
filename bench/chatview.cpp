// palaver-chatview-bench: the client's chat log (ChatModel in the ChatView with ChatDelegate that
// the real MainWindow sets up) against the widget logs many chat programs use, on the same
// generated messages: appending while following the bottom, scrolling, resident memory, and the
// longest stall of the event loop while messages arrive at a steady rate.
// Each configuration and size runs in a child process of its own, so that one's heap does not
// blur another's memory figure. Prints key=value lines, then the tables for docs/benchmarks.md.
// Nothing here asserts a speed.
#include "chatviewchild.h"
#include "chatviewlogs.h"
#include "client/ui/resources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

using namespace palaver;
using namespace palaver::bench;
using namespace Qt::StringLiterals;

namespace {

/// What one child printed, key by key.
using Figures = QHash<QString, QString>;

struct Settings
{
    int messages = 100000;
    int appends = 200;
    int frames = 300;
    quint64 seed = 1;
    double liveBudget = 120;   ///< seconds for one run of appending one by one
    double oneMoreBudget = 60; ///< seconds for the "one more message" appends
    int rate = 1000;           ///< messages per second, for the stalls
    double rateSeconds = 5;
};

/// Runs this program again for one configuration at one size, in a process of its own.
std::optional<Figures> runInChild(const QStringList &arguments, double budgetSeconds)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    // The budget bounds the timed loops; loading and scrolling get a generous allowance on top.
    if (!child.waitForFinished(int(budgetSeconds * 3000) + 600000)) {
        child.kill();
        child.waitForFinished();
        std::fprintf(stderr, "chatview: %s did not finish\n", qUtf8Printable(arguments.join(u' ')));
        return {};
    }
    Figures figures;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            figures.insert(QString::fromUtf8(line.left(equals)),
                           QString::fromUtf8(line.mid(equals + 1)));
    }
    if (child.exitStatus() != QProcess::NormalExit || figures.isEmpty()) {
        std::fprintf(stderr, "chatview: %s failed:\n%s\n", qUtf8Printable(arguments.join(u' ')),
                     child.readAllStandardError().constData());
        return {};
    }
    return figures;
}

QString number(double value)
{
    return QString::number(value, 'f', value >= 100 ? 0 : value >= 10 ? 1 : 2);
}

QString count(int n)
{
    return QLocale(QLocale::English).toString(n);
}

/// The sizes appending one by one is tried at: 500, 1,000, 2,000, 5,000… below `max`, and `max`.
QList<int> ladder(int max)
{
    QList<int> sizes;
    for (int scale = 100; scale < max; scale *= 10) {
        for (const int step : {1, 2, 5}) {
            if (step * scale >= 500 && step * scale < max)
                sizes.append(step * scale);
        }
    }
    sizes.append(max);
    return sizes;
}

struct LiveRun
{
    int messages = 0;
    std::optional<Figures> figures; ///< empty: not run, or not finished within the budget
    double predictedSeconds = 0;    ///< for a run not started: what it would have taken
};

/// Appends one by one at growing sizes until the next run would take longer than the budget,
/// judging from how the time grew between the last two runs. What is not run is said, never
/// extrapolated into the figures.
QList<LiveRun> measureLive(const QString &config, const Settings &settings)
{
    QList<LiveRun> runs;
    const auto seconds = [](const LiveRun &run) {
        return run.figures->value(u"append_total_s"_s).toDouble();
    };
    for (const int size : ladder(settings.messages)) {
        LiveRun run{size, {}, 0};
        if (!runs.isEmpty()) {
            const LiveRun &last = runs.constLast();
            double exponent = 2; // until there are two runs, assume the worst of the usual
            if (runs.size() > 1) {
                const LiveRun &before = runs.at(runs.size() - 2);
                exponent = std::log(seconds(last) / seconds(before)) /
                           std::log(double(last.messages) / before.messages);
                exponent = std::clamp(exponent, 1.0, 3.0);
            }
            run.predictedSeconds = seconds(last) * std::pow(double(size) / last.messages, exponent);
            if (run.predictedSeconds > settings.liveBudget) {
                runs.append(run);
                break;
            }
        }
        std::fprintf(stderr, "chatview: %s, appending %s one by one\n", qUtf8Printable(config),
                     qUtf8Printable(count(size)));
        run.figures = runInChild(
            {u"--child"_s, config, u"--live"_s, u"--messages"_s, QString::number(size), u"--seed"_s,
             QString::number(settings.seed), u"--budget"_s, QString::number(settings.liveBudget)},
            settings.liveBudget);
        const bool complete = run.figures && run.figures->value(u"appended"_s).toInt() == size;
        if (!complete) {
            run.figures.reset(); // over budget after all: the table says so
            run.predictedSeconds = 0;
        }
        runs.append(run);
        if (!complete)
            break;
    }
    return runs;
}

/// `reference` ÷ `palaver` for one figure, or nothing if either is missing.
std::optional<double> ratio(const Figures &reference, const Figures &palaver, const QString &key)
{
    bool referenceOk = false, palaverOk = false;
    const double a = reference.value(key).toDouble(&referenceOk);
    const double b = palaver.value(key).toDouble(&palaverOk);
    if (!referenceOk || !palaverOk || b <= 0)
        return {};
    return a / b;
}

QString ratioText(std::optional<double> r)
{
    if (!r)
        return u"n/a"_s;
    return (*r >= 10    ? QString::number(*r, 'f', 0)
            : *r >= 0.1 ? QString::number(*r, 'f', 2)
                        : QString::number(*r, 'g', 2)) +
           u"×"_s;
}

/// "Palaver", "QTextBrowser": the start of the description.
QString shortName(const QString &name)
{
    return chatLogDescription(name).section(u',', 0, 0).section(u':', 0, 0);
}

QString cell(const std::optional<Figures> &figures, const QString &key)
{
    if (!figures)
        return u"failed"_s;
    bool ok = false;
    const double v = figures->value(key).toDouble(&ok);
    return ok ? number(v) : figures->value(key, u"n/a"_s);
}

/// The tables for people, in Markdown.
QString tables(const Settings &settings, const QHash<QString, QList<LiveRun>> &live,
               const QHash<QString, std::optional<Figures>> &full, const QStringList &ratioKeys)
{
    const QStringList &names = chatLogNames();
    const QString n = count(settings.messages);
    QString md = u"| Chat log, %1 messages | load at once s | one more message: median ms "
                 "| (appends timed) | scroll frame p50 ms | p99 ms | max ms | memory growth MiB "
                 "| bytes per message | peak memory MiB |\n"
                 "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"_s.arg(n);
    for (const QString &name : names) {
        const std::optional<Figures> &f = full[name];
        md += u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |\n"_s.arg(
            chatLogDescription(name), cell(f, u"load_s"_s), cell(f, u"append_one_median_ms"_s),
            f ? f->value(u"append_one_count"_s) : u"–"_s, cell(f, u"frame_median_ms"_s),
            cell(f, u"frame_p99_ms"_s), cell(f, u"frame_max_ms"_s), cell(f, u"rss_growth_mib"_s),
            cell(f, u"rss_per_message_bytes"_s), cell(f, u"peak_rss_mib"_s));
    }

    md += u"\nWith the %1 messages loaded and the log at the bottom, %2 messages per second "
          "arriving for %3 s: the time between two turns of the event loop (p50, p99, the "
          "longest), and the share of a core the process used meanwhile.\n\n"
          "| Chat log | messages | event-loop gap p50 ms | p99 ms | longest ms | CPU |\n"
          "|---|---:|---:|---:|---:|---:|\n"_s.arg(n, count(settings.rate),
                                                   QString::number(settings.rateSeconds));
    for (const QString &name : names) {
        const std::optional<Figures> &f = full[name];
        md += u"| "_s + chatLogDescription(name);
        if (f && f->contains(u"stall_not_run_one_message_ms"_s)) {
            md += u" | not run: one message alone takes %1 ms, over the %2 ms a stall may "
                  "last, so the backlog would only grow | | | | |\n"_s.arg(
                      cell(f, u"stall_not_run_one_message_ms"_s), QString::number(kStallTargetMs));
            continue;
        }
        QString messages = f ? count(f->value(u"stall_messages"_s).toInt()) : u"failed"_s;
        if (f && f->contains(u"stall_stopped_after_s"_s))
            messages += u" (stopped after %1 s)"_s.arg(cell(f, u"stall_stopped_after_s"_s));
        md += u" | %1 | %2 | %3 | %4 | %5 % |\n"_s.arg(
            messages, cell(f, u"stall_gap_p50_ms"_s), cell(f, u"stall_gap_p99_ms"_s),
            cell(f, u"stall_gap_max_ms"_s),
            f ? QString::number(f->value(u"stall_cpu_share"_s).toDouble() * 100, 'f', 0) : u"–"_s);
    }

    md += u"\nEach reference against Palaver at %1 messages, as the reference's figure ÷ "
          "Palaver's (above 1× the reference costs more, below 1× it costs less):\n\n"
          "| Reference | load at once | one more message | scroll frame p50 | scroll frame p99 "
          "| memory growth | peak memory | longest stall |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|\n"_s.arg(n);
    const Figures palaver = full[names.first()].value_or(Figures());
    for (const QString &name : names.sliced(1)) {
        md += u"| "_s + chatLogDescription(name);
        for (const QString &key : ratioKeys)
            md += u" | "_s + ratioText(ratio(full[name].value_or(Figures()), palaver, key));
        md += u" |\n"_s;
    }

    md += u"\nAppending one by one, the event loop turning after each message: total time, and "
          "the mean per message.\n\n| Messages |"_s;
    for (const QString &name : names)
        md += u" "_s + chatLogDescription(name) + u" |"_s;
    md += u"\n|---:|"_s + u"---|"_s.repeated(names.size()) + u"\n"_s;
    for (const int size : ladder(settings.messages)) {
        QString row = u"| "_s + count(size) + u" |"_s;
        bool any = false;
        for (const QString &name : names) {
            const QList<LiveRun> &runs = live[name];
            const auto run = std::find_if(runs.cbegin(), runs.cend(),
                                          [size](const LiveRun &r) { return r.messages == size; });
            any = any || run != runs.cend();
            if (run == runs.cend())
                row += u" |"_s;
            else if (run->figures)
                row += u" %1 s (%2 ms each) |"_s.arg(
                    number(run->figures->value(u"append_total_s"_s).toDouble()),
                    number(run->figures->value(u"append_mean_us"_s).toDouble() / 1000));
            else if (run->predictedSeconds > 0)
                row += u" not run: ≈ %1 s predicted |"_s.arg(number(run->predictedSeconds));
            else
                row += u" stopped after %1 s |"_s.arg(number(settings.liveBudget));
        }
        if (any)
            md += row + u"\n"_s;
    }
    return md;
}

/// Palaver's figures against the target of issue 7, each said met or missed; only a run of
/// that size and rate decides it.
QString targetText(const Settings &settings, const Figures &palaver)
{
    constexpr int kMessages = 100000;
    constexpr int kRate = 1000;
    constexpr double kLoadSeconds = 1;
    constexpr double kMemoryBytes = 150e6;
    QString text =
        u"\nIssue 7's target for Palaver's log: %1 messages appended within %2 s, under "
        "150 MB in all, and no stall over %3 ms while %4 messages per second arrive. "_s.arg(
            count(kMessages), QString::number(kLoadSeconds), QString::number(kStallTargetMs),
            count(kRate));
    if (settings.messages != kMessages || settings.rate != kRate)
        return text + u"This run had %1 messages and %2 per second, so it does not tell.\n"_s.arg(
                          count(settings.messages), count(settings.rate));
    const auto verdict = [](bool met) { return met ? u"met"_s : u"missed"_s; };
    QStringList parts;
    bool ok = false;
    const double load = palaver.value(u"load_s"_s).toDouble(&ok);
    parts.append(ok ? u"loading took %1 s (%2)"_s.arg(number(load), verdict(load <= kLoadSeconds))
                    : u"loading was not measured"_s);
    const double peakMib = palaver.value(u"peak_rss_mib"_s).toDouble(&ok);
    const double peakBytes = peakMib * (1 << 20);
    parts.append(
        ok ? u"the process held at most %1 MB (%2 MiB; %3)"_s.arg(
                 number(peakBytes / 1e6), number(peakMib), verdict(peakBytes < kMemoryBytes))
           : u"its peak memory was not measured"_s);
    const double stall = palaver.value(u"stall_gap_max_ms"_s).toDouble(&ok);
    const bool all = palaver.value(u"stall_messages"_s).toInt() == kRate * settings.rateSeconds;
    parts.append(ok && all ? u"the longest stall was %1 ms (%2)"_s.arg(
                                 number(stall), verdict(stall <= kStallTargetMs))
                           : u"the stalls were not measured to the end"_s);
    return text + u"Here %1.\n"_s.arg(parts.join(u"; "_s));
}

/// Measures every configuration, prints key=value lines and the tables, and writes the tables
/// to `markdownPath` (if given) for bench/run.
int runAll(const Settings &settings, const QString &markdownPath)
{
    const QStringList &names = chatLogNames();
    QHash<QString, QList<LiveRun>> live;
    QHash<QString, std::optional<Figures>> full;
    for (const QString &name : names)
        live.insert(name, measureLive(name, settings));
    for (const QString &name : names) {
        std::fprintf(stderr, "chatview: %s, %s messages loaded\n", qUtf8Printable(name),
                     qUtf8Printable(count(settings.messages)));
        full.insert(name, runInChild({u"--child"_s, name, u"--messages"_s,
                                      QString::number(settings.messages), u"--appends"_s,
                                      QString::number(settings.appends), u"--frames"_s,
                                      QString::number(settings.frames), u"--seed"_s,
                                      QString::number(settings.seed), u"--budget"_s,
                                      QString::number(settings.oneMoreBudget), u"--rate"_s,
                                      QString::number(settings.rate), u"--rate-seconds"_s,
                                      QString::number(settings.rateSeconds)},
                                     settings.oneMoreBudget));
    }

    // For machines: every figure, then the ratios.
    std::printf("chatview.qt_version=%s\nchatview.platform=%s\nchatview.messages=%d\n", qVersion(),
                qUtf8Printable(QGuiApplication::platformName()), settings.messages);
    const auto printFigures = [](const QString &prefix, const Figures &figures) {
        QStringList keys = figures.keys();
        keys.sort();
        for (const QString &key : keys)
            std::printf("%s%s=%s\n", qUtf8Printable(prefix), qUtf8Printable(key),
                        qUtf8Printable(figures.value(key)));
    };
    for (const QString &name : names) {
        for (const LiveRun &run : live[name]) {
            const QString prefix = u"chatview.%1.live.%2."_s.arg(name).arg(run.messages);
            if (run.figures)
                printFigures(prefix, *run.figures);
            else if (run.predictedSeconds > 0)
                std::printf("%snot_run_predicted_s=%.0f\n", qUtf8Printable(prefix),
                            run.predictedSeconds);
            else
                std::printf("%sover_budget_s=%g\n", qUtf8Printable(prefix), settings.liveBudget);
        }
        if (full[name])
            printFigures(u"chatview.%1.full.%2."_s.arg(name).arg(settings.messages), *full[name]);
    }
    const auto liveAt = [&live](const QString &name, int size) {
        for (const LiveRun &run : live[name]) {
            if (run.messages == size && run.figures)
                return *run.figures;
        }
        return Figures();
    };
    // The largest size at which every configuration was appended to one by one to the end.
    int common = 0;
    for (const int size : ladder(settings.messages)) {
        if (std::all_of(names.cbegin(), names.cend(),
                        [&](const QString &name) { return !liveAt(name, size).isEmpty(); }))
            common = size;
    }
    const QStringList ratioKeys = {
        u"load_s"_s,         u"append_one_median_ms"_s, u"frame_median_ms"_s, u"frame_p99_ms"_s,
        u"rss_growth_mib"_s, u"peak_rss_mib"_s,         u"stall_gap_max_ms"_s};
    const Figures palaver = full[names.first()].value_or(Figures());
    const Figures palaverLive = liveAt(names.first(), common);
    QStringList liveShares;
    for (const QString &name : names.sliced(1)) {
        const Figures reference = full[name].value_or(Figures());
        for (const QString &key : ratioKeys) {
            const std::optional<double> r = ratio(reference, palaver, key);
            std::printf("chatview.%s.vs_palaver.full.%s=%s\n", qUtf8Printable(name),
                        qUtf8Printable(key), r ? qUtf8Printable(QString::number(*r)) : "n/a");
        }
        if (common > 0) {
            const std::optional<double> r =
                ratio(liveAt(name, common), palaverLive, u"append_total_s"_s);
            std::printf("chatview.%s.vs_palaver.live.%d.append_total_s=%s\n", qUtf8Printable(name),
                        common, r ? qUtf8Printable(QString::number(*r)) : "n/a");
            liveShares.append(u"the %1 log %2"_s.arg(shortName(name), ratioText(r)));
            if (liveShares.size() == 1)
                liveShares.last().insert(liveShares.last().lastIndexOf(u' '), u" took"_s);
        }
    }

    QString md = tables(settings, live, full, ratioKeys);
    if (common > 0)
        md += u"\nAt %1 messages, the largest size every log was appended to one by one, %2 "
              "Palaver's time.\n"_s.arg(count(common), liveShares.join(u" and "_s));
    // How the cost of a message grows with the log: the first messages against one more at N.
    const int first = ladder(settings.messages).constFirst();
    QStringList growth;
    for (const QString &name : names) {
        // Both in microseconds: the mean over the first messages, and one more at N.
        const Figures start = liveAt(name, first);
        Figures end;
        if (full[name])
            end.insert(
                u"append_mean_us"_s,
                QString::number(full[name]->value(u"append_one_median_ms"_s).toDouble() * 1000));
        growth.append(
            u"%1 for %2"_s.arg(ratioText(ratio(end, start, u"append_mean_us"_s)), shortName(name)));
    }
    if (first < settings.messages)
        md += u"From a log of %1 messages to one of %2 (%3× as long), the time to append a "
              "message and show it grew %4.\n"_s.arg(
                  count(first), count(settings.messages),
                  QString::number(double(settings.messages) / first, 'g', 3), growth.join(u", "_s));
    md += targetText(settings, palaver);
    std::printf("\n%s", qUtf8Printable(md));
    if (!markdownPath.isEmpty()) {
        QFile file(markdownPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        file.write(md.toUtf8());
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"palaver-chatview-bench"_s);
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    client::initResources();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures Palaver's chat log against widget-based logs (bench/run runs it)."_s);
    parser.addHelpOption();
    const QCommandLineOption messages(u"messages"_s, u"Messages in the log."_s, u"n"_s,
                                      u"100000"_s);
    const QCommandLineOption appends(u"appends"_s, u"\"One more message\" appends to time."_s,
                                     u"n"_s, u"200"_s);
    const QCommandLineOption frames(u"frames"_s, u"Scroll steps to time."_s, u"n"_s, u"300"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated messages."_s, u"n"_s, u"1"_s);
    const QCommandLineOption budget(
        u"budget"_s,
        u"Seconds one run of appending one by one may take; half as long for the \"one more "
        "message\" appends."_s,
        u"s"_s, u"120"_s);
    const QCommandLineOption rate(u"rate"_s,
                                  u"Messages per second arriving at the full log, for the "
                                  "longest stall of the event loop."_s,
                                  u"n"_s, u"1000"_s);
    const QCommandLineOption rateSeconds(u"rate-seconds"_s, u"For how long they arrive."_s, u"s"_s,
                                         u"5"_s);
    const QCommandLineOption markdown(u"markdown"_s, u"Also write the tables to this file."_s,
                                      u"file"_s);
    const QCommandLineOption child(u"child"_s, u"(internal) Measure one configuration."_s,
                                   u"name"_s);
    const QCommandLineOption liveMode(u"live"_s, u"(internal) Only append one by one."_s);
    parser.addOptions(
        {messages, appends, frames, seed, budget, rate, rateSeconds, markdown, child, liveMode});
    parser.process(app);

    if (parser.isSet(child)) {
        ChildSettings settings;
        settings.config = parser.value(child);
        settings.live = parser.isSet(liveMode);
        settings.messages = parser.value(messages).toInt();
        settings.appends = parser.value(appends).toInt();
        settings.frames = parser.value(frames).toInt();
        settings.seed = parser.value(seed).toULongLong();
        settings.budgetSeconds = parser.value(budget).toDouble();
        settings.rate = std::max(1, parser.value(rate).toInt());
        settings.rateSeconds = parser.value(rateSeconds).toDouble();
        return runChild(settings);
    }
    Settings settings;
    settings.messages = std::max(1, parser.value(messages).toInt());
    settings.appends = parser.value(appends).toInt();
    settings.frames = parser.value(frames).toInt();
    settings.seed = parser.value(seed).toULongLong();
    settings.liveBudget = parser.value(budget).toDouble();
    settings.oneMoreBudget = settings.liveBudget / 2;
    settings.rate = std::max(1, parser.value(rate).toInt());
    settings.rateSeconds = parser.value(rateSeconds).toDouble();
    return runAll(settings, parser.value(markdown));
}
