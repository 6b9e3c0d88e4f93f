#include "analyzers/dockerfilelint.h"
#include "analyzers/dockerfileparser.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace DockPrep;

namespace {

QList<LintFinding> lint(const QString &text)
{
    const ParsedDockerfile file = parseDockerfile(text);
    if (file.hasErrors())
        qFatal("test Dockerfile does not parse: %s", qPrintable(file.diagnostics.constFirst().toString()));
    return lintDockerfile(file, buildStageGraph(file));
}

QList<LintFinding> findingsFor(const QList<LintFinding> &all, const QString &rule)
{
    QList<LintFinding> result;
    for (const LintFinding &f : all) {
        if (f.rule == rule)
            result.append(f);
    }
    return result;
}

QString describe(const QList<LintFinding> &findings)
{
    QStringList lines;
    for (const LintFinding &f : findings)
        lines.append(QStringLiteral("%1 line %2: %3").arg(f.rule).arg(f.line).arg(f.message));
    return lines.join(QLatin1Char('\n'));
}

// A file of the third-party corpus (../shared/corpus/dockerfiles) or, for "own/NAME", of the
// project's own tests/data/dockerfiles.
QString corpusPath(const QString &name)
{
    if (name.startsWith(QLatin1String("own/")))
        return QStringLiteral(DOCKPREP_SOURCE_DIR "/tests/data/dockerfiles/") + name.mid(4);
    return QStringLiteral(DOCKPREP_CORPUS_DIR "/dockerfiles/") + name;
}

QString corpusFile(const QString &name)
{
    QFile file(corpusPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

// Ends every snippet so the rules about the final image (USER, HEALTHCHECK, CMD form) stay quiet
// unless the snippet is about them.
const QString tidyEnd = QStringLiteral("USER app\nCMD [\"app\"]\n");

} // namespace

class TestDockerfileLint : public QObject
{
    Q_OBJECT

    // The rules some row of rule_data made fire, for everyRuleFiresInATest.
    QSet<QString> m_fired;

private Q_SLOTS:
    // Advice rules are DP001…DP099 (DP101… are BuildKit's refusals), listed once each, in order.
    void rulesAreDocumented()
    {
        static const QRegularExpression adviceId(QStringLiteral("^DP0[0-9][0-9]$"));
        QString previous;
        for (const LintRule &rule : dockerfileLintRules()) {
            QVERIFY(!rule.title.isEmpty());
            QVERIFY2(rule.why.endsWith(QLatin1Char('.')), qPrintable(rule.id));
            QVERIFY2(adviceId.match(rule.id).hasMatch(), qPrintable(rule.id));
            QVERIFY2(rule.id > previous, qPrintable(rule.id));
            QCOMPARE(dockerfileLintRule(rule.id), &rule);
            previous = rule.id;
        }
        QVERIFY(!previous.isEmpty());
        QVERIFY(!dockerfileLintRule(QStringLiteral("DP999")));
    }

    // For every rule: a Dockerfile that triggers it (at `line`) and one that must not.
    void rule_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");  // 0: must not fire

        const auto row = [](const char *name, const char *rule, const QString &text, int line) {
            QTest::newRow(name) << QString::fromLatin1(rule) << text << line;
        };
        row("DP001 update alone", "DP001", QStringLiteral("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n") + tidyEnd, 2);
        row("DP001 update with install", "DP001", QStringLiteral("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n") + tidyEnd, 0);
        row("DP002 recommends", "DP002", QStringLiteral("FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n") + tidyEnd, 2);
        row("DP002 no recommends", "DP002", QStringLiteral("FROM debian:12\nRUN apt-get update \\\n && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n") + tidyEnd, 0);
        row("DP002 builder stage not shipped", "DP002", QStringLiteral("FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /x /x\n") + tidyEnd, 0);
        row("DP003 lists kept", "DP003", QStringLiteral("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n") + tidyEnd, 2);
        row("DP003 heredoc lists kept", "DP003", QStringLiteral("FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y --no-install-recommends git\nEOF\n") + tidyEnd, 2);
        row("DP003 lists removed", "DP003", QStringLiteral("FROM debian:12\nRUN apt-get update; apt-get install -y --no-install-recommends curl; rm -rf /var/lib/apt/lists/*\n") + tidyEnd, 0);
        row("DP003 builder on a bare ARG image is not the final image", "DP003", QStringLiteral("ARG FROM\nFROM ${FROM} AS builder\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM ${FROM}\nCOPY --from=builder /x /x\n") + tidyEnd, 0);
        row("DP003 cache mount", "DP003", QStringLiteral("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends curl\n") + tidyEnd, 0);
        row("DP004 latest", "DP004", QStringLiteral("FROM node:latest\n") + tidyEnd, 1);
        row("DP004 no tag", "DP004", QStringLiteral("FROM registry.local:5000/team/node\n") + tidyEnd, 1);
        row("DP004 no tag via ARG default", "DP004", QStringLiteral("ARG BASE=ubuntu\nFROM ${BASE}\n") + tidyEnd, 2);
        row("DP004 registry port is not a tag", "DP004", QStringLiteral("FROM registry.local:5000/team/node:22\n") + tidyEnd, 0);
        row("DP004 digest", "DP004", QStringLiteral("FROM node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n") + tidyEnd, 0);
        row("DP004 scratch", "DP004", QStringLiteral("FROM scratch\nCOPY app /app\n") + tidyEnd, 0);
        row("DP004 stage name", "DP004", QStringLiteral("FROM node:22 AS base\nFROM base\n") + tidyEnd, 0);
        row("DP004 unresolvable ARG", "DP004", QStringLiteral("ARG IMAGE\nFROM ${IMAGE}\n") + tidyEnd, 0);
        row("DP005 ADD local", "DP005", QStringLiteral("FROM alpine:3.20\nADD app.py /app/\n") + tidyEnd, 2);
        row("DP005 ADD archive", "DP005", QStringLiteral("FROM alpine:3.20\nADD rootfs.tar.gz /\n") + tidyEnd, 0);
        row("DP005 ADD URL", "DP005", QStringLiteral("FROM alpine:3.20\nADD https://example.com/x.zip /x.zip\n") + tidyEnd, 0);
        row("DP006 ENV password", "DP006", QStringLiteral("FROM alpine:3.20\nENV DB_PASSWORD=hunter2\n") + tidyEnd, 2);
        row("DP006 ARG token", "DP006", QStringLiteral("FROM alpine:3.20\nARG GITHUB_TOKEN\n") + tidyEnd, 2);
        row("DP006 API key legacy form", "DP006", QStringLiteral("FROM alpine:3.20\nENV STRIPE_API_KEY sk_live_x\n") + tidyEnd, 2);
        row("DP006 password file is fine", "DP006", QStringLiteral("FROM alpine:3.20\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db\n") + tidyEnd, 0);
        row("DP006 unrelated names", "DP006", QStringLiteral("FROM alpine:3.20\nENV TOKENIZER_MODEL=bert PASSTHROUGH=1 PWD_HINT=x\n") + tidyEnd, 0);
        row("DP007 no USER", "DP007", QStringLiteral("FROM alpine:3.20\nCMD [\"app\"]\n"), 1);
        row("DP007 USER root last", "DP007", QStringLiteral("FROM alpine:3.20\nUSER app\nUSER root\nCMD [\"app\"]\n"), 3);
        row("DP007 USER in the base stage", "DP007", QStringLiteral("FROM alpine:3.20 AS base\nUSER 1000:1000\nFROM base\nCMD [\"app\"]\n"), 0);
        row("DP007 privilege drop with gosu", "DP007", QStringLiteral("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*\nCMD [\"app\"]\n"), 0);
        row("DP007 distroless nonroot", "DP007", QStringLiteral("FROM gcr.io/distroless/static-debian12:nonroot\nCMD [\"app\"]\n"), 0);
        row("DP008 copy all before npm ci", "DP008", QStringLiteral("FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\n") + tidyEnd, 3);
        row("DP008 go mod download", "DP008", QStringLiteral("FROM golang:1.23\nCOPY ./ /src\nRUN cd /src && go mod download\n") + tidyEnd, 2);
        row("DP008 manifest first", "DP008", QStringLiteral("FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n") + tidyEnd, 0);
        row("DP008 install the project after its deps", "DP008", QStringLiteral("FROM python:3.12\nRUN --mount=type=bind,source=uv.lock,target=uv.lock uv sync --no-install-project\nCOPY . /app\nRUN uv sync --locked\n") + tidyEnd, 0);
        row("DP009 shell CMD", "DP009", QStringLiteral("FROM alpine:3.20\nUSER app\nCMD java -jar /app.jar\n"), 3);
        row("DP009 shell ENTRYPOINT", "DP009", QStringLiteral("FROM alpine:3.20\nUSER app\nENTRYPOINT /entrypoint.sh\n"), 3);
        row("DP009 exec form", "DP009", QStringLiteral("FROM alpine:3.20\nUSER app\nENTRYPOINT [\"/entrypoint.sh\"]\nCMD [\"run\"]\n"), 0);
        row("DP009 builder stage CMD does not ship", "DP009", QStringLiteral("FROM alpine:3.20 AS dev\nCMD make watch\nFROM alpine:3.20\n") + tidyEnd, 0);
        row("DP010 port without healthcheck", "DP010", QStringLiteral("FROM nginx:1.27\nEXPOSE 80\n") + tidyEnd, 2);
        row("DP010 healthcheck", "DP010", QStringLiteral("FROM nginx:1.27\nEXPOSE 80\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n") + tidyEnd, 0);
        row("DP011 sudo", "DP011", QStringLiteral("FROM ubuntu:24.04\nRUN sudo make install\n") + tidyEnd, 2);
        row("DP011 sudo group is not sudo", "DP011", QStringLiteral("FROM ubuntu:24.04\nRUN usermod -aG sudo app\n") + tidyEnd, 0);
        row("DP012 cd first", "DP012", QStringLiteral("FROM alpine:3.20\nRUN cd /src && make\n") + tidyEnd, 2);
        row("DP012 cd later in a script", "DP012", QStringLiteral("FROM alpine:3.20\nRUN git clone https://x/y.git && cd y && make\n") + tidyEnd, 0);
        row("DP013 maintainer", "DP013", QStringLiteral("FROM alpine:3.20\nMAINTAINER Jane <jane@example.com>\n") + tidyEnd, 2);
        row("DP013 label", "DP013", QStringLiteral("FROM alpine:3.20\nLABEL org.opencontainers.image.authors=jane@example.com\n") + tidyEnd, 0);
        row("DP014 curl to sh", "DP014", QStringLiteral("FROM alpine:3.20\nRUN curl -fsSL https://get.example.com | sh\n") + tidyEnd, 2);
        row("DP014 wget to bash -s", "DP014", QStringLiteral("FROM alpine:3.20\nRUN wget -O- https://x/install.sh | /bin/bash -s v1\n") + tidyEnd, 2);
        row("DP014 curl to tar", "DP014", QStringLiteral("FROM alpine:3.20\nRUN curl -fsSL https://x/a.tgz | tar -xz\n") + tidyEnd, 0);
        row("DP015 two CMDs", "DP015", QStringLiteral("FROM alpine:3.20\nUSER app\nCMD [\"a\"]\nCMD [\"b\"]\n"), 3);
        row("DP015 CMD per stage", "DP015", QStringLiteral("FROM alpine:3.20 AS dev\nCMD [\"a\"]\nFROM alpine:3.20\n") + tidyEnd, 0);
        row("DP016 apk cache", "DP016", QStringLiteral("FROM alpine:3.20\nRUN apk add curl\n") + tidyEnd, 2);
        row("DP016 apk no-cache", "DP016", QStringLiteral("FROM alpine:3.20\nRUN apk add --no-cache curl\n") + tidyEnd, 0);
        row("DP017 DEBIAN_FRONTEND env", "DP017", QStringLiteral("FROM debian:12\nENV DEBIAN_FRONTEND=noninteractive\n") + tidyEnd, 2);
        row("DP017 DEBIAN_FRONTEND arg", "DP017", QStringLiteral("FROM debian:12\nARG DEBIAN_FRONTEND=noninteractive\n") + tidyEnd, 0);
        row("ignore comment", "DP005", QStringLiteral("FROM alpine:3.20\n# dockprep ignore=DP005\nADD app.py /app/\n") + tidyEnd, 0);
        row("ignore comment naming several rules", "DP005",
            QStringLiteral("FROM alpine:3.20\n# dockprep ignore=DP006, dp005\nADD app.py /app/\n") + tidyEnd, 0);
        row("ignore comment covers only the next instruction", "DP005",
            QStringLiteral("FROM alpine:3.20\n# dockprep ignore=DP005\nADD app.py /app/\nADD lib.py /app/\n") + tidyEnd, 4);
        row("ignore comment for another rule", "DP005",
            QStringLiteral("FROM alpine:3.20\n# dockprep ignore=DP006\nADD app.py /app/\n") + tidyEnd, 3);
    }

    // The marker silences DockPrep's advice (DP001…), not what BuildKit refuses (DP101…): the build
    // fails whatever a comment says.
    void ignoreMarkerDoesNotHideWhatBuildKitRefuses()
    {
        const ParsedDockerfile file = parseDockerfile(QStringLiteral("FROM alpine:3.20\n# dockprep ignore=DP105\nEXPOSE 99999\n"));
        const auto refused = std::find_if(file.diagnostics.cbegin(), file.diagnostics.cend(),
                                          [](const DockerfileDiagnostic &d) { return d.rule == QLatin1String("DP105"); });
        QVERIFY(refused != file.diagnostics.cend());
        QVERIFY(refused->isError());
        QCOMPARE(refused->line, 3);
    }
    void rule()
    {
        QFETCH(QString, rule);
        QFETCH(QString, text);
        QFETCH(int, line);
        const QList<LintFinding> all = lint(text);
        const QList<LintFinding> found = findingsFor(all, rule);
        if (line == 0) {
            QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
            return;
        }
        QVERIFY2(found.size() == 1, qPrintable(describe(all)));
        QCOMPARE(found.at(0).line, line);
        QVERIFY(!found.at(0).message.isEmpty());
        QCOMPARE(found.at(0).why, dockerfileLintRule(rule)->why);
        m_fired.insert(rule);
    }

    // Each documented rule has a row above that makes it fire: a rule added without a test, or
    // one that can no longer fire, shows up here.
    void everyRuleFiresInATest()
    {
        if (m_fired.isEmpty())
            QSKIP("needs rule() in the same run (run the whole file)");
        for (const LintRule &rule : dockerfileLintRules())
            QVERIFY2(m_fired.contains(rule.id), qPrintable(rule.id + QStringLiteral(" never fires in rule_data")));
    }

    void severities()
    {
        const QList<LintFinding> env = findingsFor(lint(QStringLiteral("FROM alpine:3.20\nENV API_TOKEN=abc\n") + tidyEnd), QStringLiteral("DP006"));
        QCOMPARE(env.at(0).severity, LintSeverity::Error);
        const QList<LintFinding> arg = findingsFor(lint(QStringLiteral("FROM alpine:3.20\nARG API_TOKEN\n") + tidyEnd), QStringLiteral("DP006"));
        QCOMPARE(arg.at(0).severity, LintSeverity::Warning);
    }

    // Real files where a construct is deliberate or harmless must not be flagged for it, and the
    // files that really have a problem must be.
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");   // "DP004@3" rule@line that must be reported
        QTest::addColumn<QStringList>("forbidden");  // rules that must not fire at all
        QTest::newRow("own windows: no root/shell-form rules for Windows")
            << "own/windows-powershell.Dockerfile" << QStringList()
            << QStringList{QStringLiteral("DP007"), QStringLiteral("DP009"), QStringLiteral("DP004")};
        QTest::newRow("own go-service: scratch, non-root, manifest first, healthcheck")
            << "own/go-service.Dockerfile" << QStringList()
            << QStringList{QStringLiteral("DP004"), QStringLiteral("DP007"), QStringLiteral("DP008"), QStringLiteral("DP010"), QStringLiteral("DP016")};
        QTest::newRow("own onbuild-base: ENV NODE_ENV legacy form is no secret")
            << "own/onbuild-base.Dockerfile" << QStringList()
            << QStringList{QStringLiteral("DP006"), QStringLiteral("DP007"), QStringLiteral("DP009"), QStringLiteral("DP010")};
        QTest::newRow("own heredocs: apt inside a heredoc cleans its lists")
            << "own/heredocs.Dockerfile" << QStringList()
            << QStringList{QStringLiteral("DP001"), QStringLiteral("DP002"), QStringLiteral("DP003")};
        if (!QFileInfo::exists(QStringLiteral(DOCKPREP_CORPUS_DIR "/MANIFEST.tsv"))) {
            QTest::newRow("third-party corpus") << QString() << QStringList() << QStringList();
            return;
        }
        QTest::newRow("uv multistage: non-root, manifest first")
            << "astral-sh__uv-docker-example__multistage.Dockerfile" << QStringList()
            << QStringList{QStringLiteral("DP007"), QStringLiteral("DP008"), QStringLiteral("DP009"), QStringLiteral("DP004")};
        QTest::newRow("postgres: drops privileges with gosu, cleans apt lists")
            << "docker-library__postgres__18__trixie__Dockerfile" << QStringList{QStringLiteral("DP010@223")}
            << QStringList{QStringLiteral("DP007"), QStringLiteral("DP003"), QStringLiteral("DP001"), QStringLiteral("DP009"), QStringLiteral("DP004")};
        QTest::newRow("sparkjava: shell-form CMD in the final stage")
            << "docker__awesome-compose__sparkjava-mysql__backend__Dockerfile" << QStringList{QStringLiteral("DP009@31"), QStringLiteral("DP007@27")}
            << QStringList{QStringLiteral("DP002"), QStringLiteral("DP003")};
        QTest::newRow("kong customize: latest via ARG default, USER kong last")
            << "Kong__docker-kong__customize__Dockerfile" << QStringList{QStringLiteral("DP004@3"), QStringLiteral("DP004@25")}
            << QStringList{QStringLiteral("DP007"), QStringLiteral("DP010"), QStringLiteral("DP005")};
        QTest::newRow("buildx lint: remote installer piped to sh")
            << "docker__buildx__hack__dockerfiles__lint.Dockerfile" << QStringList{QStringLiteral("DP014@35")}
            << QStringList{QStringLiteral("DP012"), QStringLiteral("DP004"), QStringLiteral("DP005")};
        QTest::newRow("windows nanoserver: no root/shell-form rules for Windows")
            << "dotnet__dotnet-docker__samples__aspnetapp__Dockerfile.nanoserver" << QStringList()
            << QStringList{QStringLiteral("DP007"), QStringLiteral("DP009"), QStringLiteral("DP010")};
        QTest::newRow("otel checkout: digests and distroless nonroot")
            << "open-telemetry__opentelemetry-demo__src__checkout__Dockerfile" << QStringList{QStringLiteral("DP010@31")}
            << QStringList{QStringLiteral("DP004"), QStringLiteral("DP007"), QStringLiteral("DP008")};
        QTest::newRow("wasmedge: builder apt not blamed, scratch not a tag problem")
            << "docker__awesome-compose__wasmedge-kafka-mysql__etl__Dockerfile" << QStringList{QStringLiteral("DP014@12")}
            << QStringList{QStringLiteral("DP002"), QStringLiteral("DP003"), QStringLiteral("DP004")};
    }
    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, forbidden);
        if (file.isEmpty())
            QSKIP("the third-party corpus is not beside this checkout (../shared/corpus): only the project's own files were checked");
        const QList<LintFinding> all = lint(corpusFile(file));
        QStringList reported;
        for (const LintFinding &f : all)
            reported.append(f.rule + QLatin1Char('@') + QString::number(f.line));
        for (const QString &e : std::as_const(expected))
            QVERIFY2(reported.contains(e), qPrintable(e + QStringLiteral(" missing in:\n") + describe(all)));
        for (const QString &rule : std::as_const(forbidden))
            QVERIFY2(findingsFor(all, rule).isEmpty(), qPrintable(describe(findingsFor(all, rule))));
    }
};

QTEST_GUILESS_MAIN(TestDockerfileLint)
#include "tst_dockerfilelint.moc"
