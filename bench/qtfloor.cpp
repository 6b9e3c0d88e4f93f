// The floor for start-up time and memory: the least a Qt Widgets application does to show a
// main window. Same size as DockPrep's first window (1280×800), so both paint as many pixels;
// a label gives the first frame something to draw, like any real window has.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>

#ifdef DOCKPREP_FLOOR_WITH_STACK
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <QSqlDatabase>
#include <QSvgRenderer>
#endif

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
#ifdef DOCKPREP_FLOOR_WITH_STACK
    // Built as dockprep_bench_stackfloor: the required libraries loaded and used once, as DockPrep
    // does before its first frame (its first entry shows a highlighted Dockerfile).
    KSyntaxHighlighting::Repository repository;
    const bool highlighting = repository.definitionForName(QStringLiteral("Dockerfile")).isValid();
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    database.setDatabaseName(QStringLiteral(":memory:"));
    const bool stored = database.open();
    QSvgRenderer svg(QByteArray("<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'><rect width='8' height='8'/></svg>"));
    if (!highlighting || !stored || !svg.isValid())
        return 1;
#endif
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Qt floor"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.setCentralWidget(new QLabel(QStringLiteral("A QMainWindow and nothing else.")));
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
