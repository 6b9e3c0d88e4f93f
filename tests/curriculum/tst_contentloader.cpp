#include "support/testdata.h"

#include "text/codelanguage.h"
#include "curriculum/contentloader.h"
#include "curriculum/curriculumresources.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace DockPrep;

class TestContentLoader : public QObject
{
    Q_OBJECT

private:
    // A valid entry; tests break one line of it at a time.
    static QByteArray validEntry()
    {
        return QByteArrayLiteral("---\n"                                       // 1
                                 "id: sample\n"                                // 2
                                 "chapter: basics\n"                           // 3
                                 "level: senior\n"                             // 4
                                 "title: A sample\n"                           // 5
                                 "tags: [a, b]\n"                              // 6
                                 "---\n"                                       // 7
                                 "\n"                                          // 8
                                 "## Question\n"                               // 9
                                 "Why?\n"                                      // 10
                                 "\n"                                          // 11
                                 "## Answer\n"                                 // 12
                                 "Because.\n"                                  // 13
                                 "\n"                                          // 14
                                 "```bash\n"                                   // 15
                                 "echo hi\n"                                   // 16
                                 "```\n"                                       // 17
                                 "\n"                                          // 18
                                 "## Key points\n"                             // 19
                                 "- One [match: one, first]\n"                 // 20
                                 "- Two [match: two]\n"                        // 21
                                 "- Three [match: three]\n"                    // 22
                                 "\n"                                          // 23
                                 "## Follow-ups\n"                             // 24
                                 "### And then?\n"                             // 25
                                 "Then this.\n");                              // 26
    }

