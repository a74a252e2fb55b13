// Windows: whether the server's console is a terminal, and the console's output code page.
#include "console.h"
#include "logging.h"

#include <cstdio>
#include <io.h>
#include <windows.h>

namespace palaver::server {

bool standardInputIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

bool standardErrorIsJournal(const QByteArray &)
{
    return false; // no journald on Windows
}

void prepareConsoleOutput()
{
    // The log is UTF-8; the console's own code page (437, 850, ...) would garble everything
    // beyond ASCII. Fails harmlessly when there is no console (a service).
    SetConsoleOutputCP(CP_UTF8);
}

} // namespace palaver::server
