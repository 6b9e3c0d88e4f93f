#pragma once

#include "exchange/exporter.h"

namespace DockPrep {

struct Entry;

// Words every export format shares, so the Markdown, HTML and PDF exports say the same thing.
namespace ExportText {
QString documentTitle();
QString summaryLine(const ExportRequest &request);  // "Exported … · 3 notes · 2 bookmarks · 5 of 100 studied"
QString entryContext(const Entry &entry);  // "Senior question" (the chapter is the section above it)
QString noteDates(const Note &note);
QString bookmarkTitle(const Curriculum &curriculum, const Bookmark &bookmark);

// The parts every readable export walks through: sections (level 2) holding groups (level 3, or
// none for free notes) holding notes, whose own headings go below the group's.
struct NoteSection {
    QString title;
    QList<NoteGroup> groups;
};
QList<NoteSection> noteSections(const ExportRequest &request);
int noteHeadingDepth(const NoteGroup &group);  // how far a note's headings move down
} // namespace ExportText

} // namespace DockPrep
