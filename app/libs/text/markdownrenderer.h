#pragma once

#include "text/markdownoptions.h"

#include <QString>

namespace DockPrep {

// Markdown (GitHub dialect: tables, strikethrough, autolinks, task lists) to an HTML fragment,
// written from md4c's parser callbacks in one pass. What the callbacks write is final: text is
// escaped as it arrives, raw HTML in the input is shown as text (so a note's <script> stays inert
// wherever the HTML goes), links and images keep only targets isAllowedLinkTarget() accepts, and
// code blocks are highlighted as they close. The tags are the ones md4c's own HTML renderer
// writes, so exports and stylesheets made for it keep working.
QString renderMarkdown(const QString &markdown, const MarkdownHtmlOptions &options = {});

// Code HTML from CodeHighlighter made fit for MarkdownHtmlOptions::singleLine: line breaks
// become <br> and tabs &#9; (the highlighter escapes every character, so these are text).
QString singleLineCode(QString codeHtml);

} // namespace DockPrep
