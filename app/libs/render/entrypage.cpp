#include "render/entrypage.h"

#include "text/codelanguage.h"
#include "diagrams/diagramcatalog.h"
#include "text/markdownhtml.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <KSyntaxHighlighting/Theme>

#include <algorithm>

namespace DockPrep {


namespace {
// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::EntryPage)
};

// Hidden parts still own their snippets' numbers, so Copy links stay stable as parts are revealed.
int codeBlockCount(const BlockList &blocks)
{
    return int(std::count_if(blocks.cbegin(), blocks.cend(),
                             [](const ContentBlock &block) { return block.kind == ContentBlock::Kind::Code; }));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t))
        .name();
}
} // namespace

EntryPage::EntryPage(const Curriculum &curriculum, const QPalette &palette, const DiagramCatalog *diagrams)
    : m_curriculum(curriculum)
    , m_diagrams(diagrams)
    , m_palette(palette)
    , m_highlighter(themeForPalette(palette))
{
}

QList<const ContentBlock *> EntryPage::snippets(const Entry &entry)
{
    QList<const ContentBlock *> result;
    auto collect = [&result](const BlockList &blocks) {
        for (const ContentBlock &block : blocks) {
            if (block.kind == ContentBlock::Kind::Code)
                result.append(&block);
        }
    };
    collect(entry.answer);
    for (const FollowUp &followUp : entry.followUps)
        collect(followUp.answer);
    collect(entry.whatChanged);
    return result;
}

QString EntryPage::blocksHtml(const BlockList &blocks, int &snippetIndex) const
{
    const KSyntaxHighlighting::Theme &theme = m_highlighter.theme();
    const QString codeBackground =
        QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).name();
    const QString codeText = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)).name();
    const QString border = m_palette.color(QPalette::Mid).name();
    QString html;
    for (const ContentBlock &block : blocks) {
        if (block.kind == ContentBlock::Kind::Prose) {
            html += markdownToHtml(block.text);
            continue;
        }
        const int index = snippetIndex++;
        html += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" style=\"margin-top:4px;margin-bottom:8px;"
                    "border:1px solid %1;\" bgcolor=\"%2\"><tr><td style=\"color:%3;\">"
                    "<span style=\"font-size:small;\">%4</span> &nbsp; <a href=\"%5\" style=\"font-size:small;"
                    "text-decoration:none;\">%6</a>"
                    "<pre style=\"color:%3;\">%7</pre></td></tr></table>")
                    .arg(border, codeBackground, codeText, block.language.toHtmlEscaped(),
                         PageLink::copy(index).toString(), Tr::tr("Copy"),
                         m_highlighter.toHtml(block.text, syntaxDefinitionName(block.language)));
    }
    return html;
}

// A disclosure row, not a bright underlined link: a quiet box in the text's own colour, the way
// a documentation site folds a detail away. The whole label is the link.
QString EntryPage::revealLink(const QString &part, const QString &label) const
{
    const QColor base = m_palette.color(QPalette::Base);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" style=\"margin-top:2px;margin-bottom:10px;"
                          "border:1px solid %1;\" bgcolor=\"%2\"><tr><td><p style=\"line-height:100%;margin:0;\">"
                          "<a href=\"%3\" style=\"color:%4;text-decoration:none;\">▸&nbsp;&nbsp;%5</a></p></td></tr></table>")
        .arg(blend(base, m_palette.color(QPalette::Text), 0.22), blend(base, m_palette.color(QPalette::Text), 0.04),
             PageLink::reveal(part).toString(), m_palette.color(QPalette::Text).name(), label.toHtmlEscaped());
}

// Each part's heading carries a named anchor, so the reader can bring a revealed part into view.
QString EntryPage::partHeading(const QString &part, const QString &title)
{
    return QStringLiteral("<h2 style=\"margin-top:22px;margin-bottom:8px;\"><a name=\"part-%1\"></a>%2</h2>").arg(part, title);
}

