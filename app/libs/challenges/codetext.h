#pragma once

#include "analyzers/dockerfile.h"

#include <QString>

namespace DockPrep {

// What a `pattern` check reads: the file with every comment blanked out and every line break kept,
// so a regex cannot be satisfied (or tripped) by a comment and a match still reports its own line.

// Keeps the lines of `file`'s instructions and blanks the comment lines inside a continuation,
// which BuildKit drops, and the shell comments of RUN heredoc scripts (a `#!` line is kept); COPY
// and ADD heredocs are file contents and stay whole. Comment lines between instructions, parser
// directives and blank lines become empty.
QString dockerfileCode(const QString &text, const ParsedDockerfile &file);

// Blanks YAML comments: a `#` that starts a line or follows a space or tab, outside quoted scalars
// (which may run over several lines) and outside block scalars (`|`, `>`), whose lines are content.
QString composeCode(const QString &text);

} // namespace DockPrep
