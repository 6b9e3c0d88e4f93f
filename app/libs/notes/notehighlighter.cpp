#include "notes/notehighlighter.h"

#include "text/codelanguage.h"
#include "text/codehighlighter.h"

#include <QRegularExpression>
#include <QTextBlockUserData>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <functional>

namespace DockPrep {

namespace {

using Style = KSyntaxHighlighting::Theme::TextStyle;

// What a line inside a fenced block hands to the next: the fence to close and the state of the
// language's highlighter at the end of the line.
struct FenceData : QTextBlockUserData {
    QChar fenceCharacter;
    qsizetype fenceLength = 0;
    QString definitionName;  // empty: a language without a definition, shown as plain text
    KSyntaxHighlighting::State state;
};

// Block states: -1 and 0 are Markdown; a positive state is a line inside a fence (the opening
// one included). It differs whenever the code's state does, so QSyntaxHighlighter goes on to
// the next line exactly when that line's colours may change.
int fenceBlockState(const FenceData &data)
{
    return 1 + int(qHash(data.state, qHash(data.definitionName)) & 0x3fffffff);
}

// An opening fence: up to three spaces, three or more ` or ~, then the info string (no ` in
// it for a backtick fence), as CommonMark has it.
const QRegularExpression &openingFence()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}(`{3,}(?=[^`]*$)|~{3,})\\s*([^\\s`]*)"));
    return re;
}

} // namespace

// Highlights the lines of one fenced block with its language's definition, line by line.
class NoteHighlighter::CodeLines final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    std::function<void(int, int, const QTextCharFormat &)> setFormat;

    KSyntaxHighlighting::State highlight(const QString &definitionName, const QString &line, const KSyntaxHighlighting::State &state)
    {
        if (definition().name() != definitionName)
            setDefinition(syntaxRepository().definitionForName(definitionName));
        return highlightLine(line, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const KSyntaxHighlighting::Theme &t = theme();
        if (format.isDefaultTextStyle(t))
            return;
        QTextCharFormat charFormat;
        if (format.hasTextColor(t))
            charFormat.setForeground(format.textColor(t));
        if (format.hasBackgroundColor(t))
            charFormat.setBackground(format.backgroundColor(t));
        if (format.isBold(t))
            charFormat.setFontWeight(QFont::Bold);
        charFormat.setFontItalic(format.isItalic(t));
        charFormat.setFontUnderline(format.isUnderline(t));
        setFormat(offset, length, charFormat);
    }
};

NoteHighlighter::NoteHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_code(std::make_unique<CodeLines>())
{
    m_code->setFormat = [this](int offset, int length, const QTextCharFormat &format) { setFormat(offset, length, format); };
}

NoteHighlighter::~NoteHighlighter() = default;

void NoteHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    m_code->setTheme(theme);
    rehighlight();
}

QTextCharFormat NoteHighlighter::styleFormat(Style style) const
{
    QTextCharFormat format;
    if (!m_theme.isValid())
        return format;
    format.setForeground(QColor(m_theme.textColor(style)));
    if (m_theme.isBold(style))
        format.setFontWeight(QFont::Bold);
    if (m_theme.isItalic(style))
        format.setFontItalic(true);
    return format;
}

void NoteHighlighter::highlightBlock(const QString &text)
{
    const auto *open = previousBlockState() > 0 ? dynamic_cast<const FenceData *>(currentBlock().previous().userData()) : nullptr;
    if (open) {
        // A closing fence: up to three spaces, the opening character at least as many times.
        qsizetype indent = 0;
        while (indent < text.size() && text.at(indent) == u' ')
            ++indent;
        const QString rest = text.mid(indent).trimmed();
        const bool closes = indent <= 3 && rest.size() >= open->fenceLength && rest.count(open->fenceCharacter) == rest.size();
        if (closes) {
            setFormat(0, int(text.size()), styleFormat(Style::Comment));
            setCurrentBlockUserData(nullptr);
            setCurrentBlockState(0);
            return;
        }
        auto *data = new FenceData(*open);
        // Without a theme (before the panel's first paint) the code waits for setTheme()'s rehighlight.
        if (!data->definitionName.isEmpty() && m_theme.isValid())
            data->state = m_code->highlight(data->definitionName, text, open->state);
        setCurrentBlockState(fenceBlockState(*data));
        setCurrentBlockUserData(data);
        return;
    }

    const QRegularExpressionMatch fence = openingFence().match(text);
    if (fence.hasMatch()) {
        auto *data = new FenceData;
        data->fenceCharacter = fence.captured(1).front();
        data->fenceLength = fence.capturedLength(1);
        data->definitionName = syntaxDefinitionName(canonicalCodeLanguage(fence.captured(2)));
        setFormat(0, int(text.size()), styleFormat(Style::Comment));
        setCurrentBlockState(fenceBlockState(*data));
        setCurrentBlockUserData(data);
        return;
    }
    setCurrentBlockUserData(nullptr);
    setCurrentBlockState(0);
    highlightMarkdown(text);
}

void NoteHighlighter::highlightMarkdown(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(\\s.*)?$"));
    static const QRegularExpression marker(QStringLiteral("^ *(>\\s*)*([-+*]|\\d{1,9}[.)])(?=\\s)|^ {0,3}(>\\s*)+"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![*\\w])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![*\\w])"
                                                            "|(?<![_\\w])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![_\\w])"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([^)\\s]*)\\)|<https?://[^>\\s]+>|\\bhttps?://\\S+"));
    static const QRegularExpression codeSpan(QStringLiteral("(`+)(?!`)(.+?)(?<!`)\\1(?!`)"));

    if (heading.match(text).hasMatch()) {
        QTextCharFormat format = styleFormat(Style::Keyword);
        format.setFontWeight(QFont::Bold);
        setFormat(0, int(text.size()), format);
        return;
    }
    if (const QRegularExpressionMatch m = marker.match(text); m.hasMatch())
        setFormat(0, int(m.capturedEnd()), styleFormat(Style::SpecialChar));
    // Later rules win where they overlap: nothing inside a code span is emphasis or a link.
    const auto apply = [this, &text](const QRegularExpression &re, const std::function<QTextCharFormat()> &format) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format());
        }
    };
    apply(strong, [] {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        return format;
    });
    apply(emphasis, [] {
        QTextCharFormat format;
        format.setFontItalic(true);
        return format;
    });
    apply(link, [this] {
        QTextCharFormat format = styleFormat(Style::Function);
        format.setFontUnderline(true);
        return format;
    });
    apply(codeSpan, [this] { return styleFormat(Style::VerbatimString); });
}

} // namespace DockPrep
