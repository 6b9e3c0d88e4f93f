// Fuzzes a Dockerfile the user pastes (the layer view, the challenges, `dockprep analyze`):
// parseDockerfile promises never to throw or give up, and every diagnostic to point into the
// text; the stage graph and the lint rules run on whatever was parsed.
#include "fuzzsupport.h"

#include "analyzers/buildstages.h"
#include "analyzers/dockerfilelint.h"
#include "analyzers/dockerfileparser.h"

using namespace DockPrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::inputText(data, size);
    const ParsedDockerfile parsed = parseDockerfile(text);
    const qsizetype lines = text.count(u'\n') + 1;
    for (const DockerfileDiagnostic &diagnostic : parsed.diagnostics) {
        if (!Fuzz::pointsIntoText(diagnostic.line, diagnostic.column, lines))
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
