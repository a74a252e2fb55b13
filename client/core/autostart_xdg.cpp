// Linux and the BSDs: a desktop entry in $XDG_CONFIG_HOME/autostart, which every desktop that
// follows the XDG Autostart specification starts at login.
#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace palaver::client::autostart {

using namespace Qt::StringLiterals;

namespace {

QString configHome()
{
    // The specification's rule, not QStandardPaths: its test mode must not move a real user's
    // login items, and tests point XDG_CONFIG_HOME somewhere else instead.
    const QString configured = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!configured.isEmpty() && QDir::isAbsolutePath(configured))
        return configured;
    return QDir::homePath() + u"/.config"_s;
}

/// The program as Exec= wants it: quoted, with the characters the specification reserves
/// escaped, then escaped again as a string value, and % doubled for the field codes.
QString execQuoted(const QString &program)
{
    QString quoted;
    for (const QChar c : program) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(u"\\"_s, u"\\\\"_s);
    quoted.replace(u"%"_s, u"%%"_s);
    return u'"' + quoted + u'"';
}

QString program()
{
    // An AppImage runs from a temporary mount: start the image itself next time.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
}

} // namespace

QString location()
{
    return configHome() + u"/autostart/org.palaver.Palaver.desktop"_s;
}

bool isEnabled()
{
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    // Hidden=true is how a desktop's own settings switch an entry off without deleting it.
    while (!file.atEnd()) {
        if (file.readLine().trimmed() == "Hidden=true")
            return false;
    }
    return true;
}

QString setEnabled(bool enabled)
{
    const QString entry = u"[Desktop Entry]\n"
                          u"Type=Application\n"
                          u"Name=Palaver\n"
                          u"Comment=Chat for the people on your local network\n"
                          u"Exec="_s +
                          execQuoted(program()) +
                          u"\n"
                          u"Icon=palaver\n"
                          u"Terminal=false\n"
                          u"X-GNOME-Autostart-enabled=true\n"_s;
    return detail::writeOrRemove(location(), enabled, entry.toUtf8());
}

} // namespace palaver::client::autostart
