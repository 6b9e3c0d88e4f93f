#include "support/testdata.h"
#include "support/widgettesting.h"

#include "ui/contentsdock.h"
#include "ui/mainwindow.h"
#include "support/mainwindowtesting.h"
#include "ui/findbar.h"
#include "ui/readerview.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/notetarget.h"
#include "store/search.h"
#include "store/searchresultsmodel.h"
#include "ui/searchpopup.h"
#include "ui/studyexchange.h"
#include "store/searchworker.h"
#include "exchange/jsonbackup.h"
#include "ui/translations.h"
#include <QListView>
#include "content/contentsmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTimeZone>
#include <QTimer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace DockPrep;
using namespace WidgetTesting;

namespace {
// Whether the popup's worker is still looking for what was typed.
bool searching(const SearchPopup *popup)
{
    return popup->findChild<SearchWorker *>(QStringLiteral("searchWorker"))->isBusy();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    Curriculum m_curriculum = TestData::fixtureCurriculum();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NoteStore> m_store;
    std::unique_ptr<Search> m_search;

    // A fresh Database and NoteStore on the same file: what a restart of the app sees.
    void reopenStore()
    {
        m_search.reset();
        m_store.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("notes.sqlite"))).ok());
        m_store = std::make_unique<NoteStore>(*m_db);
        m_search = std::make_unique<Search>(*m_db);
        QVERIFY(m_search->indexCurriculum(m_curriculum).ok);
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        return MainWindowTesting::openWindow(m_curriculum, m_store.get(), m_search.get(), m_dir.path());
    }

    static void clickEntry(MainWindow *window, const QString &title)
    {
        QTreeView *tree = WidgetTesting::child<QTreeView>(window->contentsDock(), "contentsTree");
        const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, title, 1,
                                                           Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY2(!found.isEmpty(), qPrintable(title));
        tree->scrollTo(found.first());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(found.first()).center());
    }

