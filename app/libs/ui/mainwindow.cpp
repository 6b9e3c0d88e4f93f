#include "ui/mainwindow.h"

#include "platform/savescheduler.h"
#include "content/contentsmodel.h"
#include "content/curriculum.h"
#include "ui/challenges/challengespage.h"
#include "ui/challenges/explaindockerfilepage.h"
#include "ui/colorscheme.h"
#include "ui/contentsdock.h"
#include "ui/diagrams/diagrampage.h"
#include "ui/interview/interviewerpage.h"
#include "ui/interview/interviewpage.h"
#include "ui/interview/interviewsetuppage.h"
#include "store/interviewstore.h"
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
#include "store/notetarget.h"

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
#include <QToolBar>

#include <algorithm>

namespace DockPrep {

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
        openEntry(NoteTarget::parse(target).entryId());  // nothing to open for other notes
        m_notes->openNote(noteId);
    });
    connect(m_notes, &NotesPanel::noteTargetActivated, this,
            [this](const QString &target) { openEntry(NoteTarget::parse(target).entryId()); });
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

void MainWindow::setPages(const StudyPages &pages)
{
    m_makePages = pages;
    if (pages.diagrams)
        addPage(Page::Diagrams, [this] { return diagramPage(); }, tr("&Diagrams"));
    if (pages.interview)
        addPage(Page::Interview, [this] { return interviewPage(); }, tr("&Interview"));
    if (pages.challenges)
        addPage(Page::Challenges, [this] { return challengesPage(); }, tr("&Challenges"));
    if (pages.explain)
        addPage(Page::Explain, [this] { return explainPage(); }, tr("&Explain a Dockerfile"));
    if (pages.interviewer)
        addPage(Page::Interviewer, [this] { return interviewerPage(); }, tr("Inter&viewer"));
}

std::optional<Page> MainWindow::pageOf(const QWidget *widget) const
{
    if (!widget)
        return std::nullopt;
    const std::array<const QWidget *, allPages.size()> widgets{m_reader, m_diagrams, m_interview, m_challenges, m_explain, m_interviewer};
    for (Page page : allPages) {
        if (widgets.at(std::size_t(page)) == widget)
            return page;
    }
    return std::nullopt;
}

template <typename Widget>
bool MainWindow::makeOnce(Widget *&page, const std::function<Widget *()> &make)
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
                    m_notes->setTarget(NoteTarget::diagram(diagram + QLatin1Char('#') + element).toString(),
                                      tr("Diagram: %1").arg(title));
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
        if (QAction *action = pageAction(Page::Interview)) {
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

InterviewerPage *MainWindow::interviewerPage()
{
    makeOnce(m_interviewer, m_makePages.interviewer);
    return m_interviewer;
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
    const std::optional<Page> shown = pageOf(page);
    for (Page each : allPages) {
        if (QAction *action = pageAction(each))
            action->setChecked(each == shown);
    }
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
            m_notes->setTarget(NoteTarget::entry(current).toString(), entry->title);
    }
    page->setFocus(Qt::OtherFocusReason);
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
    for (const char *name : {"search", "filter", "back", "forward"})
        m_actions.value(QLatin1String(name))->setEnabled(allowed);
    for (Page page : allPages) {
        if (QAction *action = pageAction(page); action && page != Page::Interview)
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
        m_notes->setTarget(NoteTarget::entry(id).toString(), entry->title);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_notes->flush();
    if (m_interview)
        m_interview->saveProgress();
    if (m_interviewer)
        m_interviewer->saveDraft();
    saveSession();
    event->accept();
}

void MainWindow::setStudyMode(bool on)
{
    QAction *studyMode = m_actions.value(QStringLiteral("studyMode"));
    if (studyMode->isChecked() != on)
        studyMode->trigger();  // the action's own path: the reader, the toolbar state and the saved session follow
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
