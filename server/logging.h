#pragma once

namespace palaver::server {

/// Gives every log line a timestamp and a level that journald, files and consoles all read
/// well: "2026-11-21 09:30:00.123 info: ...".
void installLogFormat();

} // namespace palaver::server
