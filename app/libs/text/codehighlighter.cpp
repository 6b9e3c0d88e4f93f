#include "text/codehighlighter.h"

#include <QColor>
#include <QPalette>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

namespace DockPrep {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette)
{
    return syntaxRepository().themeForPalette(palette);
}

namespace {

// Collects the formats of one line as HTML spans.
class HtmlSpanWriter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString highlight(const QString &code)
    {
        KSyntaxHighlighting::State state;
        const QStringList lines = code.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            m_line = lines.at(i);
            m_done = 0;
            state = highlightLine(m_line, state);
            if (m_done < m_line.size())  // text the definition left unformatted
                m_out += m_line.mid(m_done).toHtmlEscaped();
            if (i + 1 < lines.size())
                m_out += QLatin1Char('\n');
        }
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (offset > m_done)
            m_out += m_line.mid(m_done, offset - m_done).toHtmlEscaped();
        const QString text = m_line.mid(offset, length).toHtmlEscaped();
        const KSyntaxHighlighting::Theme &t = theme();
        QString style;
        if (format.hasTextColor(t))
            style += QStringLiteral("color:%1;").arg(format.textColor(t).name());
        if (format.hasBackgroundColor(t))
            style += QStringLiteral("background-color:%1;").arg(format.backgroundColor(t).name());
        if (format.isBold(t))
            style += QStringLiteral("font-weight:bold;");
        if (format.isItalic(t))
            style += QStringLiteral("font-style:italic;");
        if (format.isUnderline(t))
            style += QStringLiteral("text-decoration:underline;");
        m_out += style.isEmpty() ? text : QStringLiteral("<span style=\"%1\">%2</span>").arg(style, text);
        m_done = offset + length;
    }

private:
    QString m_out;
    QString m_line;
    int m_done = 0;
};

} // namespace

CodeHighlighter::CodeHighlighter(KSyntaxHighlighting::Theme theme)
    : m_theme(std::move(theme))
{
}

QString CodeHighlighter::toHtml(const QString &code, const QString &definitionName) const
{
    const KSyntaxHighlighting::Definition definition =
        definitionName.isEmpty() ? KSyntaxHighlighting::Definition() : syntaxRepository().definitionForName(definitionName);
    if (!definition.isValid())
        return code.toHtmlEscaped();
    HtmlSpanWriter writer;
    writer.setTheme(m_theme);
    writer.setDefinition(definition);
    return writer.highlight(code);
}

} // namespace DockPrep
