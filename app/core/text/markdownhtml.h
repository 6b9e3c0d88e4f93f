#pragma once

#include <QString>

namespace DockPrep {

// Markdown (GitHub dialect: tables, strikethrough, autolinks) to an HTML fragment via md4c.
// Raw HTML in the input is never passed through: it is shown as text, so a note containing
// <script> stays inert wherever the HTML goes.
QString markdownToHtml(const QString &markdown);

// One line of Markdown (a heading, a title) without the paragraph around it.
QString inlineMarkdownToHtml(const QString &markdown);

} // namespace DockPrep
