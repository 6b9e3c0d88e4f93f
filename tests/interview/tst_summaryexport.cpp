// The mock-interview report as a file: a readable title, the ratings of every scored answer in
// the Markdown and the PDF alike, no ids, and headings kept with their text on paper.
#include "support/testdata.h"

#include "interview/sessionsummary.h"
#include "interview/summaryexport.h"
#include "text/pdfpages.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>

using namespace DockPrep;

class TestSummaryExport final : public QObject
{
    Q_OBJECT

    Curriculum m_curriculum = TestData::fixtureCurriculum();

    // Every fixture question answered at length and scored; `copies` rounds of them make it long.
    SessionReport report(int copies = 1) const
    {
        QStringList ids;
        for (int i = 0; i < copies; ++i)
            ids += m_curriculum.readingOrder();
        SessionReport report;
        report.config.seed = 625279;
        report.started = QDateTime(QDate(2025, 3, 1), QTime(10, 5), QTimeZone::UTC);
        report.questions = makeSessionQuestions(m_curriculum, ids);
        SessionQuestion gone;  // a question the curriculum has dropped since
        gone.entryId = QStringLiteral("removed-long-ago");
        gone.chapterId = QStringLiteral("old-chapter");
        report.questions.append(gone);
        for (qsizetype i = 0; i < report.questions.size(); ++i) {
            SessionQuestion &q = report.questions[i];
            q.status = QuestionStatus::Scored;
            q.answer = QStringLiteral("An answer of several sentences. ").repeated(12 + int(i % 5) * 6);
            q.ratings = {4, 3, 2, 1};
            q.score = 60;
            q.usedMs = 90000;
        }
        report.summary = summarise(report.questions, m_curriculum);
        return report;
    }

private Q_SLOTS:
    void titleIsADateInTheUsersWords()
    {
        const SessionReport r = report();
        const QDateTime local = r.started.toLocalTime();
        const QString title = reportTitle(r);
        QVERIFY2(title.contains(QLocale().toString(local.date(), QLocale::LongFormat)), qPrintable(title));
        QVERIFY2(title.contains(QLocale().toString(local.time(), QLocale::ShortFormat)), qPrintable(title));
        QVERIFY2(!title.contains(QLatin1String("2025-03-01")), qPrintable(title));
        QVERIFY(reportMarkdown(r, m_curriculum).startsWith(QStringLiteral("# ") + title + QLatin1Char('\n')));
        QVERIFY(reportHtml(r, m_curriculum).contains(QStringLiteral("<h1>") + title.toHtmlEscaped() + QStringLiteral("</h1>")));
    }

    // The PDF is made from the HTML: both say what the Markdown says about ratings.
    void ratingsAreInEveryFormat()
    {
        const SessionReport r = report();
        const QString line = QStringLiteral("Ratings: technical 4, communication 3, production 2, leadership 1 (of 5)");
        QCOMPARE(reportMarkdown(r, m_curriculum).count(line), r.questions.size());
        QTextDocument document;
        document.setHtml(reportHtml(r, m_curriculum));
        QCOMPARE(document.toPlainText().count(line), r.questions.size());
    }

    void noIds()
    {
        const SessionReport r = report();
        QTextDocument document;
        document.setHtml(reportHtml(r, m_curriculum));
        for (const QString &text : {reportMarkdown(r, m_curriculum), document.toPlainText()}) {
            for (const char *id : {"first-image", "second-run", "third-kernel", "removed-long-ago", "basics", "deeper", "old-chapter"})
                QVERIFY2(!text.contains(QLatin1String(id)), id);
            QVERIFY(text.contains(QLatin1String("Removed long ago (no longer in the curriculum)")));
            QVERIFY(text.contains(QLatin1String("Old chapter (no longer in the curriculum)")));
        }
    }

    // However long the answers, no heading ("Answers", "3. Kernel features"…) ends a page, and no
    // page is blank.
    void pdfKeepsHeadingsWithTheirText()
    {
        for (int copies : {1, 2, 3, 5}) {
            const SessionReport r = report(copies);
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QPdfWriter writer(&buffer);
            writer.setResolution(300);
            PdfPages pages(reportHtml(r, m_curriculum), &writer, reportTitle(r));
            QVERIFY2(pages.headingsEndingAPage().isEmpty(), qPrintable(pages.headingsEndingAPage().join(QLatin1Char(','))));
            for (const QString &page : pages.pageTexts())
                QVERIFY(!page.trimmed().isEmpty());
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(writeReportPdf(path, report(3), m_curriculum, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    // For looking at: DOCKPREP_EXPORT_SAMPLES=DIR writes a long report there as PDF and Markdown.
    void samples()
    {
        const QString folder = qEnvironmentVariable("DOCKPREP_EXPORT_SAMPLES");
        if (folder.isEmpty())
            QSKIP("set DOCKPREP_EXPORT_SAMPLES to a folder to write sample reports");
        QString error;
        QVERIFY2(writeReportPdf(folder + QStringLiteral("/interview.pdf"), report(2), m_curriculum, &error), qPrintable(error));
        QVERIFY2(writeReportMarkdown(folder + QStringLiteral("/interview.md"), report(2), m_curriculum, &error), qPrintable(error));
    }
};

QTEST_MAIN(TestSummaryExport)
#include "tst_summaryexport.moc"
