#include "analyzers/composechecker.h"
#include "text/boundedread.h"

#include <QSet>
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

// The rules the tests below saw reported: everyDocumentedRuleIsReported looks for the rest.
QSet<QString> seenReported;

// Every finding names a documented rule, at the severity its documentation gives.
void checkDocumented(const ComposeReport &report)
{
    const QList<ComposeRuleInfo> &rules = composeRules();
    for (const ComposeFinding &f : report.findings) {
        const auto info = std::find_if(rules.cbegin(), rules.cend(), [&](const ComposeRuleInfo &r) { return r.id == f.rule; });
        QVERIFY2(info != rules.cend(), qPrintable(f.rule));
        QCOMPARE(f.severity, info->severity);
        seenReported.insert(f.rule);
    }
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
    void composeRefusals_data();
    void composeRefusals();
    void acceptedByCompose_data();
    void acceptedByCompose();
    void malformedYamlGivesOnePositionedError_data();
    void malformedYamlGivesOnePositionedError();
    void mergeKeysAndAnchors();
    void mergeKeyIntoEnvironment();
    void extensionFieldsAreAllowed();
    void dependsOnShortAndLongForms();
    void servicesAreListedInOrder();
    void everyDocumentedRuleIsReported();
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
    for (const ComposeFinding &f : bad.findingsOf(rule))
        QVERIFY2(!f.message.isEmpty() && f.message.endsWith(QLatin1Char('.')), qPrintable(f.message));
    checkDocumented(bad);
    const ComposeReport good = checkCompose(clean);
    QCOMPARE(rulesAt(good, rule), QStringList());
}

