#include "exporter.h"
#include "exporttext.h"

#include "content/curriculum.h"
#include "text/codehighlighter.h"
#include "text/markdownhtml.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

#include <KSyntaxHighlighting/Repository>

namespace DockPrep {

namespace {

// Print-friendly and readable on any screen; no external fonts, scripts or images, so the file
// works offline and opens the same everywhere.
constexpr QLatin1StringView styleSheet{
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;max-width:52em;"
    "margin:2em auto;padding:0 1em;line-height:1.5;color:#1d2330;background:#fff}"
    "h1{font-size:1.8em;margin-bottom:.2em}h2{font-size:1.3em;margin-top:2em;border-bottom:1px solid #d5d9e0;padding-bottom:.2em}"
    ".meta{color:#5b6475;font-size:.9em}.question{border-left:3px solid #2f6fde;margin:.5em 0;padding:.1em 1em;color:#33405a}"
    ".note{margin:1em 0;padding:.6em 1em;background:#f6f8fb;border-radius:6px}"
    "pre{background:#fbfbfd;border:1px solid #d5d9e0;padding:.7em;overflow-x:auto;border-radius:4px;white-space:pre-wrap}"
    "code{font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.92em}"
    "table{border-collapse:collapse}td,th{border:1px solid #d5d9e0;padding:.2em .5em}"};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A note's own headings sit under the entry's <h2>: "# Idea" becomes <h3>. Done on the tags
// md4c writes (bare <hN>), so the PDF, which ignores descendant CSS selectors, shows it too.
QString belowEntryHeading(const QString &noteHtml)
{
    static const QRegularExpression heading(QStringLiteral("<(/?)h([1-6])>"));
    QString result;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = heading.globalMatch(noteHtml); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(noteHtml).mid(last, match.capturedStart() - last);
        result += QStringLiteral("<%1h%2>").arg(match.captured(1)).arg(std::min(match.captured(2).toInt() + 2, 6));
        last = match.capturedEnd();
    }
    result += QStringView(noteHtml).mid(last);
    return result;
}

} // namespace

QString htmlExport(const ExportRequest &request)
{
    const Curriculum empty;
    const Curriculum &curriculum = request.curriculum ? *request.curriculum : empty;
    // Exports are read on paper and in browsers with white pages: always the light theme.
    const CodeHighlighter highlighter(syntaxRepository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));

    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"generator\" content=\"DockPrep\">\n<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                       .arg(escaped(ExportText::documentTitle()), styleSheet);
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
                .arg(escaped(ExportText::documentTitle()), escaped(ExportText::summaryLine(request)));

    if (!request.snapshot.bookmarks.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(escaped(QCoreApplication::translate("Export", "Bookmarks")));
        for (const Bookmark &bookmark : request.snapshot.bookmarks)
            html += QStringLiteral("<li>%1</li>\n").arg(escaped(ExportText::bookmarkTitle(curriculum, bookmark)));
        html += QStringLiteral("</ul>\n");
    }
    for (const NoteGroup &group : groupNotes(request.snapshot.notes, curriculum)) {
        html += QStringLiteral("<section>\n<h2>%1</h2>\n").arg(escaped(group.heading));
        if (group.entry) {
            html += QStringLiteral("<p class=\"meta\">%1</p>\n<div class=\"question\">%2</div>\n")
                        .arg(escaped(ExportText::entryContext(curriculum, *group.entry)), markdownToHtml(group.entry->question));
        }
        for (const Note &note : group.notes) {
            // markdownToHtml never passes raw HTML through, so a note's <script> arrives as text.
            html += QStringLiteral("<div class=\"note\">\n%1<p class=\"meta\">%2</p>\n</div>\n")
                        .arg(belowEntryHeading(markdownToHtml(note.body, highlighter)), escaped(ExportText::noteDates(note)));
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace DockPrep
