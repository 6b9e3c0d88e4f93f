// The scoring page shows why each key point was pre-ticked: the words that ticked it under its
// box, and those words highlighted in the candidate's answer; negated words are shown as not counted.
#include "support/testdata.h"

#include "ui/colorscheme.h"
#include "curriculum/contentloader.h"
#include "ui/interview/interviewscoringpage.h"
#include "interview/sessionquestion.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QScopeGuard>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

using namespace DockPrep;

class TestScoringEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const ContentLoadResult loaded = loadCurriculum(TestData::sourcePath(QStringLiteral("content")),
                                                        TestData::sourcePath(QStringLiteral("diagrams/catalog.yaml")));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.errors.constFirst().toString()));
        m_curriculum = loaded.curriculum;
    }

    void showsEvidence()
    {
        InterviewScoringPage page(m_curriculum);
        page.resize(1400, 900);
        SessionQuestion question;
        question.entryId = QStringLiteral("container-disaster-recovery");
        question.answer = QStringLiteral("We keep every manifest in Git and Argo CD redeploys the stateless services. "
                                         "I would not bother with pg_dump or WAL archiving. "
                                         "Backups are copied off-site into a bucket with object lock.");
        page.showQuestion(question, 0, 1);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Desired state in Git (1) and off-site immutable backups (4) ticked; negated WAL (2) not.
        QCOMPARE(page.ticked(), (QList<bool>{false, true, false, false, true, false}));
        auto *gitEvidence = page.findChild<QLabel *>(QStringLiteral("evidence1"));
        QVERIFY(gitEvidence);
        QVERIFY(gitEvidence->isVisible());
        QVERIFY2(gitEvidence->text().contains(QStringLiteral("Ticked by: “Git”, “Argo CD”")), qPrintable(gitEvidence->text()));
        auto *walEvidence = page.findChild<QLabel *>(QStringLiteral("evidence2"));
        QVERIFY(walEvidence);
        QVERIFY2(walEvidence->text().contains(QStringLiteral("Not counted: “pg_dump” (negated)")), qPrintable(walEvidence->text()));
        QVERIFY(!walEvidence->text().contains(QStringLiteral("Ticked by")));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("evidence0"))->isVisible());  // nothing in the answer for RPO/RTO

        // In the answer, "Argo CD" is highlighted with a tooltip naming the key point; "pg_dump" is
        // underlined with the reason; plain words carry neither.
        QTextDocument *document = page.answerView()->document();
        const QTextCharFormat argo = formatOf(document, QStringLiteral("Argo CD"));
        QVERIFY(argo.hasProperty(QTextFormat::BackgroundBrush));
        QCOMPARE(argo.toolTip(), QStringLiteral("Ticked key point 2"));
        const QTextCharFormat pgDump = formatOf(document, QStringLiteral("pg_dump"));
        QVERIFY(!pgDump.hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(pgDump.fontUnderline());
        QVERIFY2(pgDump.toolTip().contains(QStringLiteral("negated")), qPrintable(pgDump.toolTip()));
        QVERIFY(!formatOf(document, QStringLiteral("bother")).hasProperty(QTextFormat::BackgroundBrush));

        // The candidate still decides: a click unticks a pre-ticked point.
        auto *box = page.findChild<QCheckBox *>(QStringLiteral("keyPoint1"));
        QVERIFY(box);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QCOMPARE(page.ticked().at(1), false);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));

        if (const QString folder = qEnvironmentVariable("DOCKPREP_SHOTS_DIR"); !folder.isEmpty()) {
            QDir().mkpath(folder);
            QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("scoring-evidence.png"))));
        }
    }

    // At 1600×1000 the model answer is not squeezed: it gets more height than the answer,
    // in both themes (the screenshots for review are taken here).
    void modelAnswerHasRoom_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(AppSettings::Theme::Light);
        QTest::newRow("dark") << int(AppSettings::Theme::Dark);
    }

    void modelAnswerHasRoom()
    {
        QFETCH(int, theme);
        applyTheme(AppSettings::Theme(theme));
        const auto restore = qScopeGuard([] { applyTheme(AppSettings::Theme::System); });
        InterviewScoringPage page(m_curriculum);
        page.resize(1600, 1000);
        SessionQuestion question;
        question.entryId = QStringLiteral("container-disaster-recovery");
        question.answer = QStringLiteral("Manifests live in Git and Argo CD redeploys the stateless services.\n\n"
                                         "Backups are copied off-site into a bucket with object lock.");
        question.reachedZero = true;
        question.overtimeMs = 42400;
        page.showQuestion(question, 0, 3);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Two thirds of the column to the model answer (give or take the handle), not half.
        QVERIFY2(page.modelView()->height() >= page.answerView()->height() * 3 / 2,
                 qPrintable(QStringLiteral("model %1 px, answer %2 px").arg(page.modelView()->height()).arg(page.answerView()->height())));
        QVERIFY(page.modelView()->height() >= 450);
        QCOMPARE(page.overtimeLabel()->text(), QStringLiteral("+0:42 over"));
        QCOMPARE(page.timeNote()->text(), QStringLiteral("Time ran out: you kept answering 0:42 past the zero."));
        if (const QString folder = qEnvironmentVariable("DOCKPREP_SHOTS_DIR"); !folder.isEmpty()) {
            QDir().mkpath(folder);
            QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("scoring-%1.png").arg(QLatin1String(QTest::currentDataTag())))));
        }
    }

    void negatedAnswerTicksNothing()
    {
        InterviewScoringPage page(m_curriculum);
        SessionQuestion question;
        question.entryId = QStringLiteral("container-disaster-recovery");
        question.answer = QStringLiteral("I would not bother with backups or pg_dump or WAL archiving, and never test a restore… "
                                         "no RPO or RTO targets");
        page.showQuestion(question, 0, 1);
        QCOMPARE(page.ticked(), QList<bool>(6, false));
    }

private:
    // The character format in the middle of the first occurrence of `text`.
    static QTextCharFormat formatOf(QTextDocument *document, const QString &text)
    {
        const QTextCursor found = document->find(text);
        if (found.isNull())
            return {};
        QTextCursor cursor(document);
        cursor.setPosition(found.selectionStart() + 1);
        return cursor.charFormat();
    }

    Curriculum m_curriculum;
};

QTEST_MAIN(TestScoringEvidence)
#include "tst_scoringevidence.moc"
