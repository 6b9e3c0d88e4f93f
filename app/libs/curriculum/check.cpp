// Build-time validation of the curriculum: prints every problem as file:line: message.
#include "curriculum/contentloader.h"
#include "diagrams/diagramvalidator.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: dockprep-content-check CONTENT_DIR DIAGRAM_CATALOG\n";
        return 2;
    }
    auto result = DockPrep::loadCurriculum(args.at(1), args.at(2));
    if (result.ok()) {
        // The diagrams against their drawings and the curriculum's question ids.
        const QStringList &entryIds = result.curriculum.readingOrder();
        const DockPrep::DiagramCatalog catalog = DockPrep::DiagramCatalog::load(args.at(2), result.errors);
        result.errors += DockPrep::validateDiagrams(catalog, QSet<QString>(entryIds.cbegin(), entryIds.cend()));
    }
    for (const DockPrep::ContentError &error : result.errors)
        err << error.toString() << '\n';
    if (!result.ok()) {
        err << result.errors.size() << " problem(s) in the curriculum\n";
        return 1;
    }
    QTextStream(stdout) << "curriculum ok: " << result.curriculum.entryCount() << " entries in "
                        << result.curriculum.chapters().size() << " chapters\n";
    return 0;
}
