#pragma once

#include "analyzers/dockerfile.h"

namespace DockPrep {

// Reads a Dockerfile the way BuildKit's parser does (Dockerfile reference, "Format", "Parser
// directives", "Here-documents" and each instruction's section):
// - parser directives (`# syntax=`, `# escape=` with `\` or a backtick, `# check=`) only at the top,
//   before any instruction, comment or blank line; an unknown directive ends them;
// - a line ending in the escape character (trailing spaces and tabs allowed) continues; comment lines
//   and blank lines inside a continuation are skipped (the blank ones with a warning);
// - heredocs on RUN, COPY and ADD (`<<EOF`, `<<-EOF`, `<<"EOF"`, several on one line, `3<<EOF`);
// - exec (JSON array) and shell forms: an invalid JSON array on RUN/CMD/ENTRYPOINT runs as a shell
//   command, as in BuildKit, and gets a warning when it clearly meant to be JSON; SHELL must be JSON;
// - flags (`--mount`, `--from`, `--chown`, `--chmod`, `--link`, `--platform`…), ENV/LABEL in the
//   `k=v` and legacy `k v` forms, ARG with or without a default, FROM … AS name, ONBUILD, HEALTHCHECK.
// Never throws and never gives up: every problem becomes a diagnostic with line and column, and the
// instructions that could be read are returned. Linear in the size of the text. A text over
// InputLimit::dockerfileBytes is refused with one error and no instructions.
ParsedDockerfile parseDockerfile(const QString &text);

} // namespace DockPrep