private Q_SLOTS:
    void init()
    {
        m_search.reset();
        m_store.reset();
        m_db.reset();
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
        reopenStore();
    }

    void searchPopupFindsAndOpensEntriesAndNotes()
    {
        Note note{{}, NoteTarget::entry(QStringLiteral("second-run")).toString(), QStringLiteral("My zebra mnemonic for <restart> policies"), {}, {}};
        QVERIFY(m_store->saveNote(note));
        auto window = openWindow();
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        SearchPopup *popup = window->searchPopup();
        QTRY_VERIFY(popup->isVisible());
        QTRY_VERIFY(popup->field()->hasFocus());
        QTest::keyClicks(popup->field(), QStringLiteral("kern"));  // a prefix, as typed so far
        QTRY_VERIFY(!searching(popup));
        QCOMPARE(popup->resultsModel()->rowCount(), 1);
        QCOMPARE(popup->resultsModel()->index(0, 0).data(SearchResultsModel::IdRole).toString(), QStringLiteral("third-kernel"));
        QTest::keyClick(popup->field(), Qt::Key_Return);
        QTRY_COMPARE(window->reader()->currentEntry(), QStringLiteral("third-kernel"));
        QVERIFY(!popup->isVisible());

        // A note result opens the entry it belongs to; hostile text first must not break anything.
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(popup->field()->hasFocus());
        popup->field()->clear();
        QTest::keyClicks(popup->field(), QStringLiteral("\" AND NEAR( C++ key: value"));
        QTRY_VERIFY(!searching(popup));
        QVERIFY(!popup->findChild<QLabel *>()->text().startsWith(QLatin1String("Search failed")));
        // A lone quote says why nothing is found; the words typed after it are searched.
        popup->field()->clear();
        QTest::keyClicks(popup->field(), QStringLiteral("\""));
        QTRY_VERIFY(!searching(popup));
        QCOMPARE(popup->resultsModel()->rowCount(), 0);
        QVERIFY2(popup->findChild<QLabel *>()->text().startsWith(QLatin1String("Unclosed quote: type the words")),
                 qPrintable(popup->findChild<QLabel *>()->text()));
        QTest::keyClicks(popup->field(), QStringLiteral("kern"));
        QTRY_VERIFY(!searching(popup));
        QCOMPARE(popup->resultsModel()->rowCount(), 1);
        QVERIFY2(popup->findChild<QLabel *>()->text().startsWith(QLatin1String("Unclosed quote: searching for the words. 1 result")),
                 qPrintable(popup->findChild<QLabel *>()->text()));
        popup->field()->clear();
        QTest::keyClicks(popup->field(), QStringLiteral("zebra"));
        QTRY_VERIFY(!searching(popup));
        QCOMPARE(popup->resultsModel()->rowCount(), 1);
        QVERIFY(popup->resultsModel()->index(0, 0).data(SearchResultsModel::SnippetRole).toString().contains(QLatin1String("<restart>")));
        QTest::keyClick(popup->field(), Qt::Key_Return);
        QTRY_COMPARE(window->reader()->currentEntry(), QStringLiteral("second-run"));
    }

    void searchPopupKeyboardSelection()
    {
        auto window = openWindow();
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        SearchPopup *popup = window->searchPopup();
        QTRY_VERIFY(popup->field()->hasFocus());
        QTest::keyClicks(popup->field(), QStringLiteral("container"));
        QTRY_VERIFY(!searching(popup));
        QVERIFY(popup->resultsModel()->rowCount() >= 2);
        QTest::keyClick(popup->field(), Qt::Key_Down);  // the list moves, the field keeps the focus
        QCOMPARE(popup->resultsView()->currentIndex().row(), 1);
        const QString second = popup->resultsView()->currentIndex().data(SearchResultsModel::IdRole).toString();
        QTest::keyClick(popup->field(), Qt::Key_Return);
        QTRY_COMPARE(window->reader()->currentEntry(), second);
        // Esc closes without opening anything.
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup->field(), Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(window->reader()->currentEntry(), second);
    }

    // Before: the marks and the count stayed as they were until the next start.
    void importShowsItsMarksAtOnce()
    {
        StudySnapshot backup;
        const QDateTime when = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::UTC);
        backup.bookmarks = {{QStringLiteral("third-kernel"), QString(), when}};
        backup.progress = {{QStringLiteral("second-run"), true, when, when}};
        const QString path = m_dir.filePath(QStringLiteral("backup.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(JsonBackup::write(backup, when));
        file.close();

        auto window = openWindow();
        auto *progress = window->findChild<QLabel *>(QStringLiteral("progressLabel"));
        QCOMPARE(progress->text(), QStringLiteral("0 of 3 question(s) studied"));
        QVERIFY(MainWindowTesting::importConfirmed(window.get(), path));
        QVERIFY(m_store->studiedEntries().contains(QStringLiteral("second-run")));
        QCOMPARE(progress->text(), QStringLiteral("1 of 3 question(s) studied"));
        QAbstractItemModel *model = WidgetTesting::child<QTreeView>(window->contentsDock(), "contentsTree")->model();
        const auto marked = [model](const QString &title, int role) {
            const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, title, 1, Qt::MatchExactly | Qt::MatchRecursive);
            return !found.isEmpty() && found.first().data(role).toBool();
        };
        QVERIFY(marked(m_curriculum.entry(QStringLiteral("second-run"))->title, ContentsModel::StudiedRole));
        QVERIFY(marked(m_curriculum.entry(QStringLiteral("third-kernel"))->title, ContentsModel::BookmarkedRole));
    }

    void studiedAndBookmarkedFromTheKeyboardSurviveARestart()
    {
        {
            auto window = openWindow();
            QAction *studied = window->action(QStringLiteral("studied"));
            QVERIFY(!studied->isChecked());
            auto *progress = window->findChild<QLabel *>(QStringLiteral("progressLabel"));
            QVERIFY(progress);
            QCOMPARE(progress->text(), QStringLiteral("0 of 3 question(s) studied"));
            QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
            QVERIFY(studied->isChecked());
            QCOMPARE(progress->text(), QStringLiteral("1 of 3 question(s) studied"));
            QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier);
            QVERIFY(window->action(QStringLiteral("bookmark"))->isChecked());
            QTreeView *tree = WidgetTesting::child<QTreeView>(window->contentsDock(), "contentsTree");
            const QModelIndex current = tree->currentIndex();
            QVERIFY(current.data(ContentsModel::StudiedRole).toBool());
            QVERIFY(current.data(ContentsModel::BookmarkedRole).toBool());
            // The next entry is neither; the actions follow the page.
            QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
            QVERIFY(!studied->isChecked());
            QVERIFY(!window->action(QStringLiteral("bookmark"))->isChecked());
            window->close();
        }
        reopenStore();
        QCOMPARE(m_store->studiedEntries(), QSet<QString>{QStringLiteral("first-image")});
        QVERIFY(m_store->isBookmarked(QStringLiteral("first-image")));
        QVERIFY(m_store->lastSeen(QStringLiteral("second-run")).isValid());
        auto window = openWindow();
        const QModelIndex first = WidgetTesting::child<QTreeView>(window->contentsDock(), "contentsTree")->model()->index(0, 0, WidgetTesting::child<QTreeView>(window->contentsDock(), "contentsTree")->model()->index(0, 0));
        QVERIFY(first.data(ContentsModel::StudiedRole).toBool());
        QVERIFY(first.data(ContentsModel::BookmarkedRole).toBool());
        // Unmarking from the keyboard works too.
        window->openEntry(QStringLiteral("first-image"));
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(m_store->studiedEntries().isEmpty());
        QVERIFY(!first.data(ContentsModel::StudiedRole).toBool());
    }

    void startsOnTheFirstEntry()
    {
        QVERIFY(m_store->markStudied(QStringLiteral("third-kernel"), true));  // markers loaded at start
        auto window = openWindow();
        QTreeView *tree = WidgetTesting::child<QTreeView>(window->contentsDock(), "contentsTree");
        for (int c = 0; c < tree->model()->rowCount(); ++c)
            QVERIFY2(tree->isExpanded(tree->model()->index(c, 0)), "every chapter starts expanded");
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("first-image"));
        QVERIFY(window->windowTitle().contains(QLatin1String("Building a first image")));
    }

    void clickingTheTreeOpensTheEntry()
    {
        auto window = openWindow();
        clickEntry(window.get(), QStringLiteral("Kernel features"));
        QTRY_COMPARE(window->reader()->currentEntry(), QStringLiteral("third-kernel"));
        QVERIFY(window->reader()->document()->toPlainText().contains(QLatin1String("Which kernel features")));
    }

    void keyboardNavigation()
    {
        auto window = openWindow();
        QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);  // next
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("second-run"));
        QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("third-kernel"));
        QVERIFY(!window->action(QStringLiteral("next"))->isEnabled());  // the end of the curriculum
        QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);  // previous
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("second-run"));
        // History: back goes to where the user was, not to the previous entry in order.
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("third-kernel"));
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("second-run"));
        QTest::keyClick(window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("third-kernel"));
        // The tree follows the reader.
        QCOMPARE(WidgetTesting::child<QTreeView>(window->contentsDock(), "contentsTree")->currentIndex().data().toString(), QStringLiteral("Kernel features"));
    }

    void revealAndStudyModeFromTheKeyboard()
    {
        auto window = openWindow();
        const auto text = [&] { return window->reader()->document()->toPlainText(); };
        QVERIFY(!text().contains(QLatin1String("Write a Dockerfile")));
        QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(text().contains(QLatin1String("Write a Dockerfile")));
        QVERIFY(!text().contains(QLatin1String("Tags name the result")));
        QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
        QVERIFY(window->reader()->studyMode());
        QVERIFY(text().contains(QLatin1String("Tags name the result")));
    }

    // A translation can shorten a toolbar label, a message of its own, to keep the page buttons on
    // screen (Spanish does); the menu entry and the tooltip still show the full text.
    void shortToolbarLabelsKeepTheFullTextInTheTooltip()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("es"));
        const auto uninstall = qScopeGuard([] {
            const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
            for (QTranslator *translator : translators) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        });
        auto window = openWindow();
        const auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("navigationToolBar"));
        QVERIFY(toolBar);
        for (const char *name : {"revealNext", "studyMode", "studied"}) {
            QAction *action = window->action(QLatin1String(name));
            const QString full = QString(action->text()).remove(QLatin1Char('&'));
            const auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
            QVERIFY2(button, name);
            QCOMPARE(button->text(), action->iconText());
            QVERIFY2(action->iconText().size() < full.size(), qPrintable(action->iconText()));
            QCOMPARE(action->toolTip(), full);
        }
    }

    void filterFromTheKeyboard()
    {
        auto window = openWindow();
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        QLineEdit *filter = WidgetTesting::child<QLineEdit>(window->contentsDock(), "contentsFilter");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("kernel"));
        QTreeView *tree = WidgetTesting::child<QTreeView>(window->contentsDock(), "contentsTree");
        QCOMPARE(tree->model()->rowCount(), 1);  // only the chapter that has a match
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_COMPARE(window->reader()->currentEntry(), QStringLiteral("third-kernel"));
        QVERIFY(tree->hasFocus());
        // The level filter narrows further.
        filter->clear();
        WidgetTesting::child<QComboBox>(window->contentsDock(), "levelFilter")->setCurrentIndex(int(Level::Mid) + 1);
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 1);
    }

    void restoresTheLastEntryAndLayout()
    {
        {
            auto window = openWindow();
            clickEntry(window.get(), QStringLiteral("Running a container"));
            QTRY_COMPARE(window->reader()->currentEntry(), QStringLiteral("second-run"));
            window->action(QStringLiteral("studyMode"))->trigger();
            window->resize(700, 520);
            window->close();
        }
        auto window = openWindow();
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("second-run"));
        QVERIFY(window->reader()->studyMode());
        QCOMPARE(window->size(), QSize(700, 520));
        // --study on a window that restored study mode keeps it on; asking again changes nothing.
        window->setStudyMode(true);
        QVERIFY(window->reader()->studyMode());
        QVERIFY(window->action(QStringLiteral("studyMode"))->isChecked());
        window->setStudyMode(false);
        QVERIFY(!window->reader()->studyMode());
        QVERIFY(!window->action(QStringLiteral("studyMode"))->isChecked());
    }

    void firstStartFitsTheScreen()
    {
        QCOMPARE(MainWindow::firstStartSize(QSize(1600, 1000)), QSize(1360, 850));
        QCOMPARE(MainWindow::firstStartSize(QSize(1280, 720)), QSize(1088, 612));
        QCOMPARE(MainWindow::firstStartSize(QSize(5120, 2880)), QSize(2000, 1300));  // capped on huge screens
        auto window = openWindow();  // no saved layout: the window takes the screen's share
        const QSize available = window->screen()->availableGeometry().size();
        QCOMPARE(window->size(), MainWindow::firstStartSize(available).expandedTo(window->minimumSizeHint()));
    }

    // Following a link and going back puts the page back as it was: revealed and scrolled; the
    // contents tree follows the reader both ways.
    void backRestoresThePlaceAndTheTreeFollows()
    {
        auto window = openWindow();
        window->resize(900, 420);
        ReaderView *reader = window->reader();
        QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);  // reveal the answer
        QTRY_VERIFY(reader->verticalScrollBar()->maximum() > 0);
        reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->maximum());
        const int scrolled = reader->verticalScrollBar()->value();
        // The "See also" link is on screen at the bottom: clicked where it is drawn, no scrolling.
        QTextCursor link = reader->document()->find(QStringLiteral("Running a container"));
        link.setPosition(link.selectionStart() + 2);
        const QPoint linkPoint = reader->cursorRect(link).center();
        QVERIFY(reader->viewport()->rect().contains(linkPoint));
        QTest::mouseClick(reader->viewport(), Qt::LeftButton, {}, linkPoint);
        QTRY_COMPARE(reader->currentEntry(), QStringLiteral("second-run"));
        QTreeView *tree = WidgetTesting::child<QTreeView>(window->contentsDock(), "contentsTree");
        QCOMPARE(tree->currentIndex().data(ContentsModel::EntryIdRole).toString(), QStringLiteral("second-run"));
        QCOMPARE(reader->verticalScrollBar()->value(), 0);
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(reader->currentEntry(), QStringLiteral("first-image"));
        QVERIFY(reader->revealState().showsAnswer());
        QCOMPARE(reader->verticalScrollBar()->value(), scrolled);
        QCOMPARE(tree->currentIndex().data(ContentsModel::EntryIdRole).toString(), QStringLiteral("first-image"));
        QTest::keyClick(window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(reader->currentEntry(), QStringLiteral("second-run"));
        QVERIFY(!reader->revealState().showsAnswer());
    }

    void treeFindsTheShownEntryOnceTheFilterIsCleared()
    {
        auto window = openWindow();
        QLineEdit *filter = WidgetTesting::child<QLineEdit>(window->contentsDock(), "contentsFilter");
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("kernel"));  // hides the entry being read
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("first-image"));  // filtering opens nothing
        filter->clear();
        QTreeView *tree = WidgetTesting::child<QTreeView>(window->contentsDock(), "contentsTree");
        QCOMPARE(tree->currentIndex().data(ContentsModel::EntryIdRole).toString(), QStringLiteral("first-image"));
        QVERIFY(tree->selectionModel()->isSelected(tree->currentIndex()));
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("first-image"));
    }

    void marksFilterShowsUnstudiedOrBookmarked()
    {
        QVERIFY(m_store->markStudied(QStringLiteral("first-image"), true));
        QVERIFY(m_store->setBookmark(QStringLiteral("third-kernel"), true, {}));
        auto window = openWindow();
        QComboBox *marks = WidgetTesting::child<QComboBox>(window->contentsDock(), "marksFilter");
        QTreeView *tree = WidgetTesting::child<QTreeView>(window->contentsDock(), "contentsTree");
        const auto shown = [tree] {
            QStringList ids;
            for (int c = 0; c < tree->model()->rowCount(); ++c) {
                for (int r = 0; r < tree->model()->rowCount(tree->model()->index(c, 0)); ++r)
                    ids.append(tree->model()->index(r, 0, tree->model()->index(c, 0)).data(ContentsModel::EntryIdRole).toString());
            }
            return ids;
        };
        marks->setCurrentIndex(marks->findText(QStringLiteral("Not studied yet")));
        QCOMPARE(shown(), QStringList({QStringLiteral("second-run"), QStringLiteral("third-kernel")}));
        marks->setCurrentIndex(marks->findText(QStringLiteral("Bookmarked")));
        QCOMPARE(shown(), QStringList({QStringLiteral("third-kernel")}));
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("first-image"));
        // Chapter rows count what is studied.
        marks->setCurrentIndex(0);
        QCOMPARE(tree->model()->index(0, 0).data(ContentsModel::StudiedCountRole).toInt(), 1);
        QCOMPARE(tree->model()->index(0, 0).data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("1 of 2 studied"));
    }

    void findInPageFromTheKeyboard()
    {
        auto window = openWindow();
        ReaderView *reader = window->reader();
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *bar = WidgetTesting::child<FindBar>(reader, "findBar");
        auto *field = WidgetTesting::child<QLineEdit>(bar, "findField");
        QTRY_VERIFY(bar->isVisible());
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("image"));
        // Every match is marked in the page.
        const int expected = int(reader->document()->toPlainText().toLower().count(QLatin1String("image")));
        QVERIFY(expected >= 2);
        QCOMPARE(reader->extraSelections().size(), expected);
        QCOMPARE(WidgetTesting::child<QLabel>(bar, "findCount")->text(), QStringLiteral("1 of %1").arg(expected));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(reader->extraSelections().isEmpty());
    }

    void searchResultMarksTheWordsInTheReader()
    {
        auto window = openWindow();
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        SearchPopup *popup = window->searchPopup();
        QTRY_VERIFY(popup->field()->hasFocus());
        QTest::keyClicks(popup->field(), QStringLiteral("kern"));
        QTest::keyClick(popup->field(), Qt::Key_Return);  // before the results come: opens the best once they do
        QTRY_COMPARE(window->reader()->currentEntry(), QStringLiteral("third-kernel"));
        // "Kernel features", "Which kernel features…": every word starting "kern" is marked.
        QCOMPARE(window->reader()->extraSelections().size(),
                 int(window->reader()->document()->toPlainText().toLower().count(QLatin1String("kern"))));
        QVERIFY(window->reader()->extraSelections().size() >= 2);
        QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);  // another entry: marks gone
        QVERIFY(window->reader()->extraSelections().isEmpty());
    }

    void unknownLastEntryFallsBackToTheFirst()
    {
        {
            QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("reader/lastEntry"), QStringLiteral("removed-entry"));
        }
        auto window = openWindow();
        QCOMPARE(window->reader()->currentEntry(), QStringLiteral("first-image"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
