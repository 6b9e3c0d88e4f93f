#include "interviewer/scorecard.h"

#include "content/curriculum.h"
#include "interviewer/competency.h"
#include "text/markdownrenderer.h"
#include "text/documentfile.h"
#include "text/pdfpages.h"
#include "text/readableid.h"

#include <QCoreApplication>
#include <QLocale>

namespace DockPrep {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::Scorecard)
};

// The interviewer's own words inside the document: the characters that change Markdown's
// structure anywhere are escaped, and so is a line opening that would start a heading, a list or
// a quote; a line break stays a line break inside the same paragraph.
QString plain(const QString &text)
{
    QStringList lines = text.trimmed().split(u'\n');
    for (QString &line : lines) {
        QString out;
        for (QChar c : line) {
            if (QStringView(u"\\`*_[]<>|~&").contains(c))
                out += u'\\';
            out += c;
        }
        out = out.trimmed();  // four spaces in front would make it code
        if (out.startsWith(u'#') || out.startsWith(u'-') || out.startsWith(u'+') || out.startsWith(u'='))
            out.prepend(u'\\');
        qsizetype digits = 0;
        while (digits < out.size() && out.at(digits).isDigit())
            ++digits;
        if (digits > 0 && digits < out.size() && (out.at(digits) == u'.' || out.at(digits) == u')'))
            out.insert(digits, u'\\');  // "1. " would start a numbered list
        line = out;
    }
    return lines.join(QLatin1String("  \n"));
}

// Table cells hold no line break.
QString cell(const QString &text)
{
    return plain(text).replace(QLatin1String("  \n"), QLatin1String(" "));
}

QString chapterTitle(const Curriculum &curriculum, const QString &id)
{
    const Chapter *chapter = curriculum.chapter(id);
    return chapter ? chapter->title : idAsWords(id);
}

QString questionSection(int number, const AskedQuestion &asked, const Curriculum &curriculum)
{
    const Entry *entry = curriculum.entry(asked.entryId);
    if (!entry) {
        return u"### " + QString::number(number) + u". " + plain(idAsWords(asked.entryId)) + u"\n\n"
            + Tr::tr("This question is no longer in the curriculum; its ticks are not counted.") + u"\n\n";
    }
    QString md = u"### " + QString::number(number) + u". " + plain(entry->title) + u"\n\n*"
        + levelDisplayName(entry->level) + u" · " + plain(chapterTitle(curriculum, entry->chapterId)) + u"*\n\n";
    int ticked = 0;
    QString points;
    for (qsizetype i = 0; i < entry->keyPoints.size(); ++i) {
        const bool heard = asked.tickedKeyPoints.contains(int(i));
        ticked += heard ? 1 : 0;
        // Marks as text rather than a task list: a PDF shows no checkboxes.
        points += (heard ? u"- ☑ " : u"- ☐ ") + plain(entry->keyPoints.at(i).text) + u'\n';
    }
    if (!entry->keyPoints.isEmpty())
        md += Tr::tr("Key points mentioned: %1 of %2").arg(ticked).arg(entry->keyPoints.size()) + u"\n\n" + points + u'\n';
    QString followUps;
    for (int index : asked.askedFollowUps) {
        if (index < entry->followUps.size())
            followUps += u"- " + plain(entry->followUps.at(index).question) + u'\n';
    }
    if (!followUps.isEmpty())
        md += Tr::tr("Follow-ups asked:") + u"\n\n" + followUps + u'\n';
    if (!asked.note.trimmed().isEmpty())
        md += u"**" + Tr::tr("Note") + u"**: " + plain(asked.note) + u"\n\n";
    return md;
}

} // namespace

QString scorecardTitle(const InterviewSheet &sheet)
{
    const QString who = sheet.candidate.trimmed().isEmpty() ? Tr::tr("unnamed candidate") : sheet.candidate.trimmed();
    return Tr::tr("Interview scorecard: %1").arg(who);
}

