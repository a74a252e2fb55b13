#pragma once

namespace palaver::server {

/// Gives every log line a timestamp and a level that journald, files and consoles all read
/// well: "2026-11-21 09:30:00.123 info: ...". Each message stays on its line: control
/// characters in it are escaped ("\u000a"), and one over 2000 characters is cut short.
void installLogFormat();

} // namespace palaver::server
