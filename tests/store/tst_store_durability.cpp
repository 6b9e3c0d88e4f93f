#include "store/database.h"
#include "store/notestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace DockPrep;

namespace {

constexpr auto writerFlag = "--writer";

// Sizes vary up to a few pages so the write-ahead log grows, wraps and checkpoints while the
// writer runs: a kill can land in any of those.
QString bodyFor(quint64 step)
{
    return QStringLiteral("step %1 ").arg(step).repeated(int(1 + step % 300));
}

// The step a stored body was written at, or -1 when the body is not one the writer wrote.
qint64 stepOf(const QString &body)
{
    const QStringList words = body.split(u' ');
    if (words.size() < 2 || words.first() != QLatin1String("step"))
        return -1;
    bool ok = false;
    const quint64 step = words.at(1).toULongLong(&ok);
    return ok && body == bodyFor(step) ? qint64(step) : -1;
}

// The child: saves notes in a tight loop, creating new ones and rewriting earlier ones, and
// prints "<id> <step>" only after saveNote() returned, that is after the commit.
int runWriter(const QString &path)
{
    Database db;
    const auto opened = db.open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 2;
    }
    NoteStore store(db);
    QStringList written;
    for (quint64 step = 0;; ++step) {
        Note note{{}, {}, bodyFor(step), {}, {}};
        if (step % 4 == 3 && !written.isEmpty())
            note = *store.note(written.at(qsizetype(step * 7919 % quint64(written.size()))));
        note.body = bodyFor(step);
        QString error;
        if (!store.saveNote(note, &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 3;
        }
        if (written.size() < 1000)
            written.append(note.id);
        // Unbuffered, so what the parent reads is exactly what was committed before the kill.
        const QByteArray line = note.id.toLatin1() + ' ' + QByteArray::number(step) + '\n';
        if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) != line.size())
            return 4;
    }
}

} // namespace

class TestStoreDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedNotesSurviveKill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("dockprep.sqlite"));
        QHash<QString, qint64> reported;  // note id → the newest step the writer reported for it

        for (int round = 1; round <= 3; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QLatin1String(writerFlag), path});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // Timed from the first committed note, so a slow start still gets killed mid-write.
            QVERIFY2(child.waitForReadyRead(20000), child.readAllStandardError().constData());
            QTest::qWait(300);  // keeps reading the pipe meanwhile, so the writer never blocks
            QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            QVERIFY2(child.readAllStandardError().isEmpty(), "the writer reported a failed save");

            const QByteArray output = child.readAllStandardOutput();
            // A line cut by the kill was never fully reported: only whole lines count.
            const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
            int committedThisRound = 0;
            for (const QByteArray &line : lines) {
                if (line.isEmpty())
                    continue;
                const QList<QByteArray> parts = line.split(' ');
                QCOMPARE(parts.size(), 2);
                const QString id = QString::fromLatin1(parts.at(0));
                reported[id] = qMax(reported.value(id, -1), parts.at(1).toLongLong());
                ++committedThisRound;
            }
            QVERIFY2(committedThisRound > 10, qPrintable(QStringLiteral("only %1 saves in round %2").arg(committedThisRound).arg(round)));

            Database db;
            const auto opened = db.open(path);
            QVERIFY2(opened.status == Database::Status::Ok, qPrintable(opened.message));
            QSqlQuery check = db.query();
            QVERIFY(db.exec(check, QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            check.finish();
            QVERIFY2(db.exec(QStringLiteral("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)")),
                     "the notes index no longer matches the notes");

            NoteStore store(db);
            for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
                const auto note = store.note(it.key());
                QVERIFY2(note.has_value(), qPrintable(QStringLiteral("committed note %1 is gone").arg(it.key())));
                // A save after the last reported one may have committed just before the kill.
                const qint64 step = stepOf(note->body);
                QVERIFY2(step >= it.value(), qPrintable(QStringLiteral("note %1 holds step %2, reported %3")
                                                            .arg(it.key()).arg(step).arg(it.value())));
            }
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], writerFlag) == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestStoreDurability test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store_durability.moc"
