#pragma once

#include "analyzers/dockerfile.h"

#include <QList>
#include <QString>

namespace DockPrep {

// A RUN that writes what a BuildKit secret mount holds into a file of its layer: the secret then
// ships with the image although it came through `--mount=type=secret`.
struct SecretLeak {
    int instruction = -1;  // index into ParsedDockerfile::instructions
    int line = 0;          // the RUN's first line
    QString secret;        // the mount's id
    QString command;       // the command that writes it, as written
    QString file;          // where it goes (".npmrc", "/app/.npmrc"…)
};

// Every RUN of `file` with a secret mount is read as a shell script: a command that copies the
// secret's file (cp, mv, install, rsync, dd, a hard ln), redirects or tees output that carries it
// (its path, its `env=` variable, or a variable assigned from either) into a file, edits a file
// with it (sed -i) or stores it in a tool's config (npm/yarn/pnpm config set, git config…) leaks
// it, unless a later command of the same RUN removes that file or a folder holding it (it then
// never reaches a layer; a removal in a later RUN is too late). A symbolic link to the secret
// leaks nothing (it points at a mount that is gone after the RUN), but reading through it does:
// `cat link > f`, `cp link f` (cp follows a link named on its command line unless -P, -d, -a or
// -R), `install`; `mv`, `cp -P` and a hard `ln` move or copy the link only.
// A heuristic over the text, not a shell: quoting is not followed.
QList<SecretLeak> findSecretLeaks(const ParsedDockerfile &file);

} // namespace DockPrep
