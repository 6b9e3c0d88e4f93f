#include "challenges/challengechecker.h"
#include "challenges/challengeloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace DockPrep;

// One answer a candidate would write, from tests/data/challenge-candidates/<id>.txt.
struct Candidate {
    QString challenge;
    QString name;
    QString fails;  // the check it must fail; empty for a right answer
    QString text;
};

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
    void candidateAnswersGetTheirVerdict_data();
    void candidateAnswersGetTheirVerdict();
    void everyChallengeHasWrongAndRightCandidates();
    void failedChecksPointAtTheLine();
    void loaderReportsMistakesWithTheLine_data();
    void loaderReportsMistakesWithTheLine();

private:
    void addChallengeRows();
    const Challenge *challenge(const QString &id) const;
    QList<Challenge> m_challenges;
    QList<Candidate> m_candidates;
};

// "=== fails CHECK: what the candidate did" or "=== passes: what the candidate did", then the file.
static QList<Candidate> readCandidates(const QString &path, QString &error)
{
    QList<Candidate> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        error = file.errorString();
        return out;
    }
    static const QRegularExpression header(QStringLiteral("^=== (?:fails ([\\w-]+)|passes): (.+)$"));
    const QString id = QFileInfo(path).completeBaseName();
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = header.match(lines.at(i));
        if (m.hasMatch()) {
            out.append({id, m.captured(2).trimmed(), m.captured(1), QString()});
        } else if (lines.at(i).startsWith(QLatin1String("==="))) {
            error = QStringLiteral("%1:%2: a header is '=== fails CHECK: …' or '=== passes: …'").arg(path).arg(i + 1);
            return {};
        } else if (!out.isEmpty()) {
            out.last().text += lines.at(i) + QLatin1Char('\n');
        } else if (!lines.at(i).trimmed().isEmpty()) {
            error = QStringLiteral("%1:%2: text before the first '===' header").arg(path).arg(i + 1);
            return {};
        }
    }
    return out;
}

void TestChallenges::initTestCase()
{
    const ChallengeLoadResult loaded = loadChallenges(QStringLiteral(DOCKPREP_SOURCE_DIR "/content/challenges"));
    for (const ContentError &e : loaded.errors)
        qWarning("%s", qPrintable(e.toString()));
    QVERIFY(loaded.ok());
    m_challenges = loaded.challenges;
    // The seed guide's two and at least six of our own.
    QVERIFY(m_challenges.size() >= 8);

    const QDir folder(QStringLiteral(DOCKPREP_SOURCE_DIR "/tests/data/challenge-candidates"));
    for (const QString &name : folder.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QString error;
        const QList<Candidate> candidates = readCandidates(folder.filePath(name), error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(challenge(QFileInfo(name).completeBaseName()), qPrintable(name + QStringLiteral(": no challenge has this id")));
        m_candidates += candidates;
    }
}

const Challenge *TestChallenges::challenge(const QString &id) const
{
    const auto it = std::find_if(m_challenges.cbegin(), m_challenges.cend(), [&](const Challenge &c) { return c.id == id; });
    return it == m_challenges.cend() ? nullptr : &*it;
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

void TestChallenges::candidateAnswersGetTheirVerdict_data()
{
    QTest::addColumn<QString>("challengeId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("failingCheck");
    for (const Candidate &c : std::as_const(m_candidates))
        QTest::newRow(qPrintable(c.challenge + QStringLiteral(": ") + c.name)) << c.challenge << c.text << c.fails;
}

// A wrong answer fails the check it is about (and still parses, so it fails for that reason); a
// right one passes everything.
void TestChallenges::candidateAnswersGetTheirVerdict()
{
    QFETCH(QString, challengeId);
    QFETCH(QString, text);
    QFETCH(QString, failingCheck);
    const Challenge *c = challenge(challengeId);
    QVERIFY(c);
    const ChallengeResult result = checkChallenge(*c, text);
    QStringList failed;
    for (const CheckOutcome &o : result.outcomes) {
        if (!o.passed)
            failed.append(QStringLiteral("%1 (line %2): %3").arg(o.id).arg(o.line).arg(o.detail));
    }
    if (failingCheck.isEmpty()) {
        QVERIFY2(result.passed(), qPrintable(failed.join(QStringLiteral("; "))));
        return;
    }
    const auto outcome = std::find_if(result.outcomes.cbegin(), result.outcomes.cend(),
                                      [&](const CheckOutcome &o) { return o.id == failingCheck; });
    QVERIFY2(outcome != result.outcomes.cend(), qPrintable(QStringLiteral("no check '%1'").arg(failingCheck)));
    QVERIFY2(!outcome->passed, qPrintable(QStringLiteral("'%1' passed; failed: %2").arg(failingCheck, failed.join(QStringLiteral("; ")))));
    QVERIFY(!outcome->detail.isEmpty());
    if (failingCheck != QLatin1String("parses"))
        QVERIFY2(result.outcomes.constFirst().passed, qPrintable(result.outcomes.constFirst().detail));
}

void TestChallenges::everyChallengeHasWrongAndRightCandidates()
{
    for (const Challenge &c : std::as_const(m_challenges)) {
        int wrong = 0;
        QSet<QString> right;
        for (const Candidate &candidate : std::as_const(m_candidates)) {
            if (candidate.challenge != c.id)
                continue;
            if (!candidate.fails.isEmpty())
                ++wrong;
            else if (candidate.text.trimmed() != c.solution.trimmed())
                right.insert(candidate.text.trimmed());
        }
        QVERIFY2(wrong >= 3, qPrintable(QStringLiteral("%1: %2 wrong answer(s), want 3").arg(c.id).arg(wrong)));
        QVERIFY2(right.size() >= 2, qPrintable(QStringLiteral("%1: %2 right answer(s) besides the reference, want 2").arg(c.id).arg(right.size())));
    }
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
