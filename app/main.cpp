// DockPrep: argument parsing and wiring, nothing else.
#include "app/datalocation.h"
#include "cli/searchcommand.h"
#include "colorscheme.h"
#include "content/contentloader.h"
#include "curriculumresources.h"
#include "databaseopening.h"
#include "mainwindow.h"
#include "readerview.h"
#include "store/database.h"
#include "store/notestore.h"
#include "store/search.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

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

} // namespace

// Commands that print and exit run without a GUI, so they work over ssh and in scripts.
int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runSearchCommand(app.arguments(), builtInContentFolder(), builtInDiagramCatalog(), out, err);
}

int main(int argc, char *argv[])
{
    // Set before any application object exists, so the GUI and the headless commands share them.
    QCoreApplication::setApplicationName(QStringLiteral("DockPrep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKPREP_VERSION));
    if (argc > 1 && qstrcmp(argv[1], "search") == 0)
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("dockprep"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dockprep.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Offline study app for Docker and container interviews."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Keep notes, progress and settings in <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption content(QStringLiteral("content"),
                                     QApplication::translate("main", "Load the curriculum from <dir> instead of the built-in one (for authors)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption open(QStringLiteral("open"), QApplication::translate("main", "Open the question <id>."),
                                  QStringLiteral("id"));
    const QCommandLineOption scheme(QStringLiteral("color-scheme"),
                                    QApplication::translate("main", "Use the light, dark or system colours."),
                                    QStringLiteral("scheme"), QStringLiteral("system"));
    const QCommandLineOption studyMode(QStringLiteral("study"), QApplication::translate("main", "Start in study mode (everything revealed)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Write a PNG of the main window to <file> and exit."),
                                        QStringLiteral("file"));
    parser.addOptions({dataDir, content, open, scheme, studyMode, screenshot});
    parser.addPositionalArgument(QStringLiteral("search"),
                                 QApplication::translate("main", "dockprep search QUERY [--limit N] [--format text|json]: search from the terminal."),
                                 QStringLiteral("[search …]"));
    parser.process(app);

    const bool interactive = !parser.isSet(screenshot);
    applyColorScheme(app, colorSchemeFromName(parser.value(scheme)));

    DataLocation data;
    QString error;
    if (!data.open(parser.value(dataDir), &error))
        return fail(QApplication::translate("main", "Data folder"), error, interactive);

    const QString contentFolder = parser.isSet(content) ? parser.value(content) : builtInContentFolder();
    const ContentLoadResult loaded = loadCurriculum(contentFolder, builtInDiagramCatalog());
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

    Database database;
    if (!openUserDatabase(database, data.filePath(QStringLiteral("dockprep.sqlite")),
                          data.filePath(QStringLiteral("backups")), interactive))
        return 1;
    NoteStore store(database);
    Search search(database);
    if (!database.isReadOnly()) {
        // Rebuilds only when the curriculum's text changed since the last start.
        const Search::IndexResult indexed = search.indexCurriculum(loaded.curriculum);
        if (!indexed.ok)
            std::fprintf(stderr, "dockprep: search index: %s\n", qPrintable(indexed.error));
    }

    QSettings *settings = data.createSettings(&app);
    MainWindow window(loaded.curriculum, &store, &search, settings);
    window.restoreSession();
    if (parser.isSet(studyMode))
        window.action(QStringLiteral("studyMode"))->trigger();
    if (parser.isSet(open))
        window.openEntry(parser.value(open));
    window.show();
    // However the app ends (Quit, window close, the session logging out), the place is kept.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, &MainWindow::saveSession);

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(800, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            std::fprintf(saved ? stdout : stderr, saved ? "screenshot: %s\n" : "dockprep: cannot write %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
