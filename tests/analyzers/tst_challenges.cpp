#include "challenges/challengechecker.h"
#include "challenges/challengeloader.h"

#include <QTest>

using namespace DockPrep;

// Every challenge in content/challenges, through the same loader the app uses: its reference
// solution passes every check and its starting file fails the checks it is about.
class TestChallenges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInAndSourceFoldersAgree();
    void referenceSolutionPassesEveryCheck_data();
    void referenceSolutionPassesEveryCheck();
    void startingFileFailsTheIntendedChecks_data();
    void startingFileFailsTheIntendedChecks();
    void brokenFilesFailTheParseCheckWithTheLine_data();
    void brokenFilesFailTheParseCheckWithTheLine();
    void failedChecksPointAtTheLine();
    void loaderReportsMistakesWithTheLine_data();
    void loaderReportsMistakesWithTheLine();

private:
    void addChallengeRows();
    QList<Challenge> m_challenges;
};

void TestChallenges::initTestCase()
{
    const ChallengeLoadResult loaded = loadChallenges(QStringLiteral(DOCKPREP_SOURCE_DIR "/content/challenges"));
    for (const ContentError &e : loaded.errors)
        qWarning("%s", qPrintable(e.toString()));
    QVERIFY(loaded.ok());
    m_challenges = loaded.challenges;
    // The seed guide's two and at least six of our own.
    QVERIFY(m_challenges.size() >= 8);
}

void TestChallenges::builtInAndSourceFoldersAgree()
{
    const ChallengeLoadResult builtIn = loadChallenges(builtInChallengeFolder());
    QVERIFY(builtIn.ok());
    QCOMPARE(builtIn.challenges.size(), m_challenges.size());
}

void TestChallenges::addChallengeRows()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_challenges.size(); ++i)
        QTest::newRow(qPrintable(m_challenges.at(i).id)) << i;
}

void TestChallenges::referenceSolutionPassesEveryCheck_data()
{
    addChallengeRows();
}

void TestChallenges::referenceSolutionPassesEveryCheck()
{
    QFETCH(int, index);
    const Challenge &challenge = m_challenges.at(index);
    const ChallengeResult result = checkChallenge(challenge, challenge.solution);
    QCOMPARE(result.outcomes.size(), challenge.checks.size() + 1);
    for (const CheckOutcome &o : result.outcomes)
        QVERIFY2(o.passed, qPrintable(QStringLiteral("%1 (line %2): %3").arg(o.id).arg(o.line).arg(o.detail)));
    QVERIFY(result.passed());
    QVERIFY(!challenge.hints.isEmpty());
}

void TestChallenges::startingFileFailsTheIntendedChecks_data()
{
    addChallengeRows();
}

void TestChallenges::startingFileFailsTheIntendedChecks()
{
    QFETCH(int, index);
    const Challenge &challenge = m_challenges.at(index);
    const ChallengeResult result = checkChallenge(challenge, challenge.start);
    QVERIFY2(result.outcomes.constFirst().passed, qPrintable(result.outcomes.constFirst().detail));  // it parses
    for (int i = 0; i < challenge.checks.size(); ++i) {
        const ChallengeCheck &check = challenge.checks.at(i);
        const CheckOutcome &o = result.outcomes.at(i + 1);
        QCOMPARE(o.id, check.id);
        QVERIFY2(o.passed == check.startPasses,
                 qPrintable(QStringLiteral("%1: expected %2 on the starting file").arg(check.id,
                                                                                       check.startPasses ? QStringLiteral("pass") : QStringLiteral("fail"))));
        if (!o.passed)
            QVERIFY2(!o.detail.isEmpty(), qPrintable(check.id));
    }
    QVERIFY(!result.passed());
}

void TestChallenges::brokenFilesFailTheParseCheckWithTheLine_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("compose") << QStringLiteral("compose-multi-container")
                             << QStringLiteral("services:\n  web:\n    image: [nginx\n") << 4;
    QTest::newRow("dockerfile") << QStringLiteral("dockerfile-non-root")
                                << QStringLiteral("FROM python:3.12-slim\nRUN <<EOF\necho never closed\n") << 2;
}

