#include "analyzers/dockerfilelint.h"

#include "analyzers/dockerfilevariables.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace DockPrep {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::DockerfileLint)
};

QList<LintRule> makeRules()
{
    using S = LintSeverity;
    return {
        {QStringLiteral("DP001"), S::Warning, Tr::tr("apt-get update in its own RUN"),
         Tr::tr("The update is cached as its own layer, so a later install reuses a stale package index and installs old or missing packages.")},
        {QStringLiteral("DP002"), S::Info, Tr::tr("apt-get install without --no-install-recommends"),
         Tr::tr("Recommended packages are rarely needed in a container and can double the image size and its attack surface.")},
        {QStringLiteral("DP003"), S::Warning, Tr::tr("apt lists not removed in the same RUN"),
         Tr::tr("The package index stays in the layer (tens of MB) unless `rm -rf /var/lib/apt/lists/*` runs in the same RUN that created it.")},
        {QStringLiteral("DP004"), S::Warning, Tr::tr("base image without a pinned tag"),
         Tr::tr("`latest` (or no tag) changes under you, so the same Dockerfile builds different images and a rebuild can break without any change of yours.")},
        {QStringLiteral("DP005"), S::Warning, Tr::tr("ADD where COPY fits"),
         Tr::tr("ADD also fetches URLs and unpacks archives; for local files COPY says what it does and cannot surprise a reader.")},
        {QStringLiteral("DP006"), S::Error, Tr::tr("secret in ENV or ARG"),
         Tr::tr("ENV values are stored in the image config and ARG values in its history, so anyone who can pull the image can read them; use RUN --mount=type=secret.")},
        {QStringLiteral("DP007"), S::Warning, Tr::tr("the container runs as root"),
         Tr::tr("A process running as root in the container is root on the host's kernel, so an escape or a writable mount becomes a host compromise.")},
        {QStringLiteral("DP008"), S::Warning, Tr::tr("COPY . before installing dependencies"),
         Tr::tr("Every source change invalidates the cache of the dependency install that follows; copy the manifest and install first, then copy the rest.")},
        {QStringLiteral("DP009"), S::Warning, Tr::tr("shell-form CMD or ENTRYPOINT"),
         Tr::tr("The shell form runs under /bin/sh -c, so your process is not PID 1, never receives SIGTERM, and `docker stop` kills it after the timeout.")},
        {QStringLiteral("DP010"), S::Info, Tr::tr("service without a HEALTHCHECK"),
         Tr::tr("An image that exposes a port but has no HEALTHCHECK is reported healthy as long as the process exists, even when it no longer answers.")},
        {QStringLiteral("DP011"), S::Warning, Tr::tr("sudo in RUN"),
         Tr::tr("RUN already executes as the current USER; sudo adds a setuid binary to the image and hides which steps need root.")},
        {QStringLiteral("DP012"), S::Info, Tr::tr("cd instead of WORKDIR"),
         Tr::tr("A `cd` lasts only for its RUN; WORKDIR states the directory once for every later instruction and for the running container.")},
        {QStringLiteral("DP013"), S::Info, Tr::tr("MAINTAINER is deprecated"),
         Tr::tr("MAINTAINER has been deprecated since Docker 1.13; `LABEL org.opencontainers.image.authors=…` is the standard place.")},
        {QStringLiteral("DP014"), S::Warning, Tr::tr("remote script piped into a shell"),
         Tr::tr("`curl … | sh` runs whatever the server returns at build time, unverified, and hides download failures unless pipefail is set.")},
        {QStringLiteral("DP015"), S::Warning, Tr::tr("several CMD or ENTRYPOINT in one stage"),
         Tr::tr("Only the last CMD and the last ENTRYPOINT of a stage take effect; the earlier ones mislead the reader.")},
        {QStringLiteral("DP016"), S::Info, Tr::tr("apk add without --no-cache"),
         Tr::tr("Without --no-cache the APK index stays in the layer; --no-cache fetches it on the fly and keeps the image small.")},
        {QStringLiteral("DP017"), S::Info, Tr::tr("DEBIAN_FRONTEND set with ENV"),
         Tr::tr("ENV keeps DEBIAN_FRONTEND=noninteractive in the running container, where it surprises anyone who runs apt interactively; use ARG or set it on the RUN.")},
    };
}

// Why-lists for a RUN script: the simple commands, split at && || ; | newlines and parentheses,
// with leading `VAR=value` assignments and wrappers (sudo, env, exec, time) skipped.
struct Command {
    QStringList words;
    bool sudo = false;
};

