// POSIX: whether the server's console is a terminal.
#include "console.h"

#include <unistd.h>

namespace palaver::server {

bool standardInputIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

} // namespace palaver::server
