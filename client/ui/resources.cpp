#include "resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initPalaverResources()
{
    Q_INIT_RESOURCE(palaver);
}

namespace palaver::client {

void initResources()
{
    initPalaverResources();
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/palaver.svg"));
}

} // namespace palaver::client
