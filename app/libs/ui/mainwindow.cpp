#include "ui/mainwindow.h"

#include "platform/savescheduler.h"
#include "content/contentsmodel.h"
#include "content/curriculum.h"
#include "ui/challenges/challengespage.h"
#include "ui/challenges/explaindockerfilepage.h"
#include "ui/colorscheme.h"
#include "ui/contentsdock.h"
#include "ui/diagrams/diagrampage.h"
#include "ui/interview/interviewpage.h"
#include "ui/interview/interviewsetuppage.h"
#include "store/interviewstore.h"
#include "exchange/exporter.h"
#include "notes/notetopics.h"
#include "ui/notespanel.h"
#include "ui/readerview.h"
#include "ui/reviewbar.h"
#include "store/reviewstore.h"
#include "ui/searchpopup.h"
#include "ui/settingsdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/studyexchange.h"
#include "store/notestore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include <algorithm>

namespace DockPrep {

namespace Keys {
constexpr auto geometry = "window/geometry";
constexpr auto state = "window/state";
constexpr auto lastEntry = "reader/lastEntry";
constexpr auto studyMode = "reader/studyMode";
} // namespace Keys

// A window dragged or a panel resized changes many times a second: one write once it settles.
constexpr int sessionQuietMs = 500;
constexpr int sessionMaxWaitMs = 2000;

// Before a layout is saved, the window takes most of the screen it opens on (a fixed 1280×800
// was a small window on a large screen and too big on a small one), but not more than a
// reader and two panels use well.
QSize MainWindow::firstStartSize(const QSize &available)
{
    return QSize(qMin(available.width() * 85 / 100, 2000), qMin(available.height() * 85 / 100, 1300));
}

MainWindow::MainWindow(const Curriculum &curriculum, NoteStore *store, Search *search, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_curriculum(curriculum)
    , m_store(store)
    , m_settings(settings)
    , m_model(new ContentsModel(curriculum, this))
    , m_contents(new ContentsDock(m_model, this))
    , m_reader(new ReaderView(curriculum, this))
    , m_searchPopup(new SearchPopup(search, this))
    , m_notes(new NotesPanel(store, this))
    , m_exchange(new StudyExchange(curriculum, store, settings, this))
    , m_progressLabel(new QLabel(this))
    , m_dueLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_pageGroup(new QActionGroup(this))
    , m_pageBar(nullptr)
    , m_sessionSaves(new SaveScheduler(sessionQuietMs, sessionMaxWaitMs, steadyClock(), this))
{
    setWindowTitle(tr("DockPrep"));
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->addWidget(m_reader);
    setCentralWidget(m_pages);
    addDockWidget(Qt::LeftDockWidgetArea, m_contents);
    addDockWidget(Qt::RightDockWidgetArea, m_notes);
    // Questions by title; main() adds the diagram catalog for diagram elements.
    m_notes->setTopicTitle([topics = NoteTopics(&curriculum, nullptr)](const QString &target) -> QString { return topics.title(target); });
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    m_dueLabel->setContentsMargins(0, 0, 12, 0);  // apart from the progress beside it
    m_dueLabel->hide();                           // until there is a review schedule to count
    statusBar()->addPermanentWidget(m_dueLabel);
    statusBar()->addPermanentWidget(m_progressLabel);
    readMarks();
    createActions();
    updateProgressLabel();
    m_startLanguage = AppSettings(m_settings).language();

    // The store is the truth; the contents model mirrors it, and the actions and the progress
    // label read the model rather than query the database on every page turn.
    connect(m_store, &NoteStore::progressChanged, this, [this](const QString &id) {
        m_model->setEntryStudied(id, m_store->studiedEntries().contains(id));
        updateProgressLabel();
        updateEntryActions();
    });
    connect(m_store, &NoteStore::bookmarkChanged, this, [this](const QString &id, bool on) {
        m_model->setEntryBookmarked(id, on);
        updateEntryActions();
    });
    // An import writes many records at once (and says only that): every mark is read again.
    connect(m_store, &NoteStore::recordsWritten, this, [this] {
        readMarks();
        updateProgressLabel();
        updateEntryActions();
    });

    connect(m_contents, &ContentsDock::entryActivated, this, &MainWindow::openEntry);
    connect(m_searchPopup, &SearchPopup::entryChosen, this, &MainWindow::openEntry);
    // The words searched for stay marked on the page the result opened.
    connect(m_searchPopup, &SearchPopup::entryChosen, this, [this] {
        static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
        m_reader->highlightWords(m_searchPopup->field()->text().split(separators, Qt::SkipEmptyParts));
    });
    connect(m_searchPopup, &SearchPopup::noteChosen, this, [this](const QString &noteId, const QString &target) {
        if (target.startsWith(QLatin1String("entry:")))
            openEntry(target.mid(6));
        m_notes->openNote(noteId);
    });
    connect(m_notes, &NotesPanel::noteTargetActivated, this, [this](const QString &target) {
        if (target.startsWith(QLatin1String("entry:")))
            openEntry(target.mid(6));
    });
    connect(m_exchange, &StudyExchange::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_reader, &ReaderView::entryLinkActivated, this, &MainWindow::openEntry);
    connect(m_reader, &ReaderView::snippetCopied, this, [this](const QString &language) {
        statusBar()->showMessage(tr("Copied the %1 snippet to the clipboard").arg(language), 3000);
    });
    connect(m_reader, &ReaderView::diagramLinkActivated, this, &MainWindow::showDiagramLink);
    resize(firstStartSize(screen() ? screen()->availableGeometry().size() : QSize(1280, 800)));
    // The panels share the width with the reader: wide enough for most titles on a large screen,
    // narrower on a small one so the reader keeps its measure. restoreState overrides.
    resizeDocks({m_contents, m_notes}, {std::clamp(width() * 26 / 100, 260, 380), std::clamp(width() * 18 / 100, 220, 320)},
                Qt::Horizontal);

    connect(m_sessionSaves, &SaveScheduler::due, this, [this] {
        if (isVisible())  // a closed window has saved everything already (closeEvent)
            writeSession();
    });
    connect(m_actions.value(QStringLiteral("studyMode")), &QAction::toggled, m_sessionSaves, &SaveScheduler::changed);
    // The docks and toolbars report their own moves, resizes and hiding; the window's come
    // through moveEvent, resizeEvent and changeEvent.
    for (QWidget *part : std::initializer_list<QWidget *>{m_contents, m_notes})
        part->installEventFilter(this);
    for (QToolBar *bar : findChildren<QToolBar *>()) {
        connect(bar, &QToolBar::visibilityChanged, m_sessionSaves, &SaveScheduler::changed);
        connect(bar, &QToolBar::topLevelChanged, m_sessionSaves, &SaveScheduler::changed);
        connect(bar, &QToolBar::orientationChanged, m_sessionSaves, &SaveScheduler::changed);
    }
}

void MainWindow::readMarks()
{
    QSet<QString> bookmarked;
    for (const Bookmark &bookmark : m_store->bookmarks())
        bookmarked.insert(bookmark.entryId);
    m_model->setStudied(m_store->studiedEntries());
    m_model->setBookmarked(bookmarked);
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(name, action);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(make(QStringLiteral("newNote"), tr("&New note"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
        m_notes->show();
        m_notes->newNote();
    }));
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export notes"));
    for (ExportFormat format : exportFormats()) {
        exportMenu->addAction(make(QStringLiteral("export-") + exportFormatName(format), exportFormatTitle(format) + QStringLiteral("…"),
                                   QKeySequence(), [this, format] { m_exchange->exportAs(format); }));
    }
    file->addAction(make(QStringLiteral("import"), tr("&Import a backup…"), QKeySequence(), [this] { m_exchange->importBackup(); }));
    file->addSeparator();
    // Ctrl+, is what most desktops use; the platform's own key comes first where it has one.
    QAction *settingsAction = make(QStringLiteral("settings"), tr("Se&ttings…"), QKeySequence(), [this] { showSettings(); });
    settingsAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences) << QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addAction(settingsAction);
    file->addSeparator();
    file->addAction(make(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); }));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    // Back and Forward put each page back as it was left: scrolled and uncovered as far.
    QAction *back = make(QStringLiteral("back"), tr("&Back"), QKeySequence::Back, [this] {
        m_history.setPlace(m_reader->place());
        showEntryWithoutHistory(m_history.back());
        m_reader->restorePlace(m_history.place());
    });
    QAction *forward = make(QStringLiteral("forward"), tr("&Forward"), QKeySequence::Forward, [this] {
        m_history.setPlace(m_reader->place());
        showEntryWithoutHistory(m_history.forward());
        m_reader->restorePlace(m_history.place());
    });
    QAction *previous = make(QStringLiteral("previous"), tr("&Previous question"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] {
        openEntry(m_curriculum.previousEntry(m_reader->currentEntry()));
    });
    QAction *next = make(QStringLiteral("next"), tr("&Next question"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] {
        openEntry(m_curriculum.nextEntry(m_reader->currentEntry()));
    });
    back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    go->addActions({back, forward});
    go->addSeparator();
    go->addActions({previous, next});
    go->addSeparator();
    go->addAction(make(QStringLiteral("search"), tr("&Search everything…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                       [this] { m_searchPopup->popUp(); }));
    go->addAction(make(QStringLiteral("filter"), tr("&Filter the contents"), QKeySequence(Qt::CTRL | Qt::Key_L),
                       [this] { m_contents->focusFilter(); }));
    go->addAction(make(QStringLiteral("find"), tr("F&ind in this question…"), QKeySequence::Find, [this] {
        if (m_pages->currentWidget() == m_reader)
            m_reader->openFindBar();
    }));

    QMenu *study = menuBar()->addMenu(tr("&Study"));
    m_studyMenu = study;
    QAction *revealNext = make(QStringLiteral("revealNext"), tr("&Reveal the next part"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                               [this] { m_reader->revealNext(); });
    QAction *studyMode = make(QStringLiteral("studyMode"), tr("&Study mode (show everything)"), QKeySequence(Qt::CTRL | Qt::Key_T),
                              [this](bool on) { m_reader->setStudyMode(on); });
    studyMode->setCheckable(true);
    QAction *studied = make(QStringLiteral("studied"), tr("&Mark as studied"), QKeySequence(Qt::CTRL | Qt::Key_D), [this](bool on) {
        QString error;
        if (!m_store->markStudied(m_reader->currentEntry(), on, &error))
            reportStoreError(error);
    });
    studied->setCheckable(true);
    QAction *bookmark = make(QStringLiteral("bookmark"), tr("&Bookmark"), QKeySequence(Qt::CTRL | Qt::Key_B), [this](bool on) {
        QString error;
        if (!m_store->setBookmark(m_reader->currentEntry(), on, {}, &error))
            reportStoreError(error);
    });
    bookmark->setCheckable(true);
    study->addActions({revealNext, studyMode});
    study->addSeparator();
    study->addActions({studied, bookmark});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleContents = m_contents->toggleViewAction();
    toggleContents->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    view->addAction(toggleContents);
    QAction *toggleNotes = m_notes->toggleViewAction();
    toggleNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    view->addAction(toggleNotes);
    view->addSeparator();
    m_pageMenu = view->addMenu(tr("&Pages"));  // the page buttons again, so menus and the shortcuts list show them

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = make(QStringLiteral("shortcuts"), tr("&Keyboard shortcuts"), QKeySequence(), [this] { showShortcuts(); });
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(make(QStringLiteral("about"), tr("&About DockPrep"), QKeySequence(), [this] { about(); }));
    help->addAction(make(QStringLiteral("aboutQt"), tr("About &Qt"), QKeySequence(), [] { QApplication::aboutQt(); }));

    QToolBar *toolBar = addToolBar(tr("Navigation"));
    toolBar->setObjectName(QStringLiteral("navigationToolBar"));
    toolBar->addActions({back, forward, previous, next});
    toolBar->addSeparator();
    toolBar->addActions({revealNext, studyMode});
    toolBar->addSeparator();
    toolBar->addActions({studied, bookmark});
    // The toolbar labels are messages of their own, so a translation can shorten them to keep the
    // page buttons on screen; the menu entry and the tooltip keep the full text.
    revealNext->setIconText(tr("Reveal the next part", "toolbar label, keep it short"));
    studyMode->setIconText(tr("Study mode (show everything)", "toolbar label, keep it short"));
    studied->setIconText(tr("Mark as studied", "toolbar label, keep it short"));

    // One toolbar button per page; the reader is always there, the others come with setPages().
    m_pageBar = new QToolBar(tr("Pages"), this);
    m_pageBar->setObjectName(QStringLiteral("pagesToolBar"));
    m_pageBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolBar(Qt::TopToolBarArea, m_pageBar);
    addPage([this] { return m_reader; }, QStringLiteral("pageRead"), tr("&Read"), QKeySequence(Qt::CTRL | Qt::Key_1));
    updateNavigation();
}

void MainWindow::addPage(const std::function<QWidget *()> &page, const QString &name, const QString &text,
                         const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setCheckable(true);
    action->setChecked(name == QLatin1String("pageRead"));
    m_pageGroup->addAction(action);
    m_pageBar->addAction(action);
    m_pageMenu->addAction(action);
    m_actions.insert(name, action);
    connect(action, &QAction::triggered, this, [this, page] {
        if (QWidget *shown = page())
            showPage(shown);
    });
}

template <typename Page>
bool MainWindow::makeOnce(Page *&page, const std::function<Page *()> &make)
{
    if (page || !make)
        return false;
    page = make();
    m_pages->addWidget(page);
    return true;
}

DiagramPage *MainWindow::diagramPage()
{
    if (makeOnce(m_diagrams, m_makePages.diagrams)) {
        connect(m_diagrams, &DiagramPage::entryLinkActivated, this, [this](const QString &id) {
            showPage(m_reader);
            openEntry(id);
        });
        connect(m_diagrams, &DiagramPage::elementOpened, this,
                [this](const QString &diagram, const QString &element, const QString &title) {
                    m_notes->setTarget(QStringLiteral("diagram:%1#%2").arg(diagram, element), tr("Diagram: %1").arg(title));
                });
    }
    return m_diagrams;
}

InterviewPage *MainWindow::interviewPage()
{
    if (makeOnce(m_interview, m_makePages.interview)) {
        m_interview->setupPage()->setDefaults(AppSettings(m_settings).interviewDefaults());
        connect(m_interview, &InterviewPage::entryLinkActivated, this, [this](const QString &id) {
            showPage(m_reader);
            openEntry(id);
        });
        connect(m_interview, &InterviewPage::peekingAllowedChanged, this, &MainWindow::setPeekingAllowed);
    }
    return m_interview;
}

void MainWindow::followReviewSchedule(InterviewStore *store)
{
    const auto showDue = [this, store] {
        if (QAction *action = m_actions.value(QStringLiteral("pageInterview"))) {
            const int due = store->dueCount(store->today());
            action->setText(due > 0 ? tr("&Interview (%n due)", nullptr, due) : tr("&Interview"));
        }
    };
    connect(store, &InterviewStore::reviewScheduleChanged, this, showDue);
    showDue();
}

void MainWindow::setReviewStore(ReviewStore *reviews)
{
    m_reviews = reviews;
    m_reviewBar = new ReviewBar(reviews, this);
    m_reader->setBottomBar(m_reviewBar);
    const auto showReveal = [this] {
        m_reviewBar->setEntry(m_reader->currentEntry(), m_reader->revealState().showsAnswer());
    };
    connect(m_reader, &ReaderView::revealChanged, m_reviewBar, showReveal);
    showReveal();
    connect(m_reviewBar, &ReviewBar::graded, this, &MainWindow::onGraded);
    connect(m_reviewBar, &ReviewBar::failed, this, &MainWindow::reportStoreError);
    connect(reviews, &ReviewStore::scheduleChanged, this, [this] {
        m_reviewBar->refresh();
        updateDue();
    });

    m_studyMenu->addSeparator();
    QAction *queue = new QAction(tr("Re&view due questions"), this);
    queue->setObjectName(QStringLiteral("reviewDue"));
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(queue, &QAction::triggered, this, &MainWindow::reviewDue);
    m_actions.insert(queue->objectName(), queue);
    m_studyMenu->addAction(queue);
    QMenu *grades = m_studyMenu->addMenu(tr("&Grade the answer"));
    for (QAction *grade : m_reviewBar->gradeActions()) {
        grades->addAction(grade);  // from the menu bar the keys 1–4 work while grading is on
        m_actions.insert(grade->objectName(), grade);
    }
    m_dueLabel->show();
    updateDue();
}

void MainWindow::updateDue()
{
    if (!m_reviews)
        return;
    const QStringList due = m_reviews->dueEntries(m_reviews->today());
    m_dueLabel->setText(due.isEmpty() ? tr("Nothing due for review") : tr("Due for review: %1").arg(due.size()));
    m_model->setDue(QSet<QString>(due.cbegin(), due.cend()));
}

void MainWindow::reviewDue()
{
    // The queue is the schedule itself, most overdue first: a graded question leaves it (its next
    // review is at least a day away), so the walk always continues with the first one left.
    const QStringList due = m_reviews->dueEntries(m_reviews->today());
    QString next;
    for (const QString &id : due) {
        if (m_curriculum.entry(id)) {  // a question the curriculum no longer has cannot be shown
            next = id;
            break;
        }
    }
    if (next.isEmpty()) {
        m_reviewingEntry.clear();
        statusBar()->showMessage(tr("Nothing is due for review today."), 6000);
        return;
    }
    openEntry(next);
    m_reviewingEntry = next;
    statusBar()->showMessage(tr("Reviewing the questions due (%1 left): reveal the answer, then grade it (1–4).").arg(due.size()));
}

void MainWindow::onGraded(const QString &entryId)
{
    QString error;
    // "Studied" means reviewed at least once, so the progress count keeps its meaning.
    if (!m_model->isStudied(entryId) && !m_store->markStudied(entryId, true, &error))
        reportStoreError(error);
    if (!m_reviewingEntry.isEmpty() && entryId == m_reviewingEntry)
        reviewDue();
}

QWidget *MainWindow::challengesPage()
{
    makeOnce(m_challenges, m_makePages.challenges);
    return m_challenges;
}

QWidget *MainWindow::explainPage()
{
    makeOnce(m_explain, m_makePages.explain);
    return m_explain;
}

void MainWindow::showPage(QWidget *page)
{
    if (m_pages->indexOf(page) < 0)
        return;
    if (page != m_pages->currentWidget())
        m_notes->flush();  // a page change is a natural stopping point, whatever has the focus
    // The contents list is for reading; the other pages get its width (a diagram at 1280 px shrank
    // to a quarter of its size beside three panels). Whatever the user chose comes back with Read.
    const bool wasReading = m_pages->currentWidget() == m_reader;
    if (wasReading && page != m_reader) {
        m_contentsShownWhileReading = m_contents->isVisible();
        m_contents->hide();
    } else if (!wasReading && page == m_reader && m_contentsShownWhileReading) {
        m_contents->show();
    }
    if (page != m_pages->currentWidget()) {
        m_notesShownOn.insert(m_pages->currentWidget(), m_notes->isVisible());
        m_notes->setVisible(m_notesShownOn.value(page, page == m_reader || page == m_diagrams));
    }
    m_pages->setCurrentWidget(page);
    for (QAction *action : m_pageGroup->actions()) {
        if (m_actions.value(action->objectName()) == action)
            action->setChecked(false);
    }
    const QString name = page == m_reader ? QStringLiteral("pageRead")
        : page == m_diagrams              ? QStringLiteral("pageDiagrams")
        : page == m_interview             ? QStringLiteral("pageInterview")
        : page == m_challenges            ? QStringLiteral("pageChallenges")
                                          : QStringLiteral("pageExplain");
    if (QAction *action = m_actions.value(name))
        action->setChecked(true);
    // The reader's own actions mean nothing on the other pages.
    const bool reading = page == m_reader;
    for (const char *readerAction : {"previous", "next", "revealNext", "studyMode", "studied", "bookmark"})
        m_actions.value(QLatin1String(readerAction))->setEnabled(reading);
    if (m_reviewBar)
        m_reviewBar->setActive(reading);
    if (reading) {
        updateNavigation();
        const QString current = m_reader->currentEntry();
        if (const Entry *entry = m_curriculum.entry(current))
            m_notes->setTarget(NoteStore::entryTarget(current), entry->title);
    }
    page->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setPages(const StudyPages &pages)
{
    m_makePages = pages;
    if (pages.diagrams)
        addPage([this] { return diagramPage(); }, QStringLiteral("pageDiagrams"), tr("&Diagrams"), QKeySequence(Qt::CTRL | Qt::Key_2));
    if (pages.interview)
        addPage([this] { return interviewPage(); }, QStringLiteral("pageInterview"), tr("&Interview"), QKeySequence(Qt::CTRL | Qt::Key_3));
    if (pages.challenges)
        addPage([this] { return challengesPage(); }, QStringLiteral("pageChallenges"), tr("&Challenges"), QKeySequence(Qt::CTRL | Qt::Key_4));
    if (pages.explain)
        addPage([this] { return explainPage(); }, QStringLiteral("pageExplain"), tr("&Explain a Dockerfile"), QKeySequence(Qt::CTRL | Qt::Key_5));
}

void MainWindow::showDiagramLink(const QString &link)
{
    DiagramPage *diagrams = diagramPage();
    if (!diagrams || !diagrams->showLink(link)) {
        statusBar()->showMessage(tr("The diagram %1 is not available.").arg(link), 4000);
        return;
    }
    showPage(diagrams);
}

// During a closed-book question the curriculum, search and notes are out of reach.
void MainWindow::setPeekingAllowed(bool allowed)
{
    m_contents->setEnabled(allowed);
    m_notes->setEnabled(allowed);
    m_reader->setEnabled(allowed);
    for (const char *name : {"search", "filter", "back", "forward", "pageRead", "pageDiagrams", "pageChallenges", "pageExplain"}) {
        if (QAction *action = m_actions.value(QLatin1String(name)))
            action->setEnabled(allowed);
    }
    if (!allowed)
        m_searchPopup->hide();
    statusBar()->showMessage(allowed ? QString() : tr("Closed book: the curriculum, search and notes come back after the question."));
}

void MainWindow::openEntry(const QString &id)
{
    if (id.isEmpty() || !m_curriculum.entry(id))
        return;
    if (id != m_history.current())
        m_history.setPlace(m_reader->place());
    m_history.visit(id);
    showEntryWithoutHistory(id);
}

void MainWindow::showEntryWithoutHistory(const QString &id)
{
    if (id.isEmpty())
        return;
    if (id != m_reader->currentEntry())
        m_reader->showEntry(id);
    if (id != m_reviewingEntry)
        m_reviewingEntry.clear();  // the user went elsewhere: the walk through the queue ends
    if (m_pages->currentWidget() != m_reader)
        showPage(m_reader);
    m_contents->selectEntry(id);
    if (const Entry *entry = m_curriculum.entry(id)) {
        setWindowTitle(tr("%1 — DockPrep").arg(entry->title));
        m_notes->setTarget(NoteStore::entryTarget(id), entry->title);
    }
    m_store->touch(id);  // "last seen" is a convenience: a failure here is not worth a dialog
    updateNavigation();
    updateEntryActions();
    m_sessionSaves->changed();
}

void MainWindow::updateEntryActions()
{
    const QString current = m_reader->currentEntry();
    m_actions.value(QStringLiteral("studied"))->setChecked(m_model->isStudied(current));
    m_actions.value(QStringLiteral("bookmark"))->setChecked(m_model->isBookmarked(current));
}

void MainWindow::updateProgressLabel()
{
    m_progressLabel->setText(tr("%1 of %n question(s) studied", nullptr, m_curriculum.entryCount()).arg(m_model->studiedCount()));
}

void MainWindow::reportStoreError(const QString &error)
{
    updateEntryActions();  // the checkbox goes back to what is really stored
    QMessageBox::warning(this, tr("Not saved"), tr("DockPrep could not save this change:\n%1").arg(error));
}

void MainWindow::updateNavigation()
{
    const QString current = m_reader->currentEntry();
    m_actions.value(QStringLiteral("back"))->setEnabled(m_history.canGoBack());
    m_actions.value(QStringLiteral("forward"))->setEnabled(m_history.canGoForward());
    m_actions.value(QStringLiteral("previous"))->setEnabled(!m_curriculum.previousEntry(current).isEmpty());
    m_actions.value(QStringLiteral("next"))->setEnabled(!m_curriculum.nextEntry(current).isEmpty());
}

void MainWindow::restoreSession()
{
    restoreGeometry(m_settings->value(QLatin1String(Keys::geometry)).toByteArray());
    restoreState(m_settings->value(QLatin1String(Keys::state)).toByteArray());
    const bool studyMode = m_settings->value(QLatin1String(Keys::studyMode), false).toBool();
    m_actions.value(QStringLiteral("studyMode"))->setChecked(studyMode);
    m_reader->setStudyMode(studyMode);
    QString last = m_settings->value(QLatin1String(Keys::lastEntry)).toString();
    if (!m_curriculum.entry(last))
        last = m_curriculum.readingOrder().value(0);
    openEntry(last);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_notes->flush();
    if (m_interview)
        m_interview->saveProgress();
    saveSession();
    event->accept();
}

void MainWindow::saveSession()
{
    m_notes->flush();  // also on quit paths that never close the window (logout, SIGTERM handling)
    if (m_pages->currentWidget() != m_reader) {
        m_contents->setVisible(m_contentsShownWhileReading);  // the layout is the reader's, as the user left it
        m_notes->setVisible(m_notesShownOn.value(m_reader, true));
    }
    m_settings->setValue(QLatin1String(Keys::state), saveState());
    writeSession();
}

void MainWindow::setStudyMode(bool on)
{
    QAction *studyMode = m_actions.value(QStringLiteral("studyMode"));
    if (studyMode->isChecked() != on)
        studyMode->trigger();  // the action's own path: the reader, the toolbar state and the saved session follow
}

void MainWindow::writeSession()
{
    m_sessionSaves->clear();
    m_settings->setValue(QLatin1String(Keys::geometry), saveGeometry());
    // The layout kept is the reader's: the other pages hide the contents for themselves, and
    // showing it again just to save would flash on screen. A quit saves it as the user left it.
    if (m_pages->currentWidget() == m_reader)
        m_settings->setValue(QLatin1String(Keys::state), saveState());
    m_settings->setValue(QLatin1String(Keys::lastEntry), m_reader->currentEntry());
    m_settings->setValue(QLatin1String(Keys::studyMode), m_reader->studyMode());
    m_settings->sync();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
        m_sessionSaves->changed();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::moveEvent(QMoveEvent *event)
{
    m_sessionSaves->changed();
    QMainWindow::moveEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    m_sessionSaves->changed();
    QMainWindow::resizeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_sessionSaves->changed();
    // Due dates are days: a window left open overnight counts again when the user comes back.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_reviewBar) {
        m_reviewBar->refresh();
        updateDue();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setDataFolders(const QString &dataFolder, const QString &backupFolder)
{
    m_dataFolder = dataFolder;
    m_backupFolder = backupFolder;
}

void MainWindow::applySettings()
{
    const AppSettings settings(m_settings);
    applyTheme(m_themeOverride.value_or(settings.theme()));
    m_reader->setTextPointSize(settings.readerFontSize());
    if (m_interview)
        m_interview->setupPage()->setDefaults(settings.interviewDefaults());
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(AppSettings(m_settings), m_dataFolder, m_backupFolder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, [this] {
        m_themeOverride.reset();
        applySettings();
        if (AppSettings(m_settings).language() != m_startLanguage)
            statusBar()->showMessage(tr("The new language takes effect the next time DockPrep starts."), 8000);
    });
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About DockPrep"),
                       tr("<h3>DockPrep %1</h3>"
                          "<p>Offline study for Docker and container interviews: %2 questions from junior to "
                          "principal level, with model answers, key points and follow-ups.</p>"
                          "<p>Built with Qt %3 and KDE's KSyntaxHighlighting.</p>")
                           .arg(QApplication::applicationVersion())
                           .arg(m_curriculum.entryCount())
                           .arg(QLatin1String(qVersion())));
}

} // namespace DockPrep
