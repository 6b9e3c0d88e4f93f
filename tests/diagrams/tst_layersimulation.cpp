#include "diagrams/layersimulation.h"

#include <QTest>

using namespace DockPrep;

namespace {

const QString passwd = QStringLiteral("/etc/passwd");
const QString osRelease = QStringLiteral("/etc/os-release");
constexpr int A = 0;
constexpr int B = 1;

const MergedFile *find(const QList<MergedFile> &files, const QString &path)
{
    for (const MergedFile &file : files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

} // namespace

class TestLayerSimulation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergedViewTakesTheTopmostLayer()
    {
        const LayerSimulation sim = LayerSimulation::sample();
        const QList<MergedFile> view = sim.mergedView(A);
        QCOMPARE(find(view, passwd)->source, QStringLiteral("layer-packages"));  // layer 2 replaced layer 1's copy
        QCOMPARE(find(view, osRelease)->source, QStringLiteral("layer-base"));
        QCOMPARE(view.size(), 6);
    }

    void writingANewFileCreatesItInUpper()
    {
        LayerSimulation sim = LayerSimulation::sample();
        const LayerChange change = sim.writeFile(A, QStringLiteral("/app/new.txt"), QStringLiteral("hi"));
        QCOMPARE(change.kind, LayerChange::Kind::Created);
        QCOMPARE(change.highlight(), QStringList{QStringLiteral("writable-layer")});
        QCOMPARE(sim.container(A).upper.value(QStringLiteral("/app/new.txt")).content, QStringLiteral("hi"));
        QCOMPARE(find(sim.mergedView(A), QStringLiteral("/app/new.txt"))->source, QStringLiteral("writable-layer"));
    }

    void modifyingALowerFileCopiesItUp()
    {
        LayerSimulation sim = LayerSimulation::sample();
        const QString original = sim.read(A, passwd);
        const LayerChange change = sim.writeFile(A, passwd, QStringLiteral("root:x:0:0 + app"));
        QCOMPARE(change.kind, LayerChange::Kind::CopiedUp);
        QCOMPARE(change.fromLayer, QStringLiteral("layer-packages"));  // the topmost copy is the one copied
        QCOMPARE(change.highlight(), (QStringList{QStringLiteral("layer-packages"), QStringLiteral("copy-up"),
                                                  QStringLiteral("writable-layer")}));
        QVERIFY(sim.container(A).upper.value(passwd).copiedUp);
        QCOMPARE(sim.read(A, passwd), QStringLiteral("root:x:0:0 + app"));
        // The image layer keeps the original.
        QCOMPARE(sim.layers().at(1).files.value(passwd), original);
        // A second write goes to the copy: no second copy-up.
        QCOMPARE(sim.writeFile(A, passwd, QStringLiteral("again")).kind, LayerChange::Kind::ModifiedInUpper);
        QCOMPARE(sim.read(A, passwd), QStringLiteral("again"));
    }

    void deletingALowerFileLeavesAWhiteout()
    {
        LayerSimulation sim = LayerSimulation::sample();
        const LayerChange change = sim.deleteFile(A, osRelease);
        QCOMPARE(change.kind, LayerChange::Kind::WhitedOut);
        QCOMPARE(change.fromLayer, QStringLiteral("layer-base"));
        QVERIFY(change.highlight().contains(QStringLiteral("whiteout")));
        QVERIFY(sim.container(A).upper.value(osRelease).whiteout);
        QVERIFY(!find(sim.mergedView(A), osRelease));
        QVERIFY(sim.read(A, osRelease).isNull());
        QVERIFY(sim.layers().at(0).files.contains(osRelease));  // still in the image
        // Deleting it again: nothing to delete.
        QCOMPARE(sim.deleteFile(A, osRelease).kind, LayerChange::Kind::NotFound);
        // Writing it again replaces the whiteout with a new file.
        QCOMPARE(sim.writeFile(A, osRelease, QStringLiteral("new")).kind, LayerChange::Kind::Created);
        QCOMPARE(sim.read(A, osRelease), QStringLiteral("new"));
    }

    void deletingACopiedUpFileStillNeedsAWhiteout()
    {
        LayerSimulation sim = LayerSimulation::sample();
        sim.writeFile(A, passwd, QStringLiteral("changed"));
        QCOMPARE(sim.deleteFile(A, passwd).kind, LayerChange::Kind::WhitedOut);
        QVERIFY(sim.container(A).upper.value(passwd).whiteout);
        QVERIFY(sim.read(A, passwd).isNull());
    }

    void deletingAnUpperOnlyFileRemovesIt()
    {
        LayerSimulation sim = LayerSimulation::sample();
        sim.writeFile(A, QStringLiteral("/tmp/x"), QStringLiteral("x"));
        QCOMPARE(sim.deleteFile(A, QStringLiteral("/tmp/x")).kind, LayerChange::Kind::RemovedFromUpper);
        QVERIFY(sim.container(A).upper.isEmpty());  // no whiteout needed
    }

    void containersShareLayersButNotChanges()
    {
        LayerSimulation sim = LayerSimulation::sample();
        const QList<MergedFile> before = sim.mergedView(B);
        sim.writeFile(A, passwd, QStringLiteral("A's passwd"));
        sim.deleteFile(A, osRelease);
        sim.writeFile(A, QStringLiteral("/app/a-only"), QStringLiteral("a"));
        // B sees exactly the image, from the very same layers.
        const QList<MergedFile> after = sim.mergedView(B);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).path, before.at(i).path);
            QCOMPARE(after.at(i).content, before.at(i).content);
            QCOMPARE(after.at(i).source, before.at(i).source);
        }
        QVERIFY(sim.container(B).upper.isEmpty());
        QCOMPARE(sim.read(B, osRelease), sim.layers().at(0).files.value(osRelease));
        // And B's own copy-up is independent of A's.
        QCOMPARE(sim.writeFile(B, passwd, QStringLiteral("B's passwd")).kind, LayerChange::Kind::CopiedUp);
        QCOMPARE(sim.read(A, passwd), QStringLiteral("A's passwd"));
        QCOMPARE(sim.read(B, passwd), QStringLiteral("B's passwd"));
        sim.reset();
        QVERIFY(sim.container(A).upper.isEmpty());
        QVERIFY(sim.container(B).upper.isEmpty());
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("empty") << QString();
        QTest::newRow("relative") << QStringLiteral("etc/passwd");
        QTest::newRow("dot-dot") << QStringLiteral("/etc/../passwd");
        QTest::newRow("dot") << QStringLiteral("/./x");
        QTest::newRow("double slash") << QStringLiteral("//x");
        QTest::newRow("directory") << QStringLiteral("/etc/");
        QTest::newRow("root") << QStringLiteral("/");
    }

    void badInputIsRefused()
    {
        QFETCH(QString, path);
        LayerSimulation sim = LayerSimulation::sample();
        QCOMPARE(sim.writeFile(A, path, QStringLiteral("x")).kind, LayerChange::Kind::InvalidPath);
        QCOMPARE(sim.deleteFile(A, path).kind, LayerChange::Kind::InvalidPath);
        QCOMPARE(sim.writeFile(7, passwd, QStringLiteral("x")).kind, LayerChange::Kind::InvalidPath);
        QVERIFY(sim.container(A).upper.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLayerSimulation)
#include "tst_layersimulation.moc"
