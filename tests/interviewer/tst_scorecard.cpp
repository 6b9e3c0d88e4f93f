// The interviewer's scorecard: what it says, that the interviewer's text cannot break it, and that
// an export either writes the whole file or leaves what was there.
#include "interviewer/competency.h"
#include "interviewer/scorecard.h"
#include "support/interviewertesting.h"
#include "text/pdfpages.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace DockPrep;
using namespace InterviewerTesting;

class TestScorecard : public QObject
{
    Q_OBJECT

    const Curriculum m_curriculum = levelsCurriculum();
    QTemporaryDir m_dir;

    InterviewSheet seniorSheet() const
    {
        InterviewSheet sheet;
        sheet.candidate = QStringLiteral("Grace Hopper");
        sheet.started = QDateTime(QDate(2026, 12, 6), QTime(14, 0), QTimeZone::UTC);
        askWithTicks(sheet, QStringLiteral("mid-1"), 4);
        askWithTicks(sheet, QStringLiteral("senior-1"), 3);
        sheet.setFollowUpAsked(1, 1, true);
        sheet.setQuestionNote(1, QStringLiteral("Told the OOM story from her last job"));
        sheet.setRating(Criterion::Technical, 4);
        sheet.setRating(Criterion::Communication, 5);
        sheet.setRating(Criterion::Production, 4);
        sheet.setRating(Criterion::Leadership, 2);
        sheet.setCriterionNote(Criterion::Leadership, QStringLiteral("no team examples"));
        return sheet;
    }

private Q_SLOTS:
    void saysTheLevelTheScoreAndWhatWasHeard()
    {
        const InterviewSheet sheet = seniorSheet();
        const QString md = scorecardMarkdown(sheet, m_curriculum);
        const CompetencyAssessment a = assessCompetency(sheet, m_curriculum);
        QCOMPARE(a.supported, std::optional(Level::Senior));
        QVERIFY(md.startsWith(QStringLiteral("# Interview scorecard: Grace Hopper\n")));
        QVERIFY(md.contains(QStringLiteral("**Competency the evidence supports**: Senior")));
        QVERIFY(md.contains(QStringLiteral("**Score**: %1 / 100").arg(a.score)));
        QVERIFY(md.contains(QStringLiteral("- ☑ Point 1 of senior-1")));
        QVERIFY(md.contains(QStringLiteral("- ☐ Point 4 of senior-1")));
        QVERIFY(md.contains(QStringLiteral("Key points mentioned: 3 of 4")));
        QVERIFY(md.contains(QStringLiteral("- And then?")));       // the follow-up asked…
        QVERIFY(!md.contains(QStringLiteral("Why \\| how?")));    // …and not the one left out
        QVERIFY(md.contains(QStringLiteral("Told the OOM story from her last job")));
        QVERIFY(md.contains(QStringLiteral("| Leadership | 15 % | 2 / 5 | no team examples |")));
        QVERIFY(md.indexOf(QStringLiteral("1. Question 1 at mid")) < md.indexOf(QStringLiteral("2. Question 1 at senior")));
    }

    void aWeakCandidateIsNotCalledJunior()
    {
        InterviewSheet sheet;
        askWithTicks(sheet, QStringLiteral("junior-1"), 1);
        const QString md = scorecardMarkdown(sheet, m_curriculum);
        QVERIFY(md.contains(QStringLiteral("**Competency the evidence supports**: no level shown yet")));
        QVERIFY(md.contains(QStringLiteral("| Junior | 1 | 1 of 4 (25 %) | no |")));
    }

    void theInterviewersTextCannotChangeTheDocument()
    {
        InterviewSheet sheet;
        sheet.candidate = QStringLiteral("# <b>Bobby</b> | Tables");
        askWithTicks(sheet, QStringLiteral("junior-1"), 1);
        sheet.setQuestionNote(0, QStringLiteral("- not a list\n## not a heading\n1. not numbered\n<script>x</script>"));
        sheet.setCriterionNote(Criterion::Technical, QStringLiteral("a | b\nc"));
        const QString md = scorecardMarkdown(sheet, m_curriculum);
        QVERIFY(!md.contains(QStringLiteral("\n## not a heading")));
        QVERIFY(!md.contains(QStringLiteral("\n- not a list")));
        QVERIFY(!md.contains(QStringLiteral("<script>")));
        QVERIFY(md.contains(QStringLiteral("1\\. not numbered")));
        QVERIFY(md.contains(QStringLiteral("| a \\| b c |")));  // one table cell, one row
        QCOMPARE(md.count(QStringLiteral("\n# ")), 0);            // the title is the only level-1 heading
        QVERIFY(md.startsWith(QStringLiteral("# Interview scorecard: # \\<b\\>Bobby\\</b\\> \\| Tables\n")));
    }

    void aQuestionDroppedFromTheCurriculumIsNamedNotCounted()
    {
        InterviewSheet sheet;
        askWithTicks(sheet, QStringLiteral("retired-question"), 3);
        const QString md = scorecardMarkdown(sheet, m_curriculum);
        QVERIFY(md.contains(QStringLiteral("no longer in the curriculum")));
        QVERIFY(md.contains(QStringLiteral("key points 0 of 0")));
    }

    void writesMarkdownAndPdf()
    {
        QString error;
        const QString md = m_dir.filePath(QStringLiteral("card.md"));
        QVERIFY2(writeScorecardMarkdown(md, seniorSheet(), m_curriculum, &error), qPrintable(error));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(mdFile.readAll()), scorecardMarkdown(seniorSheet(), m_curriculum));

        const QString pdf = m_dir.filePath(QStringLiteral("card.pdf"));
        QVERIFY2(writeScorecardPdf(pdf, seniorSheet(), m_curriculum, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 2000);
    }

    void thePdfShowsWhichPointsWereHeard()
    {
        // A task list would lose its boxes in a PDF; the marks are text, and the tables have rules.
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter writer(&sink);
        PdfPages pages(scorecardHtml(seniorSheet(), m_curriculum), &writer, scorecardTitle(seniorSheet()));
        const QString text = pages.pageTexts().join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("☑ Point 1 of senior-1")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("☐ Point 4 of senior-1")));
        QVERIFY(scorecardHtml(seniorSheet(), m_curriculum).contains(QStringLiteral("border-style: solid")));
    }

    void anUnwritableFolderSaysSoAndLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/card.md"));
        QString error;
        QVERIFY(!writeScorecardMarkdown(path, seniorSheet(), m_curriculum, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-folder")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        error.clear();
        QVERIFY(!writeScorecardPdf(path + QStringLiteral(".pdf"), seniorSheet(), m_curriculum, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestScorecard)
#include "tst_scorecard.moc"
