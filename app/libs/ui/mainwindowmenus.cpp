// MainWindow's menus, toolbars and page buttons: every action the window offers, made once.
#include "ui/mainwindow.h"

#include "content/curriculum.h"
#include "ui/contentsdock.h"
#include "exchange/exporter.h"
#include "ui/notespanel.h"
#include "ui/readerview.h"
#include "ui/searchpopup.h"
#include "store/notestore.h"
#include "ui/studyexchange.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>

namespace DockPrep {

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
    addPage(Page::Read, [this] { return m_reader; }, tr("&Read"));
    updateNavigation();
}

QAction *MainWindow::pageAction(Page page) const
{
    return m_pageActions.at(std::size_t(page));
}

// Ctrl+1 for the first page, Ctrl+2 for the second…, whichever of them are offered.
void MainWindow::addPage(Page page, const std::function<QWidget *()> &make, const QString &text)
{
    const auto index = std::size_t(page);
    auto *action = new QAction(text, this);
    QString name = pageName(page);
    name[0] = name[0].toUpper();
    action->setObjectName(QStringLiteral("page") + name);  // "pageRead": kept for the shortcuts list
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(index))));
    action->setCheckable(true);
    action->setChecked(page == Page::Read);
    m_pageGroup->addAction(action);
    m_pageBar->addAction(action);
    m_pageMenu->addAction(action);
    m_pageActions.at(index) = action;
    connect(action, &QAction::triggered, this, [this, make] {
        if (QWidget *shown = make())
            showPage(shown);
    });
}

} // namespace DockPrep
