#include "ui/interview/interviewsummarypage.h"

#include "ui/colorscheme.h"
#include "ui/reportfiledialog.h"
#include "content/curriculum.h"
#include "render/pagelink.h"
#include "ui/interview/answerplaybackbar.h"
#include "ui/interview/interviewscoringpage.h"
#include "interview/keypointmatcher.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLocale>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace DockPrep {

namespace {

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, cell);
    return html + QStringLiteral("</tr>");
}

// The links that play a spoken answer: "dockprep-recording:3" for the third question.
constexpr QLatin1StringView recordingScheme("dockprep-recording");

} // namespace

InterviewSummaryPage::InterviewSummaryPage(const Curriculum &curriculum, QWidget *parent)
    : QWidget(parent)
    , m_curriculum(curriculum)
    , m_browser(new QTextBrowser(this))
    , m_playback(new AnswerPlaybackBar(this))
    , m_exportMessage(new QLabel(this))
    , m_history(new QPushButton(tr("History"), this))
{
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == recordingScheme) {
            playRecording(url.path().toInt() - 1);
            return;
        }
        if (const QString id = PageLink::parse(url).entryId(); !id.isEmpty())
            Q_EMIT entryLinkActivated(id);
    });
    m_exportMessage->setWordWrap(true);
    m_exportMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *markdown = new QPushButton(tr("Export Markdown…"), this);
    auto *pdf = new QPushButton(tr("Export PDF…"), this);
    m_history->setObjectName(QStringLiteral("history"));
    markdown->setObjectName(QStringLiteral("exportMarkdown"));
    pdf->setObjectName(QStringLiteral("exportPdf"));
    auto *again = new QPushButton(tr("New session"), this);
    again->setObjectName(QStringLiteral("newSession"));
    connect(markdown, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(m_history, &QPushButton::clicked, this, &InterviewSummaryPage::historyRequested);
    connect(again, &QPushButton::clicked, this, &InterviewSummaryPage::newSessionRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(markdown);
    buttons->addWidget(pdf);
    buttons->addStretch();
    buttons->addWidget(m_history);
    buttons->addWidget(again);
    auto *layout = new QVBoxLayout(this);
    m_playback->hide();
    layout->addWidget(m_playback);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_exportMessage);
    layout->addLayout(buttons);
}

void InterviewSummaryPage::playRecording(int index)
{
    if (index < 0 || index >= m_report.questions.size() || m_report.questions.at(index).recording.isEmpty())
        return;
    m_playback->setRecording(m_recordings.path(m_report.questions.at(index).recording), tr("Question %1").arg(index + 1));
    m_playback->show();
    m_playback->play();
}

