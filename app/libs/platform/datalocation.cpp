#include "platform/datalocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace DockPrep {

bool DataLocation::open(const QString &folder, QString *error, Access access)
{
    m_writable = false;
    m_custom = !folder.isEmpty();
    m_path = m_custom ? QFileInfo(folder).absoluteFilePath()
                      : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (m_path.isEmpty()) {
        *error = QStringLiteral("The system reports no folder for application data; use --data-dir.");
        return false;
    }
    if (!QDir().mkpath(m_path)) {
        *error = QStringLiteral("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QTemporaryFile probe(QDir(m_path).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open()) {
        // Reading a folder one cannot write (a mounted backup, a locked-down account) is fine
        // for a command that only reads.
        if (access == Access::ReadOnlyAllowed && QFileInfo(m_path).isReadable())
            return true;
        *error = QStringLiteral("The data folder %1 is not writable: %2")
                     .arg(QDir::toNativeSeparators(m_path), probe.errorString());
        return false;
    }
    m_writable = true;
    return true;
}

QString DataLocation::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

QSettings *DataLocation::createSettings(QObject *parent) const
{
    if (m_custom)
        return new QSettings(filePath(QStringLiteral("settings.ini")), QSettings::IniFormat, parent);
    return new QSettings(parent);
}

} // namespace DockPrep
