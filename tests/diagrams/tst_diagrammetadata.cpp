#include "support/diagramtestdata.h"

#include "curriculum/contentloader.h"
#include "curriculum/curriculumresources.h"
#include "diagrams/diagramquestionindex.h"
#include "diagrams/diagramvalidator.h"
#include "render/entrypage.h"

#include <QDir>
#include <QPalette>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DockPrep;

class TestDiagramMetadata final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // The shipped curriculum, loaded once for the tests that read it.
    Curriculum m_curriculum;

    // A one-diagram folder: catalog, metadata and drawing, each given as text.
    QString writeDiagram(const QByteArray &yaml, const QByteArray &svg)
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        write(QStringLiteral("catalog.yaml"), "diagrams: [demo]\n");
        write(QStringLiteral("demo.yaml"), yaml);
        write(QStringLiteral("demo.svg"), svg);
        return m_dir.filePath(QStringLiteral("catalog.yaml"));
    }

    static QByteArray goodSvg()
    {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\">\n"
               "  <g id=\"a\"><rect x=\"0\" y=\"0\" width=\"90\" height=\"90\"/></g>\n"
               "  <g id=\"b\"><rect x=\"100\" y=\"0\" width=\"90\" height=\"90\"/></g>\n"
               "</svg>\n";
    }
    static QByteArray goodYaml()
    {
        return "title: Demo\n"                            // 1
               "elements:\n"                              // 2
               "  - id: a\n"                              // 3
               "    title: A\n"                           // 4
               "    text: The first box.\n"               // 5
               "  - id: b\n"                              // 6
               "    title: B\n"                           // 7
               "    text: The second box.\n"              // 8
               "    questions: [sample]\n"                // 9
               "sequences:\n"                             // 10
               "  - id: walk\n"                           // 11
               "    title: Walk\n"                        // 12
               "    steps:\n"                             // 13
               "      - caption: First\n"                 // 14
               "        active: [a]\n"                    // 15
               "      - caption: Second\n"                // 16
               "        active: [b]\n";                   // 17
    }

    QList<ContentError> validate(const QByteArray &yaml, const QByteArray &svg, bool *loaded = nullptr)
    {
        QList<ContentError> errors;
        const DiagramCatalog catalog = DiagramCatalog::load(writeDiagram(yaml, svg), errors);
        if (loaded)
            *loaded = errors.isEmpty();
        if (errors.isEmpty())
            errors = validateDiagrams(catalog, {QStringLiteral("sample")});
        return errors;
    }

    static QString joined(const QList<ContentError> &errors)
    {
        QStringList lines;
        for (const ContentError &error : errors)
            lines.append(error.toString());
        return lines.join(QLatin1Char('\n'));
    }

    // The entries that link a diagram element, so a loop over them cannot pass by finding none.
    QStringList entriesLinkingDiagrams() const
    {
        QStringList ids;
        for (const QString &id : m_curriculum.readingOrder()) {
            if (!m_curriculum.entry(id)->diagrams.isEmpty())
                ids.append(id);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = loadCurriculum(builtInContentFolder(), builtInDiagramCatalog());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.value(0).toString()));
        m_curriculum = std::move(loaded.curriculum);
        // The loops below read every entry: an empty curriculum would make them pass unread.
        QVERIFY2(m_curriculum.entryCount() >= 80, qPrintable(QString::number(m_curriculum.entryCount())));
        QVERIFY2(entriesLinkingDiagrams().size() >= 10, qPrintable(QString::number(entriesLinkingDiagrams().size())));
    }

    void shippedDiagramsAreValid()
    {
        const QStringList &ids = m_curriculum.readingOrder();
        const DiagramCatalog &catalog = DiagramTestData::catalog();
        // The diagrams the design calls for, in the page's order (others may join them).
        QStringList shipped;
        for (const DiagramMetadata &diagram : catalog.diagrams())
            shipped.append(diagram.id);
        const QStringList required{QStringLiteral("engine-chain"), QStringLiteral("layers"), QStringLiteral("isolation"),
                                   QStringLiteral("networking"), QStringLiteral("run-sequence"), QStringLiteral("build-cache")};
        for (const QString &id : required)
            QVERIFY2(shipped.contains(id), qPrintable(id));
        const QList<ContentError> errors = validateDiagrams(catalog, QSet<QString>(ids.cbegin(), ids.cend()));
        QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
        // The same catalog compiled into the binary.
        QCOMPARE(DiagramCatalog::load(builtInDiagramCatalog()).links(), catalog.links());
    }

    // Every element content links to still exists (ids are a contract with the curriculum).
    void everyContentLinkResolves()
    {
        const QSet<QString> links = DiagramTestData::catalog().links();
        for (const QString &id : entriesLinkingDiagrams()) {
            for (const QString &link : m_curriculum.entry(id)->diagrams)
                QVERIFY2(links.contains(link), qPrintable(id + QStringLiteral(" -> ") + link));
        }
    }

    // The reader's "See also" names diagram elements by their titles, never by their ids.
    void diagramLinksReadAsTitles()
    {
        const DiagramCatalog &catalog = DiagramTestData::catalog();
        const DiagramMetadata &first = catalog.diagrams().first();
        const DiagramElement &element = first.elements.first();
        QCOMPARE(catalog.linkTitle(first.id + QLatin1Char('#') + element.id), first.title + QStringLiteral(": ") + element.title);
        QCOMPARE(catalog.linkTitle(first.id), first.title);
        QVERIFY(catalog.linkTitle(first.id + QStringLiteral("#no-such-element")).isEmpty());
        QVERIFY(catalog.linkTitle(QStringLiteral("no-such-diagram#x")).isEmpty());

        for (const QString &id : entriesLinkingDiagrams()) {
            const Entry *entry = m_curriculum.entry(id);
            RevealState everything;
            everything.everything = true;
            const QString html = EntryPage(m_curriculum, QPalette(), &catalog).html(*entry, everything);
            for (const QString &link : entry->diagrams) {
                QVERIFY2(html.contains(catalog.linkTitle(link).toHtmlEscaped()), qPrintable(link));
                QVERIFY2(!html.contains(QStringLiteral("Diagram: ") + link), qPrintable(link));
            }
        }
    }

    void sequencesTheIssueAsksFor()
    {
        const DiagramCatalog &catalog = DiagramTestData::catalog();
        auto sequence = [&](const QString &diagram, const QString &id) -> const DiagramSequence * {
            for (const DiagramSequence &s : catalog.diagram(diagram)->sequences) {
                if (s.id == id)
                    return &s;
            }
            return nullptr;
        };
        // docker run walks through its stages in the order they happen.
        const DiagramSequence *run = sequence(QStringLiteral("run-sequence"), QStringLiteral("docker-run"));
        QVERIFY(run);
        QStringList stages;
        for (const DiagramStep &step : run->steps)
            stages.append(step.active);
        const QStringList order{QStringLiteral("resolve"), QStringLiteral("create"), QStringLiteral("namespaces"),
                                QStringLiteral("cgroups"), QStringLiteral("network"), QStringLiteral("rootfs"),
                                QStringLiteral("exec")};
        qsizetype previous = -1;
        for (const QString &stage : order) {
            const qsizetype at = stages.indexOf(stage);
            QVERIFY2(at > previous, qPrintable(stage + QStringLiteral(" in ") + stages.join(QLatin1Char(' '))));
            previous = at;
        }
        const DiagramSequence *crash = sequence(QStringLiteral("engine-chain"), QStringLiteral("containerd-crash"));
        QVERIFY(crash);
        QVERIFY(crash->steps.at(1).active.contains(QStringLiteral("shim")));  // containers keep running under shims
        const DiagramSequence *build = sequence(QStringLiteral("build-cache"), QStringLiteral("edit-source"));
        QVERIFY(build);
        // The miss propagates downwards: after the first miss step, every later step is a miss.
        qsizetype firstMiss = -1;
        for (qsizetype i = 0; i < build->steps.size(); ++i) {
            if (build->steps.at(i).active.contains(QStringLiteral("cache-miss")) && firstMiss < 0)
                firstMiss = i;
        }
        QVERIFY(firstMiss > 0);
        QVERIFY(build->steps.at(firstMiss + 1).active.contains(QStringLiteral("build")));
    }

    void goodFixtureValidates()
    {
        bool loaded = false;
        const auto errors = validate(goodYaml(), goodSvg(), &loaded);
        QVERIFY(loaded);
        QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
    }

    void brokenFilesFail_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<QString>("expected");  // "file:line: message" fragment

        const QByteArray yaml = goodYaml();
        const QByteArray svg = goodSvg();
        QByteArray missingId = svg;
        missingId.replace("<g id=\"b\">", "<g id=\"bee\">");
        QTest::newRow("id missing from the SVG") << yaml << missingId << QStringLiteral("demo.yaml:6: element 'b' has no id=\"b\"");
        QByteArray noText = yaml;
        noText.replace("    text: The first box.\n", "    text: \"\"\n");
        QTest::newRow("element without text") << noText << svg << QStringLiteral("demo.yaml:3: element 'a' has no text");
        QByteArray noTitle = yaml;
        noTitle.replace("    title: B\n", "");
        QTest::newRow("element without title") << noTitle << svg << QStringLiteral("demo.yaml:6: element 'b' has no title");
        QByteArray danglingStep = yaml;
        danglingStep.replace("active: [b]", "active: [c]");
        QTest::newRow("step names no element") << danglingStep << svg << QStringLiteral("demo.yaml:16: step 2 of 'walk' names 'c'");
        QByteArray danglingQuestion = yaml;
        danglingQuestion.replace("questions: [sample]", "questions: [ghost]");
        QTest::newRow("dangling question link") << danglingQuestion << svg
                                                << QStringLiteral("demo.yaml:6: element 'b' links to question 'ghost'");
        QByteArray badOrder = yaml + "order: [b, zed]\n";
        QTest::newRow("order names no element") << badOrder << svg << QStringLiteral("demo.yaml:18: order names 'zed'");
        QByteArray clip = svg;
        clip.replace("  <g id=\"b\">", "  <clipPath id=\"c\"/>\n  <g id=\"b\">");
        QTest::newRow("clipPath") << yaml << clip << QStringLiteral("demo.svg:3: <clipPath> is not supported");
        QByteArray tspan = svg;
        tspan.replace("</svg>", "<text><tspan x=\"1\" y=\"2\">t</tspan></text>\n</svg>");
        QTest::newRow("tspan with x/y") << yaml << tspan << QStringLiteral("demo.svg:4: <tspan> with x or y");
        QByteArray rotated = svg;
        rotated.replace("<g id=\"a\">", "<g id=\"a\" transform=\"rotate(10)\">");
        QTest::newRow("rotated clickable group") << yaml << rotated << QStringLiteral("demo.svg:2: element 'a' is rotated");
        QByteArray duplicate = svg;
        duplicate.replace("<g id=\"b\">", "<g id=\"a\">");
        QTest::newRow("duplicate id") << yaml << duplicate << QStringLiteral("demo.svg:3: id 'a' is used twice");
        QTest::newRow("not XML") << yaml << QByteArray("<svg><g id=\"a\"></svg>") << QStringLiteral("demo.svg:1: not well-formed XML");
    }

    void brokenFilesFail()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, svg);
        QFETCH(QString, expected);
        const QString all = joined(validate(yaml, svg));
        QVERIFY2(all.contains(expected), qPrintable(QStringLiteral("expected: %1\ngot:\n%2").arg(expected, all)));
    }

    void brokenMetadataFailsToLoad_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no title") << QByteArray("elements:\n  - id: a\n    title: A\n    text: T\n") << QStringLiteral("demo.yaml:1: the diagram needs a title");
        QTest::newRow("no elements") << QByteArray("title: Demo\n") << QStringLiteral("demo.yaml:1: the diagram needs a list of elements");
        QTest::newRow("element without id") << QByteArray("title: Demo\nelements:\n  - title: A\n    text: T\n")
                                            << QStringLiteral("demo.yaml:3: an element needs an id");
        QTest::newRow("bad YAML") << QByteArray("title: Demo\nelements: [\n") << QStringLiteral("demo.yaml:");
    }

    void brokenMetadataFailsToLoad()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        QList<ContentError> errors;
        const DiagramCatalog catalog = DiagramCatalog::load(writeDiagram(yaml, goodSvg()), errors);
        QVERIFY(catalog.diagrams().isEmpty());
        QVERIFY2(joined(errors).contains(expected), qPrintable(joined(errors)));
        // The single-error form the content loader uses reports the first one.
        ContentError first;
        DiagramCatalog::load(m_dir.filePath(QStringLiteral("catalog.yaml")), &first);
        QCOMPARE(first.toString(), errors.first().toString());
    }

    // Questions link back to elements without anyone listing them twice.
    void questionIndexIsComputedFromContent()
    {
        const DiagramQuestionIndex index(m_curriculum, DiagramTestData::catalog());
        const QList<QuestionLink> shim = index.questions(QStringLiteral("engine-chain"), QStringLiteral("shim"));
        QVERIFY(shim.contains(QuestionLink{QStringLiteral("docker-engine-architecture"),
                                           m_curriculum.entry(QStringLiteral("docker-engine-architecture"))->title}));
        // Every entry's diagram link shows up under that element.
        for (const QString &id : entriesLinkingDiagrams()) {
            for (const QString &link : m_curriculum.entry(id)->diagrams) {
                const QStringList parts = link.split(QLatin1Char('#'));
                bool found = false;
                for (const QuestionLink &q : index.questions(parts.at(0), parts.at(1)))
                    found |= q.entryId == id;
                QVERIFY2(found, qPrintable(id + QStringLiteral(" missing under ") + link));
            }
        }
        // Extra links from the metadata are added once.
        const QList<QuestionLink> copyUp = index.questions(QStringLiteral("layers"), QStringLiteral("copy-up"));
        QCOMPARE(copyUp.count(QuestionLink{QStringLiteral("overlay2-copy-on-write"),
                                          m_curriculum.entry(QStringLiteral("overlay2-copy-on-write"))->title}), 1);
    }
};

QTEST_GUILESS_MAIN(TestDiagramMetadata)
#include "tst_diagrammetadata.moc"
