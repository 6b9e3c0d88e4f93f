#pragma once

#include <QString>

namespace DockPrep {

// A note is written on its own, so its top heading is "#"; in an export it sits under the
// export's own headings (document > chapter > question). These push every heading in a note
// `depth` levels down, so "# Idea" under a question's level-3 heading becomes level 4. Level 6 is
// the floor (neither Markdown nor HTML has a seventh). HTML exports get the same from the
// renderer (MarkdownHtmlOptions::headingDepth).

// In Markdown: ATX headings ("# x") gain '#'s; a one-line setext heading ("x" over "===") is
// rewritten as ATX. Fenced code is left alone.
QString markdownHeadingsBelow(const QString &markdown, int depth);

} // namespace DockPrep
