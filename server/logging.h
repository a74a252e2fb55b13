#pragma once

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
/// Under systemd (JOURNAL_STREAM set), each line instead begins with the kernel-style
/// priority journald reads ("<6>" for info) and has no timestamp, which journald adds.
void installLogFormat();

/// Writes only messages of `level` and more severe ones from now on.
void setLogLevel(LogLevel level);

} // namespace palaver::server
