// Fuzzes a compose file the user pastes (the compose checker, challenges, `dockprep analyze`):
// checkCompose promises never to throw; findings point into the text.
#include "fuzzsupport.h"

#include "analyzers/composechecker.h"

using namespace DockPrep;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ComposeReport report = checkCompose(text);
    const qsizetype lines = text.count(u'\n') + 1;
    for (const ComposeFinding &finding : report.findings) {
        if (finding.line < 0 || finding.line > lines + 1 || finding.column < 0)
            Fuzz::fail("finding outside the text", finding.rule);
        if (finding.message.isEmpty() || !isComposeRule(finding.rule))
            Fuzz::fail("finding without a message or a known rule", finding.rule);
    }
    return 0;
}
