#include "analyzers/composechecker.h"

#include <QTest>

using namespace DockPrep;

namespace {

// Joins lines so each YAML fixture reads top to bottom in the test, with its real indentation.
QString yaml(std::initializer_list<const char *> lines)
{
    QStringList out;
    for (const char *line : lines)
        out.append(QString::fromUtf8(line));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList rulesAt(const ComposeReport &report, const QString &rule)
{
    QStringList where;
    for (const ComposeFinding &f : report.findingsOf(rule))
        where.append(QStringLiteral("%1:%2").arg(f.line).arg(f.column));
    return where;
}

// A healthy, well-behaved service, to build fixtures that trigger exactly one rule.
const char *const goodDb[] = {
    "  db:",
    "    image: postgres:16",
    "    restart: unless-stopped",
    "    environment:",
    "      POSTGRES_DB: app",
    "      POSTGRES_PASSWORD_FILE: /run/secrets/db_password",
    "    secrets: [db_password]",
    "    volumes:",
    "      - db-data:/var/lib/postgresql/data",
    "    healthcheck:",
    "      test: [\"CMD-SHELL\", \"pg_isready -U postgres\"]",
};

QString withGoodDb(std::initializer_list<const char *> before, std::initializer_list<const char *> after)
{
    QStringList out;
    for (const char *line : before)
        out.append(QString::fromUtf8(line));
    for (const char *line : goodDb)
        out.append(QString::fromUtf8(line));
    for (const char *line : after)
        out.append(QString::fromUtf8(line));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

const std::initializer_list<const char *> goodTail{
    "volumes:",
    "  db-data:",
    "secrets:",
    "  db_password:",
    "    file: ./db_password.txt",
};

} // namespace

class TestComposeChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanFileHasNoFindings();
    void rules_data();
    void rules();
    void malformedYamlGivesOnePositionedError_data();
    void malformedYamlGivesOnePositionedError();
    void mergeKeysAndAnchors();
    void mergeKeyIntoEnvironment();
    void extensionFieldsAreAllowed();
    void dependsOnShortAndLongForms();
    void servicesAreListedInOrder();
    void everyReportedRuleIsDocumented();
};

void TestComposeChecker::cleanFileHasNoFindings()
{
    const ComposeReport report = checkCompose(withGoodDb({"services:"}, goodTail));
    for (const ComposeFinding &f : report.findings)
        qWarning("%s at %d: %s", qPrintable(f.rule), f.line, qPrintable(f.message));
    QVERIFY(report.findings.isEmpty());
    QCOMPARE(report.services.size(), 1);
    QVERIFY(report.services.constFirst().healthcheck);
}

// Each rule: a file that triggers it (with where), and a near-identical one that does not.
void TestComposeChecker::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("triggering");
    QTest::addColumn<QStringList>("positions");
    QTest::addColumn<QString>("clean");

    QTest::newRow("obsolete-version") << QString(ComposeRule::obsoleteVersion)
        << withGoodDb({"version: '3.8'", "services:"}, goodTail) << QStringList{QStringLiteral("1:1")}
        << withGoodDb({"name: shop", "services:"}, goodTail);

    QTest::newRow("unknown top-level key") << QString(ComposeRule::unknownKey)
        << withGoodDb({"service:", "  x: {}", "services:"}, goodTail) << QStringList{QStringLiteral("1:1")}
        << withGoodDb({"x-service:", "  x: {}", "services:"}, goodTail);

    QTest::newRow("unknown service key") << QString(ComposeRule::unknownKey)
        << withGoodDb({"services:", "  web:", "    image: nginx:1.27", "    restart: always", "    helthcheck:",
                       "      test: [\"CMD\", \"true\"]"}, goodTail)
        << QStringList{QStringLiteral("5:5")}
        << withGoodDb({"services:", "  web:", "    image: nginx:1.27", "    restart: always", "    healthcheck:",
                       "      test: [\"CMD\", \"true\"]"}, goodTail);

