#include "support/testdata.h"

#include "curriculum/contentloader.h"
#include "interview/keypointmatcher.h"
#include "interview/matcherevaluation.h"

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

        // "kubernetes" and "cache" alone are generic words (see honestMatching); the synonyms and
        // stems are checked through specific terms.
        QTest::newRow("synonym sbom") << QStringList{QStringLiteral("sbom")} << QStringLiteral("attach a software bill of materials") << true;
        QTest::newRow("synonym reverse") << QStringList{QStringLiteral("software bill of materials")} << QStringLiteral("we generate an SBOM") << true;

        const QStringList cache{QStringLiteral("cache mount")};
        QTest::newRow("caching") << cache << QStringLiteral("a caching mount matters") << true;
        QTest::newRow("caches") << cache << QStringLiteral("BuildKit caches mounts") << true;
        QTest::newRow("cached") << cache << QStringLiteral("it was cached mounted") << true;
        QTest::newRow("no cache word") << cache << QStringLiteral("cachet mount is a different word") << false;
        QTest::newRow("flag needs its dash") << QStringList{QStringLiteral("--memory")} << QStringLiteral("it uses a lot of memory") << false;
        QTest::newRow("flag with its dash") << QStringList{QStringLiteral("--memory")} << QStringLiteral("I set --memory=512m on it") << true;

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
        QCOMPARE(KeyPointMatcher::match(points, QStringLiteral("Namespaces hide things from a process; capabilities split the power of root.")),
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

    // Issue 16: negation, generic terms and keyword lists, one key point at a time.
    void honestMatching_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("covered");

        const QString backups = QStringLiteral("Database-native backups with WAL archiving");
        const QStringList backupTerms{QStringLiteral("pg_dump"), QStringLiteral("wal"), QStringLiteral("point-in-time")};
        QTest::newRow("plain") << backups << backupTerms << QStringLiteral("I take a pg_dump every night.") << true;
        QTest::newRow("not") << backups << backupTerms << QStringLiteral("I would not run pg_dump.") << false;
        QTest::newRow("never") << backups << backupTerms << QStringLiteral("We never archive the WAL.") << false;
        QTest::newRow("don't") << backups << backupTerms << QStringLiteral("I don't bother with pg_dump.") << false;
        QTest::newRow("curly won’t") << backups << backupTerms << QStringLiteral("I won’t use pg_dump.") << false;
        QTest::newRow("without") << backups << backupTerms << QStringLiteral("We run fine without WAL archiving.") << false;
        QTest::newRow("no") << backups << backupTerms << QStringLiteral("There is no point-in-time recovery.") << false;
        QTest::newRow("skip") << backups << backupTerms << QStringLiteral("We skip the pg_dump on weekends.") << false;
        QTest::newRow("instead of") << backups << backupTerms << QStringLiteral("A volume tar instead of pg_dump.") << false;
        QTest::newRow("negated list") << backups << backupTerms << QStringLiteral("No snapshots, pg_dump or WAL.") << false;
        QTest::newRow("dismissed clause") << backups << backupTerms << QStringLiteral("Honestly pg_dump is overkill here.") << false;
        QTest::newRow("not needed after") << backups << backupTerms << QStringLiteral("WAL archiving is not needed.") << false;
        QTest::newRow("scope ends at but") << backups << backupTerms << QStringLiteral("Not tar, but pg_dump with WAL.") << true;
        QTest::newRow("scope ends at the sentence") << backups << backupTerms << QStringLiteral("Not tar. I use pg_dump.") << true;
        QTest::newRow("scope ends at a new clause") << backups << backupTerms
                                                    << QStringLiteral("I would not tar the volume, and I would use pg_dump.") << true;
        QTest::newRow("comma starts a clause") << backups << backupTerms
                                               << QStringLiteral("Never tar a live volume, take a consistent pg_dump with the database running.") << true;
        QTest::newRow("not only") << backups << backupTerms << QStringLiteral("Not only pg_dump but also WAL archiving.") << true;
        QTest::newRow("negator before the term's clause") << backups << backupTerms
                                                          << QStringLiteral("No downtime: we stream the WAL to S3.") << true;
        QTest::newRow("flag with no-") << QStringLiteral("Pair it with a read-only root")
                                       << QStringList{QStringLiteral("read-only")}
                                       << QStringLiteral("I set no-new-privileges and a read-only root filesystem.") << true;
        QTest::newRow("statement says never") << QStringLiteral("Never delete /var/lib/docker by hand on a live host")
                                              << QStringList{QStringLiteral("rm -rf"), QStringLiteral("/var/lib/docker")}
                                              << QStringLiteral("You must never touch /var/lib/docker by hand.") << true;
        QTest::newRow("statement's other term stays positive") << QStringLiteral("Never delete /var/lib/docker by hand on a live host")
                                                               << QStringList{QStringLiteral("rm -rf")}
                                                               << QStringLiteral("Never rm -rf anything.") << false;

        const QString hostOom = QStringLiteral("A host-wide OOM shows CONSTRAINT_NONE and is a host sizing problem");
        QTest::newRow("generic word alone") << hostOom << QStringList{QStringLiteral("constraint_none"), QStringLiteral("out of memory")}
                                            << QStringLiteral("It was probably an OOM, the app has a leak.") << false;
        QTest::newRow("generic beside specific") << hostOom << QStringList{QStringLiteral("constraint_none"), QStringLiteral("out of memory")}
                                                 << QStringLiteral("The host ran out of memory: dmesg says CONSTRAINT_NONE.") << true;
        QTest::newRow("leak alone") << QStringLiteral("Fix by right-sizing, container-aware runtimes or leak profiling")
                                    << QStringList{QStringLiteral("gomemlimit"), QStringLiteral("leak")}
                                    << QStringLiteral("The app has a leak.") << false;

        const QString order = QStringLiteral("Order instructions; copy dependency manifests first");
        QTest::newRow("bare phrase ticks its one point") << order << QStringList{QStringLiteral("package.json first")}
                                                         << QStringLiteral("package.json first") << true;
    }

    void honestMatching()
    {
        QFETCH(QString, statement);
        QFETCH(QStringList, terms);
        QFETCH(QString, answer);
        QFETCH(bool, covered);
        QCOMPARE(KeyPointMatcher::match({KeyPoint{statement, terms}}, answer).constFirst(), covered);
    }

    // A pasted list of terms naming several points ticks none; the same terms in sentences do.
    void keywordListSweep()
    {
        const QList<KeyPoint> points{
            {QStringLiteral("Copy dependency manifests first"), {QStringLiteral("package.json first")}},
            {QStringLiteral("A .dockerignore trims the context"), {QStringLiteral(".dockerignore")}},
            {QStringLiteral("Seccomp filters syscalls"), {QStringLiteral("seccomp")}},
        };
        QCOMPARE(KeyPointMatcher::match(points, QStringLiteral("Keywords: package.json first, dockerignore, seccomp.")),
                 (QList<bool>{false, false, false}));
        QCOMPARE(KeyPointMatcher::match(points, QStringLiteral("I copy package.json first, add a .dockerignore to the context and keep the default seccomp profile.")),
                 (QList<bool>{true, true, true}));
        const QList<KeyPointVerdict> verdicts = KeyPointMatcher::assess(points, QStringLiteral("seccomp, dockerignore"));
        QCOMPARE(verdicts.at(2).evidence.constFirst().kind, MatchEvidence::Kind::KeywordList);
    }

    void genericTerms_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("generic");
        QTest::newRow("oom") << QStringLiteral("oom") << true;
        QTest::newRow("OOM upper case") << QStringLiteral("OOM") << true;
        QTest::newRow("out of memory") << QStringLiteral("out of memory") << true;
        QTest::newRow("host memory") << QStringLiteral("host memory") << true;
        QTest::newRow("leak") << QStringLiteral("leak") << true;
        QTest::newRow("leaks") << QStringLiteral("leaks") << true;
        QTest::newRow("security") << QStringLiteral("security") << true;
        QTest::newRow("images") << QStringLiteral("images") << true;
        QTest::newRow("the memory") << QStringLiteral("the memory") << true;
        QTest::newRow("global oom") << QStringLiteral("global oom") << false;
        QTest::newRow("memory.max") << QStringLiteral("memory.max") << false;
        QTest::newRow("memory limit") << QStringLiteral("memory limit") << false;
        QTest::newRow("pg_dump") << QStringLiteral("pg_dump") << false;
        QTest::newRow("rpo") << QStringLiteral("rpo") << false;
    }

    void genericTerms()
    {
        QFETCH(QString, term);
        QFETCH(bool, generic);
        QCOMPARE(KeyPointMatcher::isGenericTerm(term), generic);
    }

    // The evidence names the term and the exact characters of the answer, for highlighting.
    void evidenceRanges()
    {
        const QString answer = QStringLiteral("Nightly pg_dump, and no WAL archiving at all.");
        const QList<KeyPointVerdict> verdicts = KeyPointMatcher::assess(
            {KeyPoint{QStringLiteral("Backups with WAL archiving"), {QStringLiteral("pg_dump"), QStringLiteral("wal archiving")}}}, answer);
        QCOMPARE(verdicts.size(), 1);
        QVERIFY(verdicts.constFirst().covered);
        const QList<MatchEvidence> &evidence = verdicts.constFirst().evidence;
        QCOMPARE(evidence.size(), 2);
        QCOMPARE(answer.mid(evidence.at(0).start, evidence.at(0).length), QStringLiteral("pg_dump"));
        QCOMPARE(evidence.at(0).term, QStringLiteral("pg_dump"));
        QCOMPARE(evidence.at(0).kind, MatchEvidence::Kind::Counted);
        QCOMPARE(answer.mid(evidence.at(1).start, evidence.at(1).length), QStringLiteral("WAL archiving"));
        QCOMPARE(evidence.at(1).kind, MatchEvidence::Kind::Negated);
        QCOMPARE(verdicts.constFirst().counted().size(), 1);
    }

    // The cases of issue 16 on the real curriculum.
    void issueCases_data()
    {
        QTest::addColumn<QString>("entryId");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QList<bool>>("expected");
        const QString dr = QStringLiteral("container-disaster-recovery");
        QTest::newRow("negated DR answer") << dr
            << QStringLiteral("I would not bother with backups or pg_dump or WAL archiving, and never test a restore… no RPO or RTO targets")
            << QList<bool>(6, false);
        QTest::newRow("buzzword DR answer") << dr << QStringLiteral("RPO, RTO, GitOps, WAL, PITR, object lock, multi-zone, game day.")
                                            << QList<bool>(6, false);
        const QString oom = QStringLiteral("exit-code-137-oom-vs-sigkill");
        QTest::newRow("OOM alone") << oom << QStringLiteral("It was an OOM, I think.") << QList<bool>(6, false);
        QTest::newRow("leak alone") << oom << QStringLiteral("The application has a leak somewhere.") << QList<bool>(6, false);
        QTest::newRow("host-wide OOM") << oom << QStringLiteral("When the whole host runs out of memory the kernel log shows CONSTRAINT_NONE.")
                                       << QList<bool>{false, false, false, false, true, false};
    }

    void issueCases()
    {
        QFETCH(QString, entryId);
        QFETCH(QString, answer);
        QFETCH(QList<bool>, expected);
        const Entry *entry = curriculum().entry(entryId);
        QVERIFY2(entry, qPrintable(entryId));
        QCOMPARE(KeyPointMatcher::match(entry->keyPoints, answer), expected);
    }

    // The labelled set: precision and recall of pre-ticking against a careful human grader.
    void labelledSet()
    {
        QString error;
        const QList<LabelledAnswer> answers = loadLabelledAnswers(TestData::sourcePath(QStringLiteral("tests/data/keypoint-answers.json")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const MatcherScores scores = evaluateMatcher(curriculum(), answers, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(scores.answers >= 60);
        QVERIFY(scores.entries >= 20);
        const QString report = QStringLiteral("precision %1, recall %2 (TP %3, FP %4, FN %5); differences from the labels:\n%6")
                                   .arg(scores.precision(), 0, 'f', 3).arg(scores.recall(), 0, 'f', 3)
                                   .arg(scores.truePositives).arg(scores.falsePositives).arg(scores.falseNegatives)
                                   .arg(scores.mismatches.join(u'\n'));
        qInfo("%s", qPrintable(report));
        QVERIFY2(scores.precision() >= 0.90, qPrintable(report));
        QVERIFY2(scores.recall() >= 0.75, qPrintable(report));
        QVERIFY2(scores.worstNegatedOrBuzzwords <= 1, qPrintable(report));
    }

    void labelledSetErrors()
    {
        QString error;
        const QList<LabelledAnswer> wrongPoint{{QStringLiteral("container-disaster-recovery"), QStringLiteral("strong"), QStringLiteral("x"), {9}}};
        evaluateMatcher(curriculum(), wrongPoint, &error);
        QVERIFY(error.contains(QStringLiteral("key point 9")));
        error.clear();
        const QList<LabelledAnswer> unknown{{QStringLiteral("no-such-entry"), QStringLiteral("strong"), QStringLiteral("x"), {}}};
        evaluateMatcher(curriculum(), unknown, &error);
        QVERIFY(error.contains(QStringLiteral("no-such-entry")));
    }

private:
    static const Curriculum &curriculum() { return TestData::shippedCurriculum(); }
};

QTEST_GUILESS_MAIN(TestKeyPointMatcher)
#include "tst_keypointmatcher.moc"
