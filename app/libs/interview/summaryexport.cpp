#include "interview/summaryexport.h"

#include "content/curriculum.h"
#include "content/level.h"
#include "text/documentfile.h"
#include "text/pdfpages.h"
#include "text/readableid.h"

#include <QCoreApplication>
#include <QLocale>

namespace DockPrep {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::SummaryExport)
};

QString entryTitle(const Curriculum &curriculum, const QString &id)
{
    const Entry *entry = curriculum.entry(id);
    return entry ? entry->title : Tr::tr("%1 (no longer in the curriculum)").arg(idAsWords(id));
}

// The summary keeps chapters the curriculum has dropped under their ids; a report names them.
QList<SessionSummary::Group> namedChapters(const Curriculum &curriculum, QList<SessionSummary::Group> chapters)
{
    for (SessionSummary::Group &group : chapters) {
        if (!curriculum.chapter(group.key)) {
            group.title = group.key.isEmpty() ? Tr::tr("A chapter no longer in the curriculum")
                                              : Tr::tr("%1 (no longer in the curriculum)").arg(idAsWords(group.key));
        }
    }
    return chapters;
}

QString ratingsLine(const SessionQuestion &q)
{
    return Tr::tr("Ratings: technical %1, communication %2, production %3, leadership %4 (of 5)")
        .arg(q.ratings.technical)
        .arg(q.ratings.communication)
        .arg(q.ratings.production)
        .arg(q.ratings.leadership);
}

QString statusText(const SessionQuestion &question)
{
    switch (question.status) {
    case QuestionStatus::Pending: return Tr::tr("not answered");
    case QuestionStatus::Answered: return Tr::tr("not scored");
    case QuestionStatus::Skipped: return Tr::tr("skipped");
    case QuestionStatus::Scored: return Tr::tr("scored");
    case QuestionStatus::NotAsked: return Tr::tr("not asked");
    }
    return {};
}

// Markdown table cells cannot hold a raw pipe or a line break.
QString cell(QString text)
{
    return text.replace(u'|', QLatin1String("\\|")).replace(u'\n', u' ');
}

// Double quotes only, with ' escaped too, so the text is safe in any attribute or element.
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', QLatin1String("&#39;"));
}

QString blockquote(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line.prepend(QLatin1String("> "));
    return lines.join(u'\n');
}

QString spokenLine(const DeliveryFigures &delivery)
{
    return Tr::tr("Spoken: %1").arg(deliverySummary(delivery));
}

} // namespace

QString reportTitle(const SessionReport &report)
{
    const QDateTime local = report.started.toLocalTime();
    const QLocale locale;
    return Tr::tr("Mock interview of %1, %2")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::ShortFormat));
}

