// POSIX: whether the server's console is a terminal, and whether its stderr is journald's.
#include "console.h"
#include "logging.h"

#include <QList>

#include <sys/stat.h>
#include <unistd.h>

namespace palaver::server {

bool standardInputIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool standardErrorIsJournal(const QByteArray &journalStream)
{
    const QList<QByteArray> parts = journalStream.split(':');
    if (parts.size() != 2)
        return false;
    bool deviceOk = false;
    bool inodeOk = false;
    const qulonglong device = parts.at(0).toULongLong(&deviceOk);
    const qulonglong inode = parts.at(1).toULongLong(&inodeOk);
    struct stat status = {};
    if (!deviceOk || !inodeOk || fstat(STDERR_FILENO, &status) != 0)
        return false;
    return qulonglong(status.st_dev) == device && qulonglong(status.st_ino) == inode;
}

void prepareConsoleOutput() {}

} // namespace palaver::server
