#pragma once

// Internal to the core: a second, event-level reading of a compose file for what yaml-cpp lets
// through but YAML, and so Compose (go-yaml), refuses.

#include <string>
#include <vector>

namespace DockPrep::ComposeYaml {

struct ScanProblem {
    enum class Kind {
        DuplicateKey,       // a mapping repeats a key; yaml-cpp keeps both, Compose refuses
        UnterminatedQuote,  // a quoted scalar never closes; yaml-cpp swallows the rest of the file
    };
    Kind kind;
    std::string key;    // the repeated key
    int line = 0;       // 1-based, where the problem is
    int column = 0;
    int firstLine = 0;  // DuplicateKey: where the key was first written
};

// Problems in document order. A file yaml-cpp cannot parse at all gives none: reading it
// reports that error.
std::vector<ScanProblem> scanForProblems(const std::string &text);

} // namespace DockPrep::ComposeYaml