QList<Command> commandsIn(const QString &script)
{
    QList<Command> commands;
    Command current;
    QString word;
    bool leading = true;
    const auto endWord = [&] {
        if (word.isEmpty())
            return;
        if (leading) {
            static const QStringList prefixes{QStringLiteral("then"), QStringLiteral("do"), QStringLiteral("else"), QStringLiteral("{"),
                                              QStringLiteral("!"), QStringLiteral("exec"), QStringLiteral("env"), QStringLiteral("time"),
                                              QStringLiteral("command")};
            if (word == QLatin1String("sudo")) {
                current.sudo = true;
                word.clear();
                return;
            }
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            if (prefixes.contains(word) || (eq > 0 && !word.startsWith(QLatin1Char('-')))) {
                word.clear();
                return;
            }
            leading = false;
        }
        current.words.append(word);
        word.clear();
    };
    const auto endCommand = [&] {
        endWord();
        if (!current.words.isEmpty() || current.sudo)
            commands.append(current);
        current = Command();
        leading = true;
    };
    QChar quote;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            word += c;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            word += c;
        } else if (c == QLatin1Char('&') || c == QLatin1Char('|') || c == QLatin1Char(';') || c == QLatin1Char('\n')
                   || c == QLatin1Char('(') || c == QLatin1Char(')')) {
            endCommand();
        } else if (c.isSpace()) {
            endWord();
        } else {
            word += c;
        }
    }
    endCommand();
    return commands;
}

QString programOf(const Command &command)
{
    QString program = command.words.value(0);
    const qsizetype slash = program.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0)
        program = program.mid(slash + 1);
    if (program.startsWith(QLatin1String("xx-")))  // tonistiigi/xx cross-compilation wrappers
        program = program.mid(3);
    return program;
}

// The first word after the program that is not an option (skipping the values of -o/-c).
QString subcommandOf(const Command &command)
{
    for (qsizetype i = 1; i < command.words.size(); ++i) {
        const QString &w = command.words.at(i);
        if (w == QLatin1String("-o") || w == QLatin1String("-c") || w == QLatin1String("-t")) {
            ++i;
            continue;
        }
        if (!w.startsWith(QLatin1Char('-')))
            return w;
    }
    return {};
}

bool isApt(const Command &c)
{
    const QString p = programOf(c);
    return p == QLatin1String("apt-get") || p == QLatin1String("apt");
}

bool hasWord(const Command &c, const QString &word)
{
    return c.words.contains(word);
}

struct RunFacts {
    bool aptUpdate = false;
    bool aptInstall = false;
    bool noRecommends = false;
    bool listsRemoved = false;
    bool apkAdd = false;
    bool apkNoCache = false;
    bool sudo = false;
    bool cdFirst = false;
    QString dependencyInstall;  // "npm ci", "pip install -r"…
};

// The package managers' "install what the manifest lists" commands.
QString dependencyInstallOf(const Command &c)
{
    const QString p = programOf(c);
    const QString sub = subcommandOf(c);
    if ((p == QLatin1String("npm") && (sub == QLatin1String("ci") || sub == QLatin1String("install") || sub == QLatin1String("i")))
        && c.words.size() <= 3)
        return p + QLatin1Char(' ') + sub;
    if ((p == QLatin1String("yarn") && (sub.isEmpty() || sub == QLatin1String("install")))
        || (p == QLatin1String("pnpm") && sub == QLatin1String("install")))
        return c.words.join(QLatin1Char(' '));
    if ((p == QLatin1String("pip") || p == QLatin1String("pip3")) && sub == QLatin1String("install")
        && (hasWord(c, QStringLiteral("-r")) || hasWord(c, QStringLiteral("--requirement"))))
        return p + QStringLiteral(" install -r");
    if ((p == QLatin1String("python") || p == QLatin1String("python3")) && hasWord(c, QStringLiteral("pip"))
        && hasWord(c, QStringLiteral("install")) && hasWord(c, QStringLiteral("-r")))
        return p + QStringLiteral(" -m pip install -r");
    if ((p == QLatin1String("poetry") || p == QLatin1String("pipenv")) && sub == QLatin1String("install"))
        return p + QStringLiteral(" install");
    if (p == QLatin1String("uv") && sub == QLatin1String("sync"))
        return QStringLiteral("uv sync");
    if (p == QLatin1String("go") && sub == QLatin1String("mod") && hasWord(c, QStringLiteral("download")))
        return QStringLiteral("go mod download");
    if ((p == QLatin1String("bundle") && sub == QLatin1String("install")) || (p == QLatin1String("composer") && sub == QLatin1String("install")))
        return p + QStringLiteral(" install");
    if (p == QLatin1String("dotnet") && sub == QLatin1String("restore"))
        return QStringLiteral("dotnet restore");
    if (p == QLatin1String("mvn") && c.words.contains(QStringLiteral("dependency:go-offline")))
        return QStringLiteral("mvn dependency:go-offline");
    if (p == QLatin1String("cargo") && sub == QLatin1String("fetch"))
        return QStringLiteral("cargo fetch");
    return {};
}

