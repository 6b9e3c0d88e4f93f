// Fuzzes diagrams/catalog.yaml as DiagramCatalog::load reads it (a file, so the input goes through
// one scratch file per process). A broken catalog must come back as an error, never a crash or an
// uncaught yaml-cpp exception.
#include "fuzzsupport.h"

#include "diagrams/diagramcatalog.h"

#include <QFile>
#include <QTemporaryDir>

using namespace DockPrep;

namespace {
QString scratchFile;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    static QTemporaryDir dir;
    if (!dir.isValid())
        Fuzz::fail("no scratch folder");
    scratchFile = dir.filePath(QStringLiteral("catalog.yaml"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QFile file(scratchFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        Fuzz::fail("cannot write the scratch file");
    file.close();

    ContentError error;
    const DiagramCatalog catalog = DiagramCatalog::load(scratchFile, &error);
    if (!error.message.isEmpty() && !catalog.diagrams().isEmpty())
        Fuzz::fail("a failed load returned diagrams");
    for (const DiagramMetadata &diagram : catalog.diagrams()) {
        if (diagram.id.isEmpty())
            Fuzz::fail("a diagram without an id was accepted");
    }
    (void)catalog.links();
    return 0;
}
