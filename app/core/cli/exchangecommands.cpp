#include "exchangecommands.h"

#include "commandenvironment.h"
#include "exchange/exporter.h"
#include "exchange/importplan.h"
#include "exchange/jsonbackup.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace DockPrep {

namespace {

// The options every exchange command shares, and the parse that strips the command word.
struct CommandLine {
    QCommandLineParser parser;
    QCommandLineOption dataDir{QStringLiteral("data-dir"), QStringLiteral("Use the data in <dir>."), QStringLiteral("dir")};
    QCommandLineOption content{QStringLiteral("content"), QStringLiteral("Use the curriculum in <dir>."), QStringLiteral("dir")};

    bool parse(const QString &command, QStringList arguments, QTextStream &err)
    {
        parser.addOptions({dataDir, content});
        arguments.removeAt(1);  // the command word
        if (!parser.parse(arguments)) {
            err << "dockprep " << command << ": " << parser.errorText() << '\n';
            return false;
        }
        return true;
    }
    bool openEnvironment(CommandEnvironment &env, const QString &builtInContent, const QString &diagramCatalog, QTextStream &err)
    {
        return env.open(parser.value(dataDir), parser.isSet(content) ? parser.value(content) : builtInContent, diagramCatalog, err);
    }
};

// A backup larger than this is not something DockPrep wrote (100,000 long notes are ~200 MB).
constexpr qint64 largestBackup = qint64(1) << 30;

} // namespace

int runExportCommand(const QStringList &arguments, const QString &builtInContent, const QString &diagramCatalog,
                     QTextStream &out, QTextStream &err)
{
    CommandLine line;
    QStringList formatNames;
    for (ExportFormat format : exportFormats())
        formatNames.append(exportFormatName(format));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("One of %1.").arg(formatNames.join(QLatin1String(", "))), QStringLiteral("format"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to <file>."),
                                    QStringLiteral("file"));
    line.parser.addOptions({format, output});
    if (!line.parse(QStringLiteral("export"), arguments, err))
        return 2;
    const std::optional<ExportFormat> chosen = exportFormatFromName(line.parser.value(format));
    if (!chosen) {
        err << "dockprep export: --format takes " << formatNames.join(QLatin1String(", ")) << '\n';
        return 2;
    }
    if (line.parser.value(output).isEmpty()) {
        err << "dockprep export: say where to write with -o FILE\n";
        return 2;
    }
    CommandEnvironment env;
    if (!line.openEnvironment(env, builtInContent, diagramCatalog, err))
        return 1;
    NoteStore store(env.database);
    const ExportRequest request{snapshotOf(store), &env.curriculum, QDateTime::currentDateTimeUtc()};
    const ExportResult result = exportStudy(request, *chosen, line.parser.value(output));
    (result.ok ? out : err) << (result.ok ? "" : "dockprep export: ") << result.message << '\n';
    return result.ok ? 0 : 1;
}

int runImportCommand(const QStringList &arguments, const QString &builtInContent, const QString &diagramCatalog,
                     QTextStream &out, QTextStream &err)
{
    CommandLine line;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Show what would change and write nothing."));
    line.parser.addOption(dryRun);
    line.parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A JSON backup made by dockprep export --format json."));
    if (!line.parse(QStringLiteral("import"), arguments, err))
        return 2;
    if (line.parser.positionalArguments().size() != 1) {
        err << "dockprep import: name one backup file\n";
        return 2;
    }
    const QString path = line.parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "dockprep import: cannot read " << path << ": " << file.errorString() << '\n';
        return 1;
    }
    if (file.size() > largestBackup) {
        err << "dockprep import: " << path << " is too large to be a DockPrep backup\n";
        return 1;
    }
    const JsonBackup::ReadResult backup = JsonBackup::read(file.readAll());
    if (!backup.ok()) {
        err << "dockprep import: " << path << ": " << backup.error << " Nothing was imported.\n";
        return 1;
    }
    CommandEnvironment env;
    env.changesData = !line.parser.isSet(dryRun);
    if (!line.openEnvironment(env, builtInContent, diagramCatalog, err))
        return 1;
    NoteStore store(env.database);
    const ImportPlan plan = planImport(snapshotOf(store), backup.snapshot);
    out << plan.summary() << '\n';
    if (line.parser.isSet(dryRun) || plan.isEmpty())
        return 0;
    QString error;
    if (!applyImport(plan, store, &error)) {
        err << "dockprep import: " << error << " Nothing was imported.\n";
        return 1;
    }
    out << "Imported.\n";
    return 0;
}

} // namespace DockPrep
