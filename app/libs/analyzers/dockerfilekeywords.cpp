#include "analyzers/dockerfilekeywords.h"

#include "text/editdistance.h"

#include <algorithm>

namespace DockPrep::DockerfileParsing {

namespace {

struct KeywordEntry {
    const char *name;
    InstructionKind kind;
};

constexpr KeywordEntry keywords[] = {
    {"from", InstructionKind::From}, {"run", InstructionKind::Run}, {"cmd", InstructionKind::Cmd},
    {"label", InstructionKind::Label}, {"maintainer", InstructionKind::Maintainer}, {"expose", InstructionKind::Expose},
    {"env", InstructionKind::Env}, {"add", InstructionKind::Add}, {"copy", InstructionKind::Copy},
    {"entrypoint", InstructionKind::Entrypoint}, {"volume", InstructionKind::Volume}, {"user", InstructionKind::User},
    {"workdir", InstructionKind::Workdir}, {"arg", InstructionKind::Arg}, {"onbuild", InstructionKind::Onbuild},
    {"stopsignal", InstructionKind::Stopsignal}, {"healthcheck", InstructionKind::Healthcheck},
    {"shell", InstructionKind::Shell},
};

} // namespace

InstructionKind kindFor(QStringView keyword)
{
    for (const KeywordEntry &entry : keywords) {
        if (keyword.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return InstructionKind::Unknown;
}

QString suggestionFor(QStringView keyword)
{
    if (keyword.size() > 12)
        return {};
    const QString lower = keyword.toString().toLower();
    for (const KeywordEntry &entry : keywords) {
        if (editDistance(lower, QLatin1String(entry.name)) <= 2 && lower.size() > 2)
            return QString::fromLatin1(entry.name).toUpper();
    }
    return {};
}

const FlagSpec *flagSpec(InstructionKind kind, QStringView name)
{
    using T = FlagType;
    static constexpr FlagSpec from[] = {{"platform", T::String}};
    static constexpr FlagSpec run[] = {{"mount", T::List}, {"network", T::String}, {"security", T::String}, {"device", T::List}};
    static constexpr FlagSpec copy[] = {{"from", T::String}, {"chown", T::String}, {"chmod", T::String},
                                        {"link", T::Bool},   {"parents", T::Bool}, {"exclude", T::List}};
    static constexpr FlagSpec add[] = {{"chown", T::String},   {"chmod", T::String}, {"link", T::Bool},    {"keep-git-dir", T::Bool},
                                       {"checksum", T::String}, {"exclude", T::List}, {"unpack", T::Bool}, {"parents", T::Bool}};
    static constexpr FlagSpec healthcheck[] = {{"interval", T::String},       {"timeout", T::String}, {"start-period", T::String},
                                               {"start-interval", T::String}, {"retries", T::String}};
    const auto find = [name](const auto &table) -> const FlagSpec * {
        for (const FlagSpec &spec : table) {
            if (name == QLatin1String(spec.name))
                return &spec;
        }
        return nullptr;
    };
    switch (kind) {
    case InstructionKind::From: return find(from);
    case InstructionKind::Run: return find(run);
    case InstructionKind::Copy: return find(copy);
    case InstructionKind::Add: return find(add);
    case InstructionKind::Healthcheck: return find(healthcheck);
    default: return nullptr;
    }
}

} // namespace DockPrep::DockerfileParsing
