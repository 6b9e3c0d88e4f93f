#include "text/pdfpages.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

#include <cmath>

namespace DockPrep {

namespace {

constexpr qreal footerPointSize = 8;
constexpr qreal bodyPointSize = 10;

QFont footerFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(footerPointSize);
    return font;
}

// A block with nothing to show: the empty paragraphs QTextDocument leaves around tables.
bool isBlank(const QTextBlock &block)
{
    return block.text().trimmed().isEmpty();
}

QTextBlock nextShown(QTextBlock block)
{
    for (block = block.next(); block.isValid(); block = block.next()) {
        if (!isBlank(block))
            return block;
    }
    return {};
}

QTextBlock previousShown(QTextBlock block)
{
    for (block = block.previous(); block.isValid(); block = block.previous()) {
        if (!isBlank(block))
            return block;
    }
    return {};
}

} // namespace

PdfPages::PdfPages(const QString &html, QPdfWriter *writer, const QString &footerTitle)
    : m_writer(writer)
    , m_footerTitle(footerTitle)
{
    // Laid out on the writer itself, so a point is a point on paper (laid out on the screen and
    // scaled, 10 pt came out a third of its size).
    m_document.documentLayout()->setPaintDevice(writer);
    QFont font = m_document.defaultFont();
    font.setPointSizeF(bodyPointSize);
    m_document.setDefaultFont(font);
    m_document.setDocumentMargin(0);  // the writer's page margins are the only ones
    const QFontMetricsF footer(footerFont(font), writer);
    m_footerHeight = footer.height() * 2.5;  // a line of footer and a line and a half of air above it
    m_pageHeight = writer->height() - m_footerHeight;
    m_document.setPageSize(QSizeF(writer->width(), m_pageHeight));
    m_document.setHtml(html);
    keepHeadingsWithTheirText();
    m_pages = countPages();
}

// blockBoundingRect() puts the block's layout where it sits in the document (table cells
// included); a line pushed onto the next page sits lower inside that layout.
qreal PdfPages::firstLineTop(const QTextBlock &block) const
{
    const QRectF rect = m_document.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return rect.top();
    return rect.top() + layout->lineAt(0).y();
}

int PdfPages::pageAt(qreal y) const
{
    return int(std::floor(y / m_pageHeight));
}

QStringList PdfPages::headingsEndingAPage() const
{
    QStringList alone;
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const QTextBlock next = nextShown(block);
        if (next.isValid() && pageAt(firstLineTop(next)) > pageAt(firstLineTop(block)))
            alone.append(block.text());
    }
    return alone;
}

// QTextDocument knows "break before" and "break after" but not "keep with next": a heading that
// would end a page gets a break before it (before the first of a run of headings, such as a
// chapter's right above its first question's, so they move together). A break moves only what
// follows it, and no heading above the run has the run as its text, so one pass from the top,
// going on from the moved run, settles every heading.
void PdfPages::keepHeadingsWithTheirText()
{
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const QTextBlock next = nextShown(block);
        if (!next.isValid() || pageAt(firstLineTop(next)) <= pageAt(firstLineTop(block)))
            continue;
        QTextBlock first = block;
        for (QTextBlock before = previousShown(block); before.isValid() && before.blockFormat().headingLevel() > 0;
             before = previousShown(before))
            first = before;
        QTextBlockFormat format = first.blockFormat();
        const qreal top = firstLineTop(first);
        // A run of headings already at the top of its page cannot do better.
        if ((format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) || top - pageAt(top) * m_pageHeight < 1)
            continue;
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).setBlockFormat(format);
        block = first;  // the run starts a page now; look at it again from there
    }
}

// QTextDocument::pageCount() counts the bottom margin of the last paragraph too, which can start
// a page with nothing on it; the pages here end with the last line that shows something.
int PdfPages::countPages() const
{
    qreal bottom = 0;
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        if (isBlank(block))
            continue;
        const QTextLayout *layout = block.layout();
        const qreal top = firstLineTop(block);
        const QTextLine last = layout && layout->lineCount() > 0 ? layout->lineAt(layout->lineCount() - 1) : QTextLine();
        const qreal lastBottom = last.isValid() ? top - layout->lineAt(0).y() + last.y() + last.height() : top;
        bottom = std::max(bottom, lastBottom);
    }
    return std::max(1, int(std::ceil(bottom / m_pageHeight)));
}

QStringList PdfPages::pageTexts() const
{
    QStringList pages(m_pages);
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        const int page = pageAt(firstLineTop(block));
        if (!isBlank(block) && page >= 0 && page < m_pages)
            pages[page] += block.text() + QLatin1Char('\n');
    }
    return pages;
}

bool PdfPages::print()
{
    QPainter painter;
    if (!painter.begin(m_writer))
        return false;
    QAbstractTextDocumentLayout *layout = m_document.documentLayout();
    const qreal width = m_writer->width();
    const QFont footer = footerFont(m_document.defaultFont());
    for (int page = 0; page < m_pages; ++page) {
        if (page > 0 && !m_writer->newPage())
            return false;
        painter.save();
        const QRectF view(0, page * m_pageHeight, width, m_pageHeight);
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.restore();

        painter.setFont(footer);
        painter.setPen(QColor(0x5b, 0x64, 0x75));
        const QRectF footerBox(0, m_pageHeight, width, m_footerHeight);
        painter.drawText(footerBox, Qt::AlignLeft | Qt::AlignBottom, m_footerTitle);
        painter.drawText(footerBox, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("%1 / %2").arg(page + 1).arg(m_pages));
    }
    return painter.end();
}

int writeHtmlPdf(const QString &html, const QString &title, QIODevice *device)
{
    // Millimetres; the footer sits inside the bottom margin's share of the page, so the text ends
    // about as far from the bottom edge as it starts from the top.
    const QMarginsF marginsMm(18, 16, 18, 10);
    QPdfWriter writer(device);
    // 300 dpi: at QPdfWriter's default 1200 long documents lose text.
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, marginsMm, QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("DockPrep"));
    PdfPages pages(html, &writer, title);
    return pages.print() ? pages.pageCount() : 0;
}

} // namespace DockPrep
