#include "challenges/challengechecker.h"
#include "text/boundedread.h"

#include <QTest>

using namespace DockPrep;

// Check kinds that no built-in challenge uses in every form: a `pattern` on compose files and a
// HEALTHCHECK `instruction` check, each against right answers and plausible wrong ones.
class TestChallengeChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composePatternReadsNoComment_data();
    void composePatternReadsNoComment();
    void dockerfilePatternReadsNoComment_data();
    void dockerfilePatternReadsNoComment();
    void healthcheckInstructionCountsOnlyAnEnabledOne_data();
    void healthcheckInstructionCountsOnlyAnEnabledOne();
    void oversizedAndExplodingFilesAreRefused();
};

static Challenge challengeWith(ChallengeFileKind kind, const QString &checkKind, const QVariantMap &params)
{
    Challenge challenge;
    challenge.id = QStringLiteral("test");
    challenge.fileKind = kind;
    challenge.checks.append({QStringLiteral("the-check"), QStringLiteral("what must hold"), checkKind, params, false});
    return challenge;
}

// The outcome of "the-check"; "parses" must pass, so a file fails for the check's reason alone.
static CheckOutcome theCheck(const Challenge &challenge, const QString &text)
{
    const ChallengeResult result = checkChallenge(challenge, text);
    if (result.outcomes.size() != 2 || !result.outcomes.constFirst().passed)
        return {QStringLiteral("parses"), {}, false, -1, result.outcomes.value(0).detail};
    return result.outcomes.at(1);
}

void TestChallengeChecks::composePatternReadsNoComment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<int>("line");
    const QString head = QStringLiteral("services:\n  app:\n    image: nginx:1.27\n");
    QTest::newRow("the key itself") << head + QStringLiteral("    read_only: true\n") << true << 4;
    QTest::newRow("a full-line comment") << head + QStringLiteral("    # read_only: true\n") << false << 0;
    QTest::newRow("an indented comment after a key")
        << head + QStringLiteral("    environment:\n      A: b  # read_only: true\n") << false << 0;
    QTest::newRow("a # inside a quoted value is no comment")
        << head + QStringLiteral("    command: [\"sh\", \"-c\", \"x # read_only: true\"]\n") << true << 4;
    QTest::newRow("a # inside a block scalar is its content")
        << head + QStringLiteral("    command: |\n      # read_only: true\n    read_only: false\n") << true << 5;
    QTest::newRow("after a block scalar, comments are comments again")
        << head + QStringLiteral("    command: |\n      echo hi\n    # read_only: true\n") << false << 0;
    QTest::newRow("a quote inside a plain value opens nothing")
        << head + QStringLiteral("    labels:\n      note: it's fine\n    # read_only: true\n") << false << 0;
    QTest::newRow("a quoted value over two lines")
        << head + QStringLiteral("    entrypoint: \"sh -c 'run\n      # read_only: true'\"\n") << true << 5;
}

void TestChallengeChecks::composePatternReadsNoComment()
{
    QFETCH(QString, text);
    QFETCH(bool, passes);
    QFETCH(int, line);
    const Challenge challenge = challengeWith(ChallengeFileKind::Compose, QStringLiteral("pattern"),
                                              {{QStringLiteral("regex"), QStringLiteral("read_only: true")}});
    const CheckOutcome outcome = theCheck(challenge, text);
    QCOMPARE(outcome.passed, passes);
    QCOMPARE(outcome.line, line);
}

void TestChallengeChecks::dockerfilePatternReadsNoComment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<int>("line");
    const QString head = QStringLiteral("FROM debian:12\n");
    QTest::newRow("the instruction") << head + QStringLiteral("USER app\n") << true << 2;
    QTest::newRow("a comment line") << head + QStringLiteral("# USER app\n") << false << 0;
    QTest::newRow("an indented comment line") << head + QStringLiteral("   # USER app\n") << false << 0;
    QTest::newRow("a comment inside a continuation")
        << head + QStringLiteral("RUN true \\\n# USER app\n  && false\n") << false << 0;
    QTest::newRow("a shell comment in a RUN heredoc")
        << head + QStringLiteral("RUN <<EOF\n# USER app\ntrue\nEOF\n") << false << 0;
    QTest::newRow("a COPY heredoc is a file's contents")
        << head + QStringLiteral("COPY <<EOF /etc/motd\n# USER app\nEOF\n") << true << 3;
    QTest::newRow("a parser directive") << QStringLiteral("# USER app\n") + head << false << 0;
}

void TestChallengeChecks::dockerfilePatternReadsNoComment()
{
    QFETCH(QString, text);
    QFETCH(bool, passes);
    QFETCH(int, line);
    const Challenge challenge = challengeWith(ChallengeFileKind::Dockerfile, QStringLiteral("pattern"),
                                              {{QStringLiteral("regex"), QStringLiteral("USER app")}});
    const CheckOutcome outcome = theCheck(challenge, text);
    QCOMPARE(outcome.passed, passes);
    QCOMPARE(outcome.line, line);
}

