#pragma once

#include "exchange/exporter.h"

#include <QObject>

class QSettings;
class QWidget;

namespace DockPrep {

class ChallengeStore;
class Curriculum;
class Database;
class DiagramCatalog;
class InterviewStore;
class NoteStore;
struct ImportPlan;
struct StudySnapshot;

// File ▸ Export and File ▸ Import for the window: asks where, shows what an import would change
// before changing it, and keeps the window responsive while a large export renders (the
// records are read on this thread, where the database connection lives; the rendering and the
// writing run on a worker).
class StudyExchange : public QObject
{
    Q_OBJECT

public:
    StudyExchange(const Curriculum &curriculum, NoteStore *store, QSettings *settings, QWidget *window);

    // The rest of what a JSON backup holds (interviews, challenge attempts, settings); without
    // them a backup has the notes, bookmarks and progress only.
    void setFullBackupStores(Database *db, InterviewStore *interviews, ChallengeStore *challenges);
    // Names diagram notes by their titles in the exports (without it, the ids spelled out).
    void setDiagramCatalog(const DiagramCatalog *catalog) { m_diagrams = catalog; }

    // Asks where (and, for Anki, which questions), then exports.
    void exportAs(ExportFormat format);
    void exportTo(ExportFormat format, const QString &path, const CardScope &cards = {});  // without asking; for tests
    void importBackup();
    void importFrom(const QString &path);                     // still previews and confirms

Q_SIGNALS:
    void message(const QString &text);   // for the status bar
    void exportFinished(bool ok);

private:
    QString lastFolder() const;
    std::optional<CardScope> askForCardScope();
    bool confirmImport(const ImportPlan &plan);
    StudySnapshot snapshot() const;

    const Curriculum &m_curriculum;
    NoteStore *m_store;
    QSettings *m_settings;
    QWidget *m_window;
    Database *m_db = nullptr;
    InterviewStore *m_interviews = nullptr;
    ChallengeStore *m_challenges = nullptr;
    const DiagramCatalog *m_diagrams = nullptr;
    bool m_busy = false;
};

} // namespace DockPrep
