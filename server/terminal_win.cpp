// Windows: whether the server's console is a terminal.
#include "console.h"

#include <cstdio>
#include <io.h>

namespace palaver::server {

bool standardInputIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

} // namespace palaver::server
