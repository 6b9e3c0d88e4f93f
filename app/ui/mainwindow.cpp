#include "mainwindow.h"

#include "content/contentsmodel.h"
#include "content/curriculum.h"
#include "contentsdock.h"
#include "readerview.h"
#include "searchpopup.h"
#include "store/notestore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace DockPrep {

namespace Keys {
constexpr auto geometry = "window/geometry";
constexpr auto state = "window/state";
constexpr auto lastEntry = "reader/lastEntry";
constexpr auto studyMode = "reader/studyMode";
} // namespace Keys

MainWindow::MainWindow(const Curriculum &curriculum, NoteStore *store, Search *search, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_curriculum(curriculum)
    , m_store(store)
    , m_settings(settings)
    , m_model(new ContentsModel(curriculum, this))
    , m_contents(new ContentsDock(m_model, this))
    , m_reader(new ReaderView(curriculum, this))
    , m_searchPopup(new SearchPopup(search, this))
    , m_progressLabel(new QLabel(this))
{
    setWindowTitle(tr("DockPrep"));
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_reader);
    addDockWidget(Qt::LeftDockWidgetArea, m_contents);
    resizeDocks({m_contents}, {380}, Qt::Horizontal);  // wide enough for most titles; restoreState overrides
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    statusBar()->addPermanentWidget(m_progressLabel);
    QSet<QString> bookmarked;
    for (const Bookmark &bookmark : m_store->bookmarks())
        bookmarked.insert(bookmark.entryId);
    m_model->setStudied(m_store->studiedEntries());
    m_model->setBookmarked(bookmarked);
    createActions();
    updateProgressLabel();

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

    connect(m_contents, &ContentsDock::entryActivated, this, &MainWindow::openEntry);
    connect(m_searchPopup, &SearchPopup::entryChosen, this, &MainWindow::openEntry);
    connect(m_searchPopup, &SearchPopup::noteChosen, this, [this](const QString &, const QString &target) {
        if (target.startsWith(QLatin1String("entry:")))
            openEntry(target.mid(6));
    });
    connect(m_reader, &ReaderView::entryLinkActivated, this, &MainWindow::openEntry);
    connect(m_reader, &ReaderView::snippetCopied, this, [this](const QString &language) {
        statusBar()->showMessage(tr("Copied the %1 snippet to the clipboard").arg(language), 3000);
    });
    connect(m_reader, &ReaderView::diagramLinkActivated, this, [this](const QString &link) {
        statusBar()->showMessage(tr("Diagram %1").arg(link), 3000);
    });
    resize(1280, 800);
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
    file->addAction(make(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); }));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *back = make(QStringLiteral("back"), tr("&Back"), QKeySequence::Back, [this] {
        showEntryWithoutHistory(m_history.back());
    });
    QAction *forward = make(QStringLiteral("forward"), tr("&Forward"), QKeySequence::Forward, [this] {
        showEntryWithoutHistory(m_history.forward());
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

    QMenu *study = menuBar()->addMenu(tr("&Study"));
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(make(QStringLiteral("about"), tr("&About DockPrep"), QKeySequence(), [this] { about(); }));
    help->addAction(make(QStringLiteral("aboutQt"), tr("About &Qt"), QKeySequence(), [] { QApplication::aboutQt(); }));

    QToolBar *toolBar = addToolBar(tr("Navigation"));
    toolBar->setObjectName(QStringLiteral("navigationToolBar"));
    toolBar->addActions({back, forward, previous, next});
    toolBar->addSeparator();
    toolBar->addActions({revealNext, studyMode});
    toolBar->addSeparator();
    toolBar->addActions({studied, bookmark});
    updateNavigation();
}

void MainWindow::openEntry(const QString &id)
{
    if (id.isEmpty() || !m_curriculum.entry(id))
        return;
    m_history.visit(id);
    showEntryWithoutHistory(id);
}

void MainWindow::showEntryWithoutHistory(const QString &id)
{
    if (id.isEmpty())
        return;
    if (id != m_reader->currentEntry())
        m_reader->showEntry(id);
    m_contents->selectEntry(id);
    if (const Entry *entry = m_curriculum.entry(id))
        setWindowTitle(tr("%1 — DockPrep").arg(entry->title));
    m_store->touch(id);  // "last seen" is a convenience: a failure here is not worth a dialog
    updateNavigation();
    updateEntryActions();
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
    saveSession();
    event->accept();
}

void MainWindow::saveSession()
{
    m_settings->setValue(QLatin1String(Keys::geometry), saveGeometry());
    m_settings->setValue(QLatin1String(Keys::state), saveState());
    m_settings->setValue(QLatin1String(Keys::lastEntry), m_reader->currentEntry());
    m_settings->setValue(QLatin1String(Keys::studyMode), m_reader->studyMode());
    m_settings->sync();
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
