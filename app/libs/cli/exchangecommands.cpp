#include "cli/exchangecommands.h"

#include "cli/commandenvironment.h"
#include "cli/commandhelp.h"
#include "diagrams/diagramcatalog.h"
#include "exchange/exporter.h"
#include "exchange/backupimport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSettings>
#include <QTextStream>

#include <memory>

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
        addCommandHelp(parser);
        arguments.removeAt(1);  // the command word
        if (!parser.parse(arguments)) {
            err << "dockprep " << command << ": " << parser.errorText() << '\n';
            return false;
        }
        return true;
    }
    bool openEnvironment(CommandEnvironment &env, const QString &builtInContent, const QString &diagramCatalog, QTextStream &err,
                         CommandEnvironment::Use use)
    {
        return env.open(parser.value(dataDir), parser.isSet(content) ? parser.value(content) : builtInContent, diagramCatalog, err,
                        use);
    }
};

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
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   QStringLiteral("With --format anki, which questions become cards: mine (those you wrote notes on "
                                                  "or bookmarked; the default), curriculum (every question), chapter:ID, level:LEVEL "
                                                  "(junior, mid, senior, principal), or a chapter and a level joined by a comma. "
                                                  "Each follow-up becomes a card of its own."),
                                   QStringLiteral("scope"));
    line.parser.addOptions({format, output, scope});
    if (!line.parse(QStringLiteral("export"), arguments, err))
        return 2;
    if (printCommandHelpIfAsked(line.parser, QStringLiteral("export"), out))
        return 0;
    const std::optional<ExportFormat> chosen = exportFormatFromName(line.parser.value(format));
    if (!chosen) {
        err << "dockprep export: --format takes " << formatNames.join(QLatin1String(", ")) << '\n';
        return 2;
    }
    if (line.parser.value(output).isEmpty()) {
        err << "dockprep export: say where to write with -o FILE\n";
        return 2;
    }
    if (line.parser.isSet(scope) && *chosen != ExportFormat::AnkiTsv) {
        err << "dockprep export: --scope chooses the questions of an Anki deck; use it with --format anki\n";
        return 2;
    }
    QString scopeError;
    const std::optional<CardScope> cards = cardScopeFromText(line.parser.value(scope), &scopeError);
    if (!cards) {
        err << "dockprep export: --scope: " << scopeError << '\n';
        return 2;
    }
    CommandEnvironment env;
    if (!line.openEnvironment(env, builtInContent, diagramCatalog, err, CommandEnvironment::Use::Read))
        return 1;
    if (!cards->chapterId.isEmpty() && !env.curriculum.chapter(cards->chapterId)) {
        QStringList chapters;
        for (const Chapter &chapter : env.curriculum.chapters())
            chapters.append(chapter.id + QStringLiteral(" (") + chapter.title + QLatin1Char(')'));
        err << "dockprep export: --scope: there is no chapter called \"" << cards->chapterId << "\"; the chapters are "
            << chapters.join(QLatin1String(", ")) << '\n';
        return 2;
    }
    NoteStore store(env.database);
    InterviewStore interviews(env.database);
    ChallengeStore challenges(env.database);
    const std::unique_ptr<QSettings> settings(env.data.createSettings(nullptr));
    AppSettings preferences(settings.get());
    const ExportRequest request{snapshotOf(StudyStores{&store, &interviews, &challenges, &preferences}), &env.curriculum,
                                QDateTime::currentDateTimeUtc(), &env.diagrams, *cards};
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
    if (printCommandHelpIfAsked(line.parser, QStringLiteral("import"), out))
        return 0;
    if (line.parser.positionalArguments().size() != 1) {
        err << "dockprep import: name one backup file\n";
        return 2;
    }
    // Read before the data folder is opened: a bad file never touches the database.
    const BackupFile backup = readBackupFile(line.parser.positionalArguments().constFirst());
    if (!backup.ok()) {
        err << "dockprep import: " << backup.error << '\n';
        return 1;
    }
    CommandEnvironment env;
    env.changesData = !line.parser.isSet(dryRun);
    if (!line.openEnvironment(env, builtInContent, diagramCatalog, err, CommandEnvironment::Use::Write))
        return 1;
    NoteStore store(env.database);
    InterviewStore interviews(env.database);
    ChallengeStore challenges(env.database);
    const std::unique_ptr<QSettings> settings(env.data.createSettings(nullptr));
    AppSettings preferences(settings.get());
    preferences.migrate();  // before the backup's settings go in, as the app does at its start
    BackupImportOptions options;
    options.dryRun = line.parser.isSet(dryRun);
    const BackupImportResult result = importBackup(backup, StudyStores{&store, &interviews, &challenges, &preferences},
                                                   &env.database, options);
    out << result.plan.summary() << '\n';
    if (result.failed()) {
        err << "dockprep import: " << result.error << '\n';
        return 1;
    }
    if (result.outcome != BackupImportResult::Outcome::Imported)
        return 0;
    out << "Imported.\n";
    return 0;
}

} // namespace DockPrep
