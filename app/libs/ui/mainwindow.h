#pragma once

#include "settings/appsettings.h"
#include "content/navigationhistory.h"
#include "ui/page.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QActionGroup;
class QSettings;
class QStackedWidget;

namespace DockPrep {

class ChallengesPage;
class ContentsDock;
class DiagramPage;
class ExplainDockerfilePage;
class InterviewPage;
class InterviewerPage;
class InterviewStore;
class ContentsModel;
class Curriculum;
class NoteStore;
class NotesPanel;
class StudyExchange;
class ReaderView;
class ReviewBar;
class ReviewStore;
class SaveScheduler;
class Search;
class SearchPopup;

// How to make the pages beside the reader, from the core's stores (main() gives them). Each page
// is made on its first use and owned by the window from then on: making all four before the
// first paint cost about 50 ms of start-up that a session spent reading never needs. Any may be
// missing (tests build the window without them); its page is then not offered.
struct StudyPages {
    std::function<DiagramPage *()> diagrams;
    std::function<InterviewPage *()> interview;
    std::function<ChallengesPage *()> challenges;
    std::function<ExplainDockerfilePage *()> explain;
    std::function<InterviewerPage *()> interviewer;
};

// Composes the contents dock, the reader and the status bar, and owns the actions that move
// between them. Logic lives in the core; this class only wires it to widgets. The menus and
// page buttons are made in mainwindowmenus.cpp, the session kept in mainwindowsession.cpp.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The store keeps what the user did (studied, bookmarked, last seen); it outlives the window.
    MainWindow(const Curriculum &curriculum, NoteStore *store, Search *search, QSettings *settings,
               QWidget *parent = nullptr);

    void setPages(const StudyPages &pages);
    // Keeps the Interview button's "(n due)" in step with the review schedule from the start,
    // though the page itself is made only when first opened.
    void followReviewSchedule(InterviewStore *store);
    // Grading in the reader, the review queue (Study → Review due questions) and the due count in
    // the status bar and the contents; without a store (some tests) the reader only reads.
    void setReviewStore(ReviewStore *reviews);
    ReviewBar *reviewBar() const { return m_reviewBar; }
    void openEntry(const QString &id);  // shows it and records it in the history
    void showDiagramLink(const QString &link);  // "diagram#element"
    void showPage(QWidget *page);
    void restoreSession();              // window layout and the last entry, from the settings
    void setStudyMode(bool on);         // as the Study mode action does; --study at start switches it on, never off
    void saveSession();
    // Shown in the settings dialog, with buttons that open them.
    void setDataFolders(const QString &dataFolder, const QString &backupFolder);
    // Puts the stored preferences into effect: theme, reader text size, interview defaults.
    void applySettings();
    // A theme for this run only (--color-scheme), until the user picks one in the settings.
    void overrideTheme(AppSettings::Theme theme) { m_themeOverride = theme; }
    void showSettings();
    void showShortcuts();

    ReaderView *reader() const { return m_reader; }
    ContentsDock *contentsDock() const { return m_contents; }
    SearchPopup *searchPopup() const { return m_searchPopup; }
    NotesPanel *notesPanel() const { return m_notes; }
    StudyExchange *exchange() const { return m_exchange; }
    QAction *action(const QString &name) const;  // the menus' actions, by object name
    QAction *pageAction(Page page) const;          // nullptr for a page not offered (see setPages)
    // The size the window opens at before any layout was saved, on a screen with this much room.
    static QSize firstStartSize(const QSize &available);

    bool eventFilter(QObject *watched, QEvent *event) override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void showEntryWithoutHistory(const QString &id);
    void updateNavigation();
    void updateEntryActions();
    void updateProgressLabel();
    void readMarks();  // the studied and bookmarked sets, from the store into the contents model
    void updateDue();  // the due count and markers, from the review schedule
    void reviewDue();  // opens the most overdue question, or says nothing is due
    void onGraded(const QString &entryId);
    void reportStoreError(const QString &error);
    void about();
    void addPage(Page page, const std::function<QWidget *()> &make, const QString &text);
    std::optional<Page> pageOf(const QWidget *widget) const;
    // Each makes its page on the first call (and wires it up); nullptr when there is none.
    DiagramPage *diagramPage();
    InterviewPage *interviewPage();
    QWidget *challengesPage();
    QWidget *explainPage();
    InterviewerPage *interviewerPage();
    template <typename Widget>
    bool makeOnce(Widget *&page, const std::function<Widget *()> &make);
    void setPeekingAllowed(bool allowed);
    void writeSession();  // what saveSession() and the timed saves write

    const Curriculum &m_curriculum;
    NoteStore *m_store;
    QSettings *m_settings;
    ContentsModel *m_model;
    ContentsDock *m_contents;
    ReaderView *m_reader;
    SearchPopup *m_searchPopup;
    NotesPanel *m_notes;
    StudyExchange *m_exchange;
    QLabel *m_progressLabel;
    QLabel *m_dueLabel;
    QMenu *m_studyMenu = nullptr;
    ReviewStore *m_reviews = nullptr;
    ReviewBar *m_reviewBar = nullptr;
    QString m_reviewingEntry;  // the queue's current question while walking the review queue
    NavigationHistory m_history;
    QHash<QString, QAction *> m_actions;
    std::array<QAction *, allPages.size()> m_pageActions{};
    QStackedWidget *m_pages;
    QActionGroup *m_pageGroup;
    QToolBar *m_pageBar;
    QMenu *m_pageMenu = nullptr;
    bool m_contentsShownWhileReading = true;
    // Whether the notes panel shows on each page, as the user last left it there; by default it
    // shows where notes attach to something (the reader, the diagrams) and steps aside elsewhere.
    QHash<QWidget *, bool> m_notesShownOn;
    StudyPages m_makePages;
    DiagramPage *m_diagrams = nullptr;
    InterviewPage *m_interview = nullptr;
    ChallengesPage *m_challenges = nullptr;
    ExplainDockerfilePage *m_explain = nullptr;
    InterviewerPage *m_interviewer = nullptr;
    QString m_dataFolder;
    QString m_backupFolder;
    std::optional<AppSettings::Theme> m_themeOverride;
    QString m_startLanguage;  // the language this run started in; a change waits for a restart
    // Layout, last entry and study mode are written half a second after they change, so a crash
    // or a kill keeps them.
    SaveScheduler *m_sessionSaves;
};

} // namespace DockPrep
