// The floor for start-up time and memory: the least a Qt Widgets application does to show a
// main window. Same size as DockPrep's first window (1280×800), so both paint as many pixels;
// a label gives the first frame something to draw, like any real window has.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Qt floor"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.setCentralWidget(new QLabel(QStringLiteral("A QMainWindow and nothing else.")));
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
