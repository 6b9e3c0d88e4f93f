// The application binary started on a data folder it must not damage: one it cannot write, and a
// database written by a newer DockPrep. Exactly what a user sees: exit code, message, files.
#include "support/testdata.h"
#include "privileges.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

// Every file under `folder` with a hash of its bytes, to prove nothing was touched.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace

class TestAppData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    Run run(const QStringList &args, bool asAUser = false)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        if (asAUser)
            process.setChildProcessModifier(TestPrivileges::dropFileOverrideInChild);
        process.start(QStringLiteral(DOCKPREP_APP), args);
        if (!process.waitForFinished(120000))
            qFatal("dockprep did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    }

    // A current database with one note, then `sql` run on it behind DockPrep's back.
    static bool makeDatabase(const QString &path, const QString &sql = {})
    {
        const QString name = QStringLiteral("setup");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery query(db);
            ok = ok && query.exec(QStringLiteral("CREATE TABLE notes (num INTEGER PRIMARY KEY, id TEXT, body TEXT)"))
                && query.exec(QStringLiteral("INSERT INTO notes (id, body) VALUES ('n1', 'my only copy')"))
                && (sql.isEmpty() || query.exec(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private Q_SLOTS:
    void readOnlyDataFolder()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        QVERIFY(makeDatabase(QDir(data).filePath(QStringLiteral("dockprep.sqlite"))));
        const auto before = snapshot(data);
        QVERIFY(QFile::setPermissions(data, QFile::ReadOwner | QFile::ExeOwner));
        const Run r = run({QStringLiteral("--content"), TestData::fixtureContent(), QStringLiteral("--data-dir"), data,
                           QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))},
                          true);
        QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("is not writable")) && r.err.contains(data), qPrintable(r.err));
        QCOMPARE(snapshot(data), before);
    }

    void newerSchemaOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        const QString database = QDir(data).filePath(QStringLiteral("dockprep.sqlite"));
        QVERIFY(makeDatabase(database, QStringLiteral("PRAGMA user_version = 1000")));
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        const Run r = run({QStringLiteral("--content"), TestData::fixtureContent(), QStringLiteral("--data-dir"), data,
                           QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));  // the app starts: the notes can be read
        QVERIFY2(r.err.contains(QLatin1String("newer version of DockPrep")) && r.err.contains(QLatin1String("read-only")),
                 qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);  // never downgraded, never written
        QVERIFY(!QFile::exists(database + QStringLiteral("-wal")));
        const QStringList aside = QDir(data).entryList({QStringLiteral("dockprep.sqlite.*")});
        QVERIFY2(aside.isEmpty(), qPrintable(aside.join(u' ')));  // and never moved aside as if corrupt
    }
};

QTEST_GUILESS_MAIN(TestAppData)
#include "tst_appdata.moc"
