// The interviewer's page driven as an interviewer drives it: filter, ask, tick what the candidate
// says, rate, export; and the sheet surviving a closed window and a damaged draft.
#include "support/interviewertesting.h"
#include "support/widgettesting.h"
#include "ui/interview/interviewerpage.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace DockPrep;
using namespace InterviewerTesting;
using WidgetTesting::child;

namespace {

void clickRow(QListWidget *list, int row)
{
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
}

// Selects the row with a click and toggles its box with the space bar, as a keyboard user does.
void toggleRow(QListWidget *list, int row)
{
    clickRow(list, row);
    QTest::keyClick(list, Qt::Key_Space);
}

QStringList texts(const QListWidget *list)
{
    QStringList found;
    for (int i = 0; i < list->count(); ++i)
        found.append(list->item(i)->text());
    return found;
}

} // namespace

class TestInterviewerPage : public QObject
{
    Q_OBJECT

    const Curriculum m_curriculum = levelsCurriculum();
    std::unique_ptr<QTemporaryDir> m_dir;

    QString draft() const { return m_dir->filePath(QStringLiteral("interviewer-sheet.json")); }

    std::unique_ptr<InterviewerPage> openPage()
    {
        auto page = std::make_unique<InterviewerPage>(m_curriculum, draft());
        page->resize(1300, 800);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("page not exposed");
        return page;
    }

