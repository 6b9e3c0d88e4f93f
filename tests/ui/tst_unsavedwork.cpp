// What survives kill -9 while the user works: the note being typed (all but the last second of
// continuous typing) and the window's layout, last question and study mode. Each case runs the
// real widgets in a child process (this same executable) and kills it with SIGKILL.
#include "support/testdata.h"

#include "ui/mainwindow.h"
#include "ui/notespanel.h"
#include "ui/readerview.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <csignal>
#include <unistd.h>

using namespace DockPrep;

namespace {

constexpr auto typistFlag = "--typist";
constexpr auto sessionFlag = "--main-window";  // not --session: QApplication takes that one
const QString typingTarget = QStringLiteral("entry:first-image");
constexpr int wordEveryMs = 50;      // about 18 words a second, as a fast typist
constexpr int typeForMs = 3000;      // of steady typing before the kill
constexpr int longestLossMs = 1000;  // what the autosaver promises
// A kill lands between two events of a child sharing two cores with the rest of the machine;
// the exact bound is proven with a hand-moved clock in tst_notes.
constexpr int schedulingSlackMs = 500;

qint64 nowMs()  // CLOCK_MONOTONIC: one clock for the child's reports and for reading them
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QString wordAt(int index)
{
    static const QStringList words{QStringLiteral("layers"), QStringLiteral("cache"), QStringLiteral("overlayfs"),
                                   QStringLiteral("cgroups"), QStringLiteral("namespaces"), QStringLiteral("runc")};
    return words.at(index % words.size()) + QString::number(index) + QLatin1Char(' ');
}

void report(const QByteArray &line)
{
    // Unbuffered, so what the parent reads is exactly what happened before the kill.
    const QByteArray whole = line + '\n';
    if (::write(STDOUT_FILENO, whole.constData(), size_t(whole.size())) != whole.size())
        ::_exit(4);
}

// The child: the real notes panel on a real database, typed into without a pause. Before each
// word it reports "<ms> <characters typed so far>".
int runTypist(const QString &folder)
{
    Database db;
    if (!db.open(folder + QStringLiteral("/dockprep.sqlite")).ok())
        return 2;
    NoteStore store(db);
    NotesPanel panel(&store);
    panel.setTarget(typingTarget, QStringLiteral("Typing"));
    panel.show();
    panel.activateWindow();
    panel.editor()->setFocus();
    QString typed;
    int word = 0;
    const qint64 giveUp = nowMs() + 60000;  // never outlives a parent that failed to kill it
    QTimer typing;
    typing.setInterval(wordEveryMs);
    QObject::connect(&typing, &QTimer::timeout, [&] {
        report(QByteArray::number(nowMs()) + ' ' + QByteArray::number(typed.size()));
        const QString next = wordAt(word++);
        QTest::keyClicks(panel.editor(), next);
        typed += next;
        if (nowMs() > giveUp)
            QCoreApplication::exit(5);
    });
    typing.start();
    return QApplication::exec();
}

// The child: the main window as a user leaves it after moving on, switching study mode on and
// hiding the notes panel; it prints "changed" and waits to be killed.
int runSession(const QString &folder)
{
    Database db;
    if (!db.open(folder + QStringLiteral("/dockprep.sqlite")).ok())
        return 2;
    NoteStore store(db);
    Search search(db);
    const Curriculum curriculum = TestData::fixtureCurriculum();
    auto *settings = new QSettings(folder + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(curriculum, &store, &search, settings);
    settings->setParent(&window);
    window.restoreSession();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 3;
    window.openEntry(curriculum.readingOrder().at(1));
    window.action(QStringLiteral("studyMode"))->trigger();
    window.notesPanel()->toggleViewAction()->trigger();
    report("changed");
    QTimer::singleShot(60000, [] { QCoreApplication::exit(5); });
    return QApplication::exec();
}

QByteArray readAllOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(1 << 20) : QByteArray();
}

} // namespace

class TestUnsavedWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steadyTypingSurvivesKillButTheLastSecond()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QLatin1String(typistFlag), dir.path()});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

        QByteArray output;
        QList<std::pair<qint64, qsizetype>> reports;  // (time, characters typed by then)
        const QDeadlineTimer patience(60000);
        while (reports.isEmpty() || reports.last().first - reports.first().first < typeForMs) {
            QVERIFY2(!patience.hasExpired() && child.state() == QProcess::Running, "the typist did not type");
            child.waitForReadyRead(100);
            output += child.readAllStandardOutput();
            const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
            reports.clear();
            for (const QByteArray &line : lines) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 2)
                    reports.append({parts.at(0).toLongLong(), parts.at(1).toLongLong()});
            }
        }
        QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();
        // Only whole lines were reported before the kill.
        reports.clear();
        for (const QByteArray &line : output.left(output.lastIndexOf('\n') + 1).split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2)
                reports.append({parts.at(0).toLongLong(), parts.at(1).toLongLong()});
        }

        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("dockprep.sqlite"))).ok());
        NoteStore store(db);
        const QList<Note> notes = store.notesFor(typingTarget);
        QVERIFY(notes.size() <= 1);
        const QString saved = notes.isEmpty() ? QString() : notes.first().body;
        QString everything;
        for (int word = 0; everything.size() < reports.last().second + 64; ++word)
            everything += wordAt(word);
        QVERIFY2(everything.startsWith(saved), "the saved text is not what was typed");

        const qint64 start = reports.first().first;
        const qint64 last = reports.last().first;
        qint64 savedUpTo = start;  // the last moment whose text is all saved
        for (const auto &[at, characters] : std::as_const(reports)) {
            if (characters <= saved.size())
                savedUpTo = at;
        }
        const qsizetype wordsTyped = everything.left(reports.last().second).count(QLatin1Char(' '));
        const qsizetype wordsSaved = saved.count(QLatin1Char(' '));
        qInfo("typed %lld words in %lld ms without a pause, then kill -9: %lld words saved, %lld lost (the last %lld ms)",
              qlonglong(wordsTyped), qlonglong(last - start), qlonglong(wordsSaved), qlonglong(wordsTyped - wordsSaved),
              qlonglong(last - savedUpTo));
        QVERIFY2(last - savedUpTo <= longestLossMs + schedulingSlackMs,
                 qPrintable(QStringLiteral("the last %1 ms of typing were lost").arg(last - savedUpTo)));
    }

    void layoutEntryAndModeSurviveKill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Curriculum curriculum = TestData::fixtureCurriculum();
        const QString secondEntry = curriculum.readingOrder().at(1);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QLatin1String(sessionFlag), dir.path()});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        const QDeadlineTimer patience(60000);
        while (!child.canReadLine()) {
            QVERIFY2(!patience.hasExpired() && child.state() == QProcess::Running, "the window did not start");
            child.waitForReadyRead(100);
        }
        QCOMPARE(child.readLine().trimmed(), QByteArray("changed"));
        // Written on its own within a moment: no quit, no close.
        const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        const QByteArray entryLine = QByteArray("lastEntry=") + secondEntry.toUtf8();
        QTRY_VERIFY_WITH_TIMEOUT(readAllOf(settingsFile).contains(entryLine)
                                     && readAllOf(settingsFile).contains("studyMode=true"),
                                 10000);
        QTest::qWait(100);  // the same write holds the layout; let it finish
        QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000));

        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("dockprep.sqlite"))).ok());
        NoteStore store(db);
        Search search(db);
        auto *settings = new QSettings(settingsFile, QSettings::IniFormat);
        MainWindow window(curriculum, &store, &search, settings);
        settings->setParent(&window);
        QVERIFY(window.notesPanel()->isVisibleTo(&window));
        window.restoreSession();
        QCOMPARE(window.reader()->currentEntry(), secondEntry);
        QVERIFY(window.action(QStringLiteral("studyMode"))->isChecked());
        QVERIFY(!window.notesPanel()->isVisibleTo(&window));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], typistFlag) == 0)
        return runTypist(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && qstrcmp(argv[1], sessionFlag) == 0)
        return runSession(QString::fromLocal8Bit(argv[2]));
    TestUnsavedWork test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_unsavedwork.moc"