void TestChallenges::brokenFilesFailTheParseCheckWithTheLine()
{
    QFETCH(QString, id);
    QFETCH(QString, text);
    QFETCH(int, line);
    const auto it = std::find_if(m_challenges.cbegin(), m_challenges.cend(), [&](const Challenge &c) { return c.id == id; });
    QVERIFY(it != m_challenges.cend());
    const ChallengeResult result = checkChallenge(*it, text);
    QCOMPARE(result.outcomes.constFirst().id, QStringLiteral("parses"));
    QVERIFY(!result.outcomes.constFirst().passed);
    QCOMPARE(result.outcomes.constFirst().line, line);
    QVERIFY(!result.passed());
}

void TestChallenges::failedChecksPointAtTheLine()
{
    const auto it = std::find_if(m_challenges.cbegin(), m_challenges.cend(),
                                 [](const Challenge &c) { return c.id == QLatin1String("dockerfile-pid1-signals"); });
    QVERIFY(it != m_challenges.cend());
    const ChallengeResult result = checkChallenge(*it, it->start);
    const auto execForm = std::find_if(result.outcomes.cbegin(), result.outcomes.cend(),
                                       [](const CheckOutcome &o) { return o.id == QLatin1String("exec-form"); });
    QVERIFY(execForm != result.outcomes.cend());
    QVERIFY(!execForm->passed);
    QCOMPARE(execForm->line, 7);  // the shell-form ENTRYPOINT
}

void TestChallenges::loaderReportsMistakesWithTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("contains");

    const QString head = QStringLiteral("id: x\ntitle: X\nlevel: mid\nfile: compose\nbrief: b\nstart: s\nsolution: s\nhints: [h]\n");
    QTest::newRow("unknown rule") << head + QStringLiteral("checks:\n  - id: a\n    message: m\n    absent: {rules: [no-such-rule]}\n")
                                  << 10 << QStringLiteral("unknown compose rule");
    QTest::newRow("unknown kind") << head + QStringLiteral("checks:\n  - id: a\n    message: m\n    final-user: {}\n")
                                  << 10 << QStringLiteral("unknown check kind");
    QTest::newRow("bad regex") << head + QStringLiteral("checks:\n  - id: a\n    message: m\n    pattern: {regex: \"(\"}\n")
                               << 10 << QStringLiteral("invalid regex");
    QTest::newRow("two kinds") << head + QStringLiteral("checks:\n  - id: a\n    message: m\n    absent: {rules: [privileged]}\n    pattern: {regex: x}\n")
                               << 13 << QStringLiteral("one kind");
    QTest::newRow("unknown level") << QString(head).replace(QStringLiteral("level: mid"), QStringLiteral("level: guru"))
                                          + QStringLiteral("checks:\n  - id: a\n    message: m\n    absent: {rules: [privileged]}\n")
                                   << 3 << QStringLiteral("unknown level");
    QTest::newRow("no hints") << QString(head).replace(QStringLiteral("hints: [h]\n"), QString())
                                     + QStringLiteral("checks:\n  - id: a\n    message: m\n    absent: {rules: [privileged]}\n")
                              << 1 << QStringLiteral("hint");
    QTest::newRow("not yaml") << QStringLiteral("id: [x\n") << 2 << QString();
}

void TestChallenges::loaderReportsMistakesWithTheLine()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, contains);
    QList<ContentError> errors;
    QVERIFY(!parseChallenge(QStringLiteral("broken.yaml"), text.toUtf8(), errors));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.constFirst().file, QStringLiteral("broken.yaml"));
    QCOMPARE(errors.constFirst().line, line);
    QVERIFY2(errors.constFirst().message.contains(contains), qPrintable(errors.constFirst().message));
}

QTEST_GUILESS_MAIN(TestChallenges)
#include "tst_challenges.moc"
