// Fuzzes a compose file the user pastes (the compose checker, challenges, `dockprep analyze`):
// checkCompose promises never to throw; findings point into the text.
#include "fuzzsupport.h"

#include "analyzers/composechecker.h"

using namespace DockPrep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::inputText(data, size);
    const ComposeReport report = checkCompose(text);
    const qsizetype lines = text.count(u'\n') + 1;
    for (const ComposeFinding &finding : report.findings) {
        if (!Fuzz::pointsIntoText(finding.line, finding.column, lines))
            Fuzz::fail("finding outside the text", finding.rule);
        if (finding.message.isEmpty() || !isComposeRule(finding.rule))
            Fuzz::fail("finding without a message or a known rule", finding.rule);
    }
    return 0;
}
