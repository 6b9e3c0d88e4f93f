// The Challenges page: checks listed and jumped to, hints, the solution, attempts kept, the list.
#include "support/widgettesting.h"

#include "ui/challenges/challengelistdelegate.h"
#include "challenges/challengeloader.h"
#include "ui/challenges/challengespage.h"
#include "store/challengestore.h"
#include "ui/challenges/highlightededitor.h"
#include "ui/challenges/solutiondialog.h"
#include "store/database.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QAbstractItemModel>
#include <QLabel>
#include <QStyleOptionViewItem>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace DockPrep;

namespace {

// The badge colour in the middle of a result's icon's top edge.
QColor badgeColour(const QListWidgetItem *item)
{
    const QImage image = item->icon().pixmap(QSize(18, 18), 1.0).toImage();
    return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, 2);
}

} // namespace

class TestChallengesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void checkListsFailuresAndJumpsToTheLine();
    void hintsComeOneAtATime();
    void solutionOnlyAfterConfirming();
    void solutionCopiesAndLoadsUndoably();
    void attemptIsSavedAndRestored();
    void passingMarksTheChallengeDone();
    void passedChecksLookPassed();
    void listShowsEachLevel();

private:
    ChallengesPage *makePage();
    QListWidget *results(ChallengesPage *page) { return page->findChild<QListWidget *>(QStringLiteral("results")); }
    HighlightedEditor *editor(ChallengesPage *page) { return page->findChild<HighlightedEditor *>(QStringLiteral("editor")); }
    QPushButton *button(ChallengesPage *page, const char *name) { return page->findChild<QPushButton *>(QLatin1String(name)); }

    QList<Challenge> m_challenges;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChallengeStore> m_store;
    std::unique_ptr<ChallengesPage> m_page;
};

void TestChallengesPage::initTestCase()
{
    const ChallengeLoadResult loaded = loadChallenges(builtInChallengeFolder());
    QVERIFY(loaded.ok());
    m_challenges = loaded.challenges;
}

void TestChallengesPage::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("ui.sqlite"))).ok());
    m_store = std::make_unique<ChallengeStore>(*m_db);
}

void TestChallengesPage::cleanup()
{
    m_page.reset();
    m_store.reset();
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("ui.sqlite")));
}

ChallengesPage *TestChallengesPage::makePage()
{
    m_page = std::make_unique<ChallengesPage>(m_challenges, m_store.get());
    m_page->resize(1100, 800);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        return nullptr;
    return m_page.get();
}

void TestChallengesPage::checkListsFailuresAndJumpsToTheLine()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    page->openChallenge(QStringLiteral("dockerfile-pid1-signals"));
    HighlightedEditor *edit = editor(page);
    // Type a fix for the init only: select all, type a file whose ENTRYPOINT is still shell form.
    edit->setFocus();
    edit->selectAll();
    WidgetTesting::typeLines(edit, QStringLiteral("FROM python:3.12-slim\nUSER 10001\nSTOPSIGNAL SIGINT\nENTRYPOINT python worker.py\n"));
    QTest::mouseClick(button(page, "check"), Qt::LeftButton);

    QListWidget *list = results(page);
    QCOMPARE(list->count(), 4);  // parses + 3 checks
    QListWidgetItem *execForm = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(QLatin1String("exec (JSON) form")))
            execForm = list->item(i);
    }
    QVERIFY(execForm);
    QCOMPARE(execForm->data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("failed"));
    QVERIFY2(execForm->text().contains(QLatin1String("line 4")), qPrintable(execForm->text()));
    QCOMPARE(list->item(0)->data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("passed"));  // it parses
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QLatin1String("2 of 4")));

    edit->goToLine(1);
    QCOMPARE(edit->cursorLine(), 1);
    list->scrollToItem(execForm);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(execForm).center());
    QCOMPARE(edit->cursorLine(), 4);
    QVERIFY(edit->hasFocus());
    WidgetTesting::screenshot(page, "challenge-failed-checks.png");
}

