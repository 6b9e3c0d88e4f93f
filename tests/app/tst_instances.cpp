// The real binary started twice on one data folder: the second start brings the first window to
// the front and leaves; the terminal commands read only (import refuses) while the app runs; a
// killed app's lock is no obstacle.
#include "support/testdata.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestInstances : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    void prepare(QProcess &process) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());  // never the user's real data
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
    }

    Run run(const QStringList &args) const
    {
        QProcess process;
        prepare(process);
        process.start(QStringLiteral(DOCKPREP_APP), args);
        if (!process.waitForFinished(60000))
            qFatal("dockprep did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList appArguments() const
    {
        return {QStringLiteral("--content"), TestData::fixtureContent(), QStringLiteral("--data-dir"), dataDir()};
    }

    // Starts the app and waits until it holds the folder.
    bool startApp(QProcess &app) const
    {
        prepare(app);
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(QStringLiteral(DOCKPREP_APP), appArguments());
        if (!app.waitForStarted())
            return false;
        const QDeadlineTimer patience(60000);
        while (!QFile::exists(QDir(dataDir()).filePath(QStringLiteral("dockprep.lock")))) {
            if (patience.hasExpired() || app.state() != QProcess::Running)
                return false;
            QTest::qWait(50);
        }
        return true;
    }

    static void stop(QProcess &app)
    {
        if (app.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(app.processId()), SIGKILL);
        app.waitForFinished(10000);
    }

private Q_SLOTS:
    void init()
    {
        QDir(dataDir()).removeRecursively();
        QVERIFY(QDir().mkpath(dataDir()));
    }

    void secondStartRaisesTheFirstAndLeaves()
    {
        QProcess first;
        QVERIFY(startApp(first));
        const Run second = run(appArguments());
        const bool firstStillRuns = first.state() == QProcess::Running;
        stop(first);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains(QLatin1String("already running")) && second.err.contains(QLatin1String("brought to the front")),
                 qPrintable(second.err));
        QVERIFY(firstStillRuns);
    }

    void anotherFolderIsAnotherApp()
    {
        QProcess first;
        QVERIFY(startApp(first));
        QTemporaryDir other;
        const Run screenshot = run({QStringLiteral("--content"), TestData::fixtureContent(), QStringLiteral("--data-dir"),
                                    other.filePath(QStringLiteral("data")), QStringLiteral("--screenshot"),
                                    other.filePath(QStringLiteral("x.png"))});
        stop(first);
        QVERIFY2(screenshot.exitCode == 0, qPrintable(screenshot.err));
        QVERIFY(QFile::exists(other.filePath(QStringLiteral("x.png"))));
    }

    // A kill leaves the lock file and the socket behind; the next start runs all the same.
    void killedAppDoesNotLockTheFolder()
    {
        QProcess first;
        QVERIFY(startApp(first));
        stop(first);
        QVERIFY(QFile::exists(QDir(dataDir()).filePath(QStringLiteral("dockprep.lock"))));
        const Run next = run(appArguments() << QStringLiteral("--screenshot") << m_dir.filePath(QStringLiteral("x.png")));
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QVERIFY2(!next.err.contains(QLatin1String("already running")), qPrintable(next.err));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }

    void commandsReadOnlyWhileTheAppRuns()
    {
        // A backup to import, made before the app starts.
        const QString backup = m_dir.filePath(QStringLiteral("backup.json"));
        {
            QTemporaryDir source;
            const Run exported = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("-o"), backup, QStringLiteral("--data-dir"), source.path()});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        }

        QProcess app;
        QVERIFY(startApp(app));
        const Run search = run({QStringLiteral("search"), QStringLiteral("layers"), QStringLiteral("--data-dir"), dataDir()});
        const Run exported = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"),
                                  m_dir.filePath(QStringLiteral("notes.md")), QStringLiteral("--data-dir"), dataDir()});
        const Run dryRun = run({QStringLiteral("import"), backup, QStringLiteral("--dry-run"), QStringLiteral("--data-dir"), dataDir()});
        const Run imported = run({QStringLiteral("import"), backup, QStringLiteral("--data-dir"), dataDir()});
        const bool appStillRuns = app.state() == QProcess::Running;
        stop(app);

        QVERIFY(appStillRuns);
        QVERIFY2(search.exitCode == 0, qPrintable(search.err));
        QVERIFY2(search.err.contains(QLatin1String("only reads it")), qPrintable(search.err));
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.err.contains(QLatin1String("only reads it")), qPrintable(exported.err));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("notes.md"))));
        QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.err));
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(QLatin1String("DockPrep is running with the data in"))
                     && imported.err.contains(QLatin1String("Quit it")),
                 qPrintable(imported.err));
        QVERIFY(!imported.out.contains(QLatin1String("Imported.")));

        // Once the app is gone, the import goes ahead.
        const Run later = run({QStringLiteral("import"), backup, QStringLiteral("--data-dir"), dataDir()});
        QVERIFY2(later.exitCode == 0, qPrintable(later.err));
    }
};

QTEST_GUILESS_MAIN(TestInstances)
#include "tst_instances.moc"
