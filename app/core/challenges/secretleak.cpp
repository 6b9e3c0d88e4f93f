#include "secretleak.h"

#include "analyzers/buildstages.h"

#include <QRegularExpression>
#include <QSet>

namespace DockPrep {

namespace {

// What names a secret in a script: its file (and ~/… for files under /root) and the variables
// that hold it (`env=` of the mount, or assigned from the secret earlier in the same RUN).
struct SecretNames {
    QString id;
    QStringList paths;
    QStringList variables;
};

QList<SecretNames> secretsOf(const Instruction &run)
{
    QList<SecretNames> out;
    for (const QString &spec : run.flagValues(QStringLiteral("mount"))) {
        const QHash<QString, QString> options = parseMountOptions(spec);
        if (options.value(QStringLiteral("type")) != QLatin1String("secret"))
            continue;
        SecretNames secret;
        const QString target = options.value(QStringLiteral("target"));
        // BuildKit: the id defaults to the target's file name, the target to /run/secrets/<id>.
        secret.id = options.value(QStringLiteral("id"), target.section(QLatin1Char('/'), -1));
        if (!secret.id.isEmpty())
            secret.paths.append(QStringLiteral("/run/secrets/") + secret.id);
        if (!target.isEmpty() && !secret.paths.contains(target)) {
            secret.paths.append(target);
            if (target.startsWith(QLatin1String("/root/"))) {
                secret.paths.append(QStringLiteral("~/") + target.mid(6));
                secret.paths.append(QStringLiteral("$HOME/") + target.mid(6));
                secret.paths.append(QStringLiteral("${HOME}/") + target.mid(6));
            }
        }
        if (const QString env = options.value(QStringLiteral("env")); !env.isEmpty())
            secret.variables.append(env);
        out.append(secret);
    }
    return out;
}

// The text the RUN's shell reads, with each heredoc body placed where the shell reads it: as the
// script itself (`RUN <<EOF`) or as the input of the command that opened it (`RUN cat > f <<EOF`).
QString shellText(const Instruction &run)
{
    if (run.execForm)
        return run.words.join(QLatin1Char(' '));
    static const QRegularExpression onlyOpeners(QStringLiteral("^\\s*(\\d?<<-?\\s*['\"]?\\w+['\"]?\\s*)+$"));
    if (onlyOpeners.match(run.arguments).hasMatch()) {
        QString text;
        for (const Heredoc &heredoc : run.heredocs)
            text += heredoc.content + QLatin1Char('\n');
        return text;
    }
    QString text = run.arguments;
    for (const Heredoc &heredoc : run.heredocs)
        text += QLatin1Char('\n') + heredoc.content + heredoc.delimiter;
    return text;
}

// One command of a pipeline, and the heredoc body it reads (if any).
struct Command {
    QString text;
    QString input;
};

// The script as pipelines (split at newlines, &&, || and ;), each a list of commands (split at |).
// A command that opens a heredoc takes the body lines up to the delimiter as its input.
QList<QList<Command>> pipelinesOf(const QString &script)
{
    static const QRegularExpression opener(QStringLiteral("<<-?\\s*['\"]?(\\w+)"));
    static const QRegularExpression separators(QStringLiteral("&&|\\|\\||;"));
    QList<QList<Command>> out;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        QString body;
        if (const QRegularExpressionMatch m = opener.match(line); m.hasMatch()) {
            const QString delimiter = m.captured(1);
            while (++i < lines.size() && lines.at(i).trimmed() != delimiter)
                body += lines.at(i) + QLatin1Char('\n');
        }
        for (const QString &pipeline : line.split(separators, Qt::SkipEmptyParts)) {
            QList<Command> commands;
            for (const QString &command : pipeline.split(QLatin1Char('|'), Qt::SkipEmptyParts))
                commands.append({command.trimmed(), command.contains(QLatin1String("<<")) ? body : QString()});
            if (!commands.isEmpty())
                out.append(commands);
        }
    }
    return out;
}

bool mentions(const QString &text, const QStringList &paths, const QStringList &variables)
{
    for (const QString &path : paths) {
        if (text.contains(path))
            return true;
    }
    for (const QString &variable : variables) {
        const QRegularExpression use(QStringLiteral("\\$\\{?%1\\b|printenv\\s+%1\\b").arg(QRegularExpression::escape(variable)));
        if (use.match(text).hasMatch())
            return true;
    }
    return false;
}

// The command's words with quotes dropped and what only runs it (sudo, env, sh -c, VAR=x) skipped.
QStringList wordsOf(const QString &command)
{
    QString plain = command;
    plain.replace(QLatin1Char('"'), QLatin1Char(' ')).replace(QLatin1Char('\''), QLatin1Char(' '));
    QStringList words = plain.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_]\\w*="));
    static const QStringList wrappers{QStringLiteral("sudo"), QStringLiteral("env"), QStringLiteral("exec"),
                                      QStringLiteral("command"), QStringLiteral("set"), QStringLiteral("-e"),
                                      QStringLiteral("-ex"), QStringLiteral("-eux"), QStringLiteral("sh"),
                                      QStringLiteral("bash"), QStringLiteral("-c"), QStringLiteral("-ec"),
                                      QStringLiteral("(")};
    while (!words.isEmpty() && (wrappers.contains(words.constFirst()) || assignment.match(words.constFirst()).hasMatch()))
        words.removeFirst();
    return words;
}

QStringList operands(const QStringList &words)
{
    QStringList out;
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (!words.at(i).startsWith(QLatin1Char('-')) && !words.at(i).startsWith(QLatin1Char('>')))
            out.append(words.at(i));
    }
    return out;
}

bool isDevice(const QString &path)
{
    return path.startsWith(QLatin1String("/dev/")) || path.startsWith(QLatin1String("/proc/"));
}

