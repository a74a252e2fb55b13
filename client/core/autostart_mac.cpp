// macOS: a LaunchAgent in ~/Library/LaunchAgents, which launchd runs at login.
#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace palaver::client::autostart {

using namespace Qt::StringLiterals;

QString location()
{
    return QDir::homePath() + u"/Library/LaunchAgents/org.palaver.Palaver.plist"_s;
}

bool isEnabled()
{
    return QFile::exists(location());
}

QString setEnabled(bool enabled)
{
    const QString plist = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          u"\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          u"<plist version=\"1.0\">\n"
                          u"<dict>\n"
                          u"    <key>Label</key>\n"
                          u"    <string>org.palaver.Palaver</string>\n"
                          u"    <key>ProgramArguments</key>\n"
                          u"    <array>\n"
                          u"        <string>"_s +
                          QCoreApplication::applicationFilePath().toHtmlEscaped() +
                          u"</string>\n"
                          u"    </array>\n"
                          u"    <key>RunAtLoad</key>\n"
                          u"    <true/>\n"
                          u"    <key>ProcessType</key>\n"
                          u"    <string>Interactive</string>\n"
                          u"</dict>\n"
                          u"</plist>\n"_s;
    return detail::writeOrRemove(location(), enabled, plist.toUtf8());
}

} // namespace palaver::client::autostart
