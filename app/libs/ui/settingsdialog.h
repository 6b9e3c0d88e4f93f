#pragma once

#include "settings/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace DockPrep {

// Preferences: theme, reader text size, language, what a new interview starts from, and where
// the data and its automatic backups live. Edits stay in the form until OK or Apply writes them
// to the settings and emits applied(); the window then puts them into effect.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `dataFolder` and `backupFolder` are shown with buttons that open them in the file manager.
    SettingsDialog(AppSettings settings, const QString &dataFolder, const QString &backupFolder,
                   QWidget *parent = nullptr);

    void apply();           // writes the form to the settings and emits applied()
    void restoreDefaults(); // fills the form with the defaults (written on Apply or OK)

Q_SIGNALS:
    void applied();

private:
    void load();
    void showInterviewDefaults(const SessionConfig &interview);
    void updateTimeRange();
    QWidget *makeFolderRow(QLineEdit *path, const QString &openName, const QString &folder);

    AppSettings m_settings;
    QString m_backupFolder;
    QComboBox *m_theme;
    QSpinBox *m_fontSize;
    QComboBox *m_language;
    QSpinBox *m_questions;
    QSpinBox *m_minutes;
    QComboBox *m_timeLimit;
    QComboBox *m_feedback;
    QComboBox *m_atZero;
    QCheckBox *m_openBook;
    QLineEdit *m_dataFolder;
    QCheckBox *m_backups;
    QSpinBox *m_backupsKept;
    QLineEdit *m_backupFolderPath;
    QLabel *m_newestBackup;
};

} // namespace DockPrep
