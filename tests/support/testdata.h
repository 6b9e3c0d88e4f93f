#pragma once

#include "curriculum/contentloader.h"
#include "diagrams/diagramcatalog.h"

#include <QString>
#include <QTest>

// Paths and loaders shared by the tests.
namespace TestData {

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(DOCKPREP_SOURCE_DIR "/") + relative;
}

inline QString fixtureContent()
{
    return sourcePath(QStringLiteral("tests/data/content"));
}

// The shipped catalog's links, read once per test program however many fixtures ask.
inline const QSet<QString> &diagramLinks()
{
    static const QSet<QString> links = DockPrep::DiagramCatalog::load(sourcePath(QStringLiteral("diagrams/catalog.yaml"))).links();
    return links;
}

// The small fixture curriculum: 3 entries in 2 chapters plus an empty chapter.
inline DockPrep::Curriculum fixtureCurriculum()
{
    const auto result = DockPrep::ContentLoader(diagramLinks()).load(fixtureContent());
    if (!result.ok())
        qFatal("fixture content is broken: %s", qPrintable(result.errors.first().toString()));
    return result.curriculum;
}

// The curriculum DockPrep ships (content/), read once per test program.
inline const DockPrep::Curriculum &shippedCurriculum()
{
    static const DockPrep::Curriculum loaded = [] {
        const DockPrep::ContentLoadResult result
            = DockPrep::loadCurriculum(sourcePath(QStringLiteral("content")), sourcePath(QStringLiteral("diagrams/catalog.yaml")));
        if (!result.ok())
            qFatal("content is broken: %s", qPrintable(result.errors.constFirst().toString()));
        return result.curriculum;
    }();
    return loaded;
}

} // namespace TestData