    QTest::newRow("depends_on short form") << QString(ComposeRule::dependsOnNotHealthy)
        << withGoodDb({"services:", "  web:", "    image: nginx:1.27", "    restart: always",
                       "    healthcheck: {test: [\"CMD\", \"true\"]}", "    depends_on:", "      - db"}, goodTail)
        << QStringList{QStringLiteral("7:9")}
        << withGoodDb({"services:", "  web:", "    image: nginx:1.27", "    restart: always",
                       "    healthcheck: {test: [\"CMD\", \"true\"]}", "    depends_on:", "      db:",
                       "        condition: service_healthy"}, goodTail);

    QTest::newRow("depends_on long form, started") << QString(ComposeRule::dependsOnNotHealthy)
        << withGoodDb({"services:", "  web:", "    image: nginx:1.27", "    restart: always",
                       "    healthcheck: {test: [\"CMD\", \"true\"]}", "    depends_on:", "      db:",
                       "        condition: service_started"}, goodTail)
        << QStringList{QStringLiteral("8:20")}
        << withGoodDb({"services:", "  web:", "    image: nginx:1.27", "    restart: always",
                       "    healthcheck: {test: [\"CMD\", \"true\"]}", "    depends_on:", "      db:",
                       "        condition: service_healthy", "        restart: true"}, goodTail);

    QTest::newRow("healthy condition on a service without healthcheck") << QString(ComposeRule::dependsOnNoHealthcheck)
        << yaml({"services:", "  a:", "    image: busybox:1.36", "    restart: always", "    healthcheck: {test: [\"CMD\", \"true\"]}",
                 "    depends_on:", "      b: {condition: service_healthy}", "  b:", "    image: busybox:1.36", "    restart: always"})
        << QStringList{QStringLiteral("7:22")}
        << yaml({"services:", "  a:", "    image: busybox:1.36", "    restart: always", "    healthcheck: {test: [\"CMD\", \"true\"]}",
                 "    depends_on:", "      b: {condition: service_healthy}", "  b:", "    image: busybox:1.36", "    restart: always",
                 "    healthcheck: {test: [\"CMD\", \"true\"]}"});

    QTest::newRow("no healthcheck") << QString(ComposeRule::noHealthcheck)
        << yaml({"services:", "  web:", "    image: nginx:1.27", "    restart: always"}) << QStringList{QStringLiteral("2:3")}
        << yaml({"services:", "  web:", "    image: nginx:1.27", "    restart: always", "    healthcheck:", "      disable: true"});

    QTest::newRow("database without named volume") << QString(ComposeRule::databaseNoVolume)
        << yaml({"services:", "  cache:", "    image: redis:7", "    restart: always", "    healthcheck: {test: [\"CMD\", \"redis-cli\", \"ping\"]}",
                 "    volumes:", "      - /data"})
        << QStringList{QStringLiteral("2:3")}
        << yaml({"services:", "  cache:", "    image: redis:7", "    restart: always", "    healthcheck: {test: [\"CMD\", \"redis-cli\", \"ping\"]}",
                 "    volumes:", "      - type: volume", "        source: cache-data", "        target: /data", "volumes:", "  cache-data:"});

    QTest::newRow("database env missing (mysql)") << QString(ComposeRule::databaseEnvMissing)
        << yaml({"services:", "  db:", "    image: mysql:8.4", "    restart: always", "    healthcheck: {test: [\"CMD\", \"mysqladmin\", \"ping\"]}",
                 "    environment:", "      - MYSQL_DATABASE=shop", "    volumes: [\"db:/var/lib/mysql\"]", "volumes: {db: {}}"})
        << QStringList{QStringLiteral("2:3")}
        << yaml({"services:", "  db:", "    image: mysql:8.4", "    restart: always", "    healthcheck: {test: [\"CMD\", \"mysqladmin\", \"ping\"]}",
                 "    environment:", "      - MYSQL_DATABASE=shop", "      - MYSQL_RANDOM_ROOT_PASSWORD=yes",
                 "    volumes: [\"db:/var/lib/mysql\"]", "volumes: {db: {}}"});

