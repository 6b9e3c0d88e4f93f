// DockPrep: argument parsing and wiring, nothing else.
#include "settings/appsettings.h"
#include "platform/datalocation.h"
#include "platform/instancelock.h"
#include "cli/analyzecommand.h"
#include "cli/exchangecommands.h"
#include "cli/checkcomposecommand.h"
#include "cli/scorecommand.h"
#include "cli/searchcommand.h"
#include "ui/colorscheme.h"
#include "curriculum/contentloader.h"
#include "curriculum/curriculumresources.h"
#include "ui/databaseopening.h"
#include "ui/mainwindow.h"
#include "notes/notetopics.h"
#include "ui/page.h"
#include "ui/notespanel.h"
#include "ui/studyexchange.h"
#include "ui/studypages.h"
#include "store/challengestore.h"
#include "diagrams/diagramcatalog.h"
#include "store/interviewstore.h"
#include "store/reviewstore.h"
#include "ui/readerview.h"
#include "ui/translations.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <memory>

using namespace DockPrep;

namespace {

// Reports a problem on stderr and, when a screen is there to show it, in a dialog too.
int fail(const QString &title, const QString &message, bool dialog)
{
    std::fprintf(stderr, "dockprep: %s\n", qPrintable(message));
    if (dialog)
        QMessageBox::critical(nullptr, title, message);
    return 1;
}

// Commands that print and exit run without a GUI, so they work over ssh and in scripts. Each takes
// the full argument list (program name, command, its options) and returns the exit code.
struct HeadlessCommand {
    const char *name;
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
    const char *summary;  // one line for `dockprep --help` (translated in the context "main")
    bool paints = false;  // needs fonts and a paint engine (PDF), so a GUI application without a screen
};

int searchCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runSearchCommand(arguments, builtInContentFolder(), builtInDiagramCatalog(), out, err);
}

int analyzeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runAnalyzeCommand(arguments, out, err);
}

int checkComposeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QTextStream in(stdin);
    return runCheckComposeCommand(arguments, in, out, err);
}

int exportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runExportCommand(arguments, builtInContentFolder(), builtInDiagramCatalog(), out, err);
}

int importCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runImportCommand(arguments, builtInContentFolder(), builtInDiagramCatalog(), out, err);
}

int scoreCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QTextStream in(stdin);
    return runScoreCommand(arguments, builtInContentFolder(), builtInDiagramCatalog(), in, out, err);
}

const HeadlessCommand commands[] = {
    {"search", searchCommand, QT_TRANSLATE_NOOP("main", "Search the curriculum and your notes.")},
    {"analyze", analyzeCommand, QT_TRANSLATE_NOOP("main", "Analyze a Dockerfile: stages, layers, findings and the build cache.")},
    {"check-compose", checkComposeCommand, QT_TRANSLATE_NOOP("main", "Check a compose file.")},
    {"export", exportCommand, QT_TRANSLATE_NOOP("main", "Export your notes and progress (md, html, pdf, json, anki)."), true},
    {"import", importCommand, QT_TRANSLATE_NOOP("main", "Import a JSON backup made by export --format json.")},
    {"score", scoreCommand, QT_TRANSLATE_NOOP("main", "Show which key points of a question an answer covers, and why.")},
};

const HeadlessCommand *headlessCommand(const char *name)
{
    for (const HeadlessCommand &command : commands) {
        if (qstrcmp(name, command.name) == 0)
            return &command;
    }
    return nullptr;
}

