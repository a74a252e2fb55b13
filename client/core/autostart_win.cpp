// Windows: a value named after the app under HKEY_CURRENT_USER's Run key, which Explorer
// starts at login (and which Settings > Apps > Startup can switch off).
#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace palaver::client::autostart {

using namespace Qt::StringLiterals;

namespace {

const QString kRunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
const QString kValueName = u"Palaver"_s;

} // namespace

QString location()
{
    return kRunKey + u'\\' + kValueName;
}

bool isEnabled()
{
    const QSettings run(kRunKey, QSettings::NativeFormat);
    return run.contains(kValueName);
}

QString setEnabled(bool enabled)
{
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled) {
        const QString command =
            u'"' + QDir::toNativeSeparators(QCoreApplication::applicationFilePath()) + u'"';
        run.setValue(kValueName, command);
    } else {
        run.remove(kValueName);
    }
    run.sync();
    if (run.status() != QSettings::NoError)
        return QCoreApplication::translate("palaver::client::autostart", "Could not change %1.")
            .arg(location());
    return {};
}

} // namespace palaver::client::autostart