    QTest::newRow("database name missing (postgres)") << QString(ComposeRule::databaseNameMissing)
        << yaml({"services:", "  db:", "    image: postgres:13", "    restart: always", "    healthcheck: {test: [\"CMD\", \"pg_isready\"]}",
                 "    environment:", "      POSTGRES_PASSWORD_FILE: /run/secrets/pw", "    volumes: [\"pg:/var/lib/postgresql/data\"]",
                 "volumes: {pg: {}}"})
        << QStringList{QStringLiteral("2:3")}
        << yaml({"services:", "  db:", "    image: postgres:13", "    restart: always", "    healthcheck: {test: [\"CMD\", \"pg_isready\"]}",
                 "    environment:", "      POSTGRES_PASSWORD_FILE: /run/secrets/pw", "      POSTGRES_DB: shop",
                 "    volumes: [\"pg:/var/lib/postgresql/data\"]", "volumes: {pg: {}}"});

    QTest::newRow("password in environment, map form") << QString(ComposeRule::passwordInEnvironment)
        << yaml({"services:", "  api:", "    image: shop/api:1.4", "    restart: always", "    healthcheck: {test: [\"CMD\", \"true\"]}",
                 "    environment:", "      DB_PASSWORD: hunter2", "      MYSQL_ALLOW_EMPTY_PASSWORD: 'yes'"})
        << QStringList{QStringLiteral("7:7")}
        << yaml({"services:", "  api:", "    image: shop/api:1.4", "    restart: always", "    healthcheck: {test: [\"CMD\", \"true\"]}",
                 "    environment:", "      DB_PASSWORD_FILE: /run/secrets/db_password", "      MYSQL_ALLOW_EMPTY_PASSWORD: 'yes'"});

    QTest::newRow("password in environment, list form") << QString(ComposeRule::passwordInEnvironment)
        << yaml({"services:", "  api:", "    image: shop/api:1.4", "    restart: always", "    healthcheck: {test: [\"CMD\", \"true\"]}",
                 "    environment:", "      - LOG_LEVEL=debug", "      - API_TOKEN=${API_TOKEN}"})
        << QStringList{QStringLiteral("8:9")}
        << yaml({"services:", "  api:", "    image: shop/api:1.4", "    restart: always", "    healthcheck: {test: [\"CMD\", \"true\"]}",
                 "    environment:", "      - LOG_LEVEL=debug", "      - API_TOKEN_FILE=/run/secrets/api_token"});

    QTest::newRow("latest image") << QString(ComposeRule::imageNotPinned)
        << yaml({"services:", "  web:", "    image: nginx:latest", "    restart: always", "    healthcheck: {test: [\"CMD\", \"true\"]}"})
        << QStringList{QStringLiteral("3:12")}
        << yaml({"services:", "  web:", "    image: nginx:1.27-alpine", "    restart: always", "    healthcheck: {test: [\"CMD\", \"true\"]}"});

    QTest::newRow("untagged image behind a registry port") << QString(ComposeRule::imageNotPinned)
        << yaml({"services:", "  web:", "    image: registry.local:5000/team/web", "    restart: always",
                 "    healthcheck: {test: [\"CMD\", \"true\"]}"})
        << QStringList{QStringLiteral("3:12")}
        << yaml({"services:", "  web:", "    image: registry.local:5000/team/web@sha256:0123456789abcdef", "    restart: always",
                 "    healthcheck: {test: [\"CMD\", \"true\"]}"});

    QTest::newRow("database port on 0.0.0.0") << QString(ComposeRule::databasePortPublic)
        << withGoodDb({"services:"}, {"    ports:", "      - \"5432:5432\"", "volumes:", "  db-data:", "secrets:", "  db_password:",
                                       "    file: ./db_password.txt"})
        << QStringList{QStringLiteral("14:9")}
        << withGoodDb({"services:"}, {"    ports:", "      - \"127.0.0.1:5432:5432\"", "volumes:", "  db-data:", "secrets:",
                                       "  db_password:", "    file: ./db_password.txt"});

    QTest::newRow("privileged") << QString(ComposeRule::privileged)
        << yaml({"services:", "  agent:", "    image: agent:2.1", "    restart: always", "    healthcheck: {test: [\"CMD\", \"true\"]}",
                 "    privileged: true"})
        << QStringList{QStringLiteral("6:5")}
        << yaml({"services:", "  agent:", "    image: agent:2.1", "    restart: always", "    healthcheck: {test: [\"CMD\", \"true\"]}",
                 "    cap_add: [NET_ADMIN]"});

