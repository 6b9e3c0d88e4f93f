#pragma once

#include <QString>

#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace DockPrep {

// The one KSyntaxHighlighting repository of the process (building one reads ~400 definitions).
KSyntaxHighlighting::Repository &syntaxRepository();

// The highlighting theme that suits a palette: a dark theme on a dark palette and vice versa.
KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette);

// Turns source code into an HTML fragment of <span style="…"> runs, one highlighter state per
// snippet (so two snippets never leak state into each other). Unknown or empty definition names
// give escaped plain text. Every character of the code is escaped.
class CodeHighlighter
{
public:
    explicit CodeHighlighter(KSyntaxHighlighting::Theme theme);

    QString toHtml(const QString &code, const QString &definitionName) const;
    const KSyntaxHighlighting::Theme &theme() const { return m_theme; }

private:
    KSyntaxHighlighting::Theme m_theme;
};

} // namespace DockPrep
