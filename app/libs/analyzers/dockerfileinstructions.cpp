#include "analyzers/dockerfileparsing.h"

#include "analyzers/buildkitvalues.h"
#include "analyzers/buildstages.h"
#include "analyzers/dockerfilekeywords.h"
#include "analyzers/dockerfilevariables.h"

#include <QCoreApplication>

namespace DockPrep::DockerfileParsing {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::DockerfileParser)
};

} // namespace

void Parser::parseInstruction(const LogicalLine &logical, qsizetype offset, Instruction &ins, bool triggered)
{
    const TriggerScope scope(m_inTrigger, triggered);
    const QString &text = logical.text();
    qsizetype p = offset;
    while (p < text.size() && isBlank(text.at(p)))
        ++p;
    const qsizetype keywordStart = p;
    while (p < text.size() && !isBlank(text.at(p)))
        ++p;
    const QStringView keyword = QStringView(text).mid(keywordStart, p - keywordStart);
    const LogicalLine::Position where = logical.at(keywordStart);
    ins.keyword = keyword.toString();
    ins.kind = kindFor(keyword);
    ins.firstLine = where.line;
    ins.column = where.column;
    if (ins.kind == InstructionKind::Unknown) {
        const QString suggestion = suggestionFor(keyword);
        error(where, suggestion.isEmpty() ? Tr::tr("unknown instruction: %1").arg(keyword.toString())
                                          : Tr::tr("unknown instruction: %1 (did you mean %2?)").arg(keyword.toString(), suggestion));
    }
    while (p < text.size() && isBlank(text.at(p)))
        ++p;
    p = extractFlags(logical, p, ins);
    qsizetype end = text.size();
    while (end > p && isBlank(text.at(end - 1)))
        --end;
    ins.arguments = text.mid(p, end - p);
    const qsizetype argsOffset = p;
    const LogicalLine::Position argsAt = logical.at(argsOffset);
    const QString name = instructionKeyword(ins.kind);

    checkFlags(ins, name);

    const bool needsArguments = ins.kind != InstructionKind::Unknown && ins.kind != InstructionKind::Cmd
        && ins.kind != InstructionKind::Entrypoint;
    if (needsArguments && ins.arguments.isEmpty()) {
        error(where, Tr::tr("%1 requires at least one argument").arg(name));
        return;
    }

    switch (ins.kind) {
    case InstructionKind::Run:
    case InstructionKind::Cmd:
    case InstructionKind::Entrypoint:
    case InstructionKind::Shell:
        parseCommand(ins, argsAt, name);
        break;
    case InstructionKind::Copy:
    case InstructionKind::Add:
    case InstructionKind::Volume: {
        QStringList list;
        const JsonResult json = parseJsonArray(ins.arguments, &list);
        if (json == JsonResult::StringArray) {
            ins.execForm = true;
            ins.words = list;
        } else {
            if (json == JsonResult::NotStrings)
                error(argsAt, Tr::tr("a JSON array in %1 must hold strings only").arg(name));
            const QList<Word> words = fields(text, argsOffset);
            ins.words = texts(words);
            if (ins.kind != InstructionKind::Volume) {
                for (const Word &word : words)
                    checkQuotes(logical, word.text, word.offset, name);
            }
        }
        if (ins.kind != InstructionKind::Volume && ins.words.size() < 2)
            error(where, Tr::tr("%1 requires a source and a destination, but only one argument was given").arg(name));
        break;
    }
    case InstructionKind::From:
        parseFrom(logical, argsOffset, ins, where);
        break;
    case InstructionKind::Expose:
        for (const Word &word : fields(text, argsOffset)) {
            ins.words.append(word.text);
            // Variables are expanded (and may split) when the stage is built.
            const QString problem = word.text.contains(QLatin1Char('$')) ? QString() : checkPortSpec(word.text);
            if (!problem.isEmpty()) {
                rejected(logical.at(word.offset), BuildKitRule::ExposePort, Tr::tr("EXPOSE %1: %2").arg(word.text, problem));
            } else if (!word.text.contains(QLatin1Char('$')) && word.text.contains(QLatin1Char(':'))) {
                // BuildKit's ExposeInvalidFormat check: it builds, but only the container port is exposed.
                warning(logical.at(word.offset),
                        Tr::tr("EXPOSE %1 names a host address or port, which EXPOSE ignores: only the container port is "
                               "exposed; publish with docker run -p or compose ports").arg(word.text));
            }
        }
        break;
    case InstructionKind::Stopsignal: {
        const QList<Word> words = fields(text, argsOffset);
        if (ins.arguments.contains(QLatin1Char('$')))
            break;
        if (words.size() > 1) {
            rejected(logical.at(words.at(1).offset), BuildKitRule::StopSignal,
                     Tr::tr("STOPSIGNAL takes one signal, e.g. STOPSIGNAL SIGTERM"));
        } else if (const QString problem = checkSignal(ins.arguments); !problem.isEmpty()) {
            rejected(argsAt, BuildKitRule::StopSignal, problem);
        }
        break;
    }
    case InstructionKind::Env:
    case InstructionKind::Label:
        parseKeyValues(logical, argsOffset, ins, name);
        break;
    case InstructionKind::Arg:
        for (const Word &word : splitWords(text, argsOffset, m_result.escape)) {
            const qsizetype eq = word.text.indexOf(QLatin1Char('='));
            KeyValue kv;
            kv.key = eq < 0 ? word.text : word.text.left(eq);
            kv.hasValue = eq >= 0;
            if (eq >= 0)
                kv.value = unquote(word.text.mid(eq + 1), m_result.escape);
            if (kv.key.isEmpty())
                error(logical.at(word.offset), Tr::tr("ARG needs a name before '='"));
            ins.pairs.append(kv);
        }
        break;
    case InstructionKind::Healthcheck:
        parseHealthcheck(ins, argsAt, where);
        break;
    case InstructionKind::Onbuild: {
        if (triggered) {
            error(where, Tr::tr("ONBUILD cannot wrap another ONBUILD"));
            return;
        }
        auto inner = std::make_shared<Instruction>();
        parseInstruction(logical, argsOffset, *inner, true);
        if (inner->kind == InstructionKind::From || inner->kind == InstructionKind::Maintainer)
            error(inner->firstLine, inner->column, Tr::tr("%1 isn't allowed as an ONBUILD trigger").arg(instructionKeyword(inner->kind)));
        inner->lastLine = std::max(inner->firstLine, logical.at(text.size()).line);
        ins.triggered = inner;
        break;
    }
    case InstructionKind::Maintainer:
    case InstructionKind::User:
    case InstructionKind::Workdir:
    case InstructionKind::Unknown:
        break;
    }
}

