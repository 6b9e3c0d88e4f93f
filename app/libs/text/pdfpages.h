#pragma once

#include <QString>
#include <QStringList>
#include <QTextDocument>

class QIODevice;
class QPdfWriter;

namespace DockPrep {

// HTML laid out on A4 pages by DockPrep itself rather than by QTextDocument::print(), which adds
// 2 cm of margin of its own to the writer's, stamps bare page numbers and cannot keep a heading
// with the text it introduces. Here the writer's margins are the only ones, every page gets a
// footer ("Title · 2 / 5"), a heading never ends a page, and the page count is the count of pages
// that have something on them.
class PdfPages
{
public:
    // Lays `html` out on `writer`'s pages (its page layout gives the paper and the margins).
    PdfPages(const QString &html, QPdfWriter *writer, const QString &footerTitle);

    int pageCount() const { return m_pages; }
    // Headings whose following text begins on a later page; empty once laid out (for tests).
    QStringList headingsEndingAPage() const;
    // The plain text of each page, as laid out (for tests).
    QStringList pageTexts() const;

    // Paints every page onto the writer; false when the writer cannot be painted on.
    bool print();

private:
    void keepHeadingsWithTheirText();
    int countPages() const;
    qreal firstLineTop(const QTextBlock &block) const;
    int pageAt(qreal y) const;

    QTextDocument m_document;
    QPdfWriter *m_writer;
    QString m_footerTitle;
    qreal m_pageHeight = 0;  // of the text, in device pixels: the writer's page less the footer
    qreal m_footerHeight = 0;
    int m_pages = 0;
};

// The usual case: A4 with the margins every DockPrep PDF has, `title` in the PDF's metadata and
// every footer. Returns the number of pages written, 0 when the device could not take them.
int writeHtmlPdf(const QString &html, const QString &title, QIODevice *device);

} // namespace DockPrep