bool mountsCacheOn(const Instruction &ins, const QString &path)
{
    for (const QString &spec : ins.flagValues(QStringLiteral("mount"))) {
        const QHash<QString, QString> m = parseMountOptions(spec);
        if (m.value(QStringLiteral("type")) == QLatin1String("cache") && m.value(QStringLiteral("target")).startsWith(path))
            return true;
    }
    return false;
}

RunFacts factsOf(const Instruction &ins)
{
    RunFacts facts;
    const QString script = ins.script();
    static const QRegularExpression listsRemoval(QStringLiteral("rm\\s+(-\\w+\\s+)*[\"']?/var/lib/apt/lists"));
    facts.listsRemoved = script.contains(QLatin1String("/var/lib/apt/lists")) && listsRemoval.match(script).hasMatch();
    facts.listsRemoved = facts.listsRemoved || script.contains(QLatin1String("dist-clean")) || mountsCacheOn(ins, QStringLiteral("/var/lib/apt"));
    facts.noRecommends = script.contains(QLatin1String("--no-install-recommends")) || script.contains(QLatin1String("Install-Recommends"));
    facts.apkNoCache = script.contains(QLatin1String("--no-cache")) || script.contains(QLatin1String("/var/cache/apk"))
        || mountsCacheOn(ins, QStringLiteral("/var/cache/apk")) || mountsCacheOn(ins, QStringLiteral("/etc/apk/cache"));
    const QList<Command> commands = commandsIn(script);
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const Command &c = commands.at(i);
        facts.sudo = facts.sudo || c.sudo;
        const QString program = programOf(c);
        if (i == 0 && program == QLatin1String("cd") && !ins.execForm && ins.heredocs.isEmpty())
            facts.cdFirst = true;
        if (isApt(c)) {
            const QString sub = subcommandOf(c);
            facts.aptUpdate = facts.aptUpdate || sub == QLatin1String("update");
            facts.aptInstall = facts.aptInstall || sub == QLatin1String("install") || sub == QLatin1String("upgrade")
                || sub == QLatin1String("dist-upgrade") || sub == QLatin1String("full-upgrade") || sub == QLatin1String("build-dep");
        }
        if (program == QLatin1String("apk") && subcommandOf(c) == QLatin1String("add"))
            facts.apkAdd = true;
        if (facts.dependencyInstall.isEmpty())
            facts.dependencyInstall = dependencyInstallOf(c);
    }
    return facts;
}

QStringList ignoredRules(const Instruction &ins)
{
    static const QRegularExpression ignore(QStringLiteral("^dockprep\\s+ignore\\s*=\\s*([A-Za-z0-9_, ]+)"));
    QStringList ids;
    for (const QString &comment : ins.comments) {
        const QRegularExpressionMatch m = ignore.match(comment);
        if (m.hasMatch()) {
            for (const QString &id : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                ids.append(id.trimmed().toUpper());
        }
    }
    return ids;
}

// Secret-looking names, by their `_`-separated parts: DB_PASSWORD, GITHUB_TOKEN, API_KEY…
bool isSecretName(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[_.-]"));
    const QStringList parts = name.toUpper().split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    static const QStringList harmlessEndings{QStringLiteral("FILE"), QStringLiteral("PATH"), QStringLiteral("DIR"), QStringLiteral("ID"),
                                             QStringLiteral("NAME"), QStringLiteral("USER"), QStringLiteral("URL"), QStringLiteral("ENDPOINT")};
    if (harmlessEndings.contains(parts.constLast()))
        return false;
    static const QStringList words{QStringLiteral("PASSWORD"), QStringLiteral("PASSWD"), QStringLiteral("PASS"), QStringLiteral("TOKEN"),
                                   QStringLiteral("SECRET"), QStringLiteral("APIKEY"), QStringLiteral("ACCESSKEY"), QStringLiteral("PRIVATEKEY"),
                                   QStringLiteral("CREDENTIALS")};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (words.contains(parts.at(i)))
            return true;
        if (parts.at(i) == QLatin1String("KEY") && i > 0
            && (parts.at(i - 1) == QLatin1String("API") || parts.at(i - 1) == QLatin1String("ACCESS")
                || parts.at(i - 1) == QLatin1String("PRIVATE") || parts.at(i - 1) == QLatin1String("SECRET")))
            return true;
    }
    return false;
}

