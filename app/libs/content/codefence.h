#pragma once

#include <QString>

#include <optional>

namespace DockPrep {

// A line that opens or closes a fenced code block, as CommonMark has them: three or more
// backticks or tildes at the start of the line, then the info string (the language). A backtick
// fence's info holds no backtick. (CommonMark also lets a fence be indented by up to three
// spaces; the curriculum's fences start the line.)
struct CodeFence {
    QChar mark;            // '`' or '~'
    qsizetype length = 0;  // how many marks
    QString info;          // the text after the marks, trimmed

    // Whether `line`, read inside the block this fence opened, ends it: the same mark, at least
    // as many. A line of other marks or fewer is code (a ``` inside a ~~~ block).
    bool closedBy(const CodeFence &line) const { return line.mark == mark && line.length >= length; }
};

std::optional<CodeFence> codeFenceAt(const QString &line);

// A fence of backticks longer than any run of backticks in `code`, so that wrapping `code` in it
// gives back one fenced block (the code may hold ``` of its own, from a ~~~ block).
QString fenceAround(const QString &code);

} // namespace DockPrep
