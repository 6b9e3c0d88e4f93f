#include "exchange/exporter.h"
#include "exchange/exporttext.h"

#include "text/pdfpages.h"

namespace DockPrep {

// The HTML export, in the variant QTextDocument draws well, on A4 pages.
int pdfExport(const ExportRequest &request, QIODevice *device)
{
    return writeHtmlPdf(printHtmlExport(request), ExportText::documentTitle(), device);
}

} // namespace DockPrep
