#include "support/testdata.h"
#include "ui/interview/interviewsetuppage.h"
#include "store/interviewstore.h"
#include "ui/interview/interviewsummarypage.h"
#include "interview/scoring.h"
#include "sessions/sessionhistorymodel.h"
#include "interview/summaryexport.h"
#include "store/database.h"

#include <QAbstractButton>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace DockPrep;

namespace {

// Everything a person reads on a widget: labels, buttons, tool tips, text browsers.
QString visibleText(const QWidget *root)
{
    QStringList out;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (const auto *label = qobject_cast<const QLabel *>(w))
            out.append(label->text());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            out.append(button->text());
        else if (const auto *browser = qobject_cast<const QTextBrowser *>(w))
            out.append(browser->toPlainText());
        out.append(w->toolTip());
    }
    return out.join(QLatin1Char('\n'));
}

SessionReport customReport()
{
    SessionReport report;
    report.config.seed = 625279;
    report.started = QDateTime(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::UTC);
    return report;
}

} // namespace

// The interview's words are the user's, not the project's: no "seed" (a random generator's
// term) and no "seed guide" (where the content came from); the rubric is named by what it is,
// with its weights; an empty review queue is explained, not announced as "nothing due".
class TestInterviewWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_curriculum = TestData::fixtureCurriculum();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("notes.db"))).ok());
    }

    void noJargon_data()
    {
        QTest::addColumn<QString>("text");
        InterviewSetupPage setup(m_curriculum);
        QTest::newRow("setup page") << visibleText(&setup);
        QTest::newRow("scoring help") << scoringFormulaHelp();
        InterviewSummaryPage summary(m_curriculum);
        summary.showReport(customReport());
        QTest::newRow("summary page") << visibleText(&summary);
        QTest::newRow("summary Markdown") << reportMarkdown(customReport(), m_curriculum);
        QTest::newRow("summary HTML") << reportHtml(customReport(), m_curriculum);

        InterviewStore store(m_db);
        SessionConfig custom;
        custom.seed = 625279;
        QString error;
        const auto id = store.createSession(custom, makeSessionQuestions(m_curriculum, {QStringLiteral("first-image")}), &error);
        QVERIFY2(id.has_value(), qPrintable(error));
        SessionHistoryModel history(&store);
        QStringList kinds;
        for (int row = 0; row < history.rowCount(); ++row)
            kinds.append(history.data(history.index(row, SessionHistoryModel::Kind)).toString());
        QTest::newRow("history kind") << kinds.join(QLatin1Char('\n'));
    }

    void noJargon()
    {
        QFETCH(QString, text);
        QVERIFY(!text.isEmpty());
        static const QRegularExpression jargon(QStringLiteral("\\bseed\\b"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = jargon.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(text.mid(qMax(0, int(m.capturedStart()) - 60), 140)));
    }

    void rubricIsNamedWithItsWeights_data()
    {
        QTest::addColumn<QString>("text");
        InterviewSetupPage setup(m_curriculum);
        QTest::newRow("setup page") << visibleText(&setup);
        QTest::newRow("scoring help") << scoringFormulaHelp();
    }

    void rubricIsNamedWithItsWeights()
    {
        QFETCH(QString, text);
        QVERIFY(text.contains(QLatin1String("evaluation rubric")));
        for (const char *weight : {"technical skills 40 %", "communication 25 %", "production experience 20 %", "leadership 15 %"})
            QVERIFY2(text.contains(QLatin1String(weight)), weight);
    }

    void reviewLineSaysWhatTheQueueIs_data()
    {
        QTest::addColumn<int>("due");
        QTest::addColumn<int>("scheduled");
        QTest::addColumn<QString>("expected");
        QTest::newRow("never scored") << 0 << 0 << QStringLiteral("come back here for review");
        QTest::newRow("scheduled, none due") << 0 << 3 << QStringLiteral("No review due today; 3 question");
        QTest::newRow("due") << 2 << 5 << QStringLiteral("2 question");
    }

    void reviewLineSaysWhatTheQueueIs()
    {
        QFETCH(int, due);
        QFETCH(int, scheduled);
        QFETCH(QString, expected);
        InterviewSetupPage setup(m_curriculum);
        setup.setDueCount(due, scheduled);
        const QString text = visibleText(&setup);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("Nothing due for review")));
    }

private:
    Curriculum m_curriculum;
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_MAIN(TestInterviewWording)
#include "tst_interviewwording.moc"