QString reportMarkdown(const SessionReport &report, const Curriculum &curriculum)
{
    const SessionSummary &s = report.summary;
    QString md;
    md += u"# " + reportTitle(report) + u"\n\n";
    md += u"**" + Tr::tr("Score") + u"**: " + QString::number(s.score) + u" / 100  \n";
    md += Tr::tr("Questions asked: %1, answered: %2, skipped: %3").arg(s.asked).arg(s.answered).arg(s.skipped) + u"  \n";
    md += Tr::tr("Time: %1 (paused %2, overtime %3 on %4 questions)")
              .arg(formatDuration(s.usedMs), formatDuration(s.pausedMs), formatDuration(s.overtimeMs))
              .arg(s.overtimeQuestions)
        + u"  \n";
    md += Tr::tr("Shuffle number: %1").arg(report.config.seed) + u"\n\n";

    md += u"## " + Tr::tr("By chapter") + u"\n\n| " + Tr::tr("Chapter") + u" | " + Tr::tr("Questions") + u" | " + Tr::tr("Score") + u" |\n|---|---:|---:|\n";
    for (const auto &group : namedChapters(curriculum, s.chapters))
        md += u"| " + cell(group.title) + u" | " + QString::number(group.questions) + u" | " + QString::number(group.score) + u" |\n";
    md += u"\n## " + Tr::tr("By level") + u"\n\n| " + Tr::tr("Level") + u" | " + Tr::tr("Questions") + u" | " + Tr::tr("Score") + u" |\n|---|---:|---:|\n";
    for (const auto &group : s.levels)
        md += u"| " + cell(group.title) + u" | " + QString::number(group.questions) + u" | " + QString::number(group.score) + u" |\n";

    md += u"\n## " + Tr::tr("Questions") + u"\n\n| # | " + Tr::tr("Question") + u" | " + Tr::tr("Status") + u" | " + Tr::tr("Time") + u" | "
        + Tr::tr("Overtime") + u" | " + Tr::tr("Score") + u" |\n|---:|---|---|---:|---:|---:|\n";
    for (qsizetype i = 0; i < report.questions.size(); ++i) {
        const SessionQuestion &q = report.questions.at(i);
        md += u"| " + QString::number(i + 1) + u" | " + cell(entryTitle(curriculum, q.entryId)) + u" | " + statusText(q) + u" | "
            + formatDuration(q.usedMs) + u" | " + (q.overtimeMs > 0 || q.reachedZero ? formatDuration(q.overtimeMs) : QString()) + u" | "
            + (q.score >= 0 ? QString::number(q.score) : QString()) + u" |\n";
    }

    if (!s.weakest.isEmpty()) {
        md += u"\n## " + Tr::tr("Weakest topics") + u"\n\n";
        for (const auto &weak : s.weakest) {
            md += u"- **" + entryTitle(curriculum, weak.entryId) + u"** (" + QString::number(weak.score) + u")";
            if (!weak.missedKeyPoints.isEmpty())
                md += u": " + Tr::tr("missed") + u' ' + weak.missedKeyPoints.join(QLatin1String("; "));
            md += u'\n';
        }
    }

    md += u"\n## " + Tr::tr("Answers") + u"\n";
    for (qsizetype i = 0; i < report.questions.size(); ++i) {
        const SessionQuestion &q = report.questions.at(i);
        if (!q.counts())
            continue;
        md += u"\n### " + QString::number(i + 1) + u". " + entryTitle(curriculum, q.entryId) + u"\n\n";
        md += q.answer.trimmed().isEmpty() ? QString(u'*' + Tr::tr("No answer.") + u"*\n") : QString(blockquote(q.answer.trimmed()) + u'\n');
        if (q.status == QuestionStatus::Scored) {
            md += u'\n' + ratingsLine(q) + u'\n';
        }
        if (q.delivery)
            md += u'\n' + spokenLine(*q.delivery) + u'\n';
    }
    return md;
}

