#pragma once

#include "config.h"

#include <QStringList>

namespace palaver::server {

/// What `palaver-server --check` found: a line per finding, each beginning with "ok",
/// "warning", "problem" or "note", and whether the server can start as configured.
struct CheckReport
{
    QStringList lines;
    bool ok = true;
};

/// Tests what can be tested without starting: the port is free, the data directory is
/// writable, the certificate is valid and matches its key (parseCommandLine() has proved that
/// by a handshake), the discovery port can be bound. Creates nothing, not even the data
/// directory. Every finding is a line: one problem does not hide the others.
CheckReport checkConfiguration(const Config &config);

} // namespace palaver::server
