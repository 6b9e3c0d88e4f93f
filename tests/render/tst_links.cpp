#include "content/curriculum.h"
#include "diagrams/diagramcatalog.h"
#include "exchange/studysnapshot.h"
#include "notes/notetopics.h"
#include "render/pagelink.h"
#include "store/notetarget.h"

#include <QTest>

using namespace DockPrep;

// The typed identifiers: what a note is attached to (stored as text) and the links inside
// DockPrep's own pages. Each prints and parses in one place, so a round trip gives back what was
// printed and anything else reads as clearly invalid.
class TestLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noteTargetsRoundTrip_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");  // the entry id or the diagram link
        QTest::newRow("free") << QString() << int(NoteTarget::Kind::Free) << QString();
        QTest::newRow("entry") << QStringLiteral("entry:first-image") << int(NoteTarget::Kind::Entry) << QStringLiteral("first-image");
        QTest::newRow("diagram element") << QStringLiteral("diagram:engine-chain#shim") << int(NoteTarget::Kind::Diagram)
                                         << QStringLiteral("engine-chain#shim");
        QTest::newRow("whole diagram") << QStringLiteral("diagram:layers") << int(NoteTarget::Kind::Diagram) << QStringLiteral("layers");
    }
    void noteTargetsRoundTrip()
    {
        QFETCH(QString, stored);
        QFETCH(int, kind);
        QFETCH(QString, id);
        const NoteTarget target = NoteTarget::parse(stored);
        QCOMPARE(int(target.kind()), kind);
        QVERIFY(target.isValid());
        QCOMPARE(target.isEntry() ? target.entryId() : target.diagramLink(), id);
        QCOMPARE(target.toString(), stored);  // the database and backups keep the same text
        const NoteTarget made = target.isEntry() ? NoteTarget::entry(id) : target.isDiagram() ? NoteTarget::diagram(id) : NoteTarget();
        QCOMPARE(made, target);
    }

    void malformedNoteTargetsAreInvalid_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("entry without an id") << QStringLiteral("entry:");
        QTest::newRow("diagram without a link") << QStringLiteral("diagram:");
        QTest::newRow("element without a diagram") << QStringLiteral("diagram:#shim");
        QTest::newRow("diagram with an empty element") << QStringLiteral("diagram:engine-chain#");
        QTest::newRow("unknown prefix") << QStringLiteral("chapter:images");
        QTest::newRow("no prefix") << QStringLiteral("first-image");
        QTest::newRow("prefix in another case") << QStringLiteral("Entry:first-image");
    }
    void malformedNoteTargetsAreInvalid()
    {
        QFETCH(QString, stored);
        const NoteTarget target = NoteTarget::parse(stored);
        QCOMPARE(target.kind(), NoteTarget::Kind::Invalid);
        QVERIFY(!target.isValid());
        QVERIFY(target.entryId().isEmpty());
        QVERIFY(target.diagramLink().isEmpty());
        QCOMPARE(target.toString(), stored);  // kept as read: a newer DockPrep's target survives a backup
    }

    void emptyIdsMakeNoTarget()
    {
        QVERIFY(!NoteTarget::entry(QString()).isValid());
        QVERIFY(!NoteTarget::diagram(QString()).isValid());
        QVERIFY(!NoteTarget::diagram(QStringLiteral("#shim")).isValid());
    }

    void pageLinksRoundTrip()
    {
        const PageLink entry = PageLink::parse(PageLink::entry(QStringLiteral("first-image")));
        QCOMPARE(entry.kind(), PageLink::Kind::Entry);
        QCOMPARE(entry.entryId(), QStringLiteral("first-image"));
        QVERIFY(entry.diagramLink().isEmpty());

        const PageLink element = PageLink::parse(PageLink::diagram(QStringLiteral("build-cache#cache-hit")));
        QCOMPARE(element.kind(), PageLink::Kind::Diagram);
        QCOMPARE(element.diagramLink(), QStringLiteral("build-cache#cache-hit"));
        QCOMPARE(PageLink::parse(PageLink::diagram(QStringLiteral("layers"))).diagramLink(), QStringLiteral("layers"));

        const PageLink reveal = PageLink::parse(PageLink::reveal(QStringLiteral("followup-2")));
        QCOMPARE(reveal.kind(), PageLink::Kind::Reveal);
        QCOMPARE(reveal.part(), QStringLiteral("followup-2"));

        const PageLink copy = PageLink::parse(PageLink::copy(3));
        QCOMPARE(copy.kind(), PageLink::Kind::Copy);
        QCOMPARE(copy.snippet(), 3);
        QCOMPARE(entry.snippet(), -1);

        // As the reader's HTML carries them: printed, then read back from the text.
        QCOMPARE(PageLink::parse(QUrl(PageLink::diagram(QStringLiteral("engine-chain#shim")).toString())).diagramLink(),
                 QStringLiteral("engine-chain#shim"));
    }

    void otherLinksAreNone_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("web") << QUrl(QStringLiteral("https://docs.docker.com/entry/first-image"));
        QTest::newRow("entry without an id") << QUrl(QStringLiteral("dockprep:entry/"));
        QTest::newRow("diagram without an id") << QUrl(QStringLiteral("dockprep:diagram/#shim"));
        QTest::newRow("unknown action") << QUrl(QStringLiteral("dockprep:settings/theme"));
        QTest::newRow("snippet not a number") << QUrl(QStringLiteral("dockprep:copy/two"));
        QTest::newRow("negative snippet") << QUrl(QStringLiteral("dockprep:copy/-1"));
        QTest::newRow("empty") << QUrl();
    }
    void otherLinksAreNone()
    {
        QFETCH(QUrl, url);
        const PageLink link = PageLink::parse(url);
        QCOMPARE(link.kind(), PageLink::Kind::None);
        QVERIFY(link.entryId().isEmpty());
        QCOMPARE(link.snippet(), -1);
    }

    // A diagram the catalog does not know (none loaded, or removed since the note was written)
    // reads the same in the notes list and in the exports: its ids in words, never the raw link.
    void unknownDiagramsReadAsWordsEverywhere()
    {
        const QString link = QStringLiteral("build-cache#cache-hit");
        QCOMPARE(diagramLinkHeading(link, nullptr), QStringLiteral("Build cache: Cache hit"));
        QCOMPARE(diagramLinkHeading(QStringLiteral("build-cache"), nullptr), QStringLiteral("Build cache"));
        const DiagramCatalog empty;
        QCOMPARE(diagramLinkHeading(link, &empty), QStringLiteral("Build cache: Cache hit"));

        const QString stored = NoteTarget::diagram(link).toString();
        QCOMPARE(NoteTopics(nullptr, nullptr).title(stored), QStringLiteral("Diagram: Build cache: Cache hit"));
        const Curriculum curriculum;
        const QList<NoteGroup> groups = groupNotes({Note{QStringLiteral("n-1"), stored, QStringLiteral("hit"), {}, {}}}, curriculum, nullptr);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().kind, NoteGroup::Kind::Diagram);
        QCOMPARE(groups.first().heading, QStringLiteral("Build cache: Cache hit"));
    }
};

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
