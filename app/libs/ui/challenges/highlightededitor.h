#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace DockPrep {

// A plain-text editor for Dockerfiles and compose files: KSyntaxHighlighting with the process's
// shared repository, a theme that follows the palette, a fixed-width font, and moving the cursor
// to a line (for "click a failed check, land on the line").
class HighlightedEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit HighlightedEditor(QWidget *parent = nullptr);

    // A KSyntaxHighlighting definition name: "Dockerfile", "YAML".
    void setSyntax(const QString &definitionName);
    // Puts the cursor at the start of 1-based `line`, scrolls it into view and focuses the editor.
    void goToLine(int line);
    // Selects 1-based lines first…last whole (for "click a finding, see its lines"), scrolled into view.
    void selectLines(int first, int last);
    int cursorLine() const;  // 1-based

protected:
    void changeEvent(QEvent *event) override;

private:
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace DockPrep