QString scorecardMarkdown(const InterviewSheet &sheet, const Curriculum &curriculum)
{
    const CompetencyAssessment assessment = assessCompetency(sheet, curriculum);
    QString md = u"# " + plain(scorecardTitle(sheet)) + u"\n\n";
    if (sheet.started.isValid()) {
        const QDateTime local = sheet.started.toLocalTime();
        md += Tr::tr("Interview of %1, %2")
                  .arg(QLocale().toString(local.date(), QLocale::LongFormat), QLocale().toString(local.time(), QLocale::ShortFormat))
            + u"\n\n";
    }
    md += u"**" + Tr::tr("Competency the evidence supports") + u"**: "
        + (assessment.supported ? levelDisplayName(*assessment.supported) : Tr::tr("no level shown yet")) + u"  \n";
    md += plain(assessment.reason) + u"\n\n";
    md += u"**" + Tr::tr("Score") + u"**: " + QString::number(assessment.score) + u" / 100 ("
        + Tr::tr("key points %1 of %2, and the rubric below").arg(assessment.keyPointsTicked).arg(assessment.keyPointCount) + u")\n\n";

    md += u"## " + Tr::tr("Rubric") + u"\n\n| " + Tr::tr("Criterion") + u" | " + Tr::tr("Weight") + u" | " + Tr::tr("Rating")
        + u" | " + Tr::tr("Notes") + u" |\n|---|---:|---:|---|\n";
    for (Criterion c : allCriteria) {
        md += u"| " + cell(criterionName(c)) + u" | " + QString::number(criterionWeight(c)) + u" % | "
            + QString::number(sheet.rating(c)) + u" / 5 | " + cell(sheet.criterionNote(c)) + u" |\n";
    }
    md += u"\n## " + Tr::tr("Evidence by level") + u"\n\n";
    if (assessment.levels.isEmpty()) {
        md += Tr::tr("No questions asked.") + u"\n\n";
    } else {
        md += u"| " + Tr::tr("Level") + u" | " + Tr::tr("Questions") + u" | " + Tr::tr("Key points") + u" | " + Tr::tr("Shown")
            + u" |\n|---|---:|---:|---|\n";
        for (const LevelEvidence &evidence : assessment.levels) {
            md += u"| " + levelDisplayName(evidence.level) + u" | " + QString::number(evidence.questions) + u" | "
                + Tr::tr("%1 of %2 (%3 %)").arg(evidence.keyPointsTicked).arg(evidence.keyPointCount).arg(evidence.percent())
                + u" | " + (evidence.shown ? Tr::tr("yes") : Tr::tr("no")) + u" |\n";
        }
        md += u'\n' + Tr::tr("A level is shown when its answers covered at least %1 % of its key points; senior also needs "
                             "production experience rated %2 of 5 or more, principal leadership rated %3 or more.")
                          .arg(levelPassPercent)
                          .arg(seniorProductionRating)
                          .arg(principalLeadershipRating)
            + u"\n\n";
    }
    md += u"## " + Tr::tr("Questions") + u"\n\n";
    for (qsizetype i = 0; i < sheet.questions().size(); ++i)
        md += questionSection(int(i) + 1, sheet.questions().at(i), curriculum);
    return md;
}

bool writeScorecardMarkdown(const QString &path, const InterviewSheet &sheet, const Curriculum &curriculum, QString *error)
{
    const QByteArray bytes = scorecardMarkdown(sheet, curriculum).toUtf8();
    return writeDocumentFile(path, [&bytes](QIODevice &file) { return file.write(bytes) == bytes.size(); }, error);
}

QString scorecardHtml(const InterviewSheet &sheet, const Curriculum &curriculum)
{
    // Qt's rich text gives a table neither rules nor cell padding of its own.
    return u"<html><head><style>"
           u"table { border-collapse: collapse; margin-bottom: 8px; }"
           u"th, td { padding: 3px 8px; border-width: 1px; border-style: solid; border-color: #999999; }"
           u"</style></head><body style=\"font-family: sans-serif;\">"
        + renderMarkdown(scorecardMarkdown(sheet, curriculum)) + u"</body></html>";
}

bool writeScorecardPdf(const QString &path, const InterviewSheet &sheet, const Curriculum &curriculum, QString *error)
{
    const QString html = scorecardHtml(sheet, curriculum);
    return writeDocumentFile(path, [&](QIODevice &file) { return writeHtmlPdf(html, scorecardTitle(sheet), &file) > 0; }, error);
}

} // namespace DockPrep
