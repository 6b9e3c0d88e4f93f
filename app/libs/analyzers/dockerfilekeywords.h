#pragma once

// Internal to the Dockerfile parser: the instruction keywords and the flags each one accepts.

#include "analyzers/dockerfile.h"

#include <QString>

namespace DockPrep::DockerfileParsing {

InstructionKind kindFor(QStringView keyword);
// "FROM" for "FORM": a keyword within two edits of the one written; empty when none is close.
QString suggestionFor(QStringView keyword);

// The flags each instruction accepts and how BuildKit's BFlags reads them (instructions/parse.go
// and the RUN hooks): a bool takes nothing or =true/=false, a string needs =value and may be
// given once, a list (--mount, --exclude, --device) may repeat. Anything else fails the build.
enum class FlagType { Bool, String, List };

struct FlagSpec {
    const char *name;
    FlagType type;
};

const FlagSpec *flagSpec(InstructionKind kind, QStringView name);

} // namespace DockPrep::DockerfileParsing
