// Fuzzes a diagram's metadata (diagrams/<id>.yaml, read by DiagramMetadata::load, then checked
// against a real drawing by validateDiagram), and, with the first input byte odd, the drawing
// itself (diagrams/<id>.svg read by SvgOutline) checked against real metadata. Both are files a
// contributor edits; a broken one must give file:line errors, never a crash.
#include "fuzzsupport.h"

#include "diagrams/diagrammetadata.h"
#include "diagrams/diagramvalidator.h"
#include "diagrams/svgoutline.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace DockPrep;

namespace {

QString folder;
QByteArray realMetadata;
QByteArray realDrawing;

bool write(const QString &path, const char *data, qsizetype size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data, size) == size;
}

QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        Fuzz::fail("cannot read", path);
    return file.readAll();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    static QTemporaryDir dir;
    if (!dir.isValid())
        Fuzz::fail("no scratch folder");
    folder = dir.path();
    realMetadata = read(QStringLiteral(DOCKPREP_SOURCE_DIR "/diagrams/layers.yaml"));
    realDrawing = read(QStringLiteral(DOCKPREP_SOURCE_DIR "/diagrams/layers.svg"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const bool fuzzDrawing = size > 0 && (data[0] & 1);
    const char *rest = reinterpret_cast<const char *>(data) + (size > 0 ? 1 : 0);
    const qsizetype restSize = qsizetype(size > 0 ? size - 1 : 0);
    const QString yaml = QDir(folder).filePath(QStringLiteral("fuzz.yaml"));
    const QString svg = QDir(folder).filePath(QStringLiteral("fuzz.svg"));
    if (!write(yaml, fuzzDrawing ? realMetadata.constData() : rest, fuzzDrawing ? realMetadata.size() : restSize)
        || !write(svg, fuzzDrawing ? rest : realDrawing.constData(), fuzzDrawing ? restSize : realDrawing.size()))
        Fuzz::fail("cannot write the scratch files");

    QList<ContentError> errors;
    const DiagramMetadata metadata = DiagramMetadata::load(folder, QStringLiteral("fuzz"), errors);
    const QList<ContentError> problems = validateDiagram(metadata, {});
    for (const QList<ContentError> *list : {&std::as_const(errors), &problems}) {
        for (const ContentError &error : *list) {
            if (error.message.isEmpty() || error.line < 0)
                Fuzz::fail("an error without a message or with a negative line", error.toString());
        }
    }
    return 0;
}