// The GUI's options, shared by the GUI and by --help (which prints them without a display).
// Built after the translations are installed.
struct GuiOptions {
    QCommandLineOption dataDir{QStringLiteral("data-dir"), QCoreApplication::translate("main", "Keep notes, progress and settings in <dir>."),
                               QStringLiteral("dir")};
    QCommandLineOption content{QStringLiteral("content"),
                               QCoreApplication::translate("main", "Load the curriculum from <dir> instead of the built-in one (for authors)."),
                               QStringLiteral("dir")};
    QCommandLineOption open{QStringLiteral("open"), QCoreApplication::translate("main", "Open the question <id>."), QStringLiteral("id")};
    QCommandLineOption scheme{QStringLiteral("color-scheme"),
                              QCoreApplication::translate("main", "Use the light, dark or system colours for this run (the settings keep theirs)."),
                              QStringLiteral("scheme")};
    QCommandLineOption studyMode{QStringLiteral("study"), QCoreApplication::translate("main", "Start in study mode (everything revealed).")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"), QCoreApplication::translate("main", "Write a PNG of the main window to <file> and exit."),
                                  QStringLiteral("file")};
    QCommandLineOption page{QStringLiteral("page"),
                            QCoreApplication::translate("main", "Start on a page: %1.").arg(pageNames()),
                            QStringLiteral("name")};
    QCommandLineOption diagram{QStringLiteral("diagram"), QCoreApplication::translate("main", "Open the diagram element <diagram#element>."),
                               QStringLiteral("link")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "Offline study app for Docker and container interviews."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({dataDir, content, open, scheme, studyMode, screenshot, page, diagram});
    }
};

// --help and --version print and exit, so they run before (and without) a display.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

int printHelpOrVersion(QCoreApplication &app)
{
    QCommandLineParser parser;
    const GuiOptions options;
    options.addTo(parser);
    parser.parse(app.arguments());  // an unknown option beside --help does not stop the help
    if (parser.isSet(QStringLiteral("version")) && !parser.isSet(QStringLiteral("help")))
        parser.showVersion();  // exits with 0
    QString text = parser.helpText();
    text += u'\n' + QCoreApplication::translate("main", "Commands (they need no display; dockprep COMMAND --help tells more):") + u'\n';
    for (const HeadlessCommand &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(command.name), -14).arg(QCoreApplication::translate("main", command.summary));
    QTextStream(stdout) << text;
    return 0;
}

int refuseUnknownCommand(const QString &word)
{
    QStringList names;
    for (const HeadlessCommand &command : commands)
        names.append(QLatin1String(command.name));
    std::fprintf(stderr, "dockprep: %s\n",
                 qPrintable(QCoreApplication::translate("main", "unknown command \"%1\"; the commands are %2 (dockprep --help lists them "
                                                                "and the options)")
                                .arg(word, names.join(QLatin1String(", ")))));
    return 2;
}

// Qt reads every argument as UTF-8. A file name in another encoding cannot survive that: it would
// come back as another name (U+FFFD in place of each bad byte) and a command would write or read
// the wrong file while reporting success, so such an argument is refused.
bool argumentsAreText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        if (QFile::encodeName(QFile::decodeName(raw)) != raw) {
            std::fprintf(stderr, "dockprep: %s\n",
                         qPrintable(QCoreApplication::translate("main", "the argument \"%1\" is not valid in the system's file name "
                                                                        "encoding (UTF-8), so it would name another file; rename the file "
                                                                        "or choose another name")
                                        .arg(QFile::decodeName(raw))));
            return false;
        }
    }
    return true;
}

struct CurriculumLoading {
    ContentLoadResult result;
    QString indexHash;  // Search::contentHash of the curriculum, when it loaded
};

} // namespace

