#include "logging.h"

#include <QLoggingCategory>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>

namespace palaver::server {

namespace {

constexpr qsizetype kMaxLoggedChars = 2000;

QtMessageHandler &formattingHandler()
{
    static QtMessageHandler handler = nullptr; // Qt's own, which applies the pattern
    return handler;
}

/// Log lines quote what peers send (a client name, a room, a close reason). A line break in
/// one must not forge a line of its own, nor a terminal escape repaint the admin's screen, nor
/// 64 KiB of it fill the disk: such characters are escaped and long lines cut short.
void defuse(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString safe;
    safe.reserve(std::min(message.size(), kMaxLoggedChars) + 16);
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (safe.size() >= kMaxLoggedChars) {
            safe += QStringLiteral("... (%1 more characters)").arg(message.size() - i);
            break;
        }
        const QChar c = message.at(i);
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            safe += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            break;
        default:
            safe += c;
        }
    }
#ifdef Q_OS_WIN
    // Qt's own handler writes in the ANSI code page; the console was switched to UTF-8, and a
    // file or pipe that takes the log gets it as UTF-8 everywhere.
    std::fputs(qUtf8Printable(qFormatLogMessage(type, context, safe) + u'\n'), stderr);
    std::fflush(stderr);
#else
    formattingHandler()(type, context, safe);
#endif
}

} // namespace

void installLogFormat()
{
    prepareConsoleOutput();
    if (standardErrorIsJournal(qgetenv("JOURNAL_STREAM"))) {
        // sd-daemon(3) priorities: journald files each line at its level and stamps it.
        qSetMessagePattern(
            QStringLiteral("%{if-debug}<7>%{endif}%{if-info}<6>%{endif}%{if-warning}<4>%{endif}"
                           "%{if-critical}<3>%{endif}%{if-fatal}<2>%{endif}%{message}"));
    } else {
        qSetMessagePattern(QStringLiteral(
            "%{time yyyy-MM-dd hh:mm:ss.zzz} "
            "%{if-debug}debug%{endif}%{if-info}info%{endif}%{if-warning}warning%{endif}"
            "%{if-critical}error%{endif}%{if-fatal}fatal%{endif}: %{message}"));
    }
    if (!formattingHandler())
        formattingHandler() = qInstallMessageHandler(defuse);
}

void setLogLevel(LogLevel level)
{
    // Debug messages are ours only: Qt's own (qt.*) would bury them.
    QString rules = level == LogLevel::Debug
                        ? QStringLiteral("palaver.*.debug=true\ndefault.debug=true\n")
                        : QStringLiteral("*.debug=false\n");
    if (level >= LogLevel::Warning)
        rules += QStringLiteral("*.info=false\n");
    if (level >= LogLevel::Error)
        rules += QStringLiteral("*.warning=false\n");
    QLoggingCategory::setFilterRules(rules);
}

} // namespace palaver::server
