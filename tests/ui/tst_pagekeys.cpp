// The study pages' own Alt+letter keys (the mnemonics of their buttons and labels) leave the menu
// bar's alone in every language: a page label "Changed &files" took Alt+F, so the File menu did
// not open from the Explain page. And Alt+F does open it there, from inside the editor.
#include "support/testdata.h"
#include "support/translationtesting.h"

#include "store/challengestore.h"
#include "ui/challenges/explaindockerfilepage.h"
#include "ui/challenges/highlightededitor.h"
#include "diagrams/diagramcatalog.h"
#include "store/interviewstore.h"
#include "ui/mainwindow.h"
#include "ui/readerview.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"
#include "ui/studypages.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DockPrep;

namespace {

// The letter Alt takes to a text ("Changed &files" → "F"), empty when it has none.
QString mnemonicOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString().section(QLatin1Char('+'), -1).toUpper();
}

// Every mnemonic a page offers while it shows, with the text it comes from.
QMultiHash<QString, QString> pageMnemonics(const QWidget *page)
{
    QMultiHash<QString, QString> found;
    const auto add = [&found](const QString &text) {
        if (const QString letter = mnemonicOf(text); !letter.isEmpty())
            found.insert(letter, text);
    };
    for (const QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(page))
            add(button->text());
    }
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(page))
            add(label->text());
    }
    for (const QGroupBox *box : page->findChildren<QGroupBox *>()) {
        if (box->isVisibleTo(page))
            add(box->title());
    }
    return found;
}


} // namespace

class TestPageKeys : public QObject
{
    Q_OBJECT

    Curriculum m_curriculum = TestData::fixtureCurriculum();
    DiagramCatalog m_catalog = DiagramCatalog::load(TestData::sourcePath(QStringLiteral("diagrams/catalog.yaml")));
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<NoteStore> m_store;
    std::unique_ptr<Search> m_search;
    std::unique_ptr<InterviewStore> m_interviews;
    std::unique_ptr<ChallengeStore> m_attempts;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto *settings = new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto window = std::make_unique<MainWindow>(m_curriculum, m_store.get(), m_search.get(), settings);
        settings->setParent(window.get());
        window->setPages(builtInStudyPages(m_curriculum, m_catalog, *m_interviews, *m_attempts,
                                           m_dir.path()));
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window did not activate");
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("keys.sqlite"))).ok());
        m_store = std::make_unique<NoteStore>(m_db);
        m_search = std::make_unique<Search>(m_db);
        m_interviews = std::make_unique<InterviewStore>(m_db);
        m_attempts = std::make_unique<ChallengeStore>(m_db);
    }

    void cleanup() { TranslationTesting::removeTranslators(); }

    void pagesLeaveTheMenuLettersAlone_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void pagesLeaveTheMenuLettersAlone()
    {
        QFETCH(QString, language);
        installTranslations(*QCoreApplication::instance(), language);
        auto window = openWindow();
        QSet<QString> menuLetters;
        for (const QAction *menu : window->menuBar()->actions())
            menuLetters.insert(mnemonicOf(menu->text()));
        menuLetters.remove(QString());
        QCOMPARE(menuLetters.size(), window->menuBar()->actions().size());  // each menu has its letter

        QStringList clashes;
        for (Page page : {Page::Diagrams, Page::Challenges, Page::Explain, Page::Interviewer}) {
            window->pageAction(page)->trigger();
            const QWidget *shown = window->findChild<QStackedWidget *>()->currentWidget();
            QVERIFY(shown && shown != static_cast<const QWidget *>(window->reader()));
            const QMultiHash<QString, QString> offered = pageMnemonics(shown);
            for (auto it = offered.cbegin(); it != offered.cend(); ++it) {
                if (menuLetters.contains(it.key()))
                    clashes << QStringLiteral("%1: \"%2\" takes Alt+%3").arg(pageName(page), it.value(), it.key());
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void altFOpensTheFileMenuFromTheExplainEditor()
    {
        auto window = openWindow();
        window->pageAction(Page::Explain)->trigger();
        auto *editor = window->findChild<HighlightedEditor *>(QStringLiteral("dockerfileEditor"));
        QVERIFY(editor);
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("FROM alpine"));
        QMenu *file = window->menuBar()->actions().constFirst()->menu();
        QVERIFY(file && !file->isVisible());
        // Every time: Qt takes turns among the widgets sharing a mnemonic, so a clash shows on the
        // second press at the latest (the key then moves the focus to the other widget instead).
        for (int press = 1; press <= 3; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::AltModifier);
            QTRY_VERIFY2(file->isVisible(), qPrintable(QStringLiteral("press %1").arg(press)));
            QTest::keyClick(file, Qt::Key_Escape);  // closes the menu; the menu bar keeps the keyboard
            QTRY_VERIFY(!file->isVisible());
            if (QApplication::focusWidget() == window->menuBar())
                QTest::keyClick(window->menuBar(), Qt::Key_Escape);  // and gives it back
            QTRY_COMPARE(QApplication::focusWidget(), editor);
        }
        QCOMPARE(editor->toPlainText(), QStringLiteral("FROM alpine"));  // the key never typed
    }
};

QTEST_MAIN(TestPageKeys)
#include "tst_pagekeys.moc"
