// A review that runs on every build: no SQL and no shell command is ever built from text.
//  - Every exec()/prepare() in the store library takes its SQL as a literal; the few that pass a variable
//    are listed below with the reason it can only hold literals. A new one fails this test until it
//    is either made literal or justified here.
//  - Only the store library talks to SQLite (the build keeps Qt Sql private to it; this also
//    catches a test or tool that would link Qt Sql itself and reach around the stores).
//  - Nothing in app/ starts a shell or another program.
// It reads the sources, so it guards the code as written, not one run of it.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Justified {
    const char *file;  // path under app/
    const char *call;  // the call as written, whitespace collapsed, up to the first argument's end
    const char *why;
};

// Calls that pass SQL in a variable, each checked by hand.
const Justified justified[] = {
    {"libs/store/database.cpp", "query.prepare(sql",
     "Database::exec(query, sql, values): the one place statements are prepared; every caller's sql is checked "
     "by this test in turn, and values are always bound, never spliced in"},
    {"libs/store/database.cpp", "exec(statement, sql",
     "Database::exec(sql, values) forwarding to the overload above"},
    {"libs/store/databasemigrations.cpp", "exec(statement, {}",
     "Database::execAll(statements): runs the migration steps, QStringList literals in migrateToN()"},
    {"libs/store/notestore.cpp", "m_db.exec(query, sql",
     "NoteStore::queryNotes(sql, values): private; its callers pass QStringLiteral SELECTs with bound values"},
    {"libs/store/databasemigrations.cpp", "exec(QStringLiteral(\"PRAGMA user_version = %1\").arg(version + 1)",
     "an int from the migration loop: PRAGMA takes no bound parameters"},
    {"libs/store/interviewstore.cpp", "m_db.exec(query, u\"SELECT \" + sessionColumns",
     "querySessions(where, values): private; sessionColumns is a QStringLiteral constant and every caller "
     "passes a QStringLiteral WHERE/ORDER BY with ? placeholders and bound values"},
    {"libs/store/reviewstore.cpp", "m_db.exec(query, QStringLiteral(\"SELECT entry_id, stability",
     "ReviewStore::select(where, values): private; a literal column list, and every caller passes a "
     "QStringLiteral WHERE with ? placeholders and bound values (or nothing)"},
    {"libs/store/challengestore.cpp", "m_db.exec(query, selectColumns",
     "selectColumns is a file-level QStringLiteral constant (the column list), extended only by literals"},
    {"libs/store/search.cpp", "m_db.exec(rows, select + pass.condition",
     "Search::eachRankedRow: select is a QStringLiteral from searchEntries/searchNotes; pass.condition is built by "
     "containsAll/containsAllWords from QStringLiteral pieces (column names, ? placeholders); the user's words and "
     "literals are always bound values"},
};

QString collapsed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

// The text of the arguments of a call, from just after its '(' to the matching ')'.
QString arguments(const QString &source, qsizetype open)
{
    int depth = 1;
    bool inString = false;
    for (qsizetype i = open + 1; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'(' || c == u'{') {
            ++depth;
        } else if ((c == u')' || c == u'}') && --depth == 0) {
            return source.mid(open + 1, i - open - 1);
        }
    }
    return source.mid(open + 1);
}

// Splits at top-level commas.
QStringList splitArguments(const QString &args)
{
    QStringList parts;
    int depth = 0;
    bool inString = false;
    QString current;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QChar c = args.at(i);
        if (inString) {
            if (c == u'\\' && i + 1 < args.size()) {
                current += c;
                current += args.at(++i);
                continue;
            }
            if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'(' || c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u'}' || c == u']') {
            --depth;
        } else if (c == u',' && depth == 0) {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        parts.append(current.trimmed());
    return parts;
}

// Only string literals, possibly joined with +: QStringLiteral("a" "b") + QStringLiteral("c") is
// a literal, QStringLiteral("… id = ") + id is not.
bool isLiteral(const QString &argument)
{
    static const QRegularExpression literal(QStringLiteral(
        R"((?:QStringLiteral|QLatin1String|QLatin1StringView)\(\s*(?:u?"(?:[^"\\]|\\.)*"\s*)+\)|u?"(?:[^"\\]|\\.)*")"));
    QString rest = argument;
    rest.remove(literal);
    if (rest.size() == argument.size())
        return false;
    for (const QChar c : std::as_const(rest)) {
        if (!c.isSpace() && c != u'+')
            return false;
    }
    return true;
}

