#include "analyzers/dockerfile.h"

#include <QCoreApplication>

namespace DockPrep {

QString DockerfileDiagnostic::toString() const
{
    const QString kind = isError() ? QCoreApplication::translate("DockPrep::Dockerfile", "error")
                                   : QCoreApplication::translate("DockPrep::Dockerfile", "warning");
    return QString::number(line) + QLatin1Char(':') + QString::number(column) + QStringLiteral(": ") + kind
        + QStringLiteral(": ") + message + (rule.isEmpty() ? QString() : QStringLiteral(" [") + rule + QLatin1Char(']'));
}

QString instructionKeyword(InstructionKind kind)
{
    switch (kind) {
    case InstructionKind::From: return QStringLiteral("FROM");
    case InstructionKind::Run: return QStringLiteral("RUN");
    case InstructionKind::Cmd: return QStringLiteral("CMD");
    case InstructionKind::Label: return QStringLiteral("LABEL");
    case InstructionKind::Maintainer: return QStringLiteral("MAINTAINER");
    case InstructionKind::Expose: return QStringLiteral("EXPOSE");
    case InstructionKind::Env: return QStringLiteral("ENV");
    case InstructionKind::Add: return QStringLiteral("ADD");
    case InstructionKind::Copy: return QStringLiteral("COPY");
    case InstructionKind::Entrypoint: return QStringLiteral("ENTRYPOINT");
    case InstructionKind::Volume: return QStringLiteral("VOLUME");
    case InstructionKind::User: return QStringLiteral("USER");
    case InstructionKind::Workdir: return QStringLiteral("WORKDIR");
    case InstructionKind::Arg: return QStringLiteral("ARG");
    case InstructionKind::Onbuild: return QStringLiteral("ONBUILD");
    case InstructionKind::Stopsignal: return QStringLiteral("STOPSIGNAL");
    case InstructionKind::Healthcheck: return QStringLiteral("HEALTHCHECK");
    case InstructionKind::Shell: return QStringLiteral("SHELL");
    case InstructionKind::Unknown: break;
    }
    return QStringLiteral("UNKNOWN");
}

bool Instruction::hasFlag(const QString &name) const
{
    for (const InstructionFlag &flag : flags) {
        if (flag.name == name)
            return true;
    }
    return false;
}

QString Instruction::flagValue(const QString &name) const
{
    for (const InstructionFlag &flag : flags) {
        if (flag.name == name)
            return flag.value;
    }
    return {};
}

QStringList Instruction::flagValues(const QString &name) const
{
    QStringList values;
    for (const InstructionFlag &flag : flags) {
        if (flag.name == name)
            values.append(flag.value);
    }
    return values;
}

QString instructionSummary(const Instruction &instruction, int limit)
{
    QString text = instruction.keyword.toUpper();
    for (const InstructionFlag &flag : instruction.flags)
        text += QStringLiteral(" --") + flag.name + (flag.hasValue ? QLatin1Char('=') + flag.value : QString());
    if (!instruction.arguments.isEmpty())
        text += QLatin1Char(' ') + instruction.arguments.simplified();
    return text.size() > limit ? text.left(limit - 1) + QChar(0x2026) : text;
}

QString Instruction::script() const
{
    QString text = execForm ? words.join(QLatin1Char(' ')) : arguments;
    for (const Heredoc &heredoc : heredocs)
        text += QLatin1Char('\n') + heredoc.content;
    return text;
}

QStringList Instruction::sources() const
{
    return words.size() > 1 ? words.mid(0, words.size() - 1) : QStringList();
}

QString Instruction::destination() const
{
    return words.size() > 1 ? words.constLast() : QString();
}

bool ParsedDockerfile::hasErrors() const
{
    for (const DockerfileDiagnostic &d : diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}

} // namespace DockPrep
