#include "exporter.h"
#include "exporttext.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace DockPrep {

// The HTML export laid out on A4 pages at 300 dpi (QPdfWriter's default 1200 dpi loses text in
// long documents). The document gets no page size of its own: print() then lays it out on the
// writer's page in points, so 10 pt text is 10 pt on paper. A page size in device pixels would
// shrink every font to a third.
bool pdfExport(const ExportRequest &request, QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 16),
                                     QPageLayout::Millimeter));
    writer.setTitle(ExportText::documentTitle());
    writer.setCreator(QStringLiteral("DockPrep"));

    QTextDocument document;
    document.setHtml(htmlExport(request));
    document.print(&writer);
    return true;
}

} // namespace DockPrep