    // Senior filter, the first senior question asked, three of its four key points ticked, its
    // second follow-up asked, production rated 3.
    void runSeniorQuestion(InterviewerPage *page)
    {
        auto *level = child<QComboBox>(page, "levelFilter");
        level->setFocus();
        for (int i = 0; i < 3; ++i)  // All levels → Junior → Mid → Senior
            QTest::keyClick(level, Qt::Key_Down);
        auto *available = child<QListWidget>(page, "availableQuestions");
        QCOMPARE(available->count(), 2);
        clickRow(available, 0);
        QTest::mouseClick(child<QPushButton>(page, "ask"), Qt::LeftButton);
        auto *keyPoints = child<QListWidget>(page, "keyPointsHeard");
        QCOMPARE(keyPoints->count(), 4);
        for (int row : {0, 1, 3})
            toggleRow(keyPoints, row);
        toggleRow(child<QListWidget>(page, "followUpsAsked"), 1);
        auto *production = child<QSpinBox>(page, "productionRating");
        production->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(production, Qt::Key_Up);
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void askingTickingAndRatingShowTheLevelLive()
    {
        auto page = openPage();
        QTest::keyClicks(child<QLineEdit>(page.get(), "candidate"), QStringLiteral("Grace"));
        auto *assessment = child<QLabel>(page.get(), "assessment");
        QVERIFY(assessment->text().contains(QStringLiteral("no level shown yet")));
        runSeniorQuestion(page.get());

        const InterviewSheet &sheet = page->sheet();
        QCOMPARE(sheet.candidate, QStringLiteral("Grace"));
        QCOMPARE(sheet.questions().size(), 1);
        QCOMPARE(sheet.questions().at(0).entryId, QStringLiteral("senior-1"));
        QCOMPARE(sheet.questions().at(0).tickedKeyPoints, (QList<int>{0, 1, 3}));
        QCOMPARE(sheet.questions().at(0).askedFollowUps, (QList<int>{1}));
        QCOMPARE(sheet.rating(Criterion::Production), 3);
        QVERIFY2(assessment->text().contains(QStringLiteral("supports: Senior")), qPrintable(assessment->text()));
        // The asked question leaves the list of questions to ask; the model answer shows its points.
        QCOMPARE(texts(child<QListWidget>(page.get(), "availableQuestions")).size(), 1);
        QVERIFY(child<QTextBrowser>(page.get(), "modelAnswer")->toPlainText().contains(QStringLiteral("Point 2 of senior-1")));

        // Production back to 2: the same key points no longer make a senior.
        QTest::keyClick(child<QSpinBox>(page.get(), "productionRating"), Qt::Key_Down);
        QVERIFY2(assessment->text().contains(QStringLiteral("supports: Mid")), qPrintable(assessment->text()));
        WidgetTesting::screenshot(page.get(), "interviewer-page.png");
    }

    void untickingTakesThePointBack()
    {
        auto page = openPage();
        runSeniorQuestion(page.get());
        toggleRow(child<QListWidget>(page.get(), "keyPointsHeard"), 1);
        QCOMPARE(page->sheet().questions().at(0).tickedKeyPoints, (QList<int>{0, 3}));
    }

    void removingAQuestionOffersItAgain()
    {
        auto page = openPage();
        runSeniorQuestion(page.get());
        auto *asked = child<QListWidget>(page.get(), "askedQuestions");
        clickRow(asked, 0);
        QTest::mouseClick(child<QPushButton>(page.get(), "remove"), Qt::LeftButton);
        QCOMPARE(asked->count(), 0);
        QVERIFY(page->sheet().questions().isEmpty());
        QCOMPARE(child<QListWidget>(page.get(), "availableQuestions")->count(), 2);
    }

    void theSheetIsOnDiskWithoutClosingAndComesBack()
    {
        {
            auto page = openPage();
            QTest::keyClicks(child<QLineEdit>(page.get(), "candidate"), QStringLiteral("Linus"));
            runSeniorQuestion(page.get());
            QTest::keyClicks(child<QPlainTextEdit>(page.get(), "questionNote"), QStringLiteral("good war story"));
            // Written by itself shortly after the last change: a crash now loses nothing.
            const auto onDisk = [this] {
                QFile file(draft());
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            };
            QTRY_VERIFY(onDisk().contains("good war story"));
        }
        auto again = openPage();
        const InterviewSheet &sheet = again->sheet();
        QCOMPARE(sheet.candidate, QStringLiteral("Linus"));
        QCOMPARE(sheet.questions().size(), 1);
        QCOMPARE(sheet.questions().at(0).tickedKeyPoints, (QList<int>{0, 1, 3}));
        QCOMPARE(sheet.questions().at(0).note, QStringLiteral("good war story"));
        QCOMPARE(child<QLineEdit>(again.get(), "candidate")->text(), QStringLiteral("Linus"));
        QCOMPARE(child<QSpinBox>(again.get(), "productionRating")->value(), 3);
        QCOMPARE(child<QListWidget>(again.get(), "keyPointsHeard")->item(1)->checkState(), Qt::Checked);
        QCOMPARE(child<QListWidget>(again.get(), "keyPointsHeard")->item(2)->checkState(), Qt::Unchecked);
    }

    void aDamagedDraftIsKeptAsideAndSaid()
    {
        {
            QFile file(draft());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"version\": 1, \"questions\": \"oops\"");
        }
        auto page = openPage();
        QVERIFY(page->sheet().isEmpty());
        QVERIFY(QFile::exists(draft() + QStringLiteral(".unreadable")));
        QVERIFY2(child<QLabel>(page.get(), "status")->text().contains(QStringLiteral("could not be read")),
                 qPrintable(child<QLabel>(page.get(), "status")->text()));
    }

    void anEndlessDraftIsRefusedWithoutHanging()
    {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), draft()));
        auto page = openPage();
        QVERIFY(page->sheet().isEmpty());
        QVERIFY2(child<QLabel>(page.get(), "status")->text().contains(QStringLiteral("could not be read")),
                 qPrintable(child<QLabel>(page.get(), "status")->text()));
    }

    void exportsTheScorecard()
    {
        auto page = openPage();
        runSeniorQuestion(page.get());
        const QString md = m_dir->filePath(QStringLiteral("card.md"));
        QVERIFY(page->exportMarkdown(md));
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("**Competency the evidence supports**: Senior")));
        QVERIFY(text.contains(QStringLiteral("- ☑ Point 4 of senior-1")));
        QVERIFY(page->exportPdf(m_dir->filePath(QStringLiteral("card.pdf"))));
        QVERIFY(!page->exportMarkdown(m_dir->filePath(QStringLiteral("missing/card.md"))));
        QVERIFY(child<QLabel>(page.get(), "status")->text().contains(QStringLiteral("missing")));
    }
};

QTEST_MAIN(TestInterviewerPage)
#include "tst_interviewerpage.moc"