void TestChallengesPage::hintsComeOneAtATime()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    page->openChallenge(QStringLiteral("compose-read-only-rootfs"));
    auto *hints = page->findChild<QTextBrowser *>(QStringLiteral("hints"));
    QPushButton *hint = button(page, "hint");
    QVERIFY(hints->isHidden());
    QTest::mouseClick(hint, Qt::LeftButton);
    QVERIFY(hints->isVisible());
    QVERIFY(hints->toPlainText().contains(QLatin1String("Hint 1.")));
    QVERIFY(!hints->toPlainText().contains(QLatin1String("Hint 2.")));
    QTest::mouseClick(hint, Qt::LeftButton);
    QVERIFY(hints->toPlainText().contains(QLatin1String("Hint 2.")));
    QCOMPARE(m_store->attempt(QStringLiteral("compose-read-only-rootfs"))->hintsShown, 2);
    QTest::mouseClick(hint, Qt::LeftButton);
    QTest::mouseClick(hint, Qt::LeftButton);
    QVERIFY(!hint->isEnabled());  // four hints, all shown
}

void TestChallengesPage::solutionOnlyAfterConfirming()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    bool answer = false;
    int asked = 0;
    page->setSolutionConfirmation([&] { ++asked; return answer; });
    auto *dialog = page->findChild<SolutionDialog *>(QStringLiteral("solutionDialog"));
    QVERIFY(dialog);
    QTest::mouseClick(button(page, "showSolution"), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(dialog->isHidden());
    answer = true;
    QTest::mouseClick(button(page, "showSolution"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());  // beside the attempt, to compare
    QCOMPARE(dialog->view()->toPlainText(), m_challenges.constFirst().solution);
    QVERIFY(dialog->view()->isReadOnly());
    // Highlighted like the editor: the highlighter gave the first instruction's keyword a format.
    QTRY_VERIFY(!dialog->view()->document()->firstBlock().layout()->formats().isEmpty());
    // Another challenge: the window follows, closed until asked for again.
    page->openChallenge(m_challenges.at(1).id);
    QVERIFY(dialog->isHidden());
    QCOMPARE(dialog->view()->toPlainText(), m_challenges.at(1).solution);
}

void TestChallengesPage::solutionCopiesAndLoadsUndoably()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    page->setSolutionConfirmation([] { return true; });
    const Challenge &challenge = m_challenges.constFirst();
    page->openChallenge(challenge.id);
    HighlightedEditor *edit = editor(page);
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    WidgetTesting::typeLines(edit, QStringLiteral("# my try"));
    const QString attempt = edit->toPlainText();
    QTest::mouseClick(button(page, "showSolution"), Qt::LeftButton);
    auto *dialog = page->findChild<SolutionDialog *>(QStringLiteral("solutionDialog"));
    QVERIFY(dialog->isVisible());
    WidgetTesting::screenshot(dialog, "challenge-solution.png");

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copySolution")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), challenge.solution);
    QCOMPARE(edit->toPlainText(), attempt);  // copying leaves the attempt alone

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loadSolution")), Qt::LeftButton);
    QVERIFY(dialog->isHidden());
    QCOMPARE(edit->toPlainText(), challenge.solution);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QLatin1String("Ctrl+Z")));
    // One undo step brings the attempt back whole.
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), attempt);
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(edit->toPlainText(), challenge.solution);
    // Loaded, it passes like any attempt.
    QTest::mouseClick(button(page, "check"), Qt::LeftButton);
    QVERIFY(m_store->attempt(challenge.id)->passed);
}

