#pragma once

#include <QByteArray>

namespace palaver::server {

/// The least severe log messages still written.
enum class LogLevel
{
    Debug,
    Info,
    Warning,
    Error
};

/// Gives every log line a timestamp and a level that journald, files and consoles all read
/// well: "2026-11-21 09:30:00.123 info: ...". Each message stays on its line: control
/// characters in it are escaped ("\u000a"), and one over 2000 characters is cut short.
/// When standard error is journald's stream (see standardErrorIsJournal()), each line instead
/// begins with the kernel-style priority journald reads ("<6>" for info) and has no
/// timestamp, which journald adds. On Windows, the console is switched to UTF-8 output.
void installLogFormat();

/// Whether standard error is the stream that JOURNAL_STREAM ("device:inode", as systemd sets
/// it) names. sd-daemon(3): the variable alone is not enough, since a child started from a
/// unit inherits it with its output redirected elsewhere. A platform file has it.
bool standardErrorIsJournal(const QByteArray &journalStream);

/// Makes the console print UTF-8 (a nickname in Cyrillic, say) as UTF-8 where it would not
/// by itself (Windows); nothing elsewhere. A platform file has it.
void prepareConsoleOutput();

/// Writes only messages of `level` and more severe ones from now on.
void setLogLevel(LogLevel level);

} // namespace palaver::server
