#include "support/damageddatabase.h"
#include "../robustness/privileges.h"
#include "support/testdata.h"

#include "exchange/jsonbackup.h"
#include "store/notestore.h"

#include <QImage>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    enum class Screen { Offscreen, None };  // None: a plain terminal, no DISPLAY and no QT_QPA_PLATFORM
    enum class As { Root, User };            // User: without root's power to write read-only folders

    Run run(const QStringList &args, Screen screen = Screen::Offscreen, As as = As::Root)
    {
        return runProgram(QStringLiteral(DOCKPREP_APP), args, screen, as);
    }

    Run run(const QStringList &args, const QByteArray &input)  // with standard input
    {
        return runProgram(QStringLiteral(DOCKPREP_APP), args, Screen::Offscreen, As::Root, input);
    }

    Run runProgram(const QString &program, const QStringList &args, Screen screen = Screen::Offscreen, As as = As::Root,
                   const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (screen == Screen::Offscreen) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        } else {
            for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
                env.remove(QLatin1String(name));
        }
        env.insert(QStringLiteral("HOME"), m_home.path());  // never the user's real data
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        if (as == As::User)
            process.setChildProcessModifier(TestPrivileges::dropFileOverrideInChild);
        process.start(program, args);
        if (!input.isEmpty()) {
            process.write(input);  // the program may stop reading early: a refused stream
            process.closeWriteChannel();
        }
        if (!process.waitForFinished(60000))
            qFatal("dockprep did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("DockPrep " DOCKPREP_VERSION)), qPrintable(r.out));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--data-dir", "--content", "--open", "--screenshot", "--color-scheme"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void brokenContentFolderNamesFileAndLine()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(TestData::fixtureContent() + QStringLiteral("/chapters.yaml"), dir.filePath(QStringLiteral("chapters.yaml"))));
        QDir(dir.path()).mkpath(QStringLiteral("basics"));
        QFile file(dir.filePath(QStringLiteral("basics/broken.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\nid: broken\nchapter: basics\nlevel: wizard\ntitle: Broken\ntags: [x]\n---\n");
        file.close();
        const Run r = run({QStringLiteral("--content"), dir.path(), QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(dir.filePath(QStringLiteral("basics/broken.md")) + QStringLiteral(":4: unknown level 'wizard'")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("missing section '## Question'")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }

    void unwritableDataFolderIsReported()
    {
        QTemporaryDir dir;
        const QString blocked = dir.filePath(QStringLiteral("file-not-folder"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run r = run({QStringLiteral("--data-dir"), blocked + QStringLiteral("/sub"), QStringLiteral("--screenshot"),
                           dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Cannot create the data folder")), qPrintable(r.err));
    }

    void corruptDatabaseIsKeptAsideAndTheAppStarts()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("data"));
        const QByteArray garbage = QByteArray("this is not SQLite, but it is somebody's file ").repeated(100);
        QFile db(dir.filePath(QStringLiteral("data/dockprep.sqlite")));
        QVERIFY(db.open(QIODevice::WriteOnly));
        db.write(garbage);
        db.close();
        const Run r = run({QStringLiteral("--content"), TestData::fixtureContent(), QStringLiteral("--data-dir"),
                           dir.filePath(QStringLiteral("data")), QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("could not be read")), qPrintable(r.err));
        const QStringList aside = QDir(dir.filePath(QStringLiteral("data"))).entryList({QStringLiteral("dockprep.sqlite.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(QStringLiteral("data/") + aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);  // byte for byte: nothing of the user's is lost
        // The next start finds a healthy database and a backup, and says nothing.
        const Run again = run({QStringLiteral("--content"), TestData::fixtureContent(), QStringLiteral("--data-dir"),
                               dir.filePath(QStringLiteral("data")), QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("y.png"))});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.err.contains(QLatin1String("could not be read")), qPrintable(again.err));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("data/backups"))).entryList({QStringLiteral("*.sqlite")}).size(), 1);
    }

    // The start-up leaves quick_check to a worker behind the window. When it finds damage, the
    // damaged file is never made a backup, and the next start checks first and sets it aside.
    void damageFoundBehindTheWindowIsSetAsideAtTheNextStart()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString live = data + QStringLiteral("/dockprep.sqlite");
        QVERIFY(QDir().mkpath(data));
        TestData::writeDamagedDatabase(live, TestData::Damage::ScribbledPage);
        if (QTest::currentTestFailed())
            return;
        QFile file(live);
        const QStringList common{QStringLiteral("--content"), TestData::fixtureContent(), QStringLiteral("--data-dir"), data,
                                 QStringLiteral("--screenshot")};

        const Run first = run(common + QStringList{dir.filePath(QStringLiteral("1.png"))});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(QLatin1String("the database check found a problem")), qPrintable(first.err));
        QVERIFY(QDir(data).entryList({QStringLiteral("dockprep.sqlite.corrupt-*")}).isEmpty());  // not behind the user's back
        QVERIFY(QDir(data + QStringLiteral("/backups")).entryList({QStringLiteral("*.sqlite")}).isEmpty());
        // As the first run left it (it wrote its search index before the check was done).
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray damaged = file.readAll();
        file.close();

        const Run second = run(common + QStringList{dir.filePath(QStringLiteral("2.png"))});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.err.contains(QLatin1String("could not be read")), qPrintable(second.err));
        const QStringList aside = QDir(data).entryList({QStringLiteral("dockprep.sqlite.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(data + u'/' + aside.first());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), damaged);

        const Run third = run(common + QStringList{dir.filePath(QStringLiteral("3.png"))});
        QCOMPARE(third.exitCode, 0);
        QVERIFY2(!third.err.contains(QLatin1String("could not be read")) && !third.err.contains(QLatin1String("check found")),
                 qPrintable(third.err));
    }

    // A command that finds the database damaged sets it aside as the app would, but stops there:
    // it names the file and the newest backup, exits 1, writes nothing, and the next start of the
    // app still tells the user and offers the backup. (Before: the export went on from the empty
    // new database, "0 notes", exit 0, over a good export; the app then said nothing.)
    void damagedDatabaseStopsTheCommand_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("output");  // a file the command would write, "" for none
        QTest::newRow("export json") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o")}
                                     << QStringLiteral("good.json");
        QTest::newRow("export md") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o")}
                                   << QStringLiteral("notes.md");
        QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("note")} << QString();
        QTest::newRow("import") << QStringList{QStringLiteral("import")} << QString();
    }
    void damagedDatabaseStopsTheCommand()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, output);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString live = data + QStringLiteral("/dockprep.sqlite");
        QVERIFY(QDir().mkpath(data + QStringLiteral("/backups")));
        const QString backup = data + QStringLiteral("/backups/dockprep-20260101.sqlite");
        {
            DockPrep::Database healthy;
            QVERIFY(healthy.open(backup).ok());
        }
        TestData::writeDamagedDatabase(live, TestData::Damage::Truncated);
        if (QTest::currentTestFailed())
            return;
        QFile file(live);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray damaged = file.readAll();
        file.close();
        const QByteArray goodExport("a good export made yesterday");
        if (!output.isEmpty()) {
            QFile previous(dir.filePath(output));
            QVERIFY(previous.open(QIODevice::WriteOnly));
            previous.write(goodExport);
            command.append(dir.filePath(output));
        } else if (command.constFirst() == QLatin1String("import")) {
            QFile json(dir.filePath(QStringLiteral("backup.json")));
            QVERIFY(json.open(QIODevice::WriteOnly));
            json.write(DockPrep::JsonBackup::write({}, QDateTime::currentDateTimeUtc()));
            command.append(json.fileName());
        }
        const QStringList where{QStringLiteral("--content"), TestData::fixtureContent(), QStringLiteral("--data-dir"), data};

        const Run r = run(command + where);
        QCOMPARE(r.exitCode, 1);
        const QStringList aside = QDir(data).entryList({QStringLiteral("dockprep.sqlite.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        const QString asidePath = QDir::toNativeSeparators(data + u'/' + aside.first());
        QVERIFY2(r.err.contains(asidePath), qPrintable(r.err));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(backup)), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QFile kept(asidePath);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), damaged);
        if (!output.isEmpty()) {
            QFile previous(dir.filePath(output));
            QVERIFY(previous.open(QIODevice::ReadOnly));
            QCOMPARE(previous.readAll(), goodExport);  // not replaced by an empty one
        }

        // Until the app has told the user, the empty database in its place is not used either.
        const Run again = run(command + where);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(asidePath) && again.err.contains(QDir::toNativeSeparators(backup)), qPrintable(again.err));

        const Run app = run(where + QStringList{QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
        QVERIFY2(app.exitCode == 0, qPrintable(app.err));
        QVERIFY2(app.err.contains(QLatin1String("could not be read")) && app.err.contains(asidePath)
                     && app.err.contains(QDir::toNativeSeparators(backup)),
                 qPrintable(app.err));

        // Told once; the commands work again (on the new database).
        const Run after = run(command + where);
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        const Run appAgain = run(where + QStringList{QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("y.png"))});
        QVERIFY2(!appAgain.err.contains(asidePath), qPrintable(appAgain.err));
    }

    // Before: "dockprep frobnicate" started the GUI.
    void unknownCommandIsAnError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("first") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("with options") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--format"), QStringLiteral("json")};
        QTest::newRow("after a GUI option") << QStringList{QStringLiteral("--data-dir"), m_home.filePath(QStringLiteral("d")), QStringLiteral("frobnicate")};
    }
    void unknownCommandIsAnError()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("unknown command \"frobnicate\"")) && r.err.contains(QLatin1String("check-compose")),
                 qPrintable(r.err));
    }

    // In a plain terminal (no display at all), help and version print and exit 0; before, they
    // needed a display, and every command's --help was "Unknown option 'help'".
    void helpWorksWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected");
        const QStringList everyCommand{QStringLiteral("search"), QStringLiteral("analyze"), QStringLiteral("check-compose"),
                                       QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("--data-dir"),
                                       QStringLiteral("--screenshot")};
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << everyCommand;
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << everyCommand;
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringList{QStringLiteral("DockPrep " DOCKPREP_VERSION)};
        QTest::newRow("analyze") << QStringList{QStringLiteral("analyze"), QStringLiteral("--help")}
                                 << QStringList{QStringLiteral("dockprep analyze [options] file"), QStringLiteral("--changed")};
        QTest::newRow("check-compose") << QStringList{QStringLiteral("check-compose"), QStringLiteral("--help")}
                                       << QStringList{QStringLiteral("dockprep check-compose [options] file"), QStringLiteral("--format")};
        QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("--help")}
                                << QStringList{QStringLiteral("dockprep search [options] query"), QStringLiteral("--limit")};
        QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("-h")}
                                << QStringList{QStringLiteral("dockprep export [options]"), QStringLiteral("--output"), QStringLiteral("--scope")};
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
                                << QStringList{QStringLiteral("dockprep import [options] file"), QStringLiteral("--dry-run")};
    }
    void helpWorksWithoutADisplay()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        const Run r = run(args, Screen::None);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &text : std::as_const(expected))
            QVERIFY2(r.out.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + r.out));
    }

    // Qt reads arguments as UTF-8: a name with other bytes came back as another name (U+FFFD)
    // and the export reported success for a file the user never named. Now it is refused.
    void fileNamesThatAreNotUtf8AreRefused_data()
    {
        // Shell commands: $F is a name in the test's folder with the byte 0xff in it (QProcess can
        // only pass text), $1 that folder, $2 the fixture curriculum.
        QTest::addColumn<QString>("script");
        QTest::newRow("export") << QStringLiteral("exec \"$0\" export --format md -o \"$F\" --data-dir \"$1/data\" --content \"$2\"");
        QTest::newRow("analyze") << QStringLiteral("printf 'FROM alpine:3.20\\n' > \"$F\"; exec \"$0\" analyze \"$F\"");
        QTest::newRow("import") << QStringLiteral("exec \"$0\" import --dry-run \"$F\" --data-dir \"$1/data\" --content \"$2\"");
    }
    void fileNamesThatAreNotUtf8AreRefused()
    {
        QFETCH(QString, script);
        QTemporaryDir dir;
        const Run r = runProgram(QStringLiteral("/bin/sh"),
                                 {QStringLiteral("-c"), QStringLiteral("F=$(printf '%s/out\\377.md' \"$1\"); ") + script,
                                  QStringLiteral(DOCKPREP_APP), dir.path(), TestData::fixtureContent()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("not valid in the system's file name encoding")), qPrintable(r.err));
        // Nothing written under the mangled name either.
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*") + QChar(0xfffd) + u'*'}, QDir::Files), QStringList());
    }

    // Before: "The data folder … is not writable" stopped even an export.
    void readOnlyDataFolderCanStillBeRead()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        {
            DockPrep::Database db;
            QVERIFY(db.open(data + QStringLiteral("/dockprep.sqlite")).ok());
            DockPrep::NoteStore store(db);
            DockPrep::Note note{{}, QStringLiteral("entry:first-image"), QStringLiteral("kept in a read-only folder"), {}, {}};
            QVERIFY(store.saveNote(note));
        }
        QVERIFY(QFile::setPermissions(data, QFile::ReadOwner | QFile::ExeOwner));
        const QStringList before = QDir(data).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const QStringList where{QStringLiteral("--content"), TestData::fixtureContent(), QStringLiteral("--data-dir"), data};
        const QString markdown = dir.filePath(QStringLiteral("notes.md"));
        const Run exported = run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), markdown} + where,
                                 Screen::Offscreen, As::User);
        const Run searched = run(QStringList{QStringLiteral("search"), QStringLiteral("kept")} + where, Screen::Offscreen, As::User);
        QFile backup(dir.filePath(QStringLiteral("backup.json")));
        QVERIFY(backup.open(QIODevice::WriteOnly));
        backup.write(DockPrep::JsonBackup::write({}, QDateTime::currentDateTimeUtc()));
        backup.close();
        const Run imported = run(QStringList{QStringLiteral("import"), backup.fileName()} + where, Screen::Offscreen, As::User);
        const QStringList after = QDir(data).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.err.contains(QLatin1String("read-only")), qPrintable(exported.err));
        QFile written(markdown);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("kept in a read-only folder"));
        QVERIFY2(searched.exitCode == 0, qPrintable(searched.err));
        QVERIFY2(searched.out.contains(QLatin1String("[kept]")), qPrintable(searched.out));
        QCOMPARE(imported.exitCode, 1);  // writing still needs a writable folder
        QVERIFY2(imported.err.contains(QLatin1String("not writable")), qPrintable(imported.err));
        QCOMPARE(after, before);
    }

    void searchFromTheTerminal()
    {
        QTemporaryDir dir;
        const QStringList common{QStringLiteral("search"), QStringLiteral("--content"), TestData::fixtureContent(),
                                 QStringLiteral("--data-dir"), dir.path()};
        const Run json = run(common + QStringList{QStringLiteral("kernel"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("query")).toString(), QStringLiteral("kernel"));
        const QJsonArray results = doc.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("third-kernel"));
        QVERIFY(results.at(0).toObject().value(QStringLiteral("snippetHtml")).toString().contains(QLatin1String("<b>")));

        const Run text = run(common + QStringList{QStringLiteral("build")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QLatin1String("1. Building a first image  (entry first-image)")), qPrintable(text.out));

        const Run hostile = run(common + QStringList{QStringLiteral("\" NEAR( AND")});
        QCOMPARE(hostile.exitCode, 0);
        QVERIFY2(hostile.err.isEmpty(), qPrintable(hostile.err));
        // The same hint as the search popup, and the words still searched.
        const Run unclosed = run(common + QStringList{QStringLiteral("\"kernel")});
        QCOMPARE(unclosed.exitCode, 0);
        QVERIFY2(unclosed.out.startsWith(QLatin1String("Unclosed quote: searching for the words.\n1. Kernel features")),
                 qPrintable(unclosed.out));
        const Run loneQuote = run(common + QStringList{QStringLiteral("\""), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject hinted = QJsonDocument::fromJson(loneQuote.out.toUtf8()).object();
        QVERIFY2(hinted.value(QStringLiteral("hint")).toString().startsWith(QLatin1String("Unclosed quote")), qPrintable(loneQuote.out));
        QVERIFY(hinted.value(QStringLiteral("results")).toArray().isEmpty());

        QCOMPARE(run(common + QStringList{QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(run(common + QStringList{QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("x")}).exitCode, 2);
    }

    void exportAndImportFromTheTerminal()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QStringList where{QStringLiteral("--content"), TestData::fixtureContent(), QStringLiteral("--data-dir"), data};
        DockPrep::StudySnapshot snapshot;
        const QDateTime when = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::UTC);
        snapshot.notes = {{QStringLiteral("n-1"), QStringLiteral("entry:first-image"), QStringLiteral("Layers *stack* <script>x</script>"),
                           when, when}};
        snapshot.bookmarks = {{QStringLiteral("third-kernel"), QString(), when}};
        const QString backup = dir.filePath(QStringLiteral("backup.json"));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(DockPrep::JsonBackup::write(snapshot, when));
        file.close();

        const Run preview = run(QStringList{QStringLiteral("import"), backup, QStringLiteral("--dry-run")} + where);
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        QVERIFY2(preview.out.contains(QLatin1String("1 new note")), qPrintable(preview.out));
        const Run imported = run(QStringList{QStringLiteral("import"), backup} + where);
        QVERIFY2(imported.exitCode == 0 && imported.out.contains(QLatin1String("Imported")), qPrintable(imported.out + imported.err));
        const Run twice = run(QStringList{QStringLiteral("import"), backup} + where);
        QCOMPARE(twice.exitCode, 0);
        QVERIFY2(twice.out.contains(QLatin1String("changes nothing")), qPrintable(twice.out));

        const QString markdown = dir.filePath(QStringLiteral("notes.md"));
        const Run md = run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), markdown} + where);
        QVERIFY2(md.exitCode == 0, qPrintable(md.err));
        QFile written(markdown);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray exported = written.readAll();
        QVERIFY(exported.contains("Layers *stack* <script>x</script>"));
        // Plural forms come from the English catalogue, which the headless commands load too.
        QVERIFY2(exported.contains(" 1 note ") && !exported.contains("(s)"), exported.constData());

        const QString pdf = dir.filePath(QStringLiteral("notes.pdf"));
        const Run printed = run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf} + where);
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        // An unwritable place (a path under a file) fails cleanly; an unknown format is a usage error.
        const Run blocked = run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"),
                                            markdown + QStringLiteral("/x.html")} + where);
        QCOMPARE(blocked.exitCode, 1);
        QVERIFY2(blocked.err.contains(QLatin1String("Cannot write")), qPrintable(blocked.err));
        QCOMPARE(run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), pdf} + where).exitCode, 2);

        // An Anki deck of a chapter, of a level or of the whole curriculum: one card per question and
        // per follow-up (the fixture: basics has 2 questions and 3 follow-ups, the principal level 1 and 1).
        const auto ankiRows = [&](const QString &scope) -> qsizetype {
            const QString tsv = dir.filePath(QStringLiteral("deck.tsv"));
            const Run deck = run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("anki"), QStringLiteral("--scope"),
                                             scope, QStringLiteral("-o"), tsv} + where);
            if (deck.exitCode != 0)
                return -deck.exitCode;
            QFile cards(tsv);
            if (!cards.open(QIODevice::ReadOnly))
                return -100;
            qsizetype rows = 0;
            for (const QByteArray &line : cards.readAll().split('\n'))
                rows += !line.isEmpty() && !line.startsWith('#');
            return rows;
        };
        QCOMPARE(ankiRows(QStringLiteral("curriculum")), 7);
        QCOMPARE(ankiRows(QStringLiteral("chapter:basics")), 5);
        QCOMPARE(ankiRows(QStringLiteral("level:principal")), 2);
        QCOMPARE(ankiRows(QStringLiteral("chapter:basics,level:principal")), 0);
        QCOMPARE(ankiRows(QStringLiteral("mine")), 5);  // first-image (noted) and third-kernel (bookmarked)
        const Run noChapter = run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("anki"), QStringLiteral("--scope"),
                                              QStringLiteral("chapter:nope"), QStringLiteral("-o"), pdf} + where);
        QCOMPARE(noChapter.exitCode, 2);
        QVERIFY2(noChapter.err.contains(QLatin1String("basics (Basics)")), qPrintable(noChapter.err));
        QCOMPARE(run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("anki"), QStringLiteral("--scope"),
                                 QStringLiteral("level:expert"), QStringLiteral("-o"), pdf} + where).exitCode, 2);
        QCOMPARE(run(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--scope"),
                                 QStringLiteral("curriculum"), QStringLiteral("-o"), pdf} + where).exitCode, 2);

        // A truncated backup names the problem and imports nothing.
        QFile cut(backup);
        QVERIFY(cut.open(QIODevice::ReadWrite));
        cut.resize(cut.size() / 2);
        cut.close();
        const Run broken = run(QStringList{QStringLiteral("import"), backup} + where);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(QLatin1String("truncated")) && broken.err.contains(QLatin1String("Nothing was imported")),
                 qPrintable(broken.err));
    }

    // Streams that never end or report no size, and YAML bombs: each refused at once with the
    // limit named and the "cannot be read" exit code (README: 4 for analyze and check-compose).
    void hostileInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString zeros = QStringLiteral("/dev/zero: not a text file (a NUL byte at offset 0): refusing");
        const QString regressions = QStringLiteral(DOCKPREP_SOURCE_DIR "/fuzz/regressions/compose/");
        const QString expanded = QStringLiteral("YAML nodes after expanding aliases (limit): refusing");
        const QString tooLarge = QStringLiteral("-: more than 2 MiB (limit): refusing");
        const QString data = m_home.filePath(QStringLiteral("hostile-data"));
        QTest::newRow("analyze /dev/zero") << QStringList{QStringLiteral("analyze"), QStringLiteral("/dev/zero")} << QByteArray() << 4 << zeros;
        QTest::newRow("check-compose /dev/zero") << QStringList{QStringLiteral("check-compose"), QStringLiteral("/dev/zero")} << QByteArray() << 4
                                                 << zeros;
        QTest::newRow("import /dev/zero") << QStringList{QStringLiteral("import"), QStringLiteral("--data-dir"), data, QStringLiteral("/dev/zero")}
                                          << QByteArray() << 1 << zeros;
        QTest::newRow("billion laughs") << QStringList{QStringLiteral("check-compose"), regressions + QStringLiteral("billion-laughs")}
                                        << QByteArray() << 4 << expanded;
        QTest::newRow("merge-key bomb") << QStringList{QStringLiteral("check-compose"), regressions + QStringLiteral("merge-key-bomb")}
                                        << QByteArray() << 4 << expanded;
        QTest::newRow("alias cycle") << QStringList{QStringLiteral("check-compose"), regressions + QStringLiteral("alias-cycle")} << QByteArray()
                                     << 4 << QStringLiteral("(an endless cycle): refusing");
        const QByteArray threeMegabytes = "services: {}\n" + QByteArray(3 << 20, '#');
        QTest::newRow("compose stream over the limit") << QStringList{QStringLiteral("check-compose"), QStringLiteral("-")} << threeMegabytes << 4
                                                       << tooLarge;
        QTest::newRow("Dockerfile stream over the limit") << QStringList{QStringLiteral("analyze"), QStringLiteral("-")} << threeMegabytes << 4
                                                          << tooLarge;
    }

    void hostileInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (args.contains(QStringLiteral("/dev/zero")) && !QFile::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero here");
        const Run r = run(args, input);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out.left(300)));  // no findings of a file never read
    }

    void screenshotOfAFixtureFolder()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const Run r = run({QStringLiteral("--content"), TestData::fixtureContent(), QStringLiteral("--data-dir"),
                           dir.filePath(QStringLiteral("data")), QStringLiteral("--open"), QStringLiteral("third-kernel"),
                           QStringLiteral("--screenshot"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 600 && image.height() >= 400);
        // --data-dir keeps the settings beside the data, with the entry the window showed.
        QSettings settings(dir.filePath(QStringLiteral("data/settings.ini")), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("reader/lastEntry")).toString(), QStringLiteral("third-kernel"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