void TestChallengesPage::attemptIsSavedAndRestored()
{
    {
        ChallengesPage *page = makePage();
        QVERIFY(page);
        page->openChallenge(QStringLiteral("dockerfile-non-root"));
        HighlightedEditor *edit = editor(page);
        edit->moveCursor(QTextCursor::End);
        WidgetTesting::typeLines(edit, QStringLiteral("USER 10001\n"));
        // The debounce has not fired yet; switching challenges saves at once.
        page->openChallenge(QStringLiteral("compose-multi-container"));
        QVERIFY(m_store->attempt(QStringLiteral("dockerfile-non-root"))->body.endsWith(QLatin1String("USER 10001\n")));
        m_page.reset();
    }
    ChallengesPage *page = makePage();
    QVERIFY(page);
    page->openChallenge(QStringLiteral("dockerfile-non-root"));
    QVERIFY(editor(page)->toPlainText().endsWith(QLatin1String("USER 10001\n")));
    QTest::mouseClick(button(page, "startOver"), Qt::LeftButton);
    QVERIFY(!editor(page)->toPlainText().contains(QLatin1String("USER 10001")));
    QVERIFY(!m_store->attempt(QStringLiteral("dockerfile-non-root")));
}

void TestChallengesPage::passingMarksTheChallengeDone()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    QSignalSpy passed(page, &ChallengesPage::challengePassed);
    const Challenge &challenge = m_challenges.constFirst();
    page->openChallenge(challenge.id);
    editor(page)->setPlainText(challenge.solution);
    QTest::mouseClick(button(page, "check"), Qt::LeftButton);
    QCOMPARE(passed.size(), 1);
    QVERIFY(m_store->attempt(challenge.id)->passed);
    auto *list = page->findChild<QListWidget *>(QStringLiteral("challengeList"));
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("✓")));
    QVERIFY(!list->item(1)->text().startsWith(QStringLiteral("✓")));
}

// A passed check is good news: full text colour, a green tick badge, enabled like a failed one
// (which gets a red cross), never the greyed-out look of a disabled row.
void TestChallengesPage::passedChecksLookPassed()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    page->openChallenge(QStringLiteral("dockerfile-pid1-signals"));
    editor(page)->setPlainText(QStringLiteral("FROM python:3.12-slim\nUSER 10001\nSTOPSIGNAL SIGINT\nENTRYPOINT python worker.py\n"));
    QTest::mouseClick(button(page, "check"), Qt::LeftButton);
    QListWidget *list = results(page);
    int passed = 0;
    int failed = 0;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        const bool ok = item->data(Qt::AccessibleDescriptionRole).toString() == QLatin1String("passed");
        (ok ? passed : failed)++;
        QVERIFY(item->flags() & Qt::ItemIsEnabled);
        // No colour of its own: the list's text colour, as for a failed check.
        QCOMPARE(item->foreground().style(), Qt::NoBrush);
        const QColor badge = badgeColour(item);
        QVERIFY2(badge.isValid() && badge.alpha() == 255, qPrintable(item->text()));
        if (ok)
            QVERIFY2(badge.green() > 2 * badge.red(), qPrintable(badge.name()));
        else
            QVERIFY2(badge.red() > 2 * badge.green(), qPrintable(badge.name()));
    }
    QCOMPARE(passed, 2);
    QCOMPARE(failed, 2);
    WidgetTesting::screenshot(page, "challenge-passed-checks.png");
}

// Which challenge to take next depends on its level, so the list says it for each.
void TestChallengesPage::listShowsEachLevel()
{
    ChallengesPage *page = makePage();
    QVERIFY(page);
    auto *list = page->findChild<QListWidget *>(QStringLiteral("challengeList"));
    QCOMPARE(list->count(), m_challenges.size());
    const QStringList levels{QStringLiteral("junior"), QStringLiteral("mid"), QStringLiteral("senior"), QStringLiteral("principal")};
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        const QString level = levels.at(int(m_challenges.at(row).level));
        QCOMPARE(item->text().trimmed(), m_challenges.at(row).title);
        QCOMPARE(item->data(ChallengeListDelegate::levelRole).toString(), level);
        QVERIFY(item->data(Qt::AccessibleTextRole).toString().endsWith(level));
        // The row is wide enough for the title and the level beside it.
        const QSize hint = list->itemDelegate()->sizeHint(QStyleOptionViewItem(), list->model()->index(row, 0));
        QVERIFY(hint.width() > list->fontMetrics().horizontalAdvance(item->text() + level));
    }
}

QTEST_MAIN(TestChallengesPage)
#include "tst_challengespage.moc"
