// The part of starting with the system that macOS and the XDG desktops share: their entry is a
// file, written whole or removed.
#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace palaver::client::autostart::detail {

QString writeOrRemove(const QString &path, bool enabled, const QByteArray &contents)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return QCoreApplication::translate("palaver::client::autostart", "Could not remove %1.")
                .arg(shown);
        return {};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write(contents);
        if (file.commit())
            return {};
    }
    return QCoreApplication::translate("palaver::client::autostart", "Could not write %1: %2")
        .arg(shown, file.errorString());
}

} // namespace palaver::client::autostart::detail
