#include "cli/commandhelp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace DockPrep {

void addCommandHelp(QCommandLineParser &parser)
{
    parser.addHelpOption();
}

bool printCommandHelpIfAsked(const QCommandLineParser &parser, const QString &command, QTextStream &out)
{
    if (!parser.isSet(QStringLiteral("help")) && !parser.isSet(QStringLiteral("help-all")))
        return false;
    // Qt's usage line names the program as it was started (a path, and no command word).
    QString text = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    const QString program = arguments.isEmpty() ? QString() : arguments.constFirst();
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0)
        text.replace(at, program.size(), QStringLiteral("dockprep ") + command);
    out << text;
    return true;
}

} // namespace DockPrep
