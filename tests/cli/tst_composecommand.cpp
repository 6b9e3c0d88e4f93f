#include "cli/checkcomposecommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace DockPrep;

// `dockprep check-compose`: exit codes, text and JSON output, standard input.
class TestComposeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void jsonShape();
    void textIsCompilerStyle();

private:
    int run(const QStringList &options, const QString &stdinText = {})
    {
        m_out.clear();
        m_err.clear();
        QString input = stdinText;
        QTextStream in(&input);
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        const int code = runCheckComposeCommand(QStringList{QStringLiteral("dockprep"), QStringLiteral("check-compose")} + options,
                                                in, out, err);
        out.flush();
        err.flush();
        return code;
    }
    QString m_out;
    QString m_err;
};

void TestComposeCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("code");
    const QString clean = QStringLiteral("services:\n  web:\n    image: nginx:1.27\n    restart: always\n"
                                         "    healthcheck: {test: [\"CMD\", \"true\"]}\n");
    QTest::newRow("clean") << QStringList{QStringLiteral("-")} << clean << 0;
    QTest::newRow("info only") << QStringList{QStringLiteral("-")}
                               << QString(clean).remove(QStringLiteral("    restart: always\n")) << 0;
    QTest::newRow("warnings") << QStringList{QStringLiteral("-")} << QString(clean).replace(QStringLiteral("1.27"), QStringLiteral("latest"))
                              << 1;
    QTest::newRow("compose refuses it") << QStringList{QStringLiteral("-")}
                                        << QString(clean).replace(QStringLiteral("restart: always"), QStringLiteral("ports: 8080"))
                                        << 3;
    QTest::newRow("not yaml") << QStringList{QStringLiteral("-")} << QStringLiteral("services: [\n") << 3;
    QTest::newRow("no file") << QStringList{} << QString() << 2;
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("-")} << clean << 2;
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/compose.yaml")} << QString() << 4;
}

void TestComposeCommand::exitCodes()
{
    QFETCH(QStringList, options);
    QFETCH(QString, input);
    QFETCH(int, code);
    QCOMPARE(run(options, input), code);
    if (code == 2 || code == 4)
        QVERIFY(m_err.startsWith(QLatin1String("dockprep check-compose: ")));
}

void TestComposeCommand::jsonShape()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("compose.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("version: '3'\nservices:\n  db:\n    image: postgres:16\n    restart: always\n");
    file.close();
    QCOMPARE(run({QStringLiteral("--format"), QStringLiteral("json"), path}), 1);
    const QJsonObject root = QJsonDocument::fromJson(m_out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("file")).toString(), path);
    const QJsonArray services = root.value(QStringLiteral("services")).toArray();
    QCOMPARE(services.size(), 1);
    QCOMPARE(services.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("db"));
    QCOMPARE(services.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    const QJsonObject first = root.value(QStringLiteral("findings")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("obsolete-version"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 1);
    QVERIFY(first.contains(QStringLiteral("service")) && first.contains(QStringLiteral("message")));
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("errors")).toInt(), 0);
    QVERIFY(summary.value(QStringLiteral("warnings")).toInt() >= 3);  // version, healthcheck, volume, password env
}

void TestComposeCommand::textIsCompilerStyle()
{
    QCOMPARE(run({QStringLiteral("-")}, QStringLiteral("services:\n  web:\n    image: nginx\n    restart: always\n"
                                                        "    healthcheck: {test: [\"CMD\", \"true\"]}\n")),
             1);
    QVERIFY2(m_out.startsWith(QLatin1String("-:3:12: warning: ")), qPrintable(m_out));
    QVERIFY(m_out.contains(QLatin1String("[image-not-pinned]\n")));
    QVERIFY(m_out.contains(QLatin1String("1 service(s): web; 0 error(s), 1 warning(s), 0 info")));
}

QTEST_GUILESS_MAIN(TestComposeCommand)
#include "tst_composecommand.moc"
