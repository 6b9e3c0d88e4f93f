// One DockPrep per data folder: the lock, its stale case after a kill, and the request that
// brings the running window to the front.
#include "platform/instancelock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <thread>
#include <unistd.h>

using namespace DockPrep;

namespace {

constexpr auto holderFlag = "--hold-lock";

// The child: holds the folder's lock until it is killed.
int holdLock(const QString &folder)
{
    InstanceLock lock(folder);
    if (lock.acquire() != InstanceLock::Result::Acquired || !lock.listen())
        return 2;
    if (::write(STDOUT_FILENO, "locked\n", 7) != 7)
        return 3;
    QTimer::singleShot(60000, [] { QCoreApplication::exit(5); });  // never outlives a failed test
    return QCoreApplication::exec();
}

} // namespace

class TestInstanceLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondHolderIsRefusedUntilTheFirstLets()
    {
        QTemporaryDir dir;
        {
            InstanceLock first(dir.path());
            QCOMPARE(first.acquire(), InstanceLock::Result::Acquired);
            QVERIFY(first.isHeld());
            InstanceLock second(dir.path());
            QCOMPARE(second.acquire(), InstanceLock::Result::HeldElsewhere);
            QVERIFY(!second.isHeld());
            QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
            // Another folder is another matter.
            QTemporaryDir otherDir;
            InstanceLock other(otherDir.path());
            QCOMPARE(other.acquire(), InstanceLock::Result::Acquired);
            QVERIFY(InstanceLock::serverName(dir.path()) != InstanceLock::serverName(otherDir.path()));
        }
        InstanceLock later(dir.path());
        QCOMPARE(later.acquire(), InstanceLock::Result::Acquired);
    }

    // Two spellings of one folder are one folder.
    void serverNameFollowsTheFolderNotItsSpelling()
    {
        QTemporaryDir dir;
        QCOMPARE(InstanceLock::serverName(dir.path()), InstanceLock::serverName(dir.path() + QStringLiteral("/./")));
        QVERIFY(InstanceLock::serverName(dir.path()).size() < 40);
    }

    // A killed DockPrep leaves its lock file behind; the next start takes it over.
    void lockOfAKilledProcessIsTakenOver()
    {
        QTemporaryDir dir;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QLatin1String(holderFlag), dir.path()});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        const QDeadlineTimer patience(30000);
        while (!child.canReadLine()) {
            QVERIFY2(!patience.hasExpired() && child.state() == QProcess::Running, "the child did not lock");
            child.waitForReadyRead(100);
        }
        InstanceLock meanwhile(dir.path());
        QCOMPARE(meanwhile.acquire(), InstanceLock::Result::HeldElsewhere);
        QCOMPARE(meanwhile.holderPid(), child.processId());

        QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(QFile::exists(InstanceLock::lockFilePath(dir.path())));  // left behind, with its socket
        InstanceLock next(dir.path());
        QCOMPARE(next.acquire(), InstanceLock::Result::Acquired);
        QString error;
        QVERIFY2(next.listen(&error), qPrintable(error));
    }

    void laterStartAsksTheHolderToShowItsWindow()
    {
        QTemporaryDir dir;
        InstanceLock running(dir.path());
        QCOMPARE(running.acquire(), InstanceLock::Result::Acquired);
        QVERIFY(running.listen());
        QSignalSpy asked(&running, &InstanceLock::activationRequested);
        // The later start blocks while it waits for the answer; the holder answers from its
        // event loop, here this thread's.
        std::atomic<bool> answered = false;
        std::thread later([&] { answered = InstanceLock::askToActivate(dir.path(), 20000); });
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 20000);
        const QDeadlineTimer patience(20000);
        while (!answered && !patience.hasExpired())
            QTest::qWait(10);
        later.join();
        QVERIFY(answered);
    }

    void nobodyListeningIsNoAnswer()
    {
        QTemporaryDir dir;
        QVERIFY(!InstanceLock::askToActivate(dir.path(), 300));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], holderFlag) == 0)
        return holdLock(QString::fromLocal8Bit(argv[2]));
    TestInstanceLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_instancelock.moc"
