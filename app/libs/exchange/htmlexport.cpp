#include "exchange/exporter.h"
#include "exchange/exporttext.h"

#include "content/curriculum.h"
#include "text/codehighlighter.h"
#include "text/markdownhtml.h"
#include "text/markdownrenderer.h"

#include <QCoreApplication>

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

// What QTextDocument understands of the above, for the PDF: font sizes in points, margins in
// pixels (it ignores margins in points), no descendant selectors.
constexpr QLatin1StringView printStyleSheet{
    "h1{font-size:20pt;margin-top:0;margin-bottom:2px}h2{font-size:15pt;margin-top:22px;margin-bottom:4px}"
    "h3{font-size:12pt;margin-top:14px;margin-bottom:2px}h4{font-size:11pt;margin-top:8px;margin-bottom:4px}"
    "h5,h6{font-size:10pt;margin-top:6px;margin-bottom:3px}"
    "p{margin-top:0;margin-bottom:7px}ul,ol{margin-top:0;margin-bottom:7px}.meta{color:#5b6475;font-size:8.5pt;margin-bottom:4px}"
    "pre{background-color:#fbfbfd;font-family:'DejaVu Sans Mono',monospace;font-size:8.5pt;margin-top:0;margin-bottom:7px}"
    "code{font-family:'DejaVu Sans Mono',monospace}"};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Browsers draw a note's <div> as one tinted box. QTextDocument, which lays out the PDF, tints
// each paragraph of a div on its own, with white gaps between them, and has no border-left; a
// one-cell table is the one box it draws whole. So the PDF gets tables where a browser gets divs.
enum class Flavour { Browser, Print };

enum class Box { Question, Note };

QString box(Flavour flavour, Box kind, const QString &inner)
{
    if (flavour == Flavour::Browser) {
        return QStringLiteral("<div class=\"%1\">\n%2</div>\n")
            .arg(kind == Box::Question ? QLatin1String("question") : QLatin1String("note"), inner);
    }
    const QString cell = kind == Box::Question ? QStringLiteral("style=\"border-left: 3px solid #2f6fde; padding: 2px 0 2px 10px; color: #33405a;\"")
                                  : QStringLiteral("bgcolor=\"#f3f5f9\" style=\"padding: 8px 10px;\"");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 6px; margin-bottom: 6px;\">"
                          "<tr><td %1>\n%2</td></tr></table>\n")
        .arg(cell, inner);
}

QString render(const ExportRequest &request, Flavour flavour)
{
    const Curriculum empty;
    const Curriculum &curriculum = request.curriculum ? *request.curriculum : empty;
    // Exports are read on paper and in browsers with white pages: always the light theme.
    const CodeHighlighter highlighter(syntaxRepository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));

    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"generator\" content=\"DockPrep\">\n<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                       .arg(escaped(ExportText::documentTitle()), flavour == Flavour::Browser ? styleSheet : printStyleSheet);
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
                .arg(escaped(ExportText::documentTitle()), escaped(ExportText::summaryLine(request)));

    if (!request.snapshot.bookmarks.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(escaped(QCoreApplication::translate("Export", "Bookmarks")));
        for (const Bookmark &bookmark : request.snapshot.bookmarks)
            html += QStringLiteral("<li>%1</li>\n").arg(escaped(ExportText::bookmarkTitle(curriculum, bookmark)));
        html += QStringLiteral("</ul>\n");
    }
    for (const ExportText::NoteSection &section : ExportText::noteSections(request)) {
        html += QStringLiteral("<section>\n<h2>%1</h2>\n").arg(escaped(section.title));
        for (const NoteGroup &group : section.groups) {
            if (!group.heading.isEmpty())
                html += QStringLiteral("<h3>%1</h3>\n").arg(escaped(group.heading));
            if (group.entry) {
                html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(escaped(ExportText::entryContext(*group.entry)));
                html += box(flavour, Box::Question, markdownToHtml(group.entry->question));
            }
            for (const Note &note : group.notes) {
                // The renderer never passes raw HTML through, so a note's <script> arrives as text;
                // the note's headings sit below the export's own.
                MarkdownHtmlOptions options;
                options.highlighter = &highlighter;
                options.headingDepth = ExportText::noteHeadingDepth(group);
                html += box(flavour, Box::Note,
                            renderMarkdown(note.body, options)
                                + QStringLiteral("<p class=\"meta\">%1</p>\n").arg(escaped(ExportText::noteDates(note))));
            }
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace

QString htmlExport(const ExportRequest &request)
{
    return render(request, Flavour::Browser);
}

QString printHtmlExport(const ExportRequest &request)
{
    return render(request, Flavour::Print);
}

} // namespace DockPrep
