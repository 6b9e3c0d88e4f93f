#include "ui/challenges/highlightededitor.h"

#include "text/codehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QEvent>
#include <QFontDatabase>
#include <QTextBlock>

namespace DockPrep {

HighlightedEditor::HighlightedEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    m_highlighter->setTheme(themeForPalette(palette()));
}

void HighlightedEditor::setSyntax(const QString &definitionName)
{
    m_highlighter->setDefinition(syntaxRepository().definitionForName(definitionName));
}

void HighlightedEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByLineNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void HighlightedEditor::selectLines(int first, int last)
{
    const QTextBlock from = document()->findBlockByLineNumber(qMax(0, first - 1));
    QTextBlock to = document()->findBlockByLineNumber(qMax(first, last) - 1);
    if (!from.isValid())
        return;
    if (!to.isValid())
        to = document()->lastBlock();
    QTextCursor cursor(to);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.setPosition(from.position(), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int HighlightedEditor::cursorLine() const
{
    return textCursor().blockNumber() + 1;
}

void HighlightedEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // A light/dark switch while open repaints the code in the matching theme.
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setTheme(themeForPalette(palette()));
        m_highlighter->rehighlight();
    }
}

} // namespace DockPrep
