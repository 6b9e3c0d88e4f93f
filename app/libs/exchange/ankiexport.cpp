#include "exchange/exporter.h"

#include "content/curriculum.h"
#include "text/codelanguage.h"
#include "content/level.h"
#include "store/notetarget.h"
#include "text/readableid.h"
#include "text/codehighlighter.h"
#include "text/markdownrenderer.h"

#include <QCoreApplication>

#include <KSyntaxHighlighting/Repository>

namespace DockPrep {

namespace {

// Anki reads one card per line with tab-separated fields, so a field may hold neither a tab nor a
// line break: the Markdown is rendered on a single line (a line break inside code becomes <br>,
// elsewhere a space; a tab &#9;). The renderer escapes quotes in text as &quot;, so no field
// starts with one and makes Anki read it as quoted CSV; quotes around attribute values stay, or
// Anki would show the snippets uncoloured.
QString fieldHtml(const QString &markdown, MarkdownHtmlOptions options = {})
{
    options.singleLine = true;
    return renderMarkdown(markdown, options);
}

QString blocksHtml(const BlockList &blocks, const CodeHighlighter &highlighter)
{
    QString html;
    for (const ContentBlock &block : blocks) {
        if (block.kind == ContentBlock::Kind::Prose)
            html += fieldHtml(block.text);
        else
            html += QStringLiteral("<pre>") + singleLineCode(highlighter.toHtml(block.text, syntaxDefinitionName(block.language)))
                + QStringLiteral("</pre>");
    }
    return html;
}

// Deck names and tags are plain text in their own columns: no tab or line break may reach them.
QString plain(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return out.simplified();
}

QString tag(const QString &text)
{
    // Anki tags are separated by spaces.
    return plain(text).replace(QLatin1Char(' '), QLatin1Char('_'));
}

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

QString keyPointList(const Entry &entry)
{
    if (entry.keyPoints.isEmpty())
        return {};
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(Tr::tr("Key points").toHtmlEscaped());
    for (const KeyPoint &point : entry.keyPoints)
        html += QStringLiteral("<li>") + fieldHtml(point.text, {.bareParagraphs = true}) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

std::optional<CardScope> cardScopeFromText(QStringView text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<CardScope> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    CardScope scope;
    bool mine = false;
    bool whole = false;
    for (const QString &raw : text.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const QString key = part.left(colon).trimmed().toLower();
        const QString value = colon < 0 ? QString() : part.mid(colon + 1).trimmed();
        if (colon < 0 && key == QLatin1String("mine")) {
            mine = true;
        } else if (colon < 0 && key == QLatin1String("curriculum")) {
            whole = true;
        } else if (key == QLatin1String("chapter") && !value.isEmpty() && scope.chapterId.isEmpty()) {
            scope.chapterId = value;
        } else if (key == QLatin1String("level") && !scope.level) {
            scope.level = levelFromId(value.toLower());
            if (!scope.level)
                return fail(Tr::tr("There is no level called \"%1\"; the levels are junior, mid, senior and principal.").arg(value));
        } else {
            return fail(Tr::tr("\"%1\" is not a scope: use mine, curriculum, chapter:ID or level:LEVEL (a chapter and a level may "
                               "be joined with a comma).")
                            .arg(part));
        }
    }
    if (mine && whole)
        return fail(Tr::tr("A deck is either the questions you wrote notes on or bookmarked (mine) or the whole curriculum, not both."));
    // A chapter or a level alone means all of its questions; with "mine", only the user's among them.
    scope.wholeCurriculum = whole || (!mine && (!scope.chapterId.isEmpty() || scope.level));
    return scope;
}

QString cardScopeText(const CardScope &scope)
{
    QStringList parts{scope.wholeCurriculum ? QStringLiteral("curriculum") : QStringLiteral("mine")};
    if (!scope.chapterId.isEmpty())
        parts.append(QStringLiteral("chapter:") + scope.chapterId);
    if (scope.level)
        parts.append(QStringLiteral("level:") + levelId(*scope.level));
    return parts.join(QLatin1Char(','));
}

QStringList entriesInScope(const CardScope &scope, const StudySnapshot &snapshot, const Curriculum &curriculum)
{
    QSet<QString> mine;
    if (!scope.wholeCurriculum) {
        for (const Note &note : snapshot.notes) {
            if (const NoteTarget target = NoteTarget::parse(note.target); target.isEntry())
                mine.insert(target.entryId());
        }
        for (const Bookmark &bookmark : snapshot.bookmarks)
            mine.insert(bookmark.entryId);
    }
    QStringList ids;
    for (const QString &id : curriculum.readingOrder()) {
        const Entry *entry = curriculum.entry(id);
        if ((scope.wholeCurriculum || mine.contains(id)) && (scope.chapterId.isEmpty() || entry->chapterId == scope.chapterId)
            && (!scope.level || entry->level == *scope.level))
            ids.append(id);
    }
    return ids;
}

int ankiCardCount(const ExportRequest &request)
{
    if (!request.curriculum)
        return 0;
    int cards = 0;
    for (const QString &id : entriesInScope(request.cards, request.snapshot, *request.curriculum))
        cards += 1 + int(request.curriculum->entry(id)->followUps.size());
    return cards;
}

// One card per question in scope: the question in front; on the back the model answer, its key
// points as a list (what a grader checks) and the user's own notes. Each follow-up is a card of
// its own (the follow-up in front, its answer on the back): it is a separate thing to recall, and
// one card holding a question, its answer and three follow-ups cannot be graded honestly. Stable
// GUIDs let a later export update the same cards instead of duplicating them; each card goes to
// a subdeck named after its chapter.
QByteArray ankiExport(const ExportRequest &request)
{
    const Curriculum empty;
    const Curriculum &curriculum = request.curriculum ? *request.curriculum : empty;
    const CodeHighlighter highlighter(syntaxRepository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));

    QHash<QString, QList<const Note *>> notesByEntry;
    for (const Note &note : request.snapshot.notes) {
        if (const NoteTarget target = NoteTarget::parse(note.target); target.isEntry())
            notesByEntry[target.entryId()].append(&note);
    }

    QString out = QStringLiteral("#separator:tab\n#html:true\n#notetype:Basic\n"
                                 "#columns:GUID\tFront\tBack\tTags\tDeck\n#guid column:1\n#tags column:4\n#deck column:5\n");
    const auto card = [&out](const QString &guid, const QString &front, const QString &back, const QString &tags, const QString &deck) {
        out += QStringList{guid, front, back, tags, deck}.join(QLatin1Char('\t')) + QLatin1Char('\n');
    };
    for (const QString &id : entriesInScope(request.cards, request.snapshot, curriculum)) {
        const Entry &entry = *curriculum.entry(id);
        const Chapter *chapter = curriculum.chapter(entry.chapterId);
        const QString chapterTitle = chapter ? chapter->title : idAsWords(entry.chapterId);
        const QString deck = plain(QStringLiteral("DockPrep::") + chapterTitle);
        const QString tags = QStringList{QStringLiteral("DockPrep"), tag(QStringLiteral("chapter::") + chapterTitle),
                                         tag(QStringLiteral("level::") + levelId(entry.level))}
                                 .join(QLatin1Char(' '));
        const QString title = QStringLiteral("<b>%1</b>").arg(plain(entry.title).toHtmlEscaped());

        QString back = blocksHtml(entry.answer, highlighter) + keyPointList(entry);
        const auto notes = notesByEntry.value(id);
        if (!notes.isEmpty()) {
            back += QStringLiteral("<hr><p><b>%1</b></p>").arg(Tr::tr("My notes").toHtmlEscaped());
            for (const Note *note : notes)
                back += fieldHtml(note->body, {.highlighter = &highlighter});
        }
        card(QStringLiteral("dockprep-") + id, title + QStringLiteral("<br>") + fieldHtml(entry.question), back, tags, deck);
        for (qsizetype i = 0; i < entry.followUps.size(); ++i) {
            const FollowUp &followUp = entry.followUps.at(i);
            const QString front = QStringLiteral("<small>%1</small><br>%2")
                                      .arg(Tr::tr("Follow-up to %1").toHtmlEscaped().arg(title), fieldHtml(followUp.question));
            card(QStringLiteral("dockprep-%1-follow-up-%2").arg(id).arg(i + 1), front, blocksHtml(followUp.answer, highlighter),
                 tags + QStringLiteral(" follow-up"), deck);
        }
    }
    return out.toUtf8();
}

} // namespace DockPrep
