#pragma once

#include <QString>

class QCommandLineParser;
class QTextStream;

namespace DockPrep {

// -h/--help for a headless command (`dockprep analyze --help`): the command's own options, with
// the command word in the usage line. Works without a display, like the commands themselves.
void addCommandHelp(QCommandLineParser &parser);
// When the parsed arguments ask for help, prints it to `out` and returns true (exit code 0).
bool printCommandHelpIfAsked(const QCommandLineParser &parser, const QString &command, QTextStream &out);

} // namespace DockPrep