// What `docker compose config` refuses (exit 1 there, exit 3 from check-compose): one file per
// refusal, the rule, where, and the severity.
void TestComposeChecker::composeRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<ComposeSeverity>("severity");

    const auto row = [](const char *name, const QString &text, QLatin1StringView rule, int line, int column) {
        QTest::newRow(name) << text << QString(rule) << line << column << ComposeSeverity::Error;
    };
    row("unknown top-level key", yaml({"services:", "  web:", "    image: nginx:1.27", "netwroks: {}"}),
        ComposeRule::unknownKey, 4, 1);
    row("unknown service key", yaml({"services:", "  web:", "    image: nginx:1.27", "    port: [\"80:80\"]"}),
        ComposeRule::unknownKey, 4, 5);
    row("unknown key in a healthcheck", yaml({"services:", "  web:", "    image: nginx:1.27", "    healthcheck:",
                                              "      test: [\"CMD\", \"true\"]", "      intervall: 10s"}),
        ComposeRule::unknownKey, 6, 7);
    row("ports: 8080", yaml({"services:", "  web:", "    image: nginx:1.27", "    ports: 8080"}), ComposeRule::invalidType, 4, 12);
    row("ports: \"8080:80\"", yaml({"services:", "  web:", "    image: nginx:1.27", "    ports: \"8080:80\""}),
        ComposeRule::invalidType, 4, 12);
    row("environment as a string", yaml({"services:", "  web:", "    image: nginx:1.27", "    environment: DEBUG=1"}),
        ComposeRule::invalidType, 4, 18);
    row("duplicate service", yaml({"services:", "  web:", "    image: nginx:1.27", "  web:", "    image: nginx:1.26"}),
        ComposeRule::duplicateKey, 4, 3);
    row("duplicate image", yaml({"services:", "  web:", "    image: nginx:1.27", "    image: nginx:1.26"}),
        ComposeRule::duplicateKey, 4, 5);
    row("unterminated quote", yaml({"services:", "  web:", "    image: nginx:1.27", "    ports:", "      - \"8080:80",
                                    "    restart: always"}),
        ComposeRule::yamlSyntax, 5, 9);
    row("extends an unknown service", yaml({"services:", "  web:", "    image: nginx:1.27", "  worker:", "    extends: base"}),
        ComposeRule::undefinedService, 5, 14);
    row("undefined network", yaml({"services:", "  web:", "    image: nginx:1.27", "    networks: [front]"}),
        ComposeRule::undefinedNetwork, 4, 16);
    row("depends_on an undefined service", yaml({"services:", "  web:", "    image: nginx:1.27", "    depends_on: [db]"}),
        ComposeRule::undefinedService, 4, 18);
    row("depends_on an undefined service, required: false",
        yaml({"services:", "  web:", "    image: nginx:1.27", "    depends_on:", "      db:", "        condition: service_started",
              "        required: false"}),
        ComposeRule::undefinedService, 5, 7);
    row("links to an unknown service", yaml({"services:", "  web:", "    image: nginx:1.27", "    links: [\"db:database\"]"}),
        ComposeRule::undefinedService, 4, 13);
    row("volumes_from an unknown service", yaml({"services:", "  web:", "    image: nginx:1.27", "    volumes_from:",
                                                 "      - data:ro"}),
        ComposeRule::undefinedService, 5, 9);
    row("links in a cycle", yaml({"services:", "  a:", "    image: busybox:1.36", "    links: [b]", "  b:",
                                  "    image: busybox:1.36", "    volumes_from: [a]"}),
        ComposeRule::dependencyCycle, 7, 20);
    row("extends in a cycle", yaml({"services:", "  a:", "    image: busybox:1.36", "    extends: b", "  b:",
                                    "    image: busybox:1.36", "    extends:", "      service: a"}),
        ComposeRule::dependencyCycle, 4, 14);
    row("extends itself", yaml({"services:", "  a:", "    image: busybox:1.36", "    extends: a"}),
        ComposeRule::dependencyCycle, 4, 14);
    row("neither image nor build", yaml({"services:", "  web:", "    image: nginx:1.27", "  worker:", "    command: [\"run\"]"}),
        ComposeRule::noImageOrBuild, 4, 3);
    row("condition: service_heathy", yaml({"services:", "  web:", "    image: nginx:1.27", "    depends_on:", "      db:",
                                           "        condition: service_heathy", "  db:", "    image: postgres:16"}),
        ComposeRule::invalidValue, 6, 20);
    row("host port 99999", yaml({"services:", "  web:", "    image: nginx:1.27", "    ports:", "      - \"99999:80\""}),
        ComposeRule::invalidValue, 5, 9);
    row("mem_limit: lots", yaml({"services:", "  web:", "    image: nginx:1.27", "    mem_limit: lots"}),
        ComposeRule::invalidValue, 4, 16);
    row("interval: soon", yaml({"services:", "  web:", "    image: nginx:1.27", "    healthcheck:", "      test: [\"CMD\", \"true\"]",
                                "      interval: soon"}),
        ComposeRule::invalidValue, 6, 17);
    row("duration without a unit", yaml({"services:", "  web:", "    image: nginx:1.27", "    stop_grace_period: 30"}),
        ComposeRule::invalidValue, 4, 24);
    row("healthcheck test without CMD", yaml({"services:", "  web:", "    image: nginx:1.27", "    healthcheck:",
                                              "      test: [\"curl\", \"-f\", \"http://localhost\"]"}),
        ComposeRule::invalidValue, 5, 14);
    row("dependency cycle", yaml({"services:", "  a:", "    image: busybox:1.36", "    depends_on: [b]", "  b:",
                                  "    image: busybox:1.36", "    depends_on: [a]"}),
        ComposeRule::dependencyCycle, 7, 18);
    row("self-dependency", yaml({"services:", "  a:", "    image: busybox:1.36", "    depends_on: [a]"}),
        ComposeRule::dependencyCycle, 4, 18);
    row("unclosed ${", yaml({"services:", "  web:", "    image: nginx:${TAG"}), ComposeRule::invalidInterpolation, 3, 12);
    row("network_mode with networks", yaml({"services:", "  web:", "    image: nginx:1.27", "    network_mode: host",
                                            "    networks: [default]"}),
        ComposeRule::conflictingKeys, 5, 5);
    row("bind mount without a source", yaml({"services:", "  web:", "    image: nginx:1.27", "    volumes:",
                                             "      - \":/usr/share/nginx/html:ro\""}),
        ComposeRule::invalidValue, 5, 9);
    row("external volume with a driver", yaml({"services:", "  web:", "    image: nginx:1.27", "    volumes:", "      - data:/data",
                                               "volumes:", "  data:", "    external: true", "    driver: local"}),
        ComposeRule::conflictingKeys, 9, 5);
    row("standalone override file", yaml({"services:", "  web:", "    ports: [\"8080:80\"]", "  db:", "    environment:",
                                          "      POSTGRES_PASSWORD: dev"}),
        ComposeRule::overrideNeedsBase, 2, 3);
    row("override file that adds a service", yaml({"services:", "  proxy:", "    image: traefik:3.6", "  web:",
                                                   "    ports: [\"8080:80\"]", "  db:", "    ports: [\"5432:5432\"]"}),
        ComposeRule::overrideNeedsBase, 4, 3);
}

