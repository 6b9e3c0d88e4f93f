#include "support/testdata.h"
#include "support/searchtesting.h"

#include "store/database.h"
#include "store/notestore.h"
#include "store/notetarget.h"
#include "store/search.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

using namespace DockPrep;
using namespace SearchTesting;

namespace {

Entry makeEntry(const QString &id, const QString &title, const QString &answer)
{
    Entry entry;
    entry.id = id;
    entry.chapterId = QStringLiteral("zoo");
    entry.title = title;
    entry.question = QStringLiteral("Tell me about it.");
    entry.answer = {ContentBlock{ContentBlock::Kind::Prose, answer, {}, 1}};
    return entry;
}

Entry makeEntry(const QString &id, const QString &title, const QString &question, const QString &answer,
                const QStringList &tags)
{
    Entry entry = makeEntry(id, title, answer);
    entry.question = question;
    entry.tags = tags;
    return entry;
}

Curriculum makeCurriculum(const QList<Entry> &entries)
{
    return Curriculum({Chapter{QStringLiteral("zoo"), QStringLiteral("Zoo"), {}, {}}}, entries);
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NoteStore> m_notes;
    std::unique_ptr<Search> m_search;
    Curriculum m_curriculum = TestData::fixtureCurriculum();

    QString addNote(const QString &body, const QString &target = {})
    {
        Note note{{}, target, body, {}, {}};
        if (!m_notes->saveNote(note))
            return {};
        return note.id;
    }

    QStringList find(const QString &text)
    {
        const QList<SearchResult> results = m_search->search(text);
        if (!m_search->lastError().isEmpty())
            qWarning("search error: %s", qPrintable(m_search->lastError()));
        return ids(results);
    }

    // FTS5's own check that the notes index matches the notes table word for word.
    bool notesIndexMatchesNotes()
    {
        return m_db->exec(QStringLiteral("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)"));
    }

private Q_SLOTS:
    void init()
    {
        m_search.reset();
        m_notes.reset();
        m_db = std::make_unique<Database>();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("search.sqlite"))).ok());
        m_notes = std::make_unique<NoteStore>(*m_db);
        m_search = std::make_unique<Search>(*m_db);
        const auto indexed = m_search->indexCurriculum(m_curriculum);
        QVERIFY2(indexed.ok, qPrintable(indexed.error));
        QVERIFY(indexed.rebuilt);
    }

    void cleanup()
    {
        m_search.reset();
        m_notes.reset();
        m_db.reset();
    }

    void hostileInputsAreHarmless_data()
    {
        QTest::addColumn<QString>("input");
        const QList<std::pair<const char *, QString>> inputs{
            {"C++", QStringLiteral("C++")},
            {"hyphen", QStringLiteral("docker-compose")},
            {"column filter", QStringLiteral("key: value")},
            {"AND", QStringLiteral("AND")},
            {"OR NOT", QStringLiteral("OR NOT")},
            {"lone quote", QStringLiteral("\"")},
            {"two quotes", QStringLiteral("\"\"")},
            {"unterminated phrase", QStringLiteral("kernel\"*")},
            {"lone star", QStringLiteral("*")},
            {"NEAR(", QStringLiteral("NEAR(")},
            {"NEAR group", QStringLiteral("NEAR(kernel namespaces, 2)")},
            {"emoji", QStringLiteral("🐳🐳")},
            {"control characters", QStringLiteral("\u0001\u0002\u0003\u001b[31m")},
            {"named column", QStringLiteral("title: kernel")},
            {"column set", QStringLiteral("{title question}: x")},
            {"initial token", QStringLiteral("^kernel")},
            {"minus", QStringLiteral("- kernel")},
            {"operators", QStringLiteral("a OR b AND NOT c")},
            {"SQL", QStringLiteral("'; DROP TABLE notes; --")},
            {"empty", QString()},
            {"blank", QStringLiteral("   ")},
        };
        for (const auto &[name, input] : inputs)
            QTest::newRow(name) << input;
        QString tenKb;
        while (tenKb.size() < 10 * 1024)
            tenKb += QStringLiteral("kernel \"AND\" NEAR( * C++ überlay 🐳 ");
        QTest::newRow("10 KB") << tenKb;
        QTest::newRow("10 KB without spaces") << QString(10 * 1024, u'x');
        QString lonely;
        lonely.append(QChar(0xD83D));  // half an emoji
        QTest::newRow("lone surrogate") << lonely + QStringLiteral("kernel");
    }

    void hostileInputsAreHarmless()
    {
        QFETCH(QString, input);
        QVERIFY(!addNote(QStringLiteral("C++ and docker-compose: key: value AND OR NOT")).isEmpty());
        const QList<SearchResult> results = m_search->search(input);
        QVERIFY2(m_search->lastError().isEmpty(), qPrintable(m_search->lastError()));
        QVERIFY(results.size() <= 20);
    }

    void punctuatedWordsStillFind()
    {
        const QString id = addNote(QStringLiteral("I wrote C++ for years; now docker-compose up -d is my friend. key: value"));
        QCOMPARE(find(QStringLiteral("C++")).contains(id), true);
        QCOMPARE(find(QStringLiteral("docker-compose")), QStringList{id});
        QCOMPARE(find(QStringLiteral("key: value")), QStringList{id});
    }

    void emptyInputGivesNothing()
    {
        QVERIFY(!addNote(QStringLiteral("anything")).isEmpty());
        QVERIFY(m_search->search(QString()).isEmpty());
        QVERIFY(m_search->search(QStringLiteral("\"")).isEmpty());
        QVERIFY(m_search->search(QStringLiteral("kernel"), 0).isEmpty());
        QVERIFY(m_search->lastError().isEmpty());
    }

    void ranksTitleBeforeBody()
    {
        // Fixture: "container" is in the title of second-run and only in the question of
        // third-kernel.
        QCOMPARE(find(QStringLiteral("container")), (QStringList{QStringLiteral("second-run"), QStringLiteral("third-kernel")}));

        // The same word, once only in a title and once only in an answer.
        const Curriculum zoo = makeCurriculum({makeEntry(QStringLiteral("in-body"), QStringLiteral("Marsupials"),
                                                         QStringLiteral("A quokka is a small marsupial.")),
                                               makeEntry(QStringLiteral("in-title"), QStringLiteral("Quokka habits"),
                                                         QStringLiteral("They live on an island and eat leaves."))});
        QVERIFY(m_search->indexCurriculum(zoo).rebuilt);
        const QString note = addNote(QStringLiteral("I saw a quokka once."));
        const QList<SearchResult> results = m_search->search(QStringLiteral("quokka"));
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.first().id, QStringLiteral("in-title"));
        QCOMPARE(results.first().kind, SearchResult::Kind::Entry);
        QCOMPARE(results.first().title, QStringLiteral("Quokka habits"));
        QVERIFY(ids(results).contains(note));
        for (qsizetype i = 1; i < results.size(); ++i)
            QVERIFY(results.at(i - 1).score <= results.at(i).score);

        QCOMPARE(m_search->search(QStringLiteral("quokka"), 1).size(), 1);
    }

    void prefixMatchesTheLastWord()
    {
        QCOMPARE(find(QStringLiteral("namesp")), QStringList{QStringLiteral("third-kernel")});
        QCOMPARE(find(QStringLiteral("kernel feat")), QStringList{QStringLiteral("third-kernel")});
        QCOMPARE(find(QStringLiteral("buil")).first(), QStringLiteral("first-image"));
        // Only the word being typed is a prefix; the ones before it are whole words.
        QCOMPARE(find(QStringLiteral("namesp kernel")), QStringList());
        const QString id = addNote(QStringLiteral("overlayfs copies up on first write"));
        QCOMPARE(find(QStringLiteral("copies up")), QStringList{id});
        // One letter after a word is the next word begun: the results stay those of the words before.
        QCOMPARE(find(QStringLiteral("copies u")), find(QStringLiteral("copies")));
        QVERIFY(find(QStringLiteral("copies u")).contains(id));
    }

    void ignoresDiacritics_data()
    {
        QTest::addColumn<QString>("noteText");
        QTest::addColumn<QString>("query");
        QTest::newRow("plain finds accented") << QStringLiteral("überlay stacks") << QStringLiteral("uberlay");
        QTest::newRow("accented finds plain") << QStringLiteral("uberlay stacks") << QStringLiteral("überlay");
        QTest::newRow("decomposed finds precomposed") << QStringLiteral("überlay stacks") << QStringLiteral("u\u0308berlay");
        QTest::newRow("precomposed finds decomposed") << QStringLiteral("u\u0308berlay stacks") << QStringLiteral("überlay");
        QTest::newRow("other marks") << QStringLiteral("café résumé naïve") << QStringLiteral("resume");
    }

    void ignoresDiacritics()
    {
        QFETCH(QString, noteText);
        QFETCH(QString, query);
        const QString id = addNote(noteText);
        QVERIFY(find(query).contains(id));
    }

    void findsFixtureTagWithoutDiacritics()
    {
        // second-run is tagged "überlay" in the fixture.
        QCOMPARE(find(QStringLiteral("uberlay")), QStringList{QStringLiteral("second-run")});
        QCOMPARE(find(QStringLiteral("überlay")), QStringList{QStringLiteral("second-run")});
    }

    void followsNoteEditsAndDeletes()
    {
        Note note{{}, NoteTarget::entry(QStringLiteral("first-image")).toString(), QStringLiteral("zebra crossing"), {}, {}};
        QVERIFY(m_notes->saveNote(note));
        QCOMPARE(find(QStringLiteral("zebra")), QStringList{note.id});

        note.body = QStringLiteral("yak shaving");
        QVERIFY(m_notes->saveNote(note));
        QCOMPARE(find(QStringLiteral("zebra")), QStringList());
        QCOMPARE(find(QStringLiteral("yak")), QStringList{note.id});
        QVERIFY(notesIndexMatchesNotes());

        const QString other = addNote(QStringLiteral("another yak"));
        QVERIFY(m_notes->deleteNote(note.id));
        QCOMPARE(find(QStringLiteral("yak")), QStringList{other});
        QCOMPARE(find(QStringLiteral("shaving")), QStringList());
        QVERIFY(notesIndexMatchesNotes());
    }

    // Past Search::rankedNotesMax matching notes only the newest that many are ranked, so a
    // prefix most notes share costs the same at any number of notes; up to it, all are ranked.
    void broadQueriesRankTheNewestMatches()
    {
        // bm25 puts the shortest note with the word first: here the oldest one.
        const QString oldest = addNote(QStringLiteral("quokka"));
        const QString rare = addNote(QStringLiteral("quokka wombat"));
        for (int i = 2; i < Search::rankedNotesMax; ++i)
            QVERIFY(!addNote(QStringLiteral("note %1 about a quokka, layers and the copy-up of files").arg(i)).isEmpty());

        QList<SearchResult> results = m_search->search(QStringLiteral("quokk"), 30);
        QVERIFY(!m_search->notesNarrowedToNewest());
        QCOMPARE(results.size(), 30);
        QCOMPARE(results.first().id, oldest);

        const QString newest = addNote(QStringLiteral("Quokka!"));  // one match more than are ranked
        results = m_search->search(QStringLiteral("quokk"), 30);
        QVERIFY(m_search->notesNarrowedToNewest());
        QCOMPARE(results.size(), 30);
        QCOMPARE(results.first().id, newest);  // as short as the oldest, and among the newest
        QVERIFY(!ids(results).contains(oldest));

        // A narrower query ranks every match again, old or new.
        results = m_search->search(QStringLiteral("quokka wom"), 30);
        QVERIFY(!m_search->notesNarrowedToNewest());
        QCOMPARE(ids(results), QStringList{rare});
        QCOMPARE(find(QStringLiteral("zzz")), QStringList());
        QVERIFY(!m_search->notesNarrowedToNewest());
    }

    // The curriculum is indexed as the words a reader sees: no Markdown marks in its snippets.
    void curriculumSnippetsHaveNoMarkdown()
    {
        const QList<SearchResult> results = m_search->search(QStringLiteral("build an image"));
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().id, QStringLiteral("first-image"));
        const QString snippet = results.first().snippet.text;
        QVERIFY2(snippet.contains(QStringLiteral("Dockerfile")) && !snippet.contains(u'*'), qPrintable(snippet));
    }

    void noteResultsCarryTheirContext()
    {
        const QString id = addNote(QStringLiteral("## Cgroup limits\n\nmemory.max is the hard wall for a wombat."),
                                   NoteTarget::entry(QStringLiteral("third-kernel")).toString());
        const QList<SearchResult> results = m_search->search(QStringLiteral("wombat"));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().kind, SearchResult::Kind::Note);
        QCOMPARE(results.first().id, id);
        QCOMPARE(results.first().title, QStringLiteral("Cgroup limits"));
        QCOMPARE(results.first().target, QStringLiteral("entry:third-kernel"));
        QVERIFY2(bracketed(results.first().snippet).contains(QStringLiteral("[wombat]")), qPrintable(bracketed(results.first().snippet)));
    }

    // Snippets are the text as written, markup and all (nothing renders them as HTML), and the
    // ranges mark the words searched for.
    void snippetsAreTextWithMatchRanges()
    {
        addNote(QStringLiteral("<script>alert('x')</script> the zebra & \"friends\" <b>bold</b>"));
        const QList<SearchResult> results = m_search->search(QStringLiteral("zebra"));
        QCOMPARE(results.size(), 1);
        const MarkedText &snippet = results.first().snippet;
        QCOMPARE(bracketed(snippet), QStringLiteral("<script>alert('x')</script> the [zebra] & \"friends\" <b>bold</b>"));
    }

    void reindexesOnlyWhenContentChanges()
    {
        QVERIFY(!m_search->indexCurriculum(m_curriculum).rebuilt);  // init() already indexed it

        // A restart: a new connection and a new Search see the stored hash.
        const QString path = m_db->path();
        m_search.reset();
        m_notes.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(path).ok());
        m_notes = std::make_unique<NoteStore>(*m_db);
        m_search = std::make_unique<Search>(*m_db);
        auto again = m_search->indexCurriculum(m_curriculum);
        QVERIFY(again.ok);
        QVERIFY(!again.rebuilt);
        // The same with the hash computed beforehand, as the app does while loading the curriculum.
        again = m_search->indexCurriculum(m_curriculum, Search::contentHash(m_curriculum));
        QVERIFY(again.ok);
        QVERIFY(!again.rebuilt);
        QCOMPARE(find(QStringLiteral("namespaces")), QStringList{QStringLiteral("third-kernel")});

        // One changed title is enough to rebuild, and the old words are gone.
        QList<Entry> entries;
        for (const QString &id : m_curriculum.readingOrder())
            entries.append(*m_curriculum.entry(id));
        entries[2].title = QStringLiteral("Platypus features");
        const Curriculum changed(m_curriculum.chapters(), entries);
        QVERIFY(Search::contentHash(changed) != Search::contentHash(m_curriculum));
        auto rebuilt = m_search->indexCurriculum(changed, Search::contentHash(changed));
        QVERIFY2(rebuilt.ok, qPrintable(rebuilt.error));
        QVERIFY(rebuilt.rebuilt);
        QCOMPARE(find(QStringLiteral("platypus")), QStringList{entries[2].id});
        QCOMPARE(m_search->search(QStringLiteral("platypus")).first().title, QStringLiteral("Platypus features"));
        QVERIFY(!find(QStringLiteral("kernel")).contains(QStringLiteral("first-image")));
        QSqlQuery count = m_db->query();
        QVERIFY(m_db->exec(count, QStringLiteral("SELECT count(*) FROM entries_fts")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), m_curriculum.entryCount());
    }

    void hashCoversEveryIndexedPart_data()
    {
        QTest::addColumn<int>("part");
        for (int part = 0; part < 6; ++part)
            QTest::newRow(qPrintable(QString::number(part))) << part;
    }

    void hashCoversEveryIndexedPart()
    {
        QFETCH(int, part);
        QList<Entry> entries;
        for (const QString &id : m_curriculum.readingOrder())
            entries.append(*m_curriculum.entry(id));
        Entry &entry = entries.first();
        QCOMPARE(entry.id, QStringLiteral("first-image"));
        switch (part) {
        case 0: entry.question += u'!'; break;
        case 1: entry.answer.first().text += u'!'; break;
        case 2: entry.keyPoints.first().text += u'!'; break;
        case 3:
            QCOMPARE(entry.answer.at(1).kind, ContentBlock::Kind::Code);
            entry.answer[1].text += u'!';
            break;
        case 4: entry.tags.append(QStringLiteral("new")); break;
        case 5: entry.followUps.first().question += u'!'; break;
        }
        QVERIFY(Search::contentHash(Curriculum(m_curriculum.chapters(), entries)) != Search::contentHash(m_curriculum));
    }

    void searchesInsideCode()
    {
        // The fixture's first-image has "apt-get install" only in a Dockerfile block.
        QCOMPARE(find(QStringLiteral("apt-get")), QStringList{QStringLiteral("first-image")});
    }

    // "C++" is the token "c" to FTS5, so without its "++" it found every "sh -c" and "-C /data".
    void symbolsMustBeInTheText()
    {
        const Curriculum zoo = makeCurriculum(
            {makeEntry(QStringLiteral("shell-c"), QStringLiteral("Shell form"), QStringLiteral("Run sh -c 'echo hi' in a container.")),
             makeEntry(QStringLiteral("tar-c"), QStringLiteral("Backups"), QStringLiteral("tar -C /data -xf backup.tar")),
             makeEntry(QStringLiteral("cpp"), QStringLiteral("Static binaries"), QStringLiteral("A C++ program linked statically.")),
             makeEntry(QStringLiteral("net-flag"), QStringLiteral("Host network"), QStringLiteral("docker run --net host nginx")),
             makeEntry(QStringLiteral("dotnet"), QStringLiteral("Runtime images"), QStringLiteral("The .NET runtime image is smaller.")),
             makeEntry(QStringLiteral("csharp"), QStringLiteral("Languages"), QStringLiteral("C# and F# run on it.")),
             makeEntry(QStringLiteral("network-label"), QStringLiteral("Bridge names"),
                       QStringLiteral("Set com.docker.network.bridge.name, or run with --network mynet."))});
        QVERIFY(m_search->indexCurriculum(zoo).rebuilt);
        const QString note = addNote(QStringLiteral("I wrote c++ for years"));
        addNote(QStringLiteral("bash -c is a shell"));

        QCOMPARE(find(QStringLiteral("C++")), (QStringList{note, QStringLiteral("cpp")}));  // the note's only line is its title
        QCOMPARE(find(QStringLiteral("learn C++,")), QStringList());  // every word still has to match
        QCOMPARE(find(QStringLiteral("C#")), QStringList{QStringLiteral("csharp")});
        QCOMPARE(find(QStringLiteral(".NET")), QStringList{QStringLiteral("dotnet")});
        QCOMPARE(find(QStringLiteral("--net")), QStringList{QStringLiteral("net-flag")});
        // A lone letter is still the whole word, as before.
        const QStringList c = find(QStringLiteral("c"));
        QVERIFY(c.contains(QStringLiteral("shell-c")) && c.contains(QStringLiteral("tar-c")));
    }

    // "docker-compose" is the phrase "docker compose" to FTS5: both spellings match, and the
    // entries spelling it as typed come first however well the others score.
    void literalSpellingRanksFirst()
    {
        const Curriculum zoo = makeCurriculum(
            {makeEntry(QStringLiteral("generic"), QStringLiteral("Docker Compose basics"),
                       QStringLiteral("What does Docker Compose do?"),
                       QStringLiteral("Docker Compose starts services; docker compose up runs them."), {QStringLiteral("compose")}),
             makeEntry(QStringLiteral("v1"), QStringLiteral("Migrating"), QStringLiteral("Why move?"),
                       QStringLiteral("The old docker-compose binary is gone."), {}),
             makeEntry(QStringLiteral("unrelated"), QStringLiteral("Volumes"), QStringLiteral("What is a volume?"),
                       QStringLiteral("A docker volume outlives the container; compose files declare them."), {})});
        QVERIFY(m_search->indexCurriculum(zoo).rebuilt);
        const QString note = addNote(QStringLiteral("docker-compose.yml stays valid"));

        const QList<SearchResult> results = m_search->search(QStringLiteral("docker-compose"));
        // The note names it in its first line, its title: among the literal matches it leads.
        QCOMPARE(ids(results), (QStringList{note, QStringLiteral("v1"), QStringLiteral("generic")}));
        QVERIFY(results.at(0).literal && results.at(1).literal && !results.at(2).literal);
        // While typing, too.
        QCOMPARE(find(QStringLiteral("docker-comp")), (QStringList{note, QStringLiteral("v1"), QStringLiteral("generic")}));
        // Without the hyphen nothing is preferred: the title match leads.
        QCOMPARE(find(QStringLiteral("docker compose")).first(), QStringLiteral("generic"));
    }

    void snippetsLeaveOutTitleAndTags()
    {
        const Curriculum zoo = makeCurriculum(
            {makeEntry(QStringLiteral("tagged"), QStringLiteral("Wombat burrows"), QStringLiteral("Where does it sleep?"),
                       QStringLiteral("Underground, in a burrow it digs itself; the wombat is nocturnal."),
                       {QStringLiteral("wombat"), QStringLiteral("zebra"), QStringLiteral("yak")}),
             makeEntry(QStringLiteral("tag-only"), QStringLiteral("Marsupials"), QStringLiteral("Name three marsupials."),
                       QStringLiteral("Kangaroos, koalas and quolls."), {QStringLiteral("wombat"), QStringLiteral("zebra")})});
        QVERIFY(m_search->indexCurriculum(zoo).rebuilt);
        const QList<SearchResult> results = m_search->search(QStringLiteral("wombat"));
        QCOMPARE(ids(results), (QStringList{QStringLiteral("tagged"), QStringLiteral("tag-only")}));
        QVERIFY2(bracketed(results.at(0).snippet).contains(QStringLiteral("the [wombat] is nocturnal")),
                 qPrintable(bracketed(results.at(0).snippet)));
        for (const SearchResult &result : results) {
            QVERIFY2(!result.snippet.text.contains(QStringLiteral("zebra")), qPrintable(result.snippet.text));
            QVERIFY2(!result.snippet.text.contains(QStringLiteral("burrows")), qPrintable(result.snippet.text));  // the title
        }
        // Matched only by a tag: the question, which says what the entry is about.
        QCOMPARE(bracketed(results.at(1).snippet), QStringLiteral("Name three marsupials."));
    }

    // One scale for entries and notes: a note about the word beats a passing mention, and an
    // entry about it beats a note mentioning it in passing.
    void notesRankFairlyAgainstEntries()
    {
        const Curriculum zoo = makeCurriculum(
            {makeEntry(QStringLiteral("passing"), QStringLiteral("Island fauna"), QStringLiteral("What lives there?"),
                       QStringLiteral("Lizards, birds, and now and then a quokka near the ferry."), {}),
             makeEntry(QStringLiteral("about"), QStringLiteral("Quokka habits"), QStringLiteral("What does it eat?"),
                       QStringLiteral("Leaves and grasses."), {})});
        QVERIFY(m_search->indexCurriculum(zoo).rebuilt);
        const QString titled = addNote(QStringLiteral("## Quokka *facts*\n\nThe quokka **smiles**; see the `ferry` [map](http://x)."));
        const QString aside = addNote(QStringLiteral("Ferry times\n\nSaw a quokka."));
        const QList<SearchResult> results = m_search->search(QStringLiteral("quokka"));
        QCOMPARE(ids(results), (QStringList{titled, QStringLiteral("about"), aside, QStringLiteral("passing")}));
        QVERIFY(results.at(0).score < results.at(1).score);
        QCOMPARE(results.at(0).title, QStringLiteral("Quokka facts"));  // its first line's words

        // Note snippets are the words, not the Markdown around them.
        const QString snippet = bracketed(results.at(0).snippet);
        QVERIFY2(snippet.contains(QStringLiteral("The [quokka] smiles; see the ferry map.")), qPrintable(snippet));
        for (const QString &mark : {QStringLiteral("**"), QStringLiteral("`"), QStringLiteral("##"), QStringLiteral("](")})
            QVERIFY2(!snippet.contains(mark), qPrintable(snippet));
    }

    void searchesThroughBrokenSyntax()
    {
        QVERIFY(m_search->search(QStringLiteral("\"")).isEmpty());
        QCOMPARE(m_search->lastHint(), SearchQuery::Hint::UnclosedQuoteNoWords);
        QCOMPARE(find(QStringLiteral("\"kernel feat")), QStringList{QStringLiteral("third-kernel")});
        QCOMPARE(m_search->lastHint(), SearchQuery::Hint::UnclosedQuote);
        find(QStringLiteral("kernel AND"));
        QVERIFY(m_search->lastError().isEmpty());
        QCOMPARE(m_search->lastHint(), SearchQuery::Hint::OperatorsAreWords);
        QCOMPARE(find(QStringLiteral("kernel")), QStringList{QStringLiteral("third-kernel")});
        QCOMPARE(m_search->lastHint(), SearchQuery::Hint::None);
        // A closed phrase needs its words side by side.
        const QString id = addNote(QStringLiteral("overlayfs copies up on first write"));
        QCOMPARE(find(QStringLiteral("\"copies up\"")), QStringList{id});
        QCOMPARE(find(QStringLiteral("\"up copies\"")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