QString EntryPage::html(const Entry &entry, const RevealState &reveal) const
{
    const bool dark = isDark(m_palette);
    const QColor base = m_palette.color(QPalette::Base);
    const QString muted = blend(m_palette.color(QPalette::Text), base, 0.4);
    const QString callout = blend(base, dark ? QColor(0xd0, 0x9a, 0x20) : QColor(0xf0, 0xc0, 0x40), dark ? 0.25 : 0.25);
    const QString keyPointsBg = blend(base, m_palette.color(QPalette::Highlight), 0.12);
    int snippetIndex = 0;

    const Chapter *chapter = m_curriculum.chapter(entry.chapterId);
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p style=\"color:%1;\">%2 &nbsp;·&nbsp; <b>%3</b></p>")
                .arg(muted, (chapter ? chapter->title : entry.chapterId).toHtmlEscaped(),
                     levelDisplayName(entry.level).toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>").arg(entry.title.toHtmlEscaped());
    html += QStringLiteral("<div style=\"font-size:large;\">%1</div>").arg(markdownToHtml(entry.question));

    html += partHeading(QStringLiteral("answer"), Tr::tr("Answer"));
    if (reveal.showsAnswer()) {
        html += blocksHtml(entry.answer, snippetIndex);
    } else {
        html += revealLink(QStringLiteral("answer"), Tr::tr("Show the answer"));
        snippetIndex += codeBlockCount(entry.answer);
    }

    html += partHeading(QStringLiteral("key-points"), Tr::tr("Key points"));
    if (reveal.showsKeyPoints()) {
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" bgcolor=\"%1\"><tr><td><ul>").arg(keyPointsBg);
        for (const KeyPoint &point : entry.keyPoints)
            html += QStringLiteral("<li>%1</li>").arg(point.text.toHtmlEscaped());
        html += QStringLiteral("</ul></td></tr></table>");
    } else {
        html += revealLink(QStringLiteral("key-points"), Tr::tr("Show the key points"));
    }

    html += QStringLiteral("<h2 style=\"margin-top:22px;margin-bottom:8px;\">%1</h2>").arg(Tr::tr("Follow-ups"));
    for (int i = 0; i < entry.followUps.size(); ++i) {
        const FollowUp &followUp = entry.followUps.at(i);
        // A follow-up is a question inside the section, so it reads at body size, only bolder.
        html += QStringLiteral("<p style=\"margin-top:14px;margin-bottom:6px;\"><a name=\"part-followup-%1\"></a><b>%2</b></p>")
                    .arg(i)
                    .arg(inlineMarkdownToHtml(followUp.question));
        if (reveal.showsFollowUp(i)) {
            html += blocksHtml(followUp.answer, snippetIndex);
        } else {
            html += revealLink(QStringLiteral("followup-%1").arg(i), Tr::tr("Show this answer"));
            snippetIndex += codeBlockCount(followUp.answer);
        }
    }

    if (!entry.whatChanged.isEmpty() && reveal.showsAnswer()) {
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"10\" style=\"margin-top:12px;\" bgcolor=\"%1\"><tr><td>"
                               "<p><b>%2</b></p>%3</td></tr></table>")
                    .arg(callout, Tr::tr("What changed"), blocksHtml(entry.whatChanged, snippetIndex));
    }

    if (!entry.related.isEmpty() || !entry.diagrams.isEmpty()) {
        html += QStringLiteral("<h2 style=\"margin-top:22px;margin-bottom:8px;\"><a name=\"part-see-also\"></a>%1</h2><ul>")
                    .arg(Tr::tr("See also"));
        for (const QString &id : entry.related) {
            if (const Entry *other = m_curriculum.entry(id))
                html += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                            .arg(PageLink::entry(id).toString(), other->title.toHtmlEscaped());
        }
        for (const QString &link : entry.diagrams) {
            const QString title = m_diagrams ? m_diagrams->linkTitle(link) : QString();
            html += QStringLiteral("<li><a href=\"%1\">%2 %3</a></li>")
                        .arg(PageLink::diagram(link).toString(), Tr::tr("Diagram:"), (title.isEmpty() ? link : title).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p style=\"color:%1;\">%2 %3</p>").arg(muted, Tr::tr("Tags:"), entry.tags.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace DockPrep