void TestComposeChecker::composeRefusals()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(ComposeSeverity, severity);

    const ComposeReport report = checkCompose(text);
    const QList<ComposeFinding> found = report.findingsOf(rule);
    QStringList all;
    for (const ComposeFinding &f : report.findings)
        all.append(QStringLiteral("%1@%2:%3").arg(f.rule).arg(f.line).arg(f.column));
    QVERIFY2(found.size() == 1, qPrintable(all.join(QLatin1Char(' '))));
    QCOMPARE(found.constFirst().line, line);
    QCOMPARE(found.constFirst().column, column);
    QCOMPARE(found.constFirst().severity, severity);
    QVERIFY2(found.constFirst().message.endsWith(QLatin1Char('.')), qPrintable(found.constFirst().message));
    checkDocumented(report);
    QVERIFY(report.hasErrors());
}

// Files Compose accepts that sit close to the refusals above: none may get an error.
void TestComposeChecker::acceptedByCompose_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("ports in every short and long form")
        << yaml({"services:", "  web:", "    image: nginx:1.27", "    ports:", "      - \"8080:80\"", "      - 9090",
                 "      - \"127.0.0.1:5432:5432/tcp\"", "      - \"[::1]:53:53/udp\"", "      - \"8000-8010:8000-8010\"",
                 "      - \"127.0.0.1::80\"", "      - \"${WEB_PORT:-8080}:80\"", "      - target: 80", "        published: \"8081\"",
                 "        protocol: tcp"});
    QTest::newRow("ports in every long form")
        << yaml({"services:", "  web:", "    image: nginx:1.27", "    ports:", "      - target: 80", "        published: \"8080-8090\"",
                 "        host_ip: 127.0.0.1", "        protocol: tcp", "        app_protocol: http", "        mode: host",
                 "      - target: 443", "        host_ip: \"::1\"", "        published: 8443", "        name: https",
                 "      - \"[::1]:5353:53/udp\"", "      - 127.0.0.1:8081:81"});
    QTest::newRow("links, volumes_from and an extends chain that ends")
        << yaml({"services:", "  db:", "    image: postgres:16", "  data:", "    image: busybox:1.36", "  web:",
                 "    image: nginx:1.27", "    links: [db, \"db:database\"]", "    volumes_from: [\"data:ro\", \"container:legacy\", data]",
                 "  base:", "    image: shop/api:1.0", "  mid:", "    extends: base", "  top:", "    extends: {service: mid}"});
    QTest::newRow("durations and sizes")
        << yaml({"services:", "  web:", "    image: nginx:1.27", "    stop_grace_period: 1m30s", "    mem_limit: 1.5g",
                 "    mem_reservation: 268435456", "    memswap_limit: -1", "    shm_size: 256m", "    healthcheck:",
                 "      test: [\"CMD-SHELL\", \"curl -f http://localhost || exit 1\"]", "      interval: 10s",
                 "      timeout: 500ms", "      start_period: 0", "      retries: 3", "    deploy:", "      resources:",
                 "        limits: {cpus: \"0.5\", memory: 512M}"});
    QTest::newRow("dependencies in every form, one on a profiled service")
        << yaml({"services:", "  web:", "    image: nginx:1.27", "    depends_on:", "      api:", "        condition: service_healthy",
                 "        restart: true", "      migrate:", "        condition: service_completed_successfully",
                 "      debug:", "        condition: service_started", "        required: false", "  api:", "    build: ./api",
                 "    depends_on: [migrate]", "    healthcheck:", "      test: curl -f http://localhost/health", "  migrate:",
                 "    image: shop/migrate:1.0", "  debug:", "    image: busybox:1.36", "    profiles: [debug]",
                 "  sidecar:", "    image: busybox:1.36", "    network_mode: service:web"});
    QTest::newRow("extends in this file and another")
        << yaml({"services:", "  base:", "    image: shop/api:1.0", "  worker:", "    extends: base", "    command: [\"work\"]",
                 "  cron:", "    extends:", "      service: worker", "  remote:", "    extends:", "      file: common.yaml",
                 "      service: app"});
    QTest::newRow("networks declared, default implicit")
        << yaml({"services:", "  web:", "    image: nginx:1.27", "    networks:", "      front:", "        aliases: [www]",
                 "      default:", "  db:", "    image: postgres:16", "    networks: [back]", "networks:", "  front:",
                 "  back:", "    internal: true"});
    QTest::newRow("interpolation, escaped and nested")
        << yaml({"services:", "  web:", "    image: \"nginx:${TAG:-1.27}\"", "    command: [\"sh\", \"-c\", \"echo $$HOME ${GREETING:-${LANG:-en}}\"]",
                 "    environment:", "      PRICE: \"$$5\""});
    QTest::newRow("mounts and volumes")
        << yaml({"services:", "  web:", "    image: nginx:1.27", "    volumes:", "      - ./html:/usr/share/nginx/html:ro",
                 "      - data:/data", "      - /var/cache/nginx", "      - type: bind", "        source: ./conf",
                 "        target: /etc/nginx/conf.d", "        bind: {create_host_path: true}", "      - type: tmpfs",
                 "        target: /tmp", "        tmpfs: {size: 64m}", "      - shared:/shared", "volumes:", "  data:",
                 "  shared:", "    external: true", "    name: team-shared"});
    QTest::newRow("extension fields everywhere")
        << yaml({"x-logging: &logging", "  driver: json-file", "  options: {max-size: 10m}", "services:", "  web:",
                 "    image: nginx:1.27", "    x-owner: platform", "    logging: *logging", "    healthcheck:",
                 "      test: [\"CMD\", \"true\"]", "      x-note: cheap"});
    QTest::newRow("anchors merged twice")
        << yaml({"x-base: &base", "  image: shop/api:1.0", "  restart: always", "services:", "  api:", "    <<: *base",
                 "  worker:", "    <<: *base", "    command: [\"work\"]"});
}