QMap<QString, QString> sources(const QString &under)
{
    QMap<QString, QString> files;
    const QString root = QStringLiteral(DOCKPREP_SOURCE_DIR "/app/");
    QDirIterator it(root + under, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path.mid(root.size()), QString::fromUtf8(file.readAll()));
    }
    return files;
}

} // namespace

class TestSqlSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlIsAlwaysALiteral()
    {
        static const QRegularExpression call(QStringLiteral(R"((?:[\w.>-]*?)\b(?:exec|prepare)\s*\()"));
        const auto files = sources(QStringLiteral("libs/store"));
        QVERIFY2(files.size() > 10, "the sources were not found");
        QSet<QString> used;
        QStringList unjustified;
        int calls = 0;
        for (auto file = files.cbegin(); file != files.cend(); ++file) {
            if (!file.key().endsWith(QLatin1String(".cpp")))
                continue;  // declarations
            const QString &source = file.value();
            for (auto it = call.globalMatch(source); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                // Definitions (bool Database::exec(QSqlQuery &query, …)) declare, they do not call.
                if (QStringView(source).left(match.capturedStart()).endsWith(QLatin1String("::")))
                    continue;
                const QStringList args = splitArguments(arguments(source, match.capturedEnd() - 1));
                if (args.isEmpty())
                    continue;  // exec() of a prepared query
                ++calls;
                static const QRegularExpression identifier(QStringLiteral(R"(^\w+$)"));
                // Database::exec(query, SQL, …) names the query first; QSqlQuery::exec/prepare(SQL).
                const QString sql = args.size() > 1 && identifier.match(args.first()).hasMatch() ? args.at(1) : args.first();
                if (isLiteral(sql))
                    continue;
                const QString written = collapsed(match.captured() + args.first() + (sql == args.first() ? QString() : u", " + sql));
                bool ok = false;
                for (const Justified &entry : justified) {
                    if (file.key() == QLatin1String(entry.file) && written.startsWith(QLatin1String(entry.call))) {
                        used.insert(QLatin1String(entry.file) + u'|' + QLatin1String(entry.call));
                        ok = true;
                    }
                }
                if (!ok) {
                    const qsizetype line = source.left(match.capturedStart()).count(u'\n') + 1;
                    unjustified.append(QStringLiteral("app/%1:%2: %3").arg(file.key()).arg(line).arg(written));
                }
            }
        }
        QVERIFY2(unjustified.isEmpty(), qPrintable(QStringLiteral("SQL passed in a variable; make it a literal or justify it "
                                                                  "in tst_sqlsafety.cpp:\n")
                                                   + unjustified.join(u'\n')));
        QVERIFY2(calls > 20, "found too few calls: the scanner no longer sees them");
        // A justification whose call is gone must go too, or the list stops meaning anything.
        for (const Justified &entry : justified)
            QVERIFY2(used.contains(QLatin1String(entry.file) + u'|' + QLatin1String(entry.call)), entry.call);
    }

    void onlyTheStoreTalksToSqlite()
    {
        static const QRegularExpression sql(QStringLiteral(R"(\bQSql(?:Query|Database)\b|#include <QSql)"));
        const auto files = sources(QString());
        QStringList offenders;
        for (auto file = files.cbegin(); file != files.cend(); ++file) {
            if (!file.key().startsWith(QLatin1String("libs/store/")) && file.value().contains(sql))
                offenders.append(file.key());
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("QtSql outside the store library (everything else goes through a store): ")
                                                 + offenders.join(u' ')));
    }

    void nothingStartsAShell()
    {
        static const QRegularExpression shell(QStringLiteral(R"(\bQProcess\b|\b(?:system|popen|execl|execlp|execv|execvp|posix_spawnp?)\s*\()"));
        const auto files = sources(QString());
        QStringList offenders;
        for (auto file = files.cbegin(); file != files.cend(); ++file) {
            for (auto it = shell.globalMatch(file.value()); it.hasNext();) {
                const auto match = it.next();
                // Qt's QRandomGenerator::system() and QLocale::system() run nothing (std::system does).
                static const QRegularExpression qtScope(QStringLiteral(R"(\bQ\w+::$)"));
                if (QStringView(file.value()).left(match.capturedStart()).right(40).toString().contains(qtScope))
                    continue;
                offenders.append(QStringLiteral("app/%1: %2").arg(file.key(), match.captured()));
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSqlSafety)
#include "tst_sqlsafety.moc"
