#include "interview/keypointmatcher.h"

#include <QTest>

using namespace DockPrep;

class TestKeyPointMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("covered");

        const QStringList cow{QStringLiteral("copy-up"), QStringLiteral("copy on write"), QStringLiteral("writable layer")};
        QTest::newRow("exact phrase") << cow << QStringLiteral("It uses copy on write.") << true;
        QTest::newRow("case") << cow << QStringLiteral("COPY ON WRITE semantics") << true;
        QTest::newRow("hyphens are word breaks") << cow << QStringLiteral("copy-on-write") << true;
        QTest::newRow("term hyphen, answer spaces") << cow << QStringLiteral("the file is copied, a copy up") << true;
        QTest::newRow("plural stem") << cow << QStringLiteral("each container has writable layers") << true;
        QTest::newRow("synonym cow") << cow << QStringLiteral("it is CoW under the hood") << true;
        QTest::newRow("synonym copied up") << cow << QStringLiteral("the file gets copied up first") << true;
        QTest::newRow("words apart do not make a phrase") << cow << QStringLiteral("write a copy on the layer") << false;
        QTest::newRow("empty answer") << cow << QString() << false;
        QTest::newRow("blank answer") << cow << QStringLiteral("  \n\t ") << false;
        QTest::newRow("punctuation only") << cow << QStringLiteral("--- ... !!") << false;
        QTest::newRow("not inside a word") << QStringList{QStringLiteral("cow")} << QStringLiteral("cowboy coward") << false;

        const QStringList k8s{QStringLiteral("kubernetes")};
        QTest::newRow("synonym k8s") << k8s << QStringLiteral("on k8s the kubelet") << true;
        QTest::newRow("synonym reverse") << QStringList{QStringLiteral("k8s")} << QStringLiteral("Kubernetes schedules it") << true;

        const QStringList cache{QStringLiteral("cache")};
        QTest::newRow("caching") << cache << QStringLiteral("layer caching matters") << true;
        QTest::newRow("caches") << cache << QStringLiteral("BuildKit caches layers") << true;
        QTest::newRow("cached") << cache << QStringLiteral("it was cached") << true;
        QTest::newRow("no cache word") << cache << QStringLiteral("cachet is a different word") << false;

        QTest::newRow("diacritics in answer") << QStringList{QStringLiteral("cafe")} << QStringLiteral("Le Café du coin") << true;
        QTest::newRow("diacritics in term") << QStringList{QStringLiteral("naïve")} << QStringLiteral("a NAIVE approach") << true;
        QTest::newRow("british spelling") << QStringList{QStringLiteral("utilization")} << QStringLiteral("GPU utilisation") << true;
        QTest::newRow("flag term") << QStringList{QStringLiteral("--gpus"), QStringLiteral("gpus all")} << QStringLiteral("docker run --gpus=all") << true;
        QTest::newRow("path term") << QStringList{QStringLiteral("/dev/nvidia")} << QStringLiteral("it mounts /dev/nvidia0") << false;
        QTest::newRow("path term exact") << QStringList{QStringLiteral("/dev/nvidia")} << QStringLiteral("the /dev/nvidia device") << true;
        QTest::newRow("dotted term") << QStringList{QStringLiteral("nvidia.com/gpu")} << QStringLiteral("request nvidia.com/gpu: 1") << true;
        QTest::newRow("ing form") << QStringList{QStringLiteral("lazy pulling")} << QStringLiteral("lazy pull of images") << true;
        QTest::newRow("different word") << QStringList{QStringLiteral("namespace")} << QStringLiteral("cgroups limit memory") << false;
        QTest::newRow("no terms") << QStringList{} << QStringLiteral("anything at all") << false;
    }

    void matches()
    {
        QFETCH(QStringList, terms);
        QFETCH(QString, answer);
        QFETCH(bool, covered);
        const QList<bool> result = KeyPointMatcher::match({KeyPoint{QStringLiteral("the point"), terms}}, answer);
        QCOMPARE(result.size(), 1);
        QCOMPARE(result.first(), covered);
    }

    void matchesEachKeyPointSeparately()
    {
        const QList<KeyPoint> points{
            {QStringLiteral("Namespaces isolate"), {QStringLiteral("namespace"), QStringLiteral("namespaces")}},
            {QStringLiteral("Cgroups limit"), {QStringLiteral("cgroup"), QStringLiteral("cgroups")}},
            {QStringLiteral("Capabilities split root"), {QStringLiteral("capabilities"), QStringLiteral("capability")}},
        };
        QCOMPARE(KeyPointMatcher::match(points, QStringLiteral("Namespaces hide things; capabilities split root.")),
                 (QList<bool>{true, false, true}));
        QCOMPARE(KeyPointMatcher::match(points, QString()), (QList<bool>{false, false, false}));
    }

    void stems_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("process") << QStringLiteral("process") << QStringLiteral("processes");
        QTest::newRow("policy") << QStringLiteral("policy") << QStringLiteral("policies");
        QTest::newRow("image") << QStringLiteral("image") << QStringLiteral("images");
        QTest::newRow("run") << QStringLiteral("run") << QStringLiteral("running");
        QTest::newRow("install") << QStringLiteral("install") << QStringLiteral("installed");
        QTest::newRow("layer") << QStringLiteral("layer") << QStringLiteral("layered");
    }

    void stems()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(KeyPointMatcher::stem(a), KeyPointMatcher::stem(b));
    }
};

QTEST_GUILESS_MAIN(TestKeyPointMatcher)
#include "tst_keypointmatcher.moc"