void InterviewSummaryPage::showReport(const SessionReport &report, bool reopened)
{
    m_playback->setRecording(QString());
    m_playback->hide();
    m_report = report;
    m_exportMessage->clear();
    m_history->setText(reopened ? tr("Back to history") : tr("History"));
    const SessionSummary &s = report.summary;
    QString html = QStringLiteral("<html><body>");
    if (reopened && report.started.isValid())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("A past session, from %1.").arg(QLocale().toString(report.started.toLocalTime(), QLocale::LongFormat)).toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Score: %1 / 100").arg(s.score).toHtmlEscaped());
    QString facts = tr("%n question(s) asked, %1 answered, %2 skipped.", nullptr, s.asked).arg(s.answered).arg(s.skipped);
    facts += u' ' + tr("Time %1, paused %2.").arg(formatDuration(s.usedMs), formatDuration(s.pausedMs));
    if (s.overtimeQuestions > 0)
        facts += u' ' + tr("Time ran out on %n question(s): %1 in all.", nullptr, s.overtimeQuestions).arg(formatOvertime(s.overtimeMs));
    facts += u' ' + tr("Shuffle number %1.").arg(report.config.seed);
    html += QStringLiteral("<p>%1</p>").arg(facts.toHtmlEscaped());
    if (s.unscored > 0)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("%n answer(s) were not scored and count as 0.", nullptr, s.unscored).toHtmlEscaped());

    if (!s.weakest.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Study next").toHtmlEscaped());
        for (const auto &weak : s.weakest) {
            html += QStringLiteral("<li><a href=\"%1\">%2</a> (%3)").arg(PageLink::entry(weak.entryId).toString(QUrl::FullyEncoded),
                                                                       weak.title.toHtmlEscaped())
                        .arg(weak.score);
            if (!weak.missedKeyPoints.isEmpty()) {
                html += QStringLiteral("<br>%1<ul>").arg(tr("Missed:").toHtmlEscaped());
                for (const QString &point : weak.missedKeyPoints)
                    html += QStringLiteral("<li>%1</li>").arg(point.toHtmlEscaped());
                html += QStringLiteral("</ul>");
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }

    const auto groups = [&](const QString &title, const QString &column, const QList<SessionSummary::Group> &list) {
        html += QStringLiteral("<h2>%1</h2><table cellpadding=\"4\" cellspacing=\"0\" border=\"1\">").arg(title.toHtmlEscaped());
        html += row({column.toHtmlEscaped(), tr("Questions").toHtmlEscaped(), tr("Score").toHtmlEscaped()}, true);
        for (const auto &group : list)
            html += row({group.title.toHtmlEscaped(), QString::number(group.questions), QString::number(group.score)});
        html += QStringLiteral("</table>");
    };
    groups(tr("By chapter"), tr("Chapter"), s.chapters);
    groups(tr("By level"), tr("Level"), s.levels);

    html += QStringLiteral("<h2>%1</h2><table cellpadding=\"4\" cellspacing=\"0\" border=\"1\">").arg(tr("Questions").toHtmlEscaped());
    html += row({QStringLiteral("#"), tr("Question").toHtmlEscaped(), tr("Time").toHtmlEscaped(), tr("Overtime").toHtmlEscaped(),
                 tr("Score").toHtmlEscaped()},
                true);
    for (qsizetype i = 0; i < report.questions.size(); ++i) {
        const SessionQuestion &q = report.questions.at(i);
        const Entry *entry = m_curriculum.entry(q.entryId);
        const QString title = QStringLiteral("<a href=\"%1\">%2</a>")
                                  .arg(PageLink::entry(q.entryId).toString(QUrl::FullyEncoded), (entry ? entry->title : q.entryId).toHtmlEscaped());
        QString score;
        switch (q.status) {
        case QuestionStatus::NotAsked: score = tr("not asked"); break;
        case QuestionStatus::Skipped: score = tr("0 (skipped)"); break;
        default: score = q.score >= 0 ? QString::number(q.score) : tr("not scored"); break;
        }
        html += row({QString::number(i + 1), title, q.counts() ? formatDuration(q.usedMs) : QString(),
                     q.reachedZero ? formatOvertime(q.overtimeMs).toHtmlEscaped() : QString(), score.toHtmlEscaped()});
    }
    html += QStringLiteral("</table>") + answersHtml() + QStringLiteral("</body></html>");
    m_browser->setHtml(html);
}

// Every asked question as it was answered and scored: the answer, each key point ticked (with the
// words that ticked it, as the scoring page showed them) or missed, and the four ratings.
QString InterviewSummaryPage::answersHtml() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Answers").toHtmlEscaped());
    for (qsizetype i = 0; i < m_report.questions.size(); ++i) {
        const SessionQuestion &q = m_report.questions.at(i);
        if (!q.counts())
            continue;
        const Entry *entry = m_curriculum.entry(q.entryId);
        html += QStringLiteral("<h3>%1. <a href=\"%2\">%3</a></h3>")
                    .arg(i + 1)
                    .arg(PageLink::entry(q.entryId).toString(QUrl::FullyEncoded), (entry ? entry->title : q.entryId).toHtmlEscaped());
        QStringList facts;
        if (q.status == QuestionStatus::Skipped)
            facts.append(tr("Skipped: scores 0"));
        else if (q.score >= 0)
            facts.append(tr("Score %1 / 100").arg(q.score));
        else
            facts.append(tr("Not scored"));
        facts.append(tr("time %1").arg(formatDuration(q.usedMs)));
        if (q.reachedZero)
            facts.append(formatOvertime(q.overtimeMs));
        if (q.status == QuestionStatus::Scored)
            facts.append(tr("technical %1, communication %2, production %3, leadership %4 (of %5)")
                             .arg(q.ratings.technical)
                             .arg(q.ratings.communication)
                             .arg(q.ratings.production)
                             .arg(q.ratings.leadership)
                             .arg(Rubric::maxRating));
        html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
        if (!q.recording.isEmpty() || q.delivery) {
            QStringList spoken;
            if (!q.recording.isEmpty())
                spoken.append(QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(recordingScheme).arg(i + 1).arg(tr("▶ Play the recorded answer").toHtmlEscaped()));
            if (q.delivery)
                spoken.append(deliverySummary(*q.delivery).toHtmlEscaped());
            html += QStringLiteral("<p>%1</p>").arg(spoken.join(QStringLiteral(" · ")));
        }
        if (q.answer.trimmed().isEmpty()) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No answer was typed.").toHtmlEscaped());
        } else {
            html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" border=\"1\" cellspacing=\"0\"><tr><td><pre style=\"white-space: pre-wrap;\">%1</pre></td></tr></table>")
                        .arg(q.answer.toHtmlEscaped());
        }
        const QList<KeyPoint> keyPoints = entry ? entry->keyPoints : QList<KeyPoint>{};
        if (keyPoints.isEmpty())
            continue;
        const QList<KeyPointVerdict> verdicts = KeyPointMatcher::assess(keyPoints, q.answer);
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Key points").toHtmlEscaped());
        for (qsizetype k = 0; k < keyPoints.size(); ++k) {
            // What the user confirmed when scoring counts; the matcher's view only for older records.
            const bool ticked = k < q.keyPointsTicked.size() ? q.keyPointsTicked.at(k) : verdicts.at(k).covered;
            html += QStringLiteral("<li>%1 %2").arg(ticked ? QStringLiteral("✓") : QStringLiteral("✗"),
                                                    (ticked ? keyPoints.at(k).text : tr("Missed: %1").arg(keyPoints.at(k).text)).toHtmlEscaped());
            if (const QString evidence = InterviewScoringPage::evidenceText(q.answer, verdicts.at(k)); !evidence.isEmpty())
                html += QStringLiteral("<br><i>%1</i>").arg(evidence.toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

void InterviewSummaryPage::chooseAndExport(bool pdf)
{
    const QString path = askReportPath(this, pdf ? tr("Export as PDF") : tr("Export as Markdown"), QStringLiteral("mock-interview"),
                                       m_report.started, pdf);
    if (path.isEmpty())
        return;
    if (pdf)
        exportPdf(path);
    else
        exportMarkdown(path);
}

bool InterviewSummaryPage::exportMarkdown(const QString &path)
{
    QString error;
    const bool ok = writeReportMarkdown(path, m_report, m_curriculum, &error);
    showOutcome(ok, path, error);
    return ok;
}

bool InterviewSummaryPage::exportPdf(const QString &path)
{
    QString error;
    const bool ok = writeReportPdf(path, m_report, m_curriculum, &error);
    showOutcome(ok, path, error);
    return ok;
}

QString InterviewSummaryPage::exportMessage() const
{
    return m_exportMessage->text();
}

void InterviewSummaryPage::showOutcome(bool ok, const QString &path, const QString &error)
{
    m_exportMessage->setText(ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error);
    showAsProblem(m_exportMessage, !ok);
}

} // namespace DockPrep
