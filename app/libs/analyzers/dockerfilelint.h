#pragma once

#include "analyzers/buildstages.h"

namespace DockPrep {

// Review rules for Dockerfiles, the ones a senior reviewer flags: each has a stable id (DP001…),
// a severity and one sentence on why it matters. Rules about image size and content (apt lists,
// recommends, apk cache, USER, CMD form, HEALTHCHECK) only look at stages whose filesystem or
// config ends up in the target image, so a builder stage is not blamed for what never ships.
// A comment `# dockprep ignore=DP003,DP004` right above an instruction silences those rules there.

enum class LintSeverity { Error, Warning, Info };
QString lintSeverityName(LintSeverity severity);  // "error", "warning", "info"

struct LintRule {
    QString id;       // "DP001"
    LintSeverity severity = LintSeverity::Warning;
    QString title;    // "apt-get update in its own RUN"
    QString why;      // one sentence
};

struct LintFinding {
    QString rule;
    LintSeverity severity = LintSeverity::Warning;
    int line = 0;       // the instruction's first line
    int lastLine = 0;   // its last line
    int column = 0;
    QString message;    // what is wrong here, specific to this instruction
    QString why;        // the rule's reason
};

// Every rule, in id order.
const QList<LintRule> &dockerfileLintRules();
const LintRule *dockerfileLintRule(const QString &id);

// Findings sorted by line, then rule id.
QList<LintFinding> lintDockerfile(const ParsedDockerfile &file, const BuildGraph &graph);

} // namespace DockPrep
