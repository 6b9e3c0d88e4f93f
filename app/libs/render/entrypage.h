#pragma once

#include "content/curriculum.h"
#include "render/pagelink.h"
#include "text/codehighlighter.h"

#include <QPalette>
#include <QSet>
#include <QUrl>

namespace DockPrep {

// What the reader has uncovered on the current page. Study mode uncovers everything.
struct RevealState {
    bool answer = false;
    bool keyPoints = false;
    QSet<int> followUps;
    bool everything = false;

    bool showsAnswer() const { return everything || answer; }
    bool showsKeyPoints() const { return everything || keyPoints; }
    bool showsFollowUp(int i) const { return everything || followUps.contains(i); }
};

// Renders one entry as the HTML the reader shows (a QTextBrowser subset: tables, spans, links).
class DiagramCatalog;

class EntryPage
{
public:
    // With a catalog, diagram links read as their titles rather than their ids.
    EntryPage(const Curriculum &curriculum, const QPalette &palette, const DiagramCatalog *diagrams = nullptr);

    QString html(const Entry &entry, const RevealState &reveal) const;

    // Every code block of an entry, in page order; PageLink::copy(n) refers to index n.
    static QList<const ContentBlock *> snippets(const Entry &entry);

private:
    QString blocksHtml(const BlockList &blocks, int &snippetIndex) const;
    QString revealLink(const QString &part, const QString &label) const;
    static QString partHeading(const QString &part, const QString &title);

    const Curriculum &m_curriculum;
    const DiagramCatalog *m_diagrams;
    QPalette m_palette;
    CodeHighlighter m_highlighter;
};

} // namespace DockPrep