QString reportHtml(const SessionReport &report, const Curriculum &curriculum)
{
    const SessionSummary &s = report.summary;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    html += u"<h1>" + escaped(reportTitle(report)) + u"</h1>";
    html += u"<p><b>" + escaped(Tr::tr("Score")) + u": " + QString::number(s.score) + u" / 100</b><br>";
    html += escaped(Tr::tr("Questions asked: %1, answered: %2, skipped: %3").arg(s.asked).arg(s.answered).arg(s.skipped)) + u"<br>";
    html += escaped(Tr::tr("Time: %1 (paused %2, overtime %3 on %4 questions)")
                        .arg(formatDuration(s.usedMs), formatDuration(s.pausedMs), formatDuration(s.overtimeMs))
                        .arg(s.overtimeQuestions))
        + u"<br>" + escaped(Tr::tr("Shuffle number: %1").arg(report.config.seed)) + u"</p>";

    const auto groupTable = [&](const QString &heading, const QString &column, const QList<SessionSummary::Group> &groups) {
        html += u"<h2>" + escaped(heading) + u"</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>" + escaped(column)
            + u"</th><th>" + escaped(Tr::tr("Questions")) + u"</th><th>" + escaped(Tr::tr("Score")) + u"</th></tr>";
        for (const auto &group : groups) {
            html += u"<tr><td>" + escaped(group.title) + u"</td><td align=\"right\">" + QString::number(group.questions)
                + u"</td><td align=\"right\">" + QString::number(group.score) + u"</td></tr>";
        }
        html += u"</table>";
    };
    groupTable(Tr::tr("By chapter"), Tr::tr("Chapter"), namedChapters(curriculum, s.chapters));
    groupTable(Tr::tr("By level"), Tr::tr("Level"), s.levels);

    html += u"<h2>" + escaped(Tr::tr("Questions")) + u"</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>#</th><th>"
        + escaped(Tr::tr("Question")) + u"</th><th>" + escaped(Tr::tr("Status")) + u"</th><th>" + escaped(Tr::tr("Time")) + u"</th><th>"
        + escaped(Tr::tr("Overtime")) + u"</th><th>" + escaped(Tr::tr("Score")) + u"</th></tr>";
    for (qsizetype i = 0; i < report.questions.size(); ++i) {
        const SessionQuestion &q = report.questions.at(i);
        html += u"<tr><td>" + QString::number(i + 1) + u"</td><td>" + escaped(entryTitle(curriculum, q.entryId)) + u"</td><td>"
            + escaped(statusText(q)) + u"</td><td align=\"right\">" + formatDuration(q.usedMs) + u"</td><td align=\"right\">"
            + (q.overtimeMs > 0 || q.reachedZero ? formatDuration(q.overtimeMs) : QString()) + u"</td><td align=\"right\">"
            + (q.score >= 0 ? QString::number(q.score) : QString()) + u"</td></tr>";
    }
    html += u"</table>";

    if (!s.weakest.isEmpty()) {
        html += u"<h2>" + escaped(Tr::tr("Weakest topics")) + u"</h2><ul>";
        for (const auto &weak : s.weakest) {
            html += u"<li><b>" + escaped(entryTitle(curriculum, weak.entryId)) + u"</b> (" + QString::number(weak.score) + u")";
            if (!weak.missedKeyPoints.isEmpty())
                html += u": " + escaped(Tr::tr("missed")) + u' ' + escaped(weak.missedKeyPoints.join(QLatin1String("; ")));
            html += u"</li>";
        }
        html += u"</ul>";
    }
    html += u"<h2>" + escaped(Tr::tr("Answers")) + u"</h2>";
    for (qsizetype i = 0; i < report.questions.size(); ++i) {
        const SessionQuestion &q = report.questions.at(i);
        if (!q.counts())
            continue;
        html += u"<h3>" + QString::number(i + 1) + u". " + escaped(entryTitle(curriculum, q.entryId)) + u"</h3>";
        html += q.answer.trimmed().isEmpty() ? QString(u"<p><i>" + escaped(Tr::tr("No answer.")) + u"</i></p>")
                                             : QString(u"<p style=\"white-space: pre-wrap;\">" + escaped(q.answer.trimmed()) + u"</p>");
        if (q.status == QuestionStatus::Scored)
            html += u"<p>" + escaped(ratingsLine(q)) + u"</p>";
        if (q.delivery)
            html += u"<p>" + escaped(spokenLine(*q.delivery)) + u"</p>";
    }
    html += u"</body></html>";
    return html;
}

bool writeReportMarkdown(const QString &path, const SessionReport &report, const Curriculum &curriculum, QString *error)
{
    const QByteArray bytes = reportMarkdown(report, curriculum).toUtf8();
    return writeDocumentFile(path, [&bytes](QIODevice &file) { return file.write(bytes) == bytes.size(); }, error);
}

bool writeReportPdf(const QString &path, const SessionReport &report, const Curriculum &curriculum, QString *error)
{
    const QString html = reportHtml(report, curriculum);
    return writeDocumentFile(path, [&](QIODevice &file) { return writeHtmlPdf(html, reportTitle(report), &file) > 0; }, error);
}

} // namespace DockPrep