    QTest::newRow("no restart policy") << QString(ComposeRule::noRestartPolicy)
        << yaml({"services:", "  web:", "    image: nginx:1.27", "    healthcheck: {test: [\"CMD\", \"true\"]}"})
        << QStringList{QStringLiteral("2:3")}
        << yaml({"services:", "  web:", "    image: nginx:1.27", "    healthcheck: {test: [\"CMD\", \"true\"]}", "    deploy:",
                 "      restart_policy: {condition: on-failure}"});

    QTest::newRow("undefined volume") << QString(ComposeRule::undefinedVolume)
        << withGoodDb({"services:"}, {"secrets:", "  db_password:", "    file: ./db_password.txt"})
        << QStringList{QStringLiteral("10:9")}
        << withGoodDb({"services:"}, goodTail);

    QTest::newRow("undefined secret") << QString(ComposeRule::undefinedSecret)
        << withGoodDb({"services:"}, {"volumes:", "  db-data:"})
        << QStringList{QStringLiteral("8:15")}
        << withGoodDb({"services:"}, goodTail);
}

void TestComposeChecker::rules()
{
    QFETCH(QString, rule);
    QFETCH(QString, triggering);
    QFETCH(QStringList, positions);
    QFETCH(QString, clean);

    const ComposeReport bad = checkCompose(triggering);
    QCOMPARE(rulesAt(bad, rule), positions);
    for (const ComposeFinding &f : bad.findingsOf(rule)) {
        QVERIFY2(!f.message.isEmpty() && f.message.endsWith(QLatin1Char('.')), qPrintable(f.message));
        QVERIFY(isComposeRule(f.rule));
    }
    const ComposeReport good = checkCompose(clean);
    QCOMPARE(rulesAt(good, rule), QStringList());
}

void TestComposeChecker::malformedYamlGivesOnePositionedError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");

    QTest::newRow("unclosed flow sequence") << yaml({"services:", "  web:", "    ports: [80, 443", "    image: nginx"}) << 4;
    QTest::newRow("tab indentation") << QStringLiteral("services:\n\tweb:\n\t\timage: nginx\n") << 2;
    QTest::newRow("bad indentation") << yaml({"services:", "  web:", "    image: nginx", "   ports: []"}) << 4;
    QTest::newRow("colon inside a plain value") << yaml({"services:", "  web:", "    image: nginx: latest"}) << 3;
    QTest::newRow("undefined alias") << yaml({"services:", "  web: *missing"}) << 2;
}

void TestComposeChecker::malformedYamlGivesOnePositionedError()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    const ComposeReport report = checkCompose(text);
    QCOMPARE(report.findings.size(), 1);
    const ComposeFinding &f = report.findings.constFirst();
    QCOMPARE(f.rule, QString(ComposeRule::yamlSyntax));
    QCOMPARE(f.severity, ComposeSeverity::Error);
    QCOMPARE(f.line, line);
    QVERIFY(f.column >= 1);
    QVERIFY(report.hasErrors());
}

void TestComposeChecker::mergeKeysAndAnchors()
{
    const ComposeReport report = checkCompose(yaml({
        "x-common: &common",
        "  restart: unless-stopped",
        "  healthcheck: &hc",
        "    test: [\"CMD\", \"true\"]",
        "  logging:",
        "    driver: json-file",
        "services:",
        "  api:",
        "    <<: *common",
        "    image: shop/api:1.0",
        "  worker:",
        "    <<: [*common]",
        "    image: shop/worker:1.0",
        "    restart: \"no\"",
        "  plain:",
        "    image: shop/plain:1.0",
        "    healthcheck: *hc",
    }));
    // The merged restart policy and healthcheck count; no '<<' is reported as an unknown key.
    QCOMPARE(rulesAt(report, QString(ComposeRule::unknownKey)), QStringList());
    QCOMPARE(rulesAt(report, QString(ComposeRule::noHealthcheck)), QStringList());
    QCOMPARE(rulesAt(report, QString(ComposeRule::noRestartPolicy)), QStringList{QStringLiteral("15:3")});
    const ComposeService *worker = report.service(QStringLiteral("worker"));
    QVERIFY(worker);
    // Keys written in the service win over merged ones.
    QCOMPARE(worker->definition.value(QStringLiteral("restart")).toString(), QStringLiteral("no"));
    QCOMPARE(worker->definition.value(QStringLiteral("logging")).toMap().value(QStringLiteral("driver")).toString(),
             QStringLiteral("json-file"));
    QVERIFY(report.service(QStringLiteral("plain"))->healthcheck);
}