int main(int argc, char *argv[])
{
    // Set before any application object exists, so the GUI and the headless commands share them.
    QCoreApplication::setApplicationName(QStringLiteral("DockPrep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKPREP_VERSION));
    // A first argument that is not an option is a command word; the GUI takes only options.
    if (argc > 1 && argv[1][0] != '-' && !headlessCommand(argv[1])) {
        QCoreApplication app(argc, argv);
        installTranslations(app, QString());
        return refuseUnknownCommand(QFile::decodeName(argv[1]));
    }
    if (const HeadlessCommand *command = argc > 1 ? headlessCommand(argv[1]) : nullptr) {
        // A painting command gets a GUI application on the offscreen platform: fonts, no screen.
        if (command->paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app;
        if (command->paints)
            app = std::make_unique<QGuiApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        // The system's language for messages and exports; English needs its catalogue too, for
        // plural forms ("3 notes", not "3 note(s)").
        installTranslations(*app, QString());
        if (!argumentsAreText(argc, argv))
            return 2;
        QTextStream out(stdout);
        QTextStream err(stderr);
        return command->run(app->arguments(), out, err);
    }
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslations(app, QString());
        return printHelpOrVersion(app);
    }

    QApplication app(argc, argv);
    installTranslations(app, QString());  // the system's language, before any tr()
    QApplication::setDesktopFileName(QStringLiteral("dockprep"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dockprep.svg")));

    if (!argumentsAreText(argc, argv))
        return 2;
    QCommandLineParser parser;
    const GuiOptions options;
    options.addTo(parser);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())  // `dockprep --data-dir x frobnicate`
        return refuseUnknownCommand(parser.positionalArguments().constFirst());

    // The diagram catalog is read once per run: the curriculum's links are checked against it, and
    // the reader, the exports and the diagram page show it.
    ContentError catalogError;
    const DiagramCatalog catalog = DiagramCatalog::load(builtInDiagramCatalog(), &catalogError);
    // The curriculum (about 20 ms of parsing, and 7 ms more to hash its text for the search
    // index) loads on a second core while this one reads the settings and opens the database.
    const QString contentFolder = parser.isSet(options.content) ? parser.value(options.content) : builtInContentFolder();
    // (Left running by an early return, it is waited for as the application object goes, so it
    // holds its own copy of the catalog, implicitly shared, rather than a reference to this frame.)
    QFuture<CurriculumLoading> loadingCurriculum = QtConcurrent::run([contentFolder, catalog, catalogError] {
        CurriculumLoading loading{loadCurriculum(contentFolder, catalog, catalogError), {}};
        if (loading.result.ok())
            loading.indexHash = Search::contentHash(loading.result.curriculum);
        return loading;
    });

    const bool interactive = !parser.isSet(options.screenshot);
    std::optional<AppSettings::Theme> themeForThisRun;
    if (parser.isSet(options.scheme)) {
        bool known = false;
        themeForThisRun = AppSettings::themeFromName(parser.value(options.scheme), &known);
        if (!known)
            std::fprintf(stderr, "dockprep: unknown colour scheme %s (light, dark or system); using the system's\n",
                         qPrintable(parser.value(options.scheme)));
    }

    DataLocation data;
    QString error;
    if (!data.open(parser.value(options.dataDir), &error))
        return fail(QApplication::translate("main", "Data folder"), error, interactive);

    // One window per data folder: a second start brings the running one to the front and leaves.
    InstanceLock instance(data.path());
    switch (instance.startApp(10000, &error)) {
    case InstanceLock::Start::Run:
        break;
    case InstanceLock::Start::RaisedTheOther:
        std::fprintf(stderr, "dockprep: DockPrep is already running with the data in %s; its window was brought to the front.\n",
                     qPrintable(QDir::toNativeSeparators(data.path())));
        return interactive ? 0 : 1;  // a screenshot was asked for and not taken
    case InstanceLock::Start::OtherDidNotAnswer:
        return fail(QApplication::translate("main", "Already running"),
                    QApplication::translate("main", "Another DockPrep (process %1) is using the data in %2 and did not answer. "
                                                    "Close it, or wait for it to finish, and start DockPrep again.")
                        .arg(instance.holderPid())
                        .arg(QDir::toNativeSeparators(data.path())),
                    interactive);
    case InstanceLock::Start::Failed:
        return fail(QApplication::translate("main", "Data folder"), error, interactive);
    }

    // The preferences come before any window: the language and the theme shape everything after.
    QSettings *settings = data.createSettings(&app);
    AppSettings preferences(settings);
    const AppSettings::MigrationResult migrated = preferences.migrate();
    if (migrated.newerThanThisApp)
        std::fprintf(stderr, "dockprep: the settings were written by a newer DockPrep (layout %d); reading what this version knows\n",
                     migrated.from);
    if (!preferences.language().isEmpty())
        installTranslations(app, preferences.language());
    applyTheme(themeForThisRun.value_or(preferences.theme()));

    Database database;
    const QString backupFolder = data.filePath(QStringLiteral("backups"));
    const BackupPolicy backups{backupFolder, preferences.backupsEnabled(), preferences.backupsKept()};
    // The full check of the file waits until the window is up (startBackgroundUpkeep below),
    // unless the last session did not close or the last check found damage.
    const bool checkFirst = preferences.databaseCheckPending();
    if (!openUserDatabase(database, data.filePath(QStringLiteral("dockprep.sqlite")), backups, interactive, nullptr,
                          checkFirst ? Database::IntegrityCheck::BeforeUse : Database::IntegrityCheck::AfterUncleanShutdown))
        return 1;
    // A command in a terminal found the database damaged and set it aside: the user hears of it here.
    if (const QString setAside = preferences.databaseSetAside(); !setAside.isEmpty()) {
        if (QFileInfo::exists(setAside))
            offerRestoreAfterCommand(database, setAside, backups, interactive);
        preferences.setDatabaseSetAside({});
    }
    if (checkFirst)
        preferences.setDatabaseCheckPending(false);

    const CurriculumLoading curriculumLoaded = loadingCurriculum.takeResult();
    const ContentLoadResult &loaded = curriculumLoaded.result;
    if (!loaded.ok()) {
        QStringList lines;
        for (const ContentError &e : loaded.errors)
            lines.append(e.toString());
        for (const QString &line : std::as_const(lines))
            std::fprintf(stderr, "%s\n", qPrintable(line));
        return fail(QApplication::translate("main", "Curriculum"),
                    QApplication::translate("main", "The curriculum in %1 has %n problem(s):\n%2", nullptr, int(lines.size()))
                        .arg(contentFolder, lines.mid(0, 15).join(QLatin1Char('\n'))),
                    interactive);
    }

    NoteStore store(database);
    Search search(database);
    if (!database.isReadOnly()) {
        // Rebuilds only when the curriculum's text changed since the last start.
        const Search::IndexResult indexed = search.indexCurriculum(loaded.curriculum, curriculumLoaded.indexHash);
        if (!indexed.ok)
            std::fprintf(stderr, "dockprep: search index: %s\n", qPrintable(indexed.error));
    }

    // The stores outlive the window: its pages save to them as they close.
    ReviewStore reviews(database);  // one schedule for reading and interviews
    InterviewStore interviews(database, reviews);
    ChallengeStore attempts(database);
    MainWindow window(loaded.curriculum, &store, &search, settings);
    window.reader()->setDiagramCatalog(&catalog);
    window.exchange()->setDiagramCatalog(&catalog);
    window.notesPanel()->setTopicTitle(
        [topics = NoteTopics(&loaded.curriculum, &catalog)](const QString &target) -> QString { return topics.title(target); });
    window.setPages(builtInStudyPages(loaded.curriculum, catalog, interviews, attempts,
                                      data.path()));
    window.followReviewSchedule(&interviews);
    window.setReviewStore(&reviews);
    window.exchange()->setFullBackupStores(&database, &interviews, &attempts);
    window.setDataFolders(data.path(), backupFolder);
    if (themeForThisRun)
        window.overrideTheme(*themeForThisRun);
    window.applySettings();
    window.restoreSession();
    if (parser.isSet(options.studyMode))
        window.setStudyMode(true);  // restored study mode stays on (a toggle would switch it off)
    if (parser.isSet(options.open))
        window.openEntry(parser.value(options.open));
    if (parser.isSet(options.page)) {
        const std::optional<Page> page = pageFromName(parser.value(options.page));
        if (QAction *action = page ? window.pageAction(*page) : nullptr)
            action->trigger();
        else
            std::fprintf(stderr, "dockprep: %s\n",
                         qPrintable(QApplication::translate("main", "no page called \"%1\" (%2)")
                                        .arg(parser.value(options.page), pageNames())));
    }
    if (parser.isSet(options.diagram))
        window.showDiagramLink(parser.value(options.diagram));
    window.show();
    QObject::connect(&instance, &InstanceLock::activationRequested, &window, [&window] {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    startBackgroundUpkeep(database, backups, &window, [&window, &preferences, interactive](const QString &problem) {
        preferences.setDatabaseCheckPending(true);
        if (interactive && askToQuitAfterDamage(problem, &window))
            window.close();  // saves the open note and the place, as on any quit
    });
    // However the app ends (Quit, window close, the session logging out), the place is kept.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, &MainWindow::saveSession);

    if (parser.isSet(options.screenshot)) {
        const QString file = parser.value(options.screenshot);
        QTimer::singleShot(800, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            std::fprintf(saved ? stdout : stderr, saved ? "screenshot: %s\n" : "dockprep: cannot write %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
