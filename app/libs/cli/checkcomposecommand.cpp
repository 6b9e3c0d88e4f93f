#include "cli/checkcomposecommand.h"

#include "analyzers/composechecker.h"
#include "text/boundedread.h"
#include "cli/commandhelp.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace DockPrep {

int runCheckComposeCommand(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check a compose file."));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("Output as text or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(formatOption);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The compose file, or - for standard input."));
    addCommandHelp(parser);
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);  // "check-compose"
    if (!parser.parse(withoutCommand)) {
        err << "dockprep check-compose: " << parser.errorText() << '\n';
        return 2;
    }
    if (printCommandHelpIfAsked(parser, QStringLiteral("check-compose"), out))
        return 0;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << "dockprep check-compose: --format takes text or json\n";
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "dockprep check-compose: give one compose file (or - for standard input)\n";
        return 2;
    }

    const QString path = parser.positionalArguments().constFirst();
    const BoundedRead read = path == QLatin1String("-") ? readBounded(in, InputLimit::composeBytes)
                                                        : readBoundedFile(path, InputLimit::composeBytes);
    if (!read.ok()) {
        err << "dockprep check-compose: " << read.message(path) << '\n';
        return 4;
    }

    const ComposeReport report = checkCompose(QString::fromUtf8(read.data));
    // Over a reading limit (YAML nodes once aliases are expanded) is "cannot be read", not a finding.
    if (const QList<ComposeFinding> refused = report.findingsOf(QString(ComposeRule::inputLimit)); !refused.isEmpty()) {
        err << "dockprep check-compose: " << path << ": " << refused.constFirst().message << '\n';
        return 4;
    }
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (const ComposeFinding &f : report.findings) {
        (f.severity == ComposeSeverity::Error ? errors : f.severity == ComposeSeverity::Warning ? warnings : infos)++;
    }

    if (format == QLatin1String("json")) {
        QJsonArray services;
        for (const ComposeService &s : report.services) {
            services.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("line"), s.line},
                                        {QStringLiteral("image"), s.image}, {QStringLiteral("build"), s.builds},
                                        {QStringLiteral("healthcheck"), s.healthcheck},
                                        {QStringLiteral("dependsOn"), QJsonArray::fromStringList(s.dependsOn)}});
        }
        QJsonArray findings;
        for (const ComposeFinding &f : report.findings) {
            findings.append(QJsonObject{{QStringLiteral("rule"), f.rule}, {QStringLiteral("severity"), composeSeverityName(f.severity)},
                                        {QStringLiteral("line"), f.line}, {QStringLiteral("column"), f.column},
                                        {QStringLiteral("service"), f.service}, {QStringLiteral("message"), f.message}});
        }
        const QJsonObject summary{{QStringLiteral("errors"), errors}, {QStringLiteral("warnings"), warnings},
                                  {QStringLiteral("info"), infos}};
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("services"), services},
                                                           {QStringLiteral("findings"), findings},
                                                           {QStringLiteral("summary"), summary}})
                                     .toJson(QJsonDocument::Indented));
    } else {
        // file:line:column: severity: message [rule] — the form editors and CI logs link to.
        for (const ComposeFinding &f : report.findings) {
            out << path << ':' << f.line << ':' << f.column << ": " << composeSeverityName(f.severity) << ": " << f.message
                << " [" << f.rule << "]\n";
        }
        QStringList names;
        for (const ComposeService &s : report.services)
            names.append(s.name);
        out << report.services.size() << " service(s)" << (names.isEmpty() ? QString() : QStringLiteral(": ") + names.join(QStringLiteral(", ")))
            << "; " << errors << " error(s), " << warnings << " warning(s), " << infos << " info\n";
    }
    return errors > 0 ? 3 : warnings > 0 ? 1 : 0;
}

} // namespace DockPrep