void TestComposeChecker::acceptedByCompose()
{
    QFETCH(QString, text);
    const ComposeReport report = checkCompose(text);
    for (const ComposeFinding &f : report.findings) {
        QVERIFY2(f.severity != ComposeSeverity::Error,
                 qPrintable(QStringLiteral("%1 at %2:%3: %4").arg(f.rule).arg(f.line).arg(f.column).arg(f.message)));
    }
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
    checkDocumented(report);
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

// The documentation (--help, docs, the challenge editor) lists exactly the rules the checker
// reports: each documented rule is reported by some test above, with its documented severity.
void TestComposeChecker::everyDocumentedRuleIsReported()
{
    if (!seenReported.contains(QString(ComposeRule::yamlSyntax)))
        QSKIP("needs the rule tests above in the same run (run the whole file)");
    const ComposeReport list = checkCompose(QStringLiteral("- just\n- a list\n"));
    QCOMPARE(list.findingsOf(QString(ComposeRule::notACompose)).size(), 1);
    checkDocumented(list);
    const ComposeReport huge = checkCompose(QString(InputLimit::composeBytes + 1, QLatin1Char('#')));
    QCOMPARE(huge.findingsOf(QString(ComposeRule::inputLimit)).size(), 1);
    checkDocumented(huge);

    for (const ComposeRuleInfo &rule : composeRules()) {
        QVERIFY2(rule.summary.endsWith(QLatin1Char('.')), qPrintable(rule.id));
        QVERIFY2(seenReported.contains(rule.id), qPrintable(rule.id + QStringLiteral(" is documented but no test sees it reported")));
    }
    QVERIFY(!isComposeRule(QStringLiteral("no-such-rule")));
}

QTEST_GUILESS_MAIN(TestComposeChecker)
#include "tst_composechecker.moc"