    static QList<ContentError> parse(const QByteArray &data, Entry *out = nullptr)
    {
        QList<ContentError> errors;
        Entry entry = ContentLoader::parseEntry(QStringLiteral("basics/sample.md"), data, {QStringLiteral("basics")},
                                                TestData::diagramLinks(), errors);
        if (out)
            *out = entry;
        return errors;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesEveryPart()
    {
        Entry entry;
        const auto errors = parse(validEntry(), &entry);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
        QCOMPARE(entry.id, QStringLiteral("sample"));
        QCOMPARE(entry.level, Level::Senior);
        QCOMPARE(entry.question, QStringLiteral("Why?"));
        QCOMPARE(entry.answer.size(), 2);
        QCOMPARE(entry.answer.at(1).kind, ContentBlock::Kind::Code);
        QCOMPARE(entry.answer.at(1).language, QStringLiteral("bash"));
        QCOMPARE(entry.answer.at(1).text, QStringLiteral("echo hi"));
        QCOMPARE(entry.answer.at(1).line, 15);
        QCOMPARE(entry.keyPoints.size(), 3);
        QCOMPARE(entry.keyPoints.at(0).text, QStringLiteral("One"));
        QCOMPARE(entry.keyPoints.at(0).matchTerms, (QStringList{QStringLiteral("one"), QStringLiteral("first")}));
        QCOMPARE(entry.followUps.size(), 1);
        QCOMPARE(entry.followUps.at(0).question, QStringLiteral("And then?"));
        QCOMPARE(entry.followUps.at(0).answer.at(0).text, QStringLiteral("Then this."));
        QCOMPARE(entry.tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void reportsFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown level") << QByteArray("level: senior\n") << QByteArray("level: guru\n") << 4 << "unknown level 'guru'";
        QTest::newRow("unknown chapter") << QByteArray("chapter: basics\n") << QByteArray("chapter: cooking\n") << 3 << "unknown chapter 'cooking'";
        QTest::newRow("id differs") << QByteArray("id: sample\n") << QByteArray("id: other\n") << 2 << "differs from the file name";
        QTest::newRow("missing id") << QByteArray("id: sample\n") << QByteArray("seed: x\n") << 2 << "missing 'id'";
        QTest::newRow("unknown key") << QByteArray("tags: [a, b]\n") << QByteArray("tags: [a, b]\ncolour: red\n") << 7 << "unknown front matter key 'colour'";
        QTest::newRow("broken yaml") << QByteArray("tags: [a, b]\n") << QByteArray("tags: [a, b\n") << 6 << "front matter";
        QTest::newRow("unknown diagram") << QByteArray("tags: [a, b]\n") << QByteArray("tags: [a, b]\ndiagrams: [engine-chain#toaster]\n") << 7 << "unknown diagram link 'engine-chain#toaster'";
        QTest::newRow("unknown language") << QByteArray("```bash\n") << QByteArray("```cobol\n") << 15 << "unknown code block language 'cobol'";
        QTest::newRow("no language") << QByteArray("```bash\n") << QByteArray("```\n") << 15 << "code block without a language";
        QTest::newRow("unclosed fence") << QByteArray("echo hi\n```\n") << QByteArray("echo hi\n") << 15 << "never closed";
        QTest::newRow("key point without match") << QByteArray("- Two [match: two]\n") << QByteArray("- Two\n") << 21 << "without '[match";
        QTest::newRow("only generic match terms") << QByteArray("- Two [match: two]\n") << QByteArray("- Two [match: OOM, memory leak, security]\n")
                                                  << 21 << "too general to show this key point";
        QTest::newRow("too few key points") << QByteArray("- Three [match: three]\n") << QByteArray("") << 19 << "2 key points";
        QTest::newRow("missing section") << QByteArray("## Key points\n") << QByteArray("## Follow-ups\n") << 19 << "missing section '## Key points'";
        QTest::newRow("out of order") << QByteArray("## Answer\n") << QByteArray("## Follow-ups\n") << 12 << "missing section '## Answer'";
        QTest::newRow("unknown section") << QByteArray("## Follow-ups\n") << QByteArray("## Trivia\n") << 24 << "unknown section 'Trivia'";
        QTest::newRow("follow-up without heading") << QByteArray("### And then?\n") << QByteArray("") << 25 << "'### question' heading";
        QTest::newRow("no front matter") << QByteArray("---\nid: sample\n") << QByteArray("id: sample\n") << 1 << "must start with a '---'";
        QTest::newRow("unclosed front matter") << QByteArray("tags: [a, b]\n---\n") << QByteArray("tags: [a, b]\n") << 1 << "never closed";
        QTest::newRow("stray broken-on-purpose marker")
            << QByteArray("Because.\n") << QByteArray("Because.\n<!-- broken-on-purpose -->\n") << 14 << "right before a code block";
        QTest::newRow("long title") << QByteArray("title: A sample\n") << QByteArray("title: " + QByteArray(70, 'x') + "\n") << 5 << "1 to 60 characters";
    }

    void reportsFileAndLine()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, line);
        QFETCH(QString, message);
        QByteArray data = validEntry();
        QVERIFY2(data.contains(from), "the test's search text must be in the valid entry");
        data.replace(data.indexOf(from), from.size(), to);
        const auto errors = parse(data);
        QVERIFY2(!errors.isEmpty(), "a broken file must be reported");
        bool found = false;
        for (const ContentError &error : errors) {
            if (error.message.contains(message)) {
                QCOMPARE(error.line, line);
                QCOMPARE(error.file, QStringLiteral("basics/sample.md"));
                QVERIFY(error.toString().startsWith(QStringLiteral("basics/sample.md:%1: ").arg(line)));
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no error mentions '%1'; got: %2").arg(message, errors.first().toString())));
    }

    // The marker flags the next code block for the snippet checks and never shows in the prose.
    void brokenOnPurposeMarker()
    {
        QByteArray data = validEntry();
        data.replace("Because.\n\n```bash\n", "Because.\n<!-- broken-on-purpose -->\n```bash\n");
        Entry entry;
        const auto errors = parse(data, &entry);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
        QCOMPARE(entry.answer.size(), 2);
        QCOMPARE(entry.answer.at(0).text, QStringLiteral("Because."));
        QVERIFY(entry.answer.at(1).brokenOnPurpose);
        // Unmarked blocks stay unmarked.
        Entry plain;
        QVERIFY(parse(validEntry(), &plain).isEmpty());
        QVERIFY(!plain.answer.at(1).brokenOnPurpose);
    }

    // A code block in the question (a challenge's broken file) stays a fenced block in the
    // question's Markdown; joined as prose it rendered as one run-on paragraph.
    void questionKeepsCodeFences()
    {
        QByteArray data = validEntry();
        data.replace("Why?\n", "Why does this fail?\n\n```dockerfile\nFROM alpine\nRUN false\n```\n");
        Entry entry;
        const auto errors = parse(data, &entry);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
        QCOMPARE(entry.question, QStringLiteral("Why does this fail?\n\n```dockerfile\nFROM alpine\nRUN false\n```"));
    }

    // CommonMark fences code with tildes as well as backticks. Inside a ~~~ block a ``` line is
    // code (a README showing how to fence), and only a fence of its own kind, at least as long,
    // closes it.
    void tildeFences_data()
    {
        QTest::addColumn<QByteArray>("fenced");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::newRow("tildes") << QByteArray("~~~bash\necho hi\n~~~\n") << "bash" << "echo hi";
        QTest::newRow("backticks inside tildes") << QByteArray("~~~text\n```bash\necho hi\n```\n~~~\n") << "text"
                                                 << "```bash\necho hi\n```";
        QTest::newRow("tildes inside backticks") << QByteArray("```text\n~~~\nstill code\n```\n") << "text" << "~~~\nstill code";
        QTest::newRow("a shorter fence inside a longer one") << QByteArray("````text\n```\n````\n") << "text" << "```";
    }

    void tildeFences()
    {
        QFETCH(QByteArray, fenced);
        QFETCH(QString, language);
        QFETCH(QString, code);
        QByteArray data = validEntry();
        data.replace("```bash\necho hi\n```\n", fenced);
        Entry entry;
        const auto errors = parse(data, &entry);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
        QCOMPARE(entry.answer.size(), 2);
        QCOMPARE(entry.answer.at(1).kind, ContentBlock::Kind::Code);
        QCOMPARE(entry.answer.at(1).language, language);
        QCOMPARE(entry.answer.at(1).text, code);
        QCOMPARE(entry.keyPoints.size(), 3);  // the sections after the block are read as sections
    }

    void unclosedTildeFence()
    {
        QByteArray data = validEntry();
        data.replace("```bash\necho hi\n```\n", "~~~bash\necho hi\n```\n");
        const auto errors = parse(data);
        QVERIFY(!errors.isEmpty());
        const bool reported = std::any_of(errors.cbegin(), errors.cend(), [](const ContentError &error) {
            return error.line == 15 && error.message.contains(QLatin1String("never closed"));
        });
        QVERIFY2(reported, qPrintable(errors.first().toString()));
    }

    // The question keeps its code as Markdown: a block holding ``` gets a longer fence, so it is
    // still one block when rendered.
    void questionCodeWithBackticksStaysOneBlock()
    {
        QByteArray data = validEntry();
        data.replace("Why?\n", "Why?\n\n~~~text\n```\n~~~\n");
        Entry entry;
        const auto errors = parse(data, &entry);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
        QCOMPARE(entry.question, QStringLiteral("Why?\n\n````text\n```\n````"));
    }

    void rejectsInvalidUtf8()
    {
        QByteArray data = validEntry();
        data.replace("Why?", "Why\xff\xfe?");
        const auto errors = parse(data);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(QLatin1String("UTF-8")));
    }

    void languageAliases()
    {
        QCOMPARE(canonicalCodeLanguage(u"sh"), QStringLiteral("bash"));
        QCOMPARE(canonicalCodeLanguage(u"yml"), QStringLiteral("yaml"));
        QCOMPARE(canonicalCodeLanguage(u" Dockerfile "), QStringLiteral("dockerfile"));
        QCOMPARE(canonicalCodeLanguage(u"brainfuck"), QString());
        QCOMPARE(syntaxDefinitionName(u"yaml"), QStringLiteral("YAML"));
        QCOMPARE(syntaxDefinitionName(u"text"), QString());
    }

    void loadsFixtureFolder()
    {
        const auto result = ContentLoader(TestData::diagramLinks()).load(TestData::fixtureContent());
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
        const Curriculum &c = result.curriculum;
        QCOMPARE(c.chapters().size(), 3);
        QCOMPARE(c.entryCount(), 3);
        QCOMPARE(c.readingOrder(), (QStringList{QStringLiteral("first-image"), QStringLiteral("second-run"), QStringLiteral("third-kernel")}));
        QCOMPARE(c.nextEntry(QStringLiteral("second-run")), QStringLiteral("third-kernel"));
        QCOMPARE(c.previousEntry(QStringLiteral("first-image")), QString());
        QCOMPARE(c.entry(QStringLiteral("first-image"))->whatChanged.size(), 1);
    }

    void crossFileChecks()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(TestData::fixtureContent() + QStringLiteral("/chapters.yaml"), dir.filePath(QStringLiteral("chapters.yaml"))));
        QDir(dir.path()).mkpath(QStringLiteral("basics"));
        QDir(dir.path()).mkpath(QStringLiteral("deeper"));
        QDir(dir.path()).mkpath(QStringLiteral("unlisted"));
        auto write = [&](const QString &path, QByteArray data) {
            QFile f(dir.filePath(path));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        QByteArray entry = validEntry();
        write(QStringLiteral("basics/sample.md"), entry);
        // The same id in another chapter folder, with a dangling related link.
        entry.replace("chapter: basics", "chapter: basics\nrelated: [ghost]");
        write(QStringLiteral("deeper/sample.md"), entry);
        const auto result = ContentLoader(TestData::diagramLinks()).load(dir.path());
        QVERIFY(!result.ok());
        QStringList messages;
        for (const auto &e : result.errors)
            messages.append(e.toString());
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("deeper/sample.md:2: chapter 'basics' but the file is in folder 'deeper'")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("duplicate id 'sample'")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("related entry 'ghost' does not exist")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("folder 'unlisted' is not a chapter")), qPrintable(all));
        QCOMPARE(result.curriculum.entryCount(), 0);  // all or nothing
    }

    void brokenCatalogIsAContentError()
    {
        QTemporaryDir dir;
        QFile catalog(dir.filePath(QStringLiteral("catalog.yaml")));
        QVERIFY(catalog.open(QIODevice::WriteOnly));
        catalog.write("# diagrams\ndiagrams: [layers, Not An Id]\n");
        catalog.close();
        const auto result = loadCurriculum(TestData::fixtureContent(), catalog.fileName());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().file, catalog.fileName());
        QCOMPARE(result.errors.first().line, 2);
        QVERIFY2(result.errors.first().message.contains(QLatin1String("'Not An Id' is not a diagram id")),
                 qPrintable(result.errors.first().toString()));
        QCOMPARE(result.curriculum.entryCount(), 0);
        // With a sound catalog the same folder loads.
        QVERIFY(loadCurriculum(TestData::fixtureContent(), TestData::sourcePath(QStringLiteral("diagrams/catalog.yaml"))).ok());
    }

    // The curriculum we ship: valid, complete, and with the shape the issue asks for.
    void builtInCurriculum()
    {
        const auto result = loadCurriculum(builtInContentFolder(), builtInDiagramCatalog());
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
        const Curriculum &c = result.curriculum;
        QVERIFY2(c.entryCount() >= 80, qPrintable(QString::number(c.entryCount())));
        // Every folder of questions is a chapter, and every chapter has questions.
        QStringList chapterIds;
        for (const Chapter &chapter : c.chapters()) {
            QVERIFY2(!chapter.entryIds.isEmpty(), qPrintable(chapter.id));
            chapterIds.append(chapter.id);
        }
        const QDir content(builtInContentFolder());
        QStringList questionFolders;
        for (const QString &folder : content.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!QDir(content.filePath(folder)).entryList({QStringLiteral("*.md")}, QDir::Files).isEmpty())
                questionFolders.append(folder);
        }
        chapterIds.sort();
        QCOMPARE(chapterIds, questionFolders);
        QVERIFY2(chapterIds.size() >= 10, qPrintable(chapterIds.join(QLatin1Char(' '))));
        int seeded = 0;
        for (const QString &id : c.readingOrder())
            seeded += !c.entry(id)->seed.isEmpty();
        QVERIFY2(seeded >= 30, qPrintable(QString::number(seeded)));
    }
};

QTEST_GUILESS_MAIN(TestContentLoader)
#include "tst_contentloader.moc"
