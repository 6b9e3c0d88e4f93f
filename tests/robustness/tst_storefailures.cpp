// The notes database when the machine fails underneath it: a disk that fills up while a note is
// saved, a data folder that became read-only. In every case the user is told, and every note that
// was committed before is still there, byte for byte.
#include "platform/datalocation.h"
#include "privileges.h"
#include "store/database.h"
#include "store/notestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace DockPrep;

namespace {

constexpr auto fullDiskFlag = "--full-disk";

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The child: every file it writes is capped at `limit` bytes (RLIMIT_FSIZE), as on a disk with
// that much room left. It saves ever larger notes until a save fails, prints "saved <id> <size>"
// after each commit and "failed <message>" for the failure, then tries to enlarge an existing
// note the same way ("failed-update <message>").
int runFullDisk(const QString &path, qint64 limit, const QString &existingId)
{
    std::signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails with EFBIG instead of killing us
    const rlimit cap{rlim_t(limit), rlim_t(limit)};
    if (setrlimit(RLIMIT_FSIZE, &cap) != 0)
        return 2;
    Database db;
    const auto opened = db.open(path);
    if (!opened.ok()) {
        std::printf("open-failed %s\n", qPrintable(opened.message));
        return 3;
    }
    NoteStore store(db);
    for (int size = 16 * 1024;; size *= 2) {
        Note note{{}, {}, QString(size, u'n'), {}, {}};
        QString error;
        if (!store.saveNote(note, &error)) {
            std::printf("failed %s\n", qPrintable(error));
            break;
        }
        std::printf("saved %s %d\n", qPrintable(note.id), size);
        std::fflush(stdout);
        if (size > 64 * 1024 * 1024)
            return 4;  // the limit never hit: the test would prove nothing
    }
    auto existing = store.note(existingId);
    if (!existing)
        return 5;
    existing->body = QString(8 * 1024 * 1024, u'u');
    QString error;
    if (store.saveNote(*existing, &error))
        return 6;
    std::printf("failed-update %s\n", qPrintable(error));
    return 0;
}

} // namespace

class TestStoreFailures : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    // A database holding `count` notes, closed again; returns id → body.
    QHash<QString, QString> makeDatabase(const QString &path, int count)
    {
        QHash<QString, QString> notes;
        Database db;
        if (!db.open(path).ok())
            return notes;
        NoteStore store(db);
        for (int i = 0; i < count; ++i) {
            Note note{{}, {}, QStringLiteral("committed note %1: layers, caches ✓ ").arg(i).repeated(20), {}, {}};
            if (store.saveNote(note))
                notes.insert(note.id, note.body);
        }
        return notes;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        // A test that failed half-way must not leave a folder its QTemporaryDir cannot remove.
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_dir.reset();
    }

    void fullDiskWhileSaving()
    {
        const QString path = m_dir->filePath(QStringLiteral("dockprep.sqlite"));
        const QHash<QString, QString> before = makeDatabase(path, 50);
        QCOMPARE(before.size(), 50);
        const qint64 limit = QFileInfo(path).size() + 256 * 1024;

        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QLatin1String(fullDiskFlag), path, QString::number(limit), before.cbegin().key()});
        QVERIFY2(child.waitForFinished(120000), qPrintable(child.errorString()));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(child.exitCode()).arg(output, QString::fromUtf8(child.readAllStandardError()))));

        QHash<QString, int> saved;  // committed by the child before the disk filled up
        QString failure;
        QString updateFailure;
        const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("saved ")))
                saved.insert(line.section(u' ', 1, 1), line.section(u' ', 2, 2).toInt());
            else if (line.startsWith(QLatin1String("failed ")))
                failure = line.mid(7);
            else if (line.startsWith(QLatin1String("failed-update ")))
                updateFailure = line.mid(14);
        }
        QVERIFY2(!saved.isEmpty(), "the child saved nothing before the disk filled: the limit is too small to test with");
        // The user hears about it in words, with SQLite's reason.
        QVERIFY2(failure.startsWith(QLatin1String("Could not save the note")), qPrintable(output));
        QVERIFY2(failure.contains(QLatin1String("full")) || failure.contains(QLatin1String("I/O")), qPrintable(failure));
        QVERIFY2(updateFailure.startsWith(QLatin1String("Could not save the note")), qPrintable(output));

        // With room again, every committed note is there exactly as saved, and the file is sound.
        Database db;
        const auto opened = db.open(path);
        QVERIFY2(opened.status == Database::Status::Ok, qPrintable(opened.message));
        QSqlQuery check = db.query();
        QVERIFY(db.exec(check, QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        check.finish();
        NoteStore store(db);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const auto note = store.note(it.key());
            QVERIFY2(note.has_value(), qPrintable(it.key()));
            QCOMPARE(note->body, it.value());  // including the one whose enlargement failed
        }
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            const auto note = store.note(it.key());
            QVERIFY2(note.has_value(), qPrintable(QStringLiteral("note %1 was reported saved and is gone").arg(it.key())));
            QCOMPARE(note->body.size(), it.value());
        }
        QCOMPARE(store.allNotes().size(), before.size() + saved.size());  // and the failed one is not half there
    }

    void readOnlyDataFolderIsReported()
    {
        const QString folder = m_dir->filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(folder));
        const QHash<QString, QString> notes = makeDatabase(QDir(folder).filePath(QStringLiteral("dockprep.sqlite")), 3);
        QCOMPARE(notes.size(), 3);
        const QStringList filesBefore = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        const QByteArray databaseBefore = fileBytes(QDir(folder).filePath(QStringLiteral("dockprep.sqlite")));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));

        {
            TestPrivileges::WithoutFileOverride asAUser;
            QFile probe(QDir(folder).filePath(QStringLiteral("probe")));
            QVERIFY2(!probe.open(QIODevice::WriteOnly), "the folder is still writable: the test would prove nothing");

            DataLocation location;
            QString error;
            QVERIFY(!location.open(folder, &error));
            QVERIFY2(error.contains(QLatin1String("not writable")) && error.contains(QDir::toNativeSeparators(folder)),
                     qPrintable(error));
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), filesBefore);  // no probe left behind
        QCOMPARE(fileBytes(QDir(folder).filePath(QStringLiteral("dockprep.sqlite"))), databaseBefore);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], fullDiskFlag) == 0)
        return runFullDisk(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(), QString::fromLatin1(argv[4]));
    TestStoreFailures test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storefailures.moc"
