#pragma once

#include "exporter.h"

namespace DockPrep {

struct Entry;

// Words every export format shares, so the Markdown, HTML and PDF exports say the same thing.
namespace ExportText {
QString documentTitle();
QString summaryLine(const ExportRequest &request);  // "Exported … · 3 notes · 2 bookmarks · 5 of 100 studied"
QString entryContext(const Curriculum &curriculum, const Entry &entry);  // "Senior · Security"
QString noteDates(const Note &note);
QString bookmarkTitle(const Curriculum &curriculum, const Bookmark &bookmark);
} // namespace ExportText

} // namespace DockPrep
