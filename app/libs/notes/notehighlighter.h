#pragma once

#include <QSyntaxHighlighter>

#include <KSyntaxHighlighting/Theme>

#include <memory>

namespace DockPrep {

// Colours the Markdown a note is written in, and nothing else: headings, emphasis, code spans,
// list and quote markers, links, and fenced code in the language its fence names (coloured by
// KSyntaxHighlighting's definition of that language, its state carried from line to line).
//
// KSyntaxHighlighting's own Markdown definition was used before. It reads MultiMarkdown
// metadata too, so a note whose first line is "Free note: …" had "Free note" coloured as a
// metadata key, and it loads every language it can embed on first use. Notes are CommonMark as
// the preview renders it (md4c), so only what that renders as Markdown is coloured here.
class NoteHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteHighlighter)

public:
    explicit NoteHighlighter(QTextDocument *document);
    ~NoteHighlighter() override;

    // Colours from the theme (light or dark, as the palette is); rehighlights the document.
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    const KSyntaxHighlighting::Theme &theme() const { return m_theme; }

protected:
    void highlightBlock(const QString &text) override;

private:
    class CodeLines;
    void highlightMarkdown(const QString &text);
    QTextCharFormat styleFormat(KSyntaxHighlighting::Theme::TextStyle style) const;

    KSyntaxHighlighting::Theme m_theme;
    std::unique_ptr<CodeLines> m_code;
};

} // namespace DockPrep
