#include "challenges/secretleak.h"

#include "analyzers/buildstages.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace DockPrep {

namespace {

// What names a secret in a script: its file (and ~/… for files under /root) and the variables
// that hold it (`env=` of the mount, or assigned from the secret earlier in the same RUN).
struct SecretNames {
    QString id;
    QStringList paths;
    QStringList variables;
    QStringList links;  // symbolic links made to the secret earlier in the RUN
};

// `path` and the ways a script names the same file under /root (~/x, $HOME/x, ${HOME}/x).
QStringList homeForms(const QString &path)
{
    QStringList out{path};
    if (path.startsWith(QLatin1String("/root/"))) {
        out.append(QStringLiteral("~/") + path.mid(6));
        out.append(QStringLiteral("$HOME/") + path.mid(6));
        out.append(QStringLiteral("${HOME}/") + path.mid(6));
    }
    return out;
}

// ~/x, $HOME/x and ${HOME}/x as /root/x: the build runs as root unless USER says otherwise.
QString homeAsRoot(const QString &path)
{
    for (const char *prefix : {"~/", "$HOME/", "${HOME}/"}) {
        if (path.startsWith(QLatin1String(prefix)))
            return QStringLiteral("/root/") + path.mid(qsizetype(qstrlen(prefix)));
    }
    return path;
}

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
        if (!target.isEmpty() && !secret.paths.contains(target))
            secret.paths += homeForms(target);
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

// `ln -s`, `ln -sf`, `ln -nsf`, `ln --symbolic`…
bool isSymbolicLink(const QStringList &words)
{
    return std::any_of(words.cbegin() + 1, words.cend(), [](const QString &word) {
        return word == QLatin1String("--symbolic")
            || (word.startsWith(QLatin1Char('-')) && !word.startsWith(QLatin1String("--")) && word.contains(QLatin1Char('s')));
    });
}

// Whether any short option group or long option of `words` is one of `options`' letters or names.
bool hasOption(const QStringList &words, const QString &letters, const QStringList &longNames)
{
    return std::any_of(words.cbegin() + 1, words.cend(), [&](const QString &word) {
        if (word.startsWith(QLatin1String("--")))
            return longNames.contains(word);
        return word.startsWith(QLatin1Char('-'))
            && std::any_of(word.cbegin() + 1, word.cend(), [&](QChar c) { return letters.contains(c); });
    });
}

// Whether a command that copies or moves a symbolic link to the secret takes the file's contents
// (it follows the link) rather than the link, which points at a mount gone after the RUN.
bool followsLink(const QStringList &words)
{
    const QString &name = words.constFirst();
    if (name == QLatin1String("cp")) {
        // GNU cp follows a link named on its command line unless -P/-d/-a or a recursive copy
        // without -L/-H says to copy links as links.
        if (hasOption(words, QStringLiteral("LH"), {QStringLiteral("--dereference")}))
            return true;
        return !hasOption(words, QStringLiteral("PdaRr"), {QStringLiteral("--no-dereference"), QStringLiteral("--archive"),
                                                          QStringLiteral("--recursive")});
    }
    if (name == QLatin1String("rsync"))  // copies a link's target only when told to
        return hasOption(words, QStringLiteral("L"), {QStringLiteral("--copy-links"), QStringLiteral("--copy-unsafe-links")});
    if (name == QLatin1String("ln"))     // GNU ln hard-links the link itself unless -L
        return hasOption(words, QStringLiteral("L"), {QStringLiteral("--logical")});
    return name != QLatin1String("mv");  // mv moves the link; install, dd, sed -i read through it
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
QString writtenFile(const QStringList &words, bool argumentsTainted, bool inputTainted, bool onlyThroughLink)
{
    if (words.isEmpty())
        return {};
    if (onlyThroughLink && !followsLink(words))
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
    if (name == QLatin1String("ln") && !isSymbolicLink(words) && !args.isEmpty())
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

bool isAbsolute(const QString &path)
{
    return path.startsWith(QLatin1Char('/'));
}

// Whether removing `removed` (recursively when `recursive`) deletes the file written as `written`.
// A relative path is read against an unknown WORKDIR: it names the same file as an absolute one
// that ends with it.
bool removes(const QString &removed, bool recursive, const QString &written)
{
    const auto normal = [](const QString &path) -> QString {
        QString out = homeAsRoot(path);
        if (out.startsWith(QLatin1String("./")))
            out = out.mid(2);
        while (out.size() > 1 && out.endsWith(QLatin1Char('/')))
            out.chop(1);
        return out;
    };
    const QString dir = normal(removed);
    const QString file = normal(written);
    if (isAbsolute(dir) == isAbsolute(file))
        return file == dir || (recursive && file.startsWith(dir + QLatin1Char('/')));
    if (isAbsolute(file)) {
        const QString tail = QLatin1Char('/') + dir;
        return file.endsWith(tail) || (recursive && file.contains(tail + QLatin1Char('/')));
    }
    return dir.endsWith(QLatin1Char('/') + file);
}

// A later command of the same RUN deletes `path`, so it never reaches the layer.
bool removedLater(const QList<QList<Command>> &pipelines, qsizetype after, const QString &path)
{
    for (qsizetype p = after + 1; p < pipelines.size(); ++p) {
        for (const Command &command : pipelines.at(p)) {
            const QStringList words = wordsOf(command.text);
            if (words.isEmpty() || (words.constFirst() != QLatin1String("rm") && words.constFirst() != QLatin1String("unlink")
                                    && words.constFirst() != QLatin1String("shred")))
                continue;
            const bool recursive = hasOption(words, QStringLiteral("rR"), {QStringLiteral("--recursive")});
            for (const QString &arg : operands(words)) {
                if (removes(arg, recursive, path))
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
                    const bool direct = mentions(command.text, secret.paths, secret.variables);
                    const bool throughLink = mentions(command.text, secret.links, {});
                    const bool named = direct || throughLink;
                    const bool input = flowing || mentions(command.input, secret.paths + secret.links, secret.variables);
                    const QStringList words = wordsOf(command.text);
                    if (named && !words.isEmpty() && words.constFirst() == QLatin1String("ln") && isSymbolicLink(words)) {
                        // The link itself holds only a path; what is later read through it is the secret.
                        const QStringList args = operands(words);
                        QString link = args.size() >= 2 ? args.constLast() : fileName(args.value(0));
                        if (link.endsWith(QLatin1Char('/')) || link == QLatin1String("."))
                            link = (link == QLatin1String(".") ? QString() : link) + fileName(args.value(0));
                        if (!link.isEmpty())
                            secret.links += homeForms(homeAsRoot(link));
                        continue;
                    }
                    if (named) {
                        if (const QRegularExpressionMatch m = assignment.match(command.text); m.hasMatch())
                            secret.variables.append(m.captured(1));
                    }
                    QString target = (named || input) ? redirectTarget(command.text) : QString();
                    if (target.isEmpty())
                        target = writtenFile(words, named, input || named, throughLink && !direct && !input);
                    // Writing into the mount (or a link to it) changes nothing in the layer.
                    const bool intoSecret = secret.paths.contains(target) || secret.links.contains(homeAsRoot(target));
                    if (!target.isEmpty() && !intoSecret && !removedLater(pipelines, p, target)) {
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
