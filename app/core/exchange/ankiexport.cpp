#include "exporter.h"

#include "content/curriculum.h"
#include "render/entrypage.h"
#include "text/codehighlighter.h"
#include "text/markdownhtml.h"
#include "content/codelanguage.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <KSyntaxHighlighting/Repository>

namespace DockPrep {

namespace {

// Anki reads one card per line with tab-separated fields, so a field may hold neither a tab nor a
// line break. Inside <pre> a line break matters and becomes <br>; elsewhere it is just space in
// HTML. A leading quote would make Anki parse the field as quoted CSV, so quotes in text become
// &quot;; quotes around attribute values stay, or Anki would show the snippets uncoloured (an
// attribute written style=&quot;…&quot; is no attribute). A field always starts with a tag, so
// those quotes never lead.
QString field(const QString &html)
{
    QString out;
    out.reserve(html.size());
    int preDepth = 0;
    bool inTag = false;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('>')) {
            inTag = false;
        } else if (c == QLatin1Char('<')) {
            inTag = true;
            if (QStringView(html).mid(i, 4).compare(QLatin1String("<pre"), Qt::CaseInsensitive) == 0)
                ++preDepth;
            else if (QStringView(html).mid(i, 6).compare(QLatin1String("</pre>"), Qt::CaseInsensitive) == 0 && preDepth > 0)
                --preDepth;
        }
        if (c == QLatin1Char('\n'))
            out += preDepth > 0 ? QStringLiteral("<br>") : QStringLiteral(" ");
        else if (c == QLatin1Char('\r'))
            continue;
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("&#9;");
        else if (c == QLatin1Char('"') && !inTag)
            out += QStringLiteral("&quot;");
        else
            out += c;
    }
    return out;
}

QString blocksHtml(const BlockList &blocks, const CodeHighlighter &highlighter)
{
    QString html;
    for (const ContentBlock &block : blocks) {
        if (block.kind == ContentBlock::Kind::Prose)
            html += markdownToHtml(block.text);
        else
            html += QStringLiteral("<pre>") + highlighter.toHtml(block.text, syntaxDefinitionName(block.language)) + QStringLiteral("</pre>");
    }
    return html;
}

QString tag(QString text)
{
    // Anki tags are separated by spaces.
    return text.replace(QLatin1Char(' '), QLatin1Char('_'));
}

} // namespace

// One card per question the user bookmarked or wrote about: the question in front; the model
// answer, the key points and the user's own notes on the back. A stable GUID per question lets a
// later export update the same cards instead of duplicating them.
QByteArray ankiExport(const ExportRequest &request)
{
    const Curriculum empty;
    const Curriculum &curriculum = request.curriculum ? *request.curriculum : empty;
    const CodeHighlighter highlighter(syntaxRepository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));

    QHash<QString, QList<const Note *>> notesByEntry;
    for (const Note &note : request.snapshot.notes) {
        if (note.target.startsWith(QLatin1String("entry:")))
            notesByEntry[note.target.mid(6)].append(&note);
    }
    QSet<QString> bookmarked;
    for (const Bookmark &bookmark : request.snapshot.bookmarks)
        bookmarked.insert(bookmark.entryId);

    QString out = QStringLiteral("#separator:tab\n#html:true\n#notetype:Basic\n#deck:DockPrep\n"
                                 "#guid column:1\n#tags column:4\n");
    const QString myNotes = QCoreApplication::translate("Export", "My notes");
    const QString keyPoints = QCoreApplication::translate("Export", "Key points");
    for (const QString &id : curriculum.readingOrder()) {
        const auto notes = notesByEntry.value(id);
        if (notes.isEmpty() && !bookmarked.contains(id))
            continue;
        const Entry &entry = *curriculum.entry(id);
        const QString front = QStringLiteral("<b>%1</b><br>%2").arg(entry.title.toHtmlEscaped(), markdownToHtml(entry.question));
        QString back = blocksHtml(entry.answer, highlighter);
        if (!entry.keyPoints.isEmpty()) {
            back += QStringLiteral("<p><b>%1</b></p><ul>").arg(keyPoints.toHtmlEscaped());
            for (const KeyPoint &point : entry.keyPoints)
                back += QStringLiteral("<li>") + inlineMarkdownToHtml(point.text) + QStringLiteral("</li>");
            back += QStringLiteral("</ul>");
        }
        if (!notes.isEmpty()) {
            back += QStringLiteral("<hr><p><b>%1</b></p>").arg(myNotes.toHtmlEscaped());
            for (const Note *note : notes)
                back += markdownToHtml(note->body, highlighter);
        }
        const QString tags = QStringList{QStringLiteral("dockprep"), tag(QStringLiteral("chapter::") + entry.chapterId),
                                         tag(QStringLiteral("level::") + levelDisplayName(entry.level).toLower())}
                                 .join(QLatin1Char(' '));
        out += QStringList{QStringLiteral("dockprep-") + id, field(front), field(back), tags}.join(QLatin1Char('\t'));
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace DockPrep
