#include "analyzers/composechecker.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace DockPrep;

// Compose files read in place: the project's own (tests/data/compose, written for these tests,
// always run) and the real public ones in ../shared/corpus/compose (see MANIFEST.tsv), which are
// skipped with a message where that folder is not beside the checkout. A name "own/NAME" is one of
// the project's files.
class TestComposeCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFileReadsWithoutErrors_data();
    void everyFileReadsWithoutErrors();
    void handChecked_data();
    void handChecked();
    void mergedServicesInheritFromTheAnchor();
    void ownMergeKeysAndExtensionFields();

private:
    static QString read(const QString &name);
    QDir m_dir;
    bool m_corpus = false;
};

namespace {
constexpr char corpusAbsent[] = "the third-party corpus is not beside this checkout (../shared/corpus): only the project's own files were checked";
const QString ownDir = QStringLiteral(DOCKPREP_SOURCE_DIR "/tests/data/compose/");
} // namespace

QString TestComposeCorpus::read(const QString &name)
{
    QFile file(name.startsWith(QLatin1String("own/")) ? QString(ownDir + name.mid(4)) : QString(QStringLiteral(DOCKPREP_CORPUS_DIR "/compose/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

void TestComposeCorpus::initTestCase()
{
    m_dir = QDir(QStringLiteral(DOCKPREP_CORPUS_DIR "/compose"));
    m_corpus = m_dir.exists();
}

void TestComposeCorpus::everyFileReadsWithoutErrors_data()
{
    QTest::addColumn<QString>("name");
    const QStringList own = QDir(ownDir).entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(own.size() >= 2);
    for (const QString &name : own)
        QTest::newRow(qPrintable(QStringLiteral("own/") + name)) << QStringLiteral("own/") + name;
    if (!m_corpus) {
        QTest::newRow("third-party corpus") << QString();
        return;
    }
    const QStringList names = m_dir.entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 20);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

// The corpus files Compose refuses on their own, each with the one rule that says why. Every
// other file is one `docker compose config` accepts, so it must get no error at all.
static const QHash<QString, QString> &genuinelyRefused()
{
    static const QHash<QString, QString> files{
        // An override: its services only add ports, volumes and commands to those of
        // compose.yml; read alone, none has an image or a build, which Compose refuses.
        {QStringLiteral("fastapi__full-stack-fastapi-template__compose.override.yml"), QStringLiteral("override-needs-base")},
    };
    return files;
}

void TestComposeCorpus::everyFileReadsWithoutErrors()
{
    QFETCH(QString, name);
    if (name.isEmpty())
        QSKIP(corpusAbsent);
    const ComposeReport report = checkCompose(read(name));
    const QString expected = genuinelyRefused().value(name);
    bool refused = false;
    for (const ComposeFinding &f : report.findings) {
        // Real, working files: nothing Compose would refuse, and no key our table is missing.
        const bool allowed = f.severity != ComposeSeverity::Error || f.rule == expected;
        QVERIFY2(allowed && f.rule != QLatin1String("unknown-key"),
                 qPrintable(QStringLiteral("%1:%2:%3: %4 %5").arg(name).arg(f.line).arg(f.column).arg(f.rule, f.message)));
        refused = refused || f.rule == expected;
        QVERIFY(f.line > 0);
    }
    QCOMPARE(refused, !expected.isEmpty());
    QVERIFY(!report.services.isEmpty());
}

// Services and findings read off the files by hand: "rule@line" for every finding of the listed
// rules (other rules are not compared).
void TestComposeCorpus::handChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QStringList>("expected");

    const QStringList dbRules{QStringLiteral("database-no-volume"), QStringLiteral("database-env-missing"),
                              QStringLiteral("database-name-missing"), QStringLiteral("password-in-environment")};

    QTest::newRow("own anchors: merged defaults, healthy conditions, secrets in files")
        << QStringLiteral("own/anchors.compose.yaml")
        << QStringList{QStringLiteral("api"), QStringLiteral("worker"), QStringLiteral("db"), QStringLiteral("cache")}
        << (QStringList{QStringLiteral("depends-on-not-healthy"), QStringLiteral("no-healthcheck"), QStringLiteral("image-not-pinned"),
                        QStringLiteral("no-restart-policy"), QStringLiteral("undefined-secret"), QStringLiteral("undefined-volume")}
            + dbRules)
        // worker disables its healthcheck on purpose; api waits only for cache to start; redis
        // keeps /data in an anonymous volume.
        << QStringList{QStringLiteral("depends-on-not-healthy@32"), QStringLiteral("database-no-volume@66")};

    QTest::newRow("own web-db: short depends_on, published database port")
        << QStringLiteral("own/web-db.compose.yaml")
        << QStringList{QStringLiteral("web"), QStringLiteral("db")}
        << (QStringList{QStringLiteral("depends-on-not-healthy"), QStringLiteral("database-port-public"), QStringLiteral("no-healthcheck"),
                        QStringLiteral("image-not-pinned")}
            + dbRules)
        << QStringList{QStringLiteral("no-healthcheck@3"), QStringLiteral("depends-on-not-healthy@11"), QStringLiteral("no-healthcheck@14"),
                       QStringLiteral("database-port-public@20")};

    if (!m_corpus) {
        QTest::newRow("third-party corpus") << QString() << QStringList() << QStringList() << QStringList();
        return;
    }

    QTest::newRow("nginx-golang-postgres")
        << QStringLiteral("docker__awesome-compose__nginx-golang-postgres__compose.yaml")
        << QStringList{QStringLiteral("backend"), QStringLiteral("db"), QStringLiteral("proxy")}
        << (QStringList{QStringLiteral("image-not-pinned"), QStringLiteral("depends-on-not-healthy"),
                        QStringLiteral("no-healthcheck")} + dbRules)
        // postgres and nginx untagged; proxy's short depends_on; backend and proxy unchecked.
        << QStringList{QStringLiteral("no-healthcheck@2"), QStringLiteral("image-not-pinned@13"),
                       QStringLiteral("no-healthcheck@31"), QStringLiteral("image-not-pinned@32"),
                       QStringLiteral("depends-on-not-healthy@41")};

    QTest::newRow("nginx-flask-mysql")
        << QStringLiteral("docker__awesome-compose__nginx-flask-mysql__compose.yaml")
        << QStringList{QStringLiteral("db"), QStringLiteral("backend"), QStringLiteral("proxy")}
        << (QStringList{QStringLiteral("depends-on-not-healthy"), QStringLiteral("depends-on-no-healthcheck"),
                        QStringLiteral("no-restart-policy")} + dbRules)
        // mariadb with a named volume, a _FILE root password and a database name: nothing to say.
        << QStringList{QStringLiteral("depends-on-not-healthy@49")};

    QTest::newRow("netbox: anchors and merge keys")
        << QStringLiteral("netbox-community__netbox-docker__docker-compose.yml")
        << QStringList{QStringLiteral("netbox"), QStringLiteral("netbox-worker"), QStringLiteral("netbox-housekeeping"),
                       QStringLiteral("postgres"), QStringLiteral("redis"), QStringLiteral("redis-cache")}
        << (QStringList{QStringLiteral("no-healthcheck"), QStringLiteral("depends-on-not-healthy"),
                        QStringLiteral("image-not-pinned")} + dbRules)
        // Every service is healthchecked (the workers through their own, redis-cache through an
        // alias); the env files hide the database variables, so nothing is guessed.
        << QStringList{QStringLiteral("depends-on-not-healthy@5"), QStringLiteral("depends-on-not-healthy@6"),
                       QStringLiteral("depends-on-not-healthy@7")};

    QTest::newRow("kong: version key, x- anchor merged into environment")
        << QStringLiteral("Kong__docker-kong__compose__docker-compose.yml")
        << QStringList{QStringLiteral("kong-migrations"), QStringLiteral("kong-migrations-up"), QStringLiteral("kong"),
                       QStringLiteral("db")}
        << (QStringList{QStringLiteral("obsolete-version"), QStringLiteral("database-port-public")} + dbRules)
        << QStringList{QStringLiteral("obsolete-version@1")};

    QTest::newRow("healthy condition on a service without healthcheck")
        << QStringLiteral("docker__compose__pkg__e2e__testdata__TestComposeRunNotRequiredDeps__compose.yaml")
        << QStringList{QStringLiteral("foo"), QStringLiteral("bar")}
        << QStringList{QStringLiteral("depends-on-no-healthcheck"), QStringLiteral("image-not-pinned")}
        << QStringList{QStringLiteral("image-not-pinned@3"), QStringLiteral("depends-on-no-healthcheck@8"),
                       QStringLiteral("image-not-pinned@10")};

    QTest::newRow("wordpress-mysql: latest and a database without env file")
        << QStringLiteral("docker__awesome-compose__wordpress-mysql__compose.yaml")
        << QStringList{QStringLiteral("db"), QStringLiteral("wordpress")}
        << (QStringList{QStringLiteral("image-not-pinned")} + dbRules)
        << QStringList{QStringLiteral("password-in-environment@12"), QStringLiteral("password-in-environment@15"),
                       QStringLiteral("image-not-pinned@20"), QStringLiteral("password-in-environment@27")};
}

void TestComposeCorpus::handChecked()
{
    QFETCH(QString, name);
    QFETCH(QStringList, services);
    QFETCH(QStringList, rules);
    QFETCH(QStringList, expected);
    if (name.isEmpty())
        QSKIP(corpusAbsent);

    const ComposeReport report = checkCompose(read(name));
    QStringList names;
    for (const ComposeService &s : report.services)
        names.append(s.name);
    QCOMPARE(names, services);

    QStringList found;
    for (const ComposeFinding &f : report.findings) {
        if (rules.contains(f.rule))
            found.append(QStringLiteral("%1@%2").arg(f.rule).arg(f.line));
    }
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestComposeCorpus::mergedServicesInheritFromTheAnchor()
{
    if (!m_corpus)
        QSKIP(corpusAbsent);
    const ComposeReport report = checkCompose(read(QStringLiteral("netbox-community__netbox-docker__docker-compose.yml")));
    const ComposeService *worker = report.service(QStringLiteral("netbox-worker"));
    QVERIFY(worker);
    // image, user and volumes come through `<<: *netbox`; depends_on is the worker's own.
    QCOMPARE(worker->image, QStringLiteral("docker.io/netboxcommunity/netbox:${VERSION-v4.1-3.0.2}"));
    QCOMPARE(worker->definition.value(QStringLiteral("user")).toString(), QStringLiteral("unit:root"));
    QCOMPARE(worker->definition.value(QStringLiteral("volumes")).toList().size(), 4);
    QCOMPARE(worker->dependsOn, QStringList{QStringLiteral("netbox")});
    QCOMPARE(worker->keyLines.value(QStringLiteral("user")), 9);   // where the anchor wrote it
    QCOMPARE(worker->keyLines.value(QStringLiteral("depends_on")), 22);
}

// The same, on the project's own file: `<<: *defaults` from an x- extension field, and a merged
// environment mapping next to the service's own keys.
void TestComposeCorpus::ownMergeKeysAndExtensionFields()
{
    const ComposeReport report = checkCompose(read(QStringLiteral("own/anchors.compose.yaml")));
    const ComposeService *worker = report.service(QStringLiteral("worker"));
    QVERIFY(worker);
    QCOMPARE(worker->definition.value(QStringLiteral("restart")).toString(), QStringLiteral("unless-stopped"));
    QCOMPARE(worker->keyLines.value(QStringLiteral("restart")), 5);  // where the anchor wrote it
    QCOMPARE(worker->definition.value(QStringLiteral("logging")).toMap().value(QStringLiteral("driver")).toString(), QStringLiteral("json-file"));
    QVERIFY(!worker->healthcheck);  // `disable: true`
    const ComposeService *api = report.service(QStringLiteral("api"));
    QVERIFY(api);
    const QVariantMap environment = api->definition.value(QStringLiteral("environment")).toMap();
    QCOMPARE(environment.value(QStringLiteral("LOG_LEVEL")).toString(), QStringLiteral("info"));
    QCOMPARE(environment.value(QStringLiteral("DATABASE_URL_FILE")).toString(), QStringLiteral("/run/secrets/db_url"));
    QVERIFY(api->builds);
    QVERIFY(api->healthcheck);
    QCOMPARE(api->dependsOn, (QStringList{QStringLiteral("db"), QStringLiteral("cache")}));
    QVERIFY(report.findingsOf(QStringLiteral("unknown-key")).isEmpty());
}

QTEST_GUILESS_MAIN(TestComposeCorpus)
#include "tst_composecorpus.moc"
