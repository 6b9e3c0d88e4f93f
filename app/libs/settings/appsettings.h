#pragma once

#include "interview/sessionconfig.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace DockPrep {

// The user's preferences, typed, over the settings file. Values that are missing or malformed
// (a hand-edited file, a file from another version) read as their defaults, never as garbage.
//
// The file carries a layout version (`meta/version`). migrate() brings an older file up to
// the current layout one step per version, and leaves a file from a newer DockPrep alone.
class AppSettings
{
public:
    enum class Theme { System, Light, Dark };

    static constexpr int currentVersion = 2;
    static constexpr int defaultReaderFontSize = 11;  // points
    static constexpr int minReaderFontSize = 8;
    static constexpr int maxReaderFontSize = 28;
    static constexpr int defaultBackupsKept = 7;
    static constexpr int maxBackupsKept = 90;

    explicit AppSettings(QSettings *settings);

    struct MigrationResult {
        int from = 0;               // the version found in the file (0: written before versioning)
        int to = 0;                 // the version the file is at now
        QStringList removedKeys;    // keys dropped because no DockPrep reads them
        bool newerThanThisApp = false;  // a newer DockPrep wrote it: left as it is
    };
    MigrationResult migrate();
    int version() const;

    Theme theme() const;
    void setTheme(Theme theme);

    int readerFontSize() const;  // clamped to [min, max]
    void setReaderFontSize(int points);

    // A language code such as "de" or "es"; empty follows the system.
    QString language() const;
    void setLanguage(const QString &code);

    // What a new interview session starts from on the setup page: until the user saves their own,
    // the first preset ("Quick 15 minutes").
    SessionConfig interviewDefaults() const;
    static SessionConfig builtInInterviewDefaults();
    void setInterviewDefaults(const SessionConfig &config);

    bool backupsEnabled() const;
    void setBackupsEnabled(bool on);
    int backupsKept() const;  // clamped to [1, maxBackupsKept]
    void setBackupsKept(int count);

    // Set when the check behind the window found the database damaged: the next start then
    // checks the file before using it, whatever happens in between (the user says "Later", the
    // app crashes).
    bool databaseCheckPending() const;
    void setDatabaseCheckPending(bool pending);

    // Where a command-line command set a damaged database aside, until the app has told the user
    // and offered the backup: the database in its place is a new, empty one, which the commands
    // refuse to use meanwhile (an export of it would replace a good export with an empty one).
    QString databaseSetAside() const;
    void setDatabaseSetAside(const QString &path);  // empty: told

    // What the user chose, for a backup: theme, reader text size, language, interview defaults and
    // the backup policy (not window geometry or the last question: those belong to the machine).
    QJsonObject backupValues() const;
    // Sets the values of a backup (as backupValues() writes them); returns false and *error with
    // the key when one has the wrong type or range, and then changes nothing.
    static bool checkBackupValues(const QJsonObject &values, QString *error);
    void setBackupValues(const QJsonObject &values);

    void sync();

    static QString themeName(Theme theme);                 // "system", "light", "dark"
    static Theme themeFromName(const QString &name, bool *ok = nullptr);

private:
    QSettings *m_settings;
};

} // namespace DockPrep