qsizetype Parser::extractFlags(const LogicalLine &logical, qsizetype p, Instruction &ins)
{
    const QString &text = logical.text();
    const qsizetype n = text.size();
    while (p + 1 < n && text.at(p) == QLatin1Char('-') && text.at(p + 1) == QLatin1Char('-')) {
        const qsizetype start = p;
        QString word;
        QChar quote;
        for (; p < n; ++p) {
            const QChar ch = text.at(p);
            if (quote.isNull()) {
                if (isBlank(ch))
                    break;
                if (ch == QLatin1Char('"') || ch == QLatin1Char('\'')) {
                    quote = ch;
                    continue;
                }
            } else if (ch == quote) {
                quote = QChar();
                continue;
            }
            if (ch == QLatin1Char('\\') && p + 1 < n)
                ++p;
            word += text.at(p);
        }
        while (p < n && isBlank(text.at(p)))
            ++p;
        if (word == QLatin1String("--"))
            break;
        const LogicalLine::Position at = logical.at(start);
        InstructionFlag flag;
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        flag.name = word.mid(2, eq < 0 ? -1 : eq - 2);
        flag.hasValue = eq >= 0;
        flag.value = eq >= 0 ? word.mid(eq + 1) : QString();
        flag.line = at.line;
        flag.column = at.column;
        ins.flags.append(flag);
    }
    return p;
}

void Parser::parseCommand(Instruction &ins, const LogicalLine::Position &argsAt, const QString &name)
{
    QStringList list;
    switch (parseJsonArray(ins.arguments, &list)) {
    case JsonResult::StringArray:
        ins.execForm = true;
        ins.words = list;
        return;
    case JsonResult::NotStrings:
        error(argsAt, Tr::tr("a JSON array in %1 must hold strings only").arg(name));
        return;
    case JsonResult::NotJson:
        break;
    }
    if (ins.kind == InstructionKind::Shell) {
        error(argsAt, Tr::tr("SHELL requires the arguments in JSON form, e.g. [\"/bin/bash\", \"-c\"]"));
        return;
    }
    // `[ -f x ] && …` is a shell test, not a broken array. Warn only when it looks like an array.
    const QString &args = ins.arguments;
    if (args.startsWith(QLatin1Char('[')) && args.endsWith(QLatin1Char(']'))
        && (args.size() < 2 || !isBlank(args.at(1)) || args.contains(QLatin1Char(',')))) {
        warning(argsAt, Tr::tr("%1 is not a valid JSON array, so it runs as a shell command through /bin/sh -c "
                           "(the exec form needs double quotes and commas)").arg(name));
    }
}