// Where the command's standard output goes when it is a file; empty otherwise.
QString redirectTarget(const QString &command)
{
    // `>`, `>>`, `>|`, `1>`, `&>`; not `2>` (errors) nor `>&2` (another descriptor).
    static const QRegularExpression redirect(QStringLiteral("(?:^|[^<>&0-9])(?:&|1)?>>?\\|?\\s*([^\\s&|;<>()]+)"));
    QRegularExpressionMatchIterator it = redirect.globalMatch(command);
    while (it.hasNext()) {
        QString target = it.next().captured(1);
        target.remove(QLatin1Char('"')).remove(QLatin1Char('\''));
        if (!target.isEmpty() && !isDevice(target))
            return target;
    }
    return {};
}

// The file a command writes its (tainted) input or arguments to, when it is one that writes.
QString writtenFile(const QStringList &words, bool argumentsTainted, bool inputTainted)
{
    if (words.isEmpty())
        return {};
    const QString &name = words.constFirst();
    const QStringList args = operands(words);
    if (name == QLatin1String("tee") && inputTainted) {
        for (const QString &arg : args) {
            if (!isDevice(arg))
                return arg;
        }
        return {};
    }
    if (!argumentsTainted)
        return {};
    static const QStringList copiers{QStringLiteral("cp"), QStringLiteral("mv"), QStringLiteral("install"), QStringLiteral("rsync")};
    if (copiers.contains(name) && !args.isEmpty())
        return args.constLast();
    // A hard link to a secret mount fails across file systems or ships it; a symlink only
    // points at a file that is gone after the RUN.
    if (name == QLatin1String("ln") && !words.contains(QLatin1String("-s")) && !words.contains(QLatin1String("-sf"))
        && !words.contains(QLatin1String("--symbolic")) && !args.isEmpty())
        return args.constLast();
    if (name == QLatin1String("dd")) {
        for (const QString &arg : args) {
            if (arg.startsWith(QLatin1String("of=")))
                return arg.mid(3);
        }
    }
    if (name == QLatin1String("sed") && (words.contains(QLatin1String("-i")) || words.contains(QLatin1String("--in-place"))) && !args.isEmpty())
        return args.constLast();
    // Tools that keep what they are given in a config file of the image.
    const QString second = words.value(1);
    const QString third = words.value(2);
    if ((name == QLatin1String("npm") || name == QLatin1String("pnpm")) && (second == QLatin1String("set") || (second == QLatin1String("config") && third == QLatin1String("set"))))
        return QStringLiteral("~/.npmrc");
    if (name == QLatin1String("yarn") && second == QLatin1String("config") && third == QLatin1String("set"))
        return QStringLiteral("~/.yarnrc");
    if (name == QLatin1String("git") && second == QLatin1String("config"))
        return QStringLiteral("~/.gitconfig");
    if (name == QLatin1String("pip") && second == QLatin1String("config") && third == QLatin1String("set"))
        return QStringLiteral("pip.conf");
    if ((name == QLatin1String("poetry") || name == QLatin1String("composer")) && second == QLatin1String("config"))
        return QStringLiteral("its config");
    return {};
}

QString fileName(const QString &path)
{
    QString name = path;
    while (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    return name.section(QLatin1Char('/'), -1);
}

// A later command of the same RUN deletes `path`, so it never reaches the layer.
bool removedLater(const QList<QList<Command>> &pipelines, qsizetype after, const QString &path)
{
    const QString name = fileName(path);
    for (qsizetype p = after + 1; p < pipelines.size(); ++p) {
        for (const Command &command : pipelines.at(p)) {
            const QStringList words = wordsOf(command.text);
            if (words.isEmpty() || (words.constFirst() != QLatin1String("rm") && words.constFirst() != QLatin1String("unlink")
                                    && words.constFirst() != QLatin1String("shred")))
                continue;
            for (const QString &arg : operands(words)) {
                if (arg == path || fileName(arg) == name)
                    return true;
            }
        }
    }
    return false;
}

} // namespace

QList<SecretLeak> findSecretLeaks(const ParsedDockerfile &file)
{
    QList<SecretLeak> leaks;
    static const QRegularExpression assignment(QStringLiteral("^(?:export\\s+|readonly\\s+|local\\s+)?([A-Za-z_]\\w*)="));
    for (int index = 0; index < file.instructions.size(); ++index) {
        const Instruction &run = file.instructions.at(index);
        if (run.kind != InstructionKind::Run)
            continue;
        const QList<SecretNames> secrets = secretsOf(run);
        if (secrets.isEmpty())
            continue;
        const QList<QList<Command>> pipelines = pipelinesOf(shellText(run));
        for (SecretNames secret : secrets) {
            bool leaked = false;
            for (qsizetype p = 0; p < pipelines.size() && !leaked; ++p) {
                bool flowing = false;  // the secret travels down the pipe into this command
                for (const Command &command : pipelines.at(p)) {
                    const bool named = mentions(command.text, secret.paths, secret.variables);
                    const bool input = flowing || mentions(command.input, secret.paths, secret.variables);
                    if (named) {
                        if (const QRegularExpressionMatch m = assignment.match(command.text); m.hasMatch())
                            secret.variables.append(m.captured(1));
                    }
                    QString target = (named || input) ? redirectTarget(command.text) : QString();
                    if (target.isEmpty())
                        target = writtenFile(wordsOf(command.text), named, input || named);
                    if (!target.isEmpty() && !removedLater(pipelines, p, target)) {
                        leaks.append({index, run.firstLine, secret.id, command.text, target});
                        leaked = true;
                        break;
                    }
                    flowing = flowing || named || input;
                }
            }
        }
    }
    return leaks;
}

} // namespace DockPrep
