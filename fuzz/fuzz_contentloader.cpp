// Fuzzes one curriculum question file (front matter, sections, key points, fences): the format
// authors and `dockprep --content DIR` feed to ContentLoader::parseEntry.
#include "fuzzsupport.h"

#include "curriculum/contentloader.h"

#include <QByteArray>
#include <QSet>

using namespace DockPrep;

namespace {

// The real chapter ids and a few real diagram links, so inputs grown from content/ get past the
// front matter checks and into the body parser.
const QSet<QString> chapterIds = {
    QStringLiteral("fundamentals"), QStringLiteral("images-builds"), QStringLiteral("networking"),
    QStringLiteral("storage"),      QStringLiteral("security"),      QStringLiteral("orchestration"),
};
const QSet<QString> diagramLinks = {QStringLiteral("layers#writable-layer"), QStringLiteral("engine-chain#containerd")};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::inputBytes(data, size);
    QList<ContentError> errors;
    const Entry entry = ContentLoader::parseEntry(QStringLiteral("content/fundamentals/fuzz.md"), input, chapterIds,
                                                  diagramLinks, errors);
    // Whatever the input, a broken file is reported with a line inside the file (0 = whole file).
    const qsizetype lines = input.count('\n') + 1;
    for (const ContentError &error : std::as_const(errors)) {
        if (error.line < 0 || error.line > lines + 1)
            Fuzz::fail("error line outside the file", QString::number(error.line));
        if (error.message.isEmpty())
            Fuzz::fail("error without a message");
    }
    return 0;
}
