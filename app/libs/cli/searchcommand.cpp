#include "cli/searchcommand.h"

#include "cli/commandenvironment.h"
#include "cli/commandhelp.h"
#include "store/search.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace DockPrep {

namespace {
// A terminal gets the snippet's matches in [brackets].
QString terminalText(const MarkedText &snippet)
{
    QString text;
    qsizetype from = 0;
    for (const MatchRange &match : snippet.matches) {
        text += QStringView(snippet.text).mid(from, match.offset - from) + u'['
            + QStringView(snippet.text).mid(match.offset, match.length) + u']';
        from = match.offset + match.length;
    }
    text += QStringView(snippet.text).mid(from);
    return text.simplified();
}

// The same as HTML with the matches in <b>, for scripts reading --format json that show it.
QString snippetHtml(const MarkedText &snippet)
{
    QString html;
    qsizetype from = 0;
    for (const MatchRange &match : snippet.matches) {
        html += snippet.text.mid(from, match.offset - from).toHtmlEscaped() + QLatin1String("<b>")
            + snippet.text.mid(match.offset, match.length).toHtmlEscaped() + QLatin1String("</b>");
        from = match.offset + match.length;
    }
    html += snippet.text.mid(from).toHtmlEscaped();
    return html;
}

QString kindName(SearchResult::Kind kind)
{
    return kind == SearchResult::Kind::Entry ? QStringLiteral("entry") : QStringLiteral("note");
}
} // namespace

int runSearchCommand(const QStringList &arguments, const QString &builtInContent, const QString &diagramCatalog,
                     QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search the curriculum and your notes."));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("At most <n> results (default 10)."),
                                         QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("Output as text or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QStringLiteral("Use the data in <dir>."),
                                           QStringLiteral("dir"));
    const QCommandLineOption contentOption(QStringLiteral("content"), QStringLiteral("Use the curriculum in <dir>."),
                                           QStringLiteral("dir"));
    parser.addOptions({limitOption, formatOption, dataDirOption, contentOption});
    parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("What to look for."));
    addCommandHelp(parser);
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);  // "search"
    if (!parser.parse(withoutCommand)) {
        err << "dockprep search: " << parser.errorText() << '\n';
        return 2;
    }
    if (printCommandHelpIfAsked(parser, QStringLiteral("search"), out))
        return 0;
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    const QString format = parser.value(formatOption);
    if (!limitOk || limit < 1 || limit > Search::maxLimit) {
        err << "dockprep search: --limit takes a number from 1 to " << Search::maxLimit << '\n';
        return 2;
    }
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << "dockprep search: --format takes text or json\n";
        return 2;
    }
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));

    CommandEnvironment env;
    if (!env.open(parser.value(dataDirOption), parser.isSet(contentOption) ? parser.value(contentOption) : builtInContent,
                  diagramCatalog, err, CommandEnvironment::Use::Read))
        return 1;
    Search search(env.database);
    if (!env.database.isReadOnly()) {
        const auto indexed = search.indexCurriculum(env.curriculum);
        if (!indexed.ok) {
            err << "dockprep search: " << indexed.error << '\n';
            return 1;
        }
    }
    const QList<SearchResult> results = search.search(query, limit);
    if (!search.lastError().isEmpty()) {
        err << "dockprep search: search failed: " << search.lastError() << '\n';
        return 1;
    }

    // The same sentence the search popup shows under its results.
    const QString hint = SearchQuery::hintText(search.lastHint());
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const SearchResult &r : results) {
            QJsonObject object{{QStringLiteral("kind"), kindName(r.kind)}, {QStringLiteral("id"), r.id},
                               {QStringLiteral("title"), r.title}, {QStringLiteral("snippet"), terminalText(r.snippet)},
                               {QStringLiteral("snippetHtml"), snippetHtml(r.snippet)}, {QStringLiteral("score"), r.score}};
            if (r.kind == SearchResult::Kind::Note)
                object.insert(QStringLiteral("target"), r.target);
            array.append(object);
        }
        QJsonObject document{{QStringLiteral("query"), query}, {QStringLiteral("results"), array}};
        if (!hint.isEmpty())
            document.insert(QStringLiteral("hint"), hint);
        if (search.notesNarrowedToNewest())
            document.insert(QStringLiteral("notesRankedAmongNewest"), Search::rankedNotesMax);
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (!hint.isEmpty())
        out << hint << '\n';
    if (results.isEmpty())
        out << "No results for \"" << query << "\".\n";
    for (int i = 0; i < results.size(); ++i) {
        const SearchResult &r = results.at(i);
        out << i + 1 << ". " << r.title << "  (" << kindName(r.kind) << ' '
            << (r.kind == SearchResult::Kind::Entry ? r.id : r.target) << ")\n   " << terminalText(r.snippet) << "\n";
    }
    if (search.notesNarrowedToNewest()) {
        out << "(More than " << Search::rankedNotesMax << " notes match, so only the newest " << Search::rankedNotesMax
            << " of them were ranked; add words to narrow the search.)\n";
    }
    return 0;
}

} // namespace DockPrep
