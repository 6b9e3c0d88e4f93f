// startBackgroundUpkeep: the check and the backup that run behind the window, and what comes
// back from them.
#include "support/damageddatabase.h"

#include "ui/databaseopening.h"
#include "store/database.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace DockPrep;

class TestBackgroundUpkeep : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    BackupPolicy backups() const { return {m_dir.filePath(QStringLiteral("backups")), true, 7}; }

    // A damaged file open() let through, as the app opens it: the check is left to the worker.
    bool openDamaged(Database &db)
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        TestData::writeDamagedDatabase(path, TestData::Damage::ScribbledPage);
        return !QTest::currentTestFailed() && db.open(path, Database::IntegrityCheck::AfterUncleanShutdown).ok()
            && !db.integrityChecked();
    }

private Q_SLOTS:
    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void damageFoundBehindTheWindowIsReported()
    {
        Database db;
        QVERIFY(openDamaged(db));
        QObject window;
        QStringList problems;
        startBackgroundUpkeep(db, backups(), &window, [&problems](const QString &problem) { problems.append(problem); });
        QTRY_COMPARE(problems.size(), 1);
        QVERIFY(!problems.first().isEmpty());
        // A damaged file never pushes a good backup out.
        QVERIFY(Database::newestBackup(backups().folder).isEmpty());
    }

    void soundDatabaseGetsTodaysBackup()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("sound.sqlite"))).ok());
        QObject window;
        bool damaged = false;
        startBackgroundUpkeep(db, backups(), &window, [&damaged](const QString &) { damaged = true; });
        QTRY_VERIFY(!Database::newestBackup(backups().folder).isEmpty());
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(!damaged);
    }

    // The window closed while the worker checked: nobody is called back.
    void aClosedWindowHearsNothing()
    {
        Database db;
        QVERIFY(openDamaged(db));
        auto window = std::make_unique<QObject>();
        bool called = false;
        startBackgroundUpkeep(db, backups(), window.get(), [&called](const QString &) { called = true; });
        window.reset();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestBackgroundUpkeep)
#include "tst_backgroundupkeep.moc"
