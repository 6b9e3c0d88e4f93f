#pragma once

#include <QString>

namespace DockPrep {

class CodeHighlighter;

// The usual ways to call renderMarkdown() (markdownrenderer.h), which says what the HTML holds:
// raw HTML in the input is never passed through, it is shown as text, so a note containing
// <script> stays inert wherever the HTML goes; links lead only to the web or into the app.
QString markdownToHtml(const QString &markdown);

// The same, with every fenced code block that names a known language coloured by `highlighter`
// (the note's own Markdown stays the truth; this is for exports and previews).
QString markdownToHtml(const QString &markdown, const CodeHighlighter &highlighter);

// One line of Markdown (a heading, a title) without the paragraph around it.
QString inlineMarkdownToHtml(const QString &markdown);

// The words a reader sees, without the Markdown around them: what the search indexes, so its
// snippets read "a whiteout entry", not "a **whiteout** entry". Blocks end with a newline.
QString markdownToPlainText(const QString &markdown);

} // namespace DockPrep
