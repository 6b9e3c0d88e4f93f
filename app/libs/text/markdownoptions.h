#pragma once

#include <QStringView>

namespace DockPrep {

class CodeHighlighter;

// How renderMarkdown() writes its HTML. Each consumer states what it needs here instead of
// editing the HTML afterwards: the reader takes the defaults, a notes preview or an export adds a
// highlighter, an export nests a note's headings under its own, and an Anki field is one line.
struct MarkdownHtmlOptions {
    // Fenced code blocks that name a language the highlighter knows are coloured as they are
    // written; without a highlighter (or for an unknown language) code is escaped plain text.
    const CodeHighlighter *highlighter = nullptr;
    // Every heading this many levels deeper ("# Idea" under a level-3 heading becomes <h4>);
    // level 6 is the floor.
    int headingDepth = 0;
    // One line of Markdown (a title, a key point): top-level paragraphs without <p> around them
    // and no trailing line break.
    bool bareParagraphs = false;
    // For a format that holds a record per line (Anki's tab-separated cards): no line break or
    // tab is written. A line break inside a code block becomes <br>, anywhere else a space; a tab
    // becomes &#9;.
    bool singleLine = false;
};

// Notes are the user's text, possibly pasted from anywhere: a link or an image may only point at
// the web (http, https) or into the app (dockprep:). Any other target (javascript:, file:, data:,
// mailto:, a relative path) is dropped, so the text stays visible but leads nowhere.
bool isAllowedLinkTarget(QStringView target);

} // namespace DockPrep