void Parser::parseFrom(const LogicalLine &logical, qsizetype argsOffset, Instruction &ins, const LogicalLine::Position &where)
{
    const QList<Word> words = fields(logical.text(), argsOffset);
    ins.words = texts(words);
    if (words.isEmpty())
        return;
    ins.fromImage = words.at(0).text;
    checkBaseImage(logical.at(words.at(0).offset), ins.fromImage);
    if (words.size() == 3 && words.at(1).text.compare(QLatin1String("as"), Qt::CaseInsensitive) == 0) {
        ins.stageName = words.at(2).text;
        static const auto validName = [](const QString &s) {
            if (s.isEmpty() || !s.at(0).isLetter() || s.at(0).unicode() > 127)
                return false;
            return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
                return c.unicode() < 128
                    && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'));
            });
        };
        if (!validName(ins.stageName) && !ins.stageName.contains(QLatin1Char('$')))
            error(logical.at(words.at(2).offset),
                  Tr::tr("invalid stage name '%1': it must start with a letter and hold only letters, digits, '-', '_' and '.'")
                      .arg(ins.stageName));
    } else if (words.size() != 1) {
        error(where, Tr::tr("FROM takes an image and optionally 'AS name', e.g. FROM golang:1.23 AS build"));
    }
}

void Parser::parseKeyValues(const LogicalLine &logical, qsizetype argsOffset, Instruction &ins, const QString &name)
{
    const QList<Word> words = splitWords(logical.text(), argsOffset, m_result.escape);
    if (words.isEmpty())
        return;
    if (!words.constFirst().text.contains(QLatin1Char('='))) {
        const QString &args = ins.arguments;
        qsizetype sep = 0;
        while (sep < args.size() && !isBlank(args.at(sep)))
            ++sep;
        const QString value = args.mid(sep).trimmed();
        if (value.isEmpty()) {
            error(logical.at(argsOffset), Tr::tr("%1 needs a value: %1 %2=value").arg(name, args.left(sep)));
            return;
        }
        checkQuotes(logical, QStringView(args).left(sep), argsOffset, name);
        checkQuotes(logical, value, argsOffset + args.indexOf(value, sep), name);
        ins.pairs.append({args.left(sep), unquote(value, m_result.escape), true});
        return;
    }
    for (const Word &word : words) {
        const qsizetype eq = word.text.indexOf(QLatin1Char('='));
        if (eq < 0) {
            error(logical.at(word.offset), Tr::tr("'%1' has no '=': write name=value (mixing the two %2 forms is not allowed)")
                                               .arg(word.text, name));
            continue;
        }
        if (eq == 0) {
            error(logical.at(word.offset), Tr::tr("%1 names can not be blank").arg(name));
            continue;
        }
        checkQuotes(logical, QStringView(word.text).left(eq), word.offset, name);
        checkQuotes(logical, QStringView(word.text).mid(eq + 1), word.offset + eq + 1, name);
        ins.pairs.append({unquote(word.text.left(eq), m_result.escape), unquote(word.text.mid(eq + 1), m_result.escape), true});
    }
}

void Parser::parseHealthcheck(Instruction &ins, const LogicalLine::Position &argsAt, const LogicalLine::Position &where)
{
    const QString args = ins.arguments;
    qsizetype sep = 0;
    while (sep < args.size() && !isBlank(args.at(sep)))
        ++sep;
    const QString type = args.left(sep).toUpper();
    const QString rest = args.mid(sep).trimmed();
    if (type == QLatin1String("NONE")) {
        ins.healthcheckNone = true;
        if (!rest.isEmpty())
            error(where, Tr::tr("HEALTHCHECK NONE takes no other arguments"));
        return;
    }
    if (type != QLatin1String("CMD")) {
        error(argsAt, Tr::tr("unknown HEALTHCHECK type '%1' (use CMD or NONE)").arg(args.left(sep)));
        return;
    }
    if (rest.isEmpty()) {
        error(where, Tr::tr("HEALTHCHECK CMD needs a command"));
        return;
    }
    ins.arguments = rest;
    QStringList list;
    const JsonResult json = parseJsonArray(rest, &list);
    if (json == JsonResult::StringArray) {
        ins.execForm = true;
        ins.words = list;
    } else if (json == JsonResult::NotStrings) {
        error(argsAt, Tr::tr("a JSON array in HEALTHCHECK must hold strings only"));
    }
}

} // namespace DockPrep::DockerfileParsing