bool isLocalArchive(const QString &source)
{
    static const QRegularExpression archive(QStringLiteral("\\.(tar|tar\\.gz|tgz|tar\\.bz2|tbz2?|tar\\.xz|txz|tar\\.zst|tzst|gz|bz2|xz)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return archive.match(source).hasMatch();
}

bool isRemote(const QString &source)
{
    return source.contains(QLatin1String("://")) || source.startsWith(QLatin1String("git@"));
}

class Linter
{
public:
    Linter(const ParsedDockerfile &file, const BuildGraph &graph)
        : m_file(file)
        , m_graph(graph)
    {
    }

    QList<LintFinding> run()
    {
        for (int index : m_graph.globalArgs)
            lintSecrets(at(index));
        for (const BuildStage &stage : m_graph.stages)
            lintStage(stage);
        lintTargetImage();
        for (const Instruction &ins : m_file.instructions) {
            if (ins.kind == InstructionKind::Maintainer)
                add(QStringLiteral("DP013"), ins, Tr::tr("MAINTAINER %1: use LABEL org.opencontainers.image.authors instead").arg(ins.arguments));
        }
        std::stable_sort(m_findings.begin(), m_findings.end(), [](const LintFinding &a, const LintFinding &b) {
            return a.line != b.line ? a.line < b.line : a.rule < b.rule;
        });
        return m_findings;
    }

private:
    void add(const QString &id, const Instruction &ins, const QString &message, std::optional<LintSeverity> severity = {})
    {
        if (ignoredRules(ins).contains(id))
            return;
        const LintRule *rule = dockerfileLintRule(id);
        m_findings.append({id, severity.value_or(rule->severity), ins.firstLine, ins.lastLine, ins.column, message, rule->why});
    }

    const Instruction &at(int index) const { return m_file.instructions.at(index); }

    void lintStage(const BuildStage &stage)
    {
        const Instruction &from = at(stage.fromInstruction);
        lintBaseImage(stage, from);
        int lastCmd = -1, lastEntrypoint = -1;
        int wholeContextCopy = -1;
        QStringList installsBeforeCopy;
        for (int index : stage.instructions) {
            const Instruction &ins = at(index);
            switch (ins.kind) {
            case InstructionKind::Run: {
                const RunFacts facts = factsOf(ins);
                if (facts.aptUpdate && !facts.aptInstall)
                    add(QStringLiteral("DP001"), ins, Tr::tr("apt-get update without an install in the same RUN: combine them, e.g. "
                                                         "`apt-get update && apt-get install -y …`"));
                if (stage.inTargetImage && facts.aptInstall && !facts.noRecommends)
                    add(QStringLiteral("DP002"), ins, Tr::tr("apt-get install without --no-install-recommends"));
                if (stage.inTargetImage && (facts.aptInstall || facts.aptUpdate) && !facts.listsRemoved)
                    add(QStringLiteral("DP003"), ins, Tr::tr("the apt package lists stay in this layer: end the RUN with `rm -rf /var/lib/apt/lists/*`"));
                if (stage.inTargetImage && facts.apkAdd && !facts.apkNoCache)
                    add(QStringLiteral("DP016"), ins, Tr::tr("apk add without --no-cache"));
                if (facts.sudo)
                    add(QStringLiteral("DP011"), ins, Tr::tr("sudo in RUN: set USER root for the steps that need it instead"));
                if (facts.cdFirst)
                    add(QStringLiteral("DP012"), ins, Tr::tr("RUN starts with cd: use WORKDIR"));
                lintPipeToShell(ins);
                if (!facts.dependencyInstall.isEmpty()) {
                    if (wholeContextCopy >= 0 && !installsBeforeCopy.contains(facts.dependencyInstall.section(QLatin1Char(' '), 0, 0)))
                        add(QStringLiteral("DP008"), at(wholeContextCopy),
                            Tr::tr("the whole context is copied before `%1` on line %2: copy only the dependency manifest first")
                                .arg(facts.dependencyInstall)
                                .arg(ins.firstLine));
                    if (wholeContextCopy < 0)
                        installsBeforeCopy.append(facts.dependencyInstall.section(QLatin1Char(' '), 0, 0));
                }
                break;
            }
            case InstructionKind::Copy:
            case InstructionKind::Add:
                if (!ins.hasFlag(QStringLiteral("from")) && wholeContextCopy < 0) {
                    const QStringList sources = ins.sources();
                    if (sources.contains(QStringLiteral(".")) || sources.contains(QStringLiteral("./")))
                        wholeContextCopy = index;
                }
                if (ins.kind == InstructionKind::Add)
                    lintAdd(ins);
                break;
            case InstructionKind::Env:
            case InstructionKind::Arg:
                lintSecrets(ins);
                if (ins.kind == InstructionKind::Env && stage.inTargetImage) {
                    for (const KeyValue &kv : ins.pairs) {
                        if (kv.key == QLatin1String("DEBIAN_FRONTEND"))
                            add(QStringLiteral("DP017"), ins, Tr::tr("ENV DEBIAN_FRONTEND stays set in the container: use ARG DEBIAN_FRONTEND=noninteractive"));
                    }
                }
                break;
            case InstructionKind::Cmd:
                if (lastCmd >= 0)
                    add(QStringLiteral("DP015"), at(lastCmd), Tr::tr("this CMD is overridden by the one on line %1").arg(ins.firstLine));
                lastCmd = index;
                break;
            case InstructionKind::Entrypoint:
                if (lastEntrypoint >= 0)
                    add(QStringLiteral("DP015"), at(lastEntrypoint), Tr::tr("this ENTRYPOINT is overridden by the one on line %1").arg(ins.firstLine));
                lastEntrypoint = index;
                break;
            default:
                break;
            }
        }
    }

    void lintBaseImage(const BuildStage &stage, const Instruction &from)
    {
        const bool fromStage = std::any_of(stage.dependencies.cbegin(), stage.dependencies.cend(),
                                           [](const StageDependency &d) { return d.kind == StageDependency::Kind::Base; });
        if (fromStage || stage.isScratch() || !stage.baseResolved || stage.resolvedBase.contains(QLatin1Char('@')))
            return;
        const QString image = stage.resolvedBase;
        const QString lastPart = image.mid(image.lastIndexOf(QLatin1Char('/')) + 1);
        const qsizetype colon = lastPart.indexOf(QLatin1Char(':'));
        const QString via = image == stage.baseImage ? QString() : Tr::tr(" (%1 from the ARG default)").arg(stage.baseImage);
        if (colon < 0)
            add(QStringLiteral("DP004"), from, Tr::tr("%1 has no tag, which means latest%2: pin a version").arg(image, via));
        else if (lastPart.mid(colon + 1) == QLatin1String("latest"))
            add(QStringLiteral("DP004"), from, Tr::tr("%1 uses the latest tag%2: pin a version").arg(image, via));
    }

    void lintPipeToShell(const Instruction &ins)
    {
        static const QRegularExpression pipe(QStringLiteral("\\b(curl|wget)\\b[^|;&\\n]*\\|\\s*(sudo\\s+)?(\\S*/)?(ba|z|da|k)?sh\\b"));
        const QString script = ins.script();
        if (script.contains(QLatin1Char('|')) && (script.contains(QLatin1String("curl")) || script.contains(QLatin1String("wget")))
            && pipe.match(script).hasMatch())
            add(QStringLiteral("DP014"), ins, Tr::tr("a downloaded script is piped into a shell: download it, verify its checksum, then run it"));
    }

    void lintAdd(const Instruction &ins)
    {
        const QStringList sources = ins.sources();
        if (sources.isEmpty() || ins.hasFlag(QStringLiteral("checksum")) || ins.hasFlag(QStringLiteral("keep-git-dir")))
            return;
        for (const QString &source : sources) {
            if (isRemote(source) || isLocalArchive(source) || source.contains(QLatin1Char('$')))
                return;
        }
        add(QStringLiteral("DP005"), ins, Tr::tr("ADD of local files: use COPY"));
    }

    void lintSecrets(const Instruction &ins)
    {
        for (const KeyValue &kv : ins.pairs) {
            if (!isSecretName(kv.key))
                continue;
            if (ins.kind == InstructionKind::Env) {
                if (kv.value.isEmpty())
                    continue;
                add(QStringLiteral("DP006"), ins, Tr::tr("ENV %1 puts a secret into the image config").arg(kv.key));
            } else {
                add(QStringLiteral("DP006"), ins, Tr::tr("ARG %1 passes a secret as a build argument, recorded in the image history").arg(kv.key),
                    LintSeverity::Warning);
            }
        }
    }

    // The runtime config of the target image: what its stage and the stages it is built FROM set.
    void lintTargetImage()
    {
        if (m_graph.target < 0)
            return;
        QList<int> chain;
        for (int s = m_graph.target; s >= 0 && !chain.contains(s); s = m_graph.stages.at(s).baseStage)
            chain.prepend(s);
        const BuildStage &root = m_graph.stages.at(chain.constFirst());
        const QString base = root.resolvedBase.toLower();
        const bool windows = base.contains(QLatin1String("windows")) || base.contains(QLatin1String("nanoserver"))
            || base.contains(QLatin1String("servercore")) || m_file.escape == QLatin1Char('`');

        int user = -1, cmd = -1, entrypoint = -1, expose = -1, healthcheck = -1;
        bool dropsPrivileges = false;
        for (int s : std::as_const(chain)) {
            for (int index : m_graph.stages.at(s).instructions) {
                const Instruction &ins = at(index);
                switch (ins.kind) {
                case InstructionKind::User: user = index; break;
                case InstructionKind::Cmd: cmd = index; break;
                case InstructionKind::Entrypoint: entrypoint = index; break;
                case InstructionKind::Expose: expose = index; break;
                case InstructionKind::Healthcheck: healthcheck = index; break;
                case InstructionKind::Run: {
                    static const QRegularExpression dropper(QStringLiteral("\\b(gosu|su-exec|setpriv|chpst)\\b"));
                    dropsPrivileges = dropsPrivileges || dropper.match(ins.script()).hasMatch();
                    break;
                }
                default: break;
                }
            }
        }
        const Instruction &targetFrom = at(m_graph.stages.at(m_graph.target).fromInstruction);
        const bool runsSomething = cmd >= 0 || entrypoint >= 0 || expose >= 0;
        if (!windows) {
            if (user >= 0) {
                static const QRegularExpression rootUser(QStringLiteral("^(root|0)(:.*)?$"));
                if (rootUser.match(at(user).arguments.trimmed()).hasMatch())
                    add(QStringLiteral("DP007"), at(user), Tr::tr("the last USER is root, so the container runs as root: switch to an unprivileged user after the steps that need root"));
            } else if (runsSomething && !dropsPrivileges && !base.contains(QLatin1String("nonroot"))) {
                add(QStringLiteral("DP007"), targetFrom, Tr::tr("no USER instruction, so the container runs as root: add `USER <name or uid>`"));
            }
        }
        for (int index : {entrypoint, cmd}) {
            if (index < 0 || at(index).execForm || windows || at(index).arguments.isEmpty())
                continue;
            const Instruction &ins = at(index);
            static const QRegularExpression shellSyntax(QStringLiteral("[$&|;<>()`'\"*?]"));
            if (shellSyntax.match(ins.arguments).hasMatch()) {
                add(QStringLiteral("DP009"), ins, Tr::tr("%1 in shell form: use the JSON form, or a script that ends in `exec` so the process becomes PID 1")
                                                      .arg(instructionKeyword(ins.kind)));
            } else {
                const QStringList words = ins.arguments.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
                add(QStringLiteral("DP009"), ins, Tr::tr("%1 in shell form: write %1 [\"%2\"]")
                                                      .arg(instructionKeyword(ins.kind), words.join(QStringLiteral("\", \""))));
            }
        }
        if (expose >= 0 && healthcheck < 0)
            add(QStringLiteral("DP010"), at(expose), Tr::tr("EXPOSE %1 without a HEALTHCHECK in the image").arg(at(expose).arguments));
    }

    const ParsedDockerfile &m_file;
    const BuildGraph &m_graph;
    QList<LintFinding> m_findings;
};

} // namespace

QString lintSeverityName(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Error: return QStringLiteral("error");
    case LintSeverity::Warning: return QStringLiteral("warning");
    case LintSeverity::Info: return QStringLiteral("info");
    }
    return {};
}

const QList<LintRule> &dockerfileLintRules()
{
    static const QList<LintRule> rules = makeRules();
    return rules;
}

const LintRule *dockerfileLintRule(const QString &id)
{
    for (const LintRule &rule : dockerfileLintRules()) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

QList<LintFinding> lintDockerfile(const ParsedDockerfile &file, const BuildGraph &graph)
{
    return Linter(file, graph).run();
}

} // namespace DockPrep
