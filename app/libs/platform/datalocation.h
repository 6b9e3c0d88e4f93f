#pragma once

#include <QString>

class QSettings;

namespace DockPrep {

// Where the user's notes, progress and settings live: the platform's application data folder
// (~/.local/share/DockPrep on Linux), or the folder given with --data-dir.
class DataLocation
{
public:
    enum class Access {
        ReadWrite,        // the folder must be writable
        ReadOnlyAllowed,  // a folder that exists but cannot be written is opened too (isWritable() says)
    };

    // Uses `folder` when non-empty, otherwise the standard location. Creates it if needed.
    // Returns false and sets *error when the folder cannot be created, or written when `access`
    // requires it.
    bool open(const QString &folder, QString *error, Access access = Access::ReadWrite);
    bool isWritable() const { return m_writable; }

    QString path() const { return m_path; }
    QString filePath(const QString &name) const;

    // Settings live beside the data with --data-dir, in the platform's config folder otherwise.
    QSettings *createSettings(QObject *parent) const;

private:
    QString m_path;
    bool m_custom = false;
    bool m_writable = false;
};

} // namespace DockPrep
