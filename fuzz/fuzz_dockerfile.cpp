// Fuzzes a Dockerfile the user pastes (the layer view, the challenges, `dockprep analyze`):
// parseDockerfile promises never to throw or give up, and every diagnostic to point into the
// text; the stage graph and the lint rules run on whatever was parsed.
#include "fuzzsupport.h"

#include "analyzers/buildstages.h"
#include "analyzers/dockerfilelint.h"
#include "analyzers/dockerfileparser.h"

using namespace DockPrep;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedDockerfile parsed = parseDockerfile(text);
    const qsizetype lines = text.count(u'\n') + 1;
    for (const DockerfileDiagnostic &diagnostic : parsed.diagnostics) {
        if (diagnostic.line < 0 || diagnostic.line > lines + 1 || diagnostic.column < 0)
            Fuzz::fail("diagnostic outside the text", diagnostic.toString());
    }
    for (const Instruction &instruction : parsed.instructions) {
        if (instruction.firstLine < 1 || instruction.lastLine < instruction.firstLine || instruction.lastLine > lines + 1)
            Fuzz::fail("instruction lines outside the text");
    }
    const BuildGraph graph = buildStageGraph(parsed);
    (void)lintDockerfile(parsed, graph);
    return 0;
}