void TestChallengeChecks::healthcheckInstructionCountsOnlyAnEnabledOne_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("passes");
    const QString check = QStringLiteral("HEALTHCHECK CMD curl -f http://localhost/ || exit 1\n");
    QTest::newRow("a healthcheck") << QStringLiteral("FROM nginx:1.27\n") + check << true;
    QTest::newRow("HEALTHCHECK NONE") << QStringLiteral("FROM nginx:1.27\nHEALTHCHECK NONE\n") << false;
    QTest::newRow("a comment") << QStringLiteral("FROM nginx:1.27\n# ") + check << false;
    QTest::newRow("turned off after it") << QStringLiteral("FROM nginx:1.27\n") + check + QStringLiteral("HEALTHCHECK NONE\n") << false;
    QTest::newRow("set again after NONE") << QStringLiteral("FROM nginx:1.27\nHEALTHCHECK NONE\n") + check << true;
    QTest::newRow("inherited from a stage, then turned off")
        << QStringLiteral("FROM nginx:1.27 AS base\n") + check + QStringLiteral("FROM base\nHEALTHCHECK NONE\n") << false;
    QTest::newRow("inherited from a stage") << QStringLiteral("FROM nginx:1.27 AS base\n") + check + QStringLiteral("FROM base\n") << true;
    QTest::newRow("only in a build stage that is not the base")
        << QStringLiteral("FROM nginx:1.27 AS other\n") + check + QStringLiteral("FROM nginx:1.27\n") << false;
}

void TestChallengeChecks::healthcheckInstructionCountsOnlyAnEnabledOne()
{
    QFETCH(QString, text);
    QFETCH(bool, passes);
    const Challenge wanted = challengeWith(ChallengeFileKind::Dockerfile, QStringLiteral("instruction"),
                                           {{QStringLiteral("keyword"), QStringLiteral("HEALTHCHECK")}});
    const CheckOutcome outcome = theCheck(wanted, text);
    QCOMPARE(outcome.passed, passes);
    if (!passes)
        QVERIFY(!outcome.detail.isEmpty());
    // `present: false` is the opposite verdict on the same files.
    const Challenge unwanted = challengeWith(ChallengeFileKind::Dockerfile, QStringLiteral("instruction"),
                                             {{QStringLiteral("keyword"), QStringLiteral("HEALTHCHECK")},
                                              {QStringLiteral("present"), QStringLiteral("false")}});
    QCOMPARE(theCheck(unwanted, text).passed, !passes);
}

// A pasted file past the input limit, or a YAML alias bomb, is refused by "parses" at once, comments
// and all: the comment blanking reads the text once and expands no alias, so neither hangs.
void TestChallengeChecks::oversizedAndExplodingFilesAreRefused()
{
    const Challenge compose = challengeWith(ChallengeFileKind::Compose, QStringLiteral("pattern"),
                                            {{QStringLiteral("regex"), QStringLiteral("read_only: true")}});
    const QString line = QStringLiteral("    read_only: true  # a comment on every line\n");
    QString oversized = QStringLiteral("services:\n  web:\n    image: nginx:1.27\n");
    while (oversized.size() <= InputLimit::composeBytes)
        oversized += line;
    ChallengeResult result = checkChallenge(compose, oversized);
    QVERIFY(!result.outcomes.isEmpty());
    QVERIFY(!result.outcomes.constFirst().passed);

    QString bomb = QStringLiteral("x-a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    const char names[] = "abcdefghi";
    for (int i = 1; i < 9; ++i) {
        const QChar name = QLatin1Char(names[i]);
        const QChar previous = QLatin1Char(names[i - 1]);
        bomb += QStringLiteral("x-%1: &%1 [").arg(name);
        for (int j = 0; j < 9; ++j)
            bomb += (j ? QStringLiteral(", *") : QStringLiteral("*")) + previous;
        bomb += QStringLiteral("]\n");
    }
    bomb += QStringLiteral("services:\n  web:\n    image: nginx:1.27\n    labels: *i  # read_only: true\n");
    result = checkChallenge(compose, bomb);
    QVERIFY(!result.outcomes.isEmpty());
    QVERIFY(!result.outcomes.constFirst().passed);
    QVERIFY(!result.outcomes.constLast().passed);  // the commented read_only does not count either

    const Challenge dockerfile = challengeWith(ChallengeFileKind::Dockerfile, QStringLiteral("pattern"),
                                               {{QStringLiteral("regex"), QStringLiteral("USER app")}});
    QString huge = QStringLiteral("FROM alpine:3.20\n");
    while (huge.size() <= InputLimit::dockerfileBytes)
        huge += QStringLiteral("# USER app\nRUN true\n");
    result = checkChallenge(dockerfile, huge);
    QVERIFY(!result.outcomes.isEmpty());
    QVERIFY(!result.outcomes.constFirst().passed);
}

QTEST_GUILESS_MAIN(TestChallengeChecks)
#include "tst_challengechecks.moc"