void TestComposeChecker::mergeKeyIntoEnvironment()
{
    const ComposeReport report = checkCompose(yaml({
        "x-db-env: &db-env",
        "  DB_USER: shop",
        "  DB_PASSWORD: secret",
        "services:",
        "  api:",
        "    image: shop/api:1.0",
        "    restart: always",
        "    healthcheck: {test: [\"CMD\", \"true\"]}",
        "    environment:",
        "      <<: *db-env",
        "      LOG_LEVEL: info",
    }));
    // The merged password is found, and reported where it is written (in the anchor).
    QCOMPARE(rulesAt(report, QString(ComposeRule::passwordInEnvironment)), QStringList{QStringLiteral("3:3")});
}

void TestComposeChecker::extensionFieldsAreAllowed()
{
    const ComposeReport report = checkCompose(yaml({
        "x-defaults: {restart: always}",
        "services:",
        "  web:",
        "    image: nginx:1.27",
        "    restart: always",
        "    x-owner: platform-team",
        "    healthcheck: {test: [\"CMD\", \"true\"]}",
    }));
    QVERIFY(report.findings.isEmpty());
}

void TestComposeChecker::dependsOnShortAndLongForms()
{
    const ComposeReport report = checkCompose(yaml({
        "services:",
        "  web:",
        "    image: nginx:1.27",
        "    depends_on: [api, cache]",
        "  api:",
        "    image: shop/api:1.0",
        "    depends_on:",
        "      migrate:",
        "        condition: service_completed_successfully",
        "      cache:",
        "        required: false",
        "  cache:",
        "    image: redis:7",
        "  migrate:",
        "    image: shop/migrate:1.0",
    }));
    QCOMPARE(report.service(QStringLiteral("web"))->dependsOn, (QStringList{QStringLiteral("api"), QStringLiteral("cache")}));
    QCOMPARE(report.service(QStringLiteral("api"))->dependsOn, (QStringList{QStringLiteral("migrate"), QStringLiteral("cache")}));
    // Two in the short list, and the long-form entry without a condition; completed_successfully is fine.
    QCOMPARE(rulesAt(report, QString(ComposeRule::dependsOnNotHealthy)),
             (QStringList{QStringLiteral("4:18"), QStringLiteral("4:23"), QStringLiteral("10:7")}));
}

void TestComposeChecker::servicesAreListedInOrder()
{
    const ComposeReport report = checkCompose(yaml({"services:", "  zeta: {image: a:1}", "  alpha: {image: b:1}", "  mid: {build: .}"}));
    QStringList names;
    for (const ComposeService &s : report.services)
        names.append(s.name);
    QCOMPARE(names, (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid")}));
    QVERIFY(report.service(QStringLiteral("mid"))->builds);
    QCOMPARE(report.service(QStringLiteral("alpha"))->line, 3);
}

void TestComposeChecker::everyReportedRuleIsDocumented()
{
    for (const ComposeRuleInfo &rule : composeRules()) {
        QVERIFY(!rule.summary.isEmpty());
        QVERIFY(isComposeRule(rule.id));
    }
    QVERIFY(!isComposeRule(QStringLiteral("no-such-rule")));
    QVERIFY(checkCompose(QString()).hasErrors());
    QVERIFY(checkCompose(QStringLiteral("- just\n- a list\n")).hasErrors());
}

QTEST_GUILESS_MAIN(TestComposeChecker)
#include "tst_composechecker.moc"
